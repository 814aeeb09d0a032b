"""Train the speaker ranker (:mod:`kit.speech.ranker`) on the tune part of the real-news dev set.

``python -m kit.train --step speakers`` runs the pipeline with the rules alone on
``data/realnews/tune.jsonl``, pairs every predicted speech quotation with its gold quotation,
and fits a conditional logit (softmax over each quotation's candidates, L2-regularised, plain
gradient descent in numpy) whose target is the candidate naming the gold speaker (or "no
speaker" when the gold quotation has none). Quotations whose gold speaker is not among the
candidates teach nothing and are left out (their count is reported).

It first prints a 5-fold cross-validation **by article** on the tune part (speaker accuracy of
the rules vs rules + ranker), then fits on the whole tune part and writes the weights with a
data card to ``kit/lang/it/speaker_ranker.json`` and ``speaker_ranker.md``. The check part is
never read here: score it afterwards with ``python -m kit evaluate quotes data/realnews/check.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .tune import FOLDS, OUT, TUNE, adam, card_tail, fold_of, model_meta, tune_docs, write_model

L2 = 0.1
STEPS = 3000


def examples(path: Path = TUNE) -> list[dict]:
    """One example per matched speech quotation: article id, candidates, gold index, rule index."""
    from kit.evaluate import match_quotes
    from kit.model import Quote
    from kit.names import same_name
    from kit.speech.ranker import NONE, document_candidates, left_to_rules, rules_stand

    # the rules and the fragment model: the ranker learns on top of what it will see
    articles, docs, finder = tune_docs(path)
    out, unreachable = [], 0
    for art, doc in zip(articles, docs):
        quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
        cands = dict(document_candidates(doc, quotes, finder.speech))
        pred = [q.to_dict() for q in quotes]
        for gi, pi in match_quotes(art["quotes"], pred):
            gold = art["quotes"][gi]
            if gold["kind"] == "other" or pi not in cands:
                continue
            cs = cands[pi]
            speaker = gold.get("speaker")
            target = next((k for k, c in enumerate(cs) if (c.name == NONE if not speaker else
                                                          c.name != NONE and same_name(c.name, speaker))), None)
            rule = next((k for k, c in enumerate(cs) if c.features.get("rule")), 0)
            if target is None:
                unreachable += 1
            # "kept": the ranker leaves the quotation to the rules (it neither learns nor decides
            # there); "stands": naming that candidate, the ranker would leave the rules' choice
            out.append({"article": art["id"], "cands": cs, "target": target, "rule": rule,
                        "speaker": speaker, "names": [c.name for c in cs],
                        "kept": left_to_rules(doc, quotes[pi], finder.speech),
                        "stands": [rules_stand(doc, quotes, pi, cs, k, finder.speech) for k in range(len(cs))]})
    print(f"{len(out)} matched speech quotations in {len(articles)} articles; "
          f"{unreachable} whose gold speaker is not a candidate")
    return out


def fit(train: list[dict], l2: float | None = None, steps: int = STEPS) -> dict[str, float]:
    """Weights of a conditional logit over the candidates (examples with a reachable target)."""
    l2 = L2 if l2 is None else l2
    names = sorted({k for e in train for c in e["cands"] for k in c.features})
    index = {k: i for i, k in enumerate(names)}
    data = [e for e in train if e["target"] is not None and not e.get("kept")]
    # every candidate of every example one row of x; an example's rows start at starts[j]
    rows = [c.features for e in data for c in e["cands"]]
    starts = np.cumsum([0] + [len(e["cands"]) for e in data[:-1]])
    group = np.repeat(np.arange(len(data)), [len(e["cands"]) for e in data])
    x = np.zeros((len(rows), len(names)))
    for r, feats in enumerate(rows):
        for k, v in feats.items():
            x[r, index[k]] = v
    chosen = x[starts + np.array([e["target"] for e in data])].sum(axis=0)

    def gradient(w: np.ndarray) -> np.ndarray:  # of the mean negative log-likelihood + L2
        z = x @ w
        p = np.exp(z - np.maximum.reduceat(z, starts)[group])
        p /= np.add.reduceat(p, starts)[group]  # the softmax over each example's candidates
        return l2 * w + (x.T @ p - chosen) / len(data)

    w = adam(gradient, len(names), steps)
    return {k: round(float(w[i]), 4) for k, i in index.items() if abs(w[i]) > 1e-4}


def accuracy(test: list[dict], weights: dict[str, float] | None, null: bool = False) -> tuple[int, int]:
    """(correct, total) speaker choices on quotations with a gold speaker (the scorer's measure);
    with ``null``, on those the gold leaves without one (right when no speaker is given: a
    speaker there adds false speaker -> about pairs)."""
    from kit.names import same_name
    from kit.speech.ranker import NONE, SpeakerRanker

    ranker = SpeakerRanker(weights) if weights is not None else None
    ok = n = 0
    for e in test:
        if bool(e["speaker"]) == null:
            continue
        n += 1
        if ranker is None or e.get("kept"):  # the ranker leaves these to the rules
            choice = e["names"][e["rule"]]
        else:
            rule = e["names"][e["rule"]]
            best = ranker.choose(e["cands"], rule != NONE)  # (the decision SpeakerRanker.rerank takes)
            choice = rule if best is None or e["stands"][best] else e["names"][best]
        ok += choice == NONE if null else choice != NONE and same_name(choice, e["speaker"])
    return ok, n


def cross_validate(data: list[dict]) -> dict:
    """Speaker accuracy of the rules and of rules + ranker, 5 folds by article; and how many of
    the quotations the gold leaves without a speaker each leaves without one. Choose settings
    on both: the first alone rewards naming someone everywhere."""
    rules = ranked = total = null_rules = null_ranked = nulls = 0
    for fold in range(FOLDS):
        train = [e for e in data if fold_of(e["article"]) != fold]
        test = [e for e in data if fold_of(e["article"]) == fold]
        weights = fit(train)
        a, n = accuracy(test, None)
        b, _ = accuracy(test, weights)
        c, m = accuracy(test, None, null=True)
        d, _ = accuracy(test, weights, null=True)
        rules, ranked, total = rules + a, ranked + b, total + n
        null_rules, null_ranked, nulls = null_rules + c, null_ranked + d, nulls + m
        print(f"fold {fold}: {n} quotations, rules {a / max(n, 1):.3f}, rules + ranker {b / max(n, 1):.3f}")
    result = {"quotations": total, "rules": round(rules / total, 4), "ranker": round(ranked / total, 4),
              "gold_null": nulls, "null_rules": null_rules, "null_ranker": null_ranked}
    print(f"cross-validation by article on the tune part: rules {result['rules']}, rules + ranker {result['ranker']}; "
          f"of {nulls} quotations without a gold speaker, left without one: rules {null_rules}, rules + ranker {null_ranked}")
    return result


def train_speakers(path: Path = TUNE, out: Path = OUT) -> dict:
    data = examples(path)
    cv = cross_validate(data)
    weights = fit(data)
    n_articles = len({e["article"] for e in data})
    meta = model_meta(path, f"conditional logit over each quotation's candidates, L2 {L2}, {STEPS} Adam steps", cv,
                      articles=n_articles, quotations=len(data),
                      with_reachable_speaker=sum(e["target"] is not None for e in data))
    card = [
        "# Speaker ranker (Italian): data card", "",
        "A conditional logit that scores the names around each speech quotation (see",
        "`kit/speech/ranker.py`); the rules' choice is one of its features and the rules stay the",
        "explainable fallback (`kit_quotes` config `speaker_ranker = false`). Speakers it changes",
        "carry `speaker_rule = \"ranker\"`.", "",
        f"- Trained on: {meta['trained_on']}: {n_articles} articles, {len(data)} matched speech quotations "
        f"({meta['with_reachable_speaker']} with the gold speaker among the candidates).",
        f"- Model: {meta['model']}. Features: positions and syntax only (no words), the main ones crossed with the quotation's kind and with having a cue.",
        f"- Cross-validation on the tune part, 5 folds by article: speaker accuracy rules {cv['rules']:.3f} "
        f"-> rules + ranker {cv['ranker']:.3f} ({cv['quotations']} quotations); of the {cv['gold_null']} quotations "
        f"the gold leaves without a speaker, left without one: rules {cv['null_rules']}, rules + ranker {cv['null_ranker']}.",
        *card_tail(meta, "speakers", weights),
    ]
    write_model(out, "speaker_ranker", meta, weights, card)
    return meta
