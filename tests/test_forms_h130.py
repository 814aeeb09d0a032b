"""A body's voice named in an aside before the cue: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "per bocca di", "nella persona di", "tramite la persona di" + (title) name, set off by
    # commas between the body and the verb: the person speaks
    ("Il sindacato, per bocca del segretario Luca Verdi, ha detto che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Luca Verdi")]),
    ("La Regione, nella persona dell'assessore Anna Neri, ha annunciato che i fondi arriveranno a marzo.",
     [("indirect", "i fondi arriveranno a marzo", "Anna Neri")]),
    ("La questura, tramite la persona di Paolo Bianchi, parla di un incidente.",
     [("indirect", "un incidente", "Paolo Bianchi")]),
    ("Il Comune, attraverso il suo portavoce Mario Rossi, ha annunciato che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "Mario Rossi")]),
    # the aside after the subject a coordinated cue shares
    ("Confindustria, nella persona di Marco Ferri (direttore generale), si oppone fermamente e ritiene che la riforma sia inaccettabile.",
     [("indirect", "la riforma sia inaccettabile", "Marco Ferri")]),
    # look-alikes: a name in an aside that is not the body's voice; "la persona di X" as an object
    ("Il sindacato, dopo l'incontro con Luca Verdi, si oppone fermamente e ritiene che la riforma sia inaccettabile.",
     [("indirect", "la riforma sia inaccettabile", "sindacato")]),
    ("Il Comune, dopo l'incontro con il ministro Mario Rossi, ha annunciato che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "Comune")]),
    ("Il sindacato ha difeso la persona di Luca Verdi, che ha detto di essere innocente.",
     [("indirect", "la persona di Luca Verdi", "sindacato"), ("indirect", "di essere innocente", "Luca Verdi")]),
])
def test_voice_in_aside_before_cue(shipped, text, expected):
    """*Il sindacato, per bocca del segretario X, ha detto…*: the aside names who speaks for
    the body (a spokesperson marker before the name), and that person is the speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare participle and its noun phrase between the subject and the cue (participio
    # assoluto, no commas): the noun is the participle's, the name before it speaks
    ("Il campione Marco Ferri ha vinto la finale contro Luca Verdi. Lo sconfitto Paolo Bianchi terminato l'incontro ha dichiarato che l'arbitro ha sbagliato tutto.",
     [("indirect", "l'arbitro ha sbagliato tutto", "Paolo Bianchi")]),
    ("Il ministro Luca Verdi ha visitato la fabbrica. Il sindaco Mario Rossi conclusa la riunione ha annunciato che le scuole resteranno chiuse.",
     [("indirect", "le scuole resteranno chiuse", "Mario Rossi")]),
    # look-alikes: the clause opening the sentence, or a participle that describes the subject
    ("Conclusa la riunione, il sindaco Mario Rossi ha annunciato che le scuole resteranno chiuse.",
     [("indirect", "le scuole resteranno chiuse", "Mario Rossi")]),
    ("Il macchinista rimasto illeso ha dichiarato che il treno viaggiava piano.",
     [("indirect", "il treno viaggiava piano", "macchinista rimasto illeso")]),
])
def test_absolute_participle_before_cue(shipped, text, expected):
    """*X terminato l'incontro ha dichiarato…*: the noun phrase after a bare participle that
    agrees with it is the participle's argument, never the cue's subject."""
    assert spoken(shipped, text) == expected
