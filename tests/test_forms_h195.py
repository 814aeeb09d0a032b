"""A cue whose subject is a relative *che* speaks for the relative's antecedent, never for the
subject of the clause the relative hangs on: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a relative after the main clause's complement, its antecedent no name: no one named signs
    ("Il ministro Carlo Bianchi ha parlato con le regioni che hanno chiesto che i fondi arrivino presto.",
     [("indirect", "i fondi arrivino presto", None)]),
    ("La governatrice Elena Sarti ha discusso con le province che ritengono che il piano sia insufficiente.",
     [("indirect", "il piano sia insufficiente", None)]),
    # the look-alikes: the antecedent is found (a name, a group, an indefinite group), the
    # name's apposition, the predicate of the main subject, a free relative, the che a conjunction
    ("Il prefetto Marco Gialli ha ascoltato alcuni ragazzi che criticano la chiusura del centro sociale.",
     [("indirect", "la chiusura del centro sociale", "alcuni ragazzi")]),
    ("All'incontro è intervenuto il ministro Mario Rossi che ha sottolineato come i conti siano in ordine.",
     [("indirect", "i conti siano in ordine", "Mario Rossi")]),
    ("Anna Bruni, la chirurga che operò il pilota, è stata netta: Abbiamo fatto il possibile.",
     [("indirect", "Abbiamo fatto il possibile", "Anna Bruni")]),
    ("Il ministro Mario Rossi ha detto che chiederà nuovi fondi per la sanità.",
     [("indirect", "chiederà nuovi fondi per la sanità", "Mario Rossi")]),
    ("Il Cile è uno dei paesi che chiedono che il trattato venga rivisto.",
     [("indirect", "il trattato venga rivisto", "Cile")]),
    # (what the relative on "ciò" believes is the pronoun: no quotation, h206)
    ("Il consiglio, in qualunque momento, può dire ciò che ritiene di dover dire.", []),
    ("Il sindaco Luca Verdi ha ricevuto i comitati che hanno chiesto la chiusura della discarica.",
     [("indirect", "la chiusura della discarica", "comitati")]),
    ("Il sindaco Luca Verdi ha incontrato gli abitanti del quartiere, che ritengono che la piazza sia pericolosa.",
     [("indirect", "la piazza sia pericolosa", "abitanti del quartiere")]),
])
def test_relative_subject_is_not_the_main_subject(shipped, text, expected):
    """*il ministro ha parlato con le regioni che hanno chiesto che…*: the relative *che* is the
    cue's subject; when its antecedent is no name or description, the quotation is unsigned,
    not the ministro's (an object cue still takes the main subject: unsigned, its object would
    be dropped)."""
    assert spoken(shipped, text) == expected
