"""*ordinare* with an object noun phrase: the order given is what was said (*ha ordinato la
chiusura delle scuole*), as for *vietare* and *proibire*; forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the order given, an object noun phrase after the verb
    ("Il sindaco Carlo Bianchi ha ordinato la chiusura delle scuole.",
     [("indirect", "la chiusura delle scuole", "Carlo Bianchi")]),
    ("La giudice Paola Ferri ha ordinato il sequestro dei conti.",
     [("indirect", "il sequestro dei conti", "Paola Ferri")]),
    # the people ordered between the verb and the order
    ("Il generale Franco Neri ordinò ai soldati la ritirata.",
     [("indirect", "la ritirata", "Franco Neri")]),
    # the look-alikes already read: "di" + infinitive
    ("Il ministro Anna Rosi ha ordinato di chiudere i porti.",
     [("indirect", "di chiudere i porti", "Anna Rosi")]),
    # an infinitive after "per", not yet given: the act, not words ("infinitive_acts")
    ("Il generale Franco Neri stava per ordinare ai soldati la ritirata.", []),
    # not an order: ordained, put in order
    ("Padre Luigi fu ordinato sacerdote nel 1950.", []),
    ("I libri sono stati ordinati per autore.", []),
])
def test_order_object(shipped, text, expected):
    """*ordinare* + the object noun phrase it orders is an indirect report (``object_speech_verbs``);
    its infinitive after *per* is an act not yet done (``infinitive_acts``), its passive senses
    *ordained*, *sorted* give nothing."""
    assert spoken(shipped, text) == expected
