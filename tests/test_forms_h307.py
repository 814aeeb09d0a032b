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


@pytest.mark.parametrize("text,expected", [
    # a past only a verb has (-ò, -ì), read as a preposition after its subject
    ("Il critico Marco Neri criticò l'uso dei termini stranieri.",
     [("indirect", "l'uso dei termini stranieri", "Marco Neri")]),
    ("Il critico Marco Neri, qualche tempo dopo, criticò l'uso dei termini stranieri.",
     [("indirect", "l'uso dei termini stranieri", "Marco Neri")]),
    # chiese after the clitic of the one asked, read as "the churches" after an article
    ("Il direttore gli chiese se fosse possibile rinviare l'esame.",
     [("indirect", "se fosse possibile rinviare l'esame", "direttore")]),
    ("Il direttore le chiese di rinviare l'esame.",
     [("indirect", "di rinviare l'esame", "direttore")]),
    # the look-alikes: the churches, and a thing that shows a thing
    ("Il vescovo visitò le chiese di Roma.", []),
    ("Gli abitanti restaurarono le chiese che erano state distrutte.", []),
    ("La Guerra del Vietnam rivelò alcune mancanze degli aerei statunitensi.", []),
])
def test_past_read_as_another_word(shipped, text, expected):
    """A *passato remoto* of a speech verb the tagger reads as a preposition (*criticò*) or, after
    the clitic *gli* / *le* of the one asked, as a noun after its article (*gli chiese se…*) is the
    cue, its subject a person or a body; *le chiese di Roma* and a thing as subject stay no report."""
    assert spoken(shipped, text) == expected
