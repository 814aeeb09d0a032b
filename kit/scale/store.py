"""The output folder of a corpus run: Parquet parts per table, the manifest, the tables read back.

Layout of ``out_dir``::

    documents/part-00000.parquet ...   one file per partition and table (the columns of
    entities/  quotes/  rule_relations/     kit.documents_table, entities_table, ...)
    inputs/part-00000.parquet           the partition's documents (id, text, metadata): what
                                        kit.rerun_rules starts from
    manifest.json                       the run: model and rules keys, one entry per partition
                                        (content hash, counts, sha256 of each file)
    summary.txt                         what was read and what was skipped, and the totals
    cache/                              the model layer's output, one DocBin per partition

Everything is written atomically; a finished partition is noted in ``.progress.jsonl`` at once,
so a run that stops keeps its work, and ``manifest.json`` (sorted, no times) is written at the end.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..atomic import write_atomic
from ..records import tables as T

#: the per-document tables written per partition -> the function that builds them from records
TABLES = {"documents": T.documents_table, "entities": T.entities_table, "quotes": T.quotes_table,
          "rule_relations": T.rule_relations_table}
INPUTS = "inputs"
INPUT_COLUMNS = ["id", "text", "title", "date", "source", "url"]
MANIFEST = "manifest.json"
PROGRESS = ".progress.jsonl"
SUMMARY = "summary.txt"
#: list-valued columns (Parquet gives arrays back; the tables hold lists)
LIST_COLUMNS = {"quotes": ("about",)}
FORMAT = 1


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def part_path(out_dir: Path, table: str, name: str) -> Path:
    return Path(out_dir) / table / f"{name}.parquet"


def parquet_bytes(table: pd.DataFrame) -> bytes:
    """A table as Parquet bytes (pyarrow, no index): the same table always gives the same bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(table, preserve_index=False), buffer)
    return buffer.getvalue()


def write_part(out_dir: Path, table: str, name: str, frame: pd.DataFrame) -> str:
    """Write one partition's table atomically; returns the file's sha256."""
    data = parquet_bytes(frame)
    write_atomic(part_path(out_dir, table, name), data)
    return sha256_bytes(data)


def read_inputs(path: Path) -> list[dict]:
    """The documents of one ``inputs`` part, as dicts with ``text`` and the metadata."""
    return pd.read_parquet(path).astype(object).where(lambda f: f.notna(), None).to_dict("records")


# --- the manifest --------------------------------------------------------------------------------
def read_manifest(out_dir: Path) -> dict | None:
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def finished_parts(out_dir: Path) -> dict[str, dict]:
    """Partitions finished by earlier runs (manifest, then progress log): name -> entry.

    Only entries whose files are all there with the recorded sha256 count; a half-written last
    line of the log (a run killed while writing it) is ignored.
    """
    out_dir = Path(out_dir)
    entries: dict[str, dict] = {}
    manifest = read_manifest(out_dir)
    for entry in (manifest or {}).get("parts", []):
        entries[entry["name"]] = entry
    log = out_dir / PROGRESS
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            entries[entry["name"]] = entry
    return {name: entry for name, entry in entries.items() if _files_intact(out_dir, entry)}


def _files_intact(out_dir: Path, entry: dict) -> bool:
    for table, digest in entry.get("files", {}).items():
        path = part_path(out_dir, table, entry["name"])
        try:
            if sha256_bytes(path.read_bytes()) != digest:
                return False
        except OSError:
            return False
    return True


