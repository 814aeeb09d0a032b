"""A generic supposition, no one's words: forms of Italian written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "se" and the impersonal "si": the writer's supposition, no one's words
    ("La cosa stupisce ancora di più se si pensa che i migliori gruppi di quella scena venivano proprio da Torino.", []),
    ("Non si è onesti se si nega che su questi temi qualcosa è cambiato.", []),
    ("Sarebbe un errore se si negasse che la maggior parte dei furti avviene di notte.", []),
    # "se" and a second person with no subject: the generic "you"
    ("Se credi che la città sia ormai perduta, hai torto.", []),
    ("Se pensate che il ponte sia sicuro, vi sbagliate.", []),
    # the look-alikes: a concessive "anche se" still reports; "se" with a named subject; a plain
    # impersonal report; a supposition inside someone's reported words
    ("Il bilancio è grave, anche se non si escludono nuove scoperte nei prossimi giorni.",
     [("indirect", "nuove scoperte nei prossimi giorni", None)]),
    ("Se il ministro Paolo Bianchi dice che la legge è pronta, bisogna credergli.",
     [("indirect", "la legge è pronta, bisogna credergli", "Paolo Bianchi")]),
    ("In città si dice che il sindaco Mario Rossi lascerà l'incarico.",
     [("indirect", "il sindaco Mario Rossi lascerà l'incarico", None)]),
    ("Il portavoce Marco Neri ha detto che se credi nel progetto devi restare.",
     [("indirect", "se credi nel progetto devi restare", "Marco Neri")]),
])
def test_generic_supposition(shipped, text, expected):
    """*se si* or *se* and a second person with a verb of saying or thinking opens a generic
    supposition (*se si pensa che…*, *se credi che…*), not a report; *anche se non si
    escludono…* is concessive and reports."""
    assert spoken(shipped, text) == expected
