"""Reported speech whose verb is listed but was not read as a cue: *esprimere* / *manifestare*
with *voglia* (*ha espresso la voglia di…*). Forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "voglia" as the stance noun of esprimere / manifestare, its di + infinitive what is wanted
    ("Il sindaco Mario Rossi ha espresso la sua voglia di riaprire lo stadio entro l'estate.",
     [("indirect", "di riaprire lo stadio entro l'estate", "Mario Rossi")]),
    ("La ministra Anna Bianchi ha manifestato la voglia di tornare in Parlamento.",
     [("indirect", "di tornare in Parlamento", "Anna Bianchi")]),
    # the look-alikes: whose wish, not what; no content after the noun
    ("Il comitato ha espresso la voglia di tutta la città.", []),
    ("Il cantante ha espresso la sua voglia e se n'è andato.", []),
])
def test_stance_noun_voglia(shipped, text, expected):
    """*esprimere la voglia di* + infinitive reports the wish, like *il desiderio di*."""
    assert spoken(shipped, text) == expected

