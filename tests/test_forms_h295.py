"""Reports with no verb of saying of their own: forms of Italian news written for these tests
(no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # dare delivers words as fare / rendere do (grammar issuing_verbs): a passive with its agent
    # before a colon, or an active with a noun of words as its object
    ("L'annuncio è stato dato dal ministro della Salute Carla Rossi: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    ("La notizia è stata data dal sindaco Marco Bianchi: il ponte sarà chiuso per un mese.",
     [("indirect", "il ponte sarà chiuso per un mese", "Marco Bianchi")]),
    ("Il ministro Carla Rossi ha dato l'annuncio: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    # the look-alikes: a thing given, not words, before the colon says nothing
    ("Il premio è stato dato dalla giuria al regista Luca Neri: un riconoscimento meritato.", []),
    ("Il via è stato dato dal sindaco Marco Bianchi: la festa è cominciata.", []),
    ("Il calcio d'inizio è stato dato dal presidente Luca Neri: la partita è cominciata alle tre.", []),
    ("Il sindaco ha dato la colpa al maltempo: i danni sono enormi.", []),
])
def test_words_given(shipped, text, expected):
    """*dare* an announcement, a piece of news: the words after the colon are its giver's."""
    assert spoken(shipped, text) == expected
