"""Write the kit's tables and graphs to files other tools read.

- ``to_csv`` / ``to_jsonl``: any table of :mod:`kit.records.tables`. In CSV, list cells (``about``,
  ``doc_ids``) are written as JSON arrays, and the file is UTF-8 with a byte-order mark so that
  Excel shows accented letters; JSON Lines keeps lists as lists.
- ``to_gexf`` (:mod:`kit.records.graph`): the who-speaks-about-whom graph for Gephi.
- ``export_tables``: all of the above for a set of analysed documents, in one folder.

Every file is written atomically (:mod:`kit.atomic`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from ..atomic import replacing, write_atomic
from .parse import as_records
from .tables import documents_table, entities_table, quotes_table, relations_table

#: file names written by :func:`export_tables`
TABLE_FILES = {"documents": "documents.csv", "entities": "entities.csv", "quotes": "quotes.csv",
               "relations": "relations.csv"}
GRAPH_FILE = "who_speaks_about_whom.gexf"


def _is_list(value: object) -> bool:
    return isinstance(value, (list, tuple))


def _lists_as_json(table: pd.DataFrame) -> pd.DataFrame:
    """A copy where list cells are JSON arrays (strings), for flat formats."""
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object and out[column].map(_is_list).any():
            out[column] = out[column].map(
                lambda v: json.dumps(list(v), ensure_ascii=False) if _is_list(v) else v)
    return out


def to_csv(table: pd.DataFrame, path: str | os.PathLike, encoding: str = "utf-8-sig") -> Path:
    """Write ``table`` as CSV (lists as JSON arrays, no index); returns the path."""
    with replacing(path) as tmp:
        _lists_as_json(table).to_csv(tmp, index=False, encoding=encoding)  # dates keep their time of day
    return Path(path)


def read_csv(path: str | os.PathLike, list_columns: tuple[str, ...] = ("about", "doc_ids", "sources")) -> pd.DataFrame:
    """Read a CSV written by :func:`to_csv`, turning the JSON arrays back into lists and the
    ``date`` column back into timestamps."""
    table = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    for column in list_columns:
        if column in table.columns:
            table[column] = table[column].map(lambda v: json.loads(v) if isinstance(v, str) else [])
    if "date" in table.columns:
        table["date"] = pd.to_datetime(table["date"].astype(object)).astype("datetime64[ns]")
    return table


def to_jsonl(table: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``table`` as JSON Lines (one object per row, UTF-8, dates as ISO strings)."""
    text = table.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    return write_atomic(path, text if not text or text.endswith("\n") else text + "\n")


def export_tables(docs: object, outdir: str | os.PathLike, jsonl: bool = False) -> dict[str, Path]:
    """Write the documents, entities, quotes and relations tables (CSV, and JSON Lines with
    ``jsonl=True``) and the GEXF graph of analysed ``docs`` to ``outdir``; returns the paths."""
    records = as_records(docs)  # parse the Docs once for all tables
    tables = {"documents": documents_table(records), "entities": entities_table(records),
              "quotes": quotes_table(records), "relations": relations_table(records)}
    outdir = Path(outdir)
    written = {}
    for name, table in tables.items():
        written[name] = to_csv(table, outdir / TABLE_FILES[name])
        if jsonl:
            written[f"{name}_jsonl"] = to_jsonl(table, outdir / f"{name}.jsonl")
    from .graph import to_gexf  # networkx only for the graph: to_csv and to_jsonl do without

    written["graph"] = to_gexf(tables["relations"], outdir / GRAPH_FILE)
    return written
