"""A document speaks for its author, and what the speaker ranker may fill in: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a document subject, its author after a participle of publishing and "da"
    ("Uno studio condotto dall'Università di Padova rivela che i giovani dormono meno di sette ore.",
     [("indirect", "i giovani dormono meno di sette ore", "Università di Padova")]),
    ("Un rapporto pubblicato dall'ISTAT afferma che la disoccupazione è calata.",
     [("indirect", "la disoccupazione è calata", "ISTAT")]),
    # a locution of publishing: reso pubblico
    ("Uno studio reso pubblico dalla Brookings Institution sostiene che le truppe devono lasciare le città.",
     [("indirect", "le truppe devono lasciare le città", "Brookings Institution")]),
    # the look-alikes: "di" after the document as before; a reader or receiver is no author
    ("Una ricerca dell'Istituto Superiore di Sanità sostiene che il fumo passivo è in aumento.",
     [("indirect", "il fumo passivo è in aumento", "Istituto Superiore di Sanità")]),
    ("Una lettera ricevuta dal sindaco Mario Rossi afferma che il ponte è pericolante.",
     [("indirect", "il ponte è pericolante", None)]),
])
def test_document_author_after_da(shipped, text, expected):
    """*uno studio condotto / pubblicato / reso pubblico da X* speaks for X (not a receiver)."""
    assert spoken(shipped, text) == expected
