"""Source markers with no verb of saying (secondo…, dalle dichiarazioni di…): forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "secondo" + an indefinite and a group noun closing the sentence, no comma: still a source
    # (no one named: speaker null, the guidelines' "secondo alcuni…")
    ("La villa è stata venduta per tre milioni secondo alcuni giornali locali.",
     [("indirect", "La villa è stata venduta per tre milioni", None)]),
    ("Il raccolto sarà scarso quest'anno secondo molti agricoltori della zona.",
     [("indirect", "Il raccolto sarà scarso quest'anno", None)]),
    # the look-alikes: a manner of the verb ("in accordance with") stays no report
    ("Le squadre sono state divise secondo alcuni criteri precisi.", []),
    ("I posti sono stati assegnati secondo vari metodi.", []),
    # and a named source or a title, with or without an indefinite, as before
    ("Il ponte sarà riaperto a maggio secondo il sindaco Carlo Neri.",
     [("indirect", "Il ponte sarà riaperto a maggio", "Carlo Neri")]),
    ("La villa è stata venduta per tre milioni, secondo alcuni giornali.",
     [("indirect", "La villa è stata venduta per tre milioni", None)]),
])
def test_closing_indefinite_source(shipped, text, expected):
    """*… secondo alcuni giornali.* closing its sentence reports as *…, secondo alcuni giornali.*
    does; *secondo alcuni criteri* is a manner, no source."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a report at the head of the sentence with two adjectives joined by "e"
    ("Dalle prime e frammentarie notizie, i feriti sarebbero dieci.",
     [("indirect", "i feriti sarebbero dieci", None)]),
    ("Dalle poche e confuse dichiarazioni del testimone Carlo Neri, il ladro sarebbe fuggito in moto.",
     [("indirect", "il ladro sarebbe fuggito in moto", "Carlo Neri")]),
    # the two adjectives before the report noun leave its issuer the speaker, as one does
    ("Dalle poche e confuse dichiarazioni del testimone, il ladro sarebbe fuggito in moto.",
     [("indirect", "il ladro sarebbe fuggito in moto", "testimone")]),
    ("Secondo le prime e parziali stime della Regione, i danni superano i dieci milioni.",
     [("indirect", "i danni superano i dieci milioni", "Regione")]),
    # the look-alikes: a time or a place with two adjectives is no report
    ("Dalle prime e fredde ore del mattino, i volontari lavorano senza sosta.", []),
    ("Dalle vecchie e strette strade del centro, i turisti raggiungono la piazza.", []),
    ("Dalle prime notizie, i feriti sarebbero dieci.",
     [("indirect", "i feriti sarebbero dieci", None)]),
])
def test_report_source_joined_adjectives(shipped, text, expected):
    """*Dalle poche e confuse dichiarazioni di X, …* reports as *Dalle prime dichiarazioni di
    X, …* does: the adjectives joined by *e* are passed over to the report noun."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative on the report at the head of the sentence: the clause after its closing comma
    # is what is reported
    ("Dalle prime dichiarazioni del portiere Marco Gialli, che era di turno quella notte, "
     "il ladro sarebbe fuggito in moto.",
     [("indirect", "il ladro sarebbe fuggito in moto", "Marco Gialli")]),
    ("Dalle prime stime della Regione, che sono state diffuse ieri, i danni sarebbero ingenti.",
     [("indirect", "i danni sarebbero ingenti", "Regione")]),
    # the look-alikes: a finding the verb after the relative states, a time or a place
    ("Dalle indagini della procura, che ha sequestrato i computer, è emerso che il sindaco sapeva.", []),
    ("Dalle indagini della procura, è emerso che il sindaco sapeva.", []),
    ("Dalle prime ore del mattino, che sono le più fredde, i volontari lavorano senza sosta.", []),
    ("Dalle finestre della casa, che danno sul cortile, i vicini hanno visto il ladro.", []),
])
def test_report_source_with_relative(shipped, text, expected):
    """*Dalle stime di X, che…, i danni sarebbero…*: the relative on the report is passed over,
    the clause after it reported; *…, che…, è emerso che…* stays a finding."""
    assert spoken(shipped, text) == expected
