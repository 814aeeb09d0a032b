"""Speakers of matched quotations: forms of Italian news written for these tests (no sentence
comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title an articled preposition opens, then di + a body or a place, then the relative:
    # the title's holder speaks, not the body or the place
    ("La decisione spetta al sindaco di Pisa, il quale ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "sindaco di Pisa")]),
    ("La proposta è stata respinta dal presidente della Juventus, che ha detto che non venderà la squadra.",
     [("indirect", "non venderà la squadra", "presidente della Juventus")]),
    ("Questa sembra la linea preferita dal presidente della Regione, il quale, intervistato ieri, "
     "ha avvertito che farà ricorso.",
     [("indirect", "farà ricorso", "presidente della Regione")]),
    # the look-alikes: a body with no title before it; a name in apposition after the title;
    # a title opened by an article
    ("La decisione spetta alla Regione Toscana, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "Regione Toscana")]),
    ("La lettera è arrivata al sindaco di Pisa, Carlo Neri, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "Carlo Neri")]),
    ("Ieri si è dimesso il sindaco di Pisa, che ha detto che farà ricorso.",
     [("indirect", "farà ricorso", "sindaco di Pisa")]),
])
def test_relative_after_a_title_after_a_preposition(shipped, text, expected):
    """*…spetta al sindaco di Pisa, il quale ha detto…*: the relative is said of the title's
    holder, as after *il sindaco di Pisa, che…*; the body or place after *di* is no speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund hanging on a verb in the third person plural with no subject: not the one person
    # the sentence before is about (nor the ranker's pick of that person)
    ("Il ministro Carlo Neri ha guidato il governo per tre anni. Ad un certo momento abbandonarono "
     "la coalizione e giustificarono questo gesto dicendo che non erano d'accordo sulla riforma.",
     [("indirect", "questo gesto", None), ("indirect", "non erano d'accordo sulla riforma", None)]),
    # the look-alikes: a plural subject of their own; a singular verb, which carries the person
    ("Il ministro Carlo Neri ha guidato il governo per tre anni. Ad un certo momento i repubblicani "
     "abbandonarono la coalizione e giustificarono questo gesto dicendo che non erano d'accordo sulla riforma.",
     [("indirect", "questo gesto", "repubblicani"), ("indirect", "non erano d'accordo sulla riforma", "repubblicani")]),
    ("Il ministro Carlo Neri ha guidato il governo per tre anni. Ad un certo momento abbandonò "
     "la coalizione e giustificò questo gesto dicendo che non era d'accordo sulla riforma.",
     [("indirect", "questo gesto", "Carlo Neri"), ("indirect", "non era d'accordo sulla riforma", "Carlo Neri")]),
])
def test_gerund_of_a_plural_verb(shipped, text, expected):
    """*…abbandonarono la coalizione e giustificarono il gesto dicendo che…*: a gerund agrees
    through the verb it hangs on; a third person plural with no subject is not the one person
    named before (:meth:`FinderBase.plural_for_one`)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a description whose referent its own sentence names again after it, after a preposition:
    # someone else
    ("Il ministro Carlo Neri è arrivato ieri a Parigi. Il ministro francese ha chiesto a Neri di "
     "restare un giorno.",
     [("indirect", "di restare un giorno", "ministro francese")]),
    ("Carlo Neri è arrivato ieri a Parigi. Il ministro francese ha chiesto a Neri di restare ancora un giorno.",
     [("indirect", "di restare ancora un giorno", "ministro francese")]),
    # the look-alikes: another person named after the description; no one named after it
    ("Il ministro Carlo Neri è arrivato ieri a Parigi. Il ministro ha detto che Anna Bruni resterà un giorno.",
     [("indirect", "Anna Bruni resterà un giorno", "Carlo Neri")]),
    ("Il ministro Carlo Neri è arrivato ieri a Parigi. Il ministro ha chiesto al collega Paolo Verdi "
     "di restare un giorno.",
     [("indirect", "di restare un giorno", "Carlo Neri")]),
    ("Carlo Neri è arrivato ieri a Parigi. Il ministro ha poi detto che resterà ancora un giorno.",
     [("indirect", "resterà ancora un giorno", "Carlo Neri")]),
    # the same person named again after the cue as its speaker, with no preposition
    ("Il ministro Carlo Neri è arrivato ieri a Parigi. Infine il ministro ha lanciato un appello ai "
     "giovani: «Perché non restate uniti?», ha chiesto Neri.",
     [("direct", "Perché non restate uniti?", "Carlo Neri")]),
])
def test_description_not_the_person_named_after_it(shipped, text, expected):
    """*Il ministro francese ha chiesto a Neri di…*: the French minister is not Neri, whom his
    own sentence names after him; the description stays as written (the guidelines' unnamed
    definite speaker)."""
    assert spoken(shipped, text) == expected
