"""Share a notebook: run it and save it as one HTML file that works offline, widgets included.

The page is nbconvert's HTML export (JupyterLab look) with images embedded and the widgets' saved
state drawn by the widget manager vendored in ``kit/static/`` (with its licence): no CDN, no
network needed to open it.
"""

from __future__ import annotations

import base64
import html
import os
import re
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from nbformat import NotebookNode

from ..atomic import write_atomic
from ..safety import script_safe_json

STATIC = Path(__file__).resolve().parent.parent / "static"
WIDGET_MANAGER_JS = STATIC / "html-manager" / "embed.js"
#: the icon fonts of the widget manager (Font Awesome 5 Free): (family, weight, file)
WIDGET_FONTS = (("Font Awesome 5 Free", 900, STATIC / "html-manager" / "fonts" / "fa-solid-900.woff2"),
                ("Font Awesome 5 Free", 400, STATIC / "html-manager" / "fonts" / "fa-regular-400.woff2"))
SHARE_TEMPLATE = STATIC / "share" / "kit_share.html.j2"
#: the provenance line a kit output (report, review) carries, found in a notebook's HTML outputs
PROVENANCE_IN_OUTPUT = re.compile(r'class="kit-provenance"[^>]*>([^<]*)<')


def execute_notebook(nb: NotebookNode, cwd: str | os.PathLike, timeout: int = 600,
                     kernel_name: str = "python3") -> NotebookNode:
    """Run every cell of ``nb`` (an nbformat node) in ``cwd``; widget state is kept in metadata."""
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


def share_provenance(nb: NotebookNode, now: datetime | None = None) -> str:
    """The shared page's footer: kit version, date, and the pipelines and rules the notebook's
    kit outputs were made with (the ``kit-provenance`` lines they carry), if any."""
    from .. import __version__

    made = (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    lines = {m.group(1) for cell in nb.get("cells", []) for out in cell.get("outputs", [])
             for m in PROVENANCE_IN_OUTPUT.finditer(str((out.get("data") or {}).get("text/html", "")))}
    title = nb.metadata.get("title") or ""
    return " · ".join([f"kit {__version__}", f"notebook {title}" if title else "", f"shared {made}",
                       *sorted(html.unescape(line) for line in lines)]).replace(" ·  · ", " · ")


def notebook_html(nb: NotebookNode) -> str:
    """An executed notebook as one self-contained HTML page (JupyterLab look).

    Images are embedded; the widgets' saved state is drawn by the vendored widget manager, so
    nothing loads from the network: no require.js, no MathJax (formulas stay as TeX), no CDN.
    The widget state and views are embedded as JSON with ``<``, ``>`` and ``&`` escaped
    (:func:`kit.safety.script_safe_json`), so no text in them can close or swallow the script.
    """
    # the stock filter only escapes "/"; widget state holding "<!--<script>" would swallow the page
    exporter = HTMLExporter(template_name="lab", embed_images=True,
                            extra_template_paths=[str(SHARE_TEMPLATE.parent)],
                            filters={"escape_html_script": script_safe_json})
    exporter.template_file = SHARE_TEMPLATE.name
    has_widgets = "widgets" in nb.metadata
    resources = {"kit_widget_manager_src": widget_manager_src() if has_widgets else "",
                 "kit_widget_fonts": widget_fonts() if has_widgets else [],
                 "kit_provenance": share_provenance(nb)}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def share_notebook(notebook: str | os.PathLike, out: str | os.PathLike | None = None,
                   execute: bool = True, timeout: int = 600, kernel_name: str = "python3") -> Path:
    """Run ``notebook`` (in its own folder) and write it as an offline HTML page; returns the path.

    ``out`` defaults to the notebook's name with ``.html``. With ``execute=False`` the notebook's
    saved outputs and widget state are exported as they are.
    """
    notebook = Path(notebook)
    if not notebook.is_file():
        raise FileNotFoundError(f"no such notebook: {notebook}")
    out = Path(out) if out is not None else notebook.with_suffix(".html")
    nb = nbformat.read(notebook, as_version=4)
    if execute:
        execute_notebook(nb, notebook.resolve().parent, timeout=timeout, kernel_name=kernel_name)
    nb.metadata.setdefault("title", notebook.stem)
    return write_atomic(out, notebook_html(nb))
