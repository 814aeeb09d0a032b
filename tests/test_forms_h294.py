"""Agentless passives of estimate, forecast and judgement: forms of Italian news written for
these tests (no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a weather forecast no one signs: the clause names the weather, a time phrase or not
    ("In Piemonte sono previsti fino a 30 centimetri di neve sopra i mille metri.",
     [("indirect", "In Piemonte sono previsti fino a 30 centimetri di neve sopra i mille metri", None)]),
    ("Sulle coste adriatiche sono previste piogge intense.",
     [("indirect", "Sulle coste adriatiche sono previste piogge intense", None)]),
    ("Sulle isole il cielo è previsto da poco nuvoloso a sereno.",
     [("indirect", "Sulle isole il cielo è previsto da poco nuvoloso a sereno", None)]),
    # the look-alikes: what a plan or a project provides, a negated forecast, an agent
    ("Nel nuovo quartiere sono previsti due asili e una piscina.", []),
    ("Tra i due comuni sono previste tre rotatorie.", []),
    ("Non sono previste nevicate in pianura.", []),
    ("La cerimonia è prevista dal protocollo in forma ridotta.", []),
])
def test_weather_forecast(shipped, text, expected):
    """*sono previsti/e* + the weather (``weather_nouns``) is a forecast no one signs, with no
    time phrase too; a range *da* + adjective after *il cielo è previsto* is its predicate. A
    plan's provisions, a negation and an agent stay as they were."""
    assert spoken(shipped, text) == expected
