"""What a speech verb reports through its own preposition (``preposition_contents``): forms of
Italian news written for these tests (no sentence comes from a gold set or a fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # thanks with a clitic for whom, then what for ("ci ha ringraziato per…")
    ("La presidente Giulia Marini ci ha ringraziato per il sostegno ricevuto.",
     [("indirect", "per il sostegno ricevuto", "Giulia Marini")]),
    # the subject's state between the verb and the preposition
    ("La regista Elena Costa ci ringrazia commossa per la bella accoglienza.",
     [("indirect", "per la bella accoglienza", "Elena Costa")]),
    # a protest and what it is against or about
    ("Il consigliere Piero Neri ha protestato per la chiusura dell'ospedale di Lucca.",
     [("indirect", "per la chiusura dell'ospedale di Lucca", "Piero Neri")]),
    ("Il sindacalista Marco Bruni ha protestato contro il taglio dei fondi alle scuole.",
     [("indirect", "contro il taglio dei fondi alle scuole", "Marco Bruni")]),
    # a complaint, read so before (the same table)
    ("Il ministro Carlo Rossi si è lamentato per i ritardi nei cantieri.",
     [("indirect", "per i ritardi nei cantieri", "Carlo Rossi")]),
])
def test_preposition_content(shipped, text, expected):
    """*ringraziare per*, *protestare per / contro*, *lamentarsi per*: the phrase of the verb's
    own preposition is what is reported."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # how long, or where: no article after the bare preposition
    ("I residenti hanno protestato per tre giorni davanti al municipio.", []),
    ("Gli studenti hanno protestato per strada fino a sera.", []),
    # a meeting with someone: parlare takes no content with "con"
    ("Il sindaco Paolo Bianchi ha parlato con il prefetto nel pomeriggio.", []),
])
def test_preposition_look_alikes(shipped, text, expected):
    """A preposition after the verb that opens no content: a duration, a place, a meeting."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare participle of a charge, then per + article + possessive + the charge
    ("Il cassiere, accusato per i suoi ammanchi di cassa, si è dimesso.",
     [("indirect", "i suoi ammanchi di cassa", None)]),
    ("Tre operai, sospettati per i suoi furti nel magazzino, sono stati licenziati.",
     [("indirect", "i suoi furti nel magazzino", None)]),
    # the look-alike: a time after the possessive, no charge
    ("I due ragazzi, sospettati per la loro prima volta, sono stati rilasciati.", []),
])
def test_charge_per_possessive(shipped, text, expected):
    """*sospettati per i suoi omicidi*: the possessive after the article opens the charge too."""
    assert spoken(shipped, text) == expected
