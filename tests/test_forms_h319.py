"""Speakers across sentences (kit issue #12, family *speakers across sentences*): forms of Italian
news written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title set off by commas after the name in a colon frame of words: the name speaks
    ("Il sindaco ha presentato il bilancio. La replica di Paolo Gatti, presidente dei commercianti: «Sono solo promesse».",
     [("direct", "Sono solo promesse", "Paolo Gatti")]),
    ("L'assessore Dario Pini ha firmato la delibera. Diverso il parere di Carla Monti, consigliera di minoranza: «Così si svende il parco».",
     [("direct", "Così si svende il parco", "Carla Monti")]),
    ("La giunta ha approvato il piano. Durissimo il commento di Elisa Bruni, segretaria provinciale della Fiom: «Nessuno ci ha ascoltato».",
     [("direct", "Nessuno ci ha ascoltato", "Elisa Bruni")]),
    # the look-alikes: no apposition, a kin apposition, and a name after a preposition with
    # no noun of words before it (the colon frame of the sentence's own subject)
    ("La giunta ha approvato il piano. Durissimo il commento di Elisa Bruni: «Nessuno ci ha ascoltato».",
     [("direct", "Nessuno ci ha ascoltato", "Elisa Bruni")]),
    ("Il ministro Carlo Sala ha presentato il piano. Il commento di Anna Bruni, sua moglie: «Sono orgogliosa di lui».",
     [("direct", "Sono orgogliosa di lui", "Anna Bruni")]),
    ("Il ministro Carlo Sala ha scritto a Luca Ferri, presidente della Regione: «Il piano è pronto».",
     [("direct", "Il piano è pronto", "Carlo Sala")]),
])
def test_words_of_name_with_title_apposition(shipped, text, expected):
    """*Diverso il parere di X, capogruppo dell'opposizione: «…»*: the apposition of title after
    the name does not hide the name from the noun of words before it; the quotation is X's, not
    the speaker of the sentence before."""
    assert spoken(shipped, text) == expected
