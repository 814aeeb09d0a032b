"""Analysis speed and memory of ``kit.load()``'s pipeline, each figure against a baseline. Not a test.

Every measurement runs in a fresh interpreter (so peak memory is that run's own) and compares
with a baseline measured in the same run, because the machine is shared and noisy:

- ``corpus_1x/4x/16x``: ``kit.analyze`` on 1, 4 and 16 times a base corpus (16x is at least
  200,000 words: sample articles + generated news, see ``benchmarks/corpus.py``), in chunks of
  about 12,500 words; per chunk, spaCy's bare Italian tokenizer (``spacy.blank("it")``) runs on
  the same texts just before, and the kit's rule layer (entities, names, quotes, relations) is run
  again on the analysed Docs to time it alone. Words/s are medians over the chunks; time and peak
  memory should grow linearly (ratios 4x/1x and 16x/4x near 4);
- ``rule_layer_off`` (in the 1x run): the same pipeline with the rule layer disabled, directly;
  ``components`` (1x): seconds per component over the base corpus;
- ``long_document``: one document of 1x, 4x and 16x a base length (cost per word should stay flat);
- ``two_mb``: one 2,000,000-character document (``nlp.max_length``), rule-based pipeline
  (``model="blank"``) against the bare tokenizer: time and peak memory, with a time limit;
- ``n_process``: ``kit.analyze(..., n_process=2)`` against 1 (wall time, interleaved repeats);
- ``cold_start``: ``import kit; kit.load()`` in a fresh interpreter against
  ``import spacy; spacy.blank("it")``: time and peak memory (medians).

    .venv/bin/python benchmarks/bench_pipeline.py [--quick] [--model blank] [--only corpus,cold_start]
    .venv/bin/python benchmarks/bench_pipeline.py --only two_mb --two-mb-default --out benchmarks/results/two_mb.json

Figures are printed as a table and written to ``benchmarks/results/pipeline.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "benchmarks" / "results" / "pipeline.json"
CHUNK_WORDS = 12_500
SECTIONS = ("corpus", "long_document", "two_mb", "n_process", "cold_start")


# -- measuring ---------------------------------------------------------------------------------
def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def rss_mb() -> float:
    """Current resident memory (Linux /proc; the peak elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0


def median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def emit(data: dict) -> None:
    """One JSON line on stdout: children report this way (partial output survives a time limit)."""
    print(json.dumps(data), flush=True)


def load_average() -> list[float] | None:
    """1, 5 and 15 minute load averages: other jobs on the machine slow every figure."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def load_pipeline(model: str | None):
    import kit

    return kit.load(model=None if model in (None, "default") else model)


def chunks(texts: list[str], words: int) -> list[list[str]]:
    out, current, size = [], [], 0
    for text in texts:
        current.append(text)
        size += len(text.split())
        if size >= words:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


# -- children: each runs in a fresh interpreter ----------------------------------------------------
def child_corpus(params: dict) -> None:
    """Analyse a corpus of ``words`` words in chunks; tokenizer baseline and rule layer per chunk."""
    from benchmarks.corpus import build_corpus, count_words

    texts = build_corpus(params["words"], include_samples=True)
    import spacy

    import kit
    from kit.components import RULE_LAYER
    from kit.pipeline import rule_layer

    rss_start = rss_mb()
    with Clock() as load:
        nlp = load_pipeline(params["model"])
    tokenizer = spacy.blank("it")
    tokenizer.max_length = nlp.max_length
    kit.analyze(texts[:3], nlp, progress=False)  # warm-up: lookup tables, CLDR names, model
    list(tokenizer.pipe(texts[:3]))
    rss_loaded = rss_mb()
    rows, docs = [], []
    for chunk in chunks(texts, params["chunk_words"]):
        words = count_words(chunk)
        with Clock() as tok:
            list(tokenizer.pipe(chunk))
        with Clock() as full:
            analysed = kit.analyze(chunk, nlp, progress=False)
        with Clock() as rules:
            for doc in analysed:
                for _, proc in rule_layer(nlp):
                    proc(doc)
        docs.extend(analysed)
        rows.append({"words": words, "tokenizer_s": tok.wall, "kit_s": full.wall, "rule_layer_s": rules.wall,
                     "tokenizer_cpu_s": tok.cpu, "kit_cpu_s": full.cpu, "rule_layer_cpu_s": rules.cpu})
    total_words = sum(r["words"] for r in rows)
    result = {
        "base": nlp.meta.get("kit", {}).get("base"), "pipe_names": nlp.pipe_names,
        "texts": len(texts), "words": total_words, "characters": sum(map(len, texts)),
        "chunks": len(rows), "load_s": load.wall,
        "kit_s": sum(r["kit_s"] for r in rows), "kit_cpu_s": sum(r["kit_cpu_s"] for r in rows),
        "tokenizer_s": sum(r["tokenizer_s"] for r in rows), "rule_layer_s": sum(r["rule_layer_s"] for r in rows),
        # words/s from wall time (what a user waits); ratios from CPU time, steadier when other
        # jobs share the machine
        "kit_words_per_s": median(r["words"] / r["kit_s"] for r in rows),
        "kit_words_per_cpu_s": median(r["words"] / r["kit_cpu_s"] for r in rows),
        "tokenizer_words_per_s": median(r["words"] / r["tokenizer_s"] for r in rows),
        "tokenizer_words_per_cpu_s": median(r["words"] / r["tokenizer_cpu_s"] for r in rows),
        "kit_vs_tokenizer": median(r["kit_cpu_s"] / r["tokenizer_cpu_s"] for r in rows),
        "rule_layer_share": median(r["rule_layer_cpu_s"] / r["kit_cpu_s"] for r in rows),
        "without_rule_layer_words_per_s": median(r["words"] / (r["kit_s"] - r["rule_layer_s"]) for r in rows),
        "rss_start_mb": rss_start, "rss_loaded_mb": rss_loaded, "peak_rss_mb": peak_rss_mb(),
        "docs_kept": len(docs),
    }
    result["memory_growth_mb"] = result["peak_rss_mb"] - rss_loaded
    if params.get("extras"):
        # the same pipeline with the rule layer disabled, measured directly (interleaved repeats)
        # (CPU time, interleaved repeats, median)
        on, off = [], []
        for _ in range(params.get("repeats", 2)):
            with Clock() as c:
                kit.analyze(texts, nlp, progress=False)
            on.append(c.cpu)
            with nlp.select_pipes(disable=list(RULE_LAYER)):
                with Clock() as c:
                    kit.analyze(texts, nlp, progress=False)
            off.append(c.cpu)
        result["rule_layer_off"] = {"kit_cpu_s": median(on), "without_rule_layer_cpu_s": median(off),
                                    "kit_vs_without": median(on) / median(off),
                                    "kit_words_per_cpu_s": total_words / median(on),
                                    "without_words_per_cpu_s": total_words / median(off)}
        # seconds per component over the whole base corpus
        stream = [nlp.make_doc(t) for t in texts]
        components = {}
        for name, proc in nlp.pipeline:
            with Clock() as c:
                stream = list(proc.pipe(stream, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in stream]
            components[name] = c.wall
        result["components_s"] = components
    emit(result)


def child_long_document(params: dict) -> None:
    """One document per size, the sizes in order; a line per size (partial output is kept)."""
    from benchmarks.corpus import long_document

    import kit

    nlp = load_pipeline(params["model"])
    kit.analyze(long_document(2_000), nlp)
    for chars in params["sizes"]:
        text = long_document(chars)[:chars]
        before = rss_mb()
        with Clock() as c:
            doc = kit.analyze(text, nlp)
        emit({"chars": len(text), "words": len(text.split()), "tokens": len(doc), "s": c.wall,
              "cpu_s": c.cpu, "quotes": len(doc._.kit_quotes), "ents": len(doc.ents),
              "rss_before_mb": before, "peak_rss_mb": peak_rss_mb(), "base": nlp.meta["kit"]["base"]})
        del doc


def child_two_mb(params: dict) -> None:
    """One 2,000,000-character document: the bare tokenizer or the kit (time, peak memory)."""
    from benchmarks.corpus import long_document

    text = long_document(params["chars"])[: params["chars"]]
    rss_text = rss_mb()
    if params["variant"] == "tokenizer":
        import spacy

        nlp = spacy.blank("it")
        nlp.max_length = len(text) + 1
        nlp("Prova.")
        base = "spacy.blank"
    else:
        import kit

        nlp = load_pipeline(params["model"])
        kit.analyze("Prova di avvio: «una frase», ha detto Anna Neri.", nlp)
        base = nlp.meta["kit"]["base"]
    rss_loaded = rss_mb()
    emit({"started": True, "rss_loaded_mb": rss_loaded})
    with Clock() as c:
        doc = nlp(text) if params["variant"] == "tokenizer" else __import__("kit").analyze(text, nlp)
    emit({"variant": params["variant"], "base": base, "chars": len(text), "tokens": len(doc), "s": c.wall,
          "cpu_s": c.cpu, "rss_text_mb": rss_text, "rss_loaded_mb": rss_loaded, "peak_rss_mb": peak_rss_mb(),
          "growth_mb": peak_rss_mb() - rss_loaded})


def child_n_process(params: dict) -> None:
    from benchmarks.corpus import build_corpus, count_words

    import kit

    texts = build_corpus(params["words"], seed=3, include_samples=False)
    nlp = load_pipeline(params["model"])
    kit.analyze(texts[:2], nlp, progress=False)
    times: dict[int, list[float]] = {1: [], 2: []}
    counts = {}
    for _ in range(params["repeats"]):
        for n in (1, 2):
            with Clock() as c:
                docs = kit.analyze(texts, nlp, progress=False, n_process=n)
            times[n].append(c.wall)
            counts[n] = (sum(len(d._.kit_quotes) for d in docs), sum(len(d.ents) for d in docs))
    emit({"base": nlp.meta["kit"]["base"], "words": count_words(texts), "texts": len(texts),
          "n1_s": median(times[1]), "n2_s": median(times[2]), "speedup": median(times[1]) / median(times[2]),
          "same_output": counts[1] == counts[2], "cpus": os.cpu_count()})


COLD = {
    "kit": "import kit\nnlp = kit.load({model})\nbase = nlp.meta['kit']['base']",
    "spacy": "import spacy\nnlp = spacy.blank('it')\nbase = 'spacy.blank'",
}


def cold_script(variant: str, model: str | None) -> str:
    model_arg = "" if model in (None, "default") else f"model={model!r}"
    return ("import time, resource, json, sys\nt0 = time.perf_counter()\n"
            + COLD[variant].format(model=model_arg)
            + "\nt1 = time.perf_counter()\n"
            "print(json.dumps({'s': t1 - t0, 'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
            " 'base': base}))\n")


CHILDREN = {"corpus": child_corpus, "long_document": child_long_document, "two_mb": child_two_mb,
            "n_process": child_n_process}


# -- the parent --------------------------------------------------------------------------------------
def run_child(name: str, params: dict, timeout: float) -> tuple[list[dict], bool, float]:
    """Run a child; its JSON lines, whether it finished, and its wall time."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--params", json.dumps(params)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        out, finished = proc.stdout, proc.returncode == 0
        if proc.returncode != 0:
            print(f"  ! {name} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}", file=sys.stderr)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        finished = False
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return lines, finished, time.perf_counter() - start


def bench_corpus(model: str | None, quick: bool) -> dict:
    base_words = 3_000 if quick else CHUNK_WORDS
    chunk = 1_500 if quick else CHUNK_WORDS
    out = {"base_words": base_words}
    for factor in (1, 4, 16):
        params = {"model": model, "words": base_words * factor, "chunk_words": chunk,
                  "extras": factor == 1, "repeats": 2}
        lines, finished, wall = run_child("corpus", params, timeout=900)
        out[f"{factor}x"] = lines[-1] if finished and lines else {"error": "did not finish"}
        r = out[f"{factor}x"]
        if "kit_s" in r:
            print(f"  corpus {factor:>2}x: {r['words']:>7,} words  kit {r['kit_words_per_s']:>7,.0f} w/s  "
                  f"tokenizer {r['tokenizer_words_per_s']:>9,.0f} w/s  x{r['kit_vs_tokenizer']:.0f} slower  "
                  f"rule layer {r['rule_layer_share']:.0%}  peak {r['peak_rss_mb']:.0f} MB", flush=True)
    ok = all("kit_s" in out[f"{f}x"] for f in (1, 4, 16))
    if ok:
        one, four, sixteen = (out[f"{f}x"] for f in (1, 4, 16))
        out["linearity"] = {
            "time_4x_over_1x": four["kit_s"] / one["kit_s"], "time_16x_over_4x": sixteen["kit_s"] / four["kit_s"],
            "words_4x_over_1x": four["words"] / one["words"], "words_16x_over_4x": sixteen["words"] / four["words"],
            "memory_4x_over_1x": four["memory_growth_mb"] / max(one["memory_growth_mb"], 1e-9),
            "memory_16x_over_4x": sixteen["memory_growth_mb"] / max(four["memory_growth_mb"], 1e-9),
            "memory_mb_per_10k_words_16x": sixteen["memory_growth_mb"] / sixteen["words"] * 10_000,
            # the increment between 4x and 16x: what each extra 10,000 words kept costs
            "marginal_mb_per_10k_words": (sixteen["peak_rss_mb"] - four["peak_rss_mb"])
            / (sixteen["words"] - four["words"]) * 10_000,
        }
    return out


def exponent(small: dict, big: dict) -> float:
    """Growth exponent of time in document length: 1 is linear, 2 quadratic."""
    return math.log(big["s"] / small["s"]) / math.log(big["chars"] / small["chars"])


def bench_long_document(model: str | None, quick: bool) -> dict:
    base = 4_000 if quick else 6_000
    sizes = [base, base * 4, base * 16]
    limit = 90 if quick else 150
    lines, finished, wall = run_child("long_document", {"model": model, "sizes": sizes}, timeout=limit)
    for line in lines:
        print(f"  one document of {line['chars']:>7,} chars: {line['s']:7.2f} s "
              f"({line['words'] / line['s']:,.0f} words/s)", flush=True)
    out = {"sizes_chars": sizes, "runs": lines, "finished": finished, "time_limit_s": limit}
    if not finished:
        print(f"  one document of {sizes[len(lines)]:>7,} chars: not done after {limit} s (time limit)")
    if len(lines) >= 2:
        out["exponent_1x_4x"] = exponent(lines[0], lines[1])
    if len(lines) >= 3:
        out["exponent_4x_16x"] = exponent(lines[1], lines[2])
    return out


def bench_two_mb(quick: bool, with_default: bool = False) -> dict:
    """The bare tokenizer and the rule-based kit pipeline; the default (trained) pipeline too
    with ``with_default`` (about 2-3 minutes more on 2 cores, so not in the 10-minute run)."""
    chars = 2_000_000
    limit = 45 if quick else 75
    out = {"chars": chars, "time_limit_s": limit}
    variants = [("tokenizer", "tokenizer", "blank", limit), ("kit", "kit", "blank", limit)]
    if with_default:
        variants.append(("kit_default", "kit", None, 600))
    for name, variant, model, timeout in variants:
        lines, finished, wall = run_child("two_mb", {"variant": variant, "model": model, "chars": chars},
                                          timeout=timeout)
        result = [line for line in lines if "variant" in line]
        if finished and result:
            out[name] = result[-1]
            print(f"  2 MB document, {name:<11} ({result[-1]['base']}): {result[-1]['s']:6.1f} s, "
                  f"peak {result[-1]['peak_rss_mb']:.0f} MB (+{result[-1]['growth_mb']:.0f} MB over the loaded "
                  "pipeline)", flush=True)
        else:
            out[name] = {"error": f"not done after {timeout} s (time limit)", "wall_s": wall}
            print(f"  2 MB document, {name:<11}: not done after {timeout} s (time limit)", flush=True)
    return out


def bench_n_process(model: str | None, quick: bool) -> dict:
    params = {"model": model, "words": 4_000 if quick else 40_000, "repeats": 2}
    lines, finished, wall = run_child("n_process", params, timeout=600)
    if not (finished and lines):
        return {"error": "did not finish"}
    r = lines[-1]
    print(f"  n_process=2 vs 1 on {r['words']:,} words: {r['n2_s']:.1f} s vs {r['n1_s']:.1f} s "
          f"(x{r['speedup']:.2f}), same output: {r['same_output']}", flush=True)
    return r


def bench_cold_start(model: str | None, quick: bool) -> dict:
    repeats = 2 if quick else 3
    runs: dict[str, list[dict]] = {"kit": [], "spacy": []}
    for _ in range(repeats):
        for variant in runs:
            start = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", cold_script(variant, model)], capture_output=True,
                                  text=True, cwd=ROOT, timeout=300)
            wall = time.perf_counter() - start
            data = json.loads(proc.stdout.strip().splitlines()[-1])
            data["process_s"] = wall
            runs[variant].append(data)
    out = {}
    for variant, items in runs.items():
        out[variant] = {"s": median(r["s"] for r in items), "process_s": median(r["process_s"] for r in items),
                        "peak_rss_mb": median(r["peak_rss_mb"] for r in items), "base": items[0]["base"]}
    out["time_ratio"] = out["kit"]["s"] / out["spacy"]["s"]
    out["memory_ratio"] = out["kit"]["peak_rss_mb"] / out["spacy"]["peak_rss_mb"]
    print(f"  cold start: import kit; kit.load() {out['kit']['s']:.2f} s, {out['kit']['peak_rss_mb']:.0f} MB; "
          f"spacy.blank('it') {out['spacy']['s']:.2f} s, {out['spacy']['peak_rss_mb']:.0f} MB", flush=True)
    return out


