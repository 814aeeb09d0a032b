"""The analyst's review of attributions: the queue's order, the decisions, and the gold file.

Pure functions over records (:func:`kit.records.parse_doc`), so the review queue's logic is tested
without widgets. A quote is identified by ``(doc_id, start, end)`` of the span the kit found.

- :func:`queue` lists the quotes most likely wrong first, each with the reasons why;
- a :class:`Decision` says what the analyst did (accepted, corrected, rejected) and holds the
  quote as it should be;
- :func:`gold_articles` writes the decisions in the gold schema of ``shared/reference`` (one
  article per line), so ``python -m kit evaluate quotes FILE`` scores the kit against them;
  :func:`read_decisions` reads such a file back.

In the gold file, a reviewed article holds every quote the kit found in it: reviewed ones as the
analyst left them (``"review": "accepted" | "corrected"``), the others as the kit gave them with
``"review": "pending"`` (the scorer leaves pending quotes and the predictions over them out, so a
half-reviewed article is scored on its reviewed quotes only). Rejected quotes are listed apart,
under the article's ``"rejected"``, so they count as the kit's false quotes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..atomic import write_atomic
from ..model import QUOTE_KINDS, SPEECH_KINDS
from ..names import same_name
from ..quotemarks import DEFAULT_PAIRS

#: why a quote is shown early, with its weight (the queue sorts by the sum, highest first)
REASONS: dict[str, int] = {
    "changed by the last rule change": 6,  # the analyst wants to see what a change did, first
    "no speaker": 5,
    "description not resolved": 4,
    "speaker is not an entity": 3,
    "unclosed marks": 2,
    "speaker carried from a previous quote": 1,
}
STATUSES = ("accepted", "corrected", "rejected")
#: a quote's key: the document's id and the content span the kit found
Key = tuple[str, int, int]


@dataclass(frozen=True)
class QueueItem:
    """One quote to review: where it is, the kit's version of it, and why it is in the queue."""

    key: Key
    doc_index: int
    quote: dict
    reasons: tuple[str, ...] = ()

    @property
    def score(self) -> int:
        """How doubtful the attribution is: the sum of its reasons' weights."""
        return sum(REASONS[r] for r in self.reasons)


@dataclass(frozen=True)
class Decision:
    """What the analyst decided about one quote: its status and the quote as it should be
    (``start``, ``end``, ``kind``, ``speaker``, ``speaker_type``; the rest kept from the kit)."""

    key: Key
    status: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_type: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown review status {self.status!r}; expected one of {STATUSES}")
        if self.kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {self.kind!r}; expected one of {QUOTE_KINDS}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad quote span {self.start}:{self.end}")


def quote_key(doc_id: str, quote: Mapping) -> Key:
    return (str(doc_id), int(quote["start"]), int(quote["end"]))


def _canonicals(record: Mapping) -> set[str]:
    return {e.get("canonical") or e.get("text") or "" for e in record.get("ents") or ()}


def unclosed_marks(text: str, start: int, end: int,
                   pairs: Iterable[Sequence[str]] = DEFAULT_PAIRS) -> bool:
    """True when the marks around ``text[start:end]`` do not pair up (“…“ typed for “…”, a mark
    opened inside the content and never closed), as far as the pairs of the rule file say."""
    pairs = [tuple(p) for p in pairs]
    openers = {o for o, _ in pairs}
    closers = {c for _, c in pairs}
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    if before in openers and after and after in openers | closers:
        # the kit pairs “…“ as the rules allow: still worth a look when it is not the usual pair
        usual = {o: c for o, c in reversed(pairs)}  # the first pair listed for each opener
        if after != usual[before]:
            return True
    elif before in openers and after not in closers:
        return True
    content = text[start:end]
    only_open, only_close, both = openers - closers, closers - openers, openers & closers
    n_open = n_close = n_both = 0
    for i, char in enumerate(content):
        if char in only_close and 0 < i < len(content) - 1 and content[i - 1].isalpha() and content[i + 1].isalpha():
            continue  # an apostrophe (l’asse), not a mark
        n_open += char in only_open
        n_close += char in only_close
        n_both += char in both
    return (n_open + n_close + n_both) % 2 == 1 or abs(n_open - n_close) > n_both


