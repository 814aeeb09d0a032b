"""``python -m kit share``: the exported notebook renders in a real browser with the network off.

Debian's chromium (never a downloaded browser) is driven by playwright; every request that is not
a local file is aborted and recorded, and the test fails if the page tried any. Two notebooks: a
small one made here (the rule-based pipeline, highlights and a few widgets, fast) and the
rule-tuning notebook of ``notebooks/`` (the real use: the tuner's saved state).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

from tests.conftest import CHROMIUM_ARGS, ROOT

TEXT = ("Il ministro ha detto a Roma: «Palazzo Chigi non cambierà idea sul piano per l'Italia, "
        "ne siamo certi». Poi è partito.")
EXTERNAL_URL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
FONT_LOADED = ("Array.from(document.fonts).some(f => f.family.includes('Font Awesome 5 Free') "
               "&& f.weight === '900' && f.status === 'loaded')")
CDN_HOSTS = ("cdn.jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com")

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _small_notebook() -> nbformat.NotebookNode:
    cells = [
        nbformat.v4.new_markdown_cell("# Condivisione\n\nUna prova con $x$ (nessun MathJax)."),
        nbformat.v4.new_code_cell(
            "import ipywidgets as widgets\nimport kit\nfrom kit.view.show import show\n\n"
            f"nlp = kit.load(model='blank')\ndoc = kit.analyze({TEXT!r}, nlp)\nshow(doc)"),
        nbformat.v4.new_code_cell(
            "widgets.VBox([widgets.HTML('<b>salvato</b> nel file'), widgets.IntSlider(value=7, description='n'),\n"
            "              widgets.Button(description='Salva', icon='save')])"),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def _share(notebook: Path, out: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "kit", "share", str(notebook), "-o", str(out)],
                            capture_output=True, text=True, timeout=900, cwd=notebook.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"wrote {out}" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert not EXTERNAL_URL.search(page), EXTERNAL_URL.search(page)
    assert not any(host in page for host in CDN_HOSTS)
    assert "require.js" not in page and "MathJax.Hub" not in page
    return page


@pytest.fixture(scope="module")
def browser(chromium: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _open_offline(browser, html_file: Path):
    """A page with ``html_file`` loaded and every non-file request aborted (and recorded)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.kit_blocked, page.kit_errors = [], []
    page.on("pageerror", lambda error: page.kit_errors.append(str(error)))

    def only_files(route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            page.kit_blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.goto(html_file.resolve().as_uri())
    return page


def test_shared_notebook_renders_offline(browser, tmp_path: Path) -> None:
    notebook = tmp_path / "condivisione.ipynb"
    nbformat.write(_small_notebook(), notebook)
    page_html = _share(notebook, tmp_path / "condivisione.html")
    assert "application/vnd.jupyter.widget-state+json" in page_html
    page = _open_offline(browser, tmp_path / "condivisione.html")
    try:
        page.wait_for_selector(".widget-slider", timeout=30_000)  # drawn by the bundled manager
        assert page.locator("mark.kit-ent").count() >= 2  # Roma, Palazzo Chigi, Italia
        assert page.locator(".kit-quote").count() >= 1
        assert page.locator(".widget-html").first.inner_text().strip() == "salvato nel file"
        assert page.locator(".jupyter-widgets.widget-slider .widget-readout").inner_text().strip() == "7"
        page.wait_for_function(FONT_LOADED, timeout=10_000)  # button icons: the bundled font
        assert page.locator("text=$x$").count() == 1  # TeX left as it is, not an error
        assert page.kit_blocked == [] and page.kit_errors == []
    finally:
        page.close()


def test_shared_rule_tuner_renders_offline(browser, tmp_path: Path) -> None:
    copy = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", copy, ignore=shutil.ignore_patterns(".*", "exports", "*.html"))
    out = tmp_path / "tuner.html"
    _share(copy / "03-rule-tuning.ipynb", out)
    page = _open_offline(browser, out)
    try:
        page.wait_for_selector(".jupyter-widgets .widget-tab, .jupyter-widgets .lm-TabBar", timeout=30_000)
        assert page.locator(".jupyter-widgets").count() > 5
        assert page.locator(".jupyter-widgets mark.kit-ent").count() > 0  # highlights inside the tuner
        assert page.locator("button.jupyter-button").count() > 0
        assert page.kit_blocked == [] and page.kit_errors == []
    finally:
        page.close()


HOSTILE_TITLES = ["<!--<script>", "</script><b>x</b>", "a & b <!-- c"]


def test_hostile_text_in_widget_state_still_renders(browser, tmp_path: Path) -> None:
    """Titles that would end or swallow the widget state's ``<script>`` (issue 15) are drawn as text."""
    cells = [nbformat.v4.new_code_cell(
        "import ipywidgets as widgets\n"
        f"widgets.VBox([widgets.Dropdown(options={HOSTILE_TITLES!r}, description='titolo'),\n"
        f"              widgets.Label({HOSTILE_TITLES[0]!r}), widgets.IntSlider(value=3)])")]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook = tmp_path / "ostile.ipynb"
    nbformat.write(nb, notebook)
    _share(notebook, tmp_path / "ostile.html")
    page = _open_offline(browser, tmp_path / "ostile.html")
    try:
        page.wait_for_selector(".widget-slider", timeout=30_000)
        options = page.locator(".widget-dropdown select option").all_inner_texts()
        assert [o.replace("\xa0", " ").strip() for o in options] == HOSTILE_TITLES  # widgets draw nbsp
        assert HOSTILE_TITLES[0] in [t.strip() for t in page.locator(".widget-label").all_inner_texts()]
        assert page.locator(".widget-readout").first.inner_text().strip() == "3"
        assert page.kit_blocked == [] and page.kit_errors == []
    finally:
        page.close()
