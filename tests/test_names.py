"""One name matcher for the pipeline and the scorer, and one definition of the quote kinds."""

from __future__ import annotations

import pytest

import kit

from kit import evaluate, model, names, speech
from kit.components import names as canonical_names
from kit.view import palette, templates


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Putin", "Vladimir Putin", True),
    ("Massimo D'Alema", "D’Alema", True),                  # apostrophes split, either form
    ("il presidente Mattarella", "Sergio Mattarella", False),  # "presidente" is not in the name
    ("Mattarella", "il presidente Sergio Mattarella", True),
    ("Ursula von der Leyen", "von der Leyen", True),       # particles do not identify anyone
    ("Kim Jong Un", "Kim Jong-un", True),                  # hyphens split
    ("Banca d'Italia", "Banca Centrale Europea", False),
    ("Di Maio", "Di Battista", False),
    ("Lucio Dalla", "Dalla", True),                        # a capitalised particle ending a name is a surname
    ("CIIP S.p.a.", "CIIP S.p.a", True),                   # punctuation at the edges of words
    ("cittadini, commercianti ed artigiani", "Cittadini", True),
    ("Lucio Dalla", "Lucio", True),
    ("Dalla Chiesa", "Chiesa", True),                      # not last: still a particle
    ("", "Putin", False),
    (None, "Putin", False),
])
def test_same_name(a, b, expected):
    assert names.same_name(a, b) is expected
    assert names.same_name(b, a) is expected


def test_the_scorer_and_the_pipeline_share_the_matcher():
    assert evaluate.names_match is names.same_name
    assert speech.same_name is names.same_name
    assert canonical_names.name_words is names.name_words


def test_a_language_without_data_keeps_every_word():
    assert names.name_words("la Casa Bianca", "xx") == {"la", "casa", "bianca"}
    assert names.name_words("la Casa Bianca", "it") == {"casa", "bianca"}
    assert names.name_words("Di") == {"di"}  # a name of stop words only keeps them


def test_quote_kinds_are_defined_once():
    assert set(model.SPEECH_KINDS) | {"other"} == set(model.QUOTE_KINDS)
    for table in (templates.QUOTE_BORDERS, templates.QUOTE_KIND_NAMES, palette.QUOTE_COLORS,
                  evaluate.QUOTE_GROUPS):
        assert set(table) == set(model.QUOTE_KINDS)
    with pytest.raises(ValueError, match="unknown quote kind 'speech'"):
        model.Quote(0, 1, "speech", "x")


def test_one_label_per_canonical_name_and_the_overrides_reported():
    from kit.rules import load_rules

    rules = load_rules()
    nlp = kit.load(model="blank", rules=rules.replace(entity_patterns=[
        *rules.entity_patterns, {"label": "PER", "pattern": "Carlos Alcaraz"}, {"label": "LOC", "pattern": "Alcaraz"}]))
    doc = kit.analyze("Tennis\nCarlos Alcaraz ha vinto a Roma. Alcaraz ha detto: «Sono felice di questa vittoria». "
                      "Poi Alcaraz è partito.", nlp, progress=False)
    assert [(e.text, e.label_, e._.kit_canonical) for e in doc.ents] == [
        ("Carlos Alcaraz", "PER", "Carlos Alcaraz"), ("Roma", "LOC", "Roma"),
        ("Alcaraz", "PER", "Carlos Alcaraz"), ("Alcaraz", "PER", "Carlos Alcaraz")]
    assert [(o["text"], o["before"], o["after"]) for o in doc.user_data["kit_label_overrides"]] == [
        ("Alcaraz", "LOC", "PER"), ("Alcaraz", "LOC", "PER")]
    assert doc._.kit_quotes[0].speaker == "Carlos Alcaraz" and doc._.kit_quotes[0].speaker_label == "PER"
    again = kit.apply_rules(doc, nlp)[0]  # the rule layer re-run on its own output gives the same
    assert [(e.text, e.label_) for e in again.ents] == [(e.text, e.label_) for e in doc.ents]


def test_majority_label_weights_words_and_breaks_ties_by_the_longest_mention():
    from kit.components.names import majority_labels

    assert majority_labels([("A B", "PER", 2), ("A B", "LOC", 1), ("A B", "LOC", 1)]) == {"A B": "PER"}
    assert majority_labels([("A B", "PER", 2), ("A B", "LOC", 1), ("A B", "LOC", 1), ("A B", "LOC", 1)]) == {"A B": "LOC"}
    assert majority_labels([("X", "ORG", 1), ("X", "LOC", 1)]) == {"X": "ORG"}  # the first longest mention


def test_an_acronym_takes_the_full_name_of_the_same_article():
    nlp = kit.load(model="blank", rules=kit.load_rules().replace(entity_patterns=[
        {"label": "ORG", "pattern": "Banca Centrale Europea", "name": "test"},
        {"label": "ORG", "pattern": "BCE", "name": "test"},
        {"label": "ORG", "pattern": "Enpa", "name": "test"},
        {"label": "ORG", "pattern": "Ente Nazionale Protezione Animali", "name": "test"}]))
    doc = kit.analyze("La Banca Centrale Europea ha alzato i tassi. Secondo la BCE l'inflazione è alta. "
                      "Per l'Enpa, invece, i gatti stanno bene.", nlp, progress=False)
    named = {e.text: doc._.kit_canonical_names[f"{e.start_char}:{e.end_char}"] for e in doc.ents}
    assert named["BCE"] == "Banca Centrale Europea"
    assert named["Enpa"] == "Enpa"  # no longer name of the article spells ENPA
    assert [q.speaker for q in doc._.kit_quotes if q.kind != "other"] == ["Banca Centrale Europea", "Enpa"]
    assert canonical_names.initials("Ente Nazionale Protezione Animali") == "ENPA"


