"""An act's or a rule's own voice: what an order or a law provides will be done, not what
someone said. Forms of Italian written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an agentless passive in the future with its noun phrase: what the act provides
    ("Con allegato a parte, verranno evidenziate le eventuali modifiche dell'elenco delle sedi del distretto.", []),
    ("Saranno comunicati entro maggio i posti disponibili per ciascuna provincia.", []),
    # the look-alikes: with its agent, with a clause, in the past, or inside someone's words
    ("Sarà annunciata dal ministro Carlo Bianchi la data del vertice.",
     [("indirect", "la data del vertice", "Carlo Bianchi")]),
    ("Sarà spiegato agli studenti che le lezioni riprenderanno lunedì.",
     [("indirect", "le lezioni riprenderanno lunedì", None)]),
    ("Sono state annunciate le prossime visite al museo della città.",
     [("indirect", "le prossime visite al museo della città", None)]),
    ("Il ministro Carlo Bianchi ha detto che verranno evidenziate le spese della provincia.",
     [("indirect", "verranno evidenziate le spese della provincia", "Carlo Bianchi")]),
])
def test_future_passive_of_an_act(shipped, text, expected):
    """An agentless passive in the future whose content is its noun phrase (*verranno
    evidenziate le variazioni*) is what an act provides, no one's words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund the parse hangs on the object of a duty or a permission: what one must or may do
    ("Il cittadino interessato può comprovare con dichiarazioni personali la residenza precisando in tal caso la data di nascita.", []),
    # the look-alikes: the same gerund after a past, said by someone
    ("Il sindaco Paolo Verdi ha presentato la relazione precisando i costi dell'opera.",
     [("indirect", "i costi dell'opera", "Paolo Verdi")]),
    ("Il ministro Carlo Bianchi ha parlato alla Camera, sottolineando i vantaggi per le famiglie.",
     [("indirect", "i vantaggi per le famiglie", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha presentato il piano precisando i tempi dei lavori.",
     [("indirect", "i tempi dei lavori", "Carlo Bianchi")]),
])
def test_gerund_on_the_object_of_a_duty(shipped, text, expected):
    """A gerund of saying that hangs, in the parse, on the object of a verb under a modal of
    duty or permission (*può comprovare la residenza precisando la data*) is part of the rule,
    not a report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition of a rule: "se" and a simple present under a present
    ("Il garante che si assume il debito è obbligato in solido col debitore, se il creditore non dichiara espressamente di liberarlo.", []),
    # the look-alikes: a concessive "anche se", a past, a question
    ("La riforma va avanti, anche se il ministro Carlo Bianchi dice che non ci sono fondi.",
     [("indirect", "non ci sono fondi", "Carlo Bianchi")]),
    ("Il sindaco Paolo Verdi ha chiesto se il ministro intende rispondere.",
     [("indirect", "se il ministro intende rispondere", "Paolo Verdi")]),
])
def test_condition_of_a_rule(shipped, text, expected):
    """A verb of saying in a *se* clause in the simple present under a main verb in the
    present (*è obbligato, se il creditore non dichiara di liberarlo*) states a rule's
    condition, not words said; *anche se* concedes a report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a future with each one of a class as its subject: what the rule has each one do
    ("Con allegato a parte sarà pubblicato l'elenco delle sedi del distretto; Ciascun ispettore comunicherà il totale dei posti disponibili per i trasferimenti distinti per tipo.", []),
    # the look-alikes: one named, or a past
    ("Il provveditore Mario Gialli comunicherà il totale dei posti disponibili per i trasferimenti.",
     [("indirect", "il totale dei posti disponibili per i trasferimenti", "Mario Gialli")]),
])
def test_future_of_each_one(shipped, text, expected):
    """A verb of saying in the future whose subject has a determiner of each one of a class
    (*ciascun ispettore comunicherà…*) is what a rule provides, not words said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund of saying on a present with the impersonal "si": what the rule provides
    ("Si considerano, a tal fine, i posti di ruolo della dotazione organica, escludendo quelli per cui è richiesto un diploma speciale.", []),
    # the look-alikes: someone named, a reflexive past
    ("Il ministro Carlo Bianchi ha parlato alla Camera, escludendo nuove tasse.",
     [("indirect", "nuove tasse", "Carlo Bianchi")]),
    ("Il sindaco Paolo Verdi si è subito scusato, spiegando che il cantiere riaprirà lunedì.",
     [("indirect", "il cantiere riaprirà lunedì", "Paolo Verdi")]),
])
def test_gerund_on_an_impersonal_rule(shipped, text, expected):
    """A gerund of saying on a present with the impersonal *si* (*si considerano i posti,
    escludendo quelli…*) is part of the rule, not a report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # alternative subjects in the present: whichever party the rule lets act
    ("Il notaio o il legale della parte chiedono al giudice di acquisire la prova, che in tal caso vale per entrambi.", []),
    # the look-alikes: subjects joined by "e", or alternatives in a past
    ("Il sindaco Paolo Verdi e l'assessore Anna Neri chiedono al governo di intervenire.",
     [("indirect", "di intervenire", "Paolo Verdi e Anna Neri")]),
    ("Il sindaco o l'assessore hanno chiesto al governo di intervenire.",
     [("indirect", "di intervenire", "assessore")]),
])
def test_alternative_parties_of_a_rule(shipped, text, expected):
    """A verb of saying in the simple present whose subjects are alternatives (*il notaio o il
    legale chiedono al giudice di…*) is what a rule lets either party do, not words said."""
    assert spoken(shipped, text) == expected
