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
