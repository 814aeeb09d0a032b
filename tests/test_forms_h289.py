"""Forms of Italian written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the hortative "si pensi" / "si avverta": the writer asks the reader to consider, no one's words
    # (the tagger reads "pensi" as "tu pensi", "avverta" as an indicative)
    ("Molti autori hanno scritto sul tema: si pensi ad esempio al filosofo Mario Bianchi.", []),
    ("Si avverta che il consiglio comunale trova troppo caro il progetto.", []),
    ("Il problema è antico: si consideri che già nel Seicento le piene allagavano la valle.", []),
    # the look-alikes: the indicative with the impersonal si reports what people think or say
    ("Le cause dell'incidente sono incerte: si pensa a un guasto della centralina.",
     [("indirect", "un guasto della centralina", None)]),
    ("Si pensa che il ponte sia stato costruito dai Romani.",
     [("indirect", "il ponte sia stato costruito dai Romani", None)]),
    ("Il sindaco Carlo Verdi ha detto che si pensi prima alle scuole.",
     [("indirect", "si pensi prima alle scuole", "Carlo Verdi")]),
])
def test_hortative_by_ending(shipped, text, expected):
    """A present with the impersonal *si* whose ending is the subjunctive's (*si pensi*, *si
    avverta*), in a main clause, is the writer's exhortation, not a report; *si pensa a / che* is."""
    assert spoken(shipped, text) == expected
