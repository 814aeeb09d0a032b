"""Render article records as inline-highlighted HTML (the Markdown and text views: :mod:`.summary`).

The renderers take the plain records made by ``kit.records.parse_doc`` (a spaCy ``Doc`` is parsed
once, at the edge, by :func:`kit.records.as_records`) and return strings; they never display
anything (see :mod:`kit.view.show`). Each span becomes a :class:`~kit.view.weave.Markup` made
from the templates, and :func:`~kit.view.weave.weave` writes them into the escaped text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter

from ..records import as_records
from . import templates as T
from .article import Article, EntSpan, QuoteSpan, normalise
from .palette import LABEL_COLORS, QUOTE_COLORS, color_for, speaker_color
from .templates import esc as _esc
from .weave import Markup, clean_text, weave

#: nesting order of span kinds with the same extent: the first is outermost
_RANK = {"quote": 0, "speaker": 1, "ent": 2, "cue": 3}
#: makes a NamedTuple from a tuple, without the Python-level ``__new__`` (hot loops only)
_new_tuple = tuple.__new__


@lru_cache(maxsize=64)
def _ink(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (a ``#rrggbb`` colour)."""
    try:
        channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    except ValueError:
        return "#000"
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#fff"


def _number_html(quote: QuoteSpan, title: str) -> str:
    """The ``[n]`` badge of a quote, in its speaker's colour."""
    color = speaker_color(quote.colour)
    return T.TPL_NUMBER.format(number=quote.number, bg=color, ink=_ink(color), title=_esc(title))


def speaker_name(quote: QuoteSpan) -> str:
    """The speaker's name, or a placeholder."""
    return quote.speaker or "unknown speaker"


def _quote_title(quote: QuoteSpan) -> str:
    """Tooltip of a quotation: number, kind, speaker and the rule that chose it, cue, topics, rule."""
    parts = [T.QUOTE_KIND_NAMES.get(quote.style, quote.kind)]
    if quote.kind != quote.style:
        parts[0] += f" ({quote.kind})"
    if quote.is_speech:
        parts.insert(0, f"[{quote.number}]")
        label = f" ({quote.speaker_label})" if quote.speaker_label else ""
        parts.append(f"speaker: {speaker_name(quote)}{label}")
        if quote.speaker_rule:
            parts.append(f"speaker by: {quote.speaker_rule}")
    if quote.cue_text:
        parts.append(f"cue: {quote.cue_text}")
    if quote.about:
        parts.append("about: " + ", ".join(quote.about))
    if quote.rule:
        parts.append(f"rule: {quote.rule}")
    if quote.review:
        parts.append(f"reviewed: {quote.review}")
    return " · ".join(parts)


def _ent_markup(ents: Sequence[EntSpan]) -> list[Markup]:
    """Entity marks: background by label, label tag after the text, tooltip.

    The opening tag depends only on (label, canonical name, source), so it is made once for each.
    """
    opens: dict[tuple[str, ...], str] = {}
    tails: dict[str, str] = {}
    for label, canonical, source in {ent[2:] for ent in ents}:
        title = f"{canonical} · {label}" + (f" · source: {source}" if source else "")
        opens[label, canonical, source] = T.TPL_ENT_OPEN.format(
            title=_esc(title), bg=_esc(color_for(label)))
        tails[label] = T.TPL_ENT_LABEL.format(label=_esc(label))
    rank, close = _RANK["ent"], T.TPL_ENT_CLOSE
    return [_new_tuple(Markup, (ent[0], ent[1], rank, opens[ent[2:]], close, "", tails[ent[2]]))
            for ent in ents]


def _quote_markup(quote: QuoteSpan) -> Markup:
    """A quotation: shading by kind; speech quotes get a numbered badge at their start."""
    title = _esc(_quote_title(quote))
    bg = _esc(QUOTE_COLORS.get(quote.style, QUOTE_COLORS["other"]))
    rank = _RANK["quote"]
    if not quote.is_speech:
        opener = T.TPL_QUOTE_OTHER_OPEN.format(title=title, bg=bg)
        return Markup(quote.start, quote.end, rank, opener, T.TPL_QUOTE_CLOSE)
    border = T.QUOTE_BORDERS[quote.style].format(color=speaker_color(quote.colour))
    opener = T.TPL_QUOTE_OPEN.format(kind=quote.style, title=title, bg=bg, border=_esc(border))
    head = _number_html(quote, f"quote [{quote.number}] · speaker: {speaker_name(quote)}")
    if quote.review:
        head += T.TPL_REVIEWED.format(title=_esc(f"reviewed: {quote.review}"))
    return Markup(quote.start, quote.end, rank, opener, T.TPL_QUOTE_CLOSE, head=head)


def _grouped(quotes: Iterable[QuoteSpan], attr: str) -> dict[tuple[int, int], list[QuoteSpan]]:
    """Quotes grouped by the span in ``attr`` (cue or mention), so a shared span is drawn once."""
    groups: dict[tuple[int, int], list[QuoteSpan]] = {}
    for quote in quotes:
        span = getattr(quote, attr)
        if span is not None:
            groups.setdefault(span, []).append(quote)
    return groups


def _speaker_markup(quotes: Sequence[QuoteSpan]) -> Iterator[Markup]:
    """Speaker mentions: underline in the speaker colour, then the number of each of their quotes."""
    for (start, end), group in _grouped(quotes, "mention").items():
        numbers = ", ".join(f"[{q.number}]" for q in group)
        label = f" ({group[0].speaker_label})" if group[0].speaker_label else ""
        title = f"{speaker_name(group[0])}{label} · speaker of quote {numbers}"
        badges = "".join(_number_html(q, f"speaker of quote [{q.number}]") for q in group)
        color = _esc(speaker_color(group[0].colour))
        opener = T.TPL_SPEAKER_OPEN.format(title=_esc(title), color=color)
        yield Markup(start, end, _RANK["speaker"], opener, T.TPL_SPEAKER_CLOSE, tail=badges)


