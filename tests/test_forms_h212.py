"""A thing that rules something out: forms of Italian written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a pointer to a fact or a thing as the subject of "escludere": a consequence, no one's words
    ("Ciò esclude che la giunta possa approvare il bilancio entro marzo.", []),
    ("Questo esclude che il sindaco possa ricandidarsi alle prossime elezioni.", []),
    ("I risultati del referendum escludono che la riforma venga approvata in tempi brevi.", []),
    # the look-alikes: a person or a body rules it out, or an impersonal hedge with no subject
    ("Il sindaco Mario Rossi esclude che la giunta possa approvare il bilancio entro marzo.",
     [("indirect", "la giunta possa approvare il bilancio entro marzo", "Mario Rossi")]),
    ("Il ministro Paolo Bianchi ha escluso un rimpasto del governo.",
     [("indirect", "un rimpasto del governo", "Paolo Bianchi")]),
    ("La procura esclude che si sia trattato di un incidente.",
     [("indirect", "si sia trattato di un incidente", "procura")]),
    ("Non è escluso che il consiglio comunale venga sciolto.",
     [("indirect", "il consiglio comunale venga sciolto", None)]),
])
def test_thing_rules_out(shipped, text, expected):
    """*escludere* with a thing for subject (*ciò esclude che…*, *i risultati escludono che…*)
    draws a consequence, like the other verbs of evidence; with a person or a body for subject,
    or impersonal, it reports someone ruling it out."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an infinitive of saying after a word of the occasion or duty of speaking, or of a reason
    # through "per": the writer's own argument, no words reported
    ("Sarà il caso di ricordare che anche a Torino la giunta ha approvato una legge simile.", []),
    ("Ora si tratta di aggiungere che la scadenza di marzo non era una data qualsiasi.", []),
    ("È nostro dovere ricordare che i fondi non bastano per tutti.", []),
    ("Il governo ha il dovere di avvertire che le tasse potrebbero aumentare.", []),
    ("Non vi è alcuna ragione per ritenere che la crisi finirà presto.", []),
    # the look-alikes: a modal with its subject, a word of no need (unchanged)
    ("Il sindaco Mario Rossi ha voluto ricordare che la giunta ha approvato il bilancio.",
     [("indirect", "la giunta ha approvato il bilancio", "Mario Rossi")]),
    ("Non c'è bisogno di dire che la riforma è urgente.", []),
])
def test_occasion_of_speaking(shipped, text, expected):
    """An infinitive of saying after *il caso di*, *si tratta di*, *dovere (di)* or *ragione per*
    is the writer's argument or a duty (*sarà il caso di ricordare che…*), like *non c'è
    bisogno di dire che…*; a modal with a subject (*ha voluto ricordare che…*) reports."""
    assert spoken(shipped, text) == expected
