"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bare noun and an irregular participle (accogliere -> accolta) in brackets: the writer's summary
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (richiesta accolta dalla Regione).",
     [("indirect", "la riapertura del ponte", "Mario Rossi")]),
    # a regular participle, as before
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (decisione presa dalla giunta).",
     [("indirect", "la riapertura del ponte", "Mario Rossi")]),
    # an adjective, regular or a present participle, is no participle: the bracket stays
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (soluzione molto utile ai residenti).",
     [("indirect", "la riapertura del ponte (soluzione molto utile ai residenti)", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (misura importante per i pendolari).",
     [("indirect", "la riapertura del ponte (misura importante per i pendolari)", "Mario Rossi")]),
    # an irregular participle on the object's own noun, after a comma: still the object
    ("La sindacalista Anna Neri ha chiesto di rispettare l'accordo, raggiunto con l'azienda a maggio.",
     [("indirect", "di rispettare l'accordo, raggiunto con l'azienda a maggio", "Anna Neri")]),
])
def test_irregular_participle_in_summary(shipped, text, expected):
    """A bare noun and a participle after the object (*(richiesta accolta da…)*) sums up what
    was asked: the object ends before it, the participle irregular (*accolta*, *risolta*) or not."""
    assert spoken(shipped, text) == expected
