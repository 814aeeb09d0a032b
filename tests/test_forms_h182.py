"""What a quotation is about when it names a country or a body by a possessive and a noun
(*il nostro paese*, *il suo partito*): forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a possessive between the article and the noun of a country: the country the passage names
    # (the tagger reads the acting country as an organisation)
    ("Il Portogallo ha votato ieri. A Lisbona e nel resto del Portogallo l'affluenza è stata alta. "
     "Il premier Rui Costa ha detto che il nostro paese ha scelto la stabilità.",
     [("indirect", "il nostro paese ha scelto la stabilità", "Rui Costa", ["Portogallo"])]),
    # ... and of a body: the party the passage names
    ("Il Partito Democratico ha perso le elezioni. I dirigenti del Partito Democratico si riuniscono oggi. "
     "Il deputato Luca Ferri ha detto che il suo partito deve cambiare.",
     [("indirect", "il suo partito deve cambiare", "Luca Ferri", ["Partito Democratico"])]),
    # the look-alikes: an adjective after the noun says which (no referent taken), a plural
    # names more than one, and a country named once only is not the passage's
    ("Il Partito Democratico ha perso le elezioni. I dirigenti del Partito Democratico si riuniscono oggi. "
     "Il deputato Luca Ferri ha detto che il suo partito politico deve cambiare.",
     [("indirect", "il suo partito politico deve cambiare", "Luca Ferri", [])]),
    ("Il Portogallo ha votato ieri. A Lisbona e nel resto del Portogallo l'affluenza è stata alta. "
     "Il premier Rui Costa ha detto che i nostri paesi hanno scelto la stabilità.",
     [("indirect", "i nostri paesi hanno scelto la stabilità", "Rui Costa", [])]),
    ("Il Portogallo ha votato ieri e l'affluenza è stata alta. "
     "Il premier Rui Costa ha detto che il nostro paese ha scelto la stabilità.",
     [("indirect", "il nostro paese ha scelto la stabilità", "Rui Costa", [])]),
    # with a possessive, a country, never the city the passage names most (the speaker's
    # country is not the city he speaks in); without one, the town it names stays
    ("La festa di Torino è finita. A Torino sono arrivati in molti e i quartieri di Torino erano pieni. "
     "Il sindaco Paolo Neri ha detto che il nostro paese ha bisogno di feste.",
     [("indirect", "il nostro paese ha bisogno di feste", "Paolo Neri", [])]),
    ("La festa di Torino è finita. A Torino sono arrivati in molti e i quartieri di Torino erano pieni. "
     "Il sindaco Paolo Neri ha detto che il paese ha bisogno di feste.",
     [("indirect", "il paese ha bisogno di feste", "Paolo Neri", ["Torino"])]),
])
def test_possessive_country_or_body(shipped, text, expected):
    """*il nostro paese*, *del suo partito*: a definite noun of a country or a body with a
    possessive before it names the country or body the passage names most, as without one."""
    assert spoken_about(shipped, text) == expected
