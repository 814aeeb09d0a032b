"""Speech nouns with an owner the earlier rules left out: a noun of will with a named owner.
Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Il consiglio ha rispettato la volontà di Mario Rossi di restare a Torino.",
     [("indirect", "di restare a Torino", "Mario Rossi")]),
    # look-alikes: no content, no owner, or an owner in theory (no name)
    ("Il consiglio ha rispettato la volontà di Mario Rossi.", []),
    ("Serve la volontà di cambiare le regole.", []),
    ("La volontà dell'individuo di seguire un criterio morale definisce l'azione.", []),
])
def test_will_noun(shipped, text, expected):
    """*la volontà di X di restare*: a will with its owner named after *di* and its content."""
    assert spoken(shipped, text) == expected
