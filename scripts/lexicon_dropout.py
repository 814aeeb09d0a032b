"""How much of the tune part's reported-speech recall rests on verbs listed because of its articles.

    python scripts/lexicon_dropout.py            # the tune part, 5 folds by article
    python scripts/lexicon_dropout.py --cues     # also the cue model's held-out table under those lists

The rule file's speech verbs grew from the tune part of the real-news dev set, so the rules' figures
there flatter the list: on unseen news a verb met once may be missing. For each of the five article
folds of :func:`kit.train.tune.fold_of`, this drops the listed single-word verbs whose gold cues
on the tune part occur **only in that fold's articles** (those a list written on the other four
folds would not hold; verbs no tune cue uses stay, as a list written from knowledge of the
language would hold them), runs the pipeline with that list on the fold's articles (the speaker
ranker off, as when the small models train) and scores the whole tune part so predicted against
the same pipeline with the whole list. The difference is what the list's tune-only verbs give.

With ``--cues`` the candidates of the learned cue model (:func:`kit.components.quotes.cue_candidates`)
are collected under the dropped lists too, so that the verbs of a fold are unlisted there as a
new verb is on unseen text, and the model's held-out table (:mod:`kit.train.cues`) is printed.

Reads the tune part only (its gold cues and texts); the check part is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def fold_only_verbs(cue_lemmas: Iterable[tuple[str, set[str]]], listed: set[str], fold_of, folds: int) -> dict[int, list[str]]:
    """Fold -> the ``listed`` verbs among the lemmas of gold cues of that fold's articles alone.

    ``cue_lemmas``: (article id, lemmas of one gold cue's words) pairs; ``fold_of``: article id ->
    fold."""
    seen: dict[str, set[int]] = {}
    for article, lemmas in cue_lemmas:
        for lemma in lemmas & listed:
            seen.setdefault(lemma, set()).add(fold_of(article))
    return {k: sorted(v for v, where in seen.items() if where == {k}) for k in range(folds)}


def without_verbs(rules, drop: set[str]):
    """``rules`` with the verbs of ``drop`` taken out of every speech-verb list."""
    return rules.replace(
        speech_verbs=[v for v in rules.speech_verbs if v not in drop],
        object_speech_verbs=[v for v in rules.object_speech_verbs if v not in drop],
        speech_verbs_need_object={v: nouns for v, nouns in rules.speech_verbs_need_object.items() if v not in drop})


def listed_verbs(rules) -> set[str]:
    return {v for v in (*rules.speech_verbs, *rules.object_speech_verbs, *rules.speech_verbs_need_object) if " " not in v}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", action="store_true", help="also the cue model's held-out table under the dropped lists")
    args = parser.parse_args(argv)

    import kit
    from kit.evaluate import load_gold_articles, predict_quotes, score_quotes, switch_off
    from kit.rules import load_rules
    from kit.train.cues import article_examples, cv_table, held_out_probabilities
    from kit.train.tune import FOLDS, TUNE, fold_of

    articles = load_gold_articles(TUNE)
    rules = load_rules(lang="it")
    listed = listed_verbs(rules)
    nlp = switch_off(kit.load(rules=rules), ["ranker"])
    cues = [(a["id"], q["cue"]) for a in articles for q in a["quotes"] if q.get("cue") and q["kind"] != "other"]
    lemmas = ((art, {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc})
              for (art, _), doc in zip(cues, nlp.pipe([c for _, c in cues], batch_size=256)))
    dropped = fold_only_verbs(lemmas, listed, fold_of, FOLDS)
    print(f"{len(listed)} single-word verbs listed; dropped in each fold (its articles alone use them):")
    for k, verbs in dropped.items():
        print(f"  fold {k}: {len(verbs)}: {', '.join(verbs)}")

    whole, _ = predict_quotes(nlp, articles)  # (the scorer's own reading of the Docs)
    fewer: dict[str, list[dict]] = {}
    examples = []
    for k in range(FOLDS):
        fold_nlp = switch_off(kit.load(rules=without_verbs(rules, set(dropped[k]))), ["ranker"])
        finder = fold_nlp.get_pipe("kit_quotes")
        part = [a for a in articles if fold_of(a["id"]) == k]
        predicted, docs = predict_quotes(fold_nlp, part)
        fewer.update(predicted)
        if args.cues:
            examples += [e for art, doc in zip(part, docs) for e in article_examples(art, doc, finder)]
    print("\ntune part, ranker off        reported P / R / F          speech F   speaker accuracy")
    for name, pred in (("whole list", whole), ("fold-only verbs dropped", fewer)):
        s = score_quotes(articles, pred)
        r, sp = s["detection"]["reported"], s["speaker_accuracy"]
        print(f"  {name:<26} {r['p']:.3f} / {r['r']:.3f} / {r['f']:.3f} (tp {r['tp']})   "
              f"{s['detection']['speech']['f']:.3f}      {sp['acc']:.3f} ({sp['correct']}/{sp['n']})")
    if args.cues:
        print(f"\ncue model candidates under the dropped lists: {len(examples)}, "
              f"{sum(e['label'] for e in examples)} match a reported quotation the rules missed, "
              f"{sum(e['right'] for e in examples)} with its speaker")
        for l2 in (0.003, 0.0003):
            rows = [r for r in cv_table(examples, held_out_probabilities(examples, l2)) if r["added"]]
            print(f"  L2 {l2}: held-out (threshold: added, right, wrong) "
                  + "; ".join(f"{r['threshold']:.2f}: {r['added']}, {r['right']}, {r['wrong']}" for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
