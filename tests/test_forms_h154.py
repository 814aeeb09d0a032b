"""Object relatives after the person told by a verb of informing: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text", [
    # a compound tense of avere after "che", its participle left without an object: che is its
    # object, a relative on the person told ("i residenti whom the town evicted")
    "La consigliera Maria Neri ha avvisato i residenti che il Comune ha sgomberato.",
    "Il primario Luca Galli ha rassicurato i pazienti che la polizia ha fermato ieri sera.",
    "Il direttore Paolo Sala ha informato le famiglie che il servizio sociale ha seguito durante l'estate.",
    "Il tecnico Marco Ferri ha rassicurato i tifosi che la squadra ha deluso.",
    "Il tecnico Marco Ferri ha rassicurato i tifosi che l'allenatore ha criticato in conferenza stampa.",
    # the preposition stays with the relative word: no che at all
    "Il sindaco Paolo Rossi ha informato le famiglie di cui il Comune si occupa.",
])
def test_object_relative_after_told_person(shipped, text):
    """*ha avvisato i residenti che il Comune ha sgomberato*: the participle's object is the
    *che*, so the clause describes the residents and nothing was told."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # the participle has an object of its own: a noun phrase, after an adverb too
    ("La consigliera Maria Neri ha avvisato i residenti che il Comune ha sgomberato l'edificio.",
     [("indirect", "il Comune ha sgomberato l'edificio", "Maria Neri")]),
    ("La consigliera Maria Neri ha avvisato i residenti che il Comune ha sgomberato ieri l'intero stabile.",
     [("indirect", "il Comune ha sgomberato ieri l'intero stabile", "Maria Neri")]),
    # an object clitic before the auxiliary
    ("La consigliera Maria Neri ha avvisato i residenti che il Comune li ha già sgomberati.",
     [("indirect", "il Comune li ha già sgomberati", "Maria Neri")]),
    ("Il primario Luca Galli ha rassicurato i pazienti che la polizia l'ha fermato in tempo.",
     [("indirect", "la polizia l'ha fermato in tempo", "Luca Galli")]),
    # a verb that takes avere and no object leaves no gap
    ("Il tecnico Marco Ferri ha rassicurato i tifosi che la squadra ha lavorato bene in settimana.",
     [("indirect", "la squadra ha lavorato bene in settimana", "Marco Ferri")]),
    ("La preside Anna Conti ha avvisato i genitori che la scuola ha parlato con l'azienda sanitaria.",
     [("indirect", "la scuola ha parlato con l'azienda sanitaria", "Anna Conti")]),
    # other tenses and the passive are untouched
    ("Il prefetto Mario Bianchi ha informato i sindacati che lo stabilimento chiuderà a giugno.",
     [("indirect", "lo stabilimento chiuderà a giugno", "Mario Bianchi")]),
    ("Il questore Paolo Rinaldi ha avvertito i tifosi che non saranno tollerate violenze.",
     [("indirect", "non saranno tollerate violenze", "Paolo Rinaldi")]),
    # a passive or unaccusative with its subject after the participle: no relative on the fans
    ("Il questore Paolo Rinaldi ha avvertito i tifosi che non saranno tollerati i cori razzisti.",
     [("indirect", "non saranno tollerati i cori razzisti", "Paolo Rinaldi")]),
    ("Il questore Paolo Rinaldi ha avvertito i tifosi che sono stati fermati dalla polizia.", []),
    ("Il questore Paolo Rinaldi ha avvertito i tifosi che sono stati fermati la notte scorsa.", []),
])
def test_told_clause_with_its_object(shipped, text, expected):
    """A told clause whose verb has its object (a noun phrase, a clitic) or takes none stays
    what was told."""
    assert spoken(shipped, text) == expected
