"""The antecedent of a relative that opens a cue: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a noun of a person with no title before ", che <cue>": the person speaks
    ("Un camion ha travolto due auto sulla statale. L'uomo, che ha ammesso di aver bevuto, è stato portato in caserma.",
     [("indirect", "di aver bevuto", "uomo")]),
    ("La donna, che ha raccontato di essere stata aggredita, è ricoverata in ospedale.",
     [("indirect", "di essere stata aggredita", "donna")]),
    # after an articulated preposition: the person, not the noun the phrase qualifies
    ("Il tribunale ha respinto la richiesta dell'imputato, che aveva chiesto di essere ascoltato di nuovo.",
     [("indirect", "di essere ascoltato di nuovo", "imputato")]),
    ("I vicini hanno chiamato i soccorsi. La moglie, che ha detto di non aver sentito nulla, è stata ascoltata.",
     [("indirect", "di non aver sentito nulla", "moglie")]),
    # a person with no title stands for the one named last, of the same gender
    ("Un uomo di sessant'anni, Carlo Pini, è stato condannato ieri; l'uomo, che si è detto innocente, farà ricorso.",
     [("indirect", "innocente", "Carlo Pini")]),
    ("Carlo Pini è stato condannato ieri. Il tribunale ha respinto la richiesta dell'imputato, che aveva chiesto di essere ascoltato di nuovo.",
     [("indirect", "di essere ascoltato di nuovo", "Carlo Pini")]),
    ("Carlo Pini è stato fermato ieri. La donna, che ha raccontato di essere stata aggredita, è ricoverata.",
     [("indirect", "di essere stata aggredita", "donna")]),
    ("Carlo Pini è stato condannato ieri. La sentenza arriva dopo tre anni. Il ricorso è stato respinto. "
     "Il tribunale ha respinto la richiesta dell'imputato, che aveva chiesto di essere ascoltato di nuovo.",
     [("indirect", "di essere ascoltato di nuovo", "Carlo Pini")]),
    # not a woman for "l'uomo"
    ("Anna Neri è stata minacciata ieri. L'uomo, che ha ammesso di averla seguita, è stato fermato.",
     [("indirect", "di averla seguita", "uomo")]),
    # a title still resolves as before
    ("Il giudice ha respinto l'istanza dell'avvocato, che aveva sostenuto che le prove erano false.",
     [("indirect", "le prove erano false", "avvocato")]),
    # a thing before the relative speaks no words
    ("La lettera, che ha chiesto più fondi per la scuola, è arrivata ieri.", "no person"),
])
def test_relative_after_person_noun(shipped, text, expected):
    """*l'uomo, che ha ammesso…*, *dell'imputato, che aveva chiesto…*: the person noun before the
    comma is the antecedent of *che* and so the speaker."""
    found = spoken(shipped, text)
    if expected == "no person":
        assert all(s not in ("lettera",) for _, _, s in found)
    else:
        assert found == expected
