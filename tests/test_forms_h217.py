"""Speakers the rules left null: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a party's members named by the party's noun, the subject before a relative clause
    ("Perfino i leghisti, che avevano votato contro la legge di bilancio nella seduta notturna "
     "del consiglio regionale, non hanno mai negato che la riforma fosse necessaria.",
     [("indirect", "la riforma fosse necessaria", "leghisti")]),
    ("I socialisti hanno detto che il governo deve dimettersi.",
     [("indirect", "il governo deve dimettersi", "socialisti")]),
    # the look-alike: the party's noun after a preposition is no subject; the null subject
    # carries the named person
    ("Il segretario Marco Neri ha parlato con i socialisti. Poi ha detto che il governo deve dimettersi.",
     [("indirect", "il governo deve dimettersi", "Marco Neri")]),
])
def test_party_members_as_group(shipped, text, expected):
    """The members of a party named by the party's noun (``group_speakers``: *i comunisti*,
    *i leghisti*) speak as a group, as *i sindacalisti* do."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle of giving news opens the sentence, its agent before the news noun
    ("Virus letale anche in Grecia\nConfermata oggi, dal ministro della salute Bartolomeo Cirillo, la "
     "notizia che il pericoloso virus dell'influenza tipo H5N1, che oltre mezzo secolo fa ha ucciso "
     "migliaia di persone, è stato spedito anche a laboratori greci.",
     [("indirect", "il pericoloso virus dell'influenza tipo H5N1, che oltre mezzo secolo fa ha ucciso "
       "migliaia di persone, è stato spedito anche a laboratori greci", "Bartolomeo Cirillo")]),
    ("Virus letale anche in Grecia\nConfermata oggi, dal ministro della salute Leopoldo Sirtori, la "
     "notizia che il pericoloso virus dell'influenza tipo H5N1, che oltre mezzo secolo fa ha ucciso "
     "migliaia di persone, è stato spedito anche a laboratori greci.",
     [("indirect", "il pericoloso virus dell'influenza tipo H5N1, che oltre mezzo secolo fa ha ucciso "
       "migliaia di persone, è stato spedito anche a laboratori greci", "Leopoldo Sirtori")]),
    # the look-alike: a participle that gives no news (the news reaches the agent): no one
    ("Accolta ieri, dal sindaco di Parma Luca Bassi, la notizia che lo stadio sarà chiuso.",
     [("indirect", "lo stadio sarà chiuso", None)]),
])
def test_fronted_participle_agent_of_news(shipped, text, expected):
    """*Confermata oggi, dal ministro X, la notizia che…*: the agent of a participle of giving
    news that opens the sentence signs the news, however the parse hangs the phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an infinitive of purpose in a clause a coordinator opens, no subject of its own: the
    # subject of the clause before, shared
    ("I sindacati hanno detto che i fondi sono meritati, ma hanno colto l'occasione per chiedere "
     "una discussione più ampia sul bilancio.",
     [("indirect", "i fondi sono meritati", "sindacati"),
      ("indirect", "una discussione più ampia sul bilancio", "sindacati")]),
    # the look-alike: the clause has its own subject, in a sentence of its own
    ("I sindacati hanno detto che i fondi sono meritati. Il ministro ha colto l'occasione per "
     "chiedere una discussione.",
     [("indirect", "i fondi sono meritati", "sindacati"), ("indirect", "una discussione", "ministro")]),
])
def test_infinitive_in_coordinated_clause(shipped, text, expected):
    """*…, ma hanno colto l'occasione per chiedere…*: an infinitive cue hung on a finite verb
    with no subject that a coordinator opens shares the speaker of the cue before."""
    assert spoken(shipped, text) == expected


_FESTIVAL = ("Lecce, sabato 9 maggio \"Note nel tempo\" è il tema di quest'anno della rassegna, un'occasione "
             "per pochi ospiti — \"{}\"")


@pytest.mark.parametrize("text,expected", [
    # an article headed as an interview: words in the interviewee's own voice, with no cue
    ("Intervista a Gianfranco Rossetti, fondatore del Festival del Jazz di Lecce\n"
     + _FESTIVAL.format("Una mia personale scelta di venti musicisti che hanno fatto la storia del jazz italiano."),
     [("direct", "Una mia personale scelta di venti musicisti che hanno fatto la storia del jazz italiano.",
       "Gianfranco Rossetti")]),
    # the look-alikes: no interview in the headline; words in no one's own voice
    ("Il festival del jazz di Lecce\n"
     + _FESTIVAL.format("Una mia personale scelta di venti musicisti che hanno fatto la storia del jazz italiano."),
     [("direct", "Una mia personale scelta di venti musicisti che hanno fatto la storia del jazz italiano.", None)]),
    ("Intervista a Gianfranco Rossetti, fondatore del Festival del Jazz di Lecce\n"
     + _FESTIVAL.format("Una scelta di venti musicisti che hanno fatto la storia del jazz italiano."),
     [("direct", "Una scelta di venti musicisti che hanno fatto la storia del jazz italiano.", None)]),
])
def test_headed_interview(shipped, text, expected):
    """A quotation in marks that no cue signs, in the speaker's own voice (*«Una mia…»*), in an
    article whose first line says it interviews someone (*Intervista a X*): X's words."""
    assert spoken(shipped, text) == expected
