"""Train the fragment model (:mod:`kit.speech.fragments`) on the tune part of the real-news dev set.

``python -m kit.train --step fragments`` runs the pipeline with the rules alone on
``data/realnews/tune.jsonl``, takes every quote-marked fragment the rules call *mixed* or
*other*, and labels it with the kind of its gold quotation: the speaker's words (*mixed* or
*direct*) or not (*other*, or no gold quotation at all). A logistic regression (L2, Adam, numpy)
learns that label from :func:`kit.speech.fragments.fragment_features`.

It first prints a 5-fold cross-validation **by article** on the tune part (how many fragments
the rules and the model label right), then fits on the whole tune part and writes the weights
with a data card to ``kit/lang/it/fragment_kinds.json`` and ``fragment_kinds.md``. The check
part is never read here: score it afterwards with ``python -m kit evaluate quotes
data/realnews/check.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

from .tune import FOLDS, OUT, ROOT, TUNE, card_tail, fit_logistic, fold_of, model_meta, tune_docs, write_model

L2 = 0.1
STEPS = 2000


def examples(path: Path = TUNE, quiet: bool = False) -> list[dict]:
    """One example per marked fragment the rules call mixed or other: article, features, label."""
    from kit.evaluate import match_quotes
    from kit.model import Quote
    from kit.speech.fragments import fragment_features

    articles, docs, finder = tune_docs(path, fragments=False)  # the model learns on top of the rules
    out = []
    for art, doc in zip(articles, docs):
        quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
        gold_of = {pi: gi for gi, pi in match_quotes(art["quotes"], [q.to_dict() for q in quotes])}
        for pi, quote in enumerate(quotes):
            if quote.kind not in ("mixed", "other"):
                continue
            gold = art["quotes"][gold_of[pi]]["kind"] if pi in gold_of else None
            out.append({"article": art["id"], "features": fragment_features(doc, quote, finder.speech),
                        "label": int(gold in ("mixed", "direct")), "rule": int(quote.kind == "mixed")})
    if not quiet:
        print(f"{len(out)} marked fragments called mixed or other by the rules in {len(articles)} articles "
              f"({sum(e['label'] for e in out)} are the speaker's words in the gold)")
    return out


def fit(train: list[dict], l2: float = L2, steps: int = STEPS) -> dict[str, float]:
    """Weights of a logistic regression (:func:`kit.train.tune.fit_logistic`)."""
    return fit_logistic(train, l2, steps)


MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2)


def cross_validate(data: list[dict], margin: float = 0.0, quiet: bool = False) -> dict:
    from kit.speech.fragments import FragmentModel

    rules = model = total = good = bad = 0
    for fold in range(FOLDS):
        train = [e for e in data if fold_of(e["article"]) != fold]
        test = [e for e in data if fold_of(e["article"]) == fold]
        clf = FragmentModel(fit(train), margin=margin)
        a = b = 0
        for e in test:
            pred = int(clf.decide(e["features"], bool(e["rule"])))
            a += e["rule"] == e["label"]
            b += pred == e["label"]
            if pred != e["rule"]:
                good, bad = good + (pred == e["label"]), bad + (pred != e["label"])
        rules, model, total = rules + a, model + b, total + len(test)
        if not quiet:
            print(f"fold {fold}: {len(test)} fragments, rules {a / max(len(test), 1):.3f}, "
                  f"rules + model {b / max(len(test), 1):.3f}")
    result = {"fragments": total, "rules": round(rules / total, 4), "model": round(model / total, 4),
              "flips_right": good, "flips_wrong": bad, "margin": margin}
    print(f"cross-validation by article on the tune part, margin {margin}: rules {result['rules']}, "
          f"rules + model {result['model']} ({good} decisions flipped right, {bad} wrong)")
    return result


REFERENCE = ROOT.parent / "shared" / "reference" / "putin_kim_gold.jsonl"


def reference_wrong(weights: dict[str, float], margin: float, path: Path = REFERENCE) -> int:
    """How many fragments of the reference article the model would label against its gold (the
    reference article must keep its scores); 0 when the file is absent."""
    if not path.exists():
        return 0
    from kit.speech.fragments import FragmentModel

    data = examples(path, quiet=True)
    model = FragmentModel(weights, margin=margin)
    return sum(int(model.decide(e["features"], bool(e["rule"]))) != e["label"] for e in data)


def choose_margin(data: list[dict], weights: dict[str, float]) -> dict:
    """The cross-validation of the margin that labels most fragments right (the larger margin,
    fewer flips, on a tie), among the margins that leave the reference article as its gold says."""
    results = [cross_validate(data, m, quiet=True) for m in MARGINS]
    results = [r for r in results if not reference_wrong(weights, r["margin"])] or results[-1:]
    return max(results, key=lambda r: (r["model"], r["margin"]))


def train_fragments(path: Path = TUNE, out: Path = OUT) -> dict:
    data = examples(path)
    weights = fit(data)
    cv = choose_margin(data, weights)
    meta = {"margin": cv["margin"], **model_meta(
        path, f"logistic regression, L2 {L2}, {STEPS} Adam steps", cv, articles=len({e["article"] for e in data}),
        fragments=len(data), speakers_words=sum(e["label"] for e in data))}
    card = [
        "# Fragment model (Italian): data card", "",
        "A logistic regression that decides whether a short quote-marked fragment is the speaker's",
        "words (*mixed*) or a name, title or scare quote (*other*); see `kit/speech/fragments.py`. The",
        "rules' decision is one of its features and the rules stay the explainable fallback",
        "(`kit_quotes` config `fragment_model = false`). Fragments it relabels carry a `rule` ending",
        "in `+fragment-model`.", "",
        f"- Trained on: {meta['trained_on']}: {meta['articles']} articles, {len(data)} fragments the rules "
        f"call mixed or other ({meta['speakers_words']} are the speaker's words in the gold).",
        f"- Model: {meta['model']}; it overturns the rules only when its probability is more than "
        f"{cv['margin']} from 0.5 (the margin, chosen by the cross-validation below among {list(MARGINS)}, "
        "keeping the reference article `../shared/reference` as its gold says).",
        "- Features: quote marks, length, capitals, parts of speech, a speech",
        "  verb, a person or a naming word (*cosiddetto*, *campagna*) before the fragment; no words of the",
        "  fragment itself.",
        f"- Cross-validation on the tune part, 5 folds by article, at that margin: fragments labelled right, rules "
        f"{cv['rules']:.3f} -> rules + model {cv['model']:.3f} ({cv['flips_right']} flips right, "
        f"{cv['flips_wrong']} wrong).",
        *card_tail(meta, "fragments", weights),
    ]
    write_model(out, "fragment_kinds", meta, weights, card)
    return meta
