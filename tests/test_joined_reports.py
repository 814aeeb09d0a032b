"""A second report joined to the first by a comma and a conjunction, with a subject and a verb of
saying of its own (*…, e il senatore ha risposto che…*): the first content ends at the comma.
Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Carla Verdi ha detto che la legge è pronta, e il senatore Paolo Neri ha risposto che mancano i fondi.",
     [("indirect", "la legge è pronta", "Carla Verdi"), ("indirect", "mancano i fondi", "Paolo Neri")]),
    ("Il ministro Carla Verdi ha detto che la legge è pronta, ma il senatore Paolo Neri ha risposto che mancano i fondi.",
     [("indirect", "la legge è pronta", "Carla Verdi"), ("indirect", "mancano i fondi", "Paolo Neri")]),
    # the look-alikes: "e che" goes on with the same report; a subject set off by commas inside it
    ("Il ministro Carla Verdi ha detto che la legge è pronta e che il senatore Paolo Neri ha risposto male.",
     [("indirect", "la legge è pronta e che il senatore Paolo Neri ha risposto male", "Carla Verdi")]),
    ("Il ministro Carla Verdi ha detto che la legge, e il decreto, sono pronti.",
     [("indirect", "la legge, e il decreto, sono pronti", "Carla Verdi")]),
])
def test_report_joined_by_a_conjunction(shipped, text, expected):
    """After a comma, a conjunction (``coordinators``), a noun phrase and a verb of saying start a
    report of their own, as they do with no conjunction (*…, gli inquirenti invece sostengono
    che…*): the first report does not swallow the second."""
    assert spoken(shipped, text) == expected
