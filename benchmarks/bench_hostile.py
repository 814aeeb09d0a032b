"""Hostile input: time and memory of the guards, and what a broken corpus costs (figures, no asserts).

    .venv/bin/python benchmarks/bench_hostile.py               # everything (about 10 minutes)
    .venv/bin/python benchmarks/bench_hostile.py --only runs,regex --quick

Sections (``--only`` takes a comma-separated list):

- ``runs``: one punctuation character repeated n times, through spaCy's bare tokenizer (quadratic:
  stopped at 8,000) and through the kit's tokenizer (``kit.pipeline.runs``: linear), then whole documents of
  such runs through ``kit.analyze``;
- ``regex``: ``^(a+)+$`` on n letters and a ``!`` with Python's ``re`` (doubling per letter), and
  what ``kit.load_rules`` says about it;
- ``memory``: peak resident memory of a fresh interpreter analysing one 1,000,000-character
  article through each path (``kit.analyze``, ``kit.analyze_corpus``, ``python -m kit report``);
- ``corpus``: a folder with one of every broken input ``kit.load_corpus`` meets (the categories in
  ``tests/test_hostile_corpus.py``), read and reported: inputs per category, crashes, rows lost;
- ``fuzz``: random hostile strings through every export (CSV, JSON Lines, GEXF, the shared
  notebook's widget state), parsed back: crashes, values changed, live formulas or markup.

Writes ``benchmarks/results/hostile.json`` (``hostile-quick.json`` with ``--quick``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

MEMORY_SCRIPT = r"""
import resource, sys, time, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {root!r})
import kit
from kit.pipeline import analyze_corpus
path, model, folder = {path!r}, {model!r}, {folder!r}
text = open(folder + "/long.txt", encoding="utf-8").read()
base = None
if path != "report":
    nlp = kit.load(model=model)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
if path == "analyze":
    doc = kit.analyze(text, nlp, progress=False)
elif path == "analyze_corpus":
    doc = analyze_corpus([text], nlp, cache_dir=folder + "/cache", progress=False)[0]
elif path == "nlp":
    doc = nlp(text)
else:
    from kit.__main__ import main
    assert main(["report", folder + "/long.txt", "-o", folder + "/out", "--model", model, "-q",
                 "--cache", folder + "/cache-report"]) == 0
