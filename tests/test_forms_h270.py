"""Forms of Italian met in a judged sample of fresh text (h270), written for these tests (no
sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "e" + an adjunct or a subject pronoun + a finite verb after an object or a "di" + infinitive:
    # a clause of the writer's, which a content without a finite verb cannot hold
    ("Abbiamo promesso di tagliare le tasse ed in questo senso lavoreremo.",
     [("indirect", "di tagliare le tasse", None)]),
    ("Il giudice Carlo Neri ordinerà il sequestro dei conti e in quell'occasione la polizia troverà nuovi documenti.",
     [("indirect", "il sequestro dei conti", "Carlo Neri")]),
    ("Il sindaco Mario Rossi ha chiesto di riaprire la scuola e per tutta la settimana i genitori hanno protestato.",
     [("indirect", "di riaprire la scuola", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto la chiusura del cantiere e da allora i lavori sono fermi.",
     [("indirect", "la chiusura del cantiere", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha chiesto di rinviare il voto e noi siamo d'accordo.",
     [("indirect", "di rinviare il voto", "Paolo Verdi")]),
    # the look-alikes: a second noun phrase, a second phrase with the same preposition, a clause
    # after a subordinator or a relative: still the content
    ("Il sindaco Mario Rossi ha chiesto la riapertura della scuola e la fine dei lavori.",
     [("indirect", "la riapertura della scuola e la fine dei lavori", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto di sapere chi ha firmato e perché la scuola è chiusa.",
     [("indirect", "di sapere chi ha firmato e perché la scuola è chiusa", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto di riaprire la scuola che i genitori amano e frequentano.",
     [("indirect", "di riaprire la scuola che i genitori amano e frequentano", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha annunciato nuovi fondi per le scuole e per le strade della regione.",
     [("indirect", "nuovi fondi per le scuole e per le strade della regione", "Paolo Verdi")]),
])
def test_writers_clause_after_a_verbless_content(shipped, text, expected):
    """A content with no finite verb of its own (an object, *di* + infinitive) ends before *e*
    and a clause that opens with an adjunct or a subject pronoun and has a finite verb."""
    assert spoken(shipped, text) == expected
