"""Source markers, frames and impersonal reports found by probing (kit issue #12): forms of
Italian news written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a capitalised preposition with its article run into a well-known body is not its name
    ("Dalla Uil si apprende che la vertenza è chiusa.",
     [("indirect", "la vertenza è chiusa", "Uil")]),
    ("Dalla Coldiretti fanno sapere che la grandine ha distrutto i vigneti.",
     [("indirect", "la grandine ha distrutto i vigneti", "Coldiretti")]),
    ("Dall'Istat trapela che i prezzi sono saliti ancora.",
     [("indirect", "i prezzi sono saliti ancora", "Istat")]),
    # the look-alikes: an article before the body, and a surname that starts like a preposition
    ("Il Codacons ha denunciato che le bollette sono aumentate.",
     [("indirect", "le bollette sono aumentate", "Codacons")]),
    ("L'imprenditore Diego Della Rocca ha detto che l'azienda non è in vendita.",
     [("indirect", "l'azienda non è in vendita", "Diego Della Rocca")]),
])
def test_preposition_before_body(shipped, text, expected):
    """*Dalla Cisl si apprende che…*: the sentence's first word, a preposition with its article,
    is not part of the body's name the NER ran it into."""
    assert spoken(shipped, text) == expected
