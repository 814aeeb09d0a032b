"""The speed benchmarks time real article text (not a repr of it). Timing itself is never
asserted here: the figures live in ``benchmarks/``."""

from __future__ import annotations

import runpy
from pathlib import Path

import kit

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_speed_benchmark_reads_the_sample_articles_text(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    texts = runpy.run_path(str(BENCH / "bench_speed_vs_fr.py"), run_name="bench")["texts"](12)
    bodies = {doc.text.strip() for doc in kit.sample_articles()}
    assert len(texts) == 12 and len(bodies) == 10
    assert texts[10] == texts[0]  # the ten articles, repeated
    for text in texts:
        assert not text.startswith("Document(")
        assert text.strip() in bodies or any(text.strip() in body for body in bodies)
        assert len(text.split()) > 150
