"""Time a rule change in the rule tuner against re-running the pipeline. Not a test.

For each base pipeline (``model="blank"``, and the default ``kit.load()`` model when the kit's
trained pipeline ``kit/models/it_kit_news`` or an official one is installed), on the sample articles
of ``kit/lang/it/articles`` (repeated to make a 500-article corpus), for a few typical rule changes:

- ``view_1``: the updated view of one article: the rule layer re-run on its cached Doc (only when
  the change can touch it), the record, the highlights HTML and the quotes table (median over
  every sample article and the repeats; the worst article too);
- ``view_500``: the same view inside a 500-article tuner: time until the selected article is shown
  (it is done first, before the rest of the corpus);
- ``diff_500``: the whole corpus brought up to date and diffed (what the tuner does per change);
- for reference: the rule layer re-run on all 500 articles without the shortcuts
  (``kit.apply_rules``), and a full re-analysis of 1 and 500 articles (``kit.analyze``).

Targets (issue 7): < 100 ms per article view, < 2 s for the corpus diff over 500 articles.
Times are CPU seconds of this process (medians), steadier than wall time on a shared machine; the
wall time of the corpus diff is given too. Figures are printed and written to
``benchmarks/results/rules.json``.

    .venv/bin/python benchmarks/bench_rules.py [--articles 500] [--repeats 5] [--models blank,default]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import kit  # noqa: E402
from kit.corpus.incremental import CachedCorpus  # noqa: E402
from kit.pipeline import SHIPPED, apply_rules, available_models, get_rules  # noqa: E402
from kit.records import parse_doc  # noqa: E402
from kit.view.render import render_html  # noqa: E402
from kit.rules import RuleSet  # noqa: E402
from kit.rules.edit import with_alias, with_pattern  # noqa: E402
from kit.view.panes import format_quotes  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "rules.json"
ARTICLES = ROOT / "kit" / "lang" / "it" / "articles"
TARGET_VIEW_MS = 100
TARGET_DIFF_S = 2.0
FALLBACK_TEXTS = [
    "Il presidente Sergio Mattarella ha dichiarato: «Siamo pronti a fare la nostra parte». "
    "Il Tribunale di Milano ha condannato ieri due imputati.",
    "«La crisi non è finita», ha detto il ministro dell'Economia a Roma. Secondo la Commissione "
    "europea, l'inflazione resterà alta.",
]


def sample_texts() -> list[tuple[str, str]]:
    files = sorted(ARTICLES.glob("*.txt")) if ARTICLES.is_dir() else []
    if files:
        return [(doc.id, doc.text) for doc in kit.load_corpus(files)]  # without the front matter
    return [(f"sample-{i + 1}", text) for i, text in enumerate(FALLBACK_TEXTS)]


def first_missing(candidates: list[str], present: tuple[str, ...]) -> str:
    return next((c for c in candidates if c not in present), candidates[-1] + "re")


def changes(rules: RuleSet) -> dict[str, Callable[[RuleSet], RuleSet]]:
    """Typical edits of an analyst (each applied to the base rules, then undone)."""
    verb = first_missing(["ripetere", "rivendicare", "illustrare", "sussurrare"], rules.speech_verbs)
    return {
        "add phrase pattern": lambda r: with_pattern(r, "ORG", "Tribunale di Milano"),
        "add token pattern": lambda r: with_pattern(
            r, "ORG", '[{"LOWER": "procura"}, {"LOWER": "di"}, {"IS_TITLE": true}]'),
        "add alias": lambda r: with_alias(r, "Presidente Mattarella", "Mattarella, Sergio Mattarella"),
        f"add speech verb ({verb})": lambda r: r.replace(speech_verbs=list(r.speech_verbs) + [verb]),
        "remove speech verb (dire)": lambda r: r.replace(speech_verbs=[v for v in r.speech_verbs if v != "dire"]),
        "drop ‘ ’ quote marks": lambda r: r.replace(quote_marks=[list(p) for p in r.quote_marks if p != ("‘", "’")]),
        "add relation rule": lambda r: r.replace(relation_rules=list(r.relation_rules) + [
            {"name": "cita", "subject": ["PER", "ORG"], "verbs": ["citare", "ricordare"],
             "object": ["PER", "ORG", "LOC"], "label": "cita"}]),
    }


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """(CPU seconds, result): CPU time is steadier than wall time on a shared machine."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def show_view(doc) -> tuple[str, str]:
    """What the tuner draws for the selected article (the chart is drawn only when shown)."""
    record = parse_doc(doc)
    return render_html(record), format_quotes(record)


