"""How long ``import kit`` takes, and what each first use of the API loads.

    python benchmarks/bench_import.py [--runs 5]

Each figure is the best of ``--runs`` fresh interpreters (``python -X importtime`` is not used:
it slows the imports it measures). Printed: ``import kit`` alone; then, in the same interpreter,
the first access to a few public names (what it imports, and the heavy libraries then loaded).
The goal: ``import kit`` under 0.5 s; the display stack (IPython, ipywidgets, matplotlib,
networkx) loaded only by the functions that draw or display.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("spacy", "pandas", "matplotlib", "networkx", "IPython", "ipywidgets")
#: public names, in the order a notebook meets them
STEPS = ("load", "analyze", "quotes_table", "render_html", "to_csv", "show", "plot_network", "RuleTuner")

PROBE = """
import json, sys, time
start = time.perf_counter()
import kit
figures = {"import kit": time.perf_counter() - start}
loaded = {"import kit": [m for m in HEAVY if m in sys.modules]}
for name in STEPS:
    start = time.perf_counter()
    getattr(kit, name)
    figures[f"kit.{name}"] = time.perf_counter() - start
    loaded[f"kit.{name}"] = [m for m in HEAVY if m in sys.modules]
print(json.dumps({"seconds": figures, "loaded": loaded}))
"""


def measure(runs: int) -> dict:
    best: dict[str, float] = {}
    loaded: dict[str, list[str]] = {}
    code = f"HEAVY = {HEAVY!r}\nSTEPS = {STEPS!r}\n" + PROBE
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        result = json.loads(out)
        for step, seconds in result["seconds"].items():
            best[step] = min(seconds, best.get(step, seconds))
        loaded = result["loaded"]
    return {"seconds": best, "loaded": loaded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters to take the best of")
    args = parser.parse_args()
    result = measure(args.runs)
    print(f"best of {args.runs} fresh interpreters ({sys.executable})")
    for step, seconds in result["seconds"].items():
        heavy = ", ".join(result["loaded"][step]) or "-"
        print(f"{step:<20} {seconds:7.3f} s   loaded so far: {heavy}")


if __name__ == "__main__":
    main()
