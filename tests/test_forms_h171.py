"""What a mixed quotation is about when its cue reports propositions coordinated by *e che*:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the proposition after "e che" is reported on its own: not what the marks before are about
    ("Il ministro Paolo Ferri ha detto che i dirigenti che «ostacolano la riforma della scuola» "
     "saranno rimossi e che il Comune di Torino riceverà nuovi fondi.",
     [("mixed", "ostacolano la riforma della scuola", "Paolo Ferri", []),
      ("indirect", "il Comune di Torino riceverà nuovi fondi", "Paolo Ferri", ["Comune di Torino"])]),
    # two quoted propositions: each about its own clause
    ("Il sindaco Marco Bianchi ha ricordato che la Regione Piemonte è «in ritardo sui cantieri» "
     "e che «la città di Asti non può più aspettare».",
     [("mixed", "in ritardo sui cantieri", "Marco Bianchi", ["Regione Piemonte"]),
      ("mixed", "la città di Asti non può più aspettare", "Marco Bianchi", ["Asti"])]),
    # the proposition before "e che" is not what the marks after it are about
    ("La deputata Sara Conti ha spiegato che l'ospedale di Cuneo resterà aperto e che i medici "
     "sono «allo stremo delle forze».",
     [("indirect", "l'ospedale di Cuneo resterà aperto", "Sara Conti", ["Cuneo"]),
      ("mixed", "allo stremo delle forze", "Sara Conti", [])]),
])
def test_mixed_about_its_own_conjunct(shipped, text, expected):
    """A mixed quotation of a *che* cue is about the proposition holding its marks, from after
    the last *e che* before them to before the first one after them."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # one proposition: the whole reported clause, names outside the marks included
    ("Il ministro Paolo Ferri ha detto che la Regione Piemonte è «in ritardo sui cantieri».",
     [("mixed", "in ritardo sui cantieri", "Paolo Ferri", ["Regione Piemonte"])]),
    # "e" joining two subjects, not two propositions
    ("Il sindaco Marco Bianchi ha detto che la Regione Piemonte e la città di Asti sono «in ritardo sui cantieri».",
     [("mixed", "in ritardo sui cantieri", "Marco Bianchi", ["Regione Piemonte", "Asti"])]),
    # "ma che": no proposition reported apart, the clause stays whole
    ("La senatrice Giulia Neri ha affermato che il governo è «lontano dai cittadini», ma che la Lega "
     "resterà nella maggioranza.",
     [("mixed", "lontano dai cittadini", "Giulia Neri", ["Lega"])]),
    # a "di" cue: left as it was
    ("Il sindaco Marco Bianchi ha chiesto di «non dimenticare Asti» e di aiutare la Regione Piemonte.",
     [("mixed", "non dimenticare Asti", "Marco Bianchi", ["Asti", "Regione Piemonte"])]),
])
def test_mixed_about_whole_clause(shipped, text, expected):
    """Look-alikes: a single *che* proposition, *e* between two nouns, *ma che*, a *di* cue: the
    about of the mixed quotation is the whole reported clause, as before."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the name of an event (a festival, a league or cup): not what the quote is about
    ("La direttrice Carla Fabbri ha detto che il Trento JazzFestival tornerà in primavera.",
     [("indirect", "il Trento JazzFestival tornerà in primavera", "Carla Fabbri", [])]),
    ("L'allenatore Piero Valli ha detto che vincere la Champions League è il sogno della squadra.",
     [("indirect", "vincere la Champions League è il sogno della squadra", "Piero Valli", [])]),
    # the look-alikes: the city, the team and a body named beside the event stay
    ("La direttrice Carla Fabbri ha detto che il festival di Trento tornerà in primavera.",
     [("indirect", "il festival di Trento tornerà in primavera", "Carla Fabbri", ["Trento"])]),
    ("L'allenatore Piero Valli ha detto che la Fiorentina giocherà la finale a Madrid.",
     [("indirect", "la Fiorentina giocherà la finale a Madrid", "Piero Valli", ["Fiorentina", "Madrid"])]),
])
def test_event_names_not_about(shipped, text, expected):
    """A name ending in a word of ``event_name_ends`` (*…Festival*, *… League*) names an event,
    which the guidelines leave out of what a quote is about; places and bodies stay."""
    assert spoken_about(shipped, text) == expected
