"""Descriptions resolved to people by gender: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a feminine title: the woman named before, not the man named after her
    ("Angela Merkel ha incontrato Emmanuel Macron a Berlino. La cancelliera ha detto che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Angela Merkel")]),
    # a woman's first name not in -a (Beatrice), a man's not in -o (Giuseppe)
    ("Beatrice Conti ha ricevuto Giuseppe Ferri in municipio. La sindaca ha spiegato che i lavori ripartiranno.",
     [("indirect", "i lavori ripartiranno", "Beatrice Conti")]),
    ("Giuseppe Ferri ha ricevuto Irene Galli in municipio. La sindaca ha spiegato che i lavori ripartiranno.",
     [("indirect", "i lavori ripartiranno", "Irene Galli")]),
    # a masculine title: the person named last, as before
    ("Emmanuel Macron ha ricevuto Giuseppe Ferri all'Eliseo. Il presidente ha detto che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Giuseppe Ferri")]),
])
def test_feminine_description_prefers_a_woman(shipped, text, expected):
    """A feminine description (*la cancelliera*, *la sindaca*) with no one introduced by a title
    is the woman named last before it, before a person whose gender nothing says, never a man."""
    assert spoken(shipped, text) == expected
