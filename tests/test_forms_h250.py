"""Speakers of matched quotations: forms of Italian news written for these tests (no sentence
comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title an articled preposition opens, then di + a body or a place, then the relative:
    # the title's holder speaks, not the body or the place
    ("La decisione spetta al sindaco di Pisa, il quale ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "sindaco di Pisa")]),
    ("La proposta è stata respinta dal presidente della Juventus, che ha detto che non venderà la squadra.",
     [("indirect", "non venderà la squadra", "presidente della Juventus")]),
    ("Questa sembra la linea preferita dal presidente della Regione, il quale, intervistato ieri, "
     "ha avvertito che farà ricorso.",
     [("indirect", "farà ricorso", "presidente della Regione")]),
    # the look-alikes: a body with no title before it; a name in apposition after the title;
    # a title opened by an article
    ("La decisione spetta alla Regione Toscana, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "Regione Toscana")]),
    ("La lettera è arrivata al sindaco di Pisa, Carlo Neri, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "Carlo Neri")]),
    ("Ieri si è dimesso il sindaco di Pisa, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "sindaco di Pisa")]),
])
def test_relative_after_a_title_after_a_preposition(shipped, text, expected):
    """*…spetta al sindaco di Pisa, il quale ha detto…*: the relative is said of the title's
    holder, as after *il sindaco di Pisa, che…*; the body or place after *di* is no speaker."""
    assert spoken(shipped, text) == expected
