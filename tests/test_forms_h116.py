"""Passive and impersonal speech verbs: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # che left out before a subjunctive after an impersonal verb of opinion
    ("Si pensa avessero una funzione religiosa.",
     [("indirect", "avessero una funzione religiosa", None)]),
    ("Dopo l'incendio si era pensato fosse stato un corto circuito.",
     [("indirect", "fosse stato un corto circuito", None)]),
    # si pensa + a noun phrase or di + infinitive: no report
    ("Si pensa spesso al futuro dei figli.", []),
    ("Si pensava di partire all'alba.", []),
])
def test_impersonal_opinion_without_che(shipped, text, expected):
    """*si pensa* / *si era creduto* + a subjunctive (*che* left out) reports that clause."""
    assert spoken(shipped, text) == expected
