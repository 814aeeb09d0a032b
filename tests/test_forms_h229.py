"""An acronym that spells a body's Italian name in the English order: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken, spoken_about   # tests/helpers.py; `shipped` is a session fixture in tests/conftest.py

BODY = "Il Centro Internazionale per la Ricerca Marina ha pubblicato ieri un rapporto sulle coste. "


@pytest.mark.parametrize("text,expected", [
    # the English acronym (International Marine Research Centre): the body the article named
    (BODY + "Secondo l'IMRC, il livello del mare è salito di tre centimetri.",
     [("indirect", "il livello del mare è salito di tre centimetri", "Centro Internazionale per la Ricerca Marina")]),
    # the look-alikes: the Italian acronym, as before
    (BODY + "Secondo il CIRM, il livello del mare è salito di tre centimetri.",
     [("indirect", "il livello del mare è salito di tre centimetri", "Centro Internazionale per la Ricerca Marina")]),
    # other letters: another body
    (BODY + "Secondo l'ISPRA, il livello del mare è salito di tre centimetri.",
     [("indirect", "il livello del mare è salito di tre centimetri", "ISPRA")]),
])
def test_an_english_acronym_names_the_body(shipped, text, expected):
    """An acronym in capitals whose letters are the initials of a body's name in another order
    (the English order of the same words) is that body."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    (BODY + "Il ministro Carlo Bianchi ha detto che l'IMRC riceverà nuovi fondi.",
     [("indirect", "l'IMRC riceverà nuovi fondi", "Carlo Bianchi", ["Centro Internazionale per la Ricerca Marina"])]),
    # two names of the article with those letters: no one can tell which, the acronym stays
    (BODY + "Anche la Commissione Internazionale per le Rotte Marittime ha dato un parere. "
     "Il ministro Carlo Bianchi ha detto che l'IMRC riceverà nuovi fondi.",
     [("indirect", "l'IMRC riceverà nuovi fondi", "Carlo Bianchi", ["IMRC"])]),
])
def test_an_english_acronym_in_about(shipped, text, expected):
    """What a quotation is about names the body behind its English acronym, when only one name
    of the article has those initials."""
    assert spoken_about(shipped, text) == expected
