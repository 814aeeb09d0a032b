"""Passive and impersonal speech verbs: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an impersonal passive set off by commas inside the clause it reports: no one, or the agent
    ("Oltre metà dei fondi, è stato detto, non è stata ancora spesa.",
     [("indirect", "Oltre metà dei fondi, è stato detto, non è stata ancora spesa", None)]),
    ("Il nuovo ponte, viene riferito, sarà aperto a maggio.",
     [("indirect", "Il nuovo ponte, viene riferito, sarà aperto a maggio", None)]),
    ("Il progetto, è stato spiegato dal sindaco Mario Rossi, costerà due milioni.",
     [("indirect", "Il progetto, è stato spiegato dal sindaco Mario Rossi, costerà due milioni", "Mario Rossi")]),
    # an impersonal si the same way
    ("I lavori, si dice, finiranno in autunno.",
     [("indirect", "I lavori, si dice, finiranno in autunno", None)]),
    # not a verb of saying (a decision), nor si of a verb that is no report
    ("Il progetto, è stato approvato ieri, costerà due milioni.", []),
    ("Il testo, si riferisce, riguarda solo i lavoratori.", []),
    ("La casa, si vende a poco, è in cattivo stato.", []),
    # the writer's own aside in the subjunctive, with no clause of its own after it
    ("Tutto ciò, sia detto chiaramente, salvaguardando le prerogative del Parlamento.", []),
])
def test_parenthetical_impersonal_report(shipped, text, expected):
    """*, è stato detto,* / *, viene riferito (da X),* / *, si dice,* inside a verbless lead and
    its clause: the clause around it is reported, by the agent or by no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # che left out before a subjunctive after an impersonal verb of opinion
    ("Si pensa avessero una funzione religiosa.",
     [("indirect", "avessero una funzione religiosa", None)]),
    ("Dopo l'incendio si era pensato fosse stato un corto circuito.",
     [("indirect", "fosse stato un corto circuito", None)]),
    # si pensa + a noun phrase or di + infinitive: no report
    ("Si pensa spesso al futuro dei figli.", []),
    ("Si pensava di partire all'alba.", []),
])
def test_impersonal_opinion_without_che(shipped, text, expected):
    """*si pensa* / *si era creduto* + a subjunctive (*che* left out) reports that clause."""
    assert spoken(shipped, text) == expected
