"""Precision on text no rule was written on: verbs of saying in a sense that reports no words,
forms of Italian written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a threat verb coordinated by "e", read by the tagger as the noun "minaccia": its subject is
    # the first clause's, a thing, so a risk, no one's threat
    ("Il prezzo del grano ha raggiunto livelli altissimi, che non sono giustificati dalla siccità, "
     "e minaccia di creare nuove tensioni.", []),
    ("La stretta sul credito ha ridotto gli investimenti e minaccia di creare una crisi a catena.", []),
    ("L'epidemia di influenza che sta colpendo la regione è in continua crescita e minaccia di "
     "arrivare nelle province vicine.", []),
    # the look-alikes: a person or a body as the first clause's subject still threatens
    ("Il sindacato ha proclamato lo sciopero e minaccia di bloccare la città.",
     [("indirect", "di bloccare la città", "sindacato")]),
    ("Il sindaco Paolo Verdi ha convocato la giunta e minaccia di dimettersi.",
     [("indirect", "di dimettersi", "Paolo Verdi")]),
    ("Il sindacato dei tassisti minaccia di bloccare la città.",
     [("indirect", "di bloccare la città", "sindacato dei tassisti")]),
])
def test_threat_coordinated_to_a_thing(shipped, text, expected):
    """A verb of threatening after *e*, read by the tagger as a noun (*e minaccia di…*), shares
    the subject of the clause it is coordinated to (through that clause's object, *ha ridotto gli
    investimenti e minaccia…*): a thing threatens no one, it is a risk."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a thing promises: a prospect, no one's pledge
    ("I nuovi telescopi promettono ancora altre scoperte.", []),
    ("Gli scavi di Pompei promettono nuove sorprese.", []),
    ("La nuova stagione promette di essere la più calda del decennio.", []),
    # the look-alikes: a person promises; a passive's subject is what was promised
    ("Il ministro Luca Ferri promette nuove assunzioni.",
     [("indirect", "nuove assunzioni", "Luca Ferri")]),
    ("Il raddoppio della ferrovia era stato promesso dal governo.",
     [("indirect", "Il raddoppio della ferrovia", "governo")]),
    ("Il governo ha promesso che la ferrovia sarà raddoppiata.",
     [("indirect", "la ferrovia sarà raddoppiata", "governo")]),
])
def test_thing_that_promises(shipped, text, expected):
    """A verb of promising or threatening (``prospect_verbs``) whose subject is a thing, in the
    active, tells a prospect or a risk (*gli acceleratori promettono nuove scoperte*), no one's
    words; a passive's subject is what a speaker promised."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present twin of a verb of saying, an adjective before its noun, with a participle's
    # ending by chance: no cue
    ("Il governo si muove con una seria e precisa previsione, e va detto subito che non è provvisorio.", []),
    ("Il Consiglio reclama la più sollecita assimilazione amministrativa delle province.",
     [("indirect", "la più sollecita assimilazione amministrativa delle province", "Consiglio")]),
    ("Della natura delle classi deve farsi precisa menzione nel registro.", []),
    # the look-alikes: the same words as verbs (after a comma the tagger's adjective is the verb)
    ("Il motivo della protesta è la rielezione del presidente: l'opposizione, guidata da Marco Lenti, "
     "contesta brogli elettorali e chiede il riesame dei voti.",
     [("indirect", "brogli elettorali", "opposizione"), ("indirect", "il riesame dei voti", "opposizione")]),
    ("Il sindaco Carlo Bruni precisa che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "Carlo Bruni")]),
    ("La Regione sollecita il governo a intervenire.",
     [("indirect", "il governo a intervenire", "Regione")]),
])
def test_adjective_with_a_participle_ending(shipped, text, expected):
    """An adjective the tagger reads right (*una precisa previsione*, *la più sollecita
    assimilazione*) is a cue only as a present's twin (*precisare*, *sollecitare*); its ending
    (*-isa*, *-ita*) is a participle's by chance, and a present is no participle."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a thing counsels: what the circumstances advise, no one's advice
    ("La prudenza ci consiglia di fermarci a Lodi per la notte.", []),
    ("La crisi economica sconsiglia di avviare nuovi cantieri e spinge a concentrare le risorse.", []),
    ("Tutto ciò consiglia di rafforzare i controlli nelle stazioni.", []),
    # the look-alikes: a body or a person advises
    ("Il ministero degli Esteri consiglia ai turisti di evitare la zona.",
     [("indirect", "di evitare la zona", "ministero degli Esteri")]),
    ("La dottoressa Anna Neri ha consigliato di non toccare i materiali.",
     [("indirect", "di non toccare i materiali", "Anna Neri")]),
    # a noun of an agent the word lists miss still speaks
    ("Oggi gli specialisti ne consigliano un uso moderato.",
     [("indirect", "un uso moderato", "specialisti")]),
])
def test_thing_that_counsels(shipped, text, expected):
    """A verb of counselling (``prospect_verbs``: *consigliare*, *sconsigliare*) whose subject is
    a thing or a fact pronoun (*la prudenza ci consiglia di…*, *tutto ciò consiglia di…*) tells
    what the circumstances advise, no one's words."""
    assert spoken(shipped, text) == expected
