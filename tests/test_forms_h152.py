"""Where a content starts around a source aside: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a gerund right before the aside opens the clause the source vouches for
    ("La nave si è incagliata vicino alla costa, perdendo, secondo alcuni pescatori, una grande quantità di carburante.",
     [("indirect", "perdendo, secondo alcuni pescatori, una grande quantità di carburante", None)]),
    # a bare participle after its noun: the noun's phrase and the participle
    ("Gli archeologi hanno scoperto due necropoli etrusche costruite, secondo le prime analisi, oltre 2500 anni fa.",
     [("indirect", "due necropoli etrusche costruite, secondo le prime analisi, oltre 2500 anni fa", None)]),
    # the sentence's subject before the participle: the whole clause, as before
    ("Le case costruite, secondo i tecnici, senza alcun permesso saranno abbattute.",
     [("indirect", "Le case costruite, secondo i tecnici, senza alcun permesso saranno abbattute", "tecnici")]),
    # a participle of a compound tense: the whole clause
    ("Il ponte è stato costruito, secondo gli storici, nel dodicesimo secolo.",
     [("indirect", "Il ponte è stato costruito, secondo gli storici, nel dodicesimo secolo", "storici")]),
])
def test_nonfinite_verb_before_source_aside(shipped, text, expected):
    """A gerund or a noun's bare participle right before a source aside (*…, perdendo, secondo X,
    carburante*; *…due templi costruiti, secondo X, 3000 anni fa*) starts the content at that
    non-finite clause, not at the sentence's start."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a conjunctive adverb after its verb sits inside the clause the aside reports on
    ("Si tratta quindi, secondo l'istituto, dell'estate più secca del secolo.",
     [("indirect", "Si tratta quindi, secondo l'istituto, dell'estate più secca del secolo", "istituto")]),
    # opening its clause after a comma it links to the writer's clause before: the clause after the aside
    ("La domanda è calata, quindi, secondo gli analisti, i prezzi scenderanno.",
     [("indirect", "i prezzi scenderanno", "analisti")]),
])
def test_conjunctive_adverb_before_source_aside(shipped, text, expected):
    """*quindi*/*poi* right before a source aside counts as the link to the clause before only
    where it opens its clause (after a comma); after its verb (*Si tratta quindi, secondo X, …*)
    the content starts with that clause."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle of a noun inside a prepositional phrase: the whole clause, as before
    ("La pace si potrà raggiungere dopo il ritiro dei soldati schierati, secondo l'Onu, e la fine dei combattimenti.",
     [("indirect", "La pace si potrà raggiungere dopo il ritiro dei soldati schierati, secondo l'Onu, e la fine dei combattimenti", "Onu")]),
])
def test_participle_inside_prepositional_phrase(shipped, text, expected):
    """A participle whose noun is governed by a preposition (*dopo il ritiro dei soldati
    schierati, secondo X, …*) does not open the content."""
    assert spoken(shipped, text) == expected
