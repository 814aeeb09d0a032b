"""Speakers of relatives after a title with its body, and titles after a modifier of the office:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a relative after "title di BODY,": the title's holder speaks, not the body
    ("Il presidente di Confindustria Mario Bianchi era presente. «La crescita è debole», ha detto il presidente "
     "di Confindustria, che ha aggiunto: «Serve coraggio».",
     [("direct", "La crescita è debole", "Mario Bianchi"), ("direct", "Serve coraggio", "Mario Bianchi")]),
    # a body named by more than one word, the title after a modifier of the office
    ("Il consiglio ha eletto Mario Bianchi vicepresidente del Csm. «È un onore», ha detto il nuovo numero due "
     "di Palazzo dei Marescialli, che ha aggiunto: «Lavoreremo insieme».",
     [("direct", "È un onore", "Mario Bianchi"), ("direct", "Lavoreremo insieme", "Mario Bianchi")]),
    # an unnamed holder keeps the description with its body
    ("È intervenuto il portavoce di Legambiente, che ha spiegato che i dati sono allarmanti.",
     [("indirect", "i dati sono allarmanti", "portavoce di Legambiente")]),
    # not a title before "di": the name after it is the antecedent (the verb agrees with it)
    ("Sono arrivati gli amici di Marco Rossi, che ha detto che la festa è finita.",
     [("indirect", "la festa è finita", "Marco Rossi")]),
])
def test_relative_after_title_of_body(shipped, text, expected):
    """*…, ha detto il presidente di X, che ha aggiunto…*: the antecedent of the relative is the
    title's holder, not the body after its *di*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a modifier of the office before the title: the holder named before
    ("Il presidente di Confindustria Mario Bianchi era presente. «La crescita è debole», ha detto il nuovo "
     "presidente di Confindustria.",
     [("direct", "La crescita è debole", "Mario Bianchi")]),
    ("Il presidente di Confindustria Mario Bianchi era presente. Il nuovo numero uno di Confindustria ha detto "
     "che la crescita è debole.",
     [("indirect", "la crescita è debole", "Mario Bianchi")]),
    # "numero due": the deputy
    ("Il vicepresidente di Confindustria Mario Bianchi era presente. «La crescita è debole», ha detto il numero "
     "due di Confindustria.",
     [("direct", "La crescita è debole", "Mario Bianchi")]),
])
def test_title_after_office_modifier(shipped, text, expected):
    """*il nuovo presidente*, *il nuovo numero uno*, *il numero due*: a description of the
    holder named before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("In quanto alle corti penali, il ministro di Grazia e Giustizia ha già dichiarato che un provvedimento è in preparazione.",
     [("indirect", "un provvedimento è in preparazione", "ministro di Grazia e Giustizia")]),
])
def test_title_domain_of_two_words(shipped, text, expected):
    """*il ministro di Grazia e Giustizia*: a domain of two capitalised words joined by *e*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "ex" + a body in an apposition after a name: a former affiliation, not the subject
    ("Il senatore Mario Neri, ex Forza Italia, che la sera prima aveva annunciato il suo sì, ha votato contro.",
     [("indirect", "il suo sì", "Mario Neri")]),
    ("Il senatore Mario Neri, ex Forza Italia, ha detto che voterà contro.",
     [("indirect", "voterà contro", "Mario Neri")]),
    # "l'ex" + a name opening the sentence is the subject itself
    ("L'ex Jugoslavia ha detto che non firmerà.",
     [("indirect", "non firmerà", "Jugoslavia")]),
])
def test_former_affiliation_apposed_to_name(shipped, text, expected):
    """*Mario Neri, ex Forza Italia, che…*: the body after *ex* in an apposition is the person's
    former party or team; the person speaks."""
    assert spoken(shipped, text) == expected
