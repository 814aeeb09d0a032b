"""Direct quotations: where the cue and the speaker stand (kit issue #12), forms probed with
sentences written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # who takes the floor after a short setting opened by a preposition, then a colon
    ("Sul caso è intervenuta anche la senatrice Giovanna Ricci: «Chiediamo chiarezza subito».",
     [("direct", "Chiediamo chiarezza subito", "Giovanna Ricci")]),
    ("Nel pomeriggio ha parlato il prefetto Mario Landi: «La viabilità tornerà normale».",
     [("direct", "La viabilità tornerà normale", "Mario Landi")]),
    ("Dopo l'incidente è intervenuto il Codacons: «Servono controlli».",
     [("direct", "Servono controlli", "Codacons")]),
    # the look-alikes: another verb after the setting, and no marks after the colon
    ("Sul caso ha lavorato il cronista Marco Levi: «Una lunga inchiesta».", []),
    ("Sul posto è intervenuta la polizia: il traffico è stato deviato.", []),
])
def test_floor_after_setting(shipped, text, expected):
    """*Sulla vicenda è intervenuto X: «…»*: a setting before the verb of taking the floor does
    not hide its subject, who says the words after the colon."""
    assert spoken(shipped, text) == expected
