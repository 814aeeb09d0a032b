"""Content span boundaries: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

QUOTED = "«Non l'ho mai preso, non sapevo come prenderlo»"


@pytest.mark.parametrize("text,expected", [
    # a che-clause, ", e di" + an infinitive, then a colon and the speaker's words in marks: two
    # propositions with two complements, each reported on its own, besides the quotation
    (f"Il pugile Marco Rossi ha dichiarato che lo stile dello sfidante è elusivo, e di non averlo mai colpito: {QUOTED}.",
     [("indirect", "lo stile dello sfidante è elusivo", "Marco Rossi"),
      ("indirect", "di non averlo mai colpito", "Marco Rossi"),
      ("direct", "Non l'ho mai preso, non sapevo come prenderlo", "Marco Rossi")]),
    # the other way round: di + infinitive, then ", e che"
    (f"Il pugile Marco Rossi ha dichiarato di essere stanco, e che la palestra riaprirà presto: {QUOTED}.",
     [("indirect", "di essere stanco", "Marco Rossi"),
      ("indirect", "la palestra riaprirà presto", "Marco Rossi"),
      ("direct", "Non l'ho mai preso, non sapevo come prenderlo", "Marco Rossi")]),
    # look-alikes that stay one proposition: no comma before "e di", or the same complement again
    (f"Il pugile Marco Rossi ha dichiarato che lo stile dello sfidante è elusivo e di non averlo mai colpito: {QUOTED}.",
     [("indirect", "lo stile dello sfidante è elusivo e di non averlo mai colpito", "Marco Rossi"),
      ("direct", "Non l'ho mai preso, non sapevo come prenderlo", "Marco Rossi")]),
    (f"Il pugile Marco Rossi ha dichiarato che lo stile dello sfidante è elusivo, e che non lo aveva mai colpito: {QUOTED}.",
     [("indirect", "lo stile dello sfidante è elusivo, e che non lo aveva mai colpito", "Marco Rossi"),
      ("direct", "Non l'ho mai preso, non sapevo come prenderlo", "Marco Rossi")]),
    # without the colon and the marks the split was already there (unchanged)
    ("Il pugile Marco Rossi ha dichiarato che lo stile dello sfidante è elusivo, e di non averlo mai colpito.",
     [("indirect", "lo stile dello sfidante è elusivo", "Marco Rossi"),
      ("indirect", "di non averlo mai colpito", "Marco Rossi")]),
])
def test_switched_complement_before_colon(shipped, text, expected):
    """*ha dichiarato che X, e di Y: «…»*: the clause before the colon of a cue whose quotation
    follows in marks holds two propositions with the other complement after *, e*; each is an
    indirect quotation of its own, as when no quotation follows."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a di + infinitive content, then ", e" and a proper name: someone else the writer goes on to
    ("Tra i primi a commentare c'è il sindaco Mario Bianchi, che promette di chiudere il campo nomadi, "
     "e Paolo Neri, ex assessore della Regione, oltre al suo vice Luca Verdi.",
     [("indirect", "di chiudere il campo nomadi", "Mario Bianchi")]),
    ("Il ministro Carlo Rossi ha chiesto di restare in aula, e Bianchi ha accettato la proposta.",
     [("indirect", "di restare in aula", "Carlo Rossi")]),
    # look-alikes that go on: names in the infinitive's object without a comma, a second di + infinitive
    ("Il ministro Carlo Rossi ha chiesto di incontrare Bianchi e Verdi entro lunedì.",
     [("indirect", "di incontrare Bianchi e Verdi entro lunedì", "Carlo Rossi")]),
    ("Il ministro Carlo Rossi ha chiesto di rinviare il voto, e di aprire un tavolo con i sindacati.",
     [("indirect", "di rinviare il voto, e di aprire un tavolo con i sindacati", "Carlo Rossi")]),
])
def test_di_content_ends_before_named_conjunct(shipped, text, expected):
    """*…, che promette di chiudere il campo, e Paolo Neri, …*: a *di* + infinitive content ends at
    the comma before *e* and a proper name."""
    assert spoken(shipped, text) == expected
