"""A thing that shows a thing is no speaker: forms of Italian prose written for these tests (no
sentence comes from a gold set or from the fresh texts)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of showing with a thing as subject and a noun phrase as object: evidence, no one's words
    ("I reperti ritrovati nella grotta attestano la presenza di un villaggio neolitico.", []),
    ("La crisi del settore ha messo in luce la debolezza delle piccole imprese.", []),
    ("Gli scavi del 1990 hanno confermato la presenza di una chiesa nel borgo.", []),
    # a thing that allows something (ammettere as "to admit of")
    ("Il regolamento del torneo ammette tre sostituzioni per squadra.", []),
    # the names in a relative clause of the subject are not who the subject is
    ("Nacque così un genere di romanzo che racconta la vita di Giuseppe Garibaldi.", []),
    # people, bodies and documents still speak
    ("Il corridore Marco Neri ha confermato la sua presenza al via della corsa.",
     [("indirect", "la sua presenza al via della corsa", "Marco Neri")]),
    ("Il pilota ha confermato la sua presenza al via della corsa.",
     [("indirect", "la sua presenza al via della corsa", "pilota")]),
    ("Gli scopritori hanno suggerito una datazione più antica.",
     [("indirect", "una datazione più antica", "scopritori")]),
    ("L'allenatore Luca Bianchi ha ammesso gli errori della squadra.",
     [("indirect", "gli errori della squadra", "Luca Bianchi")]),
    ("Il rapporto dell'Istat evidenzia un calo dei consumi.",
     [("indirect", "un calo dei consumi", "Istat")]),
    ("I dati pubblicati dall'Istat indicano che la disoccupazione è in calo.",
     [("indirect", "la disoccupazione è in calo", "Istat")]),
    ("L'orchestra cittadina ha confermato il tradizionale concerto di Capodanno.",
     [("indirect", "il tradizionale concerto di Capodanno", "orchestra cittadina")]),
    # told to someone: a person's act of saying, whoever the subject
    ("Gli eredi confermano al cronista la volontà di vendere la villa.",
     [("indirect", "la volontà di vendere la villa", "eredi")]),
    # an aside inside a quotation, set off by dashes, stays a cue
    ("«Il ponte è sicuro - conferma l'ingegnere Paolo Verdi - e non c'è motivo di chiuderlo».",
     [("direct", "Il ponte è sicuro", "Paolo Verdi"), ("direct", "e non c'è motivo di chiuderlo", "Paolo Verdi")]),
])
def test_thing_that_shows(shipped, text, expected):
    """A verb of showing (*attestare*, *confermare*, *evidenziare*, *mettere in luce*)
    whose subject is a thing, with a clause or an object after it, reports no one's words; a
    person, a body or a document as subject still speaks."""
    assert spoken(shipped, text) == expected
