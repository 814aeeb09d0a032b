"""Who speaks through a document *secondo il quale / secondo cui*: forms of Italian news written
for these tests (no sentence comes from a gold set or fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a document the subject publishes, then "secondo il quale / secondo cui": the subject speaks
    ("L'associazione Legambiente ha diffuso ieri un rapporto secondo cui l'aria delle città è sempre più inquinata.",
     [("indirect", "l'aria delle città è sempre più inquinata", "Legambiente")]),
    ("Il sindacato ha presentato un documento secondo il quale i salari sono fermi da dieci anni.",
     [("indirect", "i salari sono fermi da dieci anni", "sindacato")]),
    ("Marco Rossi ha inviato al giornale una lettera secondo la quale i fondi sono stati spesi male.",
     [("indirect", "i fondi sono stati spesi male", "Marco Rossi")]),
    # the look-alikes: a document read, not published; a document with no subject publishing it
    ("I medici hanno letto un articolo secondo il quale le api potrebbero sparire entro il secolo.",
     [("indirect", "le api potrebbero sparire entro il secolo", None)]),
    ("Secondo uno studio pubblicato ieri, le api potrebbero sparire entro il secolo.",
     [("indirect", "le api potrebbero sparire entro il secolo", None)]),
])
def test_publisher_of_document(shipped, text, expected):
    """A document right before *secondo il quale / secondo cui* that the subject of a verb of
    publishing issues speaks for that subject; not a document read or one nobody is said to
    publish."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first person of an account whose opening names its writer
    ("Viaggio solidale in Benin\nResoconto del viaggio a cura di Marco Neri, presidente dell'associazione Aiuto. "
     "La partenza è fissata per il 3 marzo. Il secondo giorno visito un bambino malato e ho chiesto nuovi esami al medico.",
     [("indirect", "nuovi esami al medico", "Marco Neri")]),
    ("Viaggio solidale in Benin\nIl viaggio è terminato. Carlo, Franco ed io Marco Neri eravamo partiti a fine aprile. "
     "Prima di ripartire ho promesso alla madre il mio aiuto.",
     [("indirect", "il mio aiuto", "Marco Neri")]),
    # the look-alikes: a writer the article does not name (a name, but not as the writer's)
    ("Viaggio solidale in Benin\nIl viaggio è terminato. Carlo, Franco e Marco Neri erano partiti a fine aprile. "
     "Prima di ripartire ho promesso alla madre il mio aiuto.",
     [("indirect", "il mio aiuto", None)]),
    ("Il ministro al commissario\nSono informato che l'ordine è giunto. Ho chiesto al governo alleato di rinviare l'applicazione.",
     [("indirect", "l'ordine è giunto", None), ("indirect", "di rinviare l'applicazione", None)]),
])
def test_named_writer(shipped, text, expected):
    """A verb of saying in the first person outside any quotation is the writer's: the person the
    article's opening names as the account's writer (*a cura di X*) or after *io* (*ed io X*);
    no one when the article names no writer."""
    assert spoken(shipped, text) == expected


def test_first_person_report_inside_an_interview_answer(shipped):
    """A verb of saying in the first person inside an interview's answer: the interviewee speaks
    the inner report too (it had no speaker)."""
    text = ("Abbiamo intervistato Giulia Ferraris, pittrice di Novara. Le piace il suo lavoro? Lo amo da sempre e "
            "dipingo ogni giorno nel mio studio. Come ha cominciato? Da ragazza ho detto ai miei genitori che volevo "
            "fare l'artista. Ha degli allievi? Ne ho tre e li seguo con cura ogni settimana.")
    assert ("indirect", "volevo fare l'artista", "Giulia Ferraris") in spoken(shipped, text)
