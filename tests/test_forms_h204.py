"""Cues with no verb of saying: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an existential "essere" states a charge or a suspicion: what it is about, no one named
    ("Nel frattempo vi furono accuse sulle minacce ricevute dai testimoni del processo.",
     [("indirect", "minacce ricevute dai testimoni del processo", None)]),
    ("Benché vi siano sospetti su guasti all'impianto frenante, la ditta non ha commentato.",
     [("indirect", "guasti all'impianto frenante", None)]),
    ("Ci sono pesanti sospetti di combine nel campionato regionale.",
     [("indirect", "di combine nel campionato regionale", None)]),
    # the look-alikes: denied, the object of a verb, whose accusations
    ("Non ci sono sospetti su di lui.", []),
    ("Occorre ridurre i sospetti su secondi fini della missione.", []),
    ("Vi sono accuse di Paolo Verdi contro il prefetto.", []),
])
def test_existential_charge(shipped, text, expected):
    """*vi furono accuse sulle…*, *ci sono sospetti di…*: an existential *essere* states a charge
    or a suspicion no one signs; the content is the noun phrase after *su* or the *di* phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a concern stated, no one named: the che-clause
    ("Il motivo dichiarato è stato la preoccupazione che il contagio possa allargarsi durante la festa.",
     [("indirect", "il contagio possa allargarsi durante la festa", None)]),
    # the look-alikes: a feeling the news aroused, a preposition before it, a relative
    ("La giunta ha rinviato la nomina, destando erroneamente la preoccupazione che il consorzio restasse senza guida.", []),
    ("Il sindaco ha chiuso le scuole, suscitando il timore che la scuola restasse chiusa a lungo.", []),
    ("La preoccupazione che ha colpito i genitori è comprensibile.", []),
])
def test_concern_noun(shipped, text, expected):
    """*la preoccupazione che…* states a concern no one signs, as *il timore che…*; not one a
    verb of reaction arouses (*destando la preoccupazione che…*: the writer's account)."""
    assert spoken(shipped, text) == expected
