"""The speaker ranker's training: the vectorised conditional logit, and the quotations the ranker
decides (what it learns from and how its cross-validation scores it) are those ``rerank``
decides; and two choices of the ranker where the rules' stand (a place of a name, a body for a
named person). Sentences written for these tests (none comes from a gold set)."""
from __future__ import annotations

import numpy as np
import pytest

import kit
from kit.model import Quote
from kit.speech import ranker as R
from kit.train.speakers import accuracy, fit

from .helpers import spoken


def _cand(name: str, **features: float) -> R.Candidate:
    return R.Candidate(name, "PER" if name != R.NONE else None, name, 0, 0, dict(features))


def _example(article: str, target: int, kept: bool = False) -> dict:
    """Three candidates (no one, a far name, a near subject); ``target`` the gold one."""
    cands = [_cand(R.NONE, is_none=1.0), _cand("Anna Neri", d1=1.0), _cand("Paolo Rossi", d0=1.0, subj=1.0)]
    speaker = None if target == 0 else cands[target].name
    return {"article": article, "cands": cands, "target": target, "rule": 1, "speaker": speaker,
            "names": [c.name for c in cands], "kept": kept, "stands": [False] * len(cands)}


def _loop_gradient(train: list[dict], weights: dict[str, float], l2: float = 0.1) -> dict[str, float]:
    """The gradient of the mean negative log-likelihood + L2, one example at a time (the
    reference the vectorised one in :func:`fit` must equal)."""
    names = sorted({k for e in train for c in e["cands"] for k in c.features})
    w = np.array([weights.get(k, 0.0) for k in names])
    data = [e for e in train if e["target"] is not None and not e["kept"]]
    grad = l2 * w
    for e in data:
        x = np.array([[c.features.get(k, 0.0) for k in names] for c in e["cands"]])
        z = x @ w
        p = np.exp(z - z.max())
        p /= p.sum()
        grad += (x.T @ p - x[e["target"]]) / len(data)
    return dict(zip(names, grad))


def test_fit_learns_the_deciding_feature():
    """The near subject is the gold speaker in most examples: its features weigh for it, and the
    weights are at the optimum of the loss (the loop's gradient vanishes there)."""
    train = [_example(f"a{i}", 2) for i in range(8)] + [_example("b", 1), _example("c", 0)]
    weights = fit(train, steps=3000)
    assert weights["subj"] > 0 and weights["d0"] > weights.get("d1", 0.0)
    assert max(abs(g) for g in _loop_gradient(train, weights).values()) < 1e-3
    assert accuracy([_example("t", 2)], weights) == (1, 1)


def test_fit_leaves_out_the_quotations_the_rules_keep():
    """Examples the ranker leaves to the rules (``kept``) teach nothing: the far name, the
    target of kept examples only, gets no weight for it."""
    train = [_example(f"a{i}", 2) for i in range(6)] + [_example(f"k{i}", 1, kept=True) for i in range(20)]
    weights = fit(train, steps=2000)
    assert weights["subj"] > 0 and weights.get("d1", 0.0) <= 0
    # and in the accuracy they keep the rules' choice (the far name, candidate 1)
    assert accuracy([_example("t", 1, kept=True)], weights) == (1, 1)
    assert accuracy([_example("t", 1)], weights) == (0, 1)


def test_accuracy_keeps_the_rules_where_they_stand():
    """Where naming the ranker's best candidate would leave the rules' choice (``stands``), the
    cross-validation scores the rules' choice, as ``rerank`` does."""
    weights = fit([_example(f"a{i}", 2) for i in range(8)], steps=2000)
    standing = _example("t", 1)
    assert accuracy([standing], weights) == (0, 1)
    standing["stands"][2] = True
    assert accuracy([standing], weights) == (1, 1)


def _candidates(nlp, text):
    doc = kit.analyze(text, nlp)
    speech = nlp.get_pipe("kit_quotes").speech
    quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
    return doc, speech, quotes, dict(R.document_candidates(doc, quotes, speech))


