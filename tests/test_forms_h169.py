"""Who speaks when the parse gives the cue a subject of another number, and the impersonal *non
si esclude*: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a plural verb whose subject the parse takes from the clause before (a singular noun): not
    # the speaker ("il comune" did not threaten anything); the group the relative before the cue
    # is said of speaks (SpeakerRules._subject_before_relative, tests/test_forms_h172.py)
    ("Il comune ha ritirato la delibera, e ora i consiglieri dell'opposizione, che secondo il regolamento "
     "potrebbero chiedere un voto, hanno minacciato che lasceranno l'aula.",
     [("indirect", "lasceranno l'aula", "consiglieri dell'opposizione")]),
    # the look-alikes: the verb agrees with its subject, which speaks
    ("Il comune ha ritirato la delibera, e ora il capogruppo dell'opposizione, che secondo il regolamento "
     "potrebbe chiedere un voto, ha minacciato che lascerà l'aula.",
     [("indirect", "lascerà l'aula", "capogruppo dell'opposizione")]),
    ("Il sindacato è deluso perché i due dirigenti sono stati confermati, e annuncia che chiederà un incontro.",
     [("indirect", "chiederà un incontro", "sindacato")]),
    ("I sindacati sono delusi perché il contratto è stato rinviato, e chiedono un incontro urgente con la giunta.",
     [("indirect", "un incontro urgente con la giunta", "sindacati")]),
])
def test_subject_of_another_number(shipped, text, expected):
    """A common noun the parse makes the subject of the cue's verb through another clause, of
    another number than the verb, is not the speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # impersonal "non si esclude": a report no one signs, not the subject of the clause before
    ("Pare che l'incendio sia stato causato da un corto circuito, anche se non si escludono altre ipotesi, "
     "come il gesto di un piromane.",
     [("indirect", "altre ipotesi, come il gesto di un piromane", None)]),
    ("Sembra che il crollo sia stato provocato dalla pioggia, anche se non si esclude l'ipotesi di un errore "
     "nei lavori.",
     [("indirect", "l'ipotesi di un errore nei lavori", None)]),
    # the look-alike: someone named does not rule it out
    ("Il procuratore Marco Galli non esclude altre ipotesi, come il gesto di un piromane.",
     [("indirect", "altre ipotesi, come il gesto di un piromane", "Marco Galli")]),
])
def test_impersonal_not_ruled_out(shipped, text, expected):
    """*non si esclude X*: an impersonal report of supposing, signed by no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "il papa" is the one the article introduced as the new one, not the one it calls "emerito"
    ("Alle sette il nuovo papa si è affacciato dal balcone. Il papa ha quindi chiesto ai fedeli di pregare "
     "per il papa emerito Pio Rossi. Il nuovo papa Luca Bianchi, 70 anni, è nato a Bari.",
     [("indirect", "di pregare per il papa emerito Pio Rossi", "Luca Bianchi")]),
    ("Alle sette il nuovo sindaco si è affacciato dal balcone. Il sindaco ha quindi chiesto ai cittadini di "
     "aiutare il sindaco emerito Pio Rossi. Il nuovo sindaco Luca Bianchi, 50 anni, è nato a Bari.",
     [("indirect", "di aiutare il sindaco emerito Pio Rossi", "Luca Bianchi")]),
    # the look-alikes: "il papa emerito" names him; two popes with no "emerito": no one in particular
    ("Il papa emerito Pio Rossi ha scritto una lettera ai vescovi. Il papa emerito ha chiesto ai fedeli di "
     "pregare per la pace.",
     [("indirect", "di pregare per la pace", "Pio Rossi")]),
    ("Alle sette il nuovo papa si è affacciato dal balcone. Il papa ha quindi chiesto ai fedeli di pregare "
     "per il papa Pio Rossi. Il nuovo papa Luca Bianchi, 70 anni, è nato a Bari.",
     [("indirect", "di pregare per il papa Pio Rossi", "papa")]),
])
def test_emeritus_title(shipped, text, expected):
    """*il papa emerito X*: a title held before; the bare title later is not X."""
    assert spoken(shipped, text) == expected
