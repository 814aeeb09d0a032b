"""Docs (or records) -> pandas DataFrames: documents, entities, quotes, relations.

One row per thing; the column names are part of the public API (the evaluation reads
``quotes_table``). Pure functions: tables are derived from the Docs, never stored beside them.
Every table has the article's ``date`` (naive local time, NaT when unknown) and ``source`` (its
outlet, or its URL's domain; see :mod:`kit.records.outlets`), so any of them can be filtered by time and
outlet (:mod:`kit.records.filters`).
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from ..corpus.dates import date_column
from ..model import SPEECH_KINDS
from .outlets import group_keys, group_values, outlet, record_date, record_outlet
from .parse import as_records

#: ``rule``: the rule that found the quotation; ``speaker_rule``: the rule or model that chose its
#: speaker (``subject``, ``source``, ``description``, ``ranker``…; ``unnamed`` when the text names
#: no one)
QUOTE_COLUMNS = ["doc_id", "date", "source", "start", "end", "kind", "cue", "rule", "speaker", "speaker_label",
                 "speaker_rule", "speaker_start", "speaker_end", "about", "text"]
RELATION_COLUMNS = ["speaker", "speaker_label", "target", "target_label", "n_quotes", "doc_ids", "sources"]
#: ``found_by``: "model" or "rule:<name>" (``ent._.kit_source`` on the Doc)
ENTITY_COLUMNS = ["doc_id", "date", "source", "start", "end", "label", "text", "canonical", "found_by"]
DOCUMENT_COLUMNS = ["doc_id", "title", "date", "source", "url", "n_words", "n_entities", "n_quotes"]
RULE_RELATION_COLUMNS = ["doc_id", "date", "source", "subject", "subject_label", "relation", "object", "object_label",
                         "verb", "start", "end", "rule"]
SPEAKER_COLUMNS = ["speaker", "label", "n_quotes", "n_documents", "about"]


def _int_column(values) -> pd.Series:
    return pd.Series(values, dtype="Int64")


def _where_when(rec: dict) -> dict:
    """The ``date`` and ``source`` columns of a record's rows."""
    return {"date": record_date(rec), "source": record_outlet(rec)}


def _dates(table: pd.DataFrame) -> pd.DataFrame:
    table["date"] = pd.to_datetime(table["date"].astype(object)).astype("datetime64[ns]")
    return table


def quotes_table(docs) -> pd.DataFrame:
    """One row per quotation (``kind`` other included, with no speaker).

    Records reviewed with :class:`kit.Review` (quotes with a ``review`` status) add a ``review``
    column: accepted, corrected, or pending.
    """
    rows = []
    records = as_records(docs)
    reviewed = any("review" in q for rec in records for q in rec["quotes"])
    for rec in records:
        where_when = _where_when(rec)
        for q in rec["quotes"]:
            mention = q.get("speaker_mention") or {}
            cue = q.get("cue") or {}
            rows.append({
                "doc_id": rec["id"], **where_when, "start": q["start"], "end": q["end"], "kind": q["kind"],
                "cue": cue.get("text"), "rule": q.get("rule") or "", "speaker": q.get("speaker"),
                "speaker_label": q.get("speaker_label"), "speaker_rule": q.get("speaker_rule") or "",
                "speaker_start": mention.get("start"), "speaker_end": mention.get("end"),
                "about": list(q.get("about") or []), "text": rec["text"][q["start"]:q["end"]],
                **({"review": q.get("review") or "pending"} if reviewed else {}),
            })
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS + ["review"] * reviewed)
    table["start"] = _int_column(table["start"])
    table["end"] = _int_column(table["end"])
    table["speaker_start"] = _int_column(table["speaker_start"])
    table["speaker_end"] = _int_column(table["speaker_end"])
    return _dates(table)


