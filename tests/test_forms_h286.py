"""Speakers of forms of Italian news and political prose written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a heading without a full stop run into the next sentence's subject: the name ends before
    # the capitalised article of the title, and the title resolves to it
    ("Visita a Tunisi del presidente Carlo Ferri Il Presidente del Consiglio Ferri ha detto che l'accordo sarà firmato a maggio.",
     [("indirect", "l'accordo sarà firmato a maggio", "Carlo Ferri")]),
    ("Incontro con la ministra Anna Galli La Ministra della Salute Galli ha annunciato che gli ospedali avranno nuovi fondi.",
     [("indirect", "gli ospedali avranno nuovi fondi", "Anna Galli")]),
    # the look-alikes: an article inside a name, before a word that is no title, stays
    ("Il senatore Ugo La Malfa ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Ugo La Malfa")]),
    ("Lo scrittore Alberto Lo Presti ha spiegato che il libro uscirà a marzo.",
     [("indirect", "il libro uscirà a marzo", "Alberto Lo Presti")]),
    ("Il regista Paolo Il Grande ha detto che il film uscirà a marzo.",
     [("indirect", "il film uscirà a marzo", "Paolo Il Grande")]),
])
def test_heading_run_into_title(shipped, text, expected):
    """A person's name the model ran over a capitalised article and a capitalised title (*Ferri
    Il Presidente del Consiglio…*, a heading with no full stop) ends before the article."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the writer already speaks in the first person (io, noi, a first-person verb) before a
    # first-person cue: the cue is the writer's again, not the words of the one reported between
    ("Noi riteniamo la previsione realistica, visto che il senatore Paolo Rossi dice di temere il voto. Ora le chiedo di dare una valutazione.",
     [("indirect", "di temere il voto", "Paolo Rossi"), ("indirect", "di dare una valutazione", None)]),
    ("I socialisti hanno detto che io dovrei loro molta gratitudine. Ho sempre detto che la collaborazione con loro è stata feconda.",
     [("indirect", "io dovrei loro molta gratitudine", "socialisti"),
      ("indirect", "la collaborazione con loro è stata feconda", None)]),
    # the look-alikes: with no first person of the writer before, the first person goes on with
    # the words of the one just reported; a third person carries the subject before
    ("L'onorevole Gino Piras dichiara che la legge è giusta. Non abbiamo mai chiesto altro agli alleati.",
     [("indirect", "la legge è giusta", "Gino Piras"), ("indirect", "altro agli alleati", "Gino Piras")]),
    ("Noi riteniamo la previsione realistica. Il senatore Paolo Rossi dice di temere il voto. Ha chiesto di rinviarlo.",
     [("indirect", "di temere il voto", "Paolo Rossi"), ("indirect", "di rinviarlo", "Paolo Rossi")]),
])
def test_writer_spoke_before(shipped, text, expected):
    """A first-person cue after a sentence that reports someone is the writer's own when the
    writer already speaks in the first person outside quotations just before (*Noi riteniamo…,
    visto che X dice… . Ora le chiedo…*); else it goes on with X's words."""
    assert spoken(shipped, text) == expected
