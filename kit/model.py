"""Small value objects shared by the pipeline, the tables, the renderers and the widgets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from .view import templates as T
from .view.templates import esc

#: the kinds of quotation, defined here once: speech quoted word for word (direct), reported
#: (indirect), reported with some words quoted (mixed), and marks that are not speech (other:
#: titles, scare quotes, nicknames)
QUOTE_KINDS = ("direct", "indirect", "mixed", "other")
#: the kinds that are speech: numbered and linked to a speaker in the views, counted in the tables
SPEECH_KINDS = ("direct", "mixed", "indirect")


@dataclass(frozen=True)
class Quote:
    """One quotation: its content span (without marks), cue, speaker and what it is about.

    Offsets are character offsets into ``doc.text``; ``speaker`` is the canonical name.
    """

    start: int
    end: int
    kind: str
    text: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_label: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    about: tuple[str, ...] = ()
    rule: str = ""
    speaker_rule: str = ""

    def __post_init__(self) -> None:
        if self.kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {self.kind!r}; expected one of {QUOTE_KINDS}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad quote offsets {self.start}:{self.end}")

    def to_dict(self) -> dict:
        # (every field but ``about`` is a str, an int or None: no deep copy needed)
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["about"] = list(self.about)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Quote:
        data = dict(data)
        data["about"] = tuple(data.get("about") or ())
        return cls(**data)

    def _repr_html_(self) -> str:
        """A one-line card: speaker, cue, kind and the quoted words (everything escaped)."""
        cue = T.TPL_QUOTE_CARD_CUE.format(cue=esc(self.cue)) if self.cue else ""
        about = T.TPL_QUOTE_CARD_ABOUT.format(names=esc(", ".join(self.about))) if self.about else ""
        return T.TPL_QUOTE_CARD.format(speaker=esc(self.speaker or "unknown speaker"), cue=cue,
                                       kind=esc(self.kind), text=esc(self.text), about=about)

    def __repr__(self) -> str:
        who = self.speaker or "?"
        text = self.text if len(self.text) <= 50 else self.text[:47] + "..."
        return f"Quote({self.kind}, {who!r} [{self.cue or '-'}]: {text!r})"


@dataclass(frozen=True)
class Relation:
    """A relation found by a relation rule: subject -[label]-> object, in one sentence."""

    subject: str
    subject_label: str
    label: str
    object: str
    object_label: str
    verb: str
    start: int
    end: int
    rule: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class EntityInfo:
    """Per-entity information the Doc cannot hold natively: canonical name and origin."""

    start: int
    end: int
    label: str
    canonical: str
    source: str = "model"
    extra: dict = field(default_factory=dict, compare=False)