def _labels(records: list[dict]) -> dict[str, str]:
    """canonical name -> most frequent entity label across the records."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rec in records:
        for ent in rec["ents"]:
            counts[ent["canonical"]][ent["label"]] += 1
    return {name: max(by_label, key=by_label.get) for name, by_label in counts.items()}


def relations_table(docs, by: str | list[str] | None = None) -> pd.DataFrame:
    """Who speaks about whom: one row per (speaker, target) pair over speech quotes.

    ``sources`` lists the outlets the pair's quotes appeared in. ``by="source"`` gives one row
    per pair and outlet, ``by="month"`` (or ``"week"``, ``"day"``, ``"year"``) one per pair and
    period, written as pandas writes periods (``"2024-03"``, ``"2024-03-11/2024-03-17"``; None for
    undated articles), ``by=["source", "month"]`` both; the group columns come first and the rows
    are sorted by them (None last), then by ``n_quotes``.
    """
    keys = group_keys(by)
    records = as_records(docs)
    labels = _labels(records)
    pairs: dict[tuple, dict] = {}
    for rec in records:
        group = dict(zip(keys, group_values(rec, keys)))
        source = group["source"] if "source" in group else record_outlet(rec)
        for q in rec["quotes"]:
            if q["kind"] not in SPEECH_KINDS or not q.get("speaker"):
                continue
            for target in dict.fromkeys(q.get("about") or []):
                key = (*group.values(), q["speaker"], target)
                row = pairs.setdefault(key, {
                    **group,
                    "speaker": q["speaker"], "speaker_label": q.get("speaker_label") or labels.get(q["speaker"]),
                    "target": target, "target_label": labels.get(target), "n_quotes": 0, "doc_ids": [],
                    "sources": [],
                })
                row["n_quotes"] += 1
                if rec["id"] not in row["doc_ids"]:
                    row["doc_ids"].append(rec["id"])
                if source is not None and source not in row["sources"]:
                    row["sources"].append(source)
    columns = [*keys, *(c for c in RELATION_COLUMNS if not (c == "sources" and "source" in keys))]
    table = pd.DataFrame(list(pairs.values()), columns=columns)
    table["n_quotes"] = table["n_quotes"].astype("int64")
    order = [*keys, "n_quotes", "speaker", "target"]
    ascending = [True] * len(keys) + [False, True, True]
    return table.sort_values(order, ascending=ascending, na_position="last", ignore_index=True)


def rule_relations_table(docs) -> pd.DataFrame:
    """Relations found by the relation rules (subject -[relation]-> object)."""
    rows = []
    for rec in as_records(docs):
        where_when = _where_when(rec)
        for r in rec.get("relations", []):
            rows.append({"doc_id": rec["id"], **where_when, "subject": r["subject"], "subject_label": r["subject_label"],
                         "relation": r["label"], "object": r["object"], "object_label": r["object_label"],
                         "verb": r["verb"], "start": r["start"], "end": r["end"], "rule": r["rule"]})
    return _dates(pd.DataFrame(rows, columns=RULE_RELATION_COLUMNS))


def entities_table(docs) -> pd.DataFrame:
    """One row per entity mention, with its canonical name and what found it (``found_by``)."""
    rows = []
    for rec in as_records(docs):
        where_when = _where_when(rec)
        rows += [{"doc_id": rec["id"], **where_when, **{k: ent[k] for k in ("start", "end", "label", "text", "canonical")},
                  "found_by": ent.get("source", "model")} for ent in rec["ents"]]
    return _dates(pd.DataFrame(rows, columns=ENTITY_COLUMNS))


def documents_table(docs) -> pd.DataFrame:
    """One row per document: id, title, metadata and counts (``source``: the outlet, or the URL's domain)."""
    rows = []
    for rec in as_records(docs):
        meta = rec.get("meta") or {}
        rows.append({
            "doc_id": rec["id"], "title": rec.get("title"), "date": meta.get("date"),
            "source": outlet(meta), "url": meta.get("url"), "n_words": len(rec["text"].split()),
            "n_entities": len(rec["ents"]), "n_quotes": len(rec["quotes"]),
        })
    table = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    table["date"] = date_column(table["date"], index=table.index)
    return table


def top_speakers(quotes: pd.DataFrame, top_n: int | None = None) -> pd.DataFrame:
    """Speakers by number of quotes: ``speaker, label, n_quotes, n_documents, about``."""
    speech = quotes[quotes["speaker"].notna()]
    rows = []
    for speaker, group in speech.groupby("speaker", sort=False):
        about = pd.Series([name for names in group["about"] for name in names if name != speaker])
        rows.append({
            "speaker": speaker, "label": group["speaker_label"].dropna().mode().iat[0]
            if group["speaker_label"].notna().any() else None,
            "n_quotes": len(group), "n_documents": group["doc_id"].nunique(),
            "about": list(about.value_counts().index[:5]),
        })
    table = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    table = table.sort_values(["n_quotes", "speaker"], ascending=[False, True], ignore_index=True)
    return table if top_n is None else table.head(top_n)
