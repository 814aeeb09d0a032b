"""Definite descriptions that name the one referent of the article: a synonym of a medium's noun (*la
rivista*, *la televisione*), the one organisation introduced as a medium of that kind; a profession
in a content (*l'attrice*), the one person named before it. Forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken, spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the one magazine the article introduced (a noun of the same kind before its name)
    ("Il settimanale tedesco Der Kurier ha pubblicato ieri un'intervista al ministro. "
     "Secondo la rivista, il ministro lascerà presto il suo incarico.",
     [("indirect", "il ministro lascerà presto il suo incarico", "Der Kurier")]),
    # the one television the article introduced in an apposition after its name
    ("Tele Sirio, una televisione privata, ha trasmesso le immagini dell'incidente. "
     "Secondo la televisione, tre persone sono rimaste ferite.",
     [("indirect", "tre persone sono rimaste ferite", "Tele Sirio")]),
    ("Radio Alpina, una televisione svizzera, ha seguito la vicenda. "
     "La televisione ha poi detto che due alpinisti sono stati salvati.",
     [("indirect", "due alpinisti sono stati salvati", "Radio Alpina")]),
    # look-alikes: two media of that kind introduced, none resolved
    ("Il settimanale tedesco Der Kurier ha pubblicato ieri un'intervista al ministro, ripresa dal "
     "quotidiano Abendpost. Secondo la rivista, il ministro lascerà presto il suo incarico.",
     [("indirect", "il ministro lascerà presto il suo incarico", "rivista")]),
    ("Radio Alpina, una televisione svizzera, ha seguito la vicenda insieme a Tele Lago, una "
     "televisione locale. La televisione ha poi detto che due alpinisti sono stati salvati.",
     [("indirect", "due alpinisti sono stati salvati", "televisione")]),
    # none introduced as a medium: the description stays
    ("Radio Alpina ha seguito la vicenda. La televisione ha poi detto che due alpinisti sono stati salvati.",
     [("indirect", "due alpinisti sono stati salvati", "televisione")]),
])
def test_medium_synonym_of_the_one_introduced(shipped, text, expected):
    """*la rivista*, *la televisione*: the one organisation the article introduced as a medium of
    that kind (*il settimanale X*, *X, una televisione…*); none when it introduced two."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a profession no one was introduced with, in a content: the one person named before it
    ("Anche Giulia Ferri ha scelto di adottare un bambino. Secondo il settimanale Vedette, "
     "l'attrice ha preso la decisione dopo anni di attese.",
     [("indirect", "l'attrice ha preso la decisione dopo anni di attese", "settimanale Vedette", ["Giulia Ferri"])]),
    ("Il ricovero di Giulia Ferri ha sorpreso tutti. Secondo i medici, l'attrice sarebbe stata colpita da un malore.",
     [("indirect", "l'attrice sarebbe stata colpita da un malore", "medici", ["Giulia Ferri"])]),
    # a medium's name before it, tagged as a person: its apposition is no title of it
    ("Anche Giulia Ferri ha scelto di adottare un bambino. Secondo la rivista Lucienne, "
     "l'attrice ha preso la decisione dopo anni di attese.",
     [("indirect", "l'attrice ha preso la decisione dopo anni di attese", "Lucienne", ["Giulia Ferri"])]),
    # look-alikes: two people of its gender, or only one of the other gender, or an indefinite
    # article: no one
    ("Anche Giulia Ferri e Marta Conti hanno scelto di adottare un bambino. Secondo il settimanale "
     "Vedette, l'attrice ha preso la decisione dopo anni di attese.",
     [("indirect", "l'attrice ha preso la decisione dopo anni di attese", "settimanale Vedette", [])]),
    ("Anche Paolo Ferri ha scelto di adottare un bambino. Secondo il settimanale Vedette, "
     "l'attrice ha preso la decisione dopo anni di attese.",
     [("indirect", "l'attrice ha preso la decisione dopo anni di attese", "settimanale Vedette", [])]),
    ("Il ricovero di Giulia Ferri ha sorpreso tutti. Secondo i medici, un'attrice sarebbe stata colpita da un malore.",
     [("indirect", "un'attrice sarebbe stata colpita da un malore", "medici", [])]),
])
def test_profession_of_the_one_named_in_a_content(shipped, text, expected):
    """*l'attrice*, *l'artista* in a content, a profession the article gave no one: the one person
    named in the passage before it (not the speaker, not of the other gender); none when two fit."""
    assert spoken_about(shipped, text) == expected
