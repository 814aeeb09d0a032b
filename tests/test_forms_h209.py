"""Cues never built although a listed verb of saying is there: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a guest: invited somewhere, nothing urged
    ("Quella sera la deputata Anna Neri invitò a casa propria alcuni colleghi contrari alla riforma.", []),
    ("Il sindaco Marco Gialli ha invitato alla festa del paese i ragazzi del coro.", []),
    # the look-alikes: what the object is urged to, a + infinitive or a noun hanging on the verb
    ("Il sindaco Marco Gialli ha invitato i cittadini a votare contro la riforma.",
     [("indirect", "i cittadini a votare contro la riforma", "Marco Gialli")]),
    ("Il sindaco Marco Gialli ha invitato gli automobilisti alla prudenza.",
     [("indirect", "gli automobilisti alla prudenza", "Marco Gialli")]),
])
def test_invited_guest(shipped, text, expected):
    """The bare object of *invitare* (``guest_verbs``) is a guest, not what is said, unless
    *a* + an infinitive or an urged noun on the verb follows it."""
    assert spoken(shipped, text) == expected
