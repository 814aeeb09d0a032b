"""Reported speech whose cue verb the rule file already lists, in constructions the finder missed:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "per chiedere (a X / loro) di" + an infinitive after an act told: the request was made
    ("Il sindaco Carlo Verdi ha convocato i cittadini per chiedere di votare contro la proposta.",
     [("indirect", "di votare contro la proposta", "Carlo Verdi")]),
    ("Il sindaco Carlo Verdi ha scritto ai ministri per chiedere loro di riaprire la scuola.",
     [("indirect", "di riaprire la scuola", "Carlo Verdi")]),
    ("La sindaca Anna Neri ha telefonato al prefetto per chiedere al governo di intervenire.",
     [("indirect", "di intervenire", "Anna Neri")]),
    ("Il sindaco Carlo Verdi ha convocato una conferenza stampa per negare di aver ricevuto denaro.",
     [("indirect", "di aver ricevuto denaro", "Carlo Verdi")]),
    # the look-alikes: an object after it (already a report), a request only possible or planned
    ("Il sindaco Carlo Verdi ha convocato i cittadini per chiedere la riapertura della scuola.",
     [("indirect", "la riapertura della scuola", "Carlo Verdi")]),
    ("Chi ha bisogno può rivolgersi allo sportello per chiedere di essere ricevuto.", []),
    ("Per chiedere di essere ricevuti bisogna scrivere una mail.", []),
    ("I residenti sono pronti a scrivere al sindaco per chiedere di riaprire la piazza.", []),
])
def test_request_as_purpose(shipped, text, expected):
    """*per chiedere (loro, a X) di* + an infinitive after a finite verb or a participle (an act
    told) reports what was asked; after an infinitive or opening the sentence it is not said yet."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle in -o the tagger reads as a noun right after "avere": the compound tense
    ("Poi ha parlato il ministro Paolo Rossi, che ha ripercorso brevemente la storia del partito.",
     [("indirect", "la storia del partito", "Paolo Rossi")]),
    ("Il ministro Paolo Rossi ha ripercorso brevemente la storia del partito.",
     [("indirect", "la storia del partito", "Paolo Rossi")]),
    ("I due senatori hanno giustamente posto in rilievo la crisi del settore agricolo.",
     [("indirect", "la crisi del settore agricolo", "due senatori")]),
    ("Il ministro Paolo Rossi ha posto in risalto che la riforma non basta.",
     [("indirect", "la riforma non basta", "Paolo Rossi")]),
    # the look-alikes: a noun after "avere" (no participle of a speech verb), a participle of another verb
    ("Ogni cittadino ha diritto a un avvocato.", []),
    ("La squadra ha corso veramente bene.", []),
])
def test_participle_read_as_noun(shipped, text, expected):
    """After *avere* a participle in *-o* of a speech verb is the verb of a compound tense, even
    when the tagger reads it as a noun; a noun after *avere* (*ha diritto*) stays one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a phrase opened by a preposition after the colon, no verb but a relative's: the object goes on
    ("Il sindaco Carlo Verdi ha ricordato la storia della città fino ai giorni nostri: alle sfide che la attendono nel prossimo decennio.",
     [("indirect", "la storia della città fino ai giorni nostri: alle sfide che la attendono nel prossimo decennio", "Carlo Verdi")]),
    ("La ministra Anna Neri ha illustrato il piano per la scuola: dalle nuove assunzioni ai fondi per l'edilizia.",
     [("indirect", "il piano per la scuola: dalle nuove assunzioni ai fondi per l'edilizia", "Anna Neri")]),
    # the look-alikes: a clause after the colon (a verb of its own) is reported on its own
    ("Il sindaco Carlo Verdi ha annunciato il suo ritiro: dopo vent'anni lascia la politica.",
     [("indirect", "il suo ritiro", "Carlo Verdi"), ("indirect", "dopo vent'anni lascia la politica", "Carlo Verdi")]),
    ("Il sindaco Carlo Verdi ha annunciato il suo ritiro: lascerà la politica dopo vent'anni.",
     [("indirect", "il suo ritiro", "Carlo Verdi"), ("indirect", "lascerà la politica dopo vent'anni", "Carlo Verdi")]),
])
def test_object_phrase_after_colon(shipped, text, expected):
    """A reported object goes on past a colon into a phrase opened by a preposition with no verb
    of its own (one in a relative clause aside); a clause after the colon is a report of its own."""
    assert spoken(shipped, text) == expected
