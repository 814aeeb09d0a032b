"""Two forms of Italian news the tune part and the fresh text hold too rarely to measure, kept on
the guidelines' word (helper h247's neutral changes): a participle phrase set off by commas
between the verb of saying and its *che* / *di* (*ha detto, intervistato dal Tg3, che…*), and a
*secondo X* set off by dashes inside its content (*Il governo – secondo il ministro – …*).
Sentences written for these tests (none comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a participle of how the words were sought or of the speaker's state, between commas
    ("Il sindaco Paolo Serra ha detto, intervistato dal Tg3, che il ponte riaprirà a maggio.",
     [("indirect", "il ponte riaprirà a maggio", "Paolo Serra")]),
    ("La ministra Anna Gatti ha spiegato, raggiunta al telefono, di non conoscere il progetto.",
     [("indirect", "di non conoscere il progetto", "Anna Gatti")]),
    # look-alikes: a gerund of the occasion (already read), a participle with no che / di after it
    ("Il sindaco Paolo Serra ha detto, intervenendo in consiglio, che il ponte riaprirà a maggio.",
     [("indirect", "il ponte riaprirà a maggio", "Paolo Serra")]),
    ("Il sindaco Paolo Serra ha parlato, intervistato dal Tg3, per un'ora.", []),
])
def test_participle_aside_before_the_content(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the dashed source sits inside the content, as one between commas does
    ("Il governo – secondo il ministro Carlo Fabbri – approverà la riforma entro giugno.",
     [("indirect", "Il governo – secondo il ministro Carlo Fabbri – approverà la riforma entro giugno", "Carlo Fabbri")]),
    ("Il governo, secondo il ministro Carlo Fabbri, approverà la riforma entro giugno.",
     [("indirect", "Il governo, secondo il ministro Carlo Fabbri, approverà la riforma entro giugno", "Carlo Fabbri")]),
])
def test_dashed_source_inside_its_content(shipped, text, expected):
    assert spoken(shipped, text) == expected
