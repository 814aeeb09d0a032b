"""A person told as the direct object of a verb of informing, then a che-clause: forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the clause after che has a subject of its own: what the person was told
    ("Il prefetto Mario Bianchi ha avvisato gli abitanti che l'acqua non è potabile.",
     [("indirect", "l'acqua non è potabile", "Mario Bianchi")]),
    ("Il ministro Carlo Giorgetti ha informato i sindacati che lo stabilimento chiuderà a marzo.",
     [("indirect", "lo stabilimento chiuderà a marzo", "Carlo Giorgetti")]),
    ("Il sindaco Paolo Rossi ha rassicurato le famiglie che i bambini stanno bene.",
     [("indirect", "i bambini stanno bene", "Paolo Rossi")]),
    ("La presidente Anna Neri ha assicurato tutti i lavoratori che nessuno perderà il posto.",
     [("indirect", "nessuno perderà il posto", "Anna Neri")]),
    # a verb right after che that cannot agree with the object: no relative on it
    ("Il ministro Carlo Giorgetti ha informato i sindacati che chiuderà lo stabilimento.",
     [("indirect", "chiuderà lo stabilimento", "Carlo Giorgetti")]),
    # the person told as a dative already works with any verb of saying
    ("L'amministratore Luca Conti ha comunicato ai dipendenti che l'azienda sarà venduta.",
     [("indirect", "l'azienda sarà venduta", "Luca Conti")]),
])
def test_told_object_then_che(shipped, text, expected):
    """*ha avvisato gli abitanti che…*: the object is the person told, the che-clause what was said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a relative on the object: its verb agrees with it
    "Il sindaco Paolo Rossi ha avvisato gli abitanti che vivono vicino al fiume.",
    "Il capitano Marco Bruni ha rassicurato i compagni che sono preoccupati per la classifica.",
    # no che-clause: a person warned, an illness felt
    "Il vicino Mario Rossi ha avvisato la polizia.",
    "Il calciatore Marco Bruni ha avvertito un malore durante la partita.",
])
def test_told_object_without_content(shipped, text):
    """A relative on the person told, or no clause at all, is no report."""
    assert spoken(shipped, text) == []


def test_told_object_about(shipped):
    """What the told clause names is what the words are about; the person told is not."""
    doc = kit.analyze("Il prefetto Mario Bianchi ha informato i sindaci della provincia che la Regione Lombardia "
                      "non rimborserà le spese.", shipped)
    quotes = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "la Regione Lombardia non rimborserà le spese", "Mario Bianchi")]
    assert "Regione Lombardia" in quotes[0].about


@pytest.mark.parametrize("text,expected", [
    # a bare participle after e shares the auxiliary even when the parse hangs it on the object
    ("Il ministro Paolo Verdi ha negato tutto e rassicurato i colleghi che il piano è pronto.",
     [("indirect", "il piano è pronto", "Paolo Verdi")]),
    # after a comma, a participle with an object of its own that it does not agree with: the
    # compound tense of the writer's clause goes on, the content ends
    ("L'imputato Marco Bruni ha rassicurato la sorella che quanto scritto non era vero, confessato poi i fatti al giudice.",
     [("indirect", "quanto scritto non era vero", "Marco Bruni")]),
    # a participle phrase on a noun (no object), or an absolute participle agreeing with its
    # noun, stays inside
    ("La sindaca Anna Neri ha detto che il ponte è crollato, travolto dalla piena del fiume.",
     [("indirect", "il ponte è crollato, travolto dalla piena del fiume", "Anna Neri")]),
    ("La sindaca Anna Neri ha detto che, concluso il vertice, partirà per Roma.",
     [("indirect", "concluso il vertice, partirà per Roma", "Anna Neri")]),
])
def test_told_clause_between_participles(shipped, text, expected):
    """A told clause after a participle coordinated with e, and its end before a participle of
    the writer's clause."""
    assert spoken(shipped, text) == expected