def bench_view_1(nlp, docs, base: RuleSet, new: RuleSet, repeats: int) -> dict:
    """Median and worst time of an article's view update, each article as its own corpus."""
    times = []
    for doc in docs:
        corpus = CachedCorpus([doc], nlp, base)
        for _ in range(repeats):
            seconds, _ = timed(lambda: show_view(corpus.update(new).after[0]))
            times.append(seconds)
            corpus.update(base)
    return {"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000}


def bench_corpus(corpus: CachedCorpus, base: RuleSet, new: RuleSet, repeats: int) -> dict:
    """Time to the selected article's view, and to the whole corpus diff, in a big tuner."""
    first_view, full, full_wall, rerun = [], [], [], 0
    for _ in range(repeats):
        cpu, wall = clock()
        shown: list[float] = []

        def on_first(index, doc):
            show_view(doc)
            shown.append(time.process_time() - cpu)

        update = corpus.update(new, first=0, on_first=on_first)
        diff = update.diff()
        full.append(time.process_time() - cpu)
        full_wall.append(time.perf_counter() - wall)
        first_view.append(shown[0])
        rerun = len(update.changed)
        summary = diff.summary()
        corpus.update(base)
    return {"view_ms": statistics.median(first_view) * 1000, "diff_s": statistics.median(full),
            "diff_wall_s": statistics.median(full_wall), "docs_rerun": rerun, "diff": summary}


def bench_model(model: str, n_articles: int, repeats: int) -> dict:
    print(f"\n== model {model!r}: loading and analysing {n_articles} articles once…", flush=True)
    nlp = kit.load(model=None if model == "default" else model)
    base = get_rules(nlp)
    samples = sample_texts()
    items = [{"id": f"{name}-{i // len(samples) + 1}", "text": text}
             for i, (name, text) in enumerate(samples * (n_articles // len(samples) + 1))][:n_articles]
    one = [samples[0][1]]
    kit.analyze(one, nlp, progress=False)  # warm-up (lookup tables, CLDR names)
    analyse_1 = statistics.median(timed(lambda: kit.analyze(one, nlp, progress=False))[0] for _ in range(repeats))
    analyse_all, docs = timed(lambda: kit.analyze(items, nlp, progress=False))
    rules_all, _ = timed(lambda: apply_rules(docs, nlp, base))
    build, corpus = timed(lambda: CachedCorpus(docs, nlp, base))
    figures = {
        "base": nlp.meta.get("kit", {}).get("base"), "articles": n_articles,
        "sample_articles": len(samples),
        "tokens_per_article": statistics.mean(len(d) for d in docs[: len(samples)]),
        "full_analysis_1_s": analyse_1, "full_analysis_all_s": analyse_all,
        "rule_layer_all_no_shortcuts_s": rules_all, "tuner_build_all_s": build,
        "scenarios": {},
    }
    print(f"  full analysis: 1 article {analyse_1 * 1000:.0f} ms, {n_articles} articles {analyse_all:.1f} s;"
          f" rule layer on all without shortcuts {rules_all:.1f} s; tuner build {build:.1f} s")
    print(f"  {'change (CPU time)':<32} {'view 1 (med/max)':>18} {'view in ' + str(n_articles):>12} "
          f"{'diff ' + str(n_articles):>10} {'':>12} {'re-run':>7}  diff")
    for name, change in changes(base).items():
        new = change(base)
        view_1 = bench_view_1(nlp, docs[: len(samples)], base, new, repeats)
        big = bench_corpus(corpus, base, new, repeats)
        figures["scenarios"][name] = {
            "view_1_median_ms": view_1["median_ms"], "view_1_max_ms": view_1["max_ms"],
            f"view_in_{n_articles}_ms": big["view_ms"], f"diff_{n_articles}_s": big["diff_s"],
            f"diff_{n_articles}_wall_s": big["diff_wall_s"],
            "docs_rerun": big["docs_rerun"], "diff": big["diff"],
            "meets_targets": view_1["median_ms"] < TARGET_VIEW_MS and big["view_ms"] < TARGET_VIEW_MS
            and big["diff_s"] < TARGET_DIFF_S,
        }
        print(f"  {name:<32} {view_1['median_ms']:7.1f} / {view_1['max_ms']:6.1f} ms "
              f"{big['view_ms']:9.1f} ms {big['diff_s']:8.2f} s ({big['diff_wall_s']:5.2f} wall) "
              f"{big['docs_rerun']:7d}  {big['diff']}", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--models", default="blank,default",
                        help="comma-separated: blank, default (kit.load()'s choice, if it is not blank), "
                             "or a model name/path")
    args = parser.parse_args()
    models = []
    for model in args.models.split(","):
        if model == "default":
            best = available_models()[0]
            if best == "blank":
                print(f"(no trained pipeline installed: {SHIPPED} is absent; default = blank, skipped)")
                continue
        models.append(model)
    results = {
        "python": platform.python_version(), "spacy": spacy.__version__, "cpus": os.cpu_count(),
        "machine": platform.machine(), "repeats": args.repeats,
        "targets": {"view_ms": TARGET_VIEW_MS, "diff_s": TARGET_DIFF_S}, "models": {},
    }
    for model in models:
        results["models"][model] = bench_model(model, args.articles, args.repeats)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
