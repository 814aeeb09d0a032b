"""Documents as speakers: an impersonal cue in a relative clause on a document, and a document
after *in* inside a subject: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a document found or read by someone, with no issuer: its words are no one's named
    ("Durante i suoi studi Marco Bellini ha trovato una lettera in cui si parla di un tesoro nascosto.",
     [("indirect", "un tesoro nascosto", None)]),
    ("Durante i suoi studi Marco Bellini ha trovato una lettera in cui si afferma che il tesoro è nascosto.",
     [("indirect", "il tesoro è nascosto", None)]),
    # the look-alikes: a document its subject published is the subject's; a named writer speaks
    ("L'azienda Acque Chiare ha diramato un comunicato in cui si afferma che l'acqua è potabile.",
     [("indirect", "l'acqua è potabile", "Acque Chiare")]),
    ("Marco Bellini ha trovato una lettera in cui Anna Neri afferma che il tesoro è nascosto.",
     [("indirect", "il tesoro è nascosto", "Anna Neri")]),
])
def test_impersonal_cue_on_a_document(shipped, text, expected):
    """*X ha trovato una lettera in cui si parla di…*: the letter speaks for no one named, not
    for who found it; a document its subject issued (*ha diramato un comunicato in cui si
    afferma…*) is still the subject's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a document after "in" inside the subject tells where it spoke: no part of the speaker
    ("Lo staff medico della clinica nel bollettino diffuso stamani riferisce che il paziente respira da solo.",
     [("indirect", "il paziente respira da solo", "staff medico della clinica")]),
    # the look-alikes: a document after "di" names whose words or authors they are
    ("I firmatari del documento hanno spiegato che la protesta continuerà.",
     [("indirect", "la protesta continuerà", "firmatari del documento")]),
    ("L'autore dello studio ha spiegato che i dati sono solidi.",
     [("indirect", "i dati sono solidi", "autore dello studio")]),
])
def test_document_inside_the_subject(shipped, text, expected):
    """*Lo staff medico nel bollettino riferisce…*: the subject ends before the document it
    spoke in; *l'autore dello studio* keeps its document."""
    assert spoken(shipped, text) == expected
