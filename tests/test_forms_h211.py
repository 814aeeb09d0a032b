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
