"""Verbs of commitment: a pledge stated with a reflexive verb and an infinitive (*si è impegnato
a…*, *si era offerta di…*). Forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # reflexive + a / per / di + infinitive: the infinitive with its preposition is what was pledged
    ("Il sindaco Mario Rossi si è impegnato a riaprire la scuola entro settembre.",
     [("indirect", "a riaprire la scuola entro settembre", "Mario Rossi")]),
    ("I ministri si sono impegnati per ridurre le tasse sul lavoro.",
     [("indirect", "per ridurre le tasse sul lavoro", "ministri")]),
    ("La Regione Toscana si era offerta di finanziare il nuovo ospedale.",
     [("indirect", "di finanziare il nuovo ospedale", "Regione Toscana")]),
    ("Il presidente Luca Bianchi si offre di mediare tra le parti.",
     [("indirect", "di mediare tra le parti", "Luca Bianchi")]),
    ("La società si impegna a non licenziare nessun dipendente.",
     [("indirect", "a non licenziare nessun dipendente", "società")]),
    # an adverb between the auxiliary and the participle
    ("I rappresentanti dei due Paesi si sono anche impegnati a collaborare sulla sicurezza.",
     [("indirect", "a collaborare sulla sicurezza", "rappresentanti dei due Paesi")]),
])
def test_reflexive_pledge_with_infinitive(shipped, text, expected):
    """A verb of commitment with its reflexive clitic and a preposition + infinitive reports the
    pledge; the content keeps its *a*, *per* or *di*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # no infinitive: effort, a role, an amount
    "Il nuovo portiere si è impegnato a fondo in allenamento.",
    "L'azienda si è offerta come partner tecnico della manifestazione.",
    "La banca si era impegnata per trenta milioni di euro.",
    "Il Comune si impegna per la pulizia delle strade.",
    # no reflexive clitic: busy, spent, offered as a thing
    "I due giocatori erano impegnati a difendere la porta.",
    "Il Comune ha impegnato tre milioni per finire i lavori.",
    "Il museo offre di visitare le sale anche di sera.",
    # intention or attempt without a pledge: not verbs of this class
    "Il ragazzo ha cercato di fuggire dalla finestra.",
    "Il consiglio comunale ha deciso di chiudere la piscina.",
    "L'azienda si è rifiutata di pagare gli straordinari.",
])
def test_not_a_pledge(shipped, text):
    """The same verbs without the reflexive clitic or without an infinitive, and verbs of
    attempt, decision or refusal, report nothing."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Il sindacato ha chiesto al governo che si impegni a trovare una soluzione.",
     [("indirect", "si impegni a trovare una soluzione", "sindacato")]),
    ("Il sindacato chiede che il governo si impegni a trovare una soluzione.",
     [("indirect", "il governo si impegni a trovare una soluzione", "sindacato")]),
])
def test_subjunctive_pledge_is_asked(shipped, text, expected):
    """A pledge in the subjunctive is asked for: inside the request, no quote of its own."""
    assert spoken(shipped, text) == expected


def test_pledge_about(shipped):
    """The entities named in the pledged infinitive are what it is about."""
    doc = kit.analyze("La Regione Toscana si era offerta di finanziare i lavori dell'Università di Pisa.", shipped)
    quote, = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert quote.speaker == "Regione Toscana"
    assert quote.text == "di finanziare i lavori dell'Università di Pisa"
    assert "Università di Pisa" in quote.about
