"""The subject's head, not a noun inside its relative clause: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the parse makes the relative's object the cue's subject: the noun the relative is said of
    ("Dopo una lunga ispezione, gli osservatori dell'OSCE che tengono sotto controllo la zona "
     "sostengono che \"la situazione è tranquilla\".",
     [("mixed", "la situazione è tranquilla", "osservatori dell'OSCE")]),
    ("Seguendo i movimenti delle truppe, gli osservatori dell'OSCE che tengono sotto controllo la zona "
     "sostengono che \"la situazione è tranquilla\".",
     [("mixed", "la situazione è tranquilla", "osservatori dell'OSCE")]),
    # a relative hung on the subject's di-complement: the description ends before it
    ("I ricercatori dell'università che tengono d'occhio il vulcano affermano che \"non c'è pericolo\".",
     [("mixed", "non c'è pericolo", "ricercatori dell'università")]),
    ("Gli esperti dell'Unione Europea che studiano la regione affermano che la siccità durerà a lungo.",
     [("indirect", "la siccità durerà a lungo", "esperti dell'Unione Europea")]),
    # the look-alikes: a relative on the head itself, a name inside it, a relative set off by commas
    ("I medici che hanno curato Marco Bellini affermano che le sue condizioni sono stabili.",
     [("indirect", "le sue condizioni sono stabili", "medici")]),
    ("Il sindaco Luca Ferri, che ha incontrato i commercianti, ha detto che il mercato riaprirà.",
     [("indirect", "il mercato riaprirà", "Luca Ferri")]),
    ("Con toni duri, i sindacati che rappresentano gli operai ribadiscono che lo sciopero continuerà.",
     [("indirect", "lo sciopero continuerà", "sindacati")]),
])
def test_subject_before_its_relative(shipped, text, expected):
    """The subject phrase is the head noun with its complements: a noun inside the restrictive
    relative clause said of it (its object) does not speak, nor is the relative part of it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present participle, then an article: the name after it is the participle's object
    ("Per scegliere il nuovo segretario i 30 Paesi formanti la NATO hanno proposto una votazione.",
     [("indirect", "una votazione", "30 Paesi")]),
    ("Per risolvere la crisi i 12 Stati formanti la CEDEAO hanno proposto un vertice.",
     [("indirect", "un vertice", "12 Stati")]),
    # the look-alikes: an adjective in -ente with the name right after it (its apposition), or none
    ("Il presidente uscente Mario Rossi ha detto che non si ricandiderà.",
     [("indirect", "non si ricandiderà", "Mario Rossi")]),
    ("Il deputato uscente ha detto che la Lega vincerà.",
     [("indirect", "la Lega vincerà", "deputato")]),
])
def test_subject_before_its_participle(shipped, text, expected):
    """*i Paesi formanti la CBI hanno proposto*: the name a present participle governs after its
    article does not speak; the noun the participle is said of does."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adjective of place in -ano read as a verb between the description and the name
    ("Il celebre pittore romano Franco Neri durante la mostra di Milano espresse dure critiche sul "
     "sindaco, affermando: «La città non ama l'arte».",
     [("direct", "La città non ama l'arte", "Franco Neri")]),
    # the look-alike: a plural noun before a real verb in -ano, the name after it its object
    ("I consiglieri di opposizione accusano Mario Rossi, affermando: «Il bilancio è falso».",
     [("direct", "Il bilancio è falso", "consiglieri di opposizione")]),
])
def test_name_after_adjective_read_as_verb(shipped, text, expected):
    """*il noto cantante napoletano Pino Daniele …, affermando*: the name after an adjective of
    place that the tagger reads as a verb is the apposition of the description, and speaks."""
    assert spoken(shipped, text) == expected
