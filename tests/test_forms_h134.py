"""Passive judgements with an agent: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a predicate (adjective, come + phrase) and an agent after it: the agent's judgement of the subject
    ("Le condizioni del ferito sono state giudicate gravi dai medici del pronto soccorso.",
     [("indirect", "Le condizioni del ferito sono state giudicate gravi", "medici del pronto soccorso")]),
    ("Il progetto è stato ritenuto inadeguato dalla commissione tecnica.",
     [("indirect", "Il progetto è stato ritenuto inadeguato", "commissione tecnica")]),
    ("La misura è considerata illegittima dai sindacati.",
     [("indirect", "La misura è considerata illegittima", "sindacati")]),
    ("La situazione viene descritta come drammatica dai volontari.",
     [("indirect", "La situazione viene descritta come drammatica", "volontari")]),
    # the predicate keeps its own complement; a time before the agent is the setting
    ("Il paziente è stato giudicato guaribile in dieci giorni dai sanitari.",
     [("indirect", "Il paziente è stato giudicato guaribile in dieci giorni", "sanitari")]),
    ("Il ponte è stato definito sicuro ieri sera dai tecnici del Comune.",
     [("indirect", "Il ponte è stato definito sicuro", "tecnici del Comune")]),
    # the agent before the predicate with come: the whole clause
    ("Quella relazione è stata descritta da Mario Bianchi come un rapporto di lavoro occasionale.",
     [("indirect", "Quella relazione è stata descritta da Mario Bianchi come un rapporto di lavoro occasionale", "Mario Bianchi")]),
    # a noun phrase for predicate, a participle in it, and a named agent after it
    ("Il progetto è stato definito una scelta sbagliata dal sindaco Rossi.",
     [("indirect", "Il progetto è stato definito una scelta sbagliata", "Rossi")]),
    # a relative subject: the clause from the pronoun
    ("La riforma, che è ritenuta inutile dagli esperti, sarà votata domani.",
     [("indirect", "che è ritenuta inutile", "esperti")]),
])
def test_passive_judgement_with_agent(shipped, text, expected):
    """*X è stato giudicato/ritenuto/considerato P da Y*: Y judges; the content runs from the
    subject to the predicate's end."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # no agent: the writer's description
    "Il romanzo è considerato uno dei capolavori del Novecento.",
    # da + a time: since when, not by whom
    "Il quadro è considerato da anni il più prezioso della collezione.",
    "Il vaso è stato giudicato autentico da tempo.",
    # a verdict, not words
    "Il pilota è stato giudicato colpevole dalla corte d'assise.",
    # da after another participle in the predicate is that participle's agent, no judge
    "La misura è stata considerata un errore causato dalla fretta.",
])
def test_passive_judgement_not_reported(shipped, text):
    """Without an agent, with *da* + a time, or with a verdict for predicate: no quote."""
    assert spoken(shipped, text) == []
