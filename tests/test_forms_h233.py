"""Speakers on prose of another origin (h233): forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an opinion, a view or a judgement after "secondo" speaks for its holder after "di"
    ("Secondo il parere di Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
    ("Secondo la posizione del ministro Paolo Ferri, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Paolo Ferri")]),
    # an opinion with no holder of its own speaks for no one (not "teoria della relatività")
    ("Secondo la teoria della relatività, il tempo rallenta.",
     [("indirect", "il tempo rallenta", None)]),
    # the look-alikes: the holder named alone, a report noun
    ("Secondo Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
    ("Secondo una nota di Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
])
def test_opinion_of_a_holder(shipped, text, expected):
    """*secondo il parere / la posizione di X*: X speaks, not the opinion (the guidelines: a
    word that is not a speaker is never a speaker)."""
    assert spoken(shipped, text) == expected
