"""Time ``kit.view.render.render_html`` against ``spacy.displacy.render(style="ent")`` on the same documents.

Not a test. Builds synthetic Italian-looking ``spacy.blank("it")`` Docs with entities (and quotes in
the records), renders them with both in one run, and prints medians over several repeats, the time
per entity drawn and the ratio kit / displaCy (from CPU time: the runs are interleaved, and CPU time
is steadier than wall time on a shared machine). Figures go to ``benchmarks/results/render.json``.

``kit_ents_only`` draws what displaCy draws (entities, no header, legend or quotes);
``kit_full`` adds the quotes, header and legend; ``kit_from_docs`` takes the same Docs as displaCy
through ``kit.records.parse_doc``.

    .venv/bin/python benchmarks/bench_render.py [--docs 200] [--words 500] [--repeats 7]
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy import displacy
from spacy.tokens import Doc, Span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kit.view.render import render_html  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "render.json"
WORDS = ("il governo ha detto che la crisi non è finita e i mercati restano in attesa di una "
         "decisione sul bilancio del paese mentre le opposizioni chiedono chiarezza").split()
NAMES = {"PER": ["Mario Draghi", "Vladimir Putin", "Giorgia Meloni"],
         "ORG": ["ONU", "Banca d'Italia", "Commissione europea"],
         "LOC": ["Roma", "Milano", "Kiev"], "MISC": ["Coppa Italia", "Pnrr"]}


def make_doc(nlp: spacy.language.Language, words: int, rng: random.Random) -> Doc:
    """A Doc of about ``words`` tokens with an entity every ~5 tokens and some quotes as «...»."""
    tokens: list[str] = []
    ents: list[tuple[int, int, str]] = []
    while len(tokens) < words:
        if rng.random() < 0.2:
            label = rng.choice(list(NAMES))
            name = rng.choice(NAMES[label]).split()
            ents.append((len(tokens), len(tokens) + len(name), label))
            tokens.extend(name)
        elif rng.random() < 0.02:
            tokens.extend(["ha", "dichiarato", ":", "«", *rng.sample(WORDS, 8), "»", "."])
        else:
            tokens.append(rng.choice(WORDS))
    doc = Doc(nlp.vocab, words=tokens)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def doc_to_record(doc: Doc, doc_id: str) -> dict:
    """A record as ``kit.records.parse_doc`` makes it: entities, and quotes between « and »."""
    ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "canonical": e.text,
             "source": "model"} for e in doc.ents]
    quotes, opened = [], None
    for token in doc:
        if token.text == "«":
            opened = token
        elif token.text == "»" and opened is not None:
            cue = doc[opened.i - 3 : opened.i - 1]
            quotes.append({"index": len(quotes), "start": doc[opened.i + 1].idx,
                           "end": token.idx - 1, "kind": "direct",
                           "cue": {"start": cue.start_char, "end": cue.end_char, "text": cue.text},
                           "speaker": None, "speaker_label": None, "speaker_mention": None,
                           "about": []})
            opened = None
    return {"id": doc_id, "title": f"Articolo {doc_id}", "text": doc.text, "ents": ents,
            "quotes": quotes}


def median_times(candidates: dict[str, Callable[[], object]], repeats: int) -> dict[str, dict]:
    """Median CPU and wall time of each candidate, interleaved so that load hits all alike."""
    for fn in candidates.values():  # warm-up
        fn()
    cpu: dict[str, list[float]] = {name: [] for name in candidates}
    wall: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(repeats):
        for name, fn in candidates.items():
            gc.collect()  # each run starts from the same heap (GC stays on while it runs)
            wall_start, cpu_start = time.perf_counter(), time.process_time()
            fn()
            cpu[name].append(time.process_time() - cpu_start)
            wall[name].append(time.perf_counter() - wall_start)
    return {name: {"cpu": statistics.median(cpu[name]), "wall": statistics.median(wall[name])}
            for name in candidates}


def candidates(docs: list[Doc], records: list[dict]) -> dict[str, Callable[[], object]]:
    """What is timed: displaCy, and kit drawing the same entities, then doing all it does."""
    timed: dict[str, Callable[[], object]] = {
        "displacy_ent": lambda: displacy.render(docs, style="ent", jupyter=False),
        "kit_ents_only": lambda: render_html(
            records, show_quotes=False, show_legend=False, show_header=False),
        "kit_full": lambda: render_html(records),
    }
    try:  # from the same Docs as displaCy, through the lead's parse_doc (no quotes: blank Docs)
        from kit.records import parse_doc

        parse_doc(docs[0])
        timed["kit_from_docs"] = lambda: render_html(docs)
    except Exception as error:  # noqa: BLE001 - a benchmark reports what it could not run
        print(f"  (kit_from_docs skipped: {error!r})")
    return timed


def bench(name: str, docs: list[Doc], repeats: int) -> dict:
    """Time displaCy and kit on ``docs``; return the figures (ratios from CPU time)."""
    records = [doc_to_record(doc, f"{name}-{i}") for i, doc in enumerate(docs)]
    n_ents = sum(len(doc.ents) for doc in docs)
    n_quotes = sum(len(r["quotes"]) for r in records)
    timings = median_times(candidates(docs, records), repeats)
    base = timings["displacy_ent"]["cpu"]
    return {
        "docs": len(docs), "tokens": sum(len(d) for d in docs), "entities": n_ents,
        "quotes": n_quotes,
        "cpu_seconds": {key: value["cpu"] for key, value in timings.items()},
        "wall_seconds": {key: value["wall"] for key, value in timings.items()},
        "per_entity_us": {key: value["cpu"] / n_ents * 1e6 for key, value in timings.items()},
        "ratio_to_displacy": {key: value["cpu"] / base for key, value in timings.items()
                              if key != "displacy_ent"},
    }


def report(name: str, figures: dict) -> None:
    """Print one scenario."""
    print(f"\n{name}: {figures['docs']} docs, {figures['tokens']} tokens, "
          f"{figures['entities']} entities, {figures['quotes']} quotes")
    for key, seconds in figures["cpu_seconds"].items():
        ratio = figures["ratio_to_displacy"].get(key)
        ratio_text = f"   x{ratio:.2f} of displaCy" if ratio is not None else ""
        wall = figures["wall_seconds"][key] * 1000
        print(f"  {key:<16} {seconds * 1000:8.1f} ms cpu ({wall:7.1f} wall)  "
              f"{figures['per_entity_us'][key]:6.2f} µs/entity{ratio_text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--long-words", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    nlp, rng = spacy.blank("it"), random.Random(args.seed)
    scenarios = {
        "many_articles": [make_doc(nlp, args.words, rng) for _ in range(args.docs)],
        "one_long_article": [make_doc(nlp, args.long_words, rng)],
    }
    results = {"python": platform.python_version(), "spacy": spacy.__version__,
               "repeats": args.repeats, "scenarios": {}}
    for name, docs in scenarios.items():
        figures = bench(name, docs, args.repeats)
        results["scenarios"][name] = figures
        report(name, figures)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
