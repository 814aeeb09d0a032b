"""Every form of a verb of saying: the future and the conditional, third person singular and
plural, which the lemmatizer often leaves alone (*dichiarerebbero*, *sosterranno*: grammar
``future_infinitives`` gives their infinitive). Sentences written for these tests (none from a
gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # conditional plural: -erebbero of -are, -ere, -ire, -ciare, -care verbs
    ("Le opposizioni annuncerebbero che voteranno contro la manovra.",
     [("indirect", "voteranno contro la manovra", "opposizioni")]),
    ("I consiglieri Paolo Verdi e Carla Bruno preciserebbero che i fondi sono già stanziati.",
     [("indirect", "i fondi sono già stanziati", "Paolo Verdi e Carla Bruno")]),
    # future plural, also of the irregular stems (-terranno of -tenere, -porranno of -porre)
    ("I rappresentanti degli studenti sosterranno che le tasse sono troppo alte.",
     [("indirect", "le tasse sono troppo alte", "rappresentanti degli studenti")]),
    ("Gli avvocati della difesa ripeteranno che l'imputato era a casa quella sera.",
     [("indirect", "l'imputato era a casa quella sera", "avvocati della difesa")]),
])
def test_future_and_conditional_cues(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # look-alikes: nouns ending like a future or a conditional, a future of a verb not of saying
    "Il tiranno fu cacciato dalla città dopo una lunga rivolta.",
    "I lavori del nuovo ponte termineranno entro la fine dell'anno.",
    "Le due squadre si affronteranno domenica allo stadio comunale.",
])
def test_future_look_alikes_are_no_cues(shipped, text):
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # a cue the tagger read as an adjective (no VERB in the cue): the parse's subject of the
    # cue word itself, not of the "che" that ends the cue
    ("In privato i due ministri dichiarerebbero che il piano è superato.",
     [("indirect", "il piano è superato", "due ministri")]),
    ("I sindacati dei trasporti ribadirebbero che lo sciopero resta confermato.",
     [("indirect", "lo sciopero resta confermato", "sindacati dei trasporti")]),
])
def test_subject_of_cue_read_as_adjective(shipped, text, expected):
    assert spoken(shipped, text) == expected
