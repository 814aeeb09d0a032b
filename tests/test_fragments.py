"""The fragment model (``kit/speech/fragments.py``): a learned second opinion on whether a short
quote-marked fragment is the speaker's words (mixed) or a name, title or scare quote (other).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import kit
from kit.model import Quote
from kit.speech.fragments import TAG, FragmentModel, fragment_features

from .helpers import blank_nlp


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_nlp(people=["Marco Rossi"])
    nlp.get_pipe("kit_quotes").fragments = None  # the rules' own kinds, relabelled by hand below
    nlp.get_pipe("kit_quotes").ranker = None
    return nlp


def rule_quotes(nlp, text, tagged=True):
    """The rules' quotes; ``tagged``: give every token a part of speech afterwards (as the shipped
    tagger would: the model only relabels tagged Docs)."""
    doc = kit.analyze(text, nlp, progress=False)
    if tagged:
        for token in doc:
            token.pos_ = "PUNCT" if token.is_punct else "NOUN"
    nlp.get_pipe("kit_quotes").speech.reset()
    return doc, [Quote.from_dict(r) for r in doc._.kit_quote_records]


def test_features_read_the_marks_the_naming_word_and_a_foreign_slogan(nlp):
    doc, quotes = rule_quotes(nlp, 'Il governo ha presentato il cosiddetto "decreto sicurezza" in aula.')
    (frag,) = [q for q in quotes if q.text == "decreto sicurezza"]
    f = fragment_features(doc, frag, nlp.get_pipe("kit_quotes").speech)
    assert (f["naming_before"], f.get("mark_straight"), f.get("mark_guillemets", 0.0), f["foreign"]) == (1.0, 1.0, 0.0, 0.0)
    doc, quotes = rule_quotes(nlp, "La campagna «Stop the war on children» è partita ieri.")
    (frag,) = [q for q in quotes if q.text == "Stop the war on children"]
    f = fragment_features(doc, frag, nlp.get_pipe("kit_quotes").speech)
    assert (f["naming_before"], f["mark_guillemets"], f["foreign"], f["all_title"]) == (1.0, 1.0, 1.0, 0.0)


def test_relabel_turns_other_into_the_speakers_words_and_back(nlp):
    doc, quotes = rule_quotes(nlp, "Marco Rossi ha lasciato la sala con un «addio» ai colleghi.")
    assert [(q.kind, q.text) for q in quotes] == [("other", "addio")]
    speech = nlp.get_pipe("kit_quotes").speech
    (flipped,) = FragmentModel({"bias": 5.0}).relabel(doc, quotes, speech)
    assert (flipped.kind, flipped.text, flipped.speaker, flipped.rule) == ("mixed", "addio", None, "marks" + TAG)
    doc, quotes = rule_quotes(nlp, 'Marco Rossi ha definito "inaccettabile" la proposta del sindaco.')
    (mixed,) = [q for q in quotes if q.kind == "mixed"]
    assert mixed.speaker == "Marco Rossi"
    (back,) = [q for q in FragmentModel({"bias": -5.0}).relabel(doc, [mixed], speech)]
    assert (back.kind, back.speaker, back.cue, back.speaker_rule, back.about) == ("other", None, None, "", ())
    assert back.rule == mixed.rule + TAG


def test_relabel_needs_a_tagged_doc(nlp):
    doc, quotes = rule_quotes(nlp, "Marco Rossi ha lasciato la sala con un «addio» ai colleghi.", tagged=False)
    assert FragmentModel({"bias": 5.0}).relabel(doc, quotes, nlp.get_pipe("kit_quotes").speech) == quotes


def test_relabel_leaves_direct_and_reported_speech_alone(nlp):
    doc, quotes = rule_quotes(nlp, "Marco Rossi ha detto che la scuola riaprirà lunedì.")
    assert FragmentModel({"bias": -5.0}).relabel(doc, quotes, nlp.get_pipe("kit_quotes").speech) == quotes


def test_the_shipped_weights_load_with_their_card_and_can_be_switched_off():
    model = FragmentModel.for_language("it")
    assert model is not None and model.meta["cross_validation_5_folds_by_article"]["model"] > \
        model.meta["cross_validation_5_folds_by_article"]["rules"]
    assert FragmentModel.for_language("xx") is None
    nlp = kit.load(model="blank")
    assert nlp.get_pipe("kit_quotes").fragments is not None
    nlp.remove_pipe("kit_quotes")
    nlp.add_pipe("kit_quotes", config={"fragment_model": False}, before="kit_relations")
    assert nlp.get_pipe("kit_quotes").fragments is None


def test_the_model_overturns_the_rules_only_beyond_its_margin():
    features = {"bias": 1.0}
    unsure = FragmentModel({"bias": 0.3}, margin=0.1)  # P(speech) = 0.574
    assert (unsure.decide(features, rule_says_speech=False), unsure.decide(features, rule_says_speech=True)) == (False, True)
    sure = FragmentModel({"bias": 0.3}, margin=0.0)
    assert (sure.decide(features, rule_says_speech=False), sure.decide(features, rule_says_speech=True)) == (True, True)
    against = FragmentModel({"bias": -0.3}, margin=0.0)
    assert against.decide(features, rule_says_speech=True) is False
    assert FragmentModel.for_language("it").margin == FragmentModel.for_language("it").meta["margin"]
