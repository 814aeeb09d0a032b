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


@pytest.mark.parametrize("text,expected", [
    # a predicate of truth or belief, the cue set off by commas, then the che-clause that completes it
    ("È evidente, ha detto il ministro Anna Rossi, che la riforma va cambiata.",
     [("indirect", "È evidente, ha detto il ministro Anna Rossi, che la riforma va cambiata", "Anna Rossi")]),
    ("Non è vero, ha replicato il sindaco Luca Verdi, che i fondi sono finiti.",
     [("indirect", "Non è vero, ha replicato il sindaco Luca Verdi, che i fondi sono finiti", "Luca Verdi")]),
    ("Sono convinto, ha aggiunto Carlo Neri, che il governo cadrà presto.",
     [("indirect", "Sono convinto, ha aggiunto Carlo Neri, che il governo cadrà presto", "Carlo Neri")]),
    ("Credo, ha detto il sindaco Luca Verdi, che i fondi arriveranno presto.",
     [("indirect", "Credo, ha detto il sindaco Luca Verdi, che i fondi arriveranno presto", "Luca Verdi")]),
    # the look-alikes: a whole clause before the aside, its che a relative on the speaker
    ("Il piano è pronto, ha detto il sindaco Luca Verdi, che ha poi lasciato la sala.",
     [("indirect", "Il piano è pronto", "Luca Verdi")]),
    # the che-clause before the cue, and a come-cue, stay as they were
    ("È evidente che la riforma va cambiata, ha detto il ministro Anna Rossi.",
     [("indirect", "È evidente che la riforma va cambiata", "Anna Rossi")]),
    ("È vero, come ha detto il sindaco Luca Verdi, che il ponte è chiuso.",
     [("indirect", "il ponte è chiuso", "Luca Verdi")]),
])
def test_aside_before_che_clause(shipped, text, expected):
    """A cue set off by commas between a predicate of truth or belief and the *che*-clause that
    completes it (*È evidente, ha detto X, che…*, *Sono certo, ha proseguito X, che…*) sits inside
    the content, which runs from the predicate to the clause's end; not the predicate alone."""
    assert spoken(shipped, text) == expected
