"""A clause that takes up a quotation or a claim: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest
import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


def speech(nlp, text):
    return spoken(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("«Sono innocente». Marco Rossi lo ripete da giorni.",
     [("direct", "Sono innocente", "Marco Rossi")]),
    ("«Il piano non funziona». Anna Bruni lo aveva detto già a marzo.",
     [("direct", "Il piano non funziona", "Anna Bruni")]),
    ("«Sono innocente.» Marco Rossi lo ripete da giorni.",
     [("direct", "Sono innocente.", "Marco Rossi")]),
    ("«Il piano non funziona». Il sindaco Luca Verdi l'ha detto ieri.",
     [("direct", "Il piano non funziona", "Luca Verdi")]),
    # the cue just after the quotation keeps it
    ("«Il piano non funziona», dice Marco Rossi. Anna Bruni lo ha ribadito ieri.",
     [("direct", "Il piano non funziona", "Marco Rossi")]),
    # a clitic of blame is a person; a verb that is not saying reports nothing
    ("«Il piano non funziona». Anna Bruni lo ha criticato ieri.",
     []),
    ("«Il piano non funziona». Anna Bruni lo ha visto ieri.",
     []),
])
def test_subject_then_clitic_takes_up_quote(shipped, text, expected):
    """A named subject and the clitic of a verb of saying right after a quotation (*X lo ripete*) sign it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Opposto il parere di Marco Rossi: «Il ponte è inutile».",
     [("direct", "Il ponte è inutile", "Marco Rossi")]),
    ("Netto il no della Cgil: «Il ponte è inutile».",
     [("direct", "Il ponte è inutile", "Cgil")]),
    ("Opposto il parere del sindaco Marco Rossi: il ponte è inutile.",
     [("indirect", "il ponte è inutile", "Marco Rossi")]),
    # no name after the noun; no colon before the marks
    ("La proposta di legge: «Più fondi alle scuole».", []),
    ("Il parere di Marco Rossi «Il ponte è inutile» è stato letto in aula.", []),
])
def test_stance_noun_of_speaker_before_colon(shipped, text, expected):
    """A noun of stance (*il parere di X*, *il no di X*) before a colon says whose the quotation after it is."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ne è convinta Anna Bruni: il progetto sarà approvato entro l'estate.",
     [("indirect", "il progetto sarà approvato entro l'estate", "Anna Bruni")]),
    ("Ne è convinto anche il sindaco Luca Verdi: il ponte va chiuso subito.",
     [("indirect", "il ponte va chiuso subito", "Luca Verdi")]),
    ("Ne è certa la Regione: i fondi arriveranno a maggio.",
     [("indirect", "i fondi arriveranno a maggio", "Regione")]),
    ("Ne è convinta Anna Bruni: «Il progetto sarà approvato».",
     [("direct", "Il progetto sarà approvato", "Anna Bruni")]),
    # a thing that is certain speaks no one's words
    ("È certa la data: il concerto si terrà il 5 maggio.", []),
])
def test_stance_adjective_then_subject_before_colon(shipped, text, expected):
    """*(Ne) è convinto X: …*: a copula, an adjective of stance and its subject before a colon say whose the clause after it is."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # numbers and rules speak for no one
    ("Lo dicono i numeri: la disoccupazione è scesa al 6 per cento.", []),
    ("Lo dice il regolamento: le porte restano chiuse.", []),
    # the body behind the data does
    ("Lo dicono i dati dell'Istat: la disoccupazione è scesa al 6 per cento.",
     [("indirect", "la disoccupazione è scesa al 6 per cento", "Istat")]),
    ("Lo conferma l'Istat: la disoccupazione è scesa al 6 per cento.",
     [("indirect", "la disoccupazione è scesa al 6 per cento", "Istat")]),
])
def test_clitic_then_data_subject_is_no_speaker(shipped, text, expected):
    """*Lo dicono i numeri: …*: after a clitic that takes up a claim, data or a rule as the subject is no speaker."""
    assert speech(shipped, text) == expected
