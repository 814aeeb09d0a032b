"""Write the kit's tables and graphs to files other tools read.

- ``to_csv`` / ``to_jsonl``: any table of :mod:`kit.records.tables`. In CSV, list cells (``about``,
  ``doc_ids``) are written as JSON arrays, and the file is UTF-8 with a byte-order mark so that
  Excel shows accented letters, with CRLF line ends (RFC 4180); text cells a spreadsheet would
  evaluate as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) get a
  ``'`` in front (``escape_formulas=False`` turns this off; :func:`read_csv` takes it away again:
  :mod:`kit.safety`). JSON Lines keeps lists as lists and values as they are.
- ``to_gexf`` (:mod:`kit.records.graph`): the who-speaks-about-whom graph for Gephi.
- ``export_tables``: all of the above for a set of analysed documents, in one folder.

Every file is written atomically (:mod:`kit.atomic`); ``export_tables`` renames its files together
at the end, so a failure leaves the previous ones as they were, and lists them in the folder's
hidden ``.kit-outputs``, so ``kit.load_corpus`` never reads them back as articles.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from ..atomic import StagedFiles, replacing, write_atomic
from ..corpus.walk import OUTPUTS_LIST
from ..safety import escape_formula, unescape_formula
from .parse import as_records
from .tables import documents_table, entities_table, quotes_table, relations_table

#: file names written by :func:`export_tables`
TABLE_FILES = {"documents": "documents.csv", "entities": "entities.csv", "quotes": "quotes.csv",
               "relations": "relations.csv"}
GRAPH_FILE = "who_speaks_about_whom.gexf"
PROVENANCE_FILE = "provenance.json"


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


def _formulas_escaped(table: pd.DataFrame) -> pd.DataFrame:
    """A copy where text cells a spreadsheet would evaluate start with ``'`` (OWASP rule)."""
    out = table.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].map(escape_formula)
    out.columns = [escape_formula(str(c)) for c in out.columns]
    return out


def to_csv(table: pd.DataFrame, path: str | os.PathLike, encoding: str = "utf-8-sig",
           escape_formulas: bool = True) -> Path:
    """Write ``table`` as CSV (lists as JSON arrays, no index); returns the path.

    ``escape_formulas``: put ``'`` before text cells that start with ``=``, ``+``, ``-``, ``@``,
    tab or carriage return, so that a spreadsheet shows them instead of running them (the OWASP
    rule against CSV injection); :func:`read_csv` restores the values.
    """
    flat = _lists_as_json(table)
    if escape_formulas:
        flat = _formulas_escaped(flat)
    with replacing(path) as tmp:
        # CRLF line ends (RFC 4180): the writer then quotes every cell holding a CR or an LF; with
        # "\n" alone a cell with a lone CR was written bare and split its row in two when read
        flat.to_csv(tmp, index=False, encoding=encoding, lineterminator="\r\n")  # dates keep their time
    return Path(path)


def read_csv(path: str | os.PathLike, list_columns: tuple[str, ...] = ("about", "doc_ids", "sources"),
             escaped_formulas: bool = True) -> pd.DataFrame:
    """Read a CSV written by :func:`to_csv`, turning the JSON arrays back into lists, the ``date``
    column back into timestamps and (``escaped_formulas=True``) taking away the ``'`` put before
    formula-like cells."""
    table = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    if escaped_formulas:
        table.columns = [unescape_formula(c) for c in table.columns]
        for column in table.columns:
            if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
                table[column] = table[column].map(unescape_formula)
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


def export_tables(docs: object, outdir: str | os.PathLike, jsonl: bool = False,
                  escape_formulas: bool = True, provenance: dict | None = None) -> dict[str, Path]:
    """Write the documents, entities, quotes and relations tables (CSV, and JSON Lines with
    ``jsonl=True``), the GEXF graph of analysed ``docs`` and ``provenance.json`` (what made them:
    :func:`kit.provenance`, computed from the documents' stamps unless given) to ``outdir``;
    returns the paths.

    The files are written to temporary names and renamed together at the end: if anything fails,
    the files of a previous export are left as they were. ``escape_formulas``: see :func:`to_csv`.
    """
    with StagedFiles() as staged:
        written = stage_tables(docs, outdir, staged, jsonl=jsonl, escape_formulas=escape_formulas,
                               provenance=provenance)
        stage_outputs_list(Path(outdir), staged, [path.name for path in written.values()])
    return written


def stage_tables(docs: object, outdir: str | os.PathLike, staged: StagedFiles, jsonl: bool = False,
                 escape_formulas: bool = True, provenance: dict | None = None) -> dict[str, Path]:
    """What :func:`export_tables` writes, staged in ``staged`` (renamed when it closes); returns
    the final paths."""
    from ..origin import provenance as make_provenance, provenance_json

    records = as_records(docs)  # parse the Docs once for all tables
    tables = {"documents": documents_table(records), "entities": entities_table(records),
              "quotes": quotes_table(records), "relations": relations_table(records)}
    outdir = Path(outdir)
    written = {}
    for name, table in tables.items():
        written[name] = outdir / TABLE_FILES[name]
        to_csv(table, staged.path(written[name]), escape_formulas=escape_formulas)
        if jsonl:
            written[f"{name}_jsonl"] = outdir / f"{name}.jsonl"
            to_jsonl(table, staged.path(written[f"{name}_jsonl"]))
    from .graph import to_gexf  # networkx only for the graph: to_csv and to_jsonl do without

    info = provenance or make_provenance(records)
    written["graph"] = outdir / GRAPH_FILE
    to_gexf(tables["relations"], staged.path(written["graph"]), info)
    written["provenance"] = outdir / PROVENANCE_FILE
    staged.path(written["provenance"]).write_text(provenance_json(info), encoding="utf-8")
    return written


def stage_outputs_list(outdir: Path, staged: StagedFiles, names: list[str]) -> None:
    """Add ``names`` to the folder's hidden list of files the kit wrote (``.kit-outputs``, read by
    :mod:`kit.corpus.walk`), staged with the files it names."""
    listing = Path(outdir) / OUTPUTS_LIST
    try:
        known = listing.read_text(encoding="utf-8").splitlines() if listing.is_file() else []
    except (OSError, UnicodeDecodeError):
        known = []
    staged.path(listing).write_text("".join(f"{name}\n" for name in sorted(set(known) | set(names))),
                                    encoding="utf-8")
