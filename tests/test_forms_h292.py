"""A cue set off by commas after a subject whose relative clause holds the only verb before it:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the subject and its relative before the aside, the main verb after it: one clause reported
    ("Il piano che abbiamo presentato, ha detto il ministro Carlo Neri, è pronto da mesi.",
     [("indirect", "Il piano che abbiamo presentato, ha detto il ministro Carlo Neri, è pronto da mesi", "Carlo Neri")]),
    ("Le misure che il governo ha preso, ha spiegato la sindaca Anna Rossi, non bastano.",
     [("indirect", "Le misure che il governo ha preso, ha spiegato la sindaca Anna Rossi, non bastano", "Anna Rossi")]),
    ("Il ponte che collega le due rive, ha spiegato l'ingegnere Paolo Bassi, sarà chiuso per tre mesi.",
     [("indirect", "Il ponte che collega le due rive, ha spiegato l'ingegnere Paolo Bassi, sarà chiuso per tre mesi",
       "Paolo Bassi")]),
    # the look-alikes: the main verb before the cue (the clause before it only), a lead with no verb
    ("Il piano che abbiamo presentato è pronto, ha detto il ministro Carlo Neri.",
     [("indirect", "Il piano che abbiamo presentato è pronto", "Carlo Neri")]),
    ("Il ponte, ha spiegato l'ingegnere Paolo Bassi, sarà chiuso per tre mesi.",
     [("indirect", "Il ponte, ha spiegato l'ingegnere Paolo Bassi, sarà chiuso per tre mesi", "Paolo Bassi")]),
])
def test_relative_before_aside(shipped, text, expected):
    """*Il piano che abbiamo presentato, ha detto X, è pronto*: the relative is the subject's, the
    clause goes on past the aside; with the main verb before the cue only that clause is reported."""
    assert spoken(shipped, text) == expected
