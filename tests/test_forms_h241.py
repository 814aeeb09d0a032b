"""Headlines: a speaker the headline gives by a description and its lead sentence by name, and
the headline forms around it (*Nome: «…»*, *Nome: contenuto*, labels, titles of works). Forms of
Italian news written for these tests (no sentence comes from a gold set or fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

LEAD = "Il direttore generale della Fao, il keniano Paul Omondi, ha annunciato ieri che lascerà l'incarico a giugno."


@pytest.mark.parametrize("text,expected", [
    # a headline on its own line, its speaker a description the lead names
    ("Fao: il direttore generale annuncia le dimissioni\n" + LEAD,
     [("indirect", "le dimissioni", "Paul Omondi"), ("indirect", "lascerà l'incarico a giugno", "Paul Omondi")]),
    # the headline run into its lead on one line, no final stop
    ("Fao: il direttore generale annuncia le dimissioni " + LEAD,
     [("indirect", "le dimissioni", "Paul Omondi"), ("indirect", "lascerà l'incarico a giugno", "Paul Omondi")]),
    # the look-alikes: a sentence with its final stop is no headline
    ("Fao: il direttore generale annuncia le dimissioni. " + LEAD,
     [("indirect", "le dimissioni", "direttore generale"), ("indirect", "lascerà l'incarico a giugno", "Paul Omondi")]),
    # the lead names someone with another title: the description stays
    ("Roma: il portavoce annuncia una conferenza stampa\nIl sindaco Paolo Neri ha detto che parlerà domani in Campidoglio.",
     [("indirect", "una conferenza stampa", "portavoce"), ("indirect", "parlerà domani in Campidoglio", "Paolo Neri")]),
    ("Ospedale, il primario denuncia la mancanza di medici\nIl direttore sanitario Carlo Ferri ha spiegato che mancano venti infermieri.",
     [("indirect", "la mancanza di medici", "primario"), ("indirect", "mancano venti infermieri", "Carlo Ferri")]),
])
def test_headline_description_named_by_lead(shipped, text, expected):
    """A headline's speaker given by a description is the name the lead sentence gives the same
    description (the guidelines' fullest name); only in a headline, only the same noun."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # Nome: «…» is direct, Nome: contenuto indirect with no cue (the guidelines)
    ("Marco Bellini: «Il nuovo stadio sarà pronto nel 2028»\nIl presidente del club, Marco Bellini, ha parlato ieri ai tifosi.",
     [("direct", "Il nuovo stadio sarà pronto nel 2028", "Marco Bellini")]),
    ("Lucia Ferraro: nessun accordo con la maggioranza\nLa senatrice Lucia Ferraro ha ribadito ieri che non voterà la manovra.",
     [("indirect", "nessun accordo con la maggioranza", "Lucia Ferraro"), ("indirect", "non voterà la manovra", "Lucia Ferraro")]),
    # a topic, then the surname, the lead giving the whole name
    ("Sanità, Ferri: «Mancano venti infermieri»\nIl direttore sanitario Carlo Ferri ha lanciato l'allarme.",
     [("direct", "Mancano venti infermieri", "Carlo Ferri")]),
    # a headline with a verb of saying in the present
    ("Il ministro Bruno Rinaldi annuncia un piano per le scuole\nIl ministro dell'Istruzione Bruno Rinaldi ha presentato ieri un piano da due miliardi.",
     [("indirect", "un piano per le scuole", "Bruno Rinaldi")]),
    # the look-alikes: a label of a section, a title of a work in marks
    ("Calcio: la Juventus vince a Torino\nI bianconeri hanno battuto il Milan per due a zero.", []),
    ("Meteo: pioggia e neve nel weekend\nLe temperature scenderanno di cinque gradi da sabato.", []),
    ("Esce \"Il silenzio del mare\", il nuovo romanzo di Anna Galli\nIl libro racconta la storia di una famiglia di pescatori.", []),
])
def test_headline_forms(shipped, text, expected):
    """The headline forms the kit reads (and the labels and titles it leaves alone)."""
    assert spoken(shipped, text) == expected