def table(results: dict) -> list[tuple[str, str, str, str]]:
    """(figure, value, baseline, ratio) rows for the summary."""
    rows = []
    corpus = results.get("corpus", {})
    big = corpus.get("16x", {})
    if "kit_s" in big:
        rows.append((f"throughput, {big['words']:,} words ({big['base']})", f"{big['kit_words_per_s']:,.0f} words/s",
                     f"tokenizer {big['tokenizer_words_per_s']:,.0f} words/s",
                     f"tokenizer x{big['kit_vs_tokenizer']:.0f} faster"))
        rows.append(("  without the rule layer", f"{big['without_rule_layer_words_per_s']:,.0f} words/s",
                     "full pipeline", f"rule layer = {big['rule_layer_share']:.0%} of the time"))
    one = corpus.get("1x", {})
    if "rule_layer_off" in one:
        off = one["rule_layer_off"]
        rows.append((f"  rule layer disabled ({one['words']:,} words)", f"{off['without_words_per_cpu_s']:,.0f} words/cpu-s",
                     f"full {off['kit_words_per_cpu_s']:,.0f} words/cpu-s", f"full x{off['kit_vs_without']:.2f} slower"))
    if "linearity" in corpus:
        lin = corpus["linearity"]
        rows.append(("scaling time 1x->4x->16x", f"x{lin['time_4x_over_1x']:.2f}, x{lin['time_16x_over_4x']:.2f}",
                     f"words x{lin['words_4x_over_1x']:.2f}, x{lin['words_16x_over_4x']:.2f}", "linear = same"))
        rows.append(("scaling memory 1x->4x->16x", f"x{lin['memory_4x_over_1x']:.2f}, x{lin['memory_16x_over_4x']:.2f}",
                     f"peak +{lin['marginal_mb_per_10k_words']:.0f} MB per 10k more words kept",
                     "fixed working set + Docs kept"))
    long_doc = results.get("long_document", {})
    if long_doc.get("runs"):
        exps = [f"{long_doc[k]:.2f}" for k in ("exponent_1x_4x", "exponent_4x_16x") if k in long_doc]
        last = long_doc["runs"][-1]
        rows.append((f"one document, {long_doc['sizes_chars'][0]:,}-{long_doc['sizes_chars'][-1]:,} chars",
                     f"{last['s']:.1f} s for {last['chars']:,} chars" + ("" if long_doc["finished"] else " (then time limit)"),
                     "linear = exponent 1", "exponent " + ", ".join(exps)))
    two = results.get("two_mb", {})
    if two:
        tok, kitr = two.get("tokenizer", {}), two.get("kit", {})
        value = (f"{kitr['s']:.1f} s, peak {kitr['peak_rss_mb']:.0f} MB" if "s" in kitr else kitr.get("error", "-"))
        base = (f"tokenizer {tok['s']:.1f} s, peak {tok['peak_rss_mb']:.0f} MB" if "s" in tok else tok.get("error", "-"))
        ratio = f"x{kitr['s'] / tok['s']:.1f}" if "s" in kitr and "s" in tok else "-"
        rows.append(("2 MB document (blank)", value, base, ratio))
        default = two.get("kit_default", {})
        if default:
            value = (f"{default['s']:.1f} s, peak {default['peak_rss_mb']:.0f} MB" if "s" in default
                     else default.get("error", "-"))
            ratio = f"x{default['s'] / tok['s']:.0f}" if "s" in default and "s" in tok else "-"
            rows.append((f"2 MB document ({default.get('base', 'default')})", value, base, ratio))
    nproc = results.get("n_process", {})
    if "speedup" in nproc:
        rows.append((f"n_process=2 ({nproc['words']:,} words)", f"{nproc['n2_s']:.1f} s", f"n_process=1 {nproc['n1_s']:.1f} s",
                     f"x{nproc['speedup']:.2f} faster"))
    cold = results.get("cold_start", {})
    if "kit" in cold:
        rows.append(("cold start import kit; kit.load()", f"{cold['kit']['s']:.2f} s, {cold['kit']['peak_rss_mb']:.0f} MB",
                     f"spacy.blank {cold['spacy']['s']:.2f} s, {cold['spacy']['peak_rss_mb']:.0f} MB",
                     f"x{cold['time_ratio']:.1f} time, x{cold['memory_ratio']:.1f} memory"))
    return rows