def reasons_for(record: Mapping, quote: Mapping, changed: Iterable[Key] = (),
                pairs: Iterable[Sequence[str]] = DEFAULT_PAIRS) -> tuple[str, ...]:
    """Why ``quote`` of ``record`` may be wrong (see :data:`REASONS`), in the table's order."""
    reasons = set()
    key = quote_key(record.get("id"), quote)
    if key in set(changed):
        reasons.add("changed by the last rule change")
    kind = quote.get("kind")
    if kind in SPEECH_KINDS:
        speaker = quote.get("speaker")
        how = quote.get("speaker_rule") or ""
        if not speaker:
            reasons.add("no speaker")
        else:
            names = _canonicals(record)
            is_entity = any(same_name(speaker, name) for name in names if name)
            if "description" in how and not is_entity:
                reasons.add("description not resolved")
            elif not is_entity:
                reasons.add("speaker is not an entity")
            if how.startswith("previous-quote"):
                reasons.add("speaker carried from a previous quote")
    if kind in ("direct", "mixed", "other") and unclosed_marks(record["text"], quote["start"], quote["end"], pairs):
        reasons.add("unclosed marks")
    return tuple(r for r in REASONS if r in reasons)


def queue(records: Sequence[Mapping], changed: Iterable[Key] = (),
          pairs: Iterable[Sequence[str]] = DEFAULT_PAIRS) -> list[QueueItem]:
    """Every quote of ``records``, most doubtful first (then speech before other, then in reading
    order); ``changed`` are the keys of quotes a rule change has just altered."""
    changed = set(changed)
    items = []
    for position, record in enumerate(records):
        for quote in record.get("quotes") or ():
            items.append(QueueItem(quote_key(record.get("id"), quote), position, dict(quote),
                                   reasons_for(record, quote, changed, pairs)))
    return sorted(items, key=lambda it: (-it.score, it.quote.get("kind") == "other", it.doc_index,
                                         it.key[1], it.key[2]))


def speaker_type(record: Mapping, speaker: str | None) -> str | None:
    """The label of the entity named ``speaker`` in the article (most frequent), "other" for a
    name that is no entity of it, None for no speaker."""
    if not speaker:
        return None
    labels: dict[str, int] = {}
    for ent in record.get("ents") or ():
        if same_name(speaker, ent.get("canonical") or ent.get("text") or ""):
            labels[ent["label"]] = labels.get(ent["label"], 0) + 1
    if not labels:
        return "other"
    label = max(sorted(labels), key=labels.get)
    return label if label in ("PER", "ORG", "LOC") else "other"


def decide(record: Mapping, quote: Mapping, status: str, previous: Decision | None = None,
           **changes: object) -> Decision:
    """A decision on ``quote``: ``status`` with ``changes`` (start, end, kind, speaker) applied on
    top of the analyst's previous decision on it, or of the kit's version."""
    base = previous or Decision(quote_key(record.get("id"), quote), "accepted", int(quote["start"]),
                                int(quote["end"]), quote["kind"], quote.get("speaker"),
                                speaker_type(record, quote.get("speaker")))
    values = {k: v for k, v in changes.items() if k in ("start", "end", "kind", "speaker")}
    if "speaker" in values:
        speaker = " ".join(str(values["speaker"] or "").split()) or None
        values["speaker"] = speaker
        values["speaker_type"] = speaker_type(record, speaker)
    if values.get("kind") == "other":
        values["speaker"], values["speaker_type"] = None, None
    decision = replace(base, status=status, **values)
    if status != "rejected" and decision.end > len(record["text"]):
        raise ValueError(f"the span {decision.start}:{decision.end} runs past the text ({len(record['text'])} characters)")
    return decision


def _mention_text(record: Mapping, quote: Mapping, speaker: str | None) -> str | None:
    """The kit's mention when the speaker is the kit's, else the mention of ``speaker`` nearest
    the quote, else None."""
    if not speaker:
        return None
    mention = quote.get("speaker_mention") or {}
    if speaker == quote.get("speaker") and mention.get("text"):
        return mention["text"]
    spans = [e for e in record.get("ents") or () if same_name(speaker, e.get("canonical") or e.get("text") or "")]
    if not spans:
        return None
    nearest = min(spans, key=lambda e: min(abs(e["start"] - quote["start"]), abs(e["end"] - quote["end"])))
    return record["text"][nearest["start"]:nearest["end"]]


