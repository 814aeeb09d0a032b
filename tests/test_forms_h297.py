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


@pytest.mark.parametrize("text,expected", [
    # a kin noun set off before a name is that person's description; "secondo le parole della
    # figlia" names her, not the one the sentence is about
    ("La figlia di Anna Neri, Elisa Novelli, spera in una nuova vita. Anna Neri potrà tornare a casa, "
     "«una clausola che ha sempre rispettato», secondo le parole della figlia.",
     [("mixed", "una clausola che ha sempre rispettato", "Elisa Novelli")]),
    ("La figlia di Anna Neri, Elisa Novelli, spera in una nuova vita. Anna Neri potrà tornare a casa, ha detto la figlia.",
     [("indirect", "Anna Neri potrà tornare a casa", "Elisa Novelli")]),
    ("Il padre di Giulia, Marco Rossi, ha incontrato il sindaco. Il padre ha detto che la famiglia vuole giustizia.",
     [("indirect", "la famiglia vuole giustizia", "Marco Rossi")]),
    # no one introduced so: the kin noun keeps its description, not the person named
    ("Anna Neri potrà tornare a casa: «è un giorno di festa», secondo le parole del marito.",
     [("indirect", "Anna Neri potrà tornare a casa", "marito"), ("direct", "è un giorno di festa", "marito")]),
    ("Ottenuta la scarcerazione, Anna Neri potrà tornare a casa, «una clausola che ha sempre rispettato», "
     "secondo le parole della figlia.",
     [("mixed", "una clausola che ha sempre rispettato", "figlia")]),
    # the look-alikes: a name after "di" says whose relative; the title before a name still names it
    ("Il padre di Giulia ha incontrato il sindaco Marco Rossi. Il padre ha detto che la famiglia vuole giustizia.",
     [("indirect", "la famiglia vuole giustizia", "padre di Giulia")]),
    ("Il portavoce della Regione, Luca Ferri, ha parlato. Secondo il portavoce, i fondi arriveranno entro marzo.",
     [("indirect", "i fondi arriveranno entro marzo", "Luca Ferri")]),
])
def test_relative_named_by_kin_noun(shipped, text, expected):
    """*la figlia di X, Y,* introduces Y as *la figlia*: a later *la figlia* (as a subject or
    after *secondo*) is Y; a source that names a person by a title or kin noun only is the
    rules' speaker, which the ranker does not replace with the person the sentence is about."""
    assert spoken(shipped, text) == expected
