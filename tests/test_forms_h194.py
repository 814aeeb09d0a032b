"""A speech noun heading its clause, then the passive of the light verb that takes it and its
agent: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the noun's di-phrase is what was said; the agent of the light verb says it
    ("L'accusa di corruzione è stata mossa dai magistrati di Torino nei confronti dell'assessore.",
     [("indirect", "corruzione", "magistrati di Torino")]),
    ("La richiesta di rinvio era stata presentata dal legale dell'imputato Marco Neri.",
     [("indirect", "rinvio", "Marco Neri")]),
    ("La proposta di una tassa sui voli è stata avanzata dal ministro Carlo Verdi.",
     [("indirect", "una tassa sui voli", "Carlo Verdi")]),
    ("La richiesta di rinviare il voto è stata avanzata dal senatore Piero Galli.",
     [("indirect", "di rinviare il voto", "Piero Galli")]),
    # an announcement with a verb of announcing
    ("L'annuncio del ritiro è arrivato dal presidente Luca Ferri.",
     [("indirect", "ritiro", "Luca Ferri")]),
    # look-alikes: a verb the noun does not take, no agent, or a di-phrase that names the owner
    ("La richiesta di rinvio è stata respinta dal giudice.", []),
    ("L'accusa di corruzione è stata formulata ieri.", []),
    ("La proposta di legge è stata presentata in aula.", []),
    ("Il ricorso del Comune è stato presentato dal sindaco Anna Bassi.", []),
])
def test_speech_noun_before_its_passive_light_verb(shipped, text, expected):
    """*L'accusa di X è stata mossa da Y*: the passive of *muovere un'accusa*, *presentare una
    richiesta*, *avanzare una proposta*, *dare l'annuncio*: Y speaks, the di-phrase is said."""
    assert spoken(shipped, text) == expected
