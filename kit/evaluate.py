"""Scorers for NER and quotations, and ``python -m kit.evaluate ner|quotes FILE.jsonl``.

NER files use the JSONL schema of KIND/WikiNEuRal (one sentence per line: ``tokens``, ``tags``
or ``entities`` with token offsets). The pipeline runs on the given tokens (pre-tokenised Docs),
so spans are compared exactly. Two figures:

- span level: precision, recall, F1 per label and overall (exact span and label match);
- token level micro F1 over the gold labels, as the NERMuD 2023 scorer computes it (B-/I-
  prefixes stripped, every token one decision).

Labels the gold set lacks (MISC on KIND) are dropped from the predictions before scoring.

Quote files use the schema of ``shared/reference`` (one article per line). Matching follows its
README: a predicted quote matches a gold quote when their content spans overlap by at least half
of the longer one (one-to-one, best overlap first); detection is scored separately for direct
(direct + mixed), reported (indirect) and other quotes; speaker accuracy over matched speech
quotes with a gold speaker; who-speaks-about-whom as the per-article set of (speaker, about)
pairs, with names matched when all words of one are among the words of the other. With
``--bootstrap N`` every quote figure gets a 95 % interval over N resamplings of the articles, and
``--against`` another pipeline's figures with paired intervals of the differences.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .names import same_name as names_match  # the pipeline's matcher: scorer and pipeline agree

QUOTE_GROUPS = {"direct": "direct", "mixed": "direct", "indirect": "reported", "other": "other"}


# -- helpers ----------------------------------------------------------------------------------
def read_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: line {n} is not valid JSON ({err.msg})") from err
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


# -- NER --------------------------------------------------------------------------------------
def gold_spans(rec: dict) -> set[tuple[int, int, str]]:
    if "entities" in rec:
        return {(e["start"], e["end"], e["label"]) for e in rec["entities"]}
    spans, start, label = set(), None, None
    for i, tag in enumerate(list(rec["tags"]) + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def token_labels(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for start, end, label in spans:
        for i in range(start, end):
            labels[i] = label
    return labels


def predict_ner(nlp: Language, records: list[dict], batch_size: int = 64,
                by_article: bool = False) -> list[set[tuple[int, int, str]]]:
    """Predicted (start, end, label) token spans of each sentence record, one sentence at a
    time (the KIND / NERMuD protocol: the files give no document boundaries).

    With ``by_article`` consecutive sentences are read as the articles they come
    from (a title starts one: :func:`kit.devset.article_bounds`, from the tokens alone), as the
    kit reads real text, so that the document-level rules (one label per canonical name, a
    surname is the person named in full) see the whole article; spans are mapped back to their
    sentence and a span crossing a sentence boundary is dropped."""
    if not by_article:
        docs = (Doc(nlp.vocab, words=rec["tokens"]) for rec in records)
        return [{(e.start, e.end, e.label_) for e in doc.ents} for doc in nlp.pipe(docs, batch_size=batch_size)]
    from .devset import article_bounds

    groups = article_bounds(tuple(records))
    docs = []
    for first, last in groups:
        words = [w for rec in records[first:last + 1] for w in rec["tokens"]]
        starts = [True if i == 0 else None for rec in records[first:last + 1] for i in range(len(rec["tokens"]))]
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    out: list[set[tuple[int, int, str]]] = []
    for (first, last), doc in zip(groups, nlp.pipe(docs, batch_size=max(1, batch_size // 16))):
        offset = 0
        for rec in records[first:last + 1]:
            n = len(rec["tokens"])
            out.append({(e.start - offset, e.end - offset, e.label_) for e in doc.ents
                        if e.start >= offset and e.end <= offset + n})
            offset += n
    return out


def score_ner(records: list[dict], predictions: list[set[tuple[int, int, str]]]) -> dict:
    """Span-level P/R/F per label and overall, and NERMuD token-level micro F1."""
    gold_labels = sorted({label for rec in records for _, _, label in gold_spans(rec)})
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    tok_tp = tok_pred = tok_gold = 0
    for rec, pred in zip(records, predictions):
        gold = gold_spans(rec)
        pred = {s for s in pred if s[2] in gold_labels}
        for span in gold:
            n_gold[span[2]] += 1
        for span in pred:
            n_pred[span[2]] += 1
            if span in gold:
                tp[span[2]] += 1
        g_tok = token_labels(len(rec["tokens"]), gold)
        p_tok = token_labels(len(rec["tokens"]), pred)
        for g, p in zip(g_tok, p_tok):
            tok_gold += g != "O"
            tok_pred += p != "O"
            tok_tp += g != "O" and g == p
    per_label = {label: prf(tp[label], n_pred[label], n_gold[label]) for label in gold_labels}
    overall = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"sentences": len(records), "labels": gold_labels, "span": {"overall": overall, **per_label},
            "token_micro": prf(tok_tp, tok_pred, tok_gold)}


def evaluate_ner(nlp: Language, path: str | Path, by_article: bool = False) -> dict:
    records = read_jsonl(path)
    return score_ner(records, predict_ner(nlp, records, by_article=by_article))


# -- quotes -----------------------------------------------------------------------------------
def load_gold_articles(path: str | Path) -> list[dict]:
    """Gold articles of a quote file; entries of the real-news dev set (no ``text``, a KIND
    location and a checksum) get their text rebuilt from ``../shared`` (:mod:`kit.devset`)."""
    articles = read_jsonl(path)
    if any("text" not in a for a in articles):
        from .devset import rebuild

        articles = [a if "text" in a else rebuild(a) for a in articles]
    return articles


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_quotes(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index): overlap >= half the longer, best first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap((g["start"], g["end"]), (p["start"], p["end"]))
            longer = max(g["end"] - g["start"], p["end"] - p["start"])
            if ov and ov * 2 >= longer:
                candidates.append((ov / longer, gi, pi))
    used_g, used_p, matches = set(), set(), []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def _pairs(quotes: list[dict]) -> set[tuple[str, str]]:
    return {(q["speaker"], a) for q in quotes if q["kind"] != "other" and q.get("speaker")
            for a in q.get("about") or []}


def _pair_hits(pred: set[tuple[str, str]], gold: set[tuple[str, str]]) -> int:
    return sum(any(names_match(ps, gs) and names_match(pa, ga) for gs, ga in gold) for ps, pa in pred)


def drop_pending(gold_articles: list[dict], predicted: dict[str, list[dict]]
                 ) -> tuple[list[dict], dict[str, list[dict]]]:
    """Leave out the quotes an analyst has not reviewed yet (``"review": "pending"``, written by
    the review queue) and the predictions that match them, so a half-reviewed article is scored
    on its reviewed quotes only."""
    articles, kept = [], dict(predicted)
    for art in gold_articles:
        gold = art["quotes"]
        pending = {i for i, q in enumerate(gold) if q.get("review") == "pending"}
        if not pending:
            articles.append(art)
            continue
        pred = predicted.get(art["id"], [])
        matched = {pi for gi, pi in match_quotes(gold, pred) if gi in pending}
        articles.append({**art, "quotes": [q for i, q in enumerate(gold) if i not in pending]})
        kept[art["id"]] = [q for i, q in enumerate(pred) if i not in matched]
    return articles, kept


def article_counts(art: dict, pred: list[dict]) -> Counter:
    """The counts one article adds to the quote scores (summed by :func:`scores_from_counts`)."""
    counts: Counter = Counter()
    gold = art["quotes"]
    for q in gold:
        counts["gold_" + QUOTE_GROUPS[q["kind"]]] += 1
    for q in pred:
        counts["pred_" + QUOTE_GROUPS[q["kind"]]] += 1
    for gi, pi in match_quotes(gold, pred):
        g, p = gold[gi], pred[pi]
        if QUOTE_GROUPS[g["kind"]] == QUOTE_GROUPS[p["kind"]]:
            counts["tp_" + QUOTE_GROUPS[g["kind"]]] += 1
        if g["kind"] != "other" and g.get("speaker"):
            counts["speaker_n"] += 1
            counts["speaker_ok"] += names_match(p.get("speaker"), g["speaker"])
    gp, pp = _pairs(gold), _pairs(pred)
    counts["pair_pred"] += len(pp)
    counts["pair_gold"] += len(gp)
    counts["pair_tp_p"] += _pair_hits(pp, gp)
    counts["pair_tp_r"] += _pair_hits(gp, pp)
    return counts


def scores_from_counts(c: Counter | dict, articles: int) -> dict:
    """The quote scores of summed :func:`article_counts`."""
    c = Counter(c)
    groups = {g: prf(c["tp_" + g], c["pred_" + g], c["gold_" + g]) for g in ("direct", "reported", "other")}
    speech = prf(c["tp_direct"] + c["tp_reported"], c["pred_direct"] + c["pred_reported"],
                 c["gold_direct"] + c["gold_reported"])
    p = c["pair_tp_p"] / c["pair_pred"] if c["pair_pred"] else 0.0
    r = c["pair_tp_r"] / c["pair_gold"] if c["pair_gold"] else 0.0
    n = c["speaker_n"]
    return {
        "articles": articles, "detection": {**groups, "speech": speech},
        "speaker_accuracy": {"acc": round(c["speaker_ok"] / n, 4) if n else 0.0, "correct": c["speaker_ok"], "n": n},
        "who_about_whom": {"p": round(p, 4), "r": round(r, 4),
                           "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                           "pred": c["pair_pred"], "gold": c["pair_gold"]},
    }


def score_quotes(gold_articles: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """Scores of predicted quotes (``{article id: [quote dicts]}``) against gold articles."""
    total: Counter = Counter()
    for art in gold_articles:
        total.update(article_counts(art, predicted.get(art["id"], [])))
    return scores_from_counts(total, len(gold_articles))


#: the figures :func:`bootstrap_quotes` gives intervals for: (name, path into the scores)
BOOTSTRAPPED = (("speech F", ("detection", "speech", "f")), ("direct F", ("detection", "direct", "f")),
                ("reported F", ("detection", "reported", "f")), ("other F", ("detection", "other", "f")),
                ("speaker accuracy", ("speaker_accuracy", "acc")), ("who-about-whom F", ("who_about_whom", "f")))


def _figure(scores: dict, path: tuple[str, ...]) -> float | None:
    """One figure of the scores, or None where it has nothing to score (no gold and no
    prediction, no matched quotation with a gold speaker)."""
    record = scores
    for step in path[:-1]:
        record = record[step]
    if not record.get("n", 1) or not (record.get("pred", 1) or record.get("gold", 1)):
        return None
    return record[path[-1]]


def bootstrap_quotes(gold_articles: list[dict], predicted: dict[str, list[dict]], samples: int = 1000,
                     seed: int = 0, level: float = 0.95, baseline: dict[str, list[dict]] | None = None
                     ) -> dict[str, tuple[float, float]]:
    """Percentile intervals (``level``) of the quote scores over ``samples`` resamplings of the
    articles with replacement: how much a figure could move on another set of articles like
    these (the article is the unit: its quotes are not independent). With ``baseline`` (another
    pipeline's predictions for the same articles), intervals of the difference predicted -
    baseline, both scored on the same resampled articles (a paired comparison)."""
    import numpy as np

    runs = [predicted] if baseline is None else [predicted, baseline]
    per_run = [[article_counts(art, run.get(art["id"], [])) for art in gold_articles] for run in runs]
    keys = sorted({k for counts in per_run for c in counts for k in c})
    n = len(gold_articles)
    matrices = [np.array([[c[k] for k in keys] for c in counts], dtype=np.int64).reshape(n, len(keys))
                for counts in per_run]
    rng = np.random.default_rng(seed)
    values: dict[str, list[float]] = {name: [] for name, _ in BOOTSTRAPPED}
    for _ in range(samples):
        drawn = rng.integers(0, n, n) if n else np.zeros(0, dtype=np.int64)
        scores = [scores_from_counts(dict(zip(keys, (int(v) for v in m[drawn].sum(axis=0)))), n) for m in matrices]
        for name, path in BOOTSTRAPPED:
            figures = [_figure(sc, path) for sc in scores]
            if None not in figures:  # (a resampling with nothing to score is left out)
                values[name].append(figures[0] - (figures[1] if baseline is not None else 0.0))
    tail = (1 - level) / 2 * 100
    return {name: (round(float(np.percentile(v, tail)), 4), round(float(np.percentile(v, 100 - tail)), 4))
            if v else (0.0, 0.0) for name, v in values.items()}


def score_entities(gold_articles: list[dict], docs: list[Doc]) -> dict:
    """Exact-span entity scores on articles (character offsets), labels of the gold set only."""
    labels = sorted({e["label"] for a in gold_articles for e in a["entities"]})
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for art, doc in zip(gold_articles, docs):
        gold = {(e["start"], e["end"], e["label"]) for e in art["entities"]}
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}
        for s in gold:
            n_gold[s[2]] += 1
        for s in pred:
            n_pred[s[2]] += 1
            tp[s[2]] += s in gold
    return {"overall": prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
            **{label: prf(tp[label], n_pred[label], n_gold[label]) for label in labels}}


def quote_errors(gold_articles: list[dict], predicted: dict[str, list[dict]]) -> list[str]:
    """Readable lines for every missed, spurious, mis-typed or mis-attributed quote."""
    lines = []
    for art in gold_articles:
        text, gold, pred = art["text"], art["quotes"], predicted.get(art["id"], [])
        matches = match_quotes(gold, pred)
        matched_g = {g for g, _ in matches}
        matched_p = {p for _, p in matches}
        show = lambda q: repr(text[q["start"]:q["end"]][:70])  # noqa: E731
        for gi, q in enumerate(gold):
            if gi not in matched_g:
                lines.append(f"{art['id']}: MISSED {q['kind']} {q.get('speaker')!r} [{q.get('cue')}] {show(q)}")
        for pi, q in enumerate(pred):
            if pi not in matched_p:
                lines.append(f"{art['id']}: SPURIOUS {q['kind']} {q.get('speaker')!r} {show(q)}")
        for gi, pi in matches:
            g, p = gold[gi], pred[pi]
            if QUOTE_GROUPS[g["kind"]] != QUOTE_GROUPS[p["kind"]]:
                lines.append(f"{art['id']}: KIND gold {g['kind']} pred {p['kind']} {show(g)}")
            elif g["kind"] != "other" and g.get("speaker") and not names_match(p.get("speaker"), g["speaker"]):
                lines.append(f"{art['id']}: SPEAKER gold {g['speaker']!r} pred {p.get('speaker')!r} {show(g)}")
    return lines


ERROR_CAUSES = (
    "missed cue", "content span boundary", "kind confused", "false quote",
    "no speaker", "title not resolved", "speaker that is not a name", "wrong speaker",
)


def _not_a_name(name: str) -> bool:
    """A predicted speaker that no careful reader would give: no capitalised word (a common noun
    such as *dichiarazioni*), or a long phrase (a clause)."""
    words = name.split()
    return not any(w[:1].isupper() for w in words) or len(words) > 6


def error_causes(gold_articles: list[dict], predicted: dict[str, list[dict]],
                 titles: Iterable[str] = ()) -> dict[str, list[str]]:
    """Every quote error, grouped by its likely cause (see :data:`ERROR_CAUSES`).

    - *missed cue*: a gold quote that no predicted quote overlaps at all;
    - *content span boundary*: a predicted quote overlaps the gold one but by less than the
      matching threshold (the cue was found, the content span is wrong);
    - *kind confused*: matched, but direct/reported/other differ;
    - *false quote*: a predicted quote that overlaps no gold quote;
    - *no speaker*: matched, gold has a speaker, none predicted;
    - *title not resolved*: the predicted speaker is a description (a title word, no capital
      letter) where gold gives a name;
    - *speaker that is not a name*: the predicted speaker is a common noun, a clause or a number;
    - *wrong speaker*: another name than gold's.
    """
    title_words = {t.lower() for t in titles}
    out: dict[str, list[str]] = {cause: [] for cause in ERROR_CAUSES}
    for art in gold_articles:
        text, gold, pred = art["text"], art["quotes"], predicted.get(art["id"], [])
        matches = match_quotes(gold, pred)
        matched_g, matched_p = {g for g, _ in matches}, {p for _, p in matches}
        show = lambda q: repr(text[q["start"]:q["end"]][:70])  # noqa: E731
        for gi, g in enumerate(gold):
            if gi in matched_g:
                continue
            touching = any(_overlap((g["start"], g["end"]), (p["start"], p["end"])) for p in pred)
            cause = "content span boundary" if touching else "missed cue"
            out[cause].append(f"{art['id']}: {g['kind']} {g.get('speaker')!r} [{g.get('cue')}] {show(g)}")
        for pi, p in enumerate(pred):
            if pi not in matched_p and not any(
                    _overlap((g["start"], g["end"]), (p["start"], p["end"])) for g in gold):
                out["false quote"].append(f"{art['id']}: {p['kind']} {p.get('speaker')!r} {show(p)}")
        for gi, pi in matches:
            g, p = gold[gi], pred[pi]
            line = f"{art['id']}: gold {g.get('speaker')!r} pred {p.get('speaker')!r} {show(g)}"
            if QUOTE_GROUPS[g["kind"]] != QUOTE_GROUPS[p["kind"]]:
                out["kind confused"].append(f"{art['id']}: gold {g['kind']} pred {p['kind']} {show(g)}")
            elif g["kind"] == "other" or not g.get("speaker") or names_match(p.get("speaker"), g["speaker"]):
                continue
            elif not p.get("speaker"):
                out["no speaker"].append(line)
            elif not any(w[:1].isupper() for w in p["speaker"].split()) and (
                    set(p["speaker"].lower().split()) & title_words or not title_words):
                out["title not resolved"].append(line)
            elif _not_a_name(p["speaker"]) or p["speaker"][:1].isdigit():
                out["speaker that is not a name"].append(line)
            else:
                out["wrong speaker"].append(line)
    return out


def format_error_causes(causes: dict[str, list[str]], examples: int = 5) -> str:
    """A table of error counts by cause, most frequent first, with a few examples each."""
    total = sum(len(v) for v in causes.values()) or 1
    lines = ["Errors by cause:", f"  {'cause':<28}{'count':>6}{'share':>8}"]
    ranked = sorted(causes.items(), key=lambda kv: -len(kv[1]))
    for cause, items in ranked:
        lines.append(f"  {cause:<28}{len(items):>6}{len(items) / total:>8.0%}")
    for cause, items in ranked:
        if items and examples:
            lines.append(f"\n  {cause}:")
            lines += [f"    {item}" for item in items[:examples]]
    return "\n".join(lines)


def predict_quotes(nlp: Language, articles: list[dict]) -> tuple[dict[str, list[dict]], list[Doc]]:
    """``{article id: [quote dicts]}`` of ``nlp`` on gold articles, and the analysed Docs."""
    from .pipeline import analyze
    from .records.tables import quotes_table

    docs = analyze([{"id": a["id"], "text": a["text"], "title": a.get("title")} for a in articles],
                   nlp, progress=False)
    predicted: dict[str, list[dict]] = {}
    for row in quotes_table(docs).to_dict("records"):
        predicted.setdefault(row["doc_id"], []).append(
            {"start": int(row["start"]), "end": int(row["end"]), "kind": row["kind"],
             "speaker": row["speaker"] if isinstance(row["speaker"], str) else None,
             "about": list(row["about"])})
    return predicted, docs


def source_of(article_id: str) -> str:
    """The source file an article of the dev set comes from: its id before the colon
    (``WN_train:000123`` -> ``WN_train``), or the whole id when it has none."""
    return article_id.split(":", 1)[0]


def scores_by_source(articles: list[dict], predicted: dict[str, list[dict]], bootstrap: int = 0) -> dict:
    """:func:`score_quotes` for each source file of the articles (:func:`source_of`), with
    intervals over ``bootstrap`` resamplings of that source's articles: the dev set's Wikinews
    texts come from KIND's train and dev files, and the pipeline's NER was trained on the first."""
    groups: dict[str, list[dict]] = {}
    for art in articles:
        groups.setdefault(source_of(art["id"]), []).append(art)
    out = {}
    for source, group in sorted(groups.items()):
        out[source] = score_quotes(group, predicted)
        if bootstrap:
            out[source]["bootstrap"] = {"samples": bootstrap, "level": 0.95,
                                        "intervals": bootstrap_quotes(group, predicted, bootstrap)}
    return out


def evaluate_quotes(nlp: Language, path: str | Path, errors: bool = False, bootstrap: int = 0,
                    against: Language | None = None, by_source: bool = False) -> dict:
    """Quote scores of ``nlp`` on the gold articles of ``path``; with ``errors``, the errors by
    cause; with ``bootstrap`` N, 95 % intervals over N resamplings of the articles; with
    ``against`` (another pipeline), its scores and the difference, paired over the same
    resamplings when ``bootstrap`` is given; with ``by_source``, the scores of each source
    file's articles apart (:func:`scores_by_source`)."""
    gold = load_gold_articles(path)
    predicted, docs = predict_quotes(nlp, gold)
    articles, predicted = drop_pending(gold, predicted)
    scores = score_quotes(articles, predicted)
    if bootstrap:
        scores["bootstrap"] = {"samples": bootstrap, "level": 0.95,
                               "intervals": bootstrap_quotes(articles, predicted, bootstrap)}
    if by_source:
        scores["by_source"] = scores_by_source(articles, predicted, bootstrap)
    if against is not None:
        baseline = drop_pending(gold, predict_quotes(against, gold)[0])[1]
        other = score_quotes(articles, baseline)
        figures = {name: (_figure(scores, path), _figure(other, path)) for name, path in BOOTSTRAPPED}
        scores["against"] = {
            "pipeline": against.meta.get("kit", {}).get("base", against.meta.get("name")),
            "speed": against.meta.get("kit", {}).get("speed"), "without": against.meta.get("kit", {}).get("without", []),
            "scores": other,
            "difference": {name: round(a - b, 4) for name, (a, b) in figures.items() if None not in (a, b)}}
        if bootstrap:
            scores["against"]["intervals"] = bootstrap_quotes(articles, predicted, bootstrap, baseline=baseline)
    if errors:
        titles = nlp.get_pipe("kit_quotes").rules.titles if "kit_quotes" in nlp.pipe_names else ()
        scores["errors"] = quote_errors(articles, predicted)
        scores["error_causes"] = error_causes(articles, predicted, titles)
    if any(a.get("entities") for a in articles):
        scores["entities"] = score_entities(articles, docs)
    return scores


# -- command line -----------------------------------------------------------------------------
def format_scores(scores: dict) -> str:
    lines = []

    def row(name: str, s: dict) -> None:
        lines.append(f"  {name:<14} P {s['p']:.3f}  R {s['r']:.3f}  F {s['f']:.3f}"
                     + (f"  (gold {s['gold']}, pred {s['pred']})" if "gold" in s else ""))

    if "span" in scores:
        lines.append(f"NER, {scores['sentences']} sentences, exact spans:")
        for name, s in scores["span"].items():
            row(name, s)
        lines.append("NER, token level (NERMuD micro):")
        row("tokens", scores["token_micro"])
    if "detection" in scores:
        lines.append(f"Quotes, {scores['articles']} articles, detection:")
        for name, s in scores["detection"].items():
            row(name, s)
        sa = scores["speaker_accuracy"]
        lines.append(f"  speaker accuracy {sa['acc']:.3f} ({sa['correct']}/{sa['n']})")
        row("who-about-whom", scores["who_about_whom"])
        if "bootstrap" in scores:
            b = scores["bootstrap"]
            lines.append(f"  {b['level']:.0%} intervals ({b['samples']} resamplings of the articles):")
            lines.append("    " + ", ".join(f"{name} {lo:.3f}-{hi:.3f}" for name, (lo, hi) in b["intervals"].items()))
        if "against" in scores:
            a = scores["against"]
            whole = f", without the {' and the '.join(a['without'])}" if a.get("without") else ""
            lines.append(f"  minus {a['pipeline']} ({a['speed']}{whole}), on the same articles"
                         + (" (paired 95 % intervals):" if "intervals" in a else ":"))
            lines.append("    " + ", ".join(
                f"{name} {d:+.3f}" + (" ({:+.3f} to {:+.3f})".format(*a["intervals"][name]) if "intervals" in a else "")
                for name, d in a["difference"].items()))
        for source, sub in scores.get("by_source", {}).items():
            sa = sub["speaker_accuracy"]
            lines.append(f"  from {source} ({sub['articles']} articles): "
                         + ", ".join(f"{name} {sub['detection'][name]['f']:.3f}" for name in ("speech", "direct", "reported"))
                         + f", speaker accuracy {sa['acc']:.3f} ({sa['correct']}/{sa['n']})"
                         + f", who-about-whom {sub['who_about_whom']['f']:.3f}")
            if "bootstrap" in sub:
                lines.append("    " + ", ".join(f"{name} {lo:.3f}-{hi:.3f}"
                                                for name, (lo, hi) in sub["bootstrap"]["intervals"].items()))
        if "entities" in scores:
            lines.append("Entities on the same articles, exact spans:")
            for name, s in scores["entities"].items():
                row(name, s)
    return "\n".join(lines)


def add_parser(subparsers) -> None:
    """Register ``evaluate`` on ``python -m kit``'s sub-commands."""
    parser = subparsers.add_parser("evaluate", help="score NER or quotes against a gold JSONL file")
    _arguments(parser)
    parser.set_defaults(func=run)


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task", choices=["ner", "quotes"], help="what to score")
    parser.add_argument("files", nargs="+", help="gold JSONL file(s)")
    parser.add_argument("--model", default=None, help="base pipeline: blank, kit, a package or a path")
    parser.add_argument("--rules", default=None, help="rule file (default: kit/lang/it/rules.json)")
    parser.add_argument("--errors", action="store_true",
                        help="group the quote errors by cause, with examples (quotes task)")
    parser.add_argument("--examples", type=int, default=5, metavar="N",
                        help="examples shown per error cause with --errors (default 5)")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="quotes task: 95%% intervals of the scores over N resamplings of the articles")
    parser.add_argument("--speed", choices=["accurate", "fast"], default="accurate",
                        help="the pipeline variant to score (kit.load's speed)")
    parser.add_argument("--against", default=None, metavar="MODEL",
                        help="quotes task: also score this base pipeline and print the differences "
                             "(paired intervals with --bootstrap)")
    parser.add_argument("--against-speed", choices=["accurate", "fast"], default=None,
                        help="the variant of --against (default: --speed); alone, compares the two variants of --model")
    parser.add_argument("--without", action="append", choices=list(LEARNED_PARTS), default=[], metavar="PART",
                        help="quotes task: switch a learned part off (ranker, fragment-model; repeatable) and "
                             "print the differences with the whole pipeline, so its share shows")
    parser.add_argument("--by-source", action="store_true",
                        help="quotes task: also score the articles of each source file apart (the part of "
                             "their id before the colon: WN_train, WN_dev), with intervals under --bootstrap")
    parser.add_argument("--by-article", action="store_true",
                        help="ner task: read consecutive sentences as the articles they come from (titles "
                             "start one), so document-level name rules apply; default: one sentence at a time")
    parser.add_argument("--json", dest="json_out", default=None, help="also write the scores here")


