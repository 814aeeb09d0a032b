"""Kinds of marked passages: a capitalised title after *in*, *da* or *ne* inside a report is
a work, not the speaker's words. Forms of Italian written for these tests (no sentence comes
from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a few capitalised words right after "da" inside a reported clause: a work's title
    ('Il critico Paolo Neri ha spiegato che il titolo del film è una citazione da "Viaggio al termine della notte".',
     [("indirect", 'il titolo del film è una citazione da "Viaggio al termine della notte"', "Paolo Neri")]),
    ('Secondo lo storico Marco Bassi, il motto del reggimento è una citazione da "Le guerre dei padri".',
     [("indirect", 'il motto del reggimento è una citazione da "Le guerre dei padri"', "Marco Bassi")]),
    # a word of the title the tagger may read as a finite verb ("campestre") changes nothing
    ('Il critico Paolo Neri ha spiegato che il titolo è una citazione da "Canzone scritta in un borgo campestre".',
     [("indirect", 'il titolo è una citazione da "Canzone scritta in un borgo campestre"', "Paolo Neri")]),
    # the look-alikes: lower-case words, an exclamation, two sentences: the speaker's words
    ('Il sindaco Mario Rossi ha detto che la città è finita in "piena emergenza".',
     [("mixed", "piena emergenza", "Mario Rossi")]),
    ('Il ministro Luca Sarti ha detto che l\'Italia uscirà da "Una crisi. Ma ne usciremo".',
     [("mixed", "Una crisi. Ma ne usciremo", "Luca Sarti")]),
    # already a work before the rule, and still one
    ('Il regista Carlo Verdi ha detto che nel 2011 recitò in "Il lungo inverno" accanto a Sara Gatti.',
     [("indirect", 'nel 2011 recitò in "Il lungo inverno" accanto a Sara Gatti', "Carlo Verdi")]),
])
def test_title_after_place_preposition_in_a_report(shipped, text, expected):
    """A few capitalised marked words (no exclamation, no end of sentence inside) right after
    *in* / *da* / *ne* name a work even inside a reported clause (the guidelines' *other*);
    lower-case words or a clause of two sentences there stay the speaker's (mixed)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('Il sindaco Mario Rossi ha detto che il coro è cambiato in "Resistiamo uniti!".',
     [("mixed", "Resistiamo uniti!", "Mario Rossi")]),
])
def test_exclaimed_after_place_preposition(shipped, text, expected):
    """Capitalised words ending in an exclamation after *in* are an utterance, not a title."""
    assert spoken(shipped, text) == expected
