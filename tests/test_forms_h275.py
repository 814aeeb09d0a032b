"""A title just won (*il neo-campione*, *il rieletto presidente*) that the article gave no one:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the one person the passage names more often than any other: the winner
    ("Nella gara di Cortina, Marco Bellandi ha preceduto di un secondo lo svizzero Urs Keller e "
     "Bellandi ha festeggiato. A fine gara, il neo-campione olimpico ha dichiarato: «Non ci credo ancora».",
     [("direct", "Non ci credo ancora", "Marco Bellandi")]),
    ("Paolo Ferri ha vinto di nuovo. Ferri ha ottenuto il 60 per cento. "
     "Secondo il rieletto presidente, le proteste sarebbero state pilotate dall'estero.",
     [("indirect", "le proteste sarebbero state pilotate dall'estero", "Paolo Ferri")]),
    # the one person named before it
    ("Le elezioni hanno confermato Paolo Ferri alla guida del paese. "
     "Secondo il rieletto presidente, le proteste sarebbero state pilotate dall'estero.",
     [("indirect", "le proteste sarebbero state pilotate dall'estero", "Paolo Ferri")]),
    # the article gave someone the title: that person
    ("Le elezioni hanno confermato il presidente Paolo Ferri. "
     "Secondo il neo-presidente, le proteste sarebbero state pilotate dall'estero.",
     [("indirect", "le proteste sarebbero state pilotate dall'estero", "Paolo Ferri")]),
    # look-alikes: two people named as often (no one stands out), or the one who stands out
    # is of the other gender: the description stays
    ("Nella gara di Cortina, Marco Bellandi ha preceduto di un secondo lo svizzero Urs Keller. "
     "A fine gara, il neo-campione olimpico ha dichiarato: «Non ci credo ancora».",
     [("direct", "Non ci credo ancora", "neo-campione olimpico")]),
    ("Paolo Ferri ha vinto di nuovo. Ferri ha ottenuto il 60 per cento contro Luigi Sala e Sala ha protestato. "
     "Secondo il rieletto presidente, le proteste sarebbero state pilotate dall'estero.",
     [("indirect", "le proteste sarebbero state pilotate dall'estero", "rieletto presidente")]),
    ("Anna Ferri ha vinto di nuovo. Ferri ha ottenuto il 60 per cento. "
     "Secondo il rieletto presidente, le proteste sarebbero state pilotate dall'estero.",
     [("indirect", "le proteste sarebbero state pilotate dall'estero", "rieletto presidente")]),
])
def test_title_just_won(shipped, text, expected):
    """A description whose title is qualified as just won (*neo-*, *rieletto*) and that the
    article gave no one is the story's protagonist: the one person named before it, or the one
    named more often than any other; none when two stand level or the one is of the other gender."""
    assert spoken(shipped, text) == expected
