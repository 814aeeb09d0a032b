"""Forms of older newspaper prose (the treebank part of the tune set) that hold in news too:
sentences written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bracket closed inside the clause before a cue put after it: the whole clause, bracket and all
    ("La vittima (un uomo di 45 anni, padre di due figli) era già nota alla polizia, ha spiegato il questore Luca Neri.",
     [("indirect", "La vittima (un uomo di 45 anni, padre di due figli) era già nota alla polizia", "Luca Neri")]),
    ("Il laboratorio ha trasformato il suo impianto (Alfa) in un centro di ricerca, ha detto Carlo Rossi.",
     [("indirect", "Il laboratorio ha trasformato il suo impianto (Alfa) in un centro di ricerca", "Carlo Rossi")]),
    ("Il laboratorio ha trasformato il suo impianto (Alfa, un grande reattore) in un centro di ricerca, ha detto Carlo Rossi.",
     [("indirect", "Il laboratorio ha trasformato il suo impianto (Alfa, un grande reattore) in un centro di ricerca",
       "Carlo Rossi")]),
    # the look-alikes: no bracket, or a source after the clause, stay as they were
    ("La vittima era già nota alla polizia, ha spiegato il questore Luca Neri.",
     [("indirect", "La vittima era già nota alla polizia", "Luca Neri")]),
    ("La crisi (iniziata nel 2008) durerà ancora a lungo, secondo l'economista Carlo Rossi.",
     [("indirect", "La crisi (iniziata nel 2008) durerà ancora a lungo", "Carlo Rossi")]),
])
def test_bracket_before_postposed_cue(shipped, text, expected):
    """A cue after its clause (*…, ha spiegato X.*) reports the clause back to its start, past a
    bracket closed inside it with its commas (*La vittima (un uomo di 45 anni, padre di due
    figli) era…*), not the bracket's words nor the words after the bracket."""
    assert spoken(shipped, text) == expected
