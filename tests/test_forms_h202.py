"""Who speaks when a postposed cue names a definite common noun after it: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the quotation, then its cue and a definite common noun: that noun speaks, not the subject
    # of the sentence before
    ("Il Cile e l'Argentina hanno riaperto le frontiere nel 1990. «Abbiamo letto il rapporto, e non "
     "possiamo confermare nulla» ha detto il funzionario.",
     [("direct", "Abbiamo letto il rapporto, e non possiamo confermare nulla", "funzionario")]),
    ("Il ministro Paolo Verdi ha parlato ai cronisti. «Non cambia nulla», ha spiegato l'impiegato del comune.",
     [("direct", "Non cambia nulla", "impiegato del comune")]),
    ("Il ministro Paolo Verdi ha chiuso le frontiere. «Abbiamo letto il rapporto», ha spiegato il "
     "funzionario, che non ha voluto dire altro.",
     [("direct", "Abbiamo letto il rapporto", "funzionario")]),
    # the look-alikes: a time, a word of rules or of words after the cue: the subject carried
    ("Il ministro Paolo Verdi ha chiuso le frontiere. «Abbiamo letto il rapporto» ha scritto la settimana scorsa.",
     [("direct", "Abbiamo letto il rapporto", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha parlato ai cronisti. «Non cambia nulla», ha ripetuto più volte.",
     [("direct", "Non cambia nulla", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha parlato ai cronisti. «Non cambia nulla», ha ripetuto la frase.",
     [("direct", "Non cambia nulla", "Paolo Verdi")]),
    # a title or a name after the cue, as before
    ("Il Cile e l'Argentina hanno riaperto le frontiere. «Abbiamo letto il rapporto» ha detto il portavoce.",
     [("direct", "Abbiamo letto il rapporto", "portavoce")]),
    ("Il Cile e l'Argentina hanno riaperto le frontiere. «Abbiamo letto il rapporto» ha detto il ministro Carlo Neri.",
     [("direct", "Abbiamo letto il rapporto", "Carlo Neri")]),
])
def test_common_noun_after_postposed_cue(shipped, text, expected):
    """*«…» ha detto il funzionario.*: a cue right after the quotation it reports takes no object,
    so the definite noun phrase after it is its subject (not a time, a rule or a word of words)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb in the third person plural with no subject: not the one person named before
    ("Il senatore Paolo Verdi ha lasciato l'aula. «È un giorno triste» urlavano dalle tribune.",
     [("direct", "È un giorno triste", None)]),
    ("Il senatore Paolo Verdi ha lasciato l'aula. Hanno poi spiegato che non c'è nessuna crisi.",
     [("indirect", "non c'è nessuna crisi", None)]),
    ("Il senatore Paolo Verdi ha lasciato l'aula. «Non c'è nessuna crisi», hanno spiegato.",
     [("direct", "Non c'è nessuna crisi", None)]),
    # the look-alikes: a singular verb carries the person; a plural one carries a group
    ("Il senatore Paolo Verdi ha lasciato l'aula. Ha poi spiegato che non c'è nessuna crisi.",
     [("indirect", "non c'è nessuna crisi", "Paolo Verdi")]),
    ("Il senatore Paolo Verdi ha lasciato l'aula. «Non c'è nessuna crisi», ha spiegato.",
     [("direct", "Non c'è nessuna crisi", "Paolo Verdi")]),
])
def test_plural_verb_carries_no_single_person(shipped, text, expected):
    """*«…» urlavano dalle tribune.*: a finite verb in the third person plural with no subject of
    its own does not carry one person's name from the sentence before (as its null subject or as
    the ranker's fill)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle sharing the auxiliary of the one before: that verb's subject, a common noun too
    ("Il questore Marco Neri ha parlato ai cronisti. Nel corso della mattinata gli organi di polizia "
     "hanno individuato e reso noti i nomi dei due sospetti.",
     [("indirect", "i nomi dei due sospetti", "organi di polizia")]),
    # the look-alikes: a participle with an auxiliary of its own, a title or group subject
    ("Il questore Marco Neri ha parlato ai cronisti. In mattinata il tribunale ha esaminato il ricorso "
     "e ha respinto le accuse.",
     [("indirect", "le accuse", "tribunale")]),
    ("Il questore Marco Neri ha parlato ai cronisti. Nel corso della mattinata gli agenti hanno fermato e "
     "interrogato i due sospetti, annunciando che saranno processati.",
     [("indirect", "saranno processati", "agenti")]),
])
def test_participle_sharing_auxiliary(shipped, text, expected):
    """*gli organi di polizia hanno individuato e reso noti…*: a bare participle coordinated with
    the participle before it shares its auxiliary and its subject, whatever noun heads it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a hyphenated title after the cue: the name after it speaks, not the subject before
    ("Il sindaco Paolo Verdi è arrivato sul posto. «È un dramma familiare», ha commentato il vice-questore "
     "Marta Bellini.",
     [("direct", "È un dramma familiare", "Marta Bellini")]),
    ("Il sindaco Paolo Verdi è arrivato sul posto. \"È un dramma familiare \"ha commentato il vice-questore "
     "Marta Bellini mentre lasciava la casa.",
     [("direct", "È un dramma familiare", "Marta Bellini")]),
    ("«Siamo sconvolti», ha detto il sindaco Paolo Verdi. I vigili stanno ancora cercando. «È un dramma "
     "familiare», ha commentato il vice-questore Marta Bellini.",
     [("direct", "Siamo sconvolti", "Paolo Verdi"), ("direct", "È un dramma familiare", "Marta Bellini")]),
    # the look-alike: a spaced dash closes the interruption, no name after it
    ("Il sindaco Paolo Verdi è arrivato. «È una tragedia familiare» – ha spiegato – «non c'è altro da dire».",
     [("direct", "È una tragedia familiare", "Paolo Verdi"), ("direct", "non c'è altro da dire", "Paolo Verdi")]),
])
def test_hyphenated_title_after_cue(shipped, text, expected):
    """*«…» ha spiegato il vice-questore X*: a dash glued between two words is part of the title,
    not a dash that ends the words after the cue."""
    assert spoken(shipped, text) == expected
