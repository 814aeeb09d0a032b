"""An act's or a rule's own voice: what an order or a law provides will be done, not what
someone said. Forms of Italian written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an agentless passive in the future with its noun phrase: what the act provides
    ("Con allegato a parte, verranno evidenziate le eventuali modifiche dell'elenco delle sedi del distretto.", []),
    ("Saranno comunicati entro maggio i posti disponibili per ciascuna provincia.", []),
    # the look-alikes: with its agent, with a clause, in the past, or inside someone's words
    ("Sarà annunciata dal ministro Carlo Bianchi la data del vertice.",
     [("indirect", "la data del vertice", "Carlo Bianchi")]),
    ("Sarà spiegato agli studenti che le lezioni riprenderanno lunedì.",
     [("indirect", "le lezioni riprenderanno lunedì", None)]),
    ("Sono state annunciate le prossime visite al museo della città.",
     [("indirect", "le prossime visite al museo della città", None)]),
    ("Il ministro Carlo Bianchi ha detto che verranno evidenziate le spese della provincia.",
     [("indirect", "verranno evidenziate le spese della provincia", "Carlo Bianchi")]),
])
def test_future_passive_of_an_act(shipped, text, expected):
    """An agentless passive in the future whose content is its noun phrase (*verranno
    evidenziate le variazioni*) is what an act provides, no one's words."""
    assert spoken(shipped, text) == expected
