"""Who speaks: an indefinite subject named by an apposition with its title. Forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an indefinite description, then the person's name behind an article and a title
    ("Prima del voto, un vescovo inglese, il reverendo John Smith, aveva criticato la coppia.",
     [("indirect", "la coppia", "John Smith")]),
    ("Un esponente del partito, l'ex deputato Marco Rossi, ha detto che il congresso si terrà a marzo.",
     [("indirect", "il congresso si terrà a marzo", "Marco Rossi")]),
    # the bare name as the apposition (kept)
    ("Un dirigente del partito, Marco Rossi, ha dichiarato che il congresso si terrà a marzo.",
     [("indirect", "il congresso si terrà a marzo", "Marco Rossi")]),
    # no name: one unnamed person is no speaker (kept)
    ("Un poliziotto ha raccontato che la folla era calma.",
     [("indirect", "la folla era calma", None)]),
    ("Un agente, il cui nome non è stato reso noto, ha raccontato che la folla era calma.",
     [("indirect", "la folla era calma", None)]),
])
def test_indefinite_subject_with_titled_name(shipped, text, expected):
    """*un vescovo inglese, il reverendo X, ha…*: the apposition names the speaker, also with an
    article and a title before the name."""
    assert spoken(shipped, text) == expected