def _cue_markup(quotes: Sequence[QuoteSpan]) -> Iterator[Markup]:
    """Cues (speech verbs, "secondo"): bold with a dotted underline."""
    for (start, end), group in _grouped(quotes, "cue").items():
        numbers = ", ".join(f"[{q.number}]" for q in group if q.is_speech)
        title = "cue" + (f" of quote {numbers}" if numbers else "")
        opener = T.TPL_CUE_OPEN.format(title=_esc(title))
        yield Markup(start, end, _RANK["cue"], opener, T.TPL_CUE_CLOSE)


def article_markup(article: Article, show_quotes: bool = True) -> list[Markup]:
    """All the spans of an article as markup, in no particular order."""
    spans = _ent_markup(article.ents)
    if show_quotes:
        spans.extend(_quote_markup(q) for q in article.quotes)
        spans.extend(_speaker_markup(article.speech))
        spans.extend(_cue_markup(article.quotes))
    return spans


def ordered_labels(labels: Iterable[str]) -> list[str]:
    """The palette's labels in palette order, then any others alphabetically."""
    present = set(labels)
    known = [label for label in LABEL_COLORS if label in present]
    return known + sorted(present - set(known))


def _header_html(article: Article, show_quotes: bool) -> str:
    """Title, entity counts by label, number of quotes and the speakers."""
    title = ""
    if article.title or article.doc_id:
        doc_id = T.TPL_HEADER_ID.format(doc_id=_esc(article.doc_id)) if article.doc_id else ""
        title = T.TPL_HEADER_TITLE.format(title=_esc(article.title), doc_id=doc_id)
    counts = article.label_counts
    chips = "".join(
        T.TPL_COUNT_CHIP.format(label=_esc(label), count=counts[label], bg=_esc(color_for(label)))
        for label in ordered_labels(counts)
    )
    lines = [T.TPL_HEADER_KEY.format(key=f"{len(article.ents)} entities") + chips]
    if show_quotes:
        lines.append(_quote_summary_html(article))
    return T.TPL_HEADER.format(
        title=title, lines="".join(T.TPL_HEADER_LINE.format(content=line) for line in lines)
    )


def _quote_summary_html(article: Article) -> str:
    """``3 quotes · 1 other quotation · speakers: [1][3] Putin · [2] Draghi``."""
    speech, other = article.speech, len(article.quotes) - len(article.speech)
    parts = [T.TPL_HEADER_KEY.format(key=f"{len(speech)} quote{'s' * (len(speech) != 1)}")]
    if other:
        parts.append(T.TPL_HEADER_SEP + f"{other} other quotation{'s' * (other != 1)}")
    if speech:
        items = T.TPL_HEADER_SEP.join(
            T.TPL_SPEAKER_ITEM.format(
                numbers="".join(_number_html(q, f"quote [{q.number}]") for q in group),
                name=_esc(name),
            )
            for name, group in speakers(article).items()
        )
        parts.append(T.TPL_HEADER_SEP + T.TPL_HEADER_KEY.format(key="speakers:") + items)
    return "".join(parts)


def speakers(article: Article) -> dict[str, list[QuoteSpan]]:
    """Speech quotes by speaker name, in order of first quote."""
    groups: dict[str, list[QuoteSpan]] = {}
    for quote in sorted(article.speech, key=attrgetter("start")):
        groups.setdefault(speaker_name(quote), []).append(quote)
    return groups


def _legend_html(articles: Sequence[Article], show_quotes: bool) -> str:
    """Colour key for the labels and quote kinds present."""
    labels = ordered_labels(ent.label for a in articles for ent in a.ents)
    items = [
        T.TPL_LEGEND_ENT.format(label=_esc(label), title=_esc(f"entity label {label}"),
                                bg=_esc(color_for(label)))
        for label in labels
    ]
    if show_quotes:
        styles = {q.style for a in articles for q in a.quotes}
        for style in ("direct", "mixed", "indirect", "other"):
            if style in styles:
                border = T.QUOTE_BORDERS[style].format(color="#888")
                items.append(T.TPL_LEGEND_QUOTE.format(
                    name=_esc(T.QUOTE_KIND_NAMES[style]), bg=_esc(QUOTE_COLORS[style]),
                    border=_esc(border)))
        if any(q.cue for a in articles for q in a.quotes):
            items.append(T.TPL_LEGEND_CUE.format(name="cue"))
    return T.TPL_LEGEND.format(items=" ".join(items)) if items else ""


def article_html(article: Article, show_quotes: bool = True, show_header: bool = True) -> str:
    """One article: header and highlighted text."""
    content = weave(clean_text(article.text), article_markup(article, show_quotes))
    header = _header_html(article, show_quotes) if show_header else ""
    return T.TPL_ARTICLE.format(header=header, text=T.TPL_TEXT.format(content=content))


def render_html(
    docs: object,
    labels: Iterable[str] | str | None = None,
    title: str | None = None,
    show_quotes: bool = True,
    show_legend: bool = True,
    show_header: bool = True,
) -> str:
    """HTML with entities and quotations highlighted inline, for one record/Doc or a list.

    ``labels`` keeps only those entity labels. Self-contained: inline CSS, no scripts.
    """
    articles = [normalise(record, labels) for record in as_records(docs)]
    return T.TPL_ROOT.format(
        title=T.TPL_TITLE.format(title=_esc(title)) if title else "",
        legend=_legend_html(articles, show_quotes) if show_legend else "",
        articles="".join(article_html(a, show_quotes, show_header) for a in articles),
    )