#: the learned parts of the quotation component ``--without`` switches off (the rules decide
#: alone), by their name on the command line -> the component's attribute
LEARNED_PARTS = {"ranker": "ranker", "fragment-model": "fragments"}


def switch_off(nlp: Language, parts) -> Language:
    """``nlp`` with the learned ``parts`` of its quotation component switched off (names of
    :data:`LEARNED_PARTS`): the speaker ranker, the fragment model; ``nlp.meta["kit"]["without"]``
    lists them, so that what was scored says so."""
    parts = list(parts or ())
    unknown = [p for p in parts if p not in LEARNED_PARTS]
    if unknown:
        raise ValueError(f"no learned part {unknown[0]!r}: choose from {', '.join(LEARNED_PARTS)}")
    if parts and "kit_quotes" not in nlp.pipe_names:
        raise ValueError("the pipeline has no kit_quotes component to switch parts of off")
    for part in parts:
        setattr(nlp.get_pipe("kit_quotes"), LEARNED_PARTS[part], None)
    if parts:
        nlp.meta.setdefault("kit", {})["without"] = parts
    return nlp


#: said when a missing file is under ``shared/`` (the data folder beside the repository)
SHARED_HINT = (" (../shared is the project's shared data folder beside the repository, with KIND, "
               "WikiNEuRal and UD files; it is not part of the kit)")


