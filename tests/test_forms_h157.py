"""Relatives before an inverted cue aside, and the clause told after a verb of informing in a
simple tense: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a relative adverb before the aside opens the clause reported: it stays in the span with the aside
    ("Il viaggio è finito a Roma, dove, ha raccontato la donna, è stata accolta dai parenti.",
     [("indirect", "dove, ha raccontato la donna, è stata accolta dai parenti", "donna")]),
    # the relative hangs on the sentence's opening noun phrase: it ends before the main verb
    ("La riunione, quando, ha detto il portavoce Paolo Verdi, era già finita, è stata rinviata.",
     [("indirect", "quando, ha detto il portavoce Paolo Verdi, era già finita", "Paolo Verdi")]),
    ("Nel paese, dove, ha raccontato il sindaco Mario Rossi, è crollata la chiesa, i danni sono gravi.",
     [("indirect", "dove, ha raccontato il sindaco Mario Rossi, è crollata la chiesa", "Mario Rossi")]),
    # a relative che before the aside: the clause after the aside
    ("La frana, che, spiega il geologo Marco Gialli, si è staccata dal monte, ha travolto due auto.",
     [("indirect", "si è staccata dal monte", "Marco Gialli")]),
    # the forms around it as before: a verbless lead, a lone conjunction
    ("Il paese, ha detto il sindaco Mario Rossi, è sotto shock.",
     [("indirect", "Il paese, ha detto il sindaco Mario Rossi, è sotto shock", "Mario Rossi")]),
    ("Ma, dicono gli esperti, la crisi è finita.",
     [("indirect", "la crisi è finita", "esperti")]),
    # no comma after the relative: no aside, no cue
    ("La città dove ha vissuto il sindaco Mario Rossi è cambiata.", []),
])
def test_relative_before_inverted_aside(shipped, text, expected):
    """*…, dove, ha raccontato X, è…*: the aside is a cue inside the relative clause, its
    speaker X; a relative adverb stays in the span, *che* does not."""
    assert spoken(shipped, text) == expected
