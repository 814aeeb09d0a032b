"""Verbs of saying the finder did not read as cues: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of urging, passive or a bare participle, its agent then a + infinitive: the agent
    # urged, the infinitive is what was urged (the subject is the one urged)
    ("Il presidente Mario Gialli è stato invitato dai sindacati a dimettersi.",
     [("indirect", "a dimettersi", "sindacati")]),
    ("Il presidente Mario Gialli, invitato dai sindacati a dimettersi, ha risposto con una lettera.",
     [("indirect", "a dimettersi", "sindacati")]),
    ("I tifosi, esortati dalla società a restare a casa, hanno seguito la partita in televisione.",
     [("indirect", "a restare a casa", "società")]),
    # the look-alikes: no agent, or no infinitive after it (an invitation to a place)
    ("Il presidente Mario Gialli, invitato a dimettersi, ha risposto con una lettera.", []),
    ("Il presidente Mario Gialli, invitato dal re alla cena di gala, ha indossato un frac.", []),
    # the active form stays as it was
    ("Il sindaco Marco Bianchi ha invitato i cittadini a restare a casa.",
     [("indirect", "i cittadini a restare a casa", "Marco Bianchi")]),
])
def test_urged_by_an_agent(shipped, text, expected):
    """*invitare*, *esortare*… in the passive or as a bare participle after a noun and a comma,
    with *da X* and then *a* + infinitive: X speaks, the infinitive is what is urged."""
    assert spoken(shipped, text) == expected
