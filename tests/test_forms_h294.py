"""Agentless passives of estimate, forecast and judgement: forms of Italian news written for
these tests (no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a weather forecast no one signs: the clause names the weather, a time phrase or not
    ("In Piemonte sono previsti fino a 30 centimetri di neve sopra i mille metri.",
     [("indirect", "In Piemonte sono previsti fino a 30 centimetri di neve sopra i mille metri", None)]),
    ("Sulle coste adriatiche sono previste piogge intense.",
     [("indirect", "Sulle coste adriatiche sono previste piogge intense", None)]),
    ("Sulle isole il cielo è previsto da poco nuvoloso a sereno.",
     [("indirect", "Sulle isole il cielo è previsto da poco nuvoloso a sereno", None)]),
    # the look-alikes: what a plan or a project provides, a negated forecast, an agent
    ("Nel nuovo quartiere sono previsti due asili e una piscina.", []),
    ("Tra i due comuni sono previste tre rotatorie.", []),
    ("Non sono previste nevicate in pianura.", []),
    ("La cerimonia è prevista dal protocollo in forma ridotta.", []),
])
def test_weather_forecast(shipped, text, expected):
    """*sono previsti/e* + the weather (``weather_nouns``) is a forecast no one signs, with no
    time phrase too; a range *da* + adjective after *il cielo è previsto* is its predicate. A
    plan's provisions, a negation and an agent stay as they were."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an estimate no one signs: a copula, a participle of estimating and a figure, no agent
    ("Il valore del dipinto è stato stimato in circa 2 milioni di euro.",
     [("indirect", "Il valore del dipinto è stato stimato in circa 2 milioni di euro", None)]),
    ("La folla in piazza era stimata intorno alle 5.000 persone.",
     [("indirect", "La folla in piazza era stimata intorno alle 5.000 persone", None)]),
    ("Le perdite del raccolto sono state quantificate in 40 milioni di euro.",
     [("indirect", "Le perdite del raccolto sono state quantificate in 40 milioni di euro", None)]),
    ("L'ora del decesso è stata calcolata verso le 4 del mattino.",
     [("indirect", "L'ora del decesso è stata calcolata verso le 4 del mattino", None)]),
    # the look-alikes: a bare participle, no figure, a figure of another kind, a clause after it
    ("Il bilancio, stimato intorno alle 400 vittime, è stato corretto al rialzo.", []),
    ("Il premio è calcolato in base al reddito.", []),
    ("Il medico era molto stimato in paese.", []),
    ("Il danno non è stato ancora stimato.", []),
    ("È stato stimato che i visitatori saranno oltre 10.000.",
     [("indirect", "i visitatori saranno oltre 10.000", None)]),
])
def test_agentless_estimate(shipped, text, expected):
    """*è stato stimato / calcolato / quantificato* + a preposition and a number, with no agent,
    is an estimate no one signs: the clause, from its subject to the figure; a bare participle,
    a participle with no number after its preposition and *è stato stimato che…* stay as they
    were."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare participle of opinion with a title for its predicate: the opinion held of the name
    ("Il boss Carlo Neri, ritenuto il capo del clan, è stato arrestato ieri sera.",
     [("indirect", "il capo del clan", None)]),
    ("Il chirurgo Luigi Bassi, considerato il padre della moderna cardiochirurgia, è morto ieri.",
     [("indirect", "il padre della moderna cardiochirurgia", None)]),
    # the look-alikes: a person acted on stays no report, a participle that is no opinion too
    ("Alla cerimonia è stato invitato anche il ministro Mario Fabbri.", []),
    ("Il sindaco, accompagnato dal prefetto, è arrivato in piazza.", []),
])
def test_opinion_participle_title(shipped, text, expected):
    """*X, considerato / ritenuto il capo di…*: a title after a bare participle of opinion is the
    opinion held of X (no one signs it), not a person the verb acts on; *è stato invitato il
    ministro X* still reports nothing."""
    assert spoken(shipped, text) == expected
