"""Who holds a charge or a hypothesis named by a noun (*con l'accusa di*, *sull'ipotesi di*):
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the subject of a verb of investigating the hypothesis is on (su + the noun)
    ("La Procura di Bari lavora sull'ipotesi di omicidio colposo.",
     [("indirect", "di omicidio colposo", "Procura di Bari")]),
    ("Gli inquirenti di Lecce indagano sull'ipotesi di incendio doloso.",
     [("indirect", "di incendio doloso", "inquirenti di Lecce")]),
    # con + the noun on the file a verb of opening has as object, or as passive subject
    ("Il procuratore di Ancona Marco Neri ha aperto un fascicolo con l'ipotesi di omicidio stradale.",
     [("indirect", "di omicidio stradale", "Marco Neri")]),
    ("Un fascicolo con l'ipotesi di disastro colposo è stato aperto dalla Procura di Lecce.",
     [("indirect", "di disastro colposo", "Procura di Lecce")]),
    # the agent of a passive verb of charging or investigating
    ("Il giovane è stato denunciato dai carabinieri di Monza con l'accusa di furto aggravato.",
     [("indirect", "di furto aggravato", "carabinieri")]),
    ("L'autista è stato indagato dalla Procura di Salerno con l'accusa di omicidio stradale.",
     [("indirect", "di omicidio stradale", "Procura di Salerno")]),
])
def test_holder_of_charge_noun(shipped, text, expected):
    """A charge or hypothesis noun hung on a verb of investigating or charging
    (``charge_holding_verbs``) is held by that verb's subject, or its agent in the passive."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # who arrests or stops someone does not bring the charge
    ("L'uomo è stato arrestato dalla polizia con l'accusa di rapina aggravata.",
     [("indirect", "di rapina aggravata", None)]),
    ("Il ragazzo è stato fermato dai carabinieri con l'accusa di spaccio.",
     [("indirect", "di spaccio", None)]),
    # no agent named
    ("Il medico è stato indagato con l'accusa di omicidio colposo.",
     [("indirect", "di omicidio colposo", None)]),
    # a hypothesis outside an investigation is no report
    ("Le analisi hanno dimostrato che le ferite sono incompatibili con l'ipotesi di suicidio.",
     []),
])
def test_charge_noun_without_holder(shipped, text, expected):
    """Verbs of arresting or holding (not in ``charge_holding_verbs``) and passives with no
    agent leave the charge with no speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the da phrase of a verb of arriving whose subject is the speech noun: who it comes from,
    # not the subject of the sentence before
    ("Il presidente francese ha espresso cordoglio. Dalla Farnesina giunge l'invito a seguire le indicazioni delle autorità locali.",
     [("indirect", "a seguire le indicazioni delle autorità locali", "Farnesina")]),
    ("Dal sindaco Mario Rossi arriva l'appello a restare in casa.",
     [("indirect", "a restare in casa", "Mario Rossi")]),
    # a vague source or a place: no one
    ("Il premier ha parlato ai cittadini. Da più parti arriva l'invito a mantenere la calma.",
     [("indirect", "a mantenere la calma", None)]),
    ("Il ministro ha parlato ai cronisti. Da Roma arriva la notizia che il vertice è stato rinviato.",
     [("indirect", "il vertice è stato rinviato", None)]),
])
def test_speech_noun_arriving_from(shipped, text, expected):
    """A speech noun subject of a verb of arriving (``arrival_verbs``: *giunge l'invito*,
    *arriva la notizia*) comes from the person or body of the verb's *da* phrase."""
    assert spoken(shipped, text) == expected
