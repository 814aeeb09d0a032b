"""Corpus runs on Dask (``kit.run_corpus``) against the local path (``kit.analyze_corpus``). Not a test.

Every measurement runs in a fresh interpreter, so each peak memory is that run's own:

- ``throughput``: the same corpus (at least ``--words``, 200,000 by default: the benchmark corpus of
  ``benchmarks/corpus.py`` as JSONL) through the local path, then ``run_corpus`` on a
  ``LocalCluster`` of 1 and of 2 single-threaded workers; words/s and the ratios to the local path
  in this run (the pipeline is loaded on every worker before the clock starts, as it is loaded
  before the local path's clock);
- ``scaling``: ``run_corpus`` with 2 workers on 1x, 4x and 16x a base corpus (``--scale-words``):
  the peak memory of the driver (it must stay flat: it streams the source and keeps only counts)
  and of each worker;
- a projection, from the 1-worker rate, of the core-hours and of the hours on N workers for
  10^7 articles of 500 words.

    .venv/bin/python benchmarks/bench_dask.py                    # kit.load()'s default pipeline
    .venv/bin/python benchmarks/bench_dask.py --model blank --words 50000 --scale-words 20000

Prints a table; writes ``benchmarks/results/dask.json``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results"
PARTITION_SIZE = 50
ARTICLES = 10**7
WORDS_PER_ARTICLE = 500


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_corpus(path: Path, min_words: int) -> int:
    """The benchmark corpus as JSONL (one article per row); returns its words."""
    from benchmarks.corpus import build_corpus, count_words

    texts = build_corpus(min_words=min_words)
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"b{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return count_words(texts)


# --- children (one per measurement) ---------------------------------------------------------------
def child_local(args) -> dict:
    import kit

    nlp = kit.load(model=args.model)
    corpus = kit.load_corpus(args.jsonl)
    start = time.perf_counter()
    docs = kit.analyze_corpus(corpus, nlp, cache_dir=None, progress=False)
    seconds = time.perf_counter() - start
    return {"s": seconds, "documents": len(docs), "driver_peak_mb": peak_rss_mb()}


def _worker_peak() -> float:
    import resource as r

    return r.getrusage(r.RUSAGE_SELF).ru_maxrss / 1024


def child_dask(args) -> dict:
    from distributed import Client, LocalCluster

    import kit
    from kit.scale.worker import PipelineSpec, pipeline

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        spec = PipelineSpec(model=args.model)
        client.run(pipeline, spec)  # every worker loads the pipeline before the clock starts
        start = time.perf_counter()
        run = kit.run_corpus(args.jsonl, args.out, client=client, partition_size=PARTITION_SIZE,
                             model=args.model, progress=False)
        seconds = time.perf_counter() - start
        workers = sorted(client.run(_worker_peak).values())
    return {"s": seconds, "documents": run.totals["documents"], "driver_peak_mb": peak_rss_mb(),
            "worker_peak_mb": workers}


def measure(kind: str, jsonl: Path, model: str | None, workers: int = 0) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--jsonl", str(jsonl), "--workers", str(workers)]
    if model:
        command += ["--model", model]
    with tempfile.TemporaryDirectory() as out:
        command += ["--out", out]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- the driver -------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="as for kit.load (default: the best available)")
    parser.add_argument("--words", type=int, default=200_000, help="words of the throughput corpus")
    parser.add_argument("--scale-words", type=int, default=20_000, help="words of the 1x scaling corpus")
    parser.add_argument("--only", default="throughput,scaling")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--jsonl", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps((child_local if args.child == "local" else child_dask)(args)))
        return
    only = set(args.only.split(","))
    results: dict = {"model": args.model or "default", "partition_size": PARTITION_SIZE}
    with tempfile.TemporaryDirectory() as tmp:
        if "throughput" in only:
            corpus = Path(tmp) / "corpus.jsonl"
            words = write_corpus(corpus, args.words)
            rows = {"local": measure("local", corpus, args.model)}
            for n in (1, 2):
                rows[f"dask_{n}_worker{'s' * (n > 1)}"] = measure("dask", corpus, args.model, n)
            for name, row in rows.items():
                row["words_per_s"] = words / row["s"]
                row["vs_local"] = row["words_per_s"] / (words / rows["local"]["s"])
            per_core = rows["dask_1_worker"]["words_per_s"]
            core_hours = ARTICLES * WORDS_PER_ARTICLE / per_core / 3600
            results["throughput"] = {"words": words, "runs": rows, "projection": {
                "articles": ARTICLES, "words_per_article": WORDS_PER_ARTICLE, "words_per_s_per_core": per_core,
                "core_hours": core_hours,
                "hours_on": {str(n): core_hours / n for n in (16, 64, 256, 1024)}}}
            print(f"throughput on {words:,} words ({args.model or 'default'} pipeline):")
            for name, row in rows.items():
                workers = f", workers peak {', '.join(f'{m:.0f}' for m in row.get('worker_peak_mb', []))} MB" \
                    if "worker_peak_mb" in row else ""
                print(f"  {name:16s} {row['s']:7.1f} s  {row['words_per_s']:8.0f} words/s  "
                      f"x{row['vs_local']:.2f} of local  driver peak {row['driver_peak_mb']:.0f} MB{workers}")
            print(f"  projection: 10^7 articles x 500 words = {core_hours:,.0f} core-hours at "
                  f"{per_core:,.0f} words/s per core; " + ", ".join(
                      f"{h:,.1f} h on {n} workers" for n, h in results["throughput"]["projection"]["hours_on"].items()))
        if "scaling" in only:
            base = Path(tmp) / "base.jsonl"
            write_corpus(base, args.scale_words)
            lines = base.read_text(encoding="utf-8").splitlines()
            scaling = {}
            for factor in (1, 4, 16):
                path = Path(tmp) / f"x{factor}.jsonl"
                with open(path, "w", encoding="utf-8") as handle:
                    for copy in range(factor):
                        for line in lines:
                            row = json.loads(line)
                            row["id"] = f"{row['id']}-{copy}"
                            row["text"] = f"Copia {copy}.\n\n{row['text']}"  # a different text: no cache hit
                            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                scaling[f"{factor}x"] = measure("dask", path, args.model, 2)
            results["scaling"] = scaling
            print(f"scaling, 2 workers, base {args.scale_words:,} words:")
            for name, row in scaling.items():
                print(f"  {name:4s} {row['documents']:6d} docs {row['s']:7.1f} s  driver peak {row['driver_peak_mb']:.0f} MB"
                      f"  workers peak {', '.join(f'{m:.0f}' for m in row['worker_peak_mb'])} MB")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "dask.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
