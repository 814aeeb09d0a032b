"""Who speaks through a document *secondo il quale / secondo cui*: forms of Italian news written
for these tests (no sentence comes from a gold set or fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a document the subject publishes, then "secondo il quale / secondo cui": the subject speaks
    ("L'associazione Legambiente ha diffuso ieri un rapporto secondo cui l'aria delle città è sempre più inquinata.",
     [("indirect", "l'aria delle città è sempre più inquinata", "Legambiente")]),
    ("Il sindacato ha presentato un documento secondo il quale i salari sono fermi da dieci anni.",
     [("indirect", "i salari sono fermi da dieci anni", "sindacato")]),
    ("Marco Rossi ha inviato al giornale una lettera secondo la quale i fondi sono stati spesi male.",
     [("indirect", "i fondi sono stati spesi male", "Marco Rossi")]),
    # the look-alikes: a document read, not published; a document with no subject publishing it
    ("I medici hanno letto un articolo secondo il quale le api potrebbero sparire entro il secolo.",
     [("indirect", "le api potrebbero sparire entro il secolo", None)]),
    ("Secondo uno studio pubblicato ieri, le api potrebbero sparire entro il secolo.",
     [("indirect", "le api potrebbero sparire entro il secolo", None)]),
])
def test_publisher_of_document(shipped, text, expected):
    """A document right before *secondo il quale / secondo cui* that the subject of a verb of
    publishing issues speaks for that subject; not a document read or one nobody is said to
    publish."""
    assert spoken(shipped, text) == expected
