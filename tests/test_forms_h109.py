"""Names governed by a preposition of circumstance or address (*durante l'incontro con X*, *al
prefetto X*, *in un'intervista a X*) are not who speaks in that clause: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the addressee of thanks, after "al": the thanker of the sentence before speaks
    ("Il sindaco Paolo Verdi ha chiuso il convegno. Un ringraziamento di Verdi anche al prefetto Marco Bellini, "
     "che «ha seguito ogni fase del lavoro con grande attenzione».",
     [("direct", "ha seguito ogni fase del lavoro con grande attenzione", "Paolo Verdi")]),
    # a fronted addressee after "A": the subject of the sentence before asks, not the addressee
    ("Il produttore Paolo Verdi ha offerto un contratto a tutti gli attori. A Marco Bellini, invece, ha chiesto di recitare gratis.",
     [("indirect", "di recitare gratis", "Paolo Verdi")]),
])
def test_ranker_skips_circumstance_names(shipped, text, expected):
    """The ranker does not choose, in the quotation's own sentence, a name after a preposition of
    circumstance or address."""
    assert spoken(shipped, text) == expected
