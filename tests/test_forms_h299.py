"""What a quotation is about: forms of Italian news written for these tests (no sentence comes
from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "X, uno dei / una delle + a noun, …" after a speaker inside the content describes the
    # speaker (one of a group): the body it names is not what the words are about
    ("La crisi, secondo Laura Bianchi, una delle fondatrici di Legambiente, durerà ancora per anni in Toscana.",
     [("indirect", "La crisi, secondo Laura Bianchi, una delle fondatrici di Legambiente, durerà ancora per anni "
                   "in Toscana", "Laura Bianchi", ["Toscana"])]),
    ("Il mercato, secondo Paolo Neri, uno dei soci della Fiat, crescerà in Brasile nei prossimi mesi.",
     [("indirect", "Il mercato, secondo Paolo Neri, uno dei soci della Fiat, crescerà in Brasile nei prossimi mesi",
       "Paolo Neri", ["Brasile"])]),
    # the look-alikes: a title apposition was left out already; a body named after the
    # apposition, in the words themselves, stays
    ("Il mercato, secondo Paolo Neri, presidente della Fiat, crescerà in Brasile nei prossimi mesi.",
     [("indirect", "Il mercato, secondo Paolo Neri, presidente della Fiat, crescerà in Brasile nei prossimi mesi",
       "Paolo Neri", ["Brasile"])]),
    ("Il mercato, secondo Paolo Neri, uno dei clienti, crescerà grazie alla Fiat in Brasile.",
     [("indirect", "Il mercato, secondo Paolo Neri, uno dei clienti, crescerà grazie alla Fiat in Brasile",
       "Paolo Neri", ["Fiat", "Brasile"])]),
])
def test_one_of_a_group_after_the_speaker(shipped, text, expected):
    """*secondo X, uno dei soci della Fiat, …*: the partitive apposition after the speaker's
    name describes the speaker, as a title apposition does; what it names is left out of
    ``about``."""
    assert spoken_about(shipped, text) == expected
