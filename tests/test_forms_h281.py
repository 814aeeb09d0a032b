"""Content spans of reported speech: an object or a clause holding a name or a title in marks,
an object restricted after a comma (*, per quanto riguarda…*), a date between the cue and its
*che*. Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco Marco Neri ha dichiarato il 3 marzo che il ponte sarà chiuso per lavori.",
     [("indirect", "il ponte sarà chiuso per lavori", "Marco Neri")]),
    ("Il regista Paolo Verdi annunciò il 23 gennaio 2015 che le riprese del film erano iniziate a Torino.",
     [("indirect", "le riprese del film erano iniziate a Torino", "Paolo Verdi")]),
    ("Il ministro Luca Bianchi ha annunciato lo scorso 8 maggio che i fondi sono stati stanziati.",
     [("indirect", "i fondi sono stati stanziati", "Luca Bianchi")]),
    ("Il ministro Luca Bianchi ha confermato il 12 aprile scorso la chiusura della strada.",
     [("indirect", "la chiusura della strada", "Luca Bianchi")]),
    # the look-alikes: a date that ends its clause is what is said or foreseen
    ("Il lancio del satellite era previsto il 27 maggio, ma è stato rinviato.",
     [("indirect", "Il lancio del satellite era previsto il 27 maggio", None)]),
])
def test_date_before_the_content(shipped, text, expected):
    """A definite article, a day's number and a month (a year, *scorso* around it) between the
    cue and *che* or its object are a date, not what is reported."""
    assert spoken(shipped, text) == expected
