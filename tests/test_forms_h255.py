"""Words that are no names in what a quotation is about: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken, spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a capitalised adjective of a place the quotation names: an adjective, no entity
    ("Il regista Paolo Berti ha detto: «Sono Milanese di nascita e amo Milano più di ogni altra città».",
     [("direct", "Sono Milanese di nascita e amo Milano più di ogni altra città", "Paolo Berti", ["Milano"])]),
    ("La cantante Anna Neri ha detto: «Mi sento Genovese fino in fondo, Genova mi ha dato tutto».",
     [("direct", "Mi sento Genovese fino in fondo, Genova mi ha dato tutto", "Anna Neri", ["Genova"])]),
    # the look-alikes: after an article, a land named (il Trentino beside Trento), which stays
    ("Il sindaco Paolo Berti ha detto: «Il Trentino ha bisogno di Trento».",
     [("direct", "Il Trentino ha bisogno di Trento", "Paolo Berti", ["Trentino", "Trento"])]),
    # a surname that looks like the adjective, of a person named in full: a person
    ("Il sindaco Paolo Berti ha detto: «Luca Milanese ha fatto molto per Milano».",
     [("direct", "Luca Milanese ha fatto molto per Milano", "Paolo Berti", ["Luca Milanese", "Milano"])]),
])
def test_adjective_of_a_named_place(shipped, text, expected):
    """A capitalised word that is the adjective of a place the article names (*Milanese* beside
    *Milano*) is no name in ``about``; after an article (*il Trentino*) or as a person's name it
    stays."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an acronym of all the words of a body's name but its article, the preposition kept
    ("Il Movimento per l'Ambiente ha lasciato la giunta. L'MPA ha detto che il sindaco deve dimettersi.",
     [("indirect", "il sindaco deve dimettersi", "Movimento per l'Ambiente")]),
    ("L'Alleanza per il Lavoro ha lasciato la maggioranza. L'APL ha detto che il governo deve cambiare rotta.",
     [("indirect", "il governo deve cambiare rotta", "Alleanza per il Lavoro")]),
    # the look-alikes: letters that are not those initials, another body
    ("Il Movimento per l'Ambiente ha lasciato la giunta. L'MPD ha detto che il sindaco deve dimettersi.",
     [("indirect", "il sindaco deve dimettersi", "MPD")]),
])
def test_acronym_with_its_preposition(shipped, text, expected):
    """An acronym in capitals of a body's name whose article it leaves out and whose preposition
    it keeps (*MPA*: *Movimento per l'Autonomia*) is that body; other letters name another."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the press's other name of a party the article names: that party
    ("Il segretario Paolo Verdi ha lasciato la Lega Nord. Verdi ha detto: «Il Carroccio non è più casa mia».",
     [("direct", "Il Carroccio non è più casa mia", "Paolo Verdi", ["Lega Nord"])]),
    # the look-alike: an article that does not name the party keeps the name it writes
    ("Paolo Verdi ha detto che il Carroccio correrà da solo alle elezioni in Veneto.",
     [("indirect", "il Carroccio correrà da solo alle elezioni in Veneto", "Paolo Verdi", ["Carroccio", "Veneto"])]),
])
def test_other_name_of_a_named_party(shipped, text, expected):
    """*il Carroccio* in an article that names the *Lega Nord* is that party in ``about``."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # another adjective of a people for a body the article names with the usual one: that body
    ("Il governo greco ha protestato. Il portavoce Luca Bianchi ha criticato la decisione del governo ellenico.",
     [("indirect", "la decisione del governo ellenico", "Luca Bianchi", ["governo greco"])]),
    ("Il governo giapponese ha protestato. Il governo cinese ha criticato la scelta del governo nipponico.",
     [("indirect", "la scelta del governo nipponico", "governo cinese", ["governo giapponese"])]),
    # the look-alike: an article that writes only the other adjective keeps it
    ("Il governo cinese ha criticato la scelta del governo nipponico.",
     [("indirect", "la scelta del governo nipponico", "governo cinese", ["governo nipponico"])]),
])
def test_other_adjective_of_a_people(shipped, text, expected):
    """*il governo nipponico* in an article that names the *governo giapponese* is that body."""
    assert spoken_about(shipped, text) == expected
