"""Train the cue model (:mod:`kit.speech.cue_model`) on the tune part of the real-news dev set.

``python -m kit.train --step cues`` runs the pipeline with the rules alone on
``data/realnews/tune.jsonl``, lets the cue rules try every verb with a clausal or object
complement that the rule file does not list (:func:`kit.components.quotes.unlisted_cue_quotes`)
and labels each reported quotation so found: right when it matches a gold reported quotation the
rules missed (``kit.evaluate.match_quotes``: overlap at least half the longer) and its speaker is
gold's (or gold has none), wrong otherwise. A logistic regression (L2, Adam, numpy) learns that
label from :func:`kit.speech.cue_model.cue_features`.

It prints a 5-fold cross-validation **by article** for each L2 strength of :data:`L2_GRID` (at
each threshold: quotations added, right, wrong), chooses the lowest threshold whose held-out
folds give at least :data:`RATIO` right for each wrong with at least :data:`MIN_RIGHT` right,
fits on the whole tune part and writes ``kit/lang/it/cue_model.json`` and ``cue_model.md``. With
no such threshold it writes the card alone (no weights: the quotation component then has no cue
model and the rules decide alone). The check part is never read here.
"""

from __future__ import annotations

from pathlib import Path

from .tune import FOLDS, OUT, TUNE, card_tail, fit_logistic, fold_of, model_meta, tune_docs, write_model

L2 = 0.03
#: the L2 strengths the cross-validation tries (the rarer the positives, the weaker the prior)
L2_GRID = (0.03, 0.003, 0.0003, 0.0001)
STEPS = 1500
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
#: right quotations for each wrong one the held-out folds must give (p > F/2 with a margin:
#: the check part's F1 is about 0.63-0.71)
RATIO = 2.0
MIN_RIGHT = 10


def label(candidate: dict, gold: list[dict], matched: set[int]) -> tuple[int, int]:
    """(reported, right) of one candidate quotation against an article's gold quotations:
    reported when it matches a gold reported quotation not in ``matched`` (those the rules
    found), right when besides its speaker is gold's (or gold names none)."""
    from kit.evaluate import QUOTE_GROUPS, match_quotes, names_match

    open_gold = [g for gi, g in enumerate(gold) if gi not in matched]
    found = match_quotes(open_gold, [candidate])
    if not found or QUOTE_GROUPS[open_gold[found[0][0]]["kind"]] != QUOTE_GROUPS["indirect"]:
        return 0, 0
    best = (None, open_gold[found[0][0]])
    g = best[1]
    return 1, int(not g.get("speaker") or bool(names_match(candidate.get("speaker"), g["speaker"])))


def article_examples(art: dict, doc, finder) -> list[dict]:
    """The examples of one gold article analysed into ``doc`` by the quotation component ``finder``
    (``kit_quotes``): one per candidate quotation, labelled against the quotations the rules missed."""
    from kit.components.quotes import cue_candidates
    from kit.evaluate import match_quotes
    from kit.model import Quote
    from kit.speech.cue_model import cue_features

    quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
    matched = {gi for gi, _ in match_quotes(art["quotes"], [q.to_dict() for q in quotes])}
    out = []
    for cand in cue_candidates(doc, finder.speech, finder.pairs, finder.min_direct_words, quotes):
        reported, right = label(cand.to_dict(), art["quotes"], matched)
        out.append({"article": art["id"], "features": cue_features(doc, cand, finder.speech),
                    "label": reported, "right": right, "text": cand.text[:60], "cue": cand.cue,
                    "rule": cand.rule, "speaker": cand.speaker})
    return out


def examples(path: Path = TUNE, quiet: bool = False) -> list[dict]:
    """One example per candidate quotation: article, features, label (reported), right."""
    articles, docs, finder = tune_docs(path)  # the model learns on top of the rules (the ranker off)
    out = [e for art, doc in zip(articles, docs) for e in article_examples(art, doc, finder)]
    if not quiet:
        print(f"{len(out)} candidate quotations after unlisted verbs in {len(articles)} articles "
              f"({sum(e['label'] for e in out)} match a gold reported quotation the rules missed, "
              f"{sum(e['right'] for e in out)} with its speaker)")
    return out


def fit(train: list[dict], l2: float = L2, steps: int = STEPS) -> dict[str, float]:
    """Weights of a logistic regression (:func:`kit.train.tune.fit_logistic`)."""
    return fit_logistic(train, l2, steps)


def held_out_probabilities(data: list[dict], l2: float = L2) -> list[float]:
    """Each example's probability from the model fitted on the other folds."""
    from kit.speech.cue_model import CueModel

    probs = [0.0] * len(data)
    for fold in range(FOLDS):
        train = [e for e in data if fold_of(e["article"]) != fold]
        model = CueModel(fit(train, l2))
        for i, e in enumerate(data):
            if fold_of(e["article"]) == fold:
                probs[i] = model.probability(e["features"])
    return probs


