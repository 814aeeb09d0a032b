"""Passives of saying whose subject comes after the verb with no article: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bare plural noun as the postposed subject: what was announced or asked
    ("Dopo il consiglio dei ministri vengono preannunciate riforme per il settore agricolo.",
     [("indirect", "riforme per il settore agricolo", None)]),
    ("Ai vertici dell'azienda vengono chieste garanzie sul futuro dello stabilimento.",
     [("indirect", "garanzie sul futuro dello stabilimento", None)]),
    # a number and its noun, after the agent: the agent speaks
    ("Sono stati chiesti dal sindaco Roberto Gualtieri 300 milioni per la nuova metropolitana.",
     [("indirect", "300 milioni per la nuova metropolitana", "Roberto Gualtieri")]),
    # the same with an article, as before
    ("Nel pomeriggio è stata annunciata la chiusura dello stabilimento di Pomigliano.",
     [("indirect", "la chiusura dello stabilimento di Pomigliano", None)]),
])
def test_bare_postposed_subject_of_passive(shipped, text, expected):
    """A passive of a verb that reports a noun phrase (*vengono annunciate*, *sono stati chiesti
    dal sindaco*) followed by a noun phrase without article reports that phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a time after the passive, not what was announced
    "Il nuovo piano industriale è stato annunciato tre giorni fa ai sindacati.",
    # a passive of a verb that reports data or names, not a proposal: cases recorded, a name given
    "Negli ultimi mesi sono stati riportati casi di colera in tutta la regione.",
    # a verb whose sense its object decides: problems raised, cases found, not words
    "Con la sconfitta sono stati proposti problemi politici di grande rilievo.",
    "Nel fine settimana sono stati confermati casi di influenza aviaria in Veneto.",
    "Le zone vicine al fiume sono definite aree a rischio idrogeologico.",
    # a frequency after the passive
    "Il concerto viene ripetuto cinque volte nel corso dell'estate.",
    # a passive of a verb that reports nothing: things built or sold
    "Sono stati costruiti tre nuovi ponti sul fiume Arno.",
    "Vengono vendute migliaia di biciclette ogni anno in Olanda.",
    # a participle headline with no agent: the guidelines' majority leaves it out
    "Annunciata la chiusura dello stabilimento Fiat di Termoli.",
])
def test_no_report_after_passive(shipped, text):
    """A time, a verb that reports nothing, or an agentless participle headline: no quote."""
    assert spoken(shipped, text) == []
