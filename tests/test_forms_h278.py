"""A verb of fear that tells a feeling, not a report: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "temere di" + an infinitive: afraid of doing something oneself, no one's words
    ("La ragazza non parlava perché temeva di deludere i genitori e gli insegnanti.", []),
    ("Il corridore Marco Bianchi rallentò, temendo di cadere sul bagnato.", []),
    # the first person: the writer's own fear
    ("Per un momento ho temuto il peggio.", []),
    ("Abbiamo temuto che la diga cedesse durante la notte.", []),
    ("Temiamo che la diga non regga.", []),
    # the look-alikes: a third person fearing a thing, a clause or for someone still report
    ("Il sindaco Carlo Verdi teme che il ponte non regga all'ondata di piena.",
     [("indirect", "il ponte non regga all'ondata di piena", "Carlo Verdi")]),
    # the impersonal "si teme che…", whose "teme" the tagger reads as a first person
    ("Il conto dei danni è ancora incerto, ma si teme che sarà molto alto.",
     [("indirect", "sarà molto alto", None)]),
    ("Gli allevatori della valle temono nuovi attacchi dei lupi.",
     [("indirect", "nuovi attacchi dei lupi", "allevatori della valle")]),
])
def test_own_fear(shipped, text, expected):
    """*temere di* + an infinitive and *temere* in the first person tell a fear felt (no report);
    *X teme che…* and *temono X* are still reports."""
    assert spoken(shipped, text) == expected
