"""What changed between two versions of a corpus: entities, speakers, quotes, relations.

:func:`diff_docs` compares two versions of the same corpus (Docs or records, in the same order) and
lists entities added, removed and renamed, quotes whose speaker changed, quotes and rule relations
added or removed, with the text around each, one DataFrame per kind of change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Doc

from .parse import as_record

#: characters of context shown on each side of an example in the diff tables
CONTEXT_CHARS = 40

ENTITY_DIFF_COLUMNS = ["doc_id", "start", "end", "label", "text", "canonical", "source", "context"]
RENAMED_COLUMNS = ["doc_id", "start", "end", "label", "text", "canonical_before", "canonical_after", "context"]
SPEAKER_DIFF_COLUMNS = ["doc_id", "start", "end", "kind", "text", "speaker_before", "speaker_after",
                        "cue_before", "cue_after"]
QUOTE_DIFF_COLUMNS = ["doc_id", "start", "end", "kind", "speaker", "cue", "text"]
RELATION_DIFF_COLUMNS = ["doc_id", "subject", "relation", "object", "verb", "rule", "context"]


@dataclass(frozen=True, eq=False)
class CorpusDiff:
    """What changed between two versions of a corpus, one DataFrame per kind of change."""

    n_docs: int
    changed_docs: tuple[str, ...]
    entities_added: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ENTITY_DIFF_COLUMNS))
    entities_removed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ENTITY_DIFF_COLUMNS))
    entities_renamed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=RENAMED_COLUMNS))
    speakers_changed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SPEAKER_DIFF_COLUMNS))
    quotes_added: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_DIFF_COLUMNS))
    quotes_removed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=QUOTE_DIFF_COLUMNS))
    relations_added: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=RELATION_DIFF_COLUMNS))
    relations_removed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=RELATION_DIFF_COLUMNS))

    TABLES = ("entities_added", "entities_removed", "entities_renamed", "speakers_changed",
              "quotes_added", "quotes_removed", "relations_added", "relations_removed")

    def counts(self) -> dict[str, int]:
        """Number of rows per table."""
        return {name: len(getattr(self, name)) for name in self.TABLES}

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())

    def summary(self) -> str:
        """One line: ``2 of 10 documents changed: +3 entities, 1 speaker changed``."""
        c = self.counts()
        parts = [f"+{c['entities_added']} / -{c['entities_removed']} entities"]
        names = {"entities_renamed": ("entity renamed", "entities renamed"),
                 "speakers_changed": ("speaker changed", "speakers changed"),
                 "quotes_added": ("quote added", "quotes added"),
                 "quotes_removed": ("quote removed", "quotes removed"),
                 "relations_added": ("relation added", "relations added"),
                 "relations_removed": ("relation removed", "relations removed")}
        parts += [f"{c[key]} {name[c[key] != 1]}" for key, name in names.items() if c[key]]
        docs = f"{len(self.changed_docs)} of {self.n_docs} document{'s' * (self.n_docs != 1)} changed"
        return f"{docs}: " + ", ".join(parts)

    def __repr__(self) -> str:
        return f"CorpusDiff({self.summary()})"


def _context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The span in its sentence-ish context, on one line: ``…before [span] after…``."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    before = ("…" if left > 0 else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def _quote_row(doc_id: str, q: dict) -> dict:
    return {"doc_id": doc_id, "start": q["start"], "end": q["end"], "kind": q["kind"],
            "speaker": q.get("speaker"), "cue": (q.get("cue") or {}).get("text"), "text": q["text"]}


def _relation_key(r: dict) -> tuple:
    return (r["subject"], r["label"], r["object"], r["verb"], r["start"], r["end"], r.get("rule", ""))


def _relation_row(doc_id: str, text: str, r: dict) -> dict:
    return {"doc_id": doc_id, "subject": r["subject"], "relation": r["label"], "object": r["object"],
            "verb": r["verb"], "rule": r.get("rule", ""), "context": " ".join(text[r["start"]:r["end"]].split())}


def diff_docs(before: Sequence[Doc | dict], after: Sequence[Doc | dict]) -> CorpusDiff:
    """Compare two versions of the same corpus (Docs or records, in the same order).

    Entities are matched by (start, end, label), quotes by (start, end). Pairs that are the very
    same object are skipped unread, so a corpus updated by :class:`CachedCorpus` diffs fast.
    """
    if len(before) != len(after):
        raise ValueError(f"not the same corpus: {len(before)} documents before, {len(after)} after")
    rows: dict[str, list[dict]] = {name: [] for name in CorpusDiff.TABLES}
    changed: list[str] = []
    for position, (old_item, new_item) in enumerate(zip(before, after)):
        if old_item is new_item:
            continue
        old, new = as_record(old_item), as_record(new_item)
        if old["text"] != new["text"]:
            raise ValueError(f"not the same corpus: document {position + 1} has a different text")
        doc_id = new.get("id") or f"doc-{position + 1}"
        if _diff_one(doc_id, old, new, rows):
            changed.append(doc_id)
    columns = {
        "entities_added": ENTITY_DIFF_COLUMNS, "entities_removed": ENTITY_DIFF_COLUMNS,
        "entities_renamed": RENAMED_COLUMNS, "speakers_changed": SPEAKER_DIFF_COLUMNS,
        "quotes_added": QUOTE_DIFF_COLUMNS, "quotes_removed": QUOTE_DIFF_COLUMNS,
        "relations_added": RELATION_DIFF_COLUMNS, "relations_removed": RELATION_DIFF_COLUMNS,
    }
    tables = {name: pd.DataFrame(rows[name], columns=columns[name]) for name in CorpusDiff.TABLES}
    return CorpusDiff(len(before), tuple(changed), **tables)


def _diff_one(doc_id: str, old: dict, new: dict, rows: dict[str, list[dict]]) -> bool:
    """Add one document's differences to ``rows``; True if there were any."""
    text = new["text"]
    found = False
    # entities: added, removed (a label change is both), renamed (same span, new canonical name)
    old_ents = {(e["start"], e["end"], e["label"]): e for e in old["ents"]}
    new_ents = {(e["start"], e["end"], e["label"]): e for e in new["ents"]}
    for table, mine, other in (("entities_added", new_ents, old_ents), ("entities_removed", old_ents, new_ents)):
        for key in sorted(mine.keys() - other.keys()):
            e = mine[key]
            rows[table].append({"doc_id": doc_id, "start": e["start"], "end": e["end"], "label": e["label"],
                                "text": e["text"], "canonical": e.get("canonical"), "source": e.get("source"),
                                "context": _context(text, e["start"], e["end"])})
            found = True
    for key in sorted(old_ents.keys() & new_ents.keys()):
        was, now = old_ents[key].get("canonical"), new_ents[key].get("canonical")
        if was != now:
            rows["entities_renamed"].append({
                "doc_id": doc_id, "start": key[0], "end": key[1], "label": key[2],
                "text": new_ents[key]["text"], "canonical_before": was, "canonical_after": now,
                "context": _context(text, key[0], key[1])})
            found = True
    # quotes: same content span, different speaker (or newly found / lost)
    old_quotes = {(q["start"], q["end"]): q for q in old["quotes"]}
    new_quotes = {(q["start"], q["end"]): q for q in new["quotes"]}
    for key in sorted(old_quotes.keys() & new_quotes.keys()):
        was, now = old_quotes[key], new_quotes[key]
        if was.get("speaker") != now.get("speaker"):
            rows["speakers_changed"].append({
                "doc_id": doc_id, "start": key[0], "end": key[1], "kind": now["kind"], "text": now["text"],
                "speaker_before": was.get("speaker"), "speaker_after": now.get("speaker"),
                "cue_before": (was.get("cue") or {}).get("text"), "cue_after": (now.get("cue") or {}).get("text")})
            found = True
    for table, mine, other in (("quotes_added", new_quotes, old_quotes), ("quotes_removed", old_quotes, new_quotes)):
        for key in sorted(mine.keys() - other.keys()):
            rows[table].append(_quote_row(doc_id, mine[key]))
            found = True
    # relations found by the relation rules
    old_rel = {_relation_key(r): r for r in old.get("relations", [])}
    new_rel = {_relation_key(r): r for r in new.get("relations", [])}
    for table, mine, other in (("relations_added", new_rel, old_rel), ("relations_removed", old_rel, new_rel)):
        for key in sorted(mine.keys() - other.keys(), key=repr):
            rows[table].append(_relation_row(doc_id, text, mine[key]))
            found = True
    return found
