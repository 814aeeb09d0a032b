"""A cue whose own clause has a subject noun phrase after a name named earlier in the
sentence: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a definite noun phrase the parse makes the cue's subject, in a clause after the name: it speaks
    ("Tra i passeggeri c'era Marco Bianchi, presidente della società, dove la torre di controllo "
     "aveva invitato il pilota ad atterrare.",
     [("indirect", "il pilota ad atterrare", "torre di controllo")]),
    # an indefinite one: not the party named before; a sign speaks for the group after its
    # "di" (h207: the sign of a group, as the guidelines' group speakers)
    ("Erano presenti la Lega e il Partito Sardo che sono scesi in piazza con striscioni; "
     "un cartello dei manifestanti recitava \"Via il ministro\".",
     [("mixed", "Via il ministro", "manifestanti")]),
    # a news report is no one's voice (an unsigned report: no speaker)
    ("La cronaca di ieri riferisce che il sindaco si è dimesso.",
     [("indirect", "il sindaco si è dimesso", None)]),
    # after a relative "cui", which is no subject: the noun phrase is
    ("Verdi ricorda la tenacia con cui i liberali difesero la riforma elettorale.",
     [("indirect", "la tenacia con cui i liberali", "Verdi"), ("indirect", "la riforma elettorale", "liberali")]),
    # the look-alikes: the name is the subject of the cue's own clause
    ("Marco Bianchi, presidente della società, ha invitato il pilota ad atterrare.",
     [("indirect", "il pilota ad atterrare", "Marco Bianchi")]),
    ("Il sindaco Marco Bianchi ha incontrato il prefetto e ha detto che la città è sicura.",
     [("indirect", "la città è sicura", "Marco Bianchi")]),
    # a noun phrase in the name's own clause (a participle's subject) or after a relative "che"
    ("Il presidente Luca Neri terminata la visita ha dichiarato che il progetto andrà avanti.",
     [("indirect", "il progetto andrà avanti", "Luca Neri")]),
    ("La deputata Anna Verdi, che il giorno prima aveva annunciato le dimissioni, è rimasta al suo posto.",
     [("indirect", "le dimissioni", "Anna Verdi")]),
    # a thing between the name and the cue is no subject of it
    ("Marco Bianchi, dopo la riunione di ieri, ha detto che la città è sicura.",
     [("indirect", "la città è sicura", "Marco Bianchi")]),
])
def test_own_clause_subject_after_a_name(shipped, text, expected):
    """The parse's subject noun phrase of the cue, opened by an article after a name in the
    same sentence, in a clause of its own, speaks rather than that name."""
    assert spoken(shipped, text) == expected
