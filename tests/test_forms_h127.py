"""Where reported content starts after a sentence connective: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a connective opening the sentence, then the source marker: the content is the clause after both
    ("Tuttavia, secondo gli investigatori, il furgone era stato rubato la notte prima.",
     [("indirect", "il furgone era stato rubato la notte prima", "investigatori")]),
    ("Comunque, secondo il sindacato, la fabbrica resterà aperta fino a giugno.",
     [("indirect", "la fabbrica resterà aperta fino a giugno", "sindacato")]),
    # a connective phrase, and a marker with no comma after its source
    ("Al contrario, secondo i sindacati la riforma danneggerà i pensionati.",
     [("indirect", "la riforma danneggerà i pensionati", "sindacati")]),
    # a connective after the source, without commas
    ("Secondo la polizia invece i due ragazzi erano armati.",
     [("indirect", "i due ragazzi erano armati", "polizia")]),
    # a postposed verb cue right after the connective
    ("In aggiunta, sottolinea la Cgil, i salari reali sono calati del tre per cento.",
     [("indirect", "i salari reali sono calati del tre per cento", "Cgil")]),
    # the cue after the clause: the connective before the clause stays out
    ("Tuttavia, la ripresa sarà lenta, spiega l'Istat.",
     [("indirect", "la ripresa sarà lenta", "Istat")]),
])
def test_opening_connective_is_the_writers(shipped, text, expected):
    """A connective opening the sentence (*Tuttavia,*, *Al contrario,*) links it to the one
    before: the writer's, left out of the content, with the cue right after it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # inside a che-clause the adverb is the speaker's
    ("Il ministro Luca Neri ha detto che comunque la riforma è pronta.",
     [("indirect", "comunque la riforma è pronta", "Luca Neri")]),
    # a subject before the marker is not a connective: it stays in the content
    ("La regione, secondo il rapporto, ha perso diecimila abitanti.",
     [("indirect", "La regione, secondo il rapporto, ha perso diecimila abitanti", None)]),
    # after a colon the connective is the speaker's own word
    ("Il sindaco Mario Rossi ha detto ai giornalisti: tuttavia, non possiamo aspettare ancora.",
     [("indirect", "tuttavia, non possiamo aspettare ancora", "Mario Rossi")]),
    # no connective: the marker's content as before
    ("Secondo il ministro Luca Neri, la crisi è finita.",
     [("indirect", "la crisi è finita", "Luca Neri")]),
])
def test_no_connective_look_alikes(shipped, text, expected):
    """An adverb inside the reported clause, or a subject before a marker, is not a connective
    of the writer's and stays in the content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a speech noun with a participle of giving: the da phrase gave the words, past the addressee
    ("Secondo le prime dichiarazioni fornite alla polizia da Marco Bianchi, si sarebbe trattato di un incidente.",
     [("indirect", "si sarebbe trattato di un incidente", "Marco Bianchi")]),
    ("Tuttavia, secondo le parole pronunciate in aula da Anna Neri, il progetto verrà ritirato.",
     [("indirect", "il progetto verrà ritirato", "Anna Neri")]),
    # a document still speaks for who issued it
    ("Secondo un comunicato diramato dalla Questura di Roma, i feriti sono due.",
     [("indirect", "i feriti sono due", "Questura di Roma")]),
])
def test_giver_of_source_statement(shipped, text, expected):
    """*secondo le dichiarazioni fornite (a X) da Y*: Y, who gave them, is the source, not the
    addressee named first."""
    assert spoken(shipped, text) == expected