def test_an_acronym_spelled_out_in_brackets_takes_the_name_before_it():
    nlp = kit.load(model="blank", rules=kit.load_rules().replace(entity_patterns=[
        {"label": "ORG", "pattern": "Istituto di ricerca sul clima", "name": "test"},
        {"label": "ORG", "pattern": "IRC2", "name": "test"},
        {"label": "ORG", "pattern": "Agenzia delle acque", "name": "test"},
        {"label": "ORG", "pattern": "ADA", "name": "test"},
        {"label": "PER", "pattern": "Marta Giusti", "name": "test"},
        {"label": "ORG", "pattern": "MG", "name": "test"}]))
    doc = kit.analyze("L'Istituto di ricerca sul clima (IRC2) ha pubblicato i dati. L'IRC2 ha detto che luglio "
                      "è stato caldo. L'Agenzia delle acque, che l'ADA controlla, tace. Marta Giusti (MG) "
                      "ha firmato.", nlp, progress=False)
    named = {e.text: doc._.kit_canonical_names[f"{e.start_char}:{e.end_char}"] for e in doc.ents}
    assert named["IRC2"] == "Istituto di ricerca sul clima"  # no initials match: the brackets say it
    assert named["ADA"] == "ADA"  # not in brackets after it, and its initials are "A"
    assert named["MG"] == "MG"  # a person's initials are not the person
    assert [q.speaker for q in doc._.kit_quotes if q.kind != "other"] == ["Istituto di ricerca sul clima"]


def test_one_name_transliterated_two_ways_is_one_name():
    from kit.names import same_name

    assert same_name("Janukovyč", "Viktor Janukovyċ")
    assert same_name("Thomas Müller", "Muller")
    assert not same_name("Janukovyč", "Juščenko")


def test_a_pet_first_name_is_the_full_name_of_the_same_article():
    people = [(0, "Beppe Marotta"), (30, "Giuseppe Marotta"), (80, "Marotta"), (99, "Gigi Buffon")]
    assert canonical_names.group_people(people) == {
        0: "Giuseppe Marotta", 30: "Giuseppe Marotta", 80: "Giuseppe Marotta", 99: "Gigi Buffon"}
    # (alone, a pet name is the name the article uses)
    assert canonical_names.group_people([(0, "Beppe Marotta"), (20, "Marotta")]) == {0: "Beppe Marotta", 20: "Beppe Marotta"}
    # a language without the table leaves both names apart
    assert canonical_names.group_people([(0, "Beppe Marotta"), (30, "Giuseppe Marotta")], "xx") == {
        0: "Beppe Marotta", 30: "Giuseppe Marotta"}


def test_a_surname_the_model_missed_is_the_person_named_in_full():
    nlp = kit.load(model="blank", rules=kit.load_rules().replace(entity_patterns=[
        {"label": "PER", "pattern": "Mario Scaramella", "name": "test"}]))
    doc = kit.analyze("Il gip ha interrogato Mario Scaramella. Secondo Scaramella, le accuse sono false.", nlp,
                      progress=False)
    assert [(e.text, e.label_, e._.kit_canonical) for e in doc.ents] == [
        ("Mario Scaramella", "PER", "Mario Scaramella"), ("Scaramella", "PER", "Mario Scaramella")]
    assert doc._.kit_ent_sources[f"{doc.ents[1].start_char}:{doc.ents[1].end_char}"] == "rule:names"
    assert [q.speaker for q in doc._.kit_quotes] == ["Mario Scaramella"]
    # (a capitalised word next to another one is part of some other name: left alone)
    doc = kit.analyze("Il gip ha interrogato Mario Scaramella. Ha parlato Luca Scaramella Jr.", nlp, progress=False)
    assert [e.text for e in doc.ents] == ["Mario Scaramella"]


def test_a_well_known_person_under_another_name_takes_the_name_the_article_writes():
    nlp = kit.load(model="blank", rules=kit.load_rules().replace(entity_patterns=[
        {"label": "PER", "pattern": "Benedetto XVI", "name": "test"},
        {"label": "PER", "pattern": "Ratzinger", "name": "test"}]))
    doc = kit.analyze("Benedetto XVI ha parlato ieri. Secondo Ratzinger, la pace è possibile.", nlp, progress=False)
    assert [(e.text, e._.kit_canonical) for e in doc.ents] == [
        ("Benedetto XVI", "Benedetto XVI"), ("Ratzinger", "Benedetto XVI")]
    assert [q.speaker for q in doc._.kit_quotes] == ["Benedetto XVI"]
    # an article that never writes the name the press uses keeps its own (its fullest name)
    doc = kit.analyze("Secondo Ratzinger, la pace è possibile.", nlp, progress=False)
    assert [(e.text, e._.kit_canonical) for e in doc.ents] == [("Ratzinger", "Ratzinger")]
