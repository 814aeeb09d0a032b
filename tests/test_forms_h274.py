"""Reports no one signs, whatever the sentences before name: the impersonal *si* before a verb of
saying, with a preposition in its cue (*si parla di…*), a subject the parse misplaces inside the
reported clause, or quote marks around the clause (*si afferma che «…»*). Forms of Italian written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

DEBT = "il debito non può coprire gli sprechi degli amministratori"


@pytest.mark.parametrize("text,expected", [
    # "si parla di…": what people say, not the words of the person named before
    ("Il ministro Paolo Verdi ha presentato il bilancio. Quando si parla di pace, occorre ricordare chi è caduto.",
     [("indirect", "pace", None)]),
    ("Il ministro Paolo Verdi ha presentato il bilancio. In città si parla di un nuovo sindaco.",
     [("indirect", "un nuovo sindaco", None)]),
    # a document named before the impersonal cue speaks for its issuer
    ("Il ministro Paolo Verdi ha presentato il bilancio. Nella nota del ministero si parla di nuovi fondi.",
     [("indirect", "nuovi fondi", "ministero")]),
    # the look-alikes: the verb with a subject of its own, or carried by a coordinated verb
    ("Il ministro Paolo Verdi ha presentato il bilancio e ha parlato di pace.",
     [("indirect", "pace", "Paolo Verdi")]),
    ("La sindaca Giulia Ferri ha visitato il cantiere. Dice che la regione ostacola i lavori del porto.",
     [("indirect", "la regione ostacola i lavori del porto", "Giulia Ferri")]),
    # a reflexive self-report is the subject's
    ("La sindaca Giulia Ferri ha visitato il cantiere. Si è detta pronta a incontrare la regione.",
     [("indirect", "pronta a incontrare la regione", "Giulia Ferri")]),
])
def test_impersonal_talk_of(shipped, text, expected):
    """*si parla di X* (a cue that holds its preposition) is a report no one signs, as *si dice
    che…* is: the speaker stays null and the ranker does not fill it."""
    assert spoken(shipped, text) == expected


def test_impersonal_subject_inside_clause(shipped):
    """A subject the parse hangs on *si dice* past the start of its *che*-clause is the clause's:
    the report is still no one's."""
    text = ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Si dice che il Partito sardo "
            "intralci con ciò la riforma e perciò ci s'invita a cedere.")
    assert spoken(shipped, text) == [
        ("indirect", "il Partito sardo intralci con ciò la riforma e perciò ci s'invita a cedere", None)]


@pytest.mark.parametrize("text,expected", [
    # marked words of an impersonal report: no one's, as its unmarked clause
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nel documento inviato ai partiti "
     f"si afferma che «{DEBT}».", [("mixed", DEBT, None)]),
    # (a noun after a preposition the parse makes the verb's subject is none)
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nel testo inviato ai tre sindaci "
     f"della provincia si afferma che «{DEBT}».", [("mixed", DEBT, None)]),
    # the look-alikes: a document with its issuer, a subject of its own
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nella lettera del ministero "
     f"si afferma che «{DEBT}».", [("mixed", DEBT, "ministero")]),
    (f"Il senatore Carlo Bianchi ha detto che «{DEBT}».", [("mixed", DEBT, "Carlo Bianchi")]),
])
def test_impersonal_marked_clause(shipped, text, expected):
    """*si afferma che «…»*: the ranker leaves the mixed quotation null, as it leaves the same
    clause without marks."""
    assert spoken(shipped, text) == expected
