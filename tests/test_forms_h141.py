"""Reported speech with no cue word: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an elided clitic of the first person (m' = mi before a vowel) speaks in the speaker's voice
    ("Il tecnico Marco Ferri ha parlato dopo la partita: abbiamo giocato male. Non m'importa il risultato di oggi. "
     "La squadra torna ad allenarsi domani.",
     [("indirect", "abbiamo giocato male. Non m'importa il risultato di oggi", "Marco Ferri")]),
    ("La cantante Laura Bini ha salutato il pubblico: vi ringrazio tutti. Stasera m'è sembrato di volare. "
     "Il tour prosegue a Torino.",
     [("indirect", "vi ringrazio tutti. Stasera m'è sembrato di volare", "Laura Bini")]),
    # a sentence in the third person after the colon's words is the writer's again
    ("Il tecnico Marco Ferri ha parlato dopo la partita: abbiamo giocato male. La squadra ha perso il primo posto. "
     "Il campionato riprende domenica.",
     [("indirect", "abbiamo giocato male", "Marco Ferri")]),
])
def test_elided_clitic_continues_colon_words(shipped, text, expected):
    """Words after a colon without marks go on over the next sentences in the first person; an
    elided *m'* / *t'* (read by the tagger as an article) is such a sentence's mark."""
    assert spoken(shipped, text) == expected
