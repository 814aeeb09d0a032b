"""Render article records as Markdown and plain text: title, counts, who said what, entities.

The fallback of viewers that drop HTML (GitHub, nbviewer with strict sanitising, a terminal):
``**Speaker** (cue): «…»`` per quote, the entities by label. All text is escaped for Markdown and
HTML.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from ..records import as_records
from .article import Article, QuoteSpan, normalise
from .render import ordered_labels, render_html, speaker_name
from .templates import as_text

#: longest quote content shown in the Markdown / text fallback
MAX_QUOTE_CHARS = 300
#: characters that would start Markdown syntax or maths in the fallback
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~$#])")


def _md(value: object) -> str:
    """One line of text for Markdown: HTML special characters, then Markdown and maths, escaped."""
    escaped = html.escape(_plain(value), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def _plain(value: object) -> str:
    """One line of plain text: white space collapsed, characters UTF-8 cannot carry replaced."""
    return " ".join(as_text(value).split())


def _one_line(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Whitespace collapsed, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Style:
    """How the summary is written: escaping, emphasis and layout."""

    esc: Any
    bold: str = ""
    italic: str = ""
    heading: str = ""
    item: str = "- "
    rule: str = "\n\n---\n\n"
    paragraph: str = "\n\n"


_MARKDOWN = _Style(esc=_md, bold="**", italic="*", heading="### ")
_TEXT = _Style(esc=_plain, item="  ", rule="\n\n" + "-" * 40 + "\n\n", paragraph="\n")


def _counts_line(article: Article, style: _Style) -> str:
    """``12 entities (PER 5, ORG 4) · 3 quotes · 1 other quotation``."""
    counts = article.label_counts
    by_label = ", ".join(f"{style.esc(label)} {counts[label]}" for label in ordered_labels(counts))
    line = f"{len(article.ents)} entities" + (f" ({by_label})" if by_label else "")
    speech, other = len(article.speech), len(article.quotes) - len(article.speech)
    line += f" · {speech} quote{'s' * (speech != 1)}"
    if other:
        line += f" · {other} other quotation{'s' * (other != 1)}"
    return f"{style.italic}{line}{style.italic}"


def _quote_line(quote: QuoteSpan, style: _Style) -> str:
    """``[1] **Speaker** (cue): «content…»``, or ``(other) «content»``."""
    content = f"«{style.esc(_one_line(quote.content))}»"
    if not quote.is_speech:
        return f"{style.item}{style.italic}(other){style.italic} {content}"
    number = style.esc(f"[{quote.number}]")
    speaker = f"{style.bold}{style.esc(speaker_name(quote))}{style.bold}"
    cue = f" ({style.esc(_one_line(quote.cue_text, 80))})" if quote.cue_text else ""
    return f"{style.item}{number} {speaker}{cue}: {content}"


def _entity_lines(article: Article, style: _Style) -> list[str]:
    """One line per label: the distinct canonical names, with counts where above one."""
    names: dict[str, Counter[str]] = {}
    for ent in sorted(article.ents, key=attrgetter("start")):
        names.setdefault(ent.label, Counter())[_one_line(ent.canonical, 120)] += 1
    lines = []
    for label in ordered_labels(names):
        listed = ", ".join(
            style.esc(name) + (f" ({n})" if n > 1 else "") for name, n in names[label].items()
        )
        total = sum(names[label].values())
        lines.append(f"{style.item}{style.bold}{style.esc(label)}{style.bold} ({total}): {listed}")
    return lines


def _summary(article: Article, style: _Style, show_quotes: bool) -> str:
    """Title, counts, quotes with speakers, entities by label."""
    title = article.title or article.doc_id or "Article"
    blocks = [f"{style.heading}{style.esc(title)}", _counts_line(article, style)]
    if show_quotes and article.quotes:
        quotes = sorted(article.quotes, key=lambda q: (not q.is_speech, q.start))
        lines = [_quote_line(q, style) for q in quotes]
        blocks.append("\n".join([f"{style.bold}Quotes{style.bold}", *lines]))
    if article.ents:
        blocks.append("\n".join([f"{style.bold}Entities{style.bold}", *_entity_lines(article, style)]))
    return style.paragraph.join(blocks)


def _summaries(docs: object, style: _Style, labels: Iterable[str] | str | None,
               title: str | None, show_quotes: bool) -> str:
    """The summaries of all articles, one after another."""
    articles = [normalise(record, labels) for record in as_records(docs)]
    body = style.rule.join(_summary(a, style, show_quotes) for a in articles)
    if title:
        heading = f"## {style.esc(title)}" if style.heading else style.esc(title).upper()
        body = heading + style.paragraph + body
    return body + "\n"


def render_markdown(
    docs: object,
    labels: Iterable[str] | str | None = None,
    title: str | None = None,
    show_quotes: bool = True,
) -> str:
    """Markdown summary: title, counts, who said what (``**Speaker** (cue): «…»``), entities by label.

    Shown by viewers that drop the HTML; all text is escaped for Markdown and HTML.
    """
    return _summaries(docs, _MARKDOWN, labels, title, show_quotes)


def render_text(
    docs: object,
    labels: Iterable[str] | str | None = None,
    title: str | None = None,
    show_quotes: bool = True,
) -> str:
    """The same summary as :func:`render_markdown`, as plain text."""
    return _summaries(docs, _TEXT, labels, title, show_quotes)


def render_bundle(
    docs: object,
    labels: Iterable[str] | str | None = None,
    title: str | None = None,
    show_quotes: bool = True,
    show_legend: bool = True,
    show_header: bool = True,
) -> dict[str, str]:
    """A MIME bundle: ``text/html`` with a ``text/markdown`` and ``text/plain`` fallback."""
    records = as_records(docs)  # parse Docs once for all three
    return {
        "text/html": render_html(records, labels, title, show_quotes, show_legend, show_header),
        "text/markdown": render_markdown(records, labels, title, show_quotes),
        "text/plain": render_text(records, labels, title, show_quotes),
    }
