"""Speech nouns with an owner the earlier rules left out: a noun of will with a named owner, and
a group after *di* opened by an indefinite. Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Il consiglio ha rispettato la volontà di Mario Rossi di restare a Torino.",
     [("indirect", "di restare a Torino", "Mario Rossi")]),
    # look-alikes: no content, no owner, or an owner in theory (no name)
    ("Il consiglio ha rispettato la volontà di Mario Rossi.", []),
    ("Serve la volontà di cambiare le regole.", []),
    ("La volontà dell'individuo di seguire un criterio morale definisce l'azione.", []),
])
def test_will_noun(shipped, text, expected):
    """*la volontà di X di restare*: a will with its owner named after *di* and its content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il treno è stato oggetto delle contestazioni di alcuni dipendenti dell'azienda in merito ai nuovi turni.",
     [("indirect", "in merito ai nuovi turni", "alcuni dipendenti dell'azienda")]),
    ("Il parere di alcuni esperti è che il ponte regga.",
     [("indirect", "il ponte regga", "alcuni esperti")]),
    # look-alikes: an indefinite before no one who speaks, or no content
    ("Le grandi paure di molti bambini sono il buio e i tuoni.", []),
    ("La richiesta di alcuni documenti di identità è stata respinta.", []),
    ("Le critiche di alcuni colleghi sono arrivate ieri.", []),
])
def test_indefinite_owner(shipped, text, expected):
    """*le contestazioni di alcuni dipendenti in merito a…*: a group opened by an indefinite
    after a bare *di* owns the noun when its head is a speaking noun."""
    assert spoken(shipped, text) == expected
