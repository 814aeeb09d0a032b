"""Kinds of marked words: forms of Italian news written for these tests (no sentence comes from a
gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bare participle of opinion after its noun, the judgement in marks: someone's words
    # (mixed), no one named signs them (speaker null)
    ("Durante la verifica, le clausole considerate «vessatorie» sono state cancellate dal contratto.",
     [("mixed", "vessatorie", None)]),
    ("Dopo il controllo, i prodotti ritenuti \"pericolosi\" saranno ritirati dai negozi.",
     [("mixed", "pericolosi", None)]),
    # the holder named with "da" before the marks signs them
    ("La nuova tassa, considerata dai sindacati «un furto», entrerà in vigore a maggio.",
     [("mixed", "un furto", "sindacati")]),
    # the look-alikes: the judgement unmarked (a description), marks after another participle
    # or after "cosiddetto" (a name), an absolute participle (given the emergency), an active
    # verb of judging
    ("La curva, considerata pericolosa, sarà rettificata entro l'estate.", []),
    ("Le cosiddette «zone rosse» saranno chiuse da lunedì.", []),
    ("Il romanzo, intitolato «Il mare d'inverno», uscirà a giugno.", []),
    ("Il comune, considerata «l'emergenza idrica», ha chiuso le fontane.", []),
    ("L'assessora Giulia Ferri ha definito il progetto «una follia».",
     [("mixed", "una follia", "Giulia Ferri")]),
])
def test_marked_opinion_after_bare_participle(shipped, text, expected):
    """*le scene considerate «inopportune»*: a bare participle of opinion (``opinion_participle_verbs``)
    right before marks reports the judgement in someone's words, the guidelines' mixed, signed
    by its holder with *da* or by no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a cue's object, a clause with a subject and a finite verb of its own: its marks are
    # the writer's (a term, other), only the object is reported
    ("Il sindaco Luca Bianchi ha criticato il progetto della giunta, mentre i tecnici del comune "
     "lavorano alla «nuova» variante.",
     [("indirect", "il progetto della giunta", "Luca Bianchi")]),
    ("L'assessore Marco Riva ha contestato il bilancio, ma la giunta ha già rinviato la «contestata» variante.",
     [("indirect", "il bilancio", "Marco Riva")]),
    # the look-alikes: a gerund of the speaker's, a relative of the object, a clitic's predicate
    ("Il sindaco Luca Bianchi ha annunciato il raggiungimento delle firme, presentando «un augurio per la città».",
     [("indirect", "il raggiungimento delle firme", "Luca Bianchi"),
      ("mixed", "un augurio per la città", "Luca Bianchi")]),
    ("Il senatore Paolo Neri ha criticato la legge Rossi, la quale prevedeva «pieni poteri al prefetto».",
     [("indirect", "la legge Rossi", "Paolo Neri"), ("mixed", "pieni poteri al prefetto", "Paolo Neri")]),
    ("Il sindaco Luca Bianchi ha criticato il progetto della giunta, definendolo «un regalo ai costruttori».",
     [("indirect", "il progetto della giunta", "Luca Bianchi"),
      ("mixed", "un regalo ai costruttori", "Luca Bianchi")]),
])
def test_marks_in_a_clause_after_the_object(shipped, text, expected):
    """Marks after a cue's object in a clause with a subject and a finite verb of its own
    (*richiede una maggioranza, ma questa non verrebbe raggiunta …, per programmi di "ricerca"*)
    are in the writer's clause, not the speaker's words."""
    assert spoken(shipped, text) == expected
