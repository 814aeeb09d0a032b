"""Dates and outlets: what reading dates, the tables by period and outlet, and a filter change cost.

    .venv/bin/python benchmarks/bench_dates.py [--rows 5000] [--records 2000] [--out FILE]

- ``parse``: microseconds per distinct value of each date form (values are cached, so a corpus
  pays this once per distinct string), median of the values;
- ``load_corpus``: a CSV of ``--rows`` short articles with dates in mixed forms (one in ten bad)
  against the same CSV without dates;
- ``tables``: ``quotes_table``, ``relations_table`` (plain, ``by="source"``, ``by="month"``) on
  ``--records`` hand-made records of five quotes each;
- ``explorer``: ``kit.CorpusExplorer`` on those records: building it (every view drawn) and one
  outlet-filter change (the view on screen redrawn).

Synthetic data, no model: these are the kit's own costs, measured on this (shared, noisy) machine.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402
from kit.corpus import CorpusWarning  # noqa: E402
from kit.corpus.dates import _parse_cached, parse_date  # noqa: E402

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
FORMS = {
    "iso": lambda d: d.isoformat(),
    "iso_offset": lambda d: f"{d.isoformat()}T14:05:00+01:00",
    "dmy_slash": lambda d: d.strftime("%d/%m/%Y"),
    "dmy_dot": lambda d: d.strftime("%d.%m.%Y"),
    "italian": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "italian_time": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}, ore 14:05",
    "bad": lambda d: f"{MONTHS[d.month - 1]} {d.year}",
}
OUTLETS = ["Gazzetta Civica", "Corriere Meridiano", None, "Il Giornale del Lago"]
NAMES = [f"Persona {i}" for i in range(40)]


def days(n: int, seed: int = 0) -> list[date]:
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    return [start + timedelta(days=rng.randrange(3650)) for _ in range(n)]


def bench_parse(n: int = 300) -> dict:
    out = {}
    for form, write in FORMS.items():
        values = list(dict.fromkeys(write(d) for d in days(n, seed=hash(form) % 1000)))
        _parse_cached.cache_clear()
        parse_date("2020-01-01")  # the parsers' language data, loaded once
        times = []
        for value in values:
            start = time.perf_counter()
            try:
                parse_date(value)
            except ValueError:
                pass
            times.append(time.perf_counter() - start)
        out[form] = round(1e6 * statistics.median(times), 1)
    return out


def bench_load(rows: int) -> dict:
    forms = list(FORMS.values())
    with tempfile.TemporaryDirectory() as tmp:
        dated, plain = Path(tmp) / "dated.csv", Path(tmp) / "plain.csv"
        lines = [f'a{i},"{forms[i % len(forms)](d)}",Il testo numero {i}.' for i, d in enumerate(days(rows))]
        dated.write_text("id,date,text\n" + "\n".join(lines) + "\n", encoding="utf-8")
        plain.write_text("id,text\n" + "\n".join(f"a{i},Il testo numero {i}." for i in range(rows)) + "\n",
                         encoding="utf-8")
        timings = {}
        for name, path in (("without_dates", plain), ("with_dates", dated)):
            _parse_cached.cache_clear()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CorpusWarning)
                start = time.perf_counter()
                corpus = kit.load_corpus(path)
                timings[name] = time.perf_counter() - start
        return {"rows": rows, "s_without_dates": round(timings["without_dates"], 3),
                "s_with_dates": round(timings["with_dates"], 3),
                "ms_per_dated_row": round(1000 * (timings["with_dates"] - timings["without_dates"]) / rows, 3),
                "bad_dates": len(corpus.summary.bad_dates)}


def records(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i, d in enumerate(days(n, seed)):
        quotes = [{"index": j, "start": 0, "end": 5, "kind": "direct", "text": "testo",
                   "speaker": rng.choice(NAMES), "speaker_label": "PER", "about": rng.sample(NAMES, 2)}
                  for j in range(5)]
        meta = {"date": d.strftime("%d/%m/%Y")}
        if OUTLETS[i % len(OUTLETS)]:
            meta["source"] = OUTLETS[i % len(OUTLETS)]
        out.append({"id": f"r{i}", "title": f"r{i}", "text": "testo " * 50, "meta": meta, "ents": [],
                    "quotes": quotes, "relations": []})
    return out


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return round(time.perf_counter() - start, 3)


def bench_tables(recs: list[dict]) -> dict:
    return {"records": len(recs), "quotes": len(recs) * 5,
            "s_quotes_table": timed(lambda: kit.quotes_table(recs)),
            "s_relations_table": timed(lambda: kit.relations_table(recs)),
            "s_relations_by_source": timed(lambda: kit.relations_table(recs, by="source")),
            "s_relations_by_month": timed(lambda: kit.relations_table(recs, by="month"))}


def bench_explorer(recs: list[dict]) -> dict:
    import matplotlib

    matplotlib.use("Agg")
    holder = {}
    build = timed(lambda: holder.setdefault("explorer", kit.CorpusExplorer(recs)))
    explorer = holder["explorer"]
    change = timed(lambda: setattr(explorer.filters.outlets, "value", ("Gazzetta Civica",)))
    assert explorer.last_error is None
    return {"records": len(recs), "s_build_all_views": build, "s_outlet_filter_change": change,
            "kept": len(explorer.filters.kept)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "dates.json"))
    args = parser.parse_args(argv)
    recs = records(args.records)
    result = {"parse_us_per_value": bench_parse(), "load_corpus": bench_load(args.rows),
              "tables": bench_tables(recs), "explorer": bench_explorer(recs)}
    print(json.dumps(result, indent=2))
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
