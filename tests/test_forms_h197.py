"""Marks that are no one's words: forms of Italian written for these tests (no sentence comes
from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a proverb, a motto or a slogan named by its noun, no cue: other
    ("Da qui nasce il detto popolare, ancora molto diffuso in Umbria: \"Chi va a Spello e non va "
     "a Bevagna / perde la festa e la cuccagna\".",
     [("other", "Chi va a Spello e non va a Bevagna / perde la festa e la cuccagna", None)]),
    ("Lo slogan dei nuovi telefoni era: \"Think different, think blue!\"",
     [("other", "Think different, think blue!", None)]),
    ("Dalla riforma è lecito attendersi molto, anche in omaggio al detto che «il troppo stroppia sempre "
     "e ovunque».",
     [("other", "il troppo stroppia sempre e ovunque", None)]),
    # the look-alikes: a verb of saying introduces the saying, or it is in a sentence of its own
    ("Il sindaco Paolo Bianchi ha ricordato il vecchio proverbio «Chi semina vento raccoglie tempesta».",
     [("direct", "Chi semina vento raccoglie tempesta", "Paolo Bianchi")]),
    ("Il sindaco Paolo Bianchi ha detto: «Chi semina vento raccoglie tempesta».",
     [("direct", "Chi semina vento raccoglie tempesta", "Paolo Bianchi")]),
    ("Il presidente Marco Neri ha ricordato il motto del club. «La squadra non si arrende mai e "
     "vincerà il campionato».",
     [("indirect", "il motto del club", "Marco Neri"),
      ("direct", "La squadra non si arrende mai e vincerà il campionato", "Marco Neri")]),
])
def test_saying_named(shipped, text, expected):
    """Marks no cue introduces after a noun of a saying (grammar's ``saying_nouns``: *il detto
    popolare: "…"*, *lo slogan … era: "…"*) name it: other, not direct."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # an adjective that is also a noun of a saying: the marks keep their kind
    ("Il giudice Carlo Ferri ha parlato a lungo. La massima autonomia alle regioni, ma «una legge che "
     "valga per tutti e che nessuno possa ignorare».",
     [("mixed", "una legge che valga per tutti e che nessuno possa ignorare", "Carlo Ferri")]),
])
def test_saying_noun_as_adjective(shipped, text, expected):
    """*massima* before its noun is an adjective, no saying: the marks keep their kind."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of a work heads the noun phrase before the colon: the marks hold its title
    ("Va ricordato anche Mario Galli, che creerà un fortunato programma di sola animazione: \"Tuttocartoni!\".",
     [("other", "Tuttocartoni!", None)]),
    # the look-alikes: a verb of saying, or a speaker's name, before the colon
    ("Nel suo ultimo libro, lo scrittore Paolo Neri racconta: \"Ero un ragazzo di provincia\".",
     [("direct", "Ero un ragazzo di provincia", "Paolo Neri")]),
    ("Il regista Paolo Neri presenta il suo film: \"Ho voluto raccontare la mia città\".",
     [("direct", "Ho voluto raccontare la mia città", "Paolo Neri")]),
    # a headline: the work after a preposition is what its speaker talks about
    ("Il ministro Paolo Neri sul programma di governo: «Nessun aumento delle tasse».",
     [("direct", "Nessun aumento delle tasse", "Paolo Neri")]),
])
def test_work_named_before_colon(shipped, text, expected):
    """Capitalised marks with no finite verb after a noun of a work and the rest of its noun
    phrase (grammar's ``work_nouns``: *un programma di sola animazione: "…"*) hold a title."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # capitalised marks right after a verb of a work's coming out: its title
    ("Nel 1971 viene pubblicato \"Storia della follia: un saggio sul silenzio\".",
     [("other", "Storia della follia: un saggio sul silenzio", None)]),
    # the look-alikes: the verb in a sentence before the marks, or before a colon
    ("Il sindaco Luca Verdi è uscito dalla riunione. \"Non firmerò mai questo accordo\", ha detto.",
     [("direct", "Non firmerò mai questo accordo", "Luca Verdi")]),
    ("Il sindaco Luca Verdi è uscito: \"Non firmerò mai questo accordo\".",
     [("direct", "Non firmerò mai questo accordo", "Luca Verdi")]),
])
def test_released_work(shipped, text, expected):
    """Capitalised marks with no finite verb right after a verb of a work's coming out
    (grammar's ``release_verbs``: *viene pubblicato "…"*) hold a title."""
    assert spoken(shipped, text, other=True) == expected
