"""Sentence boundaries around quotations: an abbreviated title before a name (*il sen.*, *l'on.*,
*il dott.*) ends no sentence. Forms of Italian news written for these tests (no sentence comes
from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the title's full stop used to end the sentence: the title was the speaker, or no one
    ("«La riforma non passerà», ha dichiarato il sen. Marco Pellegrini ai giornalisti.",
     [("direct", "La riforma non passerà", "Marco Pellegrini")]),
    ("«Siamo pronti», ha detto il sig. Bruno Valli.",
     [("direct", "Siamo pronti", "Bruno Valli")]),
    ("«Il ponte sarà finito a marzo», ha assicurato l'on. Carla Fontana.",
     [("direct", "Il ponte sarà finito a marzo", "Carla Fontana")]),
    ("«Non cederemo», ha ribadito l’on. Sergio Mattei.",
     [("direct", "Non cederemo", "Sergio Mattei")]),
    ("Il progetto è fermo da anni, ha spiegato il dott. Luigi Ferri, primario del reparto.",
     [("indirect", "Il progetto è fermo da anni", "Luigi Ferri")]),
    # the look-alikes: a title spaCy already kept whole, a title before the verb, a full stop
    # after a word that is no title
    ("«Siamo pronti», ha detto il prof. Bruno Valli.",
     [("direct", "Siamo pronti", "Bruno Valli")]),
    ("Il dott. Fabio Grassi ha spiegato che la terapia funziona.",
     [("indirect", "la terapia funziona", "Fabio Grassi")]),
    ("Il cantiere è chiuso da mesi. Luigi Ferri ha detto che riaprirà a marzo.",
     [("indirect", "riaprirà a marzo", "Luigi Ferri")]),
])
def test_title_abbreviation_before_a_name(shipped, text, expected):
    """An abbreviated title (*sen.*, *sig.*, *on.*, *dott.*) is one token with its full stop, as
    *prof.* already was: the sentence goes on to the name, which is the speaker."""
    assert spoken(shipped, text) == expected


def test_title_abbreviation_sentences(shipped):
    """The full stop of the title ends no sentence; a full stop after another word still does."""
    doc = shipped("Ha parlato ieri il sen. Marco Pellegrini. Poi è ripartito.")
    assert [s.text for s in doc.sents] == ["Ha parlato ieri il sen. Marco Pellegrini.", "Poi è ripartito."]
