"""*ordinare* with an object noun phrase: the order given is what was said when the object is an
action noun (*ha ordinato la chiusura delle scuole*), as for *vietare* and *proibire*; forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the order given, an action noun after the verb
    ("Il sindaco Carlo Bianchi ha ordinato la chiusura delle scuole.",
     [("indirect", "la chiusura delle scuole", "Carlo Bianchi")]),
    ("La giudice Paola Ferri ha ordinato la demolizione della villa.",
     [("indirect", "la demolizione della villa", "Paola Ferri")]),
    # an action noun among the conjuncts
    ("Il 18 marzo Mario Verdi ha ordinato il cessate il fuoco e la chiusura totale dello spazio aereo.",
     [("indirect", "il cessate il fuoco e la chiusura totale dello spazio aereo", "Mario Verdi")]),
    # the look-alike already read: "di" + infinitive
    ("Il ministro Anna Rosi ha ordinato di chiudere i porti.",
     [("indirect", "di chiudere i porti", "Anna Rosi")]),
    # goods bought: no action noun, nothing said ("action_object_verbs")
    ("La ditta di trasporti ha ordinato dodici nuovi camion alla Iveco.", []),
    ("Il cliente ha ordinato un panino e un'aranciata.", []),
    # an infinitive after "per", not yet given: the act, not words ("infinitive_acts")
    ("Il generale Franco Neri stava per ordinare ai soldati la demolizione del ponte.", []),
    # not an order: ordained, put in order
    ("Padre Luigi fu ordinato sacerdote nel 1950.", []),
    ("I libri sono stati ordinati per autore.", []),
])
def test_order_object(shipped, text, expected):
    """*ordinare* + an action noun it orders (``action_object_verbs``, ``action_suffixes``) is an
    indirect report (``object_speech_verbs``); goods ordered are not, nor its infinitive after
    *per*, an act not yet done (``infinitive_acts``), nor its passive senses *ordained*, *sorted*."""
    assert spoken(shipped, text) == expected
