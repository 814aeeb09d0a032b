"""Forms of Italian written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the hortative "si pensi" / "si avverta": the writer asks the reader to consider, no one's words
    # (the tagger reads "pensi" as "tu pensi", "avverta" as an indicative)
    ("Molti autori hanno scritto sul tema: si pensi ad esempio al filosofo Mario Bianchi.", []),
    ("Si avverta che il consiglio comunale trova troppo caro il progetto.", []),
    ("Il problema è antico: si consideri che già nel Seicento le piene allagavano la valle.", []),
    # the look-alikes: the indicative with the impersonal si reports what people think or say
    ("Le cause dell'incidente sono incerte: si pensa a un guasto della centralina.",
     [("indirect", "un guasto della centralina", None)]),
    ("Si pensa che il ponte sia stato costruito dai Romani.",
     [("indirect", "il ponte sia stato costruito dai Romani", None)]),
    ("Il sindaco Carlo Verdi ha detto che si pensi prima alle scuole.",
     [("indirect", "si pensi prima alle scuole", "Carlo Verdi")]),
])
def test_hortative_by_ending(shipped, text, expected):
    """A present with the impersonal *si* whose ending is the subjunctive's (*si pensi*, *si
    avverta*), in a main clause, is the writer's exhortation, not a report; *si pensa a / che* is."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a word named as a word after a noun of a word's part (radice, suffisso…), inside a report
    ("Il linguista Paolo Neri sostiene che il nome viene da una radice antica \"mar\" legata all'acqua.",
     [("indirect", "il nome viene da una radice antica \"mar\" legata all'acqua", "Paolo Neri")]),
    ("Lo storico Luca Bassi ha scritto che il suffisso \"ago\" indica un luogo paludoso.",
     [("indirect", "il suffisso \"ago\" indica un luogo paludoso", "Luca Bassi")]),
    # the look-alike: the speaker's own word in a report stays mixed
    ("Il sindaco Carlo Verdi ha detto che la proposta è \"inaccettabile\".",
     [("mixed", "inaccettabile", "Carlo Verdi")]),
])
def test_word_named_after_a_part_noun(shipped, text, expected):
    """One marked word right after a noun of a word's part (*radice*, *suffisso*, *prefisso*,
    *desinenza*; an adjective may stand between) is a word named, *other*; the report around it
    stays indirect."""
    assert spoken(shipped, text) == expected
