"""Reported speech with a verb cue that the finder missed: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of ruling with a court or a body as its subject, an aside or a setting before che
    ("La Corte d'appello ha stabilito ieri, dopo tre ore di camera di consiglio, che il licenziamento era illegittimo.",
     [("indirect", "il licenziamento era illegittimo", "Corte d'appello")]),
    ("La Consulta ha decretato che la norma sulle nomine è incostituzionale.",
     [("indirect", "la norma sulle nomine è incostituzionale", "Consulta")]),
    ("Il giudice Marta Colombo ha infatti stabilito che la querela era infondata.",
     [("indirect", "la querela era infondata", "Marta Colombo")]),
    # the look-alikes: a finding, a law's text, a person who is no judge, a decree of an act
    ("Le analisi hanno stabilito, dopo settimane di esami, che il virus era arrivato dall'estero.", []),
    ("Il regolamento stabilisce che gli uffici chiudono alle sei.", []),
    ("Il medico legale ha stabilito che la donna è morta per annegamento.", []),
    ("Il prefetto ha decretato lo stato di emergenza.", []),
])
def test_ruling_with_aside(shipped, text, expected):
    """A verb of ruling (``ruling_verbs``: *stabilire*, *decretare*) reports its *che*-clause when
    a body or a court (``body_nouns``, ``court_nouns``: *il giudice X*) is its subject, an aside
    or a setting between the verb and *che* (*ha stabilito ieri, dopo…, che*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bracketed aside closing the setting between the cue and che
    ("La Corte d'appello ha stabilito ieri, con una sentenza di sette voti a sei (due giudici erano assenti) che il licenziamento era illegittimo.",
     [("indirect", "il licenziamento era illegittimo", "Corte d'appello")]),
    ("Il sindaco Mario Rossi ha detto ieri, in una conferenza stampa (trasmessa in diretta) che le scuole riapriranno.",
     [("indirect", "le scuole riapriranno", "Mario Rossi")]),
    # the look-alike: no cue, a relative che after the bracket
    ("Il sindaco Mario Rossi ha visitato ieri, con il ministro (arrivato in treno) la scuola che riaprirà.", []),
])
def test_bracket_in_setting(shipped, text, expected):
    """A setting set off by a comma after the cue may end with a bracketed aside right before
    *che* (*ha decretato oggi, con una sentenza 5 a 4 (i giudici sono nove) che…*)."""
    assert spoken(shipped, text) == expected
