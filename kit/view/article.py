"""Records as the renderers see them: spans checked against the text, once, at the edge.

A record (``kit.records.parse_doc``, or one made by hand) may hold anything; :func:`normalise`
keeps only the entity and quote spans that lie inside the text, applies the label filter and
turns every value into clean text, so the renderers never meet a bad offset or a None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from ..model import SPEECH_KINDS
from .templates import as_text

Record = Mapping[str, Any]

#: makes a NamedTuple from a tuple, without the Python-level ``__new__`` (hot loops only)
_new_tuple = tuple.__new__


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
    review: str = ""  # the analyst's decision (accepted, corrected), "" when not reviewed
    badge: int = 0  # the number on its badge: speech quotes counted from 1 in reading order
    colour: int = 0  # its speaker's colour slot: one per speaker within the article
    speaker_rule: str = ""  # the rule or model that chose its speaker, if any

    @property
    def is_speech(self) -> bool:
        """True for quotes drawn as speech (numbered and linked to a speaker)."""
        return self.style != "other"

    @property
    def number(self) -> int:
        """The number shown to readers: speech quotes counted from 1 ("other" quotes take none)."""
        return self.badge or self.index + 1


def badge_numbers(kinds: Iterable[str]) -> list[int | None]:
    """The badge number of each quote, given the quotes' kinds in reading order: speech quotes
    1, 2, 3…; "other" quotes (titles, scare quotes) None. Tables use it for their ``#`` column."""
    numbers, n = [], 0
    for kind in kinds:
        if kind in SPEECH_KINDS:
            n += 1
            numbers.append(n)
        else:
            numbers.append(None)
    return numbers


def speaker_slots(speakers: Iterable[str]) -> list[int]:
    """A colour slot per quote: the speakers in order of first appearance get 0, 1, 2… (an
    unknown speaker shares one slot), so two speakers of an article never share a colour while
    the palette lasts, and one speaker keeps one colour for all their quotes."""
    slots: dict[str, int] = {}
    return [slots.setdefault(name, len(slots)) for name in speakers]


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


def _span(value: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` if both are ints with ``0 <= start < end <= length``, else ``None``."""
    try:
        start, end = value["start"], value["end"]  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        return None
    if type(start) is int and type(end) is int and 0 <= start < end <= length:  # noqa: E721
        return start, end  # (bools are not offsets)
    return None


def normalise(record: Record, labels: Iterable[str] | str | None = None) -> Article:
    """Check a record's spans against its text and apply the label filter."""
    text = record.get("text")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError(f"record 'text' must be a string, got {type(text).__name__}")
    wanted = _label_set(labels)
    ents = tuple(_ents(record.get("ents") or (), text, wanted))
    quotes = _numbered(tuple(_quotes(record.get("quotes") or (), text)))
    return Article(as_text(record.get("id")), as_text(record.get("title")), text, ents, quotes)


def _numbered(quotes: tuple[QuoteSpan, ...]) -> tuple[QuoteSpan, ...]:
    """The quotes with their badge numbers (speech only, reading order) and colour slots."""
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, quotes[i].index))
    numbers = badge_numbers(quotes[i].style for i in order)
    slots = speaker_slots(quotes[i].speaker for i in order)
    out = list(quotes)
    for i, number, slot in zip(order, numbers, slots):
        out[i] = quotes[i]._replace(badge=number or 0, colour=slot)
    return tuple(out)


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
        label = as_text(item.get("label"))
        if wanted is not None and label not in wanted:
            continue
        canonical = as_text(item.get("canonical")) or as_text(text[start:end])
        yield _new_tuple(EntSpan, (start, end, label, canonical, as_text(item.get("source"))))


def _quotes(items: Iterable[Any], text: str) -> Iterator[QuoteSpan]:
    """Valid quotations; cue and mention are kept only where their offsets are valid."""
    for position, item in enumerate(items):
        span = _span(item, len(text))
        if span is None:
            continue
        index = item.get("index")
        index = index if type(index) is int and index >= 0 else position  # noqa: E721
        kind = as_text(item.get("kind")) or "other"
        cue, mention = item.get("cue"), item.get("speaker_mention")
        cue_span, mention_span = _span(cue, len(text)), _span(mention, len(text))
        cue_text = as_text(cue.get("text")) if isinstance(cue, Mapping) else ""
        if not cue_text and cue_span:
            cue_text = text[cue_span[0] : cue_span[1]]
        speaker = as_text(item.get("speaker"))
        if not speaker and isinstance(mention, Mapping):
            speaker = as_text(mention.get("text"))
        about = item.get("about") or ()
        about = (about,) if isinstance(about, str) else tuple(as_text(a) for a in about)
        style = kind if kind in SPEECH_KINDS else "other"
        yield QuoteSpan(
            index, span[0], span[1], kind, style, text[span[0] : span[1]], cue_span, cue_text,
            speaker, as_text(item.get("speaker_label")), mention_span, about, as_text(item.get("rule")),
            as_text(item.get("review")), speaker_rule=as_text(item.get("speaker_rule")),
        )
