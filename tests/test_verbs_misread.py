"""Verbs of saying the tagger misreads: pasts in the *passato remoto* (*chiese* as the noun,
*ribatté* as a name, *insistette* as an adverb; grammar ``past_infinitives`` gives their
infinitive) and presents read as an adjective of the name before them (*Mario Rossi specifica
che…*). Sentences written for these tests (none from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Mario Rossi rispose che la crisi era finita.",
     [("indirect", "la crisi era finita", "Mario Rossi")]),
    ("Il ministro Mario Rossi chiese che la legge fosse ritirata.",
     [("indirect", "la legge fosse ritirata", "Mario Rossi")]),
    ("Nel 1920 il sindaco Luigi Neri chiese al governo di finanziare il porto.",
     [("indirect", "di finanziare il porto", "Luigi Neri")]),
    ("Il ministro Mario Rossi ribatté che la crisi era finita.",
     [("indirect", "la crisi era finita", "Mario Rossi")]),
    ("Il ministro Mario Rossi insistette che la crisi era finita.",
     [("indirect", "la crisi era finita", "Mario Rossi")]),
    ("Il ministro Mario Rossi promise che la crisi sarebbe finita.",
     [("indirect", "la crisi sarebbe finita", "Mario Rossi")]),
    ("Il ministro Mario Rossi riconobbe che la crisi era finita.",
     [("indirect", "la crisi era finita", "Mario Rossi")]),
    ("I sindacati risposero che lo sciopero sarebbe continuato.",
     [("indirect", "lo sciopero sarebbe continuato", "sindacati")]),
    # the same words as nouns: after an article or a verb
    ("Le chiese di Roma furono restaurate nel Seicento.", []),
    ("Le difese della città cedettero dopo tre giorni.", []),
    ("Il governo non può avanzare oggi pretese territoriali sulla regione.", []),
])
def test_past_remote_cue(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Mario Rossi specifica che la norma vale per tutti.",
     [("indirect", "la norma vale per tutti", "Mario Rossi")]),
    # an adjective of a noun with a relative after it stays an adjective
    ("Il ministro ha dato una risposta precisa che ha convinto tutti.", []),
])
def test_present_read_as_adjective_after_name(shipped, text, expected):
    assert spoken(shipped, text) == expected