def cv_table(data: list[dict], probs: list[float]) -> list[dict]:
    """At each threshold: quotations added, right (span, kind and speaker), wrong."""
    rows = []
    for t in THRESHOLDS:
        kept = [e for e, p in zip(data, probs) if p >= t]
        right = sum(e["right"] for e in kept)
        rows.append({"threshold": t, "added": len(kept), "right": right, "wrong": len(kept) - right,
                     "span_right": sum(e["label"] for e in kept)})
    return rows


def choose(rows: list[dict]) -> dict | None:
    """The lowest threshold with at least RATIO right for each wrong and MIN_RIGHT right."""
    good = [r for r in rows if r["right"] >= MIN_RIGHT and r["right"] >= RATIO * r["wrong"]]
    return min(good, key=lambda r: r["threshold"]) if good else None


def train_cues(path: Path = TUNE, out: Path = OUT) -> dict:
    data = examples(path)
    tables = {}
    for l2 in L2_GRID:
        rows = cv_table(data, held_out_probabilities(data, l2))
        tables[l2] = rows
        print(f"cross-validation by article (5 folds), L2 {l2}: held-out quotations added at each threshold:")
        for r in rows:
            print(f"  threshold {r['threshold']:.2f}: added {r['added']}, right {r['right']} "
                  f"(span and kind {r['span_right']}), wrong {r['wrong']}")
    found = [(l2, choose(rows)) for l2, rows in tables.items() if choose(rows) is not None]
    # (the most right quotations among the settings that meet the ratio)
    l2, chosen = max(found, key=lambda x: (x[1]["right"], -x[1]["wrong"])) if found else (None, None)
    meta = {"threshold": chosen["threshold"] if chosen else None, "l2": l2, **model_meta(
        path, f"logistic regression, L2 {l2 if l2 is not None else list(L2_GRID)}, {STEPS} Adam steps",
        {"tables": {str(k): v for k, v in tables.items()}, "chosen": chosen},
        articles=len({e["article"] for e in data}), candidates=len(data),
        reported=sum(e["label"] for e in data), right=sum(e["right"] for e in data))}
    card = [
        "# Cue model (Italian): data card", "",
        "A logistic regression that decides whether a reported quotation found after a verb the rules",
        "did not take as a cue is reported speech; see `kit/speech/cue_model.py`. Its candidates: the cue",
        "rules run once more with the unlisted verbs of the text that have a clausal or object",
        "complement added to the speech verbs (`kit.components.quotes.unlisted_cue_quotes`), and any",
        "verb's *che* clause, *di* + infinitive or object in the parse where no quotation is",
        "(`complement_cue_quotes`), the rules' own content ends and speaker.", "",
        f"- Trained on: {meta['trained_on']}: {meta['articles']} articles with candidates, {len(data)} "
        f"candidate quotations ({meta['reported']} match a gold reported quotation the rules missed, "
        f"{meta['right']} with gold's speaker).",
        f"- Model: {meta['model']}.",
        "- Features: the lemma (hashed, 512 buckets), its floret vector and its closeness to the listed",
        "  speech verbs, the verb's morphology and complements in the parse, the word that opens the",
        "  content (*che*, *di*…), whether the rules list the verb, the speaker the rules find, lengths,",
        "  quote marks in the sentence.",
        "- Cross-validation on the tune part, 5 folds by article: held-out quotations added, right",
        "  (span, kind and speaker gold's, the speaker ranker off) and wrong, at each threshold:", "",
    ]
    for k, rows in tables.items():
        card += [f"L2 {k}:", "", "| threshold | added | right | span and kind right | wrong |", "|---|---|---|---|---|",
                 *[f"| {r['threshold']:.2f} | {r['added']} | {r['right']} | {r['span_right']} | {r['wrong']} |"
                   for r in rows], ""]
    if chosen:
        weights = fit(data, l2)
        card += [f"- Threshold chosen: {chosen['threshold']:.2f} (L2 {l2}), the lowest whose held-out folds give at "
                 f"least {RATIO:g} right for each wrong and {MIN_RIGHT} right (adding a quotation right with "
                 "probability p raises an F1 of F when p > F/2; the check part's F1 is 0.63-0.71).",
                 *card_tail(meta, "cues", weights)]
        write_model(out, "cue_model", meta, weights, card)
    else:
        card += [f"- **Not used.** No setting gives {RATIO:g} right for each wrong with at least {MIN_RIGHT} right on "
                 "the held-out folds: no weights are written and the quotation component has no cue model (the",
                 "  rules decide alone). The candidates are too rarely speech (a few in a hundred), and the ones",
                 "  that are spread over many verbs seen once or twice.",
                 f"- Licence (of the data it was tried on): {meta['licence']}.",
                 "- Reproduce: `python -m kit.train --step cues` (rewrites this card).", ""]
        (out / "cue_model.md").write_text("\n".join(card), encoding="utf-8")
        print(f"no threshold meets {RATIO:g}:1 with {MIN_RIGHT} right: wrote {out / 'cue_model.md'} only")
    return meta
