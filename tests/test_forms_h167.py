"""What a noun of criticism, request or complaint is against or about, after its named
agent: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a noun of target_nouns, its agent after "di", then what it is against or about
    ("Dopo le critiche del sindaco Marco Bellini nei confronti della giunta regionale, il consiglio si è riunito.",
     [("indirect", "nei confronti della giunta regionale", "Marco Bellini")]),
    ("Il ricorso di Vodafone contro la gara è stato respinto dal tribunale.",
     [("indirect", "contro la gara", "Vodafone")]),
    ("Le richieste dei sindacati sulla riforma delle pensioni non sono state accolte.",
     [("indirect", "sulla riforma delle pensioni", "sindacati")]),
    ("Le contestazioni degli abitanti in merito ai nuovi parcheggi hanno bloccato il cantiere.",
     [("indirect", "in merito ai nuovi parcheggi", "abitanti")]),
    ("Le critiche del senatore Paolo Ferri a proposito di un presunto accordo segreto hanno fatto discutere.",
     [("indirect", "a proposito di un presunto accordo segreto", "Paolo Ferri")]),
    # the request with its di + infinitive, as before
    ("La richiesta del sindaco di chiudere le scuole è arrivata ieri.",
     [("indirect", "di chiudere le scuole", "sindaco")]),
    # the look-alikes: no target after the agent, a noun of no words (attacks) or kept out of the
    # list (accusations, "le accuse di X" left to the charge rules), a channel or a compound
    # preposition after "su", "per" (a time, a purpose), a noun with no issuer
    ("Le critiche del pubblico sono state numerose.", []),
    ("Gli attacchi dei ribelli contro la città sono proseguiti per tutta la notte.", []),
    ("Il tribunale ha discusso a lungo le accuse di Telecom contro il nuovo gestore.", []),
    ("Il ricorso di Vodafone è stato respinto.", []),
    ("Le critiche della stampa su Facebook sono state dure.", []),
    ("Le richieste dei sindacati sulla base dei dati sono cresciute.", []),
    ("La richiesta della Regione per il 2025 è stata approvata.", []),
    ("La proposta di legge è stata presentata ieri.", []),
    ("La notizia del giorno è la vittoria della squadra.", []),
])
def test_target_after_named_agent(shipped, text, expected):
    """A noun of ``target_nouns`` with its agent after *di* reports what the agent criticised,
    asked or opposed when a phrase of ``target_openers`` follows the agent (*le critiche di X
    nei confronti di Y*, *il ricorso di X contro Y*); nothing with no such phrase,
    a channel or *sulla base di* after *su*, or no issuer."""
    assert spoken(shipped, text) == expected
