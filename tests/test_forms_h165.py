"""The speaker's own voice over an infinitive cue: forms of Italian political prose written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text", [
    # a first person now governing the infinitive: the writer saying it himself
    "Vorrei soltanto limitarmi a osservare che la riforma arriva troppo tardi.",
    "Non abbiamo alcuna difficoltà a riconoscere che il bilancio è in ordine.",
    "Mi rifiuto di credere che il paese voglia tornare indietro.",
    # leave asked to say it (a verb of granting leave, a first-person clitic, not a past)
    "Mi sia consentito di aggiungere che la scuola merita più attenzione.",
    "Permettetemi di ricordare che la legge fu approvata all'unanimità.",
])
def test_own_voice_over_infinitive(shipped, text):
    """*vorrei limitarmi a osservare che…*, *mi sia consentito di aggiungere che…*: the
    infinitive's subject is whoever writes, saying it now; no report."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # a third person governing the infinitive is told
    ("Il sindaco Mario Rossi ha voluto ribadire che la giunta resta unita.",
     [("indirect", "la giunta resta unita", "Mario Rossi")]),
    # a modal or a verb of deciding in the third person: told
    ("Il ministro Luca Bianchi ha deciso di precisare che il decreto sarà ritirato.",
     [("indirect", "il decreto sarà ritirato", "Luca Bianchi")]),
    # a first person in the past tells what was said, a compound past before the infinitive too
    ("Ieri ho detto che la riforma arriva troppo tardi.",
     [("indirect", "la riforma arriva troppo tardi", None)]),
    ("Durante il sopralluogo ho dovuto constatare che i lavori erano fermi da mesi.",
     [("indirect", "i lavori erano fermi da mesi", None)]),
])
def test_told_infinitive_stays(shipped, text, expected):
    """An infinitive cue governed by a third person, or a first person in a past, stays a report."""
    assert spoken(shipped, text) == expected



@pytest.mark.parametrize("text,expected", [
    # the bare verbs of speaking in the first person of the present, no one addressed: said now
    ("E allora io dico che questa legge non basta.", []),
    ("Quando parlo di riforme penso soprattutto alla scuola.", []),
    # the one addressed, before or after: narrated, told
    ("Allora gli dico che il treno è già partito.", [("indirect", "il treno è già partito", None)]),
    # other verbs in the first person of the present stay reports (a diary's narrated present)
    ("Chiediamo che il consiglio comunale sia convocato subito.",
     [("indirect", "il consiglio comunale sia convocato subito", None)]),
    # the third person stays a report
    ("Il ministro Luca Bianchi dice che la riforma è pronta.", [("indirect", "la riforma è pronta", "Luca Bianchi")]),
])
def test_first_person_present_of_speaking(shipped, text, expected):
    """*io dico che…*, *parlo di…*: the act of speaking of whoever writes or speaks, now; with the
    one addressed (*gli dico che…*), another verb (*chiediamo che…*) or the third person, a report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a first person of a verb of wishing after its reflexive clitic, however the tagger reads it
    ("Mi auguro che la legge passi presto.", []),
    ("Quindi quando mi auguro che le elezioni diano ragione a noi, penso al paese.", []),
    # the third person stays a report
    ("Il sindaco Mario Rossi si augura che la legge passi presto.",
     [("indirect", "la legge passi presto", "Mario Rossi")]),
])
def test_first_person_wish_after_its_clitic(shipped, text, expected):
    """*mi auguro che…*: the speaker's own wish now, even with *auguro* read as an adjective."""
    assert spoken(shipped, text) == expected
