"""Who speaks in a passive of appeal (*è stato invitato a dimettersi*): the one urged is its
subject, and no one who urged is named. Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken


@pytest.mark.parametrize("text,expected", [
    # a passive of a verb of appeal (a_infinitive_verbs) with no agent: the subject was urged,
    # no one who urged is named (the ranker had made the subject speak)
    ("Il presidente Luca Bianchi è stato invitato a dimettersi.", [("indirect", "a dimettersi", None)]),
    ("Il sindaco Mario Rossi è stato esortato a lasciare l'incarico.",
     [("indirect", "a lasciare l'incarico", None)]),
    # the look-alikes: the active (its subject urges), a participle set off before the cue
    ("Il presidente Luca Bianchi ha invitato il sindaco a dimettersi.",
     [("indirect", "il sindaco a dimettersi", "Luca Bianchi")]),
    ("Luca Bianchi, invitato a parlare, ha detto che la riforma è sbagliata.",
     [("indirect", "la riforma è sbagliata", "Luca Bianchi")]),
])
def test_passive_appeal_names_no_speaker(shipped, text, expected):
    """A passive of appeal without its agent names no one who urged (rule ``unnamed``, which the
    speaker ranker keeps null), as a passive charge names no accuser."""
    assert spoken(shipped, text) == expected
