"""Precision on prose of another origin (h231): forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of saying in the present with the impersonal "si" and the negation: the writer's
    # denial, no one's words
    ("Non si pretende che la Regione cambi il suo piano per le ferrovie.", []),
    ("Non si chiede che di lavorare in pace nei campi.", []),
    ("Non si dica che noi vogliamo la divisione del paese.", []),
    # the look-alikes: without the negation, in a past, with a subject of its own, or a verb
    # whose denial asserts a possibility
    ("Si dice che il sindaco voglia lasciare la giunta.",
     [("indirect", "il sindaco voglia lasciare la giunta", None)]),
    ("Non si è detto che la strada sarebbe stata chiusa.",
     [("indirect", "la strada sarebbe stata chiusa", None)]),
    ("Il ministro Carlo Bianchi non chiede che la strada sia chiusa.",
     [("indirect", "la strada sia chiusa", "Carlo Bianchi")]),
    ("Il sindaco Paolo Neri non si considera colpevole.",
     [("indirect", "colpevole", "Paolo Neri")]),
    ("Non si escludono altre cause, come un guasto ai freni.",
     [("indirect", "altre cause, come un guasto ai freni", None)]),
])
def test_denial_with_impersonal_si(shipped, text, expected):
    """*non si* + a verb of saying in the present (*non si pretende che…*) denies that anyone
    says it: no report; a past, a subject of its own or *non si escludono…* stay."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "secondo" + a doctrine, a precedent, a classification, a coherence: "in accordance
    # with", no one's words
    ("Secondo la dottrina della Chiesa, il matrimonio religioso è indissolubile.", []),
    ("Il sindaco, secondo un precedente del 1920, potrà sciogliere la giunta.", []),
    ("Secondo la classificazione del Touring Club, quelle cime formano il gruppo numero cinque.", []),
    # the look-alikes: a person, a body or a scholar of the doctrine as the source
    ("Secondo il teologo Marco Bianchi, il matrimonio religioso è indissolubile.",
     [("indirect", "il matrimonio religioso è indissolubile", "Marco Bianchi")]),
    ("Secondo la Chiesa, il matrimonio religioso è indissolubile.",
     [("indirect", "il matrimonio religioso è indissolubile", "Chiesa")]),
])
def test_secondo_in_accordance_with(shipped, text, expected):
    """*secondo* + a doctrine, a precedent or a classification (``not_sources``) is "in
    accordance with", not a source; a person or a body after *secondo* still speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare term in marks explained right after by "cioè" / "ossia" / "ovvero": the writer's
    # term, other
    ('Il teologo Marco Bianchi descrive il rito come fatto di due parti: la "forma", cioè le '
     'parole dette, e la "materia", ossia il pane e il vino.',
     [("indirect", "il rito come fatto di due parti", "Marco Bianchi"), ("other", "forma", None),
      ("other", "materia", None)]),
    # the look-alikes: a phrase with its own article, or marks right after a verb, stay the
    # speaker's words
    ('Il sindaco Paolo Neri ha detto che il progetto è "una follia", ovvero una spesa inutile.',
     [("mixed", "una follia", "Paolo Neri")]),
    ('Il sindaco Paolo Neri ha detto che il progetto è "follia", ovvero una spesa inutile.',
     [("mixed", "follia", "Paolo Neri")]),
])
def test_term_explained_after_its_marks(shipped, text, expected):
    """Marks round a bare term that *cioè*, *ossia* or *ovvero* explains right after them are the
    writer's (other), as with a gloss in brackets; a phrase with its article or a predicate
    right after a verb stays mixed."""
    assert spoken(shipped, text, other=True) == expected
