"""Docs (or records) -> pandas DataFrames: documents, entities, quotes, relations.

One row per thing; the column names are part of the public API (the evaluation reads
``quotes_table``). Pure functions: tables are derived from the Docs, never stored beside them.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from .records import as_records

QUOTE_COLUMNS = ["doc_id", "start", "end", "kind", "cue", "speaker", "speaker_label",
                 "speaker_start", "speaker_end", "about", "text"]
RELATION_COLUMNS = ["speaker", "speaker_label", "target", "target_label", "n_quotes", "doc_ids"]
ENTITY_COLUMNS = ["doc_id", "start", "end", "label", "text", "canonical", "source"]
DOCUMENT_COLUMNS = ["doc_id", "title", "date", "source", "url", "n_words", "n_entities", "n_quotes"]
RULE_RELATION_COLUMNS = ["doc_id", "subject", "subject_label", "relation", "object", "object_label",
                         "verb", "start", "end", "rule"]
SPEECH_KINDS = ("direct", "indirect", "mixed")


def _int_column(values) -> pd.Series:
    return pd.Series(values, dtype="Int64")


def quotes_table(docs) -> pd.DataFrame:
    """One row per quotation (``kind`` other included, with no speaker)."""
    rows = []
    for rec in as_records(docs):
        for q in rec["quotes"]:
            mention = q.get("speaker_mention") or {}
            cue = q.get("cue") or {}
            rows.append({
                "doc_id": rec["id"], "start": q["start"], "end": q["end"], "kind": q["kind"],
                "cue": cue.get("text"), "speaker": q.get("speaker"),
                "speaker_label": q.get("speaker_label"),
                "speaker_start": mention.get("start"), "speaker_end": mention.get("end"),
                "about": list(q.get("about") or []), "text": rec["text"][q["start"]:q["end"]],
            })
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["start"] = _int_column(table["start"])
    table["end"] = _int_column(table["end"])
    table["speaker_start"] = _int_column(table["speaker_start"])
    table["speaker_end"] = _int_column(table["speaker_end"])
    return table


def _labels(records: list[dict]) -> dict[str, str]:
    """canonical name -> most frequent entity label across the records."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rec in records:
        for ent in rec["ents"]:
            counts[ent["canonical"]][ent["label"]] += 1
    return {name: max(by_label, key=by_label.get) for name, by_label in counts.items()}


def relations_table(docs) -> pd.DataFrame:
    """Who speaks about whom: one row per (speaker, target) pair over speech quotes."""
    records = as_records(docs)
    labels = _labels(records)
    pairs: dict[tuple[str, str], dict] = {}
    for rec in records:
        for q in rec["quotes"]:
            if q["kind"] not in SPEECH_KINDS or not q.get("speaker"):
                continue
            for target in dict.fromkeys(q.get("about") or []):
                key = (q["speaker"], target)
                row = pairs.setdefault(key, {
                    "speaker": q["speaker"], "speaker_label": q.get("speaker_label") or labels.get(q["speaker"]),
                    "target": target, "target_label": labels.get(target), "n_quotes": 0, "doc_ids": [],
                })
                row["n_quotes"] += 1
                if rec["id"] not in row["doc_ids"]:
                    row["doc_ids"].append(rec["id"])
    table = pd.DataFrame(list(pairs.values()), columns=RELATION_COLUMNS)
    table["n_quotes"] = table["n_quotes"].astype("int64")
    return table.sort_values(["n_quotes", "speaker", "target"], ascending=[False, True, True],
                             ignore_index=True)


def rule_relations_table(docs) -> pd.DataFrame:
    """Relations found by the relation rules (subject -[relation]-> object)."""
    rows = []
    for rec in as_records(docs):
        for r in rec.get("relations", []):
            rows.append({"doc_id": rec["id"], "subject": r["subject"], "subject_label": r["subject_label"],
                         "relation": r["label"], "object": r["object"], "object_label": r["object_label"],
                         "verb": r["verb"], "start": r["start"], "end": r["end"], "rule": r["rule"]})
    return pd.DataFrame(rows, columns=RULE_RELATION_COLUMNS)


def entities_table(docs) -> pd.DataFrame:
    """One row per entity mention, with its canonical name and where it came from."""
    rows = [{"doc_id": rec["id"], **{k: ent[k] for k in ("start", "end", "label", "text", "canonical", "source")}}
            for rec in as_records(docs) for ent in rec["ents"]]
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def documents_table(docs) -> pd.DataFrame:
    """One row per document: id, title, metadata and counts."""
    rows = []
    for rec in as_records(docs):
        meta = rec.get("meta") or {}
        rows.append({
            "doc_id": rec["id"], "title": rec.get("title"), "date": meta.get("date"),
            "source": meta.get("source"), "url": meta.get("url"), "n_words": len(rec["text"].split()),
            "n_entities": len(rec["ents"]), "n_quotes": len(rec["quotes"]),
        })
    table = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    table["date"] = pd.to_datetime(table["date"], errors="coerce")
    return table
