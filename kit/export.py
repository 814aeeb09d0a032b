"""Write the kit's tables and graphs to files other tools read, and share notebooks as HTML.

- ``to_csv`` / ``to_jsonl``: any table of :mod:`kit.tables`. In CSV, list cells (``about``,
  ``doc_ids``) are written as JSON arrays, and the file is UTF-8 with a byte-order mark so that
  Excel shows accented letters; JSON Lines keeps lists as lists.
- ``to_gexf``: the who-speaks-about-whom graph for Gephi (nodes: names, with ``label`` and entity
  ``type``; edges: speaker -> target, ``weight`` = number of quotes).
- ``export_tables``: all of the above for a set of analysed documents, in one folder.
- ``share_notebook``: run a notebook and save it as one HTML file that works offline, widgets
  included (see :func:`share_notebook`).
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import networkx as nx
    from nbformat import NotebookNode

#: file names written by :func:`export_tables`
TABLE_FILES = {"documents": "documents.csv", "entities": "entities.csv", "quotes": "quotes.csv",
               "relations": "relations.csv"}
GRAPH_FILE = "who_speaks_about_whom.gexf"
STATIC = Path(__file__).resolve().parent / "static"
WIDGET_MANAGER_JS = STATIC / "html-manager" / "embed.js"
#: the icon fonts of the widget manager (Font Awesome 5 Free): (family, weight, file)
WIDGET_FONTS = (("Font Awesome 5 Free", 900, STATIC / "html-manager" / "fonts" / "fa-solid-900.woff2"),
                ("Font Awesome 5 Free", 400, STATIC / "html-manager" / "fonts" / "fa-regular-400.woff2"))
SHARE_TEMPLATE = STATIC / "share" / "kit_share.html.j2"


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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _lists_as_json(table).to_csv(path, index=False, encoding=encoding)  # dates keep their time of day
    return path


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
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = table.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    path.write_text(text if not text or text.endswith("\n") else text + "\n", encoding="utf-8")
    return path


def relations_graph(relations: pd.DataFrame) -> nx.DiGraph:
    """The who-speaks-about-whom graph of a ``kit.relations_table``.

    Nodes are canonical names with ``label`` (the name, as Gephi shows it), ``type`` (PER, ORG...)
    and ``role`` (``speaker`` when they speak at least once, else ``target``); an edge
    speaker -> target has ``weight`` (number of quotes) and ``doc_ids`` (comma-separated).
    """
    import networkx as nx  # only for graphs: the tables and CSV files do without it

    graph = nx.DiGraph()
    for row in relations.itertuples(index=False):
        for name, label, role in ((row.speaker, row.speaker_label, "speaker"),
                                  (row.target, row.target_label, "target")):
            if name not in graph:
                graph.add_node(name, label=str(name), type=str(label or ""), role=role)
            elif role == "speaker":
                graph.nodes[name]["role"] = "speaker"
        doc_ids = row.doc_ids if _is_list(row.doc_ids) else []
        graph.add_edge(row.speaker, row.target, weight=int(row.n_quotes),
                       doc_ids=",".join(map(str, doc_ids)))
    return graph


def to_gexf(relations: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the who-speaks-about-whom graph (see :func:`relations_graph`) as GEXF for Gephi."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    import networkx as nx

    nx.write_gexf(relations_graph(relations), path)
    return path


def export_tables(docs: object, outdir: str | os.PathLike, jsonl: bool = False) -> dict[str, Path]:
    """Write the documents, entities, quotes and relations tables (CSV, and JSON Lines with
    ``jsonl=True``) and the GEXF graph of analysed ``docs`` to ``outdir``; returns the paths."""
    from .records import as_records
    from .tables import documents_table, entities_table, quotes_table, relations_table

    records = as_records(docs)  # parse the Docs once for all tables
    tables = {"documents": documents_table(records), "entities": entities_table(records),
              "quotes": quotes_table(records), "relations": relations_table(records)}
    outdir = Path(outdir)
    written = {}
    for name, table in tables.items():
        written[name] = to_csv(table, outdir / TABLE_FILES[name])
        if jsonl:
            written[f"{name}_jsonl"] = to_jsonl(table, outdir / f"{name}.jsonl")
    written["graph"] = to_gexf(tables["relations"], outdir / GRAPH_FILE)
    return written


# --- sharing a notebook --------------------------------------------------------------------------


def execute_notebook(nb: NotebookNode, cwd: str | os.PathLike, timeout: int = 600,
                     kernel_name: str = "python3") -> NotebookNode:
    """Run every cell of ``nb`` (an nbformat node) in ``cwd``; widget state is kept in metadata."""
    from nbclient import NotebookClient

    client = NotebookClient(nb, timeout=timeout, kernel_name=kernel_name, store_widget_state=True,
                            resources={"metadata": {"path": str(cwd)}})
    client.execute()
    return nb


def widget_manager_src() -> str:
    """The widget manager (``@jupyter-widgets/html-manager``'s ``embed.js``) as a data URL.

    A ``src`` rather than inline code: the bundle finds its own location from its script
    element and would fail in an inline ``<script>``.
    """
    if not WIDGET_MANAGER_JS.exists():
        raise FileNotFoundError(f"the offline widget manager is missing: {WIDGET_MANAGER_JS}")
    return _data_url(WIDGET_MANAGER_JS, "text/javascript")


def _data_url(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def widget_fonts() -> list[dict]:
    """The widget manager's icon fonts as data URLs (for button icons)."""
    return [{"family": family, "weight": weight, "src": _data_url(path, "font/woff2")}
            for family, weight, path in WIDGET_FONTS if path.exists()]


def notebook_html(nb: NotebookNode) -> str:
    """An executed notebook as one self-contained HTML page (JupyterLab look).

    Images are embedded; the widgets' saved state is drawn by the vendored widget manager, so
    nothing loads from the network: no require.js, no MathJax (formulas stay as TeX), no CDN.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", embed_images=True,
                            extra_template_paths=[str(SHARE_TEMPLATE.parent)])
    exporter.template_file = SHARE_TEMPLATE.name
    has_widgets = "widgets" in nb.metadata
    resources = {"kit_widget_manager_src": widget_manager_src() if has_widgets else "",
                 "kit_widget_fonts": widget_fonts() if has_widgets else []}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def share_notebook(notebook: str | os.PathLike, out: str | os.PathLike | None = None,
                   execute: bool = True, timeout: int = 600, kernel_name: str = "python3") -> Path:
    """Run ``notebook`` (in its own folder) and write it as an offline HTML page; returns the path.

    ``out`` defaults to the notebook's name with ``.html``. With ``execute=False`` the notebook's
    saved outputs and widget state are exported as they are.
    """
    import nbformat

    notebook = Path(notebook)
    if not notebook.is_file():
        raise FileNotFoundError(f"no such notebook: {notebook}")
    out = Path(out) if out is not None else notebook.with_suffix(".html")
    nb = nbformat.read(notebook, as_version=4)
    if execute:
        execute_notebook(nb, notebook.resolve().parent, timeout=timeout, kernel_name=kernel_name)
    nb.metadata.setdefault("title", notebook.stem)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(notebook_html(nb), encoding="utf-8")
    return out
