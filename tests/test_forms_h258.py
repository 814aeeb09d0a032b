"""Who *secondo X* and its kin name: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an anonymous source: an unsigned report, speaker null
    ("Secondo fonti locali, i tre pescatori sarebbero stati fermati dalla guardia costiera.",
     [("indirect", "i tre pescatori sarebbero stati fermati dalla guardia costiera", None)]),
    ("I tre pescatori, secondo la stessa fonte, sarebbero stati rilasciati in serata.",
     [("indirect", "I tre pescatori, secondo la stessa fonte, sarebbero stati rilasciati in serata", None)]),
    ("Fonti della questura riferiscono che i rapinatori sono fuggiti a bordo di uno scooter.",
     [("indirect", "i rapinatori sono fuggiti a bordo di uno scooter", None)]),
    ("Secondo fonti del municipio, il nuovo ponte sarà inaugurato a maggio.",
     [("indirect", "il nuovo ponte sarà inaugurato a maggio", None)]),
    # the look-alikes: a body, a group or a title keeps its description; a name speaks
    ("Secondo i vigili del fuoco, l'incendio è partito da un cortocircuito.",
     [("indirect", "l'incendio è partito da un cortocircuito", "vigili del fuoco")]),
    ("Secondo il portavoce della questura, i rapinatori sono fuggiti a bordo di uno scooter.",
     [("indirect", "i rapinatori sono fuggiti a bordo di uno scooter", "portavoce della questura")]),
    ("Il sindaco Paolo Marini ha detto che la fontana sarà restaurata entro l'estate.",
     [("indirect", "la fontana sarà restaurata entro l'estate", "Paolo Marini")]),
])
def test_anonymous_source(shipped, text, expected):
    """*fonti* / *una fonte* heading the speaker's phrase (``anonymous_source_nouns``) is an
    unsigned report: no speaker, and the ranker keeps it null."""
    assert spoken(shipped, text) == expected
