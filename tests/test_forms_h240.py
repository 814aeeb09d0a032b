"""Forms of Italian news for helper h240's changes (speakers the parse misses): sentences written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a group noun the tagger reads as an adjective after its article: the verb's subject
    ("Il bilancio della cooperativa era poco chiaro. Gli inquirenti scrivono: «ha svuotato il "
     "fondo senza registrare le spese».",
     [("direct", "ha svuotato il fondo senza registrare le spese", "inquirenti")]),
    ("Il bilancio della cooperativa era poco chiaro, e sulla gestione del fondo gli inquirenti "
     "scrivono: «è stato svuotato senza registrare le spese».",
     [("direct", "è stato svuotato senza registrare le spese", "inquirenti")]),
    ("La sentenza è arrivata ieri sera. I giudici scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "giudici")]),
    # the look-alikes: an adjective after the group noun, the group after "di" a title
    ("La sentenza è arrivata ieri sera. I medici legali scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "medici legali")]),
    ("La sentenza è arrivata ieri sera. Il presidente dei giudici scrive che l'imputato non poteva "
     "non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "presidente dei giudici")]),
    ("La sentenza è arrivata ieri sera. Gli investigatori scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "investigatori")]),
])
def test_group_noun_read_as_adjective(shipped, text, expected):
    """*Gli inquirenti scrivono: «…»*: a group noun right after its definite article and right
    before the verb speaks, even when the tagger reads it as an adjective of the verb."""
    assert spoken(shipped, text) == expected
