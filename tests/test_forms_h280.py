"""Source markers with no verb of saying (secondo…, dalle dichiarazioni di…): forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "secondo" + an indefinite and a group noun closing the sentence, no comma: still a source
    # (no one named: speaker null, the guidelines' "secondo alcuni…")
    ("La villa è stata venduta per tre milioni secondo alcuni giornali locali.",
     [("indirect", "La villa è stata venduta per tre milioni", None)]),
    ("Il raccolto sarà scarso quest'anno secondo molti agricoltori della zona.",
     [("indirect", "Il raccolto sarà scarso quest'anno", None)]),
    # the look-alikes: a manner of the verb ("in accordance with") stays no report
    ("Le squadre sono state divise secondo alcuni criteri precisi.", []),
    ("I posti sono stati assegnati secondo vari metodi.", []),
    # and a named source or a title, with or without an indefinite, as before
    ("Il ponte sarà riaperto a maggio secondo il sindaco Carlo Neri.",
     [("indirect", "Il ponte sarà riaperto a maggio", "Carlo Neri")]),
    ("La villa è stata venduta per tre milioni, secondo alcuni giornali.",
     [("indirect", "La villa è stata venduta per tre milioni", None)]),
])
def test_closing_indefinite_source(shipped, text, expected):
    """*… secondo alcuni giornali.* closing its sentence reports as *…, secondo alcuni giornali.*
    does; *secondo alcuni criteri* is a manner, no source."""
    assert spoken(shipped, text) == expected

