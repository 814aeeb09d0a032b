"""Content that comes before its cue: the passive of a verb of questioning, its subject what was
questioned. Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the subject of the passive is what was questioned; the agent, when there is one, speaks
    ("La validità del metodo è stata messa in dubbio dal sindaco Luca Neri.",
     [("indirect", "La validità del metodo", "Luca Neri")]),
    ("La sua versione dei fatti era stata più volte messa in dubbio.",
     [("indirect", "La sua versione dei fatti", None)]),
    ("L'utilità del nuovo ponte fu quindi messa in discussione, e il progetto fu abbandonato.",
     [("indirect", "L'utilità del nuovo ponte", None)]),
    # a subject the parse finds (a noun phrase with "e" inside), a clause opened by ", e"
    ("Il legame tra fumo e tumori fu poi messo in discussione.",
     [("indirect", "Il legame tra fumo e tumori", None)]),
    ("Il quadro era stato comprato nel 1950 da un collezionista, e la sua firma fu poi messa in dubbio.",
     [("indirect", "la sua firma", None)]),
    # the look-alikes: a person questioned, another phrase of mettere, the active voice with an
    # object (an act, not listed), the active with che (a report, as before)
    ("Il pilota è stato messo in discussione dopo la gara.", []),
    ("Il progetto è stato messo in pausa.", []),
    ("Il sindaco Luca Neri ha messo in discussione la validità del metodo.", []),
    ("Talvolta, come quando si mette in discussione il ruolo del Senato, si discute a lungo.", []),
    ("Il sindaco Luca Neri ha messo in dubbio che il metodo funzioni.",
     [("indirect", "il metodo funzioni", "Luca Neri")]),
])
def test_passive_of_questioning(shipped, text, expected):
    """The passive of a verb of ``questioning_passive_verbs`` (*è stata messa in dubbio*) reports
    its subject before it, with its agent or with none."""
    assert spoken(shipped, text) == expected
