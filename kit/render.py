"""Render article records as inline-highlighted HTML, Markdown and plain text.

The renderers take the plain records made by ``kit.records.parse_doc`` (a spaCy ``Doc`` is parsed
once, at the edge) and return strings; they never display anything (see :mod:`kit.show`).

Spans may overlap and nest in any way. A sweep over the sorted span boundaries cuts the text into
pieces; the spans open at each piece are kept as a stack of HTML elements, and a span that ends
while spans opened after it are still open closes them first and re-opens them as fragments, so the
HTML is always well nested. The work is O(n log n) in the number of spans (plus the re-opened
fragments, which only crossing spans cause).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import Any, NamedTuple

from kit import templates as T
from kit.palette import LABEL_COLORS, QUOTE_COLORS, color_for, speaker_color

Record = Mapping[str, Any]

#: quote kinds drawn as speech (numbered, linked to a speaker); anything else is drawn as "other"
SPEECH_KINDS = ("direct", "mixed", "indirect")
#: nesting order of span kinds with the same extent: the first is outermost
_RANK = {"quote": 0, "speaker": 1, "ent": 2, "cue": 3}
#: longest quote content shown in the Markdown / text fallback
MAX_QUOTE_CHARS = 300
#: characters HTML cannot carry (NUL) or UTF-8 cannot encode (lone surrogates)
_UNSAFE_CHARS = re.compile("[\x00\ud800-\udfff]")
#: characters that article text must not carry into HTML as they are
_needs_escape = re.compile("[&<>\"'\n\x00]").search
#: characters that would start Markdown syntax or maths in the fallback
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~$#])")


#: makes a NamedTuple from a tuple, without the Python-level ``__new__`` (hot loops only)
_new_tuple = tuple.__new__


def _esc(value: object) -> str:
    """Escape any value for HTML content or a quoted attribute."""
    return html.escape(_str(value), quote=True)


# --- input, normalised once --------------------------------------------------------------------


class EntSpan(NamedTuple):
    """An entity span, checked against its text (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    label: str
    canonical: str
    source: str


class QuoteSpan(NamedTuple):
    """A quotation with its cue and speaker mention (``None`` where absent or out of the text)."""

    index: int
    start: int
    end: int
    kind: str  # the kind as given
    style: str  # the kind it is drawn as: direct | mixed | indirect | other
    content: str
    cue: tuple[int, int] | None
    cue_text: str
    speaker: str
    speaker_label: str
    mention: tuple[int, int] | None
    about: tuple[str, ...]
    rule: str  # the rule that found it, if any

    @property
    def is_speech(self) -> bool:
        """True for quotes drawn as speech (numbered and linked to a speaker)."""
        return self.style != "other"

    @property
    def number(self) -> int:
        """The number shown to readers, counted from 1."""
        return self.index + 1


@dataclass(frozen=True)
class Article:
    """One record, normalised: valid spans only, entity labels filtered."""

    doc_id: str
    title: str
    text: str
    ents: tuple[EntSpan, ...]
    quotes: tuple[QuoteSpan, ...]

    @cached_property
    def label_counts(self) -> Counter[str]:
        """Number of entities per label."""
        return Counter(ent.label for ent in self.ents)

    @cached_property
    def speech(self) -> tuple[QuoteSpan, ...]:
        """The quotes drawn as speech."""
        return tuple(q for q in self.quotes if q.is_speech)


def as_records(docs: object) -> list[Record]:
    """Accept one record or Doc, or a list/tuple of them; parse Docs with ``kit.records``."""
    items = list(docs) if isinstance(docs, (list, tuple)) else [docs]
    return [_as_record(item) for item in items]


def _as_record(item: object) -> Record:
    """A record as is, anything else through ``kit.records.parse_doc``."""
    if isinstance(item, Mapping):
        return item
    if isinstance(item, (str, bytes)):
        raise TypeError("render a record dict or a spaCy Doc, not a raw string: run the pipeline first")
    from kit.records import parse_doc  # lazy: the renderer itself needs no model

    return parse_doc(item)


def _span(value: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` if both are ints with ``0 <= start < end <= length``, else ``None``."""
    try:
        start, end = value["start"], value["end"]  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        return None
    if type(start) is int and type(end) is int and 0 <= start < end <= length:  # noqa: E721
        return start, end  # (bools are not offsets)
    return None


def _str(value: object) -> str:
    """``str(value)``, with ``None`` as the empty string and NUL or lone surrogates replaced."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)  # noqa: E721
    if text.isascii() and "\x00" not in text:  # the common case, checked in C
        return text
    return _UNSAFE_CHARS.sub("\ufffd", text)


def normalise(record: Record, labels: Iterable[str] | str | None = None) -> Article:
    """Check a record's spans against its text and apply the label filter."""
    text = record.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError(f"record 'text' must be a string, got {type(text).__name__}")
    wanted = _label_set(labels)
    ents = tuple(_ents(record.get("ents") or (), text, wanted))
    quotes = tuple(_quotes(record.get("quotes") or (), text))
    return Article(_str(record.get("id")), _str(record.get("title")), text, ents, quotes)


def _label_set(labels: Iterable[str] | str | None) -> frozenset[str] | None:
    """The label filter as a set (a single label may be given as a string)."""
    if labels is None:
        return None
    return frozenset([labels] if isinstance(labels, str) else (str(label) for label in labels))


def _ents(items: Iterable[Any], text: str, wanted: frozenset[str] | None) -> Iterator[EntSpan]:
    """Valid entity spans whose label passes the filter."""
    length = len(text)
    for item in items:
        try:  # as _span(), inlined: this loop runs once per entity
            start, end = item["start"], item["end"]
        except (TypeError, KeyError, IndexError):
            continue
        if type(start) is not int or type(end) is not int or not 0 <= start < end <= length:  # noqa: E721
            continue
        label = _str(item.get("label"))
        if wanted is not None and label not in wanted:
            continue
        canonical = _str(item.get("canonical")) or _str(text[start:end])
        yield _new_tuple(EntSpan, (start, end, label, canonical, _str(item.get("source"))))


def _quotes(items: Iterable[Any], text: str) -> Iterator[QuoteSpan]:
    """Valid quotations; cue and mention are kept only where their offsets are valid."""
    for position, item in enumerate(items):
        span = _span(item, len(text))
        if span is None:
            continue
        index = item.get("index")
        index = index if type(index) is int and index >= 0 else position  # noqa: E721
        kind = _str(item.get("kind")) or "other"
        cue, mention = item.get("cue"), item.get("speaker_mention")
        cue_span, mention_span = _span(cue, len(text)), _span(mention, len(text))
        cue_text = _str(cue.get("text")) if isinstance(cue, Mapping) else ""
        if not cue_text and cue_span:
            cue_text = text[cue_span[0] : cue_span[1]]
        speaker = _str(item.get("speaker"))
        if not speaker and isinstance(mention, Mapping):
            speaker = _str(mention.get("text"))
        about = item.get("about") or ()
        about = (about,) if isinstance(about, str) else tuple(_str(a) for a in about)
        style = kind if kind in SPEECH_KINDS else "other"
        yield QuoteSpan(
            index, span[0], span[1], kind, style, text[span[0] : span[1]], cue_span, cue_text,
            speaker, _str(item.get("speaker_label")), mention_span, about, _str(item.get("rule")),
        )


# --- segmenting text by spans ------------------------------------------------------------------


def segment(
    spans: Sequence[tuple[int, int]], length: int
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut ``range(length)`` into pieces, each with the indices of the spans covering it.

    Spans with ``start >= end`` or outside ``0..length`` are ignored. One sweep over the sorted
    boundaries: O(n log n) plus the size of the output.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(spans):
        if 0 <= start < end <= length:
            starts.setdefault(start, []).append(i)
            ends.setdefault(end, []).append(i)
    positions = sorted({0, length, *starts, *ends})
    active: set[int] = set()
    pieces: list[tuple[int, int, tuple[int, ...]]] = []
    for pos, nxt in zip(positions, positions[1:]):
        active.difference_update(ends.get(pos, ()))
        active.update(starts.get(pos, ()))
        pieces.append((pos, nxt, tuple(sorted(active))))
    return pieces


class Markup(NamedTuple):
    """A span as HTML: the element's tags, and what goes right after its start / before its end.

    ``rank`` orders spans of equal extent, outermost first (see ``_RANK``).
    """

    start: int
    end: int
    rank: int
    open: str
    close: str
    head: str = ""
    tail: str = ""


def weave(text: str, spans: Sequence[Markup]) -> str:
    """The escaped text with every span's markup, well nested even where spans cross.

    A sweep over the span starts (sorted outermost first) and ends (sorted by position). The open
    elements form a stack; a span that ends below the top closes the elements above it, and these
    are re-opened as fragments (without their head). Spans must be valid (``0 <= start < end``).
    """
    n, length = len(spans), len(text)
    if not n:
        return _escape_text(text)
    starts, ends, ranks, opens, closes, heads, tails = zip(*spans)
    width = length + 1  # sort key (start, -end, rank, i) packed in one int: no tuples to collect
    keys = [((s * width + width - e) * 4 + r) * n + i
            for i, (s, e, r) in enumerate(zip(starts, ends, ranks))]
    by_start = sorted(range(n), key=keys.__getitem__)
    by_end = sorted(range(n), key=ends.__getitem__)
    done = length + 1  # a sentinel after the last start and the last end
    start_at = [starts[i] for i in by_start] + [done]
    end_at = [ends[i] for i in by_end] + [done]
    where = [0] * n  # position of each open span in the stack
    stack: list[int] = []
    out: list[str] = []
    pos = si = ei = 0
    while True:
        next_start, next_end = start_at[si], end_at[ei]
        boundary = next_start if next_start < next_end else next_end
        if boundary > length:
            boundary = length
        if boundary > pos:
            piece = text[pos:boundary]
            out.append(_escape_text(piece) if _needs_escape(piece) else piece)
            pos = boundary
        if next_end == done:  # every span has ended (so every span has started)
            return "".join(out)
        if next_end == pos and where[by_end[ei]] == len(stack) - 1 and end_at[ei + 1] != pos:
            i = stack.pop()  # the usual case: only the innermost open span ends here
            ei += 1
            out.append(tails[i])
            out.append(closes[i])
        elif next_end == pos:  # close what ends here, and what was opened above it
            cut = len(stack)
            while end_at[ei] == pos:
                cut = min(cut, where[by_end[ei]])
                ei += 1
            survivors = []
            for i in reversed(stack[cut:]):
                if ends[i] == pos:
                    out.append(tails[i])
                else:
                    survivors.append(i)
                out.append(closes[i])
            del stack[cut:]
            for i in reversed(survivors):  # re-open, outermost first, as fragments
                where[i] = len(stack)
                stack.append(i)
                out.append(opens[i])
        while start_at[si] == pos:
            i = by_start[si]
            si += 1
            where[i] = len(stack)
            stack.append(i)
            out.append(opens[i])
            out.append(heads[i])


def _clean_text(text: str) -> str:
    """Make the text safe to carry in HTML without changing any offset.

    NUL and lone surrogates become U+FFFD; a lone CR becomes LF and the CR of a CRLF becomes NUL,
    which :func:`_escape_text` drops, so each line break is one ``<br>``.
    """
    text = _UNSAFE_CHARS.sub("\ufffd", text)
    if "\r" in text:
        text = text.replace("\r\n", "\x00\n").replace("\r", "\n")
    return text


def _escape_text(piece: str) -> str:
    """Escape a piece of (cleaned) article text; line breaks become ``<br>``."""
    escaped = html.escape(piece, quote=True)
    if "\n" in piece or "\x00" in piece:
        escaped = escaped.replace("\x00", "").replace("\n", T.TPL_BR)
    return escaped


# --- HTML --------------------------------------------------------------------------------------


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
    color = speaker_color(quote.index)
    return T.TPL_NUMBER.format(number=quote.number, bg=color, ink=_ink(color), title=_esc(title))


def _speaker_name(quote: QuoteSpan) -> str:
    """The speaker's name, or a placeholder."""
    return quote.speaker or "unknown speaker"


def _quote_title(quote: QuoteSpan) -> str:
    """Tooltip of a quotation: number, kind, speaker, cue, topics, rule."""
    parts = [T.QUOTE_KIND_NAMES.get(quote.style, quote.kind)]
    if quote.kind != quote.style:
        parts[0] += f" ({quote.kind})"
    if quote.is_speech:
        parts.insert(0, f"[{quote.number}]")
        label = f" ({quote.speaker_label})" if quote.speaker_label else ""
        parts.append(f"speaker: {_speaker_name(quote)}{label}")
    if quote.cue_text:
        parts.append(f"cue: {quote.cue_text}")
    if quote.about:
        parts.append("about: " + ", ".join(quote.about))
    if quote.rule:
        parts.append(f"rule: {quote.rule}")
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
    border = T.QUOTE_BORDERS[quote.style].format(color=speaker_color(quote.index))
    opener = T.TPL_QUOTE_OPEN.format(kind=quote.style, title=title, bg=bg, border=_esc(border))
    head = _number_html(quote, f"quote [{quote.number}] · speaker: {_speaker_name(quote)}")
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
        title = f"{_speaker_name(group[0])}{label} · speaker of quote {numbers}"
        badges = "".join(_number_html(q, f"speaker of quote [{q.number}]") for q in group)
        color = _esc(speaker_color(group[0].index))
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
        groups.setdefault(_speaker_name(quote), []).append(quote)
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
    content = weave(_clean_text(article.text), article_markup(article, show_quotes))
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


# --- Markdown and plain text (the fallback of viewers that drop HTML) --------------------------


def _md(value: object) -> str:
    """One line of text for Markdown: HTML special characters, then Markdown and maths, escaped."""
    escaped = html.escape(_plain(value), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def _plain(value: object) -> str:
    """One line of plain text: white space collapsed, characters UTF-8 cannot carry replaced."""
    return " ".join(_str(value).split())


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
    speaker = f"{style.bold}{style.esc(_speaker_name(quote))}{style.bold}"
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
