"""Listed verbs of saying whose clause comes after the person addressed, an aside on that
person, a postverbal dative or a manner phrase: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a relative on the person addressed, set off by commas, then di + infinitive or che
    ("Il questore Paolo Rinaldi ha ordinato agli agenti, che presidiavano la stazione, di sgomberare l'area.",
     [("indirect", "di sgomberare l'area", "Paolo Rinaldi")]),
    ("Il presidente Marco Ferri ha detto ai giornalisti, che lo attendevano all'uscita, che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Ferri")]),
    ("La sindaca Elena Conti ha chiesto ai consiglieri, i quali si erano astenuti, di votare il bilancio.",
     [("indirect", "di votare il bilancio", "Elena Conti")]),
    # a participle phrase on the person addressed
    ("L'allenatore Franco Villa ha chiesto ai tifosi, delusi dalla sconfitta, di restare vicini alla squadra.",
     [("indirect", "di restare vicini alla squadra", "Franco Villa")]),
    # two asides, the second a relative of "di cui"
    ("L'ex ministro Carlo Neri aveva consigliato a una ragazza, che aveva scritto al giornale, di cui era lettrice, di cambiare mestiere.",
     [("indirect", "di cambiare mestiere", "Carlo Neri")]),
    # "che" right after the comma with no closing aside is the content's (a null subject)
    ("Il deputato Carlo Neri ha detto ai cronisti, che non si candiderà alle prossime elezioni.",
     [("indirect", "non si candiderà alle prossime elezioni", "Carlo Neri")]),
])
def test_aside_on_the_addressee(shipped, text, expected):
    """*ha chiesto a X, che / il quale / participle…, di…*: the aside on the person addressed is
    neither the content nor the end of the cue; the clause after its closing comma is."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the dative "loro" after the verb
    ("Il presidente Marco Ferri ha detto loro che la decisione era già presa.",
     [("indirect", "la decisione era già presa", "Marco Ferri")]),
    ("Il prefetto Luca Neri ha chiesto loro di lasciare la piazza.",
     [("indirect", "di lasciare la piazza", "Luca Neri")]),
    # "loro" as a possessive opens the object, no dative
    ("Il prefetto Luca Neri ha criticato loro scelte.", [("indirect", "loro scelte", "Luca Neri")]),
])
def test_postverbal_dative(shipped, text, expected):
    """*ha detto loro che…*, *ha chiesto loro di…*: the dative pronoun after the verb is skipped."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco Mario Rossi ha detto senza mezzi termini che la giunta non cambierà idea.",
     [("indirect", "la giunta non cambierà idea", "Mario Rossi")]),
    ("La ministra Anna Bruni ha spiegato senza giri di parole di non voler firmare l'accordo.",
     [("indirect", "di non voler firmare l'accordo", "Anna Bruni")]),
])
def test_manner_phrase_before_clause(shipped, text, expected):
    """A manner phrase of *senza* between the cue and its *che* or *di* + infinitive (*ha detto
    senza mezzi termini che…*) is a setting, skipped like *con* or *in*."""
    assert spoken(shipped, text) == expected


def test_aside_on_the_addressee_not_about(shipped):
    """The places and bodies named in the aside on the person addressed are not what the words
    are about; those of the clause are."""
    doc = kit.analyze("Il ministro Luca Neri ha chiesto ai sindaci, riuniti a Bologna, di accogliere i profughi arrivati dalla Libia.", shipped)
    [quote] = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", "di accogliere i profughi arrivati dalla Libia", "Luca Neri")
    assert "Bologna" not in quote.about and "Libia" in quote.about
