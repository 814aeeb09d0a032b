"""Wrong speakers: a name inside an aside taken for the subject, forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an aside between dashes, with a clause of its own naming someone else, interrupts the subject
    ("L'ambasciatore russo in Italia - rimasto in silenzio da giugno, quando gli Stati Uniti imposero "
     "le sanzioni - ha dichiarato al Corriere che il suo Paese vuole la pace.",
     [("indirect", "il suo Paese vuole la pace", "ambasciatore russo in Italia")]),
    ("Il sindaco Mario Rossi – eletto nel 2019, quando la Lega vinse anche a Pisa – ha detto che il ponte verrà chiuso.",
     [("indirect", "il ponte verrà chiuso", "Mario Rossi")]),
    ("La presidente della Regione – che Matteo Salvini aveva sostenuto – ha annunciato che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "presidente della Regione")]),
    # the look-alikes: an aside with no clause; a name in the aside before a comma, not a dash
    ("Anna Neri – ex ministra dell'Interno – ha detto che il governo cadrà entro l'estate.",
     [("indirect", "il governo cadrà entro l'estate", "Anna Neri")]),
    # a name apposed before the dash, no aside clause
    ("Il portavoce del governo, Marco Neri, ha detto che la riforma passerà.",
     [("indirect", "la riforma passerà", "Marco Neri")]),
])
def test_subject_before_dashed_aside(shipped, text, expected):
    """*X – …, quando Y fece… – ha dichiarato che…*: the subject the dashes interrupt speaks, not
    a name in the aside's clause, nearer the verb."""
    assert spoken(shipped, text) == expected
