"""Forms of Italian found missing on text no rule was written on (recall sample of the second
fresh pile, annotator B): sentences written for these tests (none comes from a gold set or from
the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "fin / sin da" + a time between the cue and its che / di: an adverbial of time, skipped
    ("Il sindaco Luigi Rossi ha detto fin da subito che il ponte resterà chiuso.",
     [("indirect", "il ponte resterà chiuso", "Luigi Rossi")]),
    ("L'assessore Paola Neri aveva chiarito sin dal principio che i fondi non bastavano.",
     [("indirect", "i fondi non bastavano", "Paola Neri")]),
    ("Il presidente della Provincia, Marco Sala, ha sostenuto fin dal primo giorno che la strada era pericolosa.",
     [("indirect", "la strada era pericolosa", "Marco Sala")]),
    ("Il ministro Carlo Neri ha ammesso sin dall'inizio di aver sottovalutato il problema.",
     [("indirect", "di aver sottovalutato il problema", "Carlo Neri")]),
    ("La preside Anna Villa ha spiegato da subito che le lezioni sarebbero riprese a settembre.",
     [("indirect", "le lezioni sarebbero riprese a settembre", "Anna Villa")]),
    # the look-alikes: a time phrase not between a cue and its content changes nothing
    ("Fin dall'inizio la squadra ha giocato meglio degli avversari.", []),
    ("Il sindaco Luigi Rossi ha detto che il ponte è chiuso fin dall'inizio di marzo.",
     [("indirect", "il ponte è chiuso fin dall'inizio di marzo", "Luigi Rossi")]),
    ("Il sindaco Luigi Rossi ha ripetuto più volte che il ponte resterà chiuso.",
     [("indirect", "il ponte resterà chiuso", "Luigi Rossi")]),
    # "fino a" + a time, finora / sinora: a time too
    ("Il ministro Carlo Neri ha ribadito fino all'ultimo che la galleria era sicura.",
     [("indirect", "la galleria era sicura", "Carlo Neri")]),
    ("La senatrice Giulia Conti aveva negato fino a ieri di conoscere l'imprenditore.",
     [("indirect", "di conoscere l'imprenditore", "Giulia Conti")]),
    ("Il rettore Paolo Galli ha sostenuto finora che le tasse non sarebbero aumentate.",
     [("indirect", "le tasse non sarebbero aumentate", "Paolo Galli")]),
    ("Il sindaco Luigi Rossi ha detto che la piscina resterà aperta fino a ieri sera.",
     [("indirect", "la piscina resterà aperta fino a ieri sera", "Luigi Rossi")]),
    ("Finora la squadra non ha perso una partita.", []),
])
def test_since_time_between_cue_and_content(shipped, text, expected):
    """*fin / sin da subito*, *fin dall'inizio*, *sin dal principio*, *fin dal primo giorno*
    after a verb of saying are a time (``adverbial_phrases``): the content opens after them, not
    with them (*ha chiarito sin dal principio che…* gave 'sin dal principio che…'), and *ha
    detto fin da subito che…* is no longer lost."""
    assert spoken(shipped, text) == expected
