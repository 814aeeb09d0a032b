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
