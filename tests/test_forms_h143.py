"""Parenthetical and postposed cues inside unmarked reported content: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a speech verb with no subject of its own, set off by commas inside the clause: the
    # clause around it is reported, by the verb's null subject (the person just named)
    ("Il ministro dell'Economia Carlo Bianchi è intervenuto ieri al congresso dei commercianti a Napoli. "
     "Le tasse, ha assicurato, scenderanno già dal prossimo anno.",
     [("indirect", "Le tasse, ha assicurato, scenderanno già dal prossimo anno", "Carlo Bianchi")]),
    ("La sindaca Anna Verdi ha incontrato i genitori. Il nuovo asilo, ha spiegato, aprirà a settembre.",
     [("indirect", "Il nuovo asilo, ha spiegato, aprirà a settembre", "Anna Verdi")]),
    # a pluperfect, an adverb before the closing comma
    ("La sindaca Anna Verdi ha incontrato i genitori. Il cantiere, aveva spiegato ancora, chiuderà a maggio.",
     [("indirect", "Il cantiere, aveva spiegato ancora, chiuderà a maggio", "Anna Verdi")]),
    # its subject after it, as before
    ("Il cantiere, ha spiegato la sindaca Anna Verdi, chiuderà a maggio.",
     [("indirect", "Il cantiere, ha spiegato la sindaca Anna Verdi, chiuderà a maggio", "Anna Verdi")]),
    # not a speech verb, not a finite verb, not the third person: no report
    ("La casa, ha comprato, era vecchia.", []),
    ("Il ragazzo, arrivato ieri, era stanco.", []),
    ("Il piano, ho detto, è pronto.", []),
    # a passive decision set off the same way is no report
    ("Il bilancio, è stato approvato ieri, prevede nuovi tagli.", []),
])
def test_null_subject_parenthetical(shipped, text, expected):
    """*X, ha assicurato, Y*: a subjectless speech verb between commas inside the clause."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cue and its subject set off by dashes inside the clause, as by commas: the clause
    # around it is reported, the subject after the verb speaks
    ("Il cantiere – ha spiegato la sindaca Anna Verdi – chiuderà a maggio.",
     [("indirect", "Il cantiere – ha spiegato la sindaca Anna Verdi – chiuderà a maggio", "Anna Verdi")]),
    ("Il governo – sostengono i sindacati – non ha mantenuto le promesse sul lavoro.",
     [("indirect", "Il governo – sostengono i sindacati – non ha mantenuto le promesse sul lavoro", "sindacati")]),
    ("Il cantiere - ha spiegato la sindaca - chiuderà a maggio.",
     [("indirect", "Il cantiere - ha spiegato la sindaca - chiuderà a maggio", "sindaca")]),
    # a participle set off by dashes is no cue: the verb after it reports
    ("Il sindaco Mario Rossi – eletto nel 2019 – ha detto che il cantiere chiuderà a maggio.",
     [("indirect", "il cantiere chiuderà a maggio", "Mario Rossi")]),
])
def test_dashed_parenthetical(shipped, text, expected):
    """*X – ha spiegato Y – Z* without quote marks: a parenthetical cue between dashes."""
    assert spoken(shipped, text) == expected
