"""Marked capitalised names in a noun phrase's slot: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # capitalised marked words after an article or a preposition, no finite verb: a name
    ("Il deputato Marco Bini ha spiegato che l'indagine sulla \"Cupola del Tevere\" non è ancora chiusa.",
     [("indirect", "l'indagine sulla \"Cupola del Tevere\" non è ancora chiusa", "Marco Bini"),
      ("other", "Cupola del Tevere", None)]),
    ("Il parlamento ha approvato la legge che ne cambierà il nome in “Repubblica del Danubio orientale”. "
     "La legge entrerà in vigore a giugno.",
     [("other", "Repubblica del Danubio orientale", None)]),
    # lower-case words after a preposition stay the speaker's
    ("Il ministro Carlo Neri ha parlato di \"una vergogna nazionale\" durante la conferenza.",
     [("mixed", "una vergogna nazionale", "Carlo Neri")]),
    # capitalised words with a comma, a list of attributes, stay the speaker's
    ("Il presidente Carlo Neri ha descritto la pace in Europa come \"Una conquista lenta, fragile e preziosa\" nel suo discorso.",
     [("mixed", "Una conquista lenta, fragile e preziosa", "Carlo Neri")]),
    # capitalised words right after the cue's verb, not in a noun's slot, stay the speaker's
    ("Il ministro Carlo Neri ha detto che la riforma è \"Una svolta storica\" per il paese.",
     [("mixed", "Una svolta storica", "Carlo Neri")]),
])
def test_capitalised_name_after_article_or_preposition(shipped, text, expected):
    """*l'indagine sulla «Cupola del Tevere»*, *il nome in «Repubblica del …»*: a name, *other*;
    not lower-case words, a list with commas, nor capitalised words after a verb."""
    assert spoken(shipped, text, other=True) == expected
