#!/usr/bin/env python3
"""Fail when a notebook is committed with outputs, execution counts or saved widget state.

    python scripts/check_notebooks_clean.py            # every notebook in notebooks/
    python scripts/check_notebooks_clean.py A.ipynb     # these notebooks
    python scripts/check_notebooks_clean.py --fix       # clear them instead

Uses only the standard library (a notebook is JSON), so it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def problems(notebook: dict) -> list[str]:
    """What is not clean in a notebook (empty when it is clean)."""
    found = []
    for index, cell in enumerate(notebook.get("cells", []), 1):
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            found.append(f"cell {index} has {len(cell['outputs'])} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"cell {index} has execution count {cell['execution_count']}")
    if "widgets" in notebook.get("metadata", {}):
        found.append("saved widget state in the notebook metadata")
    return found


def clear(notebook: dict) -> dict:
    """The notebook without outputs, execution counts and widget state."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    notebook.get("metadata", {}).pop("widgets", None)
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: notebooks/*.ipynb")
    parser.add_argument("--fix", action="store_true", help="clear the notebooks instead of failing")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(NOTEBOOKS.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks found in {NOTEBOOKS}", file=sys.stderr)
        return 1
    dirty = 0
    for path in paths:
        try:
            notebook = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"{path}: cannot read: {err}", file=sys.stderr)
            dirty += 1
            continue
        found = problems(notebook)
        if found and args.fix:
            path.write_text(json.dumps(clear(notebook), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{path}: cleared")
        elif found:
            dirty += 1
            for problem in found:
                print(f"{path}: {problem}", file=sys.stderr)
    if dirty:
        print(f"{dirty} notebook(s) not clean: run python scripts/check_notebooks_clean.py --fix",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
