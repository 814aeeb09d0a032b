"""The learned cue model's pieces (kit.train.cues, kit.speech.cue_model and its candidates in
kit.components.quotes): the training on toy data, and the candidates on sentences written for
these tests (no sentence comes from a gold set or the fresh text). The model does not ship (its
cross-validation on the tune part gives far fewer than two right quotations for each wrong one:
kit/lang/it/cue_model.md), so the shipped pipeline's quotations stay the rules' own."""
from __future__ import annotations

import pytest

import kit
from kit.model import Quote

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


def _example(article: str, label: int, right: int | None = None, **features) -> dict:
    return {"article": article, "features": {"bias": 1.0, **features}, "label": label,
            "right": label if right is None else right}


def test_fit_learns_a_separating_feature():
    from kit.speech.cue_model import CueModel
    from kit.train.cues import fit

    data = [_example(f"a{i}", 1, said=1.0) for i in range(20)] + [_example(f"b{i}", 0, ate=1.0) for i in range(60)]
    model = CueModel(fit(data, l2=0.001, steps=400))
    assert model.probability({"bias": 1.0, "said": 1.0}) > 0.8
    assert model.probability({"bias": 1.0, "ate": 1.0}) < 0.2


def test_cv_table_counts_right_and_wrong_at_each_threshold():
    from kit.train.cues import THRESHOLDS, cv_table

    data = [_example("a", 1), _example("b", 1, right=0), _example("c", 0), _example("d", 1)]
    rows = {r["threshold"]: r for r in cv_table(data, [0.95, 0.95, 0.5, 0.12])}
    assert rows[0.9] == {"threshold": 0.9, "added": 2, "right": 1, "wrong": 1, "span_right": 2}
    assert rows[0.5] == {"threshold": 0.5, "added": 3, "right": 1, "wrong": 2, "span_right": 2}
    assert rows[0.1] == {"threshold": 0.1, "added": 4, "right": 2, "wrong": 2, "span_right": 3}
    assert [r["threshold"] for r in cv_table(data, [0.0] * 4)] == list(THRESHOLDS)


def test_choose_wants_two_right_for_each_wrong_and_ten_right():
    from kit.train.cues import choose

    rows = [{"threshold": 0.3, "added": 40, "right": 20, "wrong": 20},
            {"threshold": 0.5, "added": 24, "right": 16, "wrong": 8},
            {"threshold": 0.7, "added": 12, "right": 11, "wrong": 1},
            {"threshold": 0.9, "added": 5, "right": 5, "wrong": 0}]
    assert choose(rows)["threshold"] == 0.5  # the lowest threshold at 2:1 with at least 10 right
    assert choose([dict(r, right=r["right"] // 3) for r in rows]) is None  # never 10 right at 2:1
    assert choose([{"threshold": 0.5, "added": 30, "right": 19, "wrong": 11}]) is None  # under 2:1


def test_label_against_the_gold_the_rules_missed():
    from kit.train.cues import label

    gold = [{"start": 10, "end": 50, "kind": "indirect", "speaker": "Carlo Neri"},
            {"start": 60, "end": 90, "kind": "direct", "speaker": "Carlo Neri"},
            {"start": 100, "end": 140, "kind": "indirect", "speaker": None}]
    cand = lambda s, e, sp=None: {"start": s, "end": e, "speaker": sp}  # noqa: E731
    assert label(cand(12, 48, "Carlo Neri"), gold, set()) == (1, 1)
    assert label(cand(12, 48, "Anna Bassi"), gold, set()) == (1, 0)  # the span right, the speaker wrong
    assert label(cand(12, 48, "Carlo Neri"), gold, {0}) == (0, 0)  # the rules found that one
    assert label(cand(60, 90, "Carlo Neri"), gold, set()) == (0, 0)  # a direct quotation: another kind
    assert label(cand(100, 139), gold, set()) == (1, 1)  # gold names no one
    assert label(cand(10, 120), gold, set()) == (0, 0)  # overlaps less than half the longer


CANDIDATES = [
    # a verb no list names with a che clause: the cue rules with it added give the rules' span
    ("Il sindaco Carlo Verdi ha sottinteso che il ponte resterà chiuso fino all'estate.",
     ("il ponte resterà chiuso fino all'estate", "Carlo Verdi", "verb:sottintendere")),
    # an object of a verb in the parse where no quotation is (the cue rules take no object of
    # an unlisted verb): most such candidates are acts, not words, hence the model's low precision
    ("Il sindaco Carlo Verdi ha firmato il nuovo piano per le scuole della città.",
     ("il nuovo piano per le scuole della città", "Carlo Verdi", "complement:firmare")),
    ("Il presidente Marco Neri ha deciso di rinviare la partita di domenica.",
     ("di rinviare la partita di domenica", "Marco Neri", "verb:decidere")),
]


@pytest.mark.parametrize("text,expected", CANDIDATES)
def test_candidates_of_unlisted_verbs(shipped, text, expected):
    """The candidates carry the rules' content end and speaker; the shipped pipeline, without a
    cue model, reports none of them."""
    from kit.components.quotes import cue_candidates
    from kit.speech.cue_model import cue_features

    doc = kit.analyze(text, shipped)
    finder = shipped.get_pipe("kit_quotes")
    quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
    found = cue_candidates(doc, finder.speech, finder.pairs, finder.min_direct_words, quotes)
    assert [(q.text, q.speaker, q.rule) for q in found] == [expected]
    features = cue_features(doc, found[0], finder.speech)
    assert features["listed"] == 0.0 and features["speaker_PER"] == 1.0
    assert features["source_" + expected[2].split(":")[0]] == 1.0
    assert 0.0 < features["speech_sim_max"] <= 1.0
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text", [
    # a modal or a support verb's complement is the next verb's (cue_model_excluded_verbs)
    "Il sindaco Carlo Verdi vuole che il ponte resti chiuso fino all'estate.",
    "La squadra di Anna Bassi ha cercato di vincere fino all'ultimo minuto.",
    # what the rules report already is no candidate
    "Il sindaco Carlo Verdi ha detto che il ponte resterà chiuso.",
])
def test_no_candidates(shipped, text):
    from kit.components.quotes import cue_candidates

    doc = kit.analyze(text, shipped)
    finder = shipped.get_pipe("kit_quotes")
    quotes = [Quote.from_dict(r) for r in doc._.kit_quote_records]
    assert cue_candidates(doc, finder.speech, finder.pairs, finder.min_direct_words, quotes) == []


def test_no_cue_model_ships():
    """No weights ship (the card says why): the quotation component has no cue model."""
    from kit.speech.cue_model import CueModel

    assert CueModel.for_language("it") is None
