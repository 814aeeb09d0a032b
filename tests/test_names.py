"""One name matcher for the pipeline and the scorer, and one definition of the quote kinds."""

from __future__ import annotations

import pytest

from kit import evaluate, model, names, speech
from kit.components import names as canonical_names
from kit.view import palette, templates


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Putin", "Vladimir Putin", True),
    ("Massimo D'Alema", "D’Alema", True),                  # apostrophes split, either form
    ("il presidente Mattarella", "Sergio Mattarella", False),  # "presidente" is not in the name
    ("Mattarella", "il presidente Sergio Mattarella", True),
    ("Ursula von der Leyen", "von der Leyen", True),       # particles do not identify anyone
    ("Kim Jong Un", "Kim Jong-un", True),                  # hyphens split
    ("Banca d'Italia", "Banca Centrale Europea", False),
    ("Di Maio", "Di Battista", False),
    ("", "Putin", False),
    (None, "Putin", False),
])
def test_same_name(a, b, expected):
    assert names.same_name(a, b) is expected
    assert names.same_name(b, a) is expected


def test_the_scorer_and_the_pipeline_share_the_matcher():
    assert evaluate.names_match is names.same_name
    assert speech.same_name is names.same_name
    assert canonical_names.name_words is names.name_words


def test_a_language_without_data_keeps_every_word():
    assert names.name_words("la Casa Bianca", "xx") == {"la", "casa", "bianca"}
    assert names.name_words("la Casa Bianca", "it") == {"casa", "bianca"}
    assert names.name_words("Di") == {"di"}  # a name of stop words only keeps them


def test_quote_kinds_are_defined_once():
    assert set(model.SPEECH_KINDS) | {"other"} == set(model.QUOTE_KINDS)
    for table in (templates.QUOTE_BORDERS, templates.QUOTE_KIND_NAMES, palette.QUOTE_COLORS,
                  evaluate.QUOTE_GROUPS):
        assert set(table) == set(model.QUOTE_KINDS)
    with pytest.raises(ValueError, match="unknown quote kind 'speech'"):
        model.Quote(0, 1, "speech", "x")
