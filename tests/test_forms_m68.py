"""Forms met while merging the helpers of release after `0155897`: sentences written for these
tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a charge whose "di" comes after a dashed aside, in marks left open after an earlier
    # quotation: the earlier quotation's reach ended before the charge began, and the kit
    # raised IndexError (spaCy's E035) on the whole document
    ("«Lo ripeteremo domani e in ogni altra sede». «Nella trasmissione del mattino – frettolosamente "
     "riassunta da qualche sito – sono stato accusato – ha detto ancora Rossi – di non proporre una "
     "riforma e soprattutto di non avere una riforma.",
     [("direct", "Lo ripeteremo domani e in ogni altra sede", "Rossi"),
      ("indirect", "di non proporre una riforma e soprattutto di non avere una riforma", None)]),
    ("«Ne parleremo con calma alla prossima riunione». «Nell'intervista alla radio – malamente ripresa "
     "da qualche giornale – sono stata accusata – ha aggiunto poi la senatrice Giulia Neri – di non "
     "conoscere i conti e soprattutto di non volerli conoscere.",
     [("direct", "Ne parleremo con calma alla prossima riunione", "Giulia Neri"),
      ("indirect", "di non conoscere i conti e soprattutto di non volerli conoscere", None)]),
])
def test_charge_after_an_aside_in_open_marks(shipped, text, expected):
    """The charge's end is not looked for before its start: the document is analysed, not dropped."""
    assert spoken(shipped, text) == expected
