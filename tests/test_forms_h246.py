"""Counterfactual cues: forms of Italian written for these tests (no sentence comes from a gold
set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


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
