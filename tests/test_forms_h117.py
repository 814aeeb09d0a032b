"""Who gives the news or makes the attached speech act of a nominal cue: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the object of a verb of giving news: its subject gives it
    ("Il ministro della Salute Marco Rossi ha dato la notizia che il virus è arrivato in Italia.",
     [("indirect", "il virus è arrivato in Italia", "Marco Rossi")]),
    ("Il quotidiano La Stampa ha riportato ieri la notizia che la fabbrica chiuderà.",
     [("indirect", "la fabbrica chiuderà", "La Stampa")]),
    # a passive participle with its agent, the noun after it
    ("Confermata oggi, dal ministro della Salute Marco Rossi, la notizia che il virus è arrivato in Italia.",
     [("indirect", "il virus è arrivato in Italia", "Marco Rossi")]),
    # news that spreads by itself, or whose passive names no agent: no one
    ("Si è diffusa la notizia che il sindaco si è dimesso.",
     [("indirect", "il sindaco si è dimesso", None)]),
    ("Viene diffusa la notizia che il sindaco si è dimesso.",
     [("indirect", "il sindaco si è dimesso", None)]),
    # a verb that receives or denies the news is not the one giving it
    ("Marco Rossi ha appreso la notizia che il figlio era ferito.",
     [("indirect", "il figlio era ferito", None)]),
    ("Il ministro Luca Bianchi ha smentito la notizia che il governo cadrà.",
     [("indirect", "il governo cadrà", None)]),
])
def test_news_noun_giver(shipped, text, expected):
    """*X ha diffuso/dato/confermato la notizia che…*: X speaks; *si è diffusa la notizia*,
    *viene diffusa*, *ha appreso*, *ha smentito la notizia*: no one named."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "con" + a speech noun on the clause's act: its subject speaks
    ("Il giudice Paolo Verdi ha ridotto la pena con la motivazione che l'imputato era pentito.",
     [("indirect", "l'imputato era pentito", "Paolo Verdi")]),
    ("La Protezione civile ha diramato un'allerta con la raccomandazione di non uscire di casa.",
     [("indirect", "di non uscire di casa", "Protezione civile")]),
    # a charge with a passive that names no accuser stays unsigned
    ("Il ragazzo è stato arrestato con l'accusa di furto.",
     [("indirect", "di furto", None)]),
])
def test_attached_speech_noun_giver(shipped, text, expected):
    """*ha ridotto la pena con la motivazione che…*, *ha diramato un'allerta con la
    raccomandazione di…*: whoever does the act makes the speech act attached to it."""
    assert spoken(shipped, text) == expected


_OTHER_STORY = ("Il ministro dell'Interno Luca Bianchi ha visitato la prefettura. "
                + " ".join(["La pioggia è caduta per tutta la notte e le strade della città sono rimaste "
                            "allagate fino al mattino."] * 18) + " ")


@pytest.mark.parametrize("text,expected", [
    # a title qualified as a known individual's (ex, an adjective): the person named last, close before
    (_OTHER_STORY + "Ieri la squadra ha esonerato Marco Verdi. L'ex allenatore ha detto che tornerà presto in panchina.",
     [("indirect", "tornerà presto in panchina", "Marco Verdi")]),
    # a bare office or role the article never filled keeps its description
    (_OTHER_STORY + "Ieri la squadra ha esonerato Marco Verdi. Il questore ha detto che la partita si giocherà a porte chiuse.",
     [("indirect", "la partita si giocherà a porte chiuse", "questore")]),
    (_OTHER_STORY + "Ieri la squadra ha esonerato Marco Verdi. L'allenatore ha detto che la partita si giocherà a porte chiuse.",
     [("indirect", "la partita si giocherà a porte chiuse", "allenatore")]),
])
def test_qualified_title_after_another_story(shipped, text, expected):
    """On a page whose titled people belong to another story (none in the window before), *l'ex
    allenatore* is the person named last close before; a bare *il questore*, *l'allenatore* is not."""
    assert spoken(shipped, text) == expected
