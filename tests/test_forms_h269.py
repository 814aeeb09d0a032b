"""Speakers named by a group right before a body's name (forms of Italian news written for these
tests; no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

STRIKE = "lo sciopero continuerà fino a venerdì"


@pytest.mark.parametrize("text,expected", [
    # a plural group noun right before a body's name, no preposition: the group, as written
    (f"I dipendenti Fiat hanno detto che {STRIKE}.", [("indirect", STRIKE, "dipendenti Fiat")]),
    (f"Ieri i giovani soci WWF hanno scritto che {STRIKE}.", [("indirect", STRIKE, "giovani soci WWF")]),
    (f"I vertici Alitalia ritengono che {STRIKE}.",
     [("indirect", STRIKE, "vertici Alitalia")]),
    # the look-alikes: the group with "di" (already the group), a body of its kind before its
    # name, a title before a person's name, the body alone: unchanged
    (f"I dipendenti della Fiat hanno detto che {STRIKE}.", [("indirect", STRIKE, "dipendenti della Fiat")]),
    (f"Il quotidiano Il Tirreno ha scritto che {STRIKE}.", [("indirect", STRIKE, "Il Tirreno")]),
    (f"Il sindacalista Marco Ferri ha detto che {STRIKE}.", [("indirect", STRIKE, "Marco Ferri")]),
    (f"La Fiat ha detto che {STRIKE}.", [("indirect", STRIKE, "Fiat")]),
])
def test_group_before_a_body_name(shipped, text, expected):
    """*i dipendenti Fiat*, *i vertici Alitalia*: an unnamed, definite group keeps its
    description, as *i dipendenti della Fiat* does (the guidelines), not the body's name."""
    assert spoken(shipped, text) == expected


KIDS = "I ragazzi meritano politici coraggiosi"


@pytest.mark.parametrize("text,expected", [
    # the platform's name that ends a channel phrase (after "sulla propria pagina", "sul proprio
    # profilo") is where the words were written, not who wrote them
    (f"Sulla propria pagina Facebook, Carlo Bruni marito della senatrice, un ex sindaco che fu "
     f"minacciato nel 2015, ha scritto «{KIDS}».", [("direct", KIDS, "Carlo Bruni")]),
    (f"Sul proprio profilo Instagram, Carlo Bruni fratello della senatrice, un ex sindaco che fu "
     f"minacciato nel 2015, ha scritto «{KIDS}».", [("direct", KIDS, "Carlo Bruni")]),
    # the look-alikes: the writer right after the channel, the channel with no platform's name,
    # a body's note: unchanged
    (f"Sulla propria pagina Facebook, Carlo Bruni ha scritto «{KIDS}».", [("direct", KIDS, "Carlo Bruni")]),
    (f"Su Facebook, Carlo Bruni ha scritto «{KIDS}».", [("direct", KIDS, "Carlo Bruni")]),
    ("In una nota, la Cgil ha scritto che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Cgil")]),
])
def test_platform_of_a_channel_phrase(shipped, text, expected):
    """*Sulla propria pagina Facebook, X …, ha scritto*: a platform's name ending a channel
    phrase (after an article, a possessive or *proprio*) is never the subject."""
    assert spoken(shipped, text) == expected


LEAD = "«Lascerò il ring tra due anni», ha detto Marco Neri. "
FIRST = ("direct", "Lascerò il ring tra due anni", "Marco Neri")
READY = "Sono pronto, lo batterò in tre riprese"


@pytest.mark.parametrize("text,expected", [
    # marks after a colon that ends a relative clause on a named person, whose adjective takes
    # an infinitive: that person's words, not carried from the quotation before
    (LEAD + f"Il suo prossimo avversario sarà il pugile Luca Ferri, il quale è già ansioso di sfidarlo: «{READY}».",
     [FIRST, ("direct", READY, "Luca Ferri")]),
    (LEAD + f"Il suo prossimo avversario sarà Luca Ferri, il quale è ansioso di affrontarlo: «{READY}».",
     [FIRST, ("direct", READY, "Luca Ferri")]),
    # the look-alikes: the same clause with its own subject, or on the speaker before: unchanged
    (LEAD + f"Il pugile Luca Ferri è già ansioso di sfidarlo: «{READY}».", [FIRST, ("direct", READY, "Luca Ferri")]),
    ("«Lascerò il ring tra due anni», ha detto il pugile Marco Neri, il quale è già ansioso di "
     f"ripartire: «{READY}».", [FIRST, ("direct", READY, "Marco Neri")]),
])
def test_relative_adjective_before_a_colon(shipped, text, expected):
    """*…il pugile X, il quale è ansioso di sfidarlo: «…»*: the colon ends a relative clause
    whose subject is the named person it hangs on; the words are that person's."""
    assert spoken(shipped, text) == expected
