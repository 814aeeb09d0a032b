"""Passive and participle headlines of saying: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a participle opening a headline line, capitalised (the tagger may read it as a name), its agent after it
    ("Sciopero dei trasporti\nConfermate dalla prefettura le fasce di garanzia per i pendolari.",
     [("indirect", "le fasce di garanzia per i pendolari", "prefettura")]),
    ("Il vertice di Bari\nAnnunciato dal governo il nuovo piano per le periferie.",
     [("indirect", "il nuovo piano per le periferie", "governo")]),
    # an appointment, a person after the participle: no words
    ("Calcio\nConfermato dal presidente Giulio Neri alla guida della squadra.", []),
    # an action verb: no words
    ("Maltempo in Liguria\nChiuse dal sindaco le scuole della costa.", []),
])
def test_opening_participle_with_agent(shipped, text, expected):
    """A bare participle of saying opening a line, its agent *da X* after it: the noun phrase
    after the agent is reported, the agent speaks."""
    assert spoken(shipped, text) == expected

