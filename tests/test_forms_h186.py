"""The title of an office one person holds at a time (*il papa*, *il pontefice*) in a content, when
the article gave that title to several people: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

STORY = ("Papa Francesco ha visitato Lampedusa. Papa Francesco ha pranzato con i pescatori, "
         "come aveva fatto papa Giovanni XXIII. Poi Papa Francesco è ripartito. ")
EVEN = "Papa Francesco ha incontrato papa Benedetto XVI a Castel Gandolfo. "
OFFICE = ("Il presidente Mario Rossi ha aperto il congresso. Mario Rossi ha parlato a lungo. Il presidente "
          "Luca Neri era in sala. Alla fine Mario Rossi è ripartito. ")


@pytest.mark.parametrize("text,expected", [
    # the holder the article names most (twice as often as the predecessor recalled)
    (STORY + "Il sindaco Marco Bellini ha detto che la visita del papa è stata un onore.",
     [("indirect", "la visita del papa è stata un onore", "Marco Bellini", ["Francesco"])]),
    (STORY + "Il sindaco Marco Bellini ha ringraziato il pontefice per la visita.",
     [("indirect", "il pontefice per la visita", "Marco Bellini", ["Francesco"])]),
    # the look-alike: both holders named as often, the title stays unresolved
    (EVEN + "Il sindaco Marco Bellini ha detto che la visita del papa è stata un onore.",
     [("indirect", "la visita del papa è stata un onore", "Marco Bellini", [])]),
    # the look-alike: a title many hold at once (not in the list) stays ambiguous too
    (OFFICE + "Il sindaco Marco Bellini ha detto che la visita del presidente è stata un onore.",
     [("indirect", "la visita del presidente è stata un onore", "Marco Bellini", [])]),
])
def test_sole_office_title(shipped, text, expected):
    """A title in ``sole_office_titles`` that the article gave to several people names the one it
    names at least twice as often as each other."""
    assert spoken_about(shipped, text) == expected
