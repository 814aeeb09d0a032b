"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a noun-phrase object, then "e" and a clause with its own subject and finite verb: the writer's
    ("Il giudice ordinerà la perquisizione della casa di Mario Rossi e in quell'occasione la polizia "
     "troverà nuovi documenti.",
     [("indirect", "la perquisizione della casa di Mario Rossi", "giudice")]),
    ("Il ministro Carlo Verdi ha annunciato la chiusura della fabbrica e il giorno dopo gli operai hanno "
     "occupato i cancelli.",
     [("indirect", "la chiusura della fabbrica", "Carlo Verdi")]),
    ("Il ministro Carlo Verdi ha annunciato la chiusura della fabbrica e gli operai hanno occupato i cancelli.",
     [("indirect", "la chiusura della fabbrica", "Carlo Verdi")]),
    # the look-alikes: a second noun phrase, a finite verb inside the object's own clause, a
    # second "che"-clause reported, a relative on the last noun
    ("Il ministro Carlo Verdi ha annunciato la chiusura della fabbrica e dei due magazzini di Torino.",
     [("indirect", "la chiusura della fabbrica e dei due magazzini di Torino", "Carlo Verdi")]),
    ("Il ministro Carlo Verdi ha chiesto la promessa che i treni e le navi arrivino in orario.",
     [("indirect", "la promessa che i treni e le navi arrivino in orario", "Carlo Verdi")]),
    ("Il ministro Carlo Verdi ha annunciato la chiusura della fabbrica e che gli operai saranno pagati.",
     [("indirect", "la chiusura della fabbrica", "Carlo Verdi"),
      ("indirect", "gli operai saranno pagati", "Carlo Verdi")]),
    ("Il sindaco ha chiesto le dimissioni dell'assessore e dei suoi collaboratori, che hanno sbagliato tutto.",
     [("indirect", "le dimissioni dell'assessore e dei suoi collaboratori, che hanno sbagliato tutto", "sindaco")]),
])
def test_object_ends_before_conjoined_clause(shipped, text, expected):
    """A noun-phrase object ends before *e* + a clause with a subject or a phrase of its own and
    a finite verb (the writer goes on narrating); a second noun phrase, a verb inside a clause
    the object opened, *e che…* and a relative on the object's noun stay as they were."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan announced in the future goes on past a semicolon with one more future clause
    ("Il presidente Luca Marini annuncia che l'Italia uscirà dall'accordo sul gas; le centrali a carbone "
     "riapriranno entro giugno.",
     [("indirect", "l'Italia uscirà dall'accordo sul gas; le centrali a carbone riapriranno entro giugno",
       "Luca Marini")]),
    ("La società Vela ha annunciato che aprirà due nuovi negozi a Bari; i lavori dureranno tre mesi.",
     [("indirect", "aprirà due nuovi negozi a Bari; i lavori dureranno tre mesi", "Vela")]),
    # the look-alikes: a content in the present, or a clause in the past after the semicolon
    ("Il presidente Luca Marini annuncia che l'Italia esce dall'accordo sul gas; le centrali a carbone "
     "riapriranno entro giugno.",
     [("indirect", "l'Italia esce dall'accordo sul gas", "Luca Marini")]),
    ("Il presidente Luca Marini annuncia che l'Italia uscirà dall'accordo sul gas; le centrali a carbone "
     "hanno chiuso a giugno.",
     [("indirect", "l'Italia uscirà dall'accordo sul gas", "Luca Marini")]),
])
def test_future_plan_goes_on_past_semicolon(shipped, text, expected):
    """A *che*-content whose first verb is in the future goes on past a semicolon before a
    clause with a subject and a future verb: one more item of the plan (not a content in
    another tense, nor a clause of the writer's in the past)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of saying fronted after a semicolon ends before its main clause, as after a full stop
    ("Il partito andrà avanti da solo; se i liberali ritengono che possono seguirci su questa strada, "
     "saranno i benvenuti.",
     [("indirect", "possono seguirci su questa strada", "liberali")]),
    ("Il piano è pronto; quando il ministro annunciò che i fondi erano arrivati, i sindaci esultarono.",
     [("indirect", "i fondi erano arrivati", "ministro")]),
    # the look-alike: "se" inside the content, after the cue, keeps its own main clause
    ("Il sindaco ha parlato a lungo; ha detto che se la scuola riaprirà, i genitori saranno contenti.",
     [("indirect", "se la scuola riaprirà, i genitori saranno contenti", "sindaco")]),
])
def test_fronted_clause_after_semicolon(shipped, text, expected):
    """An adverbial clause (*se*, *quando*…) opening after a semicolon is set before its main
    clause like one opening a sentence: the content of its cue ends at the main clause."""
    assert spoken(shipped, text) == expected
