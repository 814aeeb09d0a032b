"""Passive and participle headlines of saying: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a participle opening a headline line, capitalised (the tagger may read it as a name), its agent after it
    ("Sciopero dei trasporti\nConfermate dalla prefettura le fasce di garanzia per i pendolari.",
     [("indirect", "le fasce di garanzia per i pendolari", "prefettura")]),
    ("Il vertice di Bari\nAnnunciato dal governo il nuovo piano per le periferie.",
     [("indirect", "il nuovo piano per le periferie", "governo")]),
    # an appointment, a person after the participle: no words
    ("Calcio\nConfermato dal presidente Giulio Neri alla guida della squadra.", []),
    # an action verb: no words
    ("Maltempo in Liguria\nChiuse dal sindaco le scuole della costa.", []),
])
def test_opening_participle_with_agent(shipped, text, expected):
    """A bare participle of saying opening a line, its agent *da X* after it: the noun phrase
    after the agent is reported, the agent speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject of the passive is a noun of news or rumour with its own report: only that report
    ("È stata confermata dalla questura la notizia che il ponte resterà chiuso fino a maggio.",
     [("indirect", "il ponte resterà chiuso fino a maggio", "questura")]),
    ("Sono state smentite le voci secondo le quali la società sarebbe in vendita.",
     [("indirect", "la società sarebbe in vendita", None)]),
    # a bare participle opening the sentence, a rumour noun with its own report after it
    ("Smentite le indiscrezioni secondo le quali il museo chiuderebbe in estate.",
     [("indirect", "il museo chiuderebbe in estate", None)]),
    # a rumour noun object of an active verb or a gerund stays what is denied
    ("Il sindaco Carlo Blu ha smentito le voci.", [("indirect", "le voci", "Carlo Blu")]),
    # a participle headline, the agent after a time adverb and a comma, the name inside it
    ("Treni fermi in Puglia\nConfermata ieri, dal direttore regionale Marco Gialli, la notizia che la linea resterà chiusa.",
     [("indirect", "la linea resterà chiusa", "Marco Gialli")]),
    # a da-phrase of time is no agent
    ("È stata diffusa dalle sei di ieri la notizia che il ponte resterà chiuso.",
     [("indirect", "il ponte resterà chiuso", None)]),
    # any other subject is what is said
    ("Sono state confermate dalla questura le date che erano state previste.",
     [("indirect", "le date che erano state previste", "questura")]),
])
def test_news_noun_subject_of_passive(shipped, text, expected):
    """A passive of saying whose subject is *la notizia che…* or *le voci secondo le quali…*
    reports the noun's clause, not the bare noun."""
    assert spoken(shipped, text) == expected