def test_left_to_rules(shipped):
    """A subject described with an article and resolved by the rules (*il vicesindaco*) is left
    to them; the same quotation with a plain subject rule is the ranker's to decide."""
    text = "Il sindaco Carlo Neri ha premiato Anna Rossi. Il vicesindaco ha poi aggiunto: «Siamo orgogliosi di lei»."
    doc, speech, quotes, _ = _candidates(shipped, text)
    (quote,) = quotes
    assert quote.speaker_rule.startswith("subject+description")
    assert R.left_to_rules(doc, quote, speech)
    from dataclasses import replace
    assert R.left_to_rules(doc, replace(quote, speaker_rule="agent"), speech)
    assert not R.left_to_rules(doc, replace(quote, speaker_rule="subject", speaker_mention="Carlo Neri"), speech)


def test_rules_stand_for_a_possessor(shipped):
    """The rules named no one and the ranker's candidate is the one a noun is *of* (*la madre
    di X*): the rules' no one stands; no one is never vetoed."""
    text = "Ieri è morta la madre di Marco Bellini. Secondo quanto è stato riferito, «la signora soffriva da tempo»."
    doc, speech, quotes, cands = _candidates(shipped, text)
    ((i, cs),) = cands.items()
    names = [c.name for c in cs]
    assert names == [R.NONE, "Marco Bellini"] and quotes[i].speaker is None
    assert R.rules_stand(doc, quotes, i, cs, 1, speech)
    assert not R.rules_stand(doc, quotes, i, cs, 0, speech)


@pytest.mark.parametrize("text,places", [
    # a place after "di" qualifying a name, a capitalised noun or a number-word: the ranker's
    # choice of it leaves the rules' one
    ("Il museo resterà chiuso. Secondo la Soprintendenza di Firenze, «i lavori finiranno entro l'estate».",
     [("Firenze", True)]),
    ("Il 30enne di Gallarate ha raccontato ai medici di essere stato aggredito da due uomini.", [("Gallarate", True)]),
    ("I residenti di via Roma di Bologna protestano. «Non si dorme più», si legge su un cartello.",
     [("Bologna", True)]),
    # the look-alikes: a place whose words a noun of words names, a place a source opens, still speak
    ("Dura la risposta di Mosca: «Nessuna trattativa è possibile».", [("Mosca", False)]),
    ("Da Pechino fanno sapere che il test è stato un successo.", [("Pechino", False)]),
])
def test_place_of_a_name_speaks_not(shipped, text, places):
    """*la Soprintendenza di Firenze*, *il 30enne di Gallarate*: the place qualifies the name
    before it, as after a lower-case noun (*il sindaco di Roma*); it stays a candidate (its share
    of the softmax does not go to the names around it) but the ranker does not name it."""
    doc, speech, quotes, cands = _candidates(shipped, text)
    found = [(c.name, R.rules_stand(doc, quotes, i, cs, k, speech))
             for i, cs in cands.items() for k, c in enumerate(cs) if c.label == "LOC"]
    assert [f for f in found if f[0] != "via Roma"] == places


@pytest.mark.parametrize("text,expected", [
    ("Il 30enne di Gallarate ha raccontato ai medici di essere stato aggredito da due uomini.",
     [("indirect", "di essere stato aggredito da due uomini", None)]),
    ("Da Pechino fanno sapere che il test è stato un successo.",
     [("indirect", "il test è stato un successo", "Pechino")]),
])
def test_place_of_a_name_is_not_named(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,stands", [
    # the rules named a person: the body near them (their office) does not replace them
    ("Il direttore generale della Federazione italiana nuoto, Marco Rossi, ha annunciato che si ritirerà a fine anno.",
     {"Federazione italiana nuoto": True, "Marco Rossi": False}),
    # the look-alike: the rules named the body itself, which stays the ranker's to confirm
    ("Secondo la Federazione italiana nuoto, «la piscina riaprirà a marzo».", {"Federazione italiana nuoto": False}),
])
def test_body_does_not_replace_a_named_person(shipped, text, stands):
    doc, speech, quotes, cands = _candidates(shipped, text)
    assert {c.name: R.rules_stand(doc, quotes, i, cs, k, speech)
            for i, cs in cands.items() for k, c in enumerate(cs) if c.name != R.NONE} == stands
