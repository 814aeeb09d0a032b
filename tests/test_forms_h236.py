"""Locutions of saying whose content follows a preposition of their own (*puntare il dito
contro*, *prendere le difese di*, *dare notizia di*) and the noun of a multi-word cue written
with its determiners (*ha dato la sua disponibilità a…*): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the content is what follows the locution's preposition, without it (as after "parlare di")
    ("La senatrice Anna Neri ha puntato il dito contro i vertici dell'azienda.",
     [("indirect", "i vertici dell'azienda", "Anna Neri")]),
    # blame aims at a person named after the preposition too
    ("La senatrice Anna Neri ha puntato il dito contro Marco Verde.",
     [("indirect", "Marco Verde", "Anna Neri")]),
    ("Il sindaco Mario Rossi ha preso le difese dei lavoratori licenziati.",
     [("indirect", "lavoratori licenziati", "Mario Rossi")]),
    ("L'assessore Luca Neri ha dato notizia della chiusura del ponte sul fiume.",
     [("indirect", "chiusura del ponte sul fiume", "Luca Neri")]),
    # a che-clause after the locution stays its content
    ("Ieri l'assessore Luca Neri ha dato notizia che il ponte riaprirà a marzo.",
     [("indirect", "il ponte riaprirà a marzo", "Luca Neri")]),
    # and so does a colon
    ("L'assessore Luca Neri ha dato notizia: il ponte riaprirà a marzo.",
     [("indirect", "il ponte riaprirà a marzo", "Luca Neri")]),
])
def test_locution_with_its_preposition(shipped, text, expected):
    """*puntare il dito contro X*, *prendere le difese di X*: the cue
    takes its preposition, the content is what follows it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a finger pointed at a place, and the locution with nothing after it: no content
    ("Il bambino ha puntato il dito verso la finestra della cucina.", []),
    ("La senatrice Anna Neri ha puntato il dito.", []),
    # "fare riferimento" is no cue (tried, not kept): a rule refers, no one speaks
    ("Il regolamento fa riferimento alle norme europee sul lavoro.", []),
    # a headline naming the act, an infinitive with no subject
    ("Dare notizia della morte di un bambino: le regole dei giornali.", []),
])
def test_locution_look_alikes(shipped, text, expected):
    """No report where the locution has a text for subject, no preposition after it, or no
    one to say it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the noun of "dare disponibilità" with its article, possessive and adjective; its a + infinitive
    ("Il sindaco Mario Rossi ha dato la sua disponibilità a studiare il progetto della nuova scuola.",
     [("indirect", "a studiare il progetto della nuova scuola", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha dato la propria piena disponibilità a incontrare i sindacati.",
     [("indirect", "a incontrare i sindacati", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha dato disponibilità a rivedere il piano del traffico.",
     [("indirect", "a rivedere il piano del traffico", "Mario Rossi")]),
    ("Il prefetto Carlo Blu ha dato l'ordine di sgomberare la piazza.",
     [("indirect", "di sgomberare la piazza", "Carlo Blu")]),
    # the look-alike: a roll call in class is no appeal
    ("La maestra Anna Neri ha fatto l'appello in classe alle otto.", []),
])
def test_locution_noun_with_determiners(shipped, text, expected):
    """A locution written with a bare noun (*dare disponibilità*, *dare ordine*) read with the
    determiners and adjectives the text puts before its noun."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb of the cue between the verb and the rest of the locution
    ("Il portavoce Mario Rossi mette subito in evidenza che i conti sono in ordine.",
     [("indirect", "i conti sono in ordine", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha fatto poi sapere che non si ricandiderà.",
     [("indirect", "non si ricandiderà", "Mario Rossi")]),
    ("La senatrice Anna Neri ha puntato più volte il dito contro la gestione del porto.",
     [("indirect", "la gestione del porto", "Anna Neri")]),
    # the look-alike: the words of the locution apart, with a noun between, are no locution
    ("Il tecnico Marco Blu ha messo la vernice in evidenza sulla parete.", []),
])
def test_locution_with_an_adverb_inside(shipped, text, expected):
    """A multi-word cue read past the adverbs of a cue between its verb and its other words
    (*mette subito in evidenza che…*, *ha fatto poi sapere che…*)."""
    assert spoken(shipped, text) == expected
