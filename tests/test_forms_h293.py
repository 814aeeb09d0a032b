"""Forms once left out for precision, measured again (helper h293): sentences written for these
tests (no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from kit.quotemarks import DEFAULT_PAIRS, _mark_pairs, find_mark_pairs

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a straight mark doubled on both sides and spaced from its words (copied web text): one pair
    ('Il sindaco Marco Bellini ha esclamato davanti al consiglio "" Questa città merita di meglio "".',
     [("direct", "Questa città merita di meglio", "Marco Bellini")]),
    ("L'allenatore Pietro Sala ha detto ai giornalisti: \"\" Abbiamo giocato male, ma ci rifaremo \"\".",
     [("direct", "Abbiamo giocato male, ma ci rifaremo", "Pietro Sala")]),
    ('Il professor Luigi Ferri ha definito "" una scelta senza futuro "" il nuovo piano urbanistico.',
     [("mixed", "una scelta senza futuro", "Luigi Ferri")]),
    ('Il paese è noto come la "" perla del lago "" per le sue ville.',
     [("other", "perla del lago", None)]),
    # the look-alikes: single marks read as before; a doubled mark with no partner pairs nothing
    ('Il sindaco Marco Bellini ha esclamato davanti al consiglio "Questa città merita di meglio".',
     [("direct", "Questa città merita di meglio", "Marco Bellini")]),
    ('Sul cartello appeso alla porta c\'era scritto "" chiuso per ferie.', []),
])
def test_doubled_straight_marks(shipped, text, expected):
    """``"" … ""`` encloses the words between, like one straight mark glued to them; the kind
    and the speaker are read as with single marks."""
    assert spoken(shipped, text, other=True) == expected


def test_doubled_marks_point_at_the_outer_marks():
    """The pair of a doubled mark opens at its first mark and closes at its last, so the words
    before and after the quotation are the words around both marks."""
    text = 'Lo chiamano "" il professore "" da anni.'
    [pair] = find_mark_pairs(text)
    assert text[pair.start:pair.end] == "il professore"
    assert (pair.open, pair.close) == (text.index('""'), text.rindex('""') + 1)
    # an odd number in a paragraph, or three marks in a row: left as they were
    assert find_mark_pairs('Scrisse "" soltanto questo.') == []
    tripled = 'Un """ tre "" segni.'
    assert find_mark_pairs(tripled) == _mark_pairs(tripled, DEFAULT_PAIRS, frozenset())
