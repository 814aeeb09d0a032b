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


FILLER = ("Le urne sono rimaste aperte fino a tarda sera e i seggi sono stati sorvegliati dai volontari. "
          "Nelle scuole le file erano lunghe già dal mattino, soprattutto nei quartieri più popolosi. "
          "Molti anziani sono arrivati accompagnati dai nipoti, altri hanno usato i pulmini messi a disposizione. "
          "Il maltempo non ha fermato gli elettori, che hanno atteso sotto gli ombrelli il proprio turno. "
          "Lo spoglio è cominciato subito dopo la chiusura e i primi dati sono arrivati poco prima di mezzanotte. "
          "Le schede nulle sono state poche, meno della metà di quelle contate nella tornata precedente. "
          "I volontari hanno lavorato per tutta la notte, con turni di quattro ore ciascuno. "
          "All'alba i verbali erano completi e le scatole sigillate sono state portate negli uffici centrali. ")
TAIL = "Il ministro Paolo Serra ha detto che il Paese ha bisogno di stabilità."


@pytest.mark.parametrize("text,expected", [
    # the country named twice at the top of the story, more than a passage before "il Paese"
    ("Il Portogallo ha votato domenica. In Portogallo l'affluenza è stata alta. " + FILLER + TAIL,
     [("indirect", "il Paese ha bisogno di stabilità", "Paolo Serra", ["Portogallo"])]),
    # the look-alikes: a city named twice is no country; two countries named once each, none
    ("Coimbra ha votato domenica. A Coimbra l'affluenza è stata alta. " + FILLER + TAIL,
     [("indirect", "il Paese ha bisogno di stabilità", "Paolo Serra", [])]),
    ("Il Portogallo e la Spagna hanno votato domenica. " + FILLER + TAIL,
     [("indirect", "il Paese ha bisogno di stabilità", "Paolo Serra", [])]),
])
def test_country_named_at_the_top(shipped, text, expected):
    """*il Paese* in a content when the passage right before it names no place twice: the country
    a longer passage names most, at least twice (a country is named at the top of its story)."""
    assert spoken_about(shipped, text) == expected
