"""Names governed by a preposition of circumstance or address (*durante l'incontro con X*, *al
prefetto X*, *in un'intervista a X*) are not who speaks in that clause: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a phrase of circumstance set off by commas after the subject: the subject speaks
    ("Il teologo, durante l'incontro con il cardinale Marco Bellini, ha proposto una «revisione completa delle regole».",
     [("mixed", "revisione completa delle regole", "teologo")]),
    ("Il ministro, in un'intervista a Repubblica, ha detto che le tasse scenderanno.",
     [("indirect", "le tasse scenderanno", "ministro")]),
    ("La senatrice Anna Neri, durante il confronto con Luca Ferri, ha ribadito che la legge non cambierà.",
     [("indirect", "la legge non cambierà", "Anna Neri")]),
    # a name before the aside is the subject itself and still speaks
    ("Il presidente Marco Bellini, nel colloquio con la ministra, ha spiegato che i fondi arriveranno a marzo.",
     [("indirect", "i fondi arriveranno a marzo", "Marco Bellini")]),
])
def test_circumstance_aside_of_subject(shipped, text, expected):
    """The parse may hang a comma-set phrase of circumstance on the subject; its name is not the
    speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the addressee of thanks, after "al": the thanker of the sentence before speaks
    ("Il sindaco Paolo Verdi ha chiuso il convegno. Un ringraziamento di Verdi anche al prefetto Marco Bellini, "
     "che «ha seguito ogni fase del lavoro con grande attenzione».",
     # (the marks open inside the writer's relative clause: mixed, the guidelines)
     [("mixed", "ha seguito ogni fase del lavoro con grande attenzione", "Paolo Verdi")]),
    # a fronted addressee after "A": the subject of the sentence before asks, not the addressee
    ("Il produttore Paolo Verdi ha offerto un contratto a tutti gli attori. A Marco Bellini, invece, ha chiesto di recitare gratis.",
     [("indirect", "di recitare gratis", "Paolo Verdi")]),
])
def test_ranker_skips_circumstance_names(shipped, text, expected):
    """The ranker does not choose, in the quotation's own sentence, a name after a preposition of
    circumstance or address."""
    assert spoken(shipped, text) == expected
