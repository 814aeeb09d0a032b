"""Where the preposition after *parlare* belongs to another word: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "di" of a programme or setting between the verb and it: where one spoke, not what about
    ("Il commissario Paolo Verdi ha parlato ai microfoni di una radio locale.", []),
    # "di" of another verb after the verb of speech: no one's words
    ("Quando il ministro parla si riempie di orgoglio.", []),
    # "di" of the verb's direct object, a language spoken
    ("Il ministro parla la lingua dei numeri.", []),
    ("Molti sbagli vengono da chi parla uno dei dialetti del Sud come prima lingua.", []),
    # the look-alikes: "parlare di" right after the verb, or after an adverb, a day or the hearers
    ("Il sindaco Mario Rossi ha parlato lunedì dei ritardi nei cantieri.",
     [("indirect", "ritardi nei cantieri", "Mario Rossi")]),
    ("Il vescovo Luca Neri ha parlato della tragedia di Genova.",
     [("indirect", "tragedia di Genova", "Luca Neri")]),
    ("Il sindaco Mario Rossi ha parlato anche dei ritardi nei cantieri.",
     [("indirect", "ritardi nei cantieri", "Mario Rossi")]),
    ("La senatrice Anna Neri ha parlato ai cronisti della riforma della scuola.",
     [("indirect", "riforma della scuola", "Anna Neri")]),
])
def test_preposition_of_a_word_between(shipped, text, expected):
    """*parlare di* reports what one spoke about only when the *di* is the verb's: not after a
    noun of a programme or setting (*ai microfoni di…*), another verb (*parla si copre di…*) or
    the verb's direct object (*parla la lingua dei…*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "su" and a channel after a stance noun: where the stance was voiced, nothing it is about
    ("Il sindaco Mario Rossi ha espresso la sua delusione su twitter.", []),
    # what it is about may follow the channel
    ("Il sindaco Mario Rossi ha espresso la sua delusione su Facebook per la chiusura dello stadio.",
     [("indirect", "la chiusura dello stadio", "Mario Rossi")]),
    # the look-alike: "per" right after the stance noun
    ("Il sindaco Mario Rossi ha espresso preoccupazione per la chiusura dello stadio.",
     [("indirect", "la chiusura dello stadio", "Mario Rossi")]),
])
def test_channel_after_stance_noun(shipped, text, expected):
    """After a stance noun (*ha espresso delusione…*), *su* and a channel (``channel_nouns``:
    *su Twitter*, *sui social*) is where it was said, not what about; a stance preposition after
    the channel opens what it is about."""
    assert spoken(shipped, text) == expected
