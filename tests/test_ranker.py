"""The speaker ranker (kit/speech/ranker.py): a learned second opinion over the rules' choice.

Sentences written for these tests; the pipeline is the rule layer with phrase patterns standing in
for the model (no parser), so only the ranker's position features are at work.
"""

from __future__ import annotations

import json
from importlib.resources import files

import kit
from kit.speech.ranker import NONE, Candidate, SpeakerRanker

from .helpers import blank_nlp

PEOPLE = ["Marco Rossi", "Anna Verdi", "Luca Neri"]
LONE_QUOTE = ("Il ministro Marco Rossi è arrivato a Milano in mattinata. "
              "«Non ci fermeremo davanti a nessuno, lo prometto a tutti i cittadini».")


def _speakers(nlp, text):
    doc = kit.analyze(text, nlp, progress=False)
    return [(q.kind, q.speaker, q.speaker_rule) for q in doc._.kit_quotes if q.kind != "other"]


def test_a_quote_without_cue_gets_the_person_named_just_before():
    nlp = blank_nlp(people=PEOPLE)
    assert _speakers(nlp, LONE_QUOTE) == [("direct", "Marco Rossi", "ranker")]


def test_without_the_ranker_the_rules_leave_it_unattributed():
    nlp = blank_nlp(people=PEOPLE)
    nlp.get_pipe("kit_quotes").ranker = None
    assert _speakers(nlp, LONE_QUOTE) == [("direct", None, "")]


def test_the_ranker_keeps_a_clear_subject_of_the_cue():
    nlp = blank_nlp(people=PEOPLE)
    text = "Anna Verdi ha incontrato Luca Neri a Roma. Marco Rossi ha detto che la riforma è pronta."
    assert _speakers(nlp, text) == [("indirect", "Marco Rossi", "subject")]


def test_the_factory_switch_turns_it_off():
    nlp = kit.load(model="blank")
    assert nlp.get_pipe("kit_quotes").ranker is not None
    nlp.remove_pipe("kit_quotes")
    nlp.add_pipe("kit_quotes", config={"speaker_ranker": False}, before="kit_relations")
    assert nlp.get_pipe("kit_quotes").ranker is None


def test_shipped_weights_carry_their_data_card():
    data = json.loads(files("kit.lang").joinpath("it", "speaker_ranker.json").read_text(encoding="utf-8"))
    assert "tune" in data["meta"]["trained_on"] and "check part is never read" in data["meta"]["trained_on"]
    assert data["weights"]["rule"] > 0  # the rules' choice counts for the candidate
    assert files("kit.lang").joinpath("it", "speaker_ranker.md").is_file()
    assert SpeakerRanker.for_language("xx") is None


def test_scores_are_a_softmax_over_the_candidates():
    ranker = SpeakerRanker({"rule": 2.0, "d0": 1.0})
    cands = [Candidate(NONE, None, "", 0, 0, {"is_none": 1.0}),
             Candidate("A", "PER", "A", 0, 1, {"rule": 1.0}),
             Candidate("B", "PER", "B", 2, 3, {"d0": 1.0})]
    probs = ranker.scores(cands)
    assert abs(sum(probs) - 1) < 1e-9
    assert probs[1] > probs[2] > probs[0]


def test_where_the_rules_named_no_one_an_unsure_ranker_names_no_one():
    # a ranker that likes any person a little: with five people around, none is likely enough
    crowd = ["Marco Rossi", "Anna Verdi", "Luca Neri", "Paola Bini", "Carlo Sala"]
    nlp = blank_nlp(people=crowd)
    nlp.get_pipe("kit_quotes").ranker = SpeakerRanker({"label_PER": 0.1})
    five = ("Marco Rossi, Anna Verdi, Luca Neri, Paola Bini e Carlo Sala sono arrivati a Milano. "
            "«Non ci fermeremo davanti a nessuno, lo prometto a tutti i cittadini».")
    assert _speakers(nlp, five) == [("direct", None, "")]
    two = ("Marco Rossi e Anna Verdi sono arrivati a Milano. "
           "«Non ci fermeremo davanti a nessuno, lo prometto a tutti i cittadini».")
    assert _speakers(nlp, two) == [("direct", "Marco Rossi", "ranker")]


def test_the_main_features_are_crossed_with_the_kind_of_quotation():
    # a direct quotation's speaker sits elsewhere than a reported one's: the ranker weighs
    # "the nearest name before" and "a person" once more for each kind and for a cue or none
    from kit.speech.ranker import _interact
    from kit.model import Quote

    quote = Quote(start=40, end=80, kind="direct", text="…")
    features = {"nearest_before_0": 1.0, "label_PER": 1.0, "abs_dist": 0.3, "d0": 0.0}
    _interact(features, quote)
    assert features == {"nearest_before_0": 1.0, "label_PER": 1.0, "abs_dist": 0.3, "d0": 0.0,
                         "nearest_before_0*kind_direct": 1.0, "nearest_before_0*no_cue": 1.0,
                         "label_PER*kind_direct": 1.0, "label_PER*no_cue": 1.0}
    data = json.loads(files("kit.lang").joinpath("it", "speaker_ranker.json").read_text(encoding="utf-8"))
    assert "label_PER*kind_direct" in data["weights"]  # the shipped weights were trained with them
