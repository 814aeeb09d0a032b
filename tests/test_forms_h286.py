"""Speakers of forms of Italian news and political prose written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a heading without a full stop run into the next sentence's subject: the name ends before
    # the capitalised article of the title, and the title resolves to it
    ("Visita a Tunisi del presidente Carlo Ferri Il Presidente del Consiglio Ferri ha detto che l'accordo sarà firmato a maggio.",
     [("indirect", "l'accordo sarà firmato a maggio", "Carlo Ferri")]),
    ("Incontro con la ministra Anna Galli La Ministra della Salute Galli ha annunciato che gli ospedali avranno nuovi fondi.",
     [("indirect", "gli ospedali avranno nuovi fondi", "Anna Galli")]),
    # the look-alikes: an article inside a name, before a word that is no title, stays
    ("Il senatore Ugo La Malfa ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Ugo La Malfa")]),
    ("Lo scrittore Alberto Lo Presti ha spiegato che il libro uscirà a marzo.",
     [("indirect", "il libro uscirà a marzo", "Alberto Lo Presti")]),
    ("Il regista Paolo Il Grande ha detto che il film uscirà a marzo.",
     [("indirect", "il film uscirà a marzo", "Paolo Il Grande")]),
])
def test_heading_run_into_title(shipped, text, expected):
    """A person's name the model ran over a capitalised article and a capitalised title (*Ferri
    Il Presidente del Consiglio…*, a heading with no full stop) ends before the article."""
    assert spoken(shipped, text) == expected
