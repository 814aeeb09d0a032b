"""A description opening a sentence after one that named two people: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the subject of the previous sentence, not its object named last
    ("Rinaldi ha sconfitto Gatti in quattro set. Il tennista ha detto che la finale è stata durissima.",
     [("indirect", "la finale è stata durissima", "Rinaldi")]),
    ("Carlo Moretti ha incontrato ieri a Torino Stefano Galli. L'imprenditore ha spiegato che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Carlo Moretti")]),
    # a passive subject is the subject too (the person the sentence is about)
    ("Stefano Galli è stato superato da Carlo Moretti all'ultimo giro. Il corridore ha detto che le gomme non tenevano.",
     [("indirect", "le gomme non tenevano", "Stefano Galli")]),
    # a feminine description with a woman as object: the woman, not the man who is subject
    ("Carlo Moretti ha incontrato ieri a Torino Giulia Galli. L'imprenditrice ha spiegato che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Giulia Galli")]),
    # a person named in the description's own sentence, before it: the person named last
    ("Carlo Moretti ha incontrato Stefano Galli. Dopo l'incontro con Galli, l'imprenditore ha spiegato che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Stefano Galli")]),
    # the person is the subject of a relative clause only, not of the main one: the person
    # named last, as before
    ("La causa che Carlo Moretti ha intentato contro Stefano Galli si è chiusa ieri. L'imprenditore ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "Stefano Galli")]),
    # a title the article gave decides, whatever the subject
    ("Il ministro Paolo Ferrari ha ricevuto il sindaco Marco Leoni. Il sindaco ha detto che l'incontro è andato bene.",
     [("indirect", "l'incontro è andato bene", "Marco Leoni")]),
])
def test_description_after_two_people(shipped, text, expected):
    """*X ha battuto Y. Il tennista ha detto…*: the previous sentence's subject, when no title or
    gender decides and no one is named in between."""
    assert spoken(shipped, text) == expected
