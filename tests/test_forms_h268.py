"""A poll, an estimate or a count that *gives* a standing or a figure (``poll_verbs``,
``poll_nouns``): *i sondaggi danno per favorito X*, *le stime davano un totale di 19 morti*,
*i risultati davano X primo con il 40 %…* report what the poll says, signed by no one; not
*dare* in its other senses (*dare ragione*, *dare esito*, *dare una spinta*), nor with a subject
that is no poll; forms of Italian news written for these tests (no sentence comes from a gold
set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the standing after "per", who holds it is the content; no one signs a poll
    ("I sondaggi danno per favorito Marco Bellini, 52 anni, attuale sindaco di Pisa.",
     [("indirect", "Marco Bellini, 52 anni, attuale sindaco di Pisa", None)]),
    # a list of standings goes on past its commas
    ("Alle 23 i risultati davano Bellini primo con il 41%, Rossi al 30% e Verdi al 12%.",
     [("indirect", "Bellini primo con il 41%, Rossi al 30% e Verdi al 12%", None)]),
    # a figure
    ("Le prime stime davano un totale di almeno 30 morti.",
     [("indirect", "un totale di almeno 30 morti", None)]),
    # other senses of dare, with a poll or a count as subject: nothing said
    ("I risultati delle analisi hanno dato ragione ai medici.", []),
    ("I risultati hanno dato una spinta alla borsa.", []),
    ("I sondaggi hanno dato un'indicazione chiara.", []),
    # a search, not a poll
    ("Le ricerche nella zona non hanno dato esito positivo.", []),
    # a person gives, a poll is not the subject
    ("Il sindaco ha dato il via libera al nuovo stadio.", []),
    ("Il nonno dava ai nipoti 20 euro al mese.", []),
    # the passive: given, no poll speaks
    ("Il premio è stato dato a Marco Bellini con 40 voti.", []),
])
def test_poll_standings(shipped, text, expected):
    assert spoken(shipped, text) == expected
