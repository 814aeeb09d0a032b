"""Appeals: a light verb after a modal, and the verb an appeal urges. Forms of Italian news
written for these tests (no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a light verb after a speech modal: the appeal is made
    ("Il sindaco Mario Rossi ha voluto lanciare un appello alla Regione perché stanzi i fondi.",
     [("indirect", "alla Regione perché stanzi i fondi", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha voluto fare appello alla Regione perché stanzi i fondi.",
     [("indirect", "alla Regione perché stanzi i fondi", "Mario Rossi")]),
    ("La presidente Anna Bruni è tornata a lanciare un appello ai giovani perché non guidino ubriachi.",
     [("indirect", "ai giovani perché non guidino ubriachi", "Anna Bruni")]),
    # the look-alikes: no speech noun after the light verb, or none said
    ("Il sindaco Mario Rossi vuole fare una passeggiata in centro.", []),
    ("Il sindaco Mario Rossi non ha voluto rilasciare dichiarazioni.", []),
    # a noun of demand in the market's sense is no one's request
    ("C'è una forte richiesta di mercato per le auto elettriche.", []),
])
def test_light_verb_after_modal(shipped, text, expected):
    """A light verb's infinitive after a speech modal (*ha voluto lanciare un appello…*, *ha
    voluto fare appello…*) is a cue as the finite verb is, its speech noun looked for the same way."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of saying in the subjunctive after "perché" is what the appeal urges
    ("Il sindaco Mario Rossi ha rivolto un appello al Senato perché approvi la riforma.",
     [("indirect", "al Senato perché approvi la riforma", "Mario Rossi")]),
    ("Il sindaco Mario Rossi fa appello al Senato perché approvi la riforma.",
     [("indirect", "al Senato perché approvi la riforma", "Mario Rossi")]),
    # the look-alikes: the same verb as a cue of its own
    ("Il sindaco Mario Rossi ha chiesto al Senato di approvare la riforma.",
     [("indirect", "di approvare la riforma", "Mario Rossi")]),
])
def test_urged_verb_after_appeal(shipped, text, expected):
    """A verb in the subjunctive right after a conjunction of appeal (``appeal_conjunctions``:
    *perché approvi*, *affinché non dichiari*) is what is urged, not a cue that would cut the
    appeal's content before it."""
    assert spoken(shipped, text) == expected
