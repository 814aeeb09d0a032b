"""What the small models trained on the tune part of the real-news dev set share: the tune
documents analysed by the rules, article folds, Adam, and writing weights with their data card.
Used by :mod:`kit.train.fragments` and :mod:`kit.train.speakers`; the check part is never read."""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TUNE = ROOT / "data" / "realnews" / "tune.jsonl"
OUT = ROOT / "kit" / "lang" / "it"
FOLDS = 5
LICENCE = "weights derived from KIND Wikinews text (CC BY-NC 4.0): non-commercial use"


def tune_docs(path: Path = TUNE, fragments: bool = True):
    """(gold articles, analysed Docs, the quotation component) of ``path``, the speaker ranker
    switched off (the models learn on top of the rules) and the fragment model too unless
    ``fragments``. With ``KIT_TRAIN_CACHE`` set to a folder, the model's output is cached there
    (:func:`kit.analyze_corpus`) and a second run re-applies only the rules."""
    import kit
    from kit.evaluate import load_gold_articles, switch_off
    from kit.pipeline import analyze, analyze_corpus

    articles = load_gold_articles(path)
    nlp = switch_off(kit.load(), ["ranker"] + ([] if fragments else ["fragment-model"]))
    finder = nlp.get_pipe("kit_quotes")
    inputs = [{"id": a["id"], "text": a["text"]} for a in articles]
    cache = os.environ.get("KIT_TRAIN_CACHE")
    docs = (analyze_corpus(inputs, nlp, cache_dir=cache, progress=False, on_error="raise") if cache
            else analyze(inputs, nlp, progress=False))
    return articles, docs, finder


def fold_of(article: str) -> int:
    """The cross-validation fold of an article (stable across runs)."""
    return zlib.crc32(article.encode()) % FOLDS


def adam(gradient: Callable[[np.ndarray], np.ndarray], size: int, steps: int, rate: float = 0.05) -> np.ndarray:
    """Weights minimising a smooth loss given its ``gradient``, by ``steps`` of Adam from zero."""
    w = np.zeros(size)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        grad = gradient(w)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def fit_logistic(train: list[dict], l2: float, steps: int) -> dict[str, float]:
    """Weights of a logistic regression on ``train`` (dicts with ``features``, a name -> value
    dict, and a 0/1 ``label``), L2 ``l2`` on every weight but ``bias``, ``steps`` of Adam; weights
    under 1e-4 left out. Shared by the fragment model and the cue model."""
    names = sorted({k for e in train for k in e["features"]})
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for r, e in enumerate(train):
        for k, v in e["features"].items():
            x[r, index[k]] = v
    y = np.array([e["label"] for e in train], dtype=float)
    penalty = np.array([0.0 if k == "bias" else l2 for k in names])

    def gradient(w: np.ndarray) -> np.ndarray:  # of the mean log-loss + L2
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        return x.T @ (p - y) / len(y) + penalty * w

    w = adam(gradient, len(names), steps)
    return {k: round(float(w[i]), 4) for k, i in index.items() if abs(w[i]) > 1e-4}


def model_meta(path: Path, model: str, cv: dict, **counts) -> dict:
    """What a small model's card says of its training: the data, the model, the cross-validation."""
    from datetime import date

    return {"trained_on": f"{path.relative_to(ROOT)} (tune part of the real-news dev set; the check "
                          "part is never read)", **counts, "model": model,
            "cross_validation_5_folds_by_article": cv, "date": date.today().isoformat(), "licence": LICENCE}


def write_model(out: Path, stem: str, meta: dict, weights: dict[str, float], card: list[str]) -> None:
    """``<stem>.json`` (meta and weights, written whole or not at all) and its card ``<stem>.md``."""
    tmp = out / f"{stem}.json.tmp"
    tmp.write_text(json.dumps({"meta": meta, "weights": dict(sorted(weights.items()))}, indent=1,
                              ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(out / f"{stem}.json")
    (out / f"{stem}.md").write_text("\n".join(card), encoding="utf-8")
    print(f"wrote {out / (stem + '.json')} ({len(weights)} weights) and {stem}.md")


def card_tail(meta: dict, step: str, weights: dict[str, float]) -> list[str]:
    """The lines every data card ends with: where it is scored, its licence, how to reproduce
    it, its largest weights."""
    return ["- Check part: scored in the README's quotation table (`python -m kit evaluate quotes "
            "data/realnews/check.jsonl`).",
            f"- Licence: {meta['licence']}.", f"- Reproduce: `python -m kit.train --step {step}`.", "",
            *largest(weights)]


def largest(weights: dict[str, float], n: int = 15) -> list[str]:
    """Table rows of the ``n`` largest weights, for a data card."""
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:n]
    return ["Largest weights:", "", "| feature | weight |", "|---|---|", *[f"| `{k}` | {v:+.2f} |" for k, v in top], ""]
