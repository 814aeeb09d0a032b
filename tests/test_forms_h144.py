"""Verbs of appeal (invitare, esortare, sollecitare…) with *a* + a noun: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a + a noun right after the verb of appeal: what is urged, with its "a"
    ("Il sindaco Mario Rossi invita alla prudenza sulle strade ghiacciate.",
     [("indirect", "alla prudenza sulle strade ghiacciate", "Mario Rossi")]),
    ("Il vescovo Luca Neri ha esortato alla solidarietà verso i profughi.",
     [("indirect", "alla solidarietà verso i profughi", "Luca Neri")]),
    # then whom the appeal addresses: in the content, as before a + infinitive
    ("Il presidente Paolo Verdi ha sollecitato all'unità le forze politiche.",
     [("indirect", "all'unità le forze politiche", "Paolo Verdi")]),
    # a + infinitive and the addressee before a + infinitive are unchanged
    ("Il ministro Luigi Bianchi ha invitato a riflettere sulle conseguenze.",
     [("indirect", "a riflettere sulle conseguenze", "Luigi Bianchi")]),
    ("La presidente Anna Neri ha invitato i sindaci a restare uniti.",
     [("indirect", "i sindaci a restare uniti", "Anna Neri")]),
])
def test_appeal_a_noun(shipped, text, expected):
    """After *invitare*, *esortare*, *sollecitare* (``a_infinitive_verbs``) *a* + a common noun is
    what is urged, like *a* + infinitive."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a body addressed, a place, a gathering one is invited to: nothing urged with "a"
    "Il ministro Luigi Bianchi ha sollecitato al governo regionale una risposta.",
    "Il presidente Paolo Verdi ha invitato a Roma il premier francese.",
    "Quella sera la scrittrice Anna Bruni invitò a casa propria alcuni colleghi.",
    "Il direttore Luca Neri ha invitato alla cena di Natale tutti i dipendenti.",
])
def test_appeal_a_not_urged(shipped, text):
    """*a* + a body, a place name or a gathering (``gathering_nouns``) is not what is urged: no
    content opens with it."""
    assert not any(t.startswith(("a ", "al ", "alla ", "all'")) for _, t, _ in spoken(shipped, text))
