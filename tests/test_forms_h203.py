"""What a quotation is about when the speaker ranker changes its speaker: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the rules took the champion (named in the words) for the speaker, the ranker the
    # challenger: the champion's name in the words is what they are about
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci\".",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci", "Luca Verdi",
       ["Marco Bianchi"])]),
    # the quotation after it that carries the speaker on follows the ranker, and its words too
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci\". "
     "\"Anche Bianchi sbaglia\", prosegue.",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci", "Luca Verdi",
       ["Marco Bianchi"]),
      ("direct", "Anche Bianchi sbaglia", "Luca Verdi", ["Marco Bianchi"])]),
    # the look-alike: the words do not name the former speaker, nothing is added
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"bisogna essere veloci e non farsi colpire\".",
     [("direct", "bisogna essere veloci e non farsi colpire", "Luca Verdi", [])]),
    # the rules' own speaker, no ranker: unchanged
    ("Il campione sembra imprendibile. Marco Bianchi ha vinto tutto. Eppure Verdi ha una ricetta: "
     "\"gli sfidanti di Bianchi confidavano nella forza pura\".",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura", "Verdi", ["Marco Bianchi"])]),
])
def test_former_speaker_named_in_the_words(shipped, text, expected):
    """A speaker the ranker replaces, named in the quotation's words (away from its mention),
    comes back into ``about``: the rules had left it out only as the speaker."""
    assert spoken_about(shipped, text) == expected
