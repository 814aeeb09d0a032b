"""A definite description by a synonym of a medium's noun (*la rivista*, *la televisione*) that
names the one organisation the article introduced as a medium of that kind: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


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
