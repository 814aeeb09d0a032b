"""Connectives between a cue and its content, and counterfactual cues: forms of Italian written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a connective of the writer's argument between the cue and its content is no part of it
    ("Il sindaco Mario Rossi chiede perciò al ministro che vengano stanziati nuovi fondi per la scuola.",
     [("indirect", "vengano stanziati nuovi fondi per la scuola", "Mario Rossi")]),
    ("Il ministro Luca Bianchi ha sottolineato altresì l'impegno del governo per la pace.",
     [("indirect", "l'impegno del governo per la pace", "Luca Bianchi")]),
    ("La senatrice Anna Neri ha ribadito comunque la sua fiducia nel governo.",
     [("indirect", "la sua fiducia nel governo", "Anna Neri")]),
    # nor does it hide the che-clause after it
    ("La presidente Anna Neri ha detto tuttavia che il piano è pronto.",
     [("indirect", "il piano è pronto", "Anna Neri")]),
    # the look-alike: a connective after "che" is the speaker's own and stays in the content
    ("Il sindaco Mario Rossi ha detto che tuttavia restano molti problemi da risolvere.",
     [("indirect", "tuttavia restano molti problemi da risolvere", "Mario Rossi")]),
])
def test_connective_between_cue_and_content(shipped, text, expected):
    """*chiede perciò al ministro che…*, *ha sottolineato altresì…*, *ha detto tuttavia che…*:
    the writer's connectives (``cue_adverbs``) sit between the cue and its content like *quindi*
    or *inoltre*; after *che* they are the speaker's words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "se" with an imperfect or pluperfect subjunctive: what would have been said, no report
    ("Se la giunta avesse dichiarato che la piscina era chiusa, nessuno sarebbe venuto.", []),
    ("Se il sindaco Mario Rossi dicesse che la piscina è chiusa, nessuno gli crederebbe.", []),
    # the look-alikes: a report in the indicative after "se", and a verb of asking with "se"
    ("Il sindaco Mario Rossi ha detto che la piscina resterà chiusa se il tempo peggiorasse.",
     [("indirect", "la piscina resterà chiusa se il tempo peggiorasse", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto se la piscina fosse chiusa.",
     [("indirect", "se la piscina fosse chiusa", "Mario Rossi")]),
])
def test_counterfactual_cue(shipped, text, expected):
    """*Se la giunta avesse dichiarato che…*: a cue opened by *se* (``counterfactual_openers``)
    in the imperfect or pluperfect subjunctive is a counterfactual, nothing said; a cue in the
    indicative, or a *se* inside the content, stays a report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cue in the present inside a question that asks whether it holds: nothing said
    ("E crede il senatore Paolo Verdi che, con il suo decreto, si sia risolto il problema della casa?", []),
    ("C'è forse chi ritiene che piantare alberi in città sia inutile?", []),
    # a source in a question asks for an opinion
    ("Secondo lei, la crisi della scuola è finita?", []),
    # the look-alikes: a statement, a past, a question about the saying's reason, a question
    # of the writer's own after the report
    ("Il sindaco Mario Rossi dice che la piscina è chiusa.",
     [("indirect", "la piscina è chiusa", "Mario Rossi")]),
    ("Perché il sindaco Mario Rossi dice che la piscina è chiusa?",
     [("indirect", "la piscina è chiusa", "Mario Rossi")]),
    ("Il sindaco Mario Rossi dice che la piscina è chiusa, ma chi ci crede?",
     [("indirect", "la piscina è chiusa", "Mario Rossi")]),
    ("Secondo il sindaco Mario Rossi, la piscina è chiusa.",
     [("indirect", "la piscina è chiusa", "Mario Rossi")]),
])
def test_cue_inside_a_question(shipped, text, expected):
    """*E crede il senatore che…?*, *C'è forse chi ritiene che…?*, *Secondo lei, …?*: a cue in
    the present or a source inside a question is asked or supposed, not said; a past, a verb of
    asking, a question about why or how one says it (``given_saying_questions``) and a question
    after *, ma* keep the report."""
    assert spoken(shipped, text) == expected
