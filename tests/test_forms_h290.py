"""The polite *lei* of a transcript's turn: forms of Italian press conferences and interviews
written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


TRANSCRIPT = ("Paolo Verdi, «Il Giornale» - Onorevole Bianchi, lei ha detto che la riforma era pronta. "
              "Perché il Senato l'ha fermata? Mario Bianchi - Il Senato ha i suoi tempi. "
              "Anna Neri - Signor ministro, Lei parlò di tagli alla sanità. Quando arriveranno? "
              "Mario Bianchi - Non ci saranno tagli.")


@pytest.mark.parametrize("text,expected", [
    # a journalist's turn: "lei" is the one asked, whom the other turns name
    (TRANSCRIPT,
     [("indirect", "la riforma era pronta", "Mario Bianchi"),
      ("indirect", "tagli alla sanità", "Mario Bianchi")]),
    # the vocative names him: the one spoken to, not the moderator who answers next
    ("Giulia Conti - Grazie a tutti. Luca Serra, «La Voce» - Senatore Ferri, lei sostiene che "
     "le tasse scenderanno. Giulia Conti - Prego, senatore. Franco Ferri - Scenderanno, sì.",
     [("indirect", "le tasse scenderanno", "Franco Ferri")]),
    # "come lei dice" in the question: the one asked
    ("Marta Gallo - Bene. Pietro Sala - Grazie. Il governo, come lei dice, cadrà entro l'estate. Perché? "
     "Marta Gallo - Per i conti. Pietro Sala - Grazie.",
     [("indirect", "Il governo, come lei dice, cadrà entro l'estate", "Marta Gallo")]),
    # an aside between the pronoun and its cue; a turn opened after suspension points
    ("Marta Gallo - Bene. Pietro Sala - Lei, come presidente della Regione, si ritiene soddisfatta "
     "dei conti? Marta Gallo - Per ora sì. Pietro Sala - Grazie... Marta Gallo - Ne parleremo... "
     "Pietro Sala - Lei ha parlato di tagli.",
     [("indirect", "soddisfatta dei conti", "Marta Gallo"),
      ("indirect", "tagli", "Marta Gallo")]),
])
def test_polite_lei_in_a_transcript(shipped, text, expected):
    """*X - Signor Presidente, lei ha detto che…*: the polite *lei* of a turn is the person the
    turn speaks to (its vocative, else the one labelling the other turns), not the turn's own
    speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the look-alikes: "lei" of a woman named before, outside any transcript, stays hers
    ("Maria Bianchi è arrivata ieri a Roma. Lei ha detto che resterà fino a domenica.",
     [("indirect", "resterà fino a domenica", "Maria Bianchi")]),
    ("Il sindaco Carlo Neri ha incontrato Giulia Rossi, ma lei ha ribadito che il progetto non cambia.",
     [("indirect", "il progetto non cambia", "Giulia Rossi")]),
])
def test_lei_outside_a_transcript(shipped, text, expected):
    """Outside a transcript *lei* still takes up the woman named before it."""
    assert spoken(shipped, text) == expected