seconds = time.perf_counter() - start
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, base or 0, round(seconds, 1))
"""


def section_runs(quick: bool) -> dict:
    import spacy

    import kit
    from kit.pipeline.runs import RunSplittingTokenizer

    bare = spacy.blank("it").tokenizer
    guarded = RunSplittingTokenizer(spacy.blank("it").tokenizer)
    out: dict = {"bare_tokenizer_s": {}, "kit_tokenizer_s": {}, "analyze_s": {}}
    for n in (2000, 4000, 8000) if not quick else (2000, 4000):
        start = time.perf_counter()
        bare("«" * n)
        out["bare_tokenizer_s"][n] = round(time.perf_counter() - start, 3)
    for n in (4000, 16000, 256000, 2_000_000) if not quick else (4000, 256000):
        start = time.perf_counter()
        doc = guarded("«" * n)
        out["kit_tokenizer_s"][n] = round(time.perf_counter() - start, 3)
        assert doc.text == "«" * n
    nlp = kit.load(model="blank")
    for label, unit in (("«", "«"), ("!", "!"), ("emoji", "😀"), ("«31a", "«" * 31 + "a"), ("mixed", "«!$_ ")):
        n = 200_000 if quick else 1_000_000
        text = (unit * (n // len(unit) + 1))[:n]
        start = time.perf_counter()
        doc = kit.analyze(text, nlp, progress=False)
        out["analyze_s"][f"{label} x{n:,}"] = round(time.perf_counter() - start, 2)
        assert doc.text == text
    for key, values in out.items():
        print(f"  {key}: " + ", ".join(f"{k}: {v}" for k, v in values.items()), flush=True)
    return out


def section_regex(quick: bool) -> dict:
    from kit.rules import RuleError, load_rules

    out: dict = {"re_seconds": {}}
    for n in (16, 18, 20, 22) if not quick else (16, 18, 20):
        start = time.perf_counter()
        re.match(r"^(a+)+$", "a" * n + "!")
        out["re_seconds"][n] = round(time.perf_counter() - start, 3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rules.json"
        path.write_text(json.dumps({"entity_patterns": [
            {"label": "PER", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}]}]}), encoding="utf-8")
        start = time.perf_counter()
        try:
            load_rules(path)
            out["load_rules"] = "accepted"
        except RuleError as err:
            out["load_rules"] = str(err).replace(folder, "<tmp>")
        out["load_rules_s"] = round(time.perf_counter() - start, 3)
    print(f"  re.match('^(a+)+$', 'a'*n + '!'): {out['re_seconds']}", flush=True)
    print(f"  load_rules: {out['load_rules']} ({out['load_rules_s']} s)", flush=True)
    return out


def _long_text(n_chars: int) -> str:
    articles = sorted((ROOT / "kit" / "lang" / "it" / "articles").glob("*.txt"))
    if not articles:
        raise FileNotFoundError("the sample articles are missing (kit/lang/it/articles)")
    parts, size = [], 0
    while size < n_chars:
        for article in articles:
            text = article.read_text(encoding="utf-8")
            parts.append(text)
            size += len(text) + 2
    return "\n\n".join(parts)[:n_chars]


def section_memory(quick: bool, models: list[str]) -> dict:
    n_chars = 200_000 if quick else 1_000_000
    out: dict = {"characters": n_chars}
    paths = ["nlp", "analyze", "analyze_corpus", "report"]
    for model in models:
        out[model] = {}
        for path in paths:
            with tempfile.TemporaryDirectory() as folder:
                Path(folder, "long.txt").write_text(_long_text(n_chars), encoding="utf-8")
                script = MEMORY_SCRIPT.format(root=str(ROOT), path=path, model=model, folder=folder)
                result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                        timeout=3600)
            if result.returncode != 0:
                out[model][path] = {"error": result.stderr.strip().splitlines()[-1:]}
                print(f"  {model} {path}: failed {out[model][path]}", flush=True)
                continue
            peak, base, seconds = result.stdout.split()[-3:]
            out[model][path] = {"peak_mb": int(peak) // 1024, "after_load_mb": int(base) // 1024,
                                "seconds": float(seconds)}
            print(f"  {model} {path}: peak {int(peak) // 1024} MB (after loading {int(base) // 1024} MB), "
                  f"{seconds} s", flush=True)
    return out


def section_corpus(quick: bool) -> dict:
    """Every broken input of the reliability tests, in one folder, through load_corpus and report."""
    from tests.test_hostile_corpus import build_hostile_folder

    from kit.__main__ import main
    from kit.corpus import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        expected = build_hostile_folder(folder)
        crashes = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                corpus = load_corpus(folder)
            except Exception as err:  # noqa: BLE001
                crashes += 1
                print(f"  load_corpus crashed: {err!r}")
                corpus = None
            codes = []
            for _ in range(2):  # twice: the second run must not read the first one's output
                try:
                    codes.append(main(["report", str(folder), "-o", str(folder / "out"), "--model", "blank", "-q"]))
                except Exception as err:  # noqa: BLE001
                    codes.append(f"{type(err).__name__}: {err}")
        crashes += sum(code != 0 for code in codes)
        documents_reported = []
        documents_csv = folder / "out" / "documents.csv"
        if documents_csv.exists():
            documents_reported = list(csv.reader(io.StringIO(documents_csv.read_bytes().decode("utf-8-sig"))))[1:]
        read = set(corpus.ids) if corpus else set()
        listed = {s.where for s in corpus.summary.skipped} if corpus else set()
        lost = sorted(set(expected["documents"]) - read)
        unlisted = sorted(set(expected["skipped"]) - listed)
        out = {"categories": len(expected["categories"]), "inputs": expected["categories"],
               "documents_expected": len(expected["documents"]), "documents_read": len(read),
               "skips_expected": len(expected["skipped"]), "skips_listed": len(listed),
               "crashes": crashes, "rows_lost_silently": len(lost) + len(unlisted),
               "report_runs": [str(c) for c in codes], "documents_in_report": len(documents_reported)}
        print(f"  {out['categories']} categories, {sum(expected['categories'].values())} inputs: "
              f"{out['documents_read']}/{out['documents_expected']} documents read, "
              f"{out['skips_listed']} skips listed ({out['skips_expected']} expected), "
              f"crashes {crashes}, rows lost silently {out['rows_lost_silently']}; report runs: "
              f"{out['report_runs']}, {out['documents_in_report']} documents in the report", flush=True)
        return out


HOSTILE_PIECES = ["=1+1", "+39", "-5", "@SUM(A1)", "\t", "\r", "\n", "\r\n", "<!--<script>", "</script>",
                  "<b>", "&amp;", "\x00", "\x01", "\x0b", "\x1f", "\ufffe", "\uffff", "\u2028", "\"", "'",
                  "$x^2$", "$", "\\", "😀", "«", "»", "ß", "\ud7ff", "\ue000", " "]


def _hostile_string(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.7:
            pieces.append(rng.choice(HOSTILE_PIECES))
        else:
            pieces.append("".join(chr(rng.choice([rng.randint(32, 0x2FF), rng.randint(0, 0x10FFFF)]))
                                  for _ in range(rng.randint(1, 5))))
    text = "".join(pieces)
    return re.sub("[\ud800-\udfff]", "", text)  # lone surrogates cannot be written as UTF-8


def section_fuzz(quick: bool) -> dict:
    import networkx as nx
    import pandas as pd

    from kit.records.export import to_csv, to_jsonl
    from kit.records.graph import to_gexf
    from kit.safety import unescape_formula, xml_safe
    from kit.view.share import notebook_html
    from tests.test_safe_outputs import _widget_notebook

    rng = random.Random(15)
    n = 500 if quick else 5000
    strings = [_hostile_string(rng) for _ in range(n)]
    counts = {"strings": n, "crashes": 0, "csv_changed": 0, "csv_rows_broken": 0, "csv_live_formulas": 0,
              "jsonl_changed": 0,
              "gexf_not_xml": 0, "gexf_changed": 0, "share_script_breaks": 0, "share_changed": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for batch_start in range(0, n, 50):
            batch = strings[batch_start:batch_start + 50]
            try:
                table = pd.DataFrame({"speaker": batch, "text": batch[::-1]})
                path = to_csv(table, Path(tmp) / "t.csv")
                rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))[1:]
                counts["csv_live_formulas"] += sum(cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                                                   for row in rows for cell in row)
                counts["csv_changed"] += sum([unescape_formula(c) for c in row] != [a, b]
                                             for row, a, b in zip(rows, batch, batch[::-1]))
                counts["csv_rows_broken"] += abs(len(rows) - len(batch))
                lines = to_jsonl(table, Path(tmp) / "t.jsonl").read_text(encoding="utf-8").split("\n")[:-1]
                counts["jsonl_changed"] += sum(json.loads(line) != {"speaker": a, "text": b}
                                               for line, a, b in zip(lines, batch, batch[::-1]))
                relations = pd.DataFrame({"speaker": batch, "speaker_label": ["PER"] * len(batch),
                                          "target": batch[::-1], "target_label": ["ORG"] * len(batch),
                                          "n_quotes": [1] * len(batch), "doc_ids": [[s] for s in batch]})
                try:
                    graph = nx.read_gexf(to_gexf(relations, Path(tmp) / "g.gexf"))
                    labels = sorted(label for _, label in graph.nodes(data="label"))
                    counts["gexf_changed"] += labels != sorted(xml_safe(s) for s in set(batch))
                except Exception:  # noqa: BLE001
                    counts["gexf_not_xml"] += 1
                for value in batch[:5]:
                    page = notebook_html(_widget_notebook(value))
                    body = re.search(r'<script type="application/vnd\.jupyter\.widget-state\+json">(.*?)</script>',
                                     page, flags=re.S).group(1)
                    counts["share_script_breaks"] += any(c in body for c in "<>&")
                    counts["share_changed"] += json.loads(body)["state"]["m1"]["state"]["value"] != value
            except Exception as err:  # noqa: BLE001
                counts["crashes"] += 1
                print(f"  crash: {err!r}")
    print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="runs,regex,memory,corpus,fuzz")
    parser.add_argument("--models", default="blank,default",
                        help="pipelines for the memory section (default = kit.load()'s choice)")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    from kit.pipeline import available_models

    models = [available_models()[0] if m == "default" else m for m in args.models.split(",")]
    results: dict = {"quick": args.quick}
    for name in args.only.split(","):
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        if name == "memory":
            results[name] = section_memory(args.quick, list(dict.fromkeys(models)))
        else:
            results[name] = globals()[f"section_{name}"](args.quick)
        results[name]["section_seconds"] = round(time.perf_counter() - start, 1)
    out = Path(args.out) if args.out else HERE / "results" / ("hostile-quick.json" if args.quick else "hostile.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    os.environ.setdefault("TQDM_DISABLE", "1")
    main()
