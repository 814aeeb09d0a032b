"""Cue words still missed: object noun phrases after less common verbs of saying (threats,
posts on social media, *caldeggiare*), written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken


def speech(nlp, text):
    return spoken(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Il sindacalista Anna Bruni ha minacciato lo sciopero se l'azienda non ritira i licenziamenti.",
     [("indirect", "lo sciopero se l'azienda non ritira i licenziamenti", "Anna Bruni")]),
    ("Il comitato ha proclamato lo sciopero per venerdì.", []),
])
def test_threatened_act_is_reported(shipped, text, expected):
    """A threatened act (*minacciare lo sciopero*) is what the speaker said they would do; a
    proclaimed one is an act."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco Luca Verdi ha twittato la sua opinione sulla riforma.",
     [("indirect", "la sua opinione sulla riforma", "Luca Verdi")]),
    ("Il sindaco Marco Rossi ha twittato la sua soddisfazione per l'accordo.",
     [("indirect", "la sua soddisfazione per l'accordo", "Marco Rossi")]),
    ("Il cantante ha twittato una foto del concerto.", []),
])
def test_tweeted_object(shipped, text, expected):
    """*twittare* reports its object noun phrase, unless the object is a picture or a link."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il deputato Marco Rossi ha caldeggiato la riapertura del tribunale.",
     [("indirect", "la riapertura del tribunale", "Marco Rossi")]),
])
def test_caldeggiare_object(shipped, text, expected):
    """*caldeggiare* (to urge, to back) reports its object like *sollecitare*."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Secondo Marco Rossi il piano è pronto, mentre per Luca Verdi mancano i fondi.",
     [("indirect", "il piano è pronto", "Marco Rossi"), ("indirect", "mancano i fondi", "Luca Verdi")]),
    ("Il sindaco parte oggi, mentre per Luca Verdi la partenza è fissata a lunedì.", []),
])
def test_second_opinion_after_contrast(shipped, text, expected):
    """*mentre per X* after a sentence opened by *secondo Y* is X's opinion, set beside Y's."""
    assert speech(shipped, text) == expected