def gold_quote(record: Mapping, quote: Mapping, decision: Decision | None) -> dict:
    """One quote in the gold schema, as the analyst left it (pending when not reviewed)."""
    d = decision or decide(record, quote, "accepted")
    cue = quote.get("cue") or {}
    same = decision is None or (d.kind == quote["kind"] and d.speaker == quote.get("speaker"))
    return {
        "start": d.start, "end": d.end, "kind": d.kind,
        "cue": cue.get("text") if isinstance(cue, Mapping) else cue,
        "speaker": None if d.kind == "other" else d.speaker,
        "speaker_mention": None if d.kind == "other" else _mention_text(record, quote, d.speaker),
        "speaker_type": None if d.kind == "other" else d.speaker_type,
        "about": list(quote.get("about") or []) if same and d.kind != "other" else
        [a for a in quote.get("about") or [] if d.kind != "other" and not same_name(a, d.speaker or "")],
        "review": "pending" if decision is None else d.status,
        "predicted": {"start": int(quote["start"]), "end": int(quote["end"]), "kind": quote["kind"],
                      "speaker": quote.get("speaker")},
    }


def gold_articles(records: Sequence[Mapping], decisions: Mapping[Key, Decision]) -> list[dict]:
    """The reviewed articles (those with at least one decision) in the gold schema."""
    out = []
    for record in records:
        doc_id = str(record.get("id"))
        mine = {k: d for k, d in decisions.items() if k[0] == doc_id}
        if not mine:
            continue
        quotes, rejected = [], []
        for quote in record.get("quotes") or ():
            decision = mine.get(quote_key(doc_id, quote))
            if decision is not None and decision.status == "rejected":
                rejected.append({"start": int(quote["start"]), "end": int(quote["end"]), "kind": quote["kind"],
                                 "speaker": quote.get("speaker")})
            else:
                quotes.append(gold_quote(record, quote, decision))
        out.append({"id": doc_id, "title": record.get("title") or "", "text": record["text"],
                    "quotes": sorted(quotes, key=lambda q: (q["start"], q["end"])),
                    "rejected": rejected, "entities": []})
    return out


def save_gold(path: str | os.PathLike, articles: Iterable[Mapping]) -> Path:
    """Write gold articles as JSON Lines, atomically (the old file stays whole until the new one
    is complete)."""
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    return write_atomic(path, "".join(line + "\n" for line in lines))


def read_decisions(path: str | os.PathLike, records: Sequence[Mapping]) -> dict[Key, Decision]:
    """The decisions stored in a gold file written by :func:`save_gold`, for the quotes of
    ``records`` the kit still finds (a quote it no longer finds is reported in a ValueError)."""
    by_id = {str(r.get("id")): r for r in records}
    decisions: dict[Key, Decision] = {}
    missing = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: line {n} is not valid JSON ({err.msg})") from err
            record = by_id.get(str(article.get("id")))
            if record is None:
                missing.append(f"document {article.get('id')!r}")
                continue
            found = {quote_key(record["id"], q): q for q in record.get("quotes") or ()}
            for q in article.get("quotes") or ():
                if q.get("review") in (None, "pending"):
                    continue
                key = quote_key(record["id"], q.get("predicted") or q)
                if key not in found:
                    missing.append(f"{key[0]} {key[1]}:{key[2]}")
                    continue
                decisions[key] = Decision(key, q["review"], int(q["start"]), int(q["end"]), q["kind"],
                                          q.get("speaker"), q.get("speaker_type"))
            for q in article.get("rejected") or ():
                key = quote_key(record["id"], q)
                if key not in found:
                    missing.append(f"{key[0]} {key[1]}:{key[2]}")
                    continue
                decisions[key] = replace(decide(record, found[key], "accepted"), status="rejected")
    if missing:
        raise ValueError(f"{path}: decisions on quotes the kit no longer finds: {', '.join(missing[:10])}"
                         + (f" and {len(missing) - 10} more" if len(missing) > 10 else ""))
    return decisions


def reviewed_records(records: Sequence[Mapping], decisions: Mapping[Key, Decision]) -> list[dict]:
    """The records with every decision applied (rejected quotes dropped, corrected ones changed)
    and each quote's ``review`` status set, for the highlights and the tables."""
    out = []
    for record in records:
        doc_id = str(record.get("id"))
        quotes = []
        for quote in record.get("quotes") or ():
            d = decisions.get(quote_key(doc_id, quote))
            if d is None:
                quotes.append({**quote, "review": ""})  # not reviewed: "pending" in the tables
            elif d.status != "rejected":
                changed = {"start": d.start, "end": d.end, "kind": d.kind, "speaker": d.speaker,
                           "text": record["text"][d.start:d.end], "review": d.status}
                if d.speaker != quote.get("speaker"):
                    changed["speaker_label"] = d.speaker_type if d.speaker_type != "other" else None
                    changed["speaker_mention"] = None
                quotes.append({**quote, **changed})
        out.append({**record, "quotes": quotes})
    return out