def run(args: argparse.Namespace) -> int:
    from .pipeline import load

    for file in args.files:  # before the pipeline loads: a wrong path fails at once, in one line
        if not Path(file).is_file():
            raise FileNotFoundError(f"no such file: {file}" + (SHARED_HINT if "shared" in Path(file).parts else ""))
    if args.bootstrap < 0:
        raise ValueError(f"--bootstrap must be 0 or more, not {args.bootstrap}")
    if args.by_source and args.task != "quotes":
        raise ValueError("--by-source scores quotations by their articles' source: quotes task only")
    if args.without and args.task != "quotes":
        raise ValueError("--without switches off parts of the quotation component: quotes task only")
    nlp = switch_off(load(model=args.model, rules=args.rules, speed=args.speed), args.without)
    against = None
    if args.task == "quotes" and (args.against or args.against_speed or args.without):
        # (--without alone: against the same pipeline whole)
        against = load(model=args.against or args.model, rules=args.rules, speed=args.against_speed or args.speed)
    without = f", without the {' and the '.join(args.without)}" if args.without else ""
    print(f"pipeline: {nlp.meta.get('kit', {}).get('base')} {nlp.pipe_names}{without}")
    results = {}
    for file in args.files:
        scores = (evaluate_ner(nlp, file, args.by_article) if args.task == "ner"
                  else evaluate_quotes(nlp, file, args.errors, args.bootstrap, against, args.by_source))
        results[file] = scores
        print(f"\n== {file}")
        print(format_scores(scores))
        if "error_causes" in scores:
            print(format_error_causes(scores["error_causes"], examples=args.examples))
    if args.json_out:
        from .atomic import write_atomic

        write_atomic(args.json_out, json.dumps(results, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit.evaluate", description=__doc__.split("\n")[0])
    _arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
