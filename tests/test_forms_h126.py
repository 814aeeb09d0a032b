"""Verbs of asking in their sense of *requiring*: forms of Italian written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text", [
    # a task, a work, a device or a process as the subject: it requires, no one asks
    "Il lavoro di restauro chiede tempo e pazienza.",
    "Il progetto della diga chiede investimenti per tre milioni di euro.",
    "Un veicolo a due ruote richiede una certa esperienza nella guida.",
    "La messa a punto dei nuovi impianti richiederà qualche mese.",
    "Il mestiere del soccorritore richiede che si resti calmi in ogni situazione.",
    "Questa fase del torneo esige una concentrazione costante da parte dei giocatori.",
])
def test_thing_that_requires_is_no_speaker(shipped, text):
    """*chiedere*, *richiedere*, *esigere* with a thing that requires as their subject
    (``requiring_things``) report no words."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # a person, a group or a body asks: a request reported
    ("Il sindaco Mario Rossi chiede tempo ai sindacati.",
     [("indirect", "tempo ai sindacati", "Mario Rossi")]),
    ("La madre chiede giustizia per il figlio ucciso.",
     [("indirect", "giustizia per il figlio ucciso", "madre")]),
    ("L'opposizione chiede le dimissioni del ministro.",
     [("indirect", "le dimissioni del ministro", "opposizione")]),
    ("I lavoratori esigono il pagamento degli stipendi arretrati.",
     [("indirect", "il pagamento degli stipendi arretrati", "lavoratori")]),
    ("La ministra Anna Neri richiede che il progetto sia rivisto entro giugno.",
     [("indirect", "il progetto sia rivisto entro giugno", "Anna Neri")]),
])
def test_who_asks_still_reports(shipped, text, expected):
    """The same verbs with a person, a group or a body as subject still report a request, whatever
    its object (*chiede tempo*, *richiede che il progetto…*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a court or a judge as the subject of "condannare": a sentence passed, no words reported
    ("Un giudice di Torino ha condannato un operaio romeno per furto aggravato.", []),
    ("Il giudice ha condannato i due imputati a pagare una multa di mille euro.", []),
    ("Il Tribunale di Milano ha condannato il manager per bancarotta fraudolenta.", []),
    ("La Corte d'Appello di Napoli ha condannato i tre agenti per le violenze in carcere.", []),
    # a person condemns in words
    ("Il ministro Luigi Bianchi ha condannato l'attacco contro la sinagoga.",
     [("indirect", "l'attacco contro la sinagoga", "Luigi Bianchi")]),
    ("Il sindaco Anna Neri ha condannato duramente i vandali che hanno distrutto il parco.",
     [("indirect", "i vandali che hanno distrutto il parco", "Anna Neri")]),
])
def test_court_that_sentences_is_no_speaker(shipped, text, expected):
    """*condannare* with a court or a judge as its subject (``court_nouns``, named or not) is a
    sentence; with a person it reports a condemnation."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "voci" as the object of a verb of containing or listing: the entries of a reference work
    ("Categoria che comprende le voci sui film di fantascienza.", []),
    ("Categoria comprendente voci sui gruppi musicali della Sardegna.", []),
    ("Il portale contiene voci sulle città della Toscana.", []),
    # rumours that circulate or are denied are still reported, unsigned
    ("Circolano voci su un possibile rimpasto di governo.",
     [("indirect", "un possibile rimpasto di governo", None)]),
    # other rumour nouns gathered are still a report
    ("L'articolo raccoglie indiscrezioni sulla chiusura dello stabilimento.",
     [("indirect", "chiusura dello stabilimento", None)]),
])
def test_entries_are_no_rumours(shipped, text, expected):
    """*voci su…* after a verb of containing or listing (``listing_verbs``, ``entry_nouns``) are
    entries, not rumours; elsewhere *voci su…* and *indiscrezioni su…* report what no one signs."""
    assert spoken(shipped, text) == expected
