"""Content spans of reported speech: an object or a clause holding a name or a title in marks,
an object restricted after a comma (*, per quanto riguarda…*), a date between the cue and its
*che*. Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a name, a title or a slogan in marks inside the object: the marks are other, the object
    # around them is still reported (the guidelines: "the clause is indirect")
    ('Il ministro Luca Bianchi ha ricordato la lunga storia dei "Mille" e il loro coraggio.',
     [("indirect", 'la lunga storia dei "Mille" e il loro coraggio', "Luca Bianchi")]),
    ('Il conduttore Paolo Verdi ha annunciato la classifica provvisoria dei "Giovani", per quanto '
     'riguarda le prime cinque posizioni decise dal pubblico.',
     [("indirect", 'la classifica provvisoria dei "Giovani", per quanto riguarda le prime cinque '
                   'posizioni decise dal pubblico', "Paolo Verdi")]),
    ("Il procuratore Marco Neri ha aperto un fascicolo con l'ipotesi di disastro colposo nei confronti "
     'del comandante della "Stella Polare".',
     [("indirect", 'di disastro colposo nei confronti del comandante della "Stella Polare"', "Marco Neri")]),
    # the look-alikes: the speaker's own words in marks stay a mixed quotation alone; a story
    # told in a work (narration_verbs) reports nothing
    ('Il ministro Luca Bianchi ha definito la proposta "un passo indietro per tutti".',
     [("mixed", "un passo indietro per tutti", "Luca Bianchi")]),
    ('La scrittrice Carla Gialli racconta la storia della famiglia nel romanzo "Il giardino".', []),
])
def test_names_in_marks_inside_a_report(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il conduttore Paolo Verdi ha annunciato la classifica dei cantanti, per quanto riguarda le prime cinque posizioni.",
     [("indirect", "la classifica dei cantanti, per quanto riguarda le prime cinque posizioni", "Paolo Verdi")]),
    ("La ministra Carla Gialli ha criticato le nuove regole, per quanto concerne le scuole dell'infanzia.",
     [("indirect", "le nuove regole, per quanto concerne le scuole dell'infanzia", "Carla Gialli")]),
    # the look-alike: a clause of the writer's after the restriction
    ("Il sindaco Marco Neri ha annunciato la riapertura delle scuole, per quanto riguarda i fondi, il governo ha promesso nuovi aiuti.",
     [("indirect", "la riapertura delle scuole", "Marco Neri"), ("indirect", "nuovi aiuti", "governo")]),
])
def test_restricted_object(shipped, text, expected):
    """A comma and *per quanto riguarda* + a noun phrase to the sentence's end restrict the
    object: still reported."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco Marco Neri ha dichiarato il 3 marzo che il ponte sarà chiuso per lavori.",
     [("indirect", "il ponte sarà chiuso per lavori", "Marco Neri")]),
    ("Il regista Paolo Verdi annunciò il 23 gennaio 2015 che le riprese del film erano iniziate a Torino.",
     [("indirect", "le riprese del film erano iniziate a Torino", "Paolo Verdi")]),
    ("Il ministro Luca Bianchi ha annunciato lo scorso 8 maggio che i fondi sono stati stanziati.",
     [("indirect", "i fondi sono stati stanziati", "Luca Bianchi")]),
    ("Il ministro Luca Bianchi ha confermato il 12 aprile scorso la chiusura della strada.",
     [("indirect", "la chiusura della strada", "Luca Bianchi")]),
    # the look-alikes: a date that ends its clause is what is said or foreseen
    ("Il lancio del satellite era previsto il 27 maggio, ma è stato rinviato.",
     [("indirect", "Il lancio del satellite era previsto il 27 maggio", None)]),
])
def test_date_before_the_content(shipped, text, expected):
    """A definite article, a day's number and a month (a year, *scorso* around it) between the
    cue and *che* or its object are a date, not what is reported."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the plural of a noun in -eo the tagger reads as a first-person conditional (aerei: avrei)
    ("L'ONU ha chiesto ai paesi membri di intervenire con l'invio di navi ed aerei militari nelle acque somale.",
     [("indirect", "di intervenire con l'invio di navi ed aerei militari nelle acque somale", "ONU")]),
    ("Il ministro Luca Bianchi ha promesso di rafforzare la flotta con nuove navi ed aerei da ricognizione nel Mediterraneo.",
     [("indirect", "di rafforzare la flotta con nuove navi ed aerei da ricognizione nel Mediterraneo", "Luca Bianchi")]),
    # the look-alike: a true conditional of the writer's after "e" still ends the content
    ("Il ministro Luca Bianchi ha chiesto di ridurre le spese e io direi che ha ragione.",
     [("indirect", "di ridurre le spese", "Luca Bianchi")]),
])
def test_noun_plural_read_as_conditional(shipped, text, expected):
    """A word tagged as a first-person conditional whose lemma is a noun in -eo (``noun_lemma``:
    *aerei*, *cartacei*) is no finite verb: the content goes on past it."""
    assert spoken(shipped, text) == expected