def print_table(rows) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    header = ("figure", "value", "baseline (same run)", "ratio")
    widths = [max(w, len(h)) for w, h in zip(widths, header)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora (a few minutes)")
    parser.add_argument("--model", default="default", help="default (kit.load()'s choice), blank, kit or a path")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS))
    parser.add_argument("--two-mb-default", action="store_true",
                        help="also analyse the 2 MB document with the default pipeline (2-3 minutes more)")
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--params", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        CHILDREN[args.child](json.loads(args.params))
        return
    model = None if args.model == "default" else args.model
    started = time.perf_counter()
    results: dict = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                 "platform": platform.platform()},
                     "quick": args.quick, "model_requested": args.model}
    import spacy

    results["machine"]["spacy"] = spacy.__version__
    steps = {"corpus": lambda: bench_corpus(model, args.quick),
             "long_document": lambda: bench_long_document(model, args.quick),
             "two_mb": lambda: bench_two_mb(args.quick, args.two_mb_default),
             "n_process": lambda: bench_n_process(model, args.quick),
             "cold_start": lambda: bench_cold_start(model, args.quick)}
    for name in args.only.split(","):
        print(f"== {name}", flush=True)
        t0, load_before = time.perf_counter(), load_average()
        results[name] = steps[name]()
        results[name]["bench_wall_s"] = time.perf_counter() - t0
        results[name]["load_average_before_after"] = [load_before, load_average()]
    results["total_wall_s"] = time.perf_counter() - started
    results["table"] = [dict(zip(("figure", "value", "baseline", "ratio"), row)) for row in table(results)]
    print()
    print_table(table(results))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {out} ({results['total_wall_s']:.0f} s)")


if __name__ == "__main__":
    main()
