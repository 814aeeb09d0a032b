"""The infinitive of a told act after *per*, the purpose of an act done: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # per + chiedere / richiedere / ringraziare after a finite verb or a participle: the request
    # or the thanks were made, their object is what was said
    ("Il comune ha contattato tutte le scuole per chiedere un incontro sul nuovo orario.",
     [("indirect", "un incontro sul nuovo orario", "comune")]),
    ("Gli studenti hanno avviato una raccolta di firme per chiedere la riapertura della biblioteca.",
     [("indirect", "la riapertura della biblioteca", "studenti")]),
    ("Il presidente ha visitato l'ospedale per ringraziare i medici del reparto.",
     [("indirect", "i medici del reparto", "presidente")]),
    # the look-alikes: after an infinitive (a plan, a possibility), opening the sentence, or
    # after a comma: no request told
    ("I cittadini possono rivolgersi all'ufficio per chiedere informazioni.", []),
    ("Il sindaco è pronto ad avviare le pratiche per chiedere il rimborso dei danni.", []),
    ("Per chiedere spiegazioni, la donna si era recata in un ufficio del comune.", []),
    ("Il presidente ha visitato l'ospedale, per ringraziare i medici del reparto.", []),
    # a verb whose infinitive is mostly an act, not told: unchanged
    ("Il governo ha stanziato dieci milioni per assicurare la copertura dei costi.", []),
])
def test_purpose_of_a_told_act(shipped, text, expected):
    """*per* + the infinitive of a told act (*chiedere*, *ringraziare*…) with its object reports
    the object when the nearest verb before it, in the same clause, is finite or a participle."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # e + an infinitive coordinated with the cue's own infinitive: a second act, not the object
    ("Il ministro ha voluto ribadire la sua fiducia e salutare i presenti.",
     [("indirect", "la sua fiducia", "ministro")]),
    ("La giunta ha convocato il tecnico per chiedere un sopralluogo e dirigere i lavori.",
     [("indirect", "un sopralluogo", "giunta")]),
    # the look-alike: the infinitives after e belong to the object (an infinitive before it)
    ("Il comune ha contattato le scuole per chiedere la possibilità di aprire e chiudere più tardi.",
     [("indirect", "la possibilità di aprire e chiudere più tardi", "comune")]),
])
def test_second_infinitive_ends_the_object(shipped, text, expected):
    """The object of an infinitive cue ends before *e* + an infinitive coordinated with the cue,
    unless an infinitive inside the object comes before (*la possibilità di aprire e chiudere*)."""
    assert spoken(shipped, text) == expected
