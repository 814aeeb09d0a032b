"""Reports with no verb of saying of their own: forms of Italian news written for these tests
(no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # dare delivers words as fare / rendere do (grammar issuing_verbs): a passive with its agent
    # before a colon, or an active with a noun of words as its object
    ("L'annuncio è stato dato dal ministro della Salute Carla Rossi: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    ("La notizia è stata data dal sindaco Marco Bianchi: il ponte sarà chiuso per un mese.",
     [("indirect", "il ponte sarà chiuso per un mese", "Marco Bianchi")]),
    ("Il ministro Carla Rossi ha dato l'annuncio: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    # the look-alikes: a thing given, not words, before the colon says nothing
    ("Il premio è stato dato dalla giuria al regista Luca Neri: un riconoscimento meritato.", []),
    ("Il via è stato dato dal sindaco Marco Bianchi: la festa è cominciata.", []),
    ("Il calcio d'inizio è stato dato dal presidente Luca Neri: la partita è cominciata alle tre.", []),
    ("Il sindaco ha dato la colpa al maltempo: i danni sono enormi.", []),
])
def test_words_given(shipped, text, expected):
    """*dare* an announcement, a piece of news: the words after the colon are its giver's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive of saying, its agent, then a short setting of the saying before the colon
    ("L'annuncio è stato dato dal ministro della Salute Carla Rossi in una conferenza stampa: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    ("L'annuncio è stato dato dal ministro della Salute Carla Rossi, in una conferenza stampa a Roma: le scuole riapriranno lunedì.",
     [("indirect", "le scuole riapriranno lunedì", "Carla Rossi")]),
    ("La notizia è stata diffusa dal Comune in una nota: il ponte resterà chiuso.",
     [("indirect", "il ponte resterà chiuso", "Comune")]),
    ("La dinamica è stata ricostruita dai carabinieri in serata: l'auto ha sbandato.",
     [("indirect", "l'auto ha sbandato", "carabinieri")]),
    # the look-alikes: a body's voice named after it is no setting (the body is not the one
    # who speaks), and a passive of another verb says nothing
    ("L'annuncio è stato dato dal governo nella persona del ministro Carla Rossi: le scuole riapriranno lunedì.", []),
    ("Il pacco è stato consegnato da un corriere in mattinata: dentro c'era un libro.", []),
    ("Il ferito è stato soccorso dai vigili del fuoco in pochi minuti: le sue condizioni sono gravi.", []),
])
def test_agent_and_setting_before_colon(shipped, text, expected):
    """*è stato annunciato da X in una conferenza stampa: …*: the setting after the agent does not
    hide who says the words after the colon."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of words and its speaker, then "goes further" (colon_stance_tails) or a position
    # "more nuanced" (colon_stance_adjectives) before the colon: the words after it are the speaker's
    ("La denuncia di Legambiente va oltre: il fiume è inquinato da anni.",
     [("indirect", "il fiume è inquinato da anni", "Legambiente")]),
    ("La denuncia del sindaco Marco Bianchi andava anche oltre: i fondi erano stati sprecati.",
     [("indirect", "i fondi erano stati sprecati", "Marco Bianchi")]),
    ("La posizione di Marco Bianchi è più sfumata: il ponte va riparato, non abbattuto.",
     [("indirect", "il ponte va riparato, non abbattuto", "Marco Bianchi")]),
    ("Marco Bianchi è stato più articolato: il ponte va riparato.",
     [("indirect", "il ponte va riparato", "Marco Bianchi")]),
    # the look-alikes: no noun of words, no speaker before the colon
    ("Il programma della festa va oltre: ci saranno concerti fino all'alba.", []),
    ("La strada va oltre: si arriva al lago in dieci minuti.", []),
    ("Il quadro è più sfumato: i dati non sono completi.", []),
])
def test_stance_going_further(shipped, text, expected):
    """*La denuncia di X va oltre: …*, *La posizione di X è più sfumata: …*: a stance frame."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the charge named bare after the copula of "l'accusa", no "di": no one signs it
    ("L'accusa sarebbe concorso in omicidio.",
     [("indirect", "concorso in omicidio", None)]),
    ("I tre sono stati arrestati ieri sera: l'accusa è associazione a delinquere.",
     [("indirect", "associazione a delinquere", None)]),
    ("L'accusa è di peculato.", [("indirect", "di peculato", None)]),
    # the look-alikes: an adjective, a passive, a determiner or another verb after the copula
    ("L'accusa è falsa.", []),
    ("L'accusa è stata respinta dal giudice.", []),
    ("L'accusa è la stessa del processo precedente.", []),
    ("L'accusa è caduta dopo tre anni.", []),
])
def test_bare_charge_after_copula(shipped, text, expected):
    """*l'accusa è omicidio*: the charge, as *l'accusa è di omicidio*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of words after a possessive, then a stance, before the colon: the possessive's
    # referent says the words after it
    ("Il sindaco Marco Bianchi ha lasciato l'aula. Il suo commento è stato lapidario: il consiglio ha perso la faccia.",
     [("indirect", "il consiglio ha perso la faccia", "Marco Bianchi")]),
    ("Il sindaco Marco Bianchi ha lasciato l'aula. La sua replica non si è fatta attendere: il consiglio ha perso la faccia.",
     [("indirect", "il consiglio ha perso la faccia", "Marco Bianchi")]),
    ("I sindacati hanno letto la proposta del governo. Il loro giudizio è stato durissimo: la riforma va ritirata.",
     [("indirect", "la riforma va ritirata", "sindacati")]),
    # the look-alikes: a possessive before a noun that holds no words
    ("Il sindaco Marco Bianchi ha lasciato l'aula. Il suo posto è rimasto vuoto: nessuno si è seduto.", []),
    ("Il sindaco Marco Bianchi ha lasciato l'aula. Il suo sguardo era duro: nessuno ha fiatato.", []),
])
def test_possessive_words_before_colon(shipped, text, expected):
    """*Il suo commento è stato lapidario: …*: the words are those of whom *suo* refers to."""
    assert spoken(shipped, text) == expected
