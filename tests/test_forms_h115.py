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


@pytest.mark.parametrize("text,expected", [
    # a verb of planning, someone its subject, di + infinitive: the plan stated
    ("Il governo prevede di abolire il bollo auto.",
     [("indirect", "di abolire il bollo auto", "governo")]),
    ("Il rettore Paolo Neri prevede di aprire due nuovi corsi a Milano.",
     [("indirect", "di aprire due nuovi corsi a Milano", "Paolo Neri")]),
    ("La Regione Lombardia programma di assumere cento infermieri.",
     [("indirect", "di assumere cento infermieri", "Regione Lombardia")]),
    ("Gli organizzatori progettano di portare la gara in Texas.",
     [("indirect", "di portare la gara in Texas", "organizzatori")]),
])
def test_stated_plan(shipped, text, expected):
    """*prevedere*, *programmare*, *progettare di* + infinitive with a person or a body as
    subject report the plan, its *di* kept."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a text or a plan as subject: what it provides, no one's words
    "Il nuovo piano prevede di costruire tre scuole.",
    "La legge prevede di punire chi evade le tasse.",
    "Il progetto prevede di collegare le due stazioni.",
    # impersonal, or a pronoun standing for a thing
    "Si prevede di chiudere il cantiere entro maggio.",
    "Delle due strategie, l'altra prevede di ricavare conferme indirette.",
    # no infinitive: a forecast of a thing
    "Il meteo prevede pioggia per domani.",
])
def test_not_a_stated_plan(shipped, text):
    """Without a subject that is someone, or without *di* + infinitive, a verb of planning reports nothing."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # offrire with the noun of an offer stated (help, compensation, a truce…): the object is the content
    ("Il primo ministro Raj Kumar ha offerto un risarcimento ai feriti e alle famiglie delle vittime.",
     [("indirect", "un risarcimento ai feriti e alle famiglie delle vittime", "Raj Kumar")]),
    ("La Francia ha offerto aiuto all'Italia per l'emergenza.",
     [("indirect", "aiuto all'Italia per l'emergenza", "Francia")]),
])
def test_offer_stated(shipped, text, expected):
    """*offrire* reports its object when the object is a noun of ``said_objects['offrire']``."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a thing as subject, or goods and services offered: no one's words
    "Il bando offre aiuti alle famiglie con figli.",
    "Il museo offre visite guidate ogni domenica.",
    "La società offre servizi di consulenza.",
    "Il ristorante ha offerto la cena a tutti gli ospiti.",
])
def test_offer_of_goods(shipped, text):
    """*offrire* with any other object, or with a thing as subject, reports nothing."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("relative", ["che", "i quali"])
def test_offer_in_relative_of_reported_object(shipped, relative):
    """An offer in a relative of the object another cue reports (*ha ringraziato i volontari i
    quali hanno offerto…*; *il quale*, *i quali* as *che*) stays inside that object."""
    text = f"Il sindaco ha ringraziato i volontari {relative} hanno offerto aiuto alle famiglie."
    assert spoken(shipped, text) == [
        ("indirect", f"i volontari {relative} hanno offerto aiuto alle famiglie", "sindaco")]
