"""*come* asides whose subject is a newspaper named between quote marks, and verbs that vouch
for a clause only in a *come* aside (*come ha dimostrato X*): forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the aside before the content, its subject a common noun and a name between quote marks
    ('Come ha rivelato il quotidiano "La Voce", molte aziende hanno finanziato la campagna del candidato.',
     [("indirect", "molte aziende hanno finanziato la campagna del candidato", "La Voce")]),
    # the aside closing the sentence: the clause before is reported
    ('Molte aziende hanno finanziato la campagna del candidato, come ha rivelato il quotidiano "La Voce".',
     [("indirect", "Molte aziende hanno finanziato la campagna del candidato", "La Voce")]),
    # look-alikes that do not change: the name with no quote marks, a named person
    ("Come ha rivelato il settimanale Oggi, molte aziende hanno finanziato la campagna del candidato.",
     [("indirect", "molte aziende hanno finanziato la campagna del candidato", "settimanale Oggi")]),
    ("Come ha spiegato il ministro Carlo Bianchi, molte aziende hanno finanziato la campagna.",
     [("indirect", "molte aziende hanno finanziato la campagna", "Carlo Bianchi")]),
])
def test_come_with_marked_name(shipped, text, expected):
    """*come ha rivelato il quotidiano "X",*: the name between quote marks is the subject's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "dimostrare", "documentare" in a come aside with an organisation named: a report
    ('Come ha dimostrato il quotidiano "La Voce", molte aziende hanno finanziato la campagna del candidato.',
     [("indirect", "molte aziende hanno finanziato la campagna del candidato", "La Voce")]),
    ("Il progetto è fallito, come ha documentato la Corte dei conti.",
     [("indirect", "Il progetto è fallito", "Corte dei conti")]),
    # evidence, a rule, the writer's pointer, the verb outside an aside: no quotation
    ("Come hanno dimostrato i dati, molte aziende hanno finanziato la campagna del candidato.", []),
    ("Il progetto è fallito, come dimostrato dalla perizia.", []),
    ("La gara si correrà a maggio, come previsto dal regolamento.", []),
    ("La gara si correrà a maggio, come detto.", []),
    ("Il ministro ha dimostrato di essere pronto.", []),
])
def test_come_aside_only_verbs(shipped, text, expected):
    """*come ha dimostrato X, …*: a verb of ``come_aside_verbs`` reports only in such an aside
    with a person or an organisation named."""
    assert spoken(shipped, text) == expected
