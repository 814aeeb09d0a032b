"""The news conditional of expectation after a report: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

REPORT = "L'assessore Marta Conti ha spiegato che la strada resterà chiusa per una settimana."
SAID = ("indirect", "la strada resterà chiusa per una settimana", "Marta Conti")


@pytest.mark.parametrize("text,expected", [
    # a main clause on "dovrebbe / dovrebbero" right after a report: the source's words go on
    (REPORT + " Il traffico dovrebbe essere deviato sulla provinciale.",
     [SAID, ("indirect", "Il traffico dovrebbe essere deviato sulla provinciale", "Marta Conti")]),
    ("Il ministro Paolo Serra ha confermato che il decreto sarà firmato domani. "
     "Dovrebbe poi essere approvato dal Senato entro marzo.",
     [("indirect", "il decreto sarà firmato domani", "Paolo Serra"),
      ("indirect", "Dovrebbe poi essere approvato dal Senato entro marzo", "Paolo Serra")]),
    ("La senatrice Giulia Ferri ha annunciato che la legge passerà per decreto. Si dovrebbe votare a giugno.",
     [("indirect", "la legge passerà per decreto", "Giulia Ferri"),
      ("indirect", "Si dovrebbe votare a giugno", "Giulia Ferri")]),
    # the modal in a main clause's conjunct, after marks whose cue follows them
    ("«La consultazione si terrà a giugno»: lo ha annunciato il ministro Giulia Ferri dopo il vertice. "
     "Le regole saranno fissate per decreto, ma si dovrebbe votare di domenica.",
     [("direct", "La consultazione si terrà a giugno", "Giulia Ferri"),
      ("indirect", "Le regole saranno fissate per decreto, ma si dovrebbe votare di domenica", "Giulia Ferri")]),
    # the look-alikes: a hypothesis or a time clause before the modal, a question, another
    # conditional (a hypothesis more often than a report), no report before, words in marks before
    (REPORT + " Quando arriverà la neve, il traffico dovrebbe essere deviato sulla provinciale.", [SAID]),
    (REPORT + " Se piovesse, i lavori dovrebbero durare di più.", [SAID]),
    (REPORT + " I lavori dovrebbero durare pochi giorni?", [SAID]),
    (REPORT + " I lavori potrebbero durare pochi giorni.", [SAID]),
    (REPORT + " I lavori dureranno pochi giorni.", [SAID]),
    ("Il ponte fu costruito nel 1920. I lavori dovrebbero durare pochi giorni.", []),
    ("L'assessore Marta Conti ha detto: «La strada resterà chiusa». Il traffico dovrebbe essere deviato.",
     [("direct", "La strada resterà chiusa", "Marta Conti")]),
    (REPORT + "\nI lavori dovrebbero durare pochi giorni.", [SAID]),
])
def test_expectation_after_report(shipped, text, expected):
    """A sentence on a conditional modal of expectation right after a report goes on with the
    source's words; not a hypothesis, a question, another conditional, nor after marks."""
    assert spoken(shipped, text) == expected
