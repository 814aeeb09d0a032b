"""Kinds of marked words: fragments of a clause reported by a cue after it. Forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a clause of the writer's holding marked words, then a postposed cue and its subject:
    # the marks are the speaker's words inside the clause reported (mixed)
    ("Il governo non farà «nessun passo indietro», ha assicurato la premier Giulia Neri.",
     [("mixed", "nessun passo indietro", "Giulia Neri")]),
    ("Le misure sono «inutili» e non c'è alcun rischio per la popolazione, ha spiegato il ministro Carlo Bianchi.",
     [("mixed", "inutili", "Carlo Bianchi")]),
    # the same with no subject after the cue: the subject carried from the sentence before
    ("Il ministro Carlo Bianchi è arrivato a Roma. Le misure sono «del tutto inutili», ha concluso.",
     [("mixed", "del tutto inutili", "Carlo Bianchi")]),
    # a clause that opens with the marks is the quotation itself (direct)
    ("«Le misure sono inutili e non c'è alcun rischio», ha concluso il ministro Carlo Bianchi.",
     [("direct", "Le misure sono inutili e non c'è alcun rischio", "Carlo Bianchi")]),
    ("«Abbiamo lavorato molto. Le misure sono inutili», ha detto il ministro Carlo Bianchi.",
     [("direct", "Abbiamo lavorato molto. Le misure sono inutili", "Carlo Bianchi")]),
    # a title in marks inside the clause: the clause is reported, the title a name (other)
    ("Il film «La grande bellezza» ha vinto il premio più importante, ha ricordato il regista Paolo Neri.",
     [("indirect", "Il film «La grande bellezza» ha vinto il premio più importante", "Paolo Neri")]),
    # the subject of the clause reported is not the speaker of a cue without one
    ("La premier Giulia Neri ha incontrato i sindacati. Il governo non farà «nessun passo indietro», ha assicurato.",
     []),
])
def test_fragments_before_postposed_cue(shipped, text, expected):
    """*X non farà «…», ha assicurato Y*: marked words inside the clause a postposed cue reports
    are mixed, of the cue's subject (or the one it carries); marks that open the clause are
    the quotation itself."""
    assert spoken(shipped, text) == expected


def test_title_in_reported_clause_is_other(shipped):
    assert ("other", "La grande bellezza", None) in spoken(
        shipped, "Il film «La grande bellezza» ha vinto il premio più importante, ha ricordato il regista Paolo Neri.",
        other=True)


@pytest.mark.parametrize("text,expected", [
    # a naming verb in the passive with no agent: a label no one signs (other)
    ("Nel paese due milioni di lavoratori possono essere definiti \"precari\" e vivono senza tutele.",
     [("other", "precari", None)]),
    ("Questi ragazzi sono spesso definiti \"bamboccioni\" e restano a casa fino a trent'anni.",
     [("other", "bamboccioni", None)]),
    # the agent names who speaks, after the marks or before the verb: mixed
    ("Il piano è stato definito «storico» dalla ministra Anna Verdi.",
     [("mixed", "storico", "Anna Verdi")]),
    ("La proposta, che dal ministro Carlo Bianchi è stata definita «una svolta», arriva in aula domani.",
     [("mixed", "una svolta", "Carlo Bianchi")]),
    # active and reflexive naming are the subject's words
    ("Il sindaco Mario Rossi ha definito \"una follia\" il progetto della nuova strada.",
     [("mixed", "una follia", "Mario Rossi")]),
])
def test_passive_naming_without_agent(shipped, text, expected):
    """*sono definiti "…"* with no *da* + agent: the marked label is no one's words (other);
    with an agent, or in the active, the namer's (mixed)."""
    assert spoken(shipped, text, other=True) == expected
