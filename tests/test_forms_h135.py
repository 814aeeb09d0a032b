"""A time after *come* + a speech verb is never its speaker: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a definite time phrase after the finite verb dates it: the null subject speaks
    ("Il ministro Carlo Bianchi è tornato a Roma. La riforma sarà approvata entro l'estate, come aveva annunciato la settimana scorsa.",
     [("indirect", "La riforma sarà approvata entro l'estate", "Carlo Bianchi")]),
    ("La senatrice Giulia Verdi ha perso la causa. Farà ricorso in appello, come ha spiegato la mattina dopo.",
     [("indirect", "Farà ricorso in appello", "Giulia Verdi")]),
    # look-alikes: a name or a description after a bare time word is the subject, as before
    ("Il ministro Carlo Bianchi è tornato a Roma. La riforma sarà approvata entro l'estate, come ha ribadito stamattina Carlo Bianchi.",
     [("indirect", "La riforma sarà approvata entro l'estate", "Carlo Bianchi")]),
    ("La sindaca Anna Gialli è stata rieletta. La giunta resterà in carica, come ha detto il prefetto Marco Neri.",
     [("indirect", "La giunta resterà in carica", "Marco Neri")]),
])
def test_time_after_come_cue(shipped, text, expected):
    """*come* + a finite speech verb + a definite time (*la settimana scorsa*, *la mattina dopo*):
    the time is no subject, the verb's null subject is the speaker."""
    got = spoken(shipped, text)
    assert got == expected
    assert not any(s in ("settimana scorsa", "mattina", "mattina dopo") for _, _, s in got)
