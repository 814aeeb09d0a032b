"""A body blamed by name after a verb of blame: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of blame and a company named without an article: the body and what it is blamed
    # for are what is reported, as for a person
    ("Il sindacalista Paolo Neri critica Fincantieri sui turni di notte.",
     [("indirect", "Fincantieri sui turni di notte", "Paolo Neri")]),
    # the look-alikes that do not change: the article before the body, a person blamed
    ("Il sindacalista Paolo Neri critica la Fincantieri sui turni di notte.",
     [("indirect", "la Fincantieri sui turni di notte", "Paolo Neri")]),
    ("Il sindacalista Paolo Neri ha criticato Marta Conti.",
     [("indirect", "Marta Conti", "Paolo Neri")]),
    # no verb of blame, or "attaccare" with no words around it: a body, nothing reported
    ("Il sindacalista Paolo Neri ha lasciato Fincantieri dopo vent'anni.", []),
    ("Il sindacalista Paolo Neri ha ringraziato Fincantieri.", []),
    ("Il deputato Marco Bellini ha attaccato Mediaset per la gestione dei palinsesti.", []),
])
def test_body_blamed_by_name(shipped, text, expected):
    """After a verb that aims its blame at someone (``person_target_verbs``: *criticare*), a
    company or institution named without an article opens the reported object as a person's
    name does (*critica Fincantieri sui turni*), not only a noun phrase with its article."""
    assert spoken(shipped, text) == expected
