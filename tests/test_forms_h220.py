"""A group of politicians as the subject of a verb of blame, and a second participle sharing the
cue's auxiliary: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "politici" is people who speak, like "deputati" or "senatori": no one named, a report
    ("Molti politici hanno condannato l'aggressione al giornalista.",
     [("indirect", "l'aggressione al giornalista", None)]),
    ("Diversi politici hanno criticato la nuova legge elettorale.",
     [("indirect", "la nuova legge elettorale", None)]),
    # the look-alike: a subject named by the noun keeps its mention
    ("I politici del luogo parlano spesso di sicurezza.",
     [("indirect", "sicurezza", "politici del luogo")]),
])
def test_politicians_speak(shipped, text, expected):
    """*politici* heads a subject of people who speak (the grammar's ``group_speakers``)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "e" + a participle sharing the auxiliary, with an article after it: a second act, the
    # object reported ends before it
    ("Molti politici hanno subito condannato l'aggressione ed espresso la loro solidarietà alla vittima.",
     [("indirect", "l'aggressione", None)]),
    ("Il presidente ha lodato l'impegno dei volontari e premiato i più giovani.",
     [("indirect", "l'impegno dei volontari", "presidente")]),
    # look-alikes: participles inside a di-content, an adjective of the object, a second verb
    # the parse already gives the cue (two quotations)
    ("Il ministro ha accusato Mosca di aver invaso e occupato la regione.",
     [("indirect", "di aver invaso e occupato la regione", "ministro")]),
    ("Il sindaco ha chiesto un piano chiaro e condiviso.",
     [("indirect", "un piano chiaro e condiviso", "sindaco")]),
    ("Il sindaco ha criticato la decisione e chiesto un incontro con il prefetto.",
     [("indirect", "la decisione", "sindaco"), ("indirect", "un incontro con il prefetto", "sindaco")]),
])
def test_second_participle_ends_object(shipped, text, expected):
    """*ha condannato X ed espresso Y*: the object of the cue ends before the second participle
    (``ContentEnds._second_participle``)."""
    assert spoken(shipped, text) == expected
