"""Words named as words in a list, and speech verbs in the *passato remoto* the tagger misreads:
forms of Italian written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a plural noun of a word as a word, then a list of marked words: each is named, not said
    ('Il linguista Marco Neri ha criticato l\'uso dei termini "sindaca" e "ministra" nei documenti ufficiali.',
     [("indirect", 'l\'uso dei termini "sindaca" e "ministra" nei documenti ufficiali', "Marco Neri"),
      ("other", "sindaca", None), ("other", "ministra", None)]),
    ('Nel nuovo dizionario compaiono i vocaboli "calcolatore", "elaboratore" o "computer".',
     [("other", "calcolatore", None), ("other", "elaboratore", None), ("other", "computer", None)]),
    # the look-alike: marked words the speaker says of a thing, listed with e, stay the speaker's
    ('Il sindaco Carlo Neri ha detto che la città è "pronta" e "serena".',
     [("mixed", "pronta", "Carlo Neri"), ("mixed", "serena", "Carlo Neri")]),
])
def test_words_listed_as_words(shipped, text, expected):
    """Marks after *i termini*, *i vocaboli* (plural ``mention_nouns``) and the marks listed after
    them with *e*, *o* or a comma hold words named as words: other, and the object around them
    is still reported."""
    assert spoken(shipped, text, other=True) == expected
