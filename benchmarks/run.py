"""Run every benchmark, print a summary table and write ``benchmarks/results/summary.json``.

    .venv/bin/python benchmarks/run.py            # everything, under 10 minutes on 2 cores
    .venv/bin/python benchmarks/run.py --quick    # smaller corpora, about 2 minutes

Runs, each in its own interpreter (one after the other: they would slow each other down):

- ``bench_pipeline.py``: analysis throughput against spaCy's bare tokenizer and without the rule
  layer, scaling 1x/4x/16x, one long document, a 2 MB document, ``n_process=2``, cold start;
- ``bench_render.py`` (if present): ``kit.render_html`` against ``displacy.render(style="ent")``;
- ``bench_rules.py`` (if present): a rule change (rule layer only) against a full re-analysis.

Every figure is a ratio to a baseline measured in the same run, or a median over repeats: the
machine is shared and noisy, so absolute times vary between runs. Each script writes its own
JSON in ``benchmarks/results/`` (with ``--quick``: ``<name>-quick.json``, so the full run's
figures stay); the summary holds all of them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path.insert(0, str(ROOT))


def trained_model_available() -> bool:
    from kit.pipeline import available_models

    return available_models()[0] != "blank"


def scripts(quick: bool, model: str) -> list[tuple[str, list[str], Path, float]]:
    """(script, arguments, JSON it writes, time limit in seconds), in running order."""
    pipeline_json = RESULTS / ("pipeline-quick.json" if quick else "pipeline.json")
    pipeline_args = ["--model", model, "--out", str(pipeline_json)] + (["--quick"] if quick else [])
    render_args = ["--docs", "50", "--repeats", "3", "--long-words", "20000"] if quick else ["--repeats", "5"]
    rules_model = "default" if model == "default" and trained_model_available() else (
        "blank" if model == "default" else model)
    rules_args = ["--articles", "100" if quick else "500", "--repeats", "2" if quick else "3",
                  "--models", rules_model]
    return [
        ("bench_pipeline.py", pipeline_args, pipeline_json, 560),
        ("bench_render.py", render_args, RESULTS / "render.json", 180),
        ("bench_rules.py", rules_args, RESULTS / "rules.json", 300),
    ]


def run_script(name: str, args: list[str], limit: float) -> dict:
    """Run one benchmark script, its output shown as it comes; retry without arguments once if
    the script does not take them (the scripts are written by different people)."""
    path = HERE / name
    if not path.exists():
        print(f"\n### {name}: not present, skipped")
        return {"status": "absent"}
    for attempt in (args, []):
        print(f"\n### {name} {' '.join(attempt)}", flush=True)
        start = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, str(path), *attempt], cwd=ROOT, timeout=limit,
                                  stderr=subprocess.PIPE, text=True)
        except subprocess.TimeoutExpired:
            print(f"### {name}: stopped after {limit:.0f} s (time limit)")
            return {"status": "timeout", "wall_s": time.perf_counter() - start, "args": attempt}
        wall = time.perf_counter() - start
        if proc.stderr:
            sys.stderr.write(proc.stderr[-3000:])
        if proc.returncode == 2 and "unrecognized arguments" in (proc.stderr or "") and attempt:
            continue
        return {"status": "ok" if proc.returncode == 0 else f"exit {proc.returncode}", "wall_s": wall,
                "args": attempt}
    return {"status": "bad arguments"}


def render_rows(data: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    for name, scenario in (data.get("scenarios") or {}).items():
        ratio = (scenario.get("ratio_to_displacy") or {})
        per = scenario.get("per_entity_us") or {}
        if "kit_ents_only" in ratio:
            rows.append((f"render_html, {name} ({scenario.get('entities', '?'):,} ents)",
                         f"{per.get('kit_ents_only', float('nan')):.1f} µs/entity (ents only), "
                         f"{per.get('kit_full', float('nan')):.1f} (full)",
                         f"displacy {per.get('displacy_ent', float('nan')):.1f} µs/entity",
                         f"x{ratio['kit_ents_only']:.2f} / x{ratio.get('kit_full', float('nan')):.2f}"))
    return rows


def rules_rows(data: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    for model, figures in (data.get("models") or {}).items():
        n = figures.get("articles")
        full_1, full_all = figures.get("full_analysis_1_s"), figures.get("full_analysis_all_s")
        for name, scenario in (figures.get("scenarios") or {}).items():
            view = scenario.get("view_1_median_ms")
            diff = scenario.get(f"diff_{n}_s")
            if view is None or diff is None or not full_1 or not full_all:
                continue
            rows.append((f"rule change '{name}' ({figures.get('base', model)})",
                         f"1 article {view:.0f} ms, {n} articles {diff:.2f} s",
                         f"re-analysis {full_1 * 1000:.0f} ms, {full_all:.1f} s",
                         f"x{full_1 * 1000 / view:.0f}, x{full_all / diff:.0f} faster"))
    return rows


def print_table(rows) -> None:
    if not rows:
        return
    header = ("figure", "value", "baseline (same run)", "ratio")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora (about 2 minutes)")
    parser.add_argument("--model", default="default", help="base pipeline: default (kit.load()'s choice), blank, kit")
    parser.add_argument("--skip", default="", help="comma-separated script names to skip, e.g. bench_rules.py")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    started, t0 = time.time(), time.perf_counter()
    summary: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "quick": args.quick, "model": args.model,
        "note": "ratios and medians measured in one run on a shared machine; absolute times vary",
        "scripts": {},
    }
    skipped = set(filter(None, args.skip.split(",")))
    for name, script_args, output, limit in scripts(args.quick, args.model):
        if name in skipped:
            continue
        previous = output.read_bytes() if output.exists() else None
        status = run_script(name, script_args, limit)
        if output.exists() and output.stat().st_mtime >= started and status.get("status") == "ok":
            status["results"] = json.loads(output.read_text(encoding="utf-8"))
            if args.quick and not output.stem.endswith("-quick"):
                # keep the full run's figures: a quick run's go beside them as <name>-quick.json
                quick_copy = output.with_name(output.stem + "-quick.json")
                quick_copy.write_bytes(output.read_bytes())
                if previous is not None:
                    output.write_bytes(previous)
                output = quick_copy
            status["json"] = str(output.relative_to(ROOT))
        summary["scripts"][name] = status
    summary["total_wall_s"] = time.perf_counter() - t0
    rows = []
    pipeline = summary["scripts"].get("bench_pipeline.py", {}).get("results", {})
    rows += [tuple(row.values()) for row in pipeline.get("table", [])]
    rows += render_rows(summary["scripts"].get("bench_render.py", {}).get("results", {}))
    rows += rules_rows(summary["scripts"].get("bench_rules.py", {}).get("results", {}))
    summary["table"] = [dict(zip(("figure", "value", "baseline", "ratio"), row)) for row in rows]
    print(f"\n### summary ({os.cpu_count()} CPUs, one run, {summary['total_wall_s']:.0f} s in all)\n")
    print_table(rows)
    for name, status in summary["scripts"].items():
        if status.get("status") != "ok":
            print(f"  {name}: {status.get('status')}")
    out = RESULTS / ("summary-quick.json" if args.quick else "summary.json")
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
