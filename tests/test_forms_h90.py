"""Verbs of saying in political prose that report no one's words: forms of Italian written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a thing as the subject of ordering, requiring or threatening: a need or a risk, no one's words
    ("La gravità della crisi impone di tagliare la spesa pubblica.", []),
    ("Il calo dei prezzi frena gli investimenti e impone di rivedere il bilancio.", []),
    ("È un lavoro delicato che esige una lunga preparazione.", []),
    ("L'alluvione minaccia di isolare i paesi della valle.", []),
    # a person, a body or a group orders, requires or threatens: reported
    ("Il sindacato minaccia di bloccare i porti.",
     [("indirect", "di bloccare i porti", "sindacato")]),
    ("Il ministro Marco Rossi impone ai prefetti di chiudere i confini.",
     [("indirect", "di chiudere i confini", "Marco Rossi")]),
])
def test_thing_subject_of_demand(shipped, text, expected):
    """*Imporre*, *esigere*, *minacciare* with a thing as subject (its own, the first verb's in a
    coordination, or a relative's antecedent) report no words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the writer's own hope or trust, now, and his own announced words: no report
    ("Confidiamo che il Parlamento approvi presto la riforma.", []),
    ("Ci auguriamo che la trattativa riprenda entro l'estate.", []),
    ("Auspichiamo che i sindacati tornino al tavolo.", []),
    ("Le dirò che il bilancio è in ordine.", []),
    ("Aggiungerò che la spesa è calata.", []),
    # needless to say
    ("Non c'è bisogno di dire che il governo rispetta la magistratura.", []),
    ("È superfluo ricordare che la pace resta il nostro obiettivo.", []),
    # the third person, and a past, stay reports
    ("Il ministro Marco Rossi confida che il Parlamento approvi la riforma.",
     [("indirect", "il Parlamento approvi la riforma", "Marco Rossi")]),
    ("Anna Bruni ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Anna Bruni")]),
    ("Il sindaco Luca Verdi dichiarò che la spesa era calata.",
     [("indirect", "la spesa era calata", "Luca Verdi")]),
])
def test_own_voice_now(shipped, text, expected):
    """A first person of hope or trust in the present (*confidiamo che…*), a first-person future
    of saying (*le dirò che…*) and *non c'è bisogno di dire che…* are the writer's own words."""
    assert spoken(shipped, text) == expected
