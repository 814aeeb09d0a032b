"""come + a finite verb of saying whose postposed subject follows a setting (a prepositional
phrase, a time): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a prepositional phrase between the verb and its postposed subject is skipped
    ("Il cantiere chiuderà entro l'estate, come aveva annunciato sul suo sito l'impresa.",
     [("indirect", "Il cantiere chiuderà entro l'estate", "impresa")]),
    ("Le pattuglie saranno raddoppiate, come ha spiegato ieri in conferenza stampa il prefetto.",
     [("indirect", "Le pattuglie saranno raddoppiate", "prefetto")]),
    ("Il bando resterà aperto fino a marzo, come ha comunicato con una nota la Regione Puglia.",
     [("indirect", "Il bando resterà aperto fino a marzo", "Regione Puglia")]),
    # the subject right after the verb, the setting after it: as before
    ("Il bando resterà aperto, come ha comunicato la Regione Puglia con una nota.",
     [("indirect", "Il bando resterà aperto", "Regione Puglia")]),
])
def test_come_finite_verb_setting_before_subject(shipped, text, expected):
    """*…, come ha spiegato ieri in conferenza stampa il prefetto.*: the setting dates or places
    the report; the subject is the first noun phrase after it, the content the clause before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a manner clause: a simple present without a comma is no report
    ("Lavora come dice il regolamento interno.", []),
    # a verb that is not of saying
    ("Si è comportato come ha fatto in passato il padre.", []),
])
def test_come_lookalikes(shipped, text, expected):
    """come + a verb that is no report, or a manner clause, stays no quote."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # come + an active finite verb of saying with a null subject and a setting before the comma:
    # the subject carried from before speaks, the content is the main clause without the come-phrase
    ("Il direttore Paolo Verdi ha presentato il bilancio. Il museo riaprirà a settembre, come ha spiegato in consiglio comunale.",
     [("indirect", "Il museo riaprirà a settembre", "Paolo Verdi")]),
    # inside the clause, or opening it, the null subject may be another's: no quote
    ("Il museo, come ha spiegato in consiglio comunale, riaprirà a settembre.", []),
    ("Come ha affermato, signor presidente, le scuole sono al collasso.", []),
    # a gerund phrase after the come-phrase is how it was said: the clause before is the content
    ("La cantante Giulia Neri aveva rinviato il concerto, come aveva comunicato sul suo profilo, scusandosi con i fan.",
     [("indirect", "La cantante Giulia Neri aveva rinviato il concerto", "Giulia Neri")]),
    # the writer's own pointer (first person) and an impersonal si are no report
    ("Il cantiere, come abbiamo scritto ieri, partirà a giugno.", []),
    ("La situazione, come si è visto, resta difficile.", []),
])
def test_come_finite_verb_null_subject(shipped, text, expected):
    """*…, come aveva comunicato sul suo sito, …*: a third-person active verb with no subject
    after it reports the clause; its null subject speaks."""
    assert spoken(shipped, text) == expected
