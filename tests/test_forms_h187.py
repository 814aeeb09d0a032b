"""What a quotation is about: names that only complete another name. Forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a person after a law's noun and its adjective: the law's name, not a person spoken of
    ("Il giornalista Pietro Neri paragona la riforma alla legge speciale Fanfani del 1952.",
     [("indirect", "la riforma alla legge speciale Fanfani del 1952", "Pietro Neri", [])]),
    # the look-alikes: the law's noun right before the name, and a person who made the law
    ("Il giornalista Pietro Neri paragona la riforma alla legge Fanfani del 1952.",
     [("indirect", "la riforma alla legge Fanfani del 1952", "Pietro Neri", [])]),
    ("Il giornalista Pietro Neri ha detto che la legge voluta da Fanfani era sbagliata.",
     [("indirect", "la legge voluta da Fanfani era sbagliata", "Pietro Neri", ["Fanfani"])]),
])
def test_name_after_a_law_and_its_adjective(shipped, text, expected):
    """*la legge speciale X*: X completes the name of the law (as in *la legge X*)."""
    assert spoken_about(shipped, text) == expected
