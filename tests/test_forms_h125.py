"""Source markers (*secondo X*, *stando a X*): what belongs to the source phrase and what to the
content: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a connective before the marker's comma links to the sentence before: not content
    ("Tuttavia, secondo gli investigatori, la pista del furto non sarebbe credibile.",
     [("indirect", "la pista del furto non sarebbe credibile", "investigatori")]),
    ("Al contrario, secondo i sindacati il piano dovrebbe essere ritirato.",
     [("indirect", "il piano dovrebbe essere ritirato", "sindacati")]),
    ("Anche questa volta, secondo il quotidiano, i pirati informatici sarebbero russi.",
     [("indirect", "i pirati informatici sarebbero russi", "quotidiano")]),
    # a subject before the marker is the content's own
    ("Il crollo, secondo i vigili del fuoco, è avvenuto poco dopo l'alba.",
     [("indirect", "Il crollo, secondo i vigili del fuoco, è avvenuto poco dopo l'alba", "vigili del fuoco")]),
])
def test_connective_before_source_marker(shipped, text, expected):
    """*Tuttavia, secondo X, …* / *Al contrario, secondo X …*: the content starts after the
    marker; *Il crollo, secondo X, è avvenuto…* keeps its subject."""
    assert spoken(shipped, text) == expected


def test_connective_before_postposed_verb_stays(shipped):
    """Only source markers drop the connective: a postposed verb of saying still reports the
    clause around it (*Nel frattempo, ha aggiunto X, …*)."""
    got = spoken(shipped, "Nel frattempo, ha aggiunto il sindaco Paolo Verdi, i lavori sul ponte sono ripresi.")
    assert [(k, s) for k, _, s in got] == [("indirect", "Paolo Verdi")]


@pytest.mark.parametrize("text,expected", [
    # a participle or adjective between commas that agrees with the source noun describes it
    ("Secondo l'ultimo rapporto dell'Istat, diffuso ieri mattina, la disoccupazione è in calo.",
     [("indirect", "la disoccupazione è in calo", "Istat")]),
    ("Secondo i primi conteggi, ancora provvisori, i votanti sono stati il quaranta per cento.",
     [("indirect", "i votanti sono stati il quaranta per cento", None)]),
    # an acronym in brackets right after the source, no comma: part of the source
    ("Secondo l'Agenzia internazionale per l'energia atomica (AIEA) la centrale non è in pericolo.",
     [("indirect", "la centrale non è in pericolo", "Agenzia internazionale per l'energia atomica")]),
    # a participle that does not agree with the source is the content's
    ("Secondo la polizia, fermati all'alba i due sospettati sono stati portati in questura.",
     [("indirect", "fermati all'alba i due sospettati sono stati portati in questura", "polizia")]),
])
def test_what_describes_the_source(shipped, text, expected):
    """The source phrase takes a describing participle between commas and an acronym in
    brackets; the content starts after them."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the holder of statements given to someone is the agent after the addressee
    ("Secondo le dichiarazioni rilasciate ai giornalisti dal sindaco Paolo Verdi, la piazza resterà chiusa.",
     [("indirect", "la piazza resterà chiusa", "Paolo Verdi")]),
    ("Secondo le prime dichiarazioni fornite agli inquirenti da Marco Bianchi, si è trattato di un incidente.",
     [("indirect", "si è trattato di un incidente", "Marco Bianchi")]),
])
def test_holder_of_issued_statements(shipped, text, expected):
    """*secondo le dichiarazioni rilasciate/fornite (a Y) da X*: X speaks, not Y."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a connective right after the source, no comma: the writer's link, not content
    ("Secondo la tv di Stato invece i tre sarebbero soldati americani.",
     [("indirect", "i tre sarebbero soldati americani", "tv di Stato")]),
    ("Secondo il sindaco Paolo Verdi però la strada resterà chiusa fino a lunedì.",
     [("indirect", "la strada resterà chiusa fino a lunedì", "Paolo Verdi")]),
    # a focus adverb bears on the content: it stays
    ("Secondo il sindaco Paolo Verdi anche la strada resterà chiusa fino a lunedì.",
     [("indirect", "anche la strada resterà chiusa fino a lunedì", "Paolo Verdi")]),
])
def test_connective_after_source_without_comma(shipped, text, expected):
    """*Secondo X invece/però …*: the content starts after the connective; *anche* stays."""
    assert spoken(shipped, text) == expected
