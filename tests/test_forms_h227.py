"""Objects of verbs of saying that the kit missed: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "oltre" (a quantity opener that is also a preposition) and a number open the object
    ("Il prefetto Marco Bianchi ha annunciato oltre 300 nuove assunzioni in questura.",
     [("indirect", "oltre 300 nuove assunzioni in questura", "Marco Bianchi")]),
    ("Il sindaco Paolo Verdi ha denunciato oltre 30 casi di abusivismo.",
     [("indirect", "oltre 30 casi di abusivismo", "Paolo Verdi")]),
    # the look-alikes: a number of times or hours measures the verb; "oltre a" is a preposition;
    # a quantity opener that is no preposition opened the object already
    ("Il ministro Carlo Neri ha criticato oltre 10 volte la riforma.", []),
    ("Il sindaco Paolo Verdi ha parlato oltre 2 ore in consiglio.", []),
    ("Il sindaco Paolo Verdi ha annunciato oltre al bilancio il nuovo piano del traffico.", []),
    ("Il prefetto Marco Bianchi ha annunciato almeno tre nuove assunzioni in questura.",
     [("indirect", "almeno tre nuove assunzioni in questura", "Marco Bianchi")]),
])
def test_number_after_oltre_opens_the_object(shipped, text, expected):
    """*ha annunciato oltre 300 assunzioni*: *oltre* and a number open the reported object, as a
    bare number does (*6 morti*); not before a noun of time or of times (*oltre 10 volte*)."""
    assert spoken(shipped, text) == expected

