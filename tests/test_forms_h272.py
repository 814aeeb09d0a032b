"""Marked terms in a noun's slot inside a clause that no one signs: a scare quote (*other*), not
the words of a speaker. Forms of Italian news written for these tests (no sentence comes from a
gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # one or two lower-case words after an article or a preposition, in a clause with no speaker
    ("A riprova di questo, fanno notare come le \"consulenze tecniche\" siano pagate con regolare fattura.", []),
    ("La banca, sospettata di un coinvolgimento nella \"speculazione\" sui titoli, ha chiuso gli sportelli.", []),
    ("Contrariamente a quanto si crede e si dice, le frane non sono una \"sorpresa autunnale\" in questa valle.", []),
    # the look-alikes that stay the speaker's words: a speaker signs the clause
    ("Il sindaco Paolo Verdi ha parlato di «sciagura evitabile» davanti ai cronisti.",
     [("mixed", "sciagura evitabile", "Paolo Verdi")]),
    ("Anna Neri ha definito il progetto una \"follia\" durante il consiglio.",
     [("mixed", "follia", "Anna Neri")]),
    ("I manifestanti hanno gridato alle \"dimissioni\" del sindaco.",
     [("mixed", "dimissioni", "manifestanti")]),
    # no speaker, but a predicate with no article before it, or an exclamation
    ("Il ministro è stato ritenuto \"intoccabile\" per anni.", [("mixed", "intoccabile", None)]),
    ("Ci hanno proclamati «nemici del popolo» e ci trattano come «ribelli».",
     [("mixed", "nemici del popolo", None)]),
    ("Lo hanno descritto come un «genio» della finanza.", [("mixed", "genio", None)]),
    ("Il pubblico ha risposto con «bravo!» alla fine del concerto.", [("mixed", "bravo!", "pubblico")]),
])
def test_unsigned_term_in_noun_slot(shipped, text, expected):
    """A short lower-case marked term right after an article or a preposition, in a clause
    with no speaker, is a term set apart (*other*); with a speaker, a predicate or an
    exclamation it stays the speaker's words (*mixed*)."""
    assert spoken(shipped, text) == expected
