"""*Come* + a report closing the sentence with no comma before it: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an agent after the participle: who speaks; the content is the clause before
    ("I due imputati sono stati assolti come richiesto dal pubblico ministero.",
     [("indirect", "I due imputati sono stati assolti", "pubblico ministero")]),
    # a finite verb and its subject after it
    ("Il sindaco ha deciso di non candidarsi come aveva annunciato il partito.",
     [("indirect", "Il sindaco ha deciso di non candidarsi", "partito")]),
    # no one named: still a report; the content stops at the comma before its own clause
    ("La nuova linea aprirà a settembre, il servizio sarà gratuito come annunciato ieri.",
     [("indirect", "il servizio sarà gratuito", None)]),
    # look-alikes: the writer's pointers, a source that is no speaker, a comparison
    ("La nuova linea aprirà a settembre come previsto.", []),
    ("Il medico ha agito come previsto dal regolamento.", []),
    ("Il presidente parla come un professore.", []),
    # a come-phrase that does not close the sentence: a manner, not a report
    ("Il lavoro è stato svolto come richiesto dal cliente e consegnato in tempo.", []),
])
def test_come_closer_without_comma(shipped, text, expected):
    """*… come comunicato a marzo.*, *… come richiesto dal pm.* at the end of the sentence with no
    comma before *come* report the clause before it, from the comma before (or the sentence
    start); not mid-sentence, and not for the writer's pointers (*come previsto*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il comitato si riunisce ogni mese come vuole lo statuto.", []),
    ("Il tecnico lavora come dice il manuale di istruzioni.", []),
    # a past tense is a report
    ("Il comitato si è riunito di nuovo come aveva chiesto il presidente.",
     [("indirect", "Il comitato si è riunito di nuovo", "presidente")]),
])
def test_come_simple_present_without_comma_is_manner(shipped, text, expected):
    """*come dice X* / *come vuole X* with no comma after a verb: do it the way X says (a manner),
    not a report; a past tense (*come aveva chiesto X*) reports."""
    assert spoken(shipped, text) == expected
