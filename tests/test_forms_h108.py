"""Marks the writer's sentence uses as a noun phrase, not words said: forms of Italian written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an article (maybe with an adjective) right before the marks: the head of a noun phrase
    ("La \"festa della castagna e del vino novello\" richiama ogni anno migliaia di visitatori nel borgo.",
     [("other", "festa della castagna e del vino novello", None)]),
    ("Nel mese di agosto in paese si svolge la storica \"rievocazione della battaglia del ponte vecchio\".",
     [("other", "rievocazione della battaglia del ponte vecchio", None)]),
    ("Il sindaco Mario Rossi ha detto: «Abbiamo chiuso il bilancio in attivo». "
     "Tra i prodotti tipici spiccano le \"ciliegie rosse delle colline del lago\" e i formaggi di malga.",
     [("direct", "Abbiamo chiuso il bilancio in attivo", "Mario Rossi"),
      ("other", "ciliegie rosse delle colline del lago", None)]),
])
def test_marks_after_article_are_a_name(shipped, text, expected):
    """Marks right after an article or determiner (*la "festa della castagna…"*) hold a name the
    writer uses, even long and after a quotation of someone: *other*, no speaker."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a quotation standing alone after a speaker's sentence goes on with its words
    ("Il ministro Luigi Bianchi ha incontrato i sindacati. \"Non possiamo aspettare ancora a lungo i fondi europei\".",
     [("direct", "Non possiamo aspettare ancora a lungo i fondi europei", "Luigi Bianchi")]),
    # after a colon, a whole utterance stays direct
    ("Il ministro Luigi Bianchi ha scritto ai sindaci: «La riforma entrerà in vigore il primo gennaio».",
     [("direct", "La riforma entrerà in vigore il primo gennaio", "Luigi Bianchi")]),
    # a noun of words before the marks: a sign's words, not a name
    ("Sul cancello della fabbrica è comparso un cartello con la scritta \"Non chiudete la nostra fabbrica\".",
     [("direct", "Non chiudete la nostra fabbrica", None)]),
])
def test_utterances_in_marks_stay_direct(shipped, text, expected):
    """Look-alikes: marks that stand alone, follow a colon or a noun of words are still direct."""
    assert spoken(shipped, text) == expected
