"""The notebooks: committed without outputs, and each one runs end to end from a fresh copy."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHECK = ROOT / "scripts" / "check_notebooks_clean.py"
CELL_TIMEOUT_S = 600


def test_the_notebooks_are_there() -> None:
    names = {path.name for path in NOTEBOOKS}
    assert {"01-one-article.ipynb", "02-corpus.ipynb", "03-rule-tuning.ipynb", "04-large-corpus.ipynb"} <= names


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_use_the_public_api_and_package_data(notebook: Path) -> None:
    """Glue only: ``import kit`` and its public names, data from the package (works from a wheel)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    imports = [line for line in code.splitlines() if line.startswith(("import ", "from "))]
    assert imports == ["import kit"]
    assert "parent" not in code and '"data"' not in code and "kit.sample_articles()" in code


def test_notebooks_are_committed_clean() -> None:
    result = subprocess.run([sys.executable, str(CHECK)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_check_finds_outputs_and_fixes_them(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    nb.cells[0].outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)]
    nb.cells[0].execution_count = 1
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    path = tmp_path / "dirty.ipynb"
    nbformat.write(nb, path)
    result = subprocess.run([sys.executable, str(CHECK), str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "cell 1 has 1 output(s)" in result.stderr and "execution count 1" in result.stderr
    assert "widget state" in result.stderr
    subprocess.run([sys.executable, str(CHECK), "--fix", str(path)], check=True, capture_output=True)
    assert subprocess.run([sys.executable, str(CHECK), str(path)]).returncode == 0
    cleaned = json.loads(path.read_text(encoding="utf-8"))
    assert cleaned["cells"][0]["outputs"] == [] and "widgets" not in cleaned["metadata"]


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(notebook: Path, tmp_path: Path) -> None:
    """Execute a copy of ``notebooks/`` (so nothing is written into the repository)."""
    copy = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", copy, ignore=shutil.ignore_patterns(".*", "exports", "large-corpus-out", "*.html"))
    nb = nbformat.read(copy / notebook.name, as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name="python3",
                            resources={"metadata": {"path": str(copy)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    errors = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
              if out.output_type == "error"]
    assert not errors
    if notebook.name == "02-corpus.ipynb":
        exports = copy / "exports"
        assert {p.name for p in exports.iterdir()} >= {"quotes.csv", "entities.csv", "who_speaks_about_whom.gexf"}
        assert any((copy / ".kit-cache").rglob("*.spacy"))
    if notebook.name == "04-large-corpus.ipynb":
        out = copy / "large-corpus-out"
        assert sorted(p.name for p in (out / "quotes").iterdir()) == ["part-00000.parquet", "part-00001.parquet",
                                                                      "part-00002.parquet"]
        assert (out / "summary.txt").read_text(encoding="utf-8").startswith("10 documents from 10 files")
        shown = "".join(str(o.get("data", {}).get("text/plain", "")) for cell in nb.cells
                        if cell.cell_type == "code" for o in cell.outputs)
        assert "CorpusRun(" in shown and "3 partitions computed" in shown
