"""Light verbs with a speech noun (*ha rinnovato l'impegno a…*, *ha presentato ricorso contro…*,
*ha mosso accuse a…*): forms of Italian news written for these tests (no sentence comes from a
gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the noun holds an a + infinitive
    ("I leader europei hanno rinnovato l'impegno a sostenere l'Ucraina.",
     [("indirect", "a sostenere l'Ucraina", "leader europei")]),
    # a complaint names what it opposes after the addressee
    ("Il candidato Luca Verdi ha presentato ricorso al TAR contro l'esito delle elezioni comunali.",
     [("indirect", "al TAR contro l'esito delle elezioni comunali", "Luca Verdi")]),
    # the a-phrase after a stance noun is its target, with the relative that judges it
    ("L'ONU ha espresso la sua contrarietà a questa legge, che giudica pericolosa.",
     [("indirect", "a questa legge, che giudica pericolosa", "ONU")]),
    ("L'opposizione ha mosso pesanti accuse al governo per la gestione della crisi.",
     [("indirect", "al governo per la gestione della crisi", "opposizione")]),
    # a doubt raised on a thing
    ("Il sindacato ha sollevato dubbi sulla sostenibilità del piano industriale.",
     [("indirect", "sostenibilità del piano industriale", "sindacato")]),
    # dare mandato + the person charged + di + infinitive
    ("Il presidente Marco Neri ha dato mandato al ministro dell'Interno di aprire un'indagine sui fatti.",
     [("indirect", "di aprire un'indagine sui fatti", "Marco Neri")]),
    ("Il procuratore Carlo Gialli ha espresso l'impressione che si tratti di un delitto premeditato.",
     [("indirect", "si tratti di un delitto premeditato", "Carlo Gialli")]),
    # an adjective before the noun, then its di + infinitive
    ("Il sindaco Luca Neri ha espresso la ferma volontà di ricandidarsi alle prossime elezioni.",
     [("indirect", "di ricandidarsi alle prossime elezioni", "Luca Neri")]),
    # an appeal to someone, then a colon: the words in marks are the direct quote
    ("Infine, il leader Marco Rossi ha lanciato un forte appello ai giovani: «Partecipate al voto di domenica per il futuro del Paese».",
     [("direct", "Partecipate al voto di domenica per il futuro del Paese", "Marco Rossi")]),
])
def test_light_verb_with_speech_noun(shipped, text, expected):
    """A light verb (*esprimere, lanciare, rivolgere, muovere, presentare, inoltrare, rinnovare,
    sollevare*) with one of its speech nouns reports what follows the noun."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # the same verbs with no speech noun, or a noun of things
    "Il regista Mario Neri ha presentato il suo nuovo film al festival di Venezia.",
    "La squadra di casa ha lanciato un attacco nel secondo tempo.",
    "Il negozio del centro ha rivolto un'offerta speciale ai clienti.",
    "Il comune ha dato mandato agli uffici tecnici.",
    # an application filed, no proposition put forward; a relative of the addressee
    "Gli insegnanti possono presentare la relativa richiesta negli stessi modi previsti dal bando.",
    "La ragazza ha presentato un reclamo al giornale che ha spinto il direttore a scusarsi.",
    # only adjectives after the noun; a will and whose it is, not what
    "Durante quelle giornate si lanciarono le proposte più inverosimili.",
    "Il partito ha espresso la volontà ferma e dichiarata di tutto il paese.",
    # questions put to an office, with no content
    "Ogni giorno molti cittadini rivolgono domande agli sportelli del comune.",
])
def test_light_verb_without_content(shipped, text):
    """No speech noun, or one with no proposition after it: nothing reported."""
    assert spoken(shipped, text) == []


def test_reflexive_light_verb_gerund_goes_on(shipped):
    """*rivolgendosi ai tifosi* is no speech gerund (no speech noun after it): the content of the
    cue before it goes on over it."""
    text = "Il padre Luca Verdi ha invocato la calma rivolgendosi ai tifosi affinché non reagiscano."
    assert spoken(shipped, text) == [
        ("indirect", "la calma rivolgendosi ai tifosi affinché non reagiscano", "Luca Verdi")]
