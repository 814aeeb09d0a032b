"""Where a reported content ends when its cue is the finite verb of an adverbial clause set
before the main clause (*Quando X annunciò che…, gli operai…*): forms of Italian written for
these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the cue inside a clause opened by "se", "quando", "mentre": the main clause after the comma is the writer's
    ("Se il ministro Carlo Bianchi dice che i fondi non ci sono, la riforma salterà di nuovo entro l'estate.",
     [("indirect", "i fondi non ci sono", "Carlo Bianchi")]),
    ("Quando il presidente Luca Neri annunciò che la fabbrica avrebbe chiuso, gli operai occuparono i capannoni per una settimana.",
     [("indirect", "la fabbrica avrebbe chiuso", "Luca Neri")]),
    ("Mentre il ministro Carlo Bianchi spiegava che i treni sarebbero ripartiti in serata, i pendolari aspettavano ancora in stazione.",
     [("indirect", "i treni sarebbero ripartiti in serata", "Carlo Bianchi")]),
    # a relative inside the content does not end it
    ("Poiché il sindaco Mario Rossi ha detto che la scuola, che era chiusa da mesi, riaprirà a marzo, i genitori hanno festeggiato.",
     [("indirect", "la scuola, che era chiusa da mesi, riaprirà a marzo", "Mario Rossi")]),
    # the look-alikes: the subordinate clause inside the content, or before the cue's own main clause
    ("Il sindaco Mario Rossi ha detto che, se i fondi arriveranno, la scuola riaprirà a marzo.",
     [("indirect", "se i fondi arriveranno, la scuola riaprirà a marzo", "Mario Rossi")]),
    ("Se i fondi arriveranno, il sindaco Mario Rossi ha detto che la scuola riaprirà a marzo.",
     [("indirect", "la scuola riaprirà a marzo", "Mario Rossi")]),
    # a compound tense whose auxiliary comes first, and a pronoun as the main clause's subject
    ("Benché il sindaco Mario Rossi abbia detto che la ditta potrebbe fallire, essa aveva già pagato tutti i debiti.",
     [("indirect", "la ditta potrebbe fallire", "Mario Rossi")]),
])
def test_cue_in_a_fronted_adverbial_clause(shipped, text, expected):
    """A content whose cue is the finite verb of an adverbial clause before the main clause
    (*Se X dice che…*, *Quando X annunciò che…*) ends at the comma where the main clause
    begins; a subordinate clause inside the content, or one before the cue's own clause, does not end it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "e" and a finite verb in the cue's own passato remoto: the writer's narration goes on
    ("Nella riunione successiva, il presidente Luca Neri annunciò che il club aveva deciso di non vendere il campo e assunse come nuovo allenatore Paolo Verdi.",
     [("indirect", "il club aveva deciso di non vendere il campo", "Luca Neri")]),
    # the look-alikes: a second "che", a content in the passato remoto itself, a cue in another tense
    ("Il presidente Luca Neri annunciò che il club aveva deciso di non vendere il campo e che avrebbe assunto un nuovo allenatore.",
     [("indirect", "il club aveva deciso di non vendere il campo e che avrebbe assunto un nuovo allenatore", "Luca Neri")]),
    ("Il presidente Luca Neri disse che la guerra finì nel 1945 e fu una tragedia per tutti.",
     [("indirect", "la guerra finì nel 1945 e fu una tragedia per tutti", "Luca Neri")]),
    ("Il presidente Luca Neri ha annunciato che il club aveva deciso di non vendere il campo e assunse un nuovo allenatore.",
     [("indirect", "il club aveva deciso di non vendere il campo e assunse un nuovo allenatore", "Luca Neri")]),
])
def test_narration_after_e(shipped, text, expected):
    """A *che*-content after a cue in the *passato remoto* ends before *e* and a finite verb
    in that same tense when the content's own verbs are in other tenses: the writer's
    narration goes on (*annunciò che il club aveva deciso… e assunse…*)."""
    assert spoken(shipped, text) == expected