def note_finished(out_dir: Path, entry: dict) -> None:
    """Append a finished partition to the progress log (one line, flushed to disk)."""
    with open(Path(out_dir) / PROGRESS, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, sort_keys=True) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def write_manifest(out_dir: Path, head: dict, parts: list[dict]) -> None:
    """The final manifest (parts in order), then remove parts of earlier runs and the log."""
    out_dir = Path(out_dir)
    parts = sorted(parts, key=lambda entry: entry["name"])
    totals = {key: sum(entry[key] for entry in parts) for key in ("documents", *list(TABLES)[1:])}
    manifest = {"format": FORMAT, **head, "totals": totals, "parts": parts}
    write_atomic(out_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    keep = {entry["name"] for entry in parts}
    for folder in (*TABLES, INPUTS):
        for path in (out_dir / folder).glob("*.parquet"):
            if path.stem not in keep:
                path.unlink()
    (out_dir / PROGRESS).unlink(missing_ok=True)


# --- the tables read back ------------------------------------------------------------------------
def _part_files(out_dir: Path, table: str) -> list[Path]:
    manifest = read_manifest(out_dir)
    if manifest is None:
        raise FileNotFoundError(f"{out_dir} has no {MANIFEST}: not the output of a finished kit.run_corpus")
    return [part_path(out_dir, table, entry["name"]) for entry in manifest["parts"]
            if entry.get(table, entry["documents"])]


def _conform(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Column types as the local tables have them (Parquet gives arrays for lists, nulls for
    a part where a column was empty)."""
    for column in frame.columns:
        series = frame[column]
        if column in LIST_COLUMNS.get(table, ()):
            frame[column] = pd.Series([list(v) for v in series], index=frame.index, dtype=object)
        elif series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            values = [None if (v is None or v is pd.NA or (isinstance(v, float) and v != v)) else v
                      for v in series.tolist()]
            frame[column] = pd.Series(values, index=frame.index, name=column)
        elif pd.api.types.is_datetime64_any_dtype(series.dtype):
            frame[column] = series.astype("datetime64[ns]")
    return frame


def read_table(out_dir: str | os.PathLike, table: str, lazy: bool = False):
    """One table of a whole run (``documents``, ``entities``, ``quotes`` or ``rule_relations``).

    A pandas DataFrame equal to what ``kit.<table>_table`` gives for the same documents on one
    machine; ``lazy=True`` gives a ``dask.dataframe`` over the Parquet parts instead (for tables
    larger than memory).
    """
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, got {table!r}")
    files = _part_files(Path(out_dir), table)
    if lazy:
        import dask.dataframe as dd

        return dd.read_parquet([str(f) for f in files]) if files else dd.from_pandas(TABLES[table]([]), npartitions=1)
    if not files:
        return TABLES[table]([])
    frame = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    return _conform(frame, table)


def read_relations(out_dir: str | os.PathLike, by: str | list[str] | None = None) -> pd.DataFrame:
    """Who speaks about whom over the whole run (``kit.relations_table``), from the quotes and
    entities tables: the same rows, in the same order, as the local path."""
    docs = read_table(out_dir, "documents")
    return T.relations_table(_skeleton_records(docs, read_table(out_dir, "entities"),
                                               read_table(out_dir, "quotes")), by=by)


def _skeleton_records(docs: pd.DataFrame, ents: pd.DataFrame, quotes: pd.DataFrame) -> Iterable[dict]:
    """Records with just what ``relations_table`` reads: outlet, date, entity labels, quotes."""
    ents_by = {key: group for key, group in ents.groupby("doc_id", sort=False)}
    quotes_by = {key: group for key, group in quotes.groupby("doc_id", sort=False)}
    empty = pd.DataFrame()
    records = []
    for row in docs.itertuples(index=False):
        e, q = ents_by.get(row.doc_id, empty), quotes_by.get(row.doc_id, empty)
        date = None if pd.isna(row.date) else row.date.isoformat()
        records.append({
            "id": row.doc_id, "meta": {"source": row.source, "date": date},
            "ents": [{"canonical": c, "label": _none(lab)} for c, lab in zip(e.get("canonical", []), e.get("label", []))],
            "quotes": [{"kind": k, "speaker": _none(s), "speaker_label": _none(sl), "about": a} for k, s, sl, a in zip(
                q.get("kind", []), q.get("speaker", []), q.get("speaker_label", []), q.get("about", []))],
        })
    return records


def _none(value: object) -> object:
    """None for a missing value (the tables hold NaN where records hold None)."""
    return None if value is None or (not isinstance(value, (list, str)) and pd.isna(value)) else value


def read_tables(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Every table of a run: ``documents``, ``entities``, ``quotes``, ``rule_relations`` and
    ``relations`` (who speaks about whom)."""
    tables = {name: read_table(out_dir, name) for name in TABLES}
    tables["relations"] = read_relations(out_dir)
    return tables
