"""A verb of saying or estimating set off by commas with its subject after it (an aside), which
the tagger reads as a noun, an adjective or a participle: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a present of estimating read as an adjective, after a setting and a comma
    ("In provincia, calcola infatti l'Istituto di statistica, i prezzi sono saliti del dieci per cento.",
     [("indirect", "In provincia, calcola infatti l'Istituto di statistica, i prezzi sono saliti del dieci per cento",
       "Istituto di statistica")]),
    # the same verb read as a feminine past participle
    ("Il bilancio, calcola la Regione, chiuderà con un attivo di tre milioni.",
     [("indirect", "Il bilancio, calcola la Regione, chiuderà con un attivo di tre milioni", "Regione")]),
    # a verb of estimating the tagger reads as finite, in the same place
    ("I danni alle colture, stima la Coldiretti, superano i due milioni di euro.",
     [("indirect", "I danni alle colture, stima la Coldiretti, superano i due milioni di euro", "Coldiretti")]),
    # a verb of saying read as an adjective, a name after it
    ("Le piccole imprese, critica Mario Bianchi, non hanno ricevuto i fondi promessi.",
     [("indirect", "Le piccole imprese, critica Mario Bianchi, non hanno ricevuto i fondi promessi", "Mario Bianchi")]),
])
def test_misread_present_in_aside(shipped, text, expected):
    """A lone third-person present of a verb of saying or estimating (*calcola*, *stima*,
    *critica*) between commas, its subject after it opened by an article or a name and a clause
    going on after the second comma, is the verb of an aside however the tagger reads it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun in apposition between commas: an adjective after it, no subject
    ("Il testo, nota ufficiale del governo, è stato pubblicato ieri sera.", []),
    ("Il ponte, stima dei tecnici alla mano, reggerà ancora dieci anni.", []),
    # a participle in apposition
    ("Il direttore, persona stimata da tutti, ha lasciato l'incarico ieri.", []),
    # a verb of estimating with its object and no aside: nothing said
    ("La Coldiretti stima i danni in due milioni di euro.", []),
])
def test_aside_look_alikes(shipped, text, expected):
    """Words between commas that are no aside of a verb of saying or estimating stay unread."""
    assert spoken(shipped, text) == expected
