"""Postposed *come* + participle with coordinated agents: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the agent's da repeated after "e": both speak, joined as the guidelines write joint speakers
    ("Il governo rinvierà la riforma delle pensioni, come raccontato dal Financial Times e dal Guardian.",
     [("indirect", "Il governo rinvierà la riforma delle pensioni", "Financial Times e Guardian")]),
    # a correlative pair, sia … che …, with an adverb before it
    ("Il paziente risponde bene alle cure, come confermato ieri sia da Mario Rossi che da Luigi Bianchi.",
     [("indirect", "Il paziente risponde bene alle cure", "Mario Rossi e Luigi Bianchi")]),
    ("Il paziente risponde bene alle cure, come confermato sia dal Policlinico Gemelli che dal Vaticano.",
     [("indirect", "Il paziente risponde bene alle cure", "Policlinico Gemelli e Vaticano")]),
    # unnamed agents keep their descriptions, joined
    ("Il paziente risponde bene alle cure, come confermato sia dai medici che dai familiari.",
     [("indirect", "Il paziente risponde bene alle cure", "medici e familiari")]),
    ("Il paziente risponde bene alle cure, come confermato dai medici e dai familiari.",
     [("indirect", "Il paziente risponde bene alle cure", "medici e familiari")]),
    # come + a verb of no speech before a correlative pair: a likeness
    ("Il museo resterà chiuso, come accade sia a Natale che a Pasqua.", []),
    # a likeness, not a report
    ("Il ministro ha visitato la città, come ogni anno.", []),
])
def test_coordinated_agents_of_come_participle(shipped, text, expected):
    """*, come* + a participle of speech + agents each with its own *da* (*dal X e dal Y*, *sia
    dai medici che dai familiari*): the clause before is reported by all of them."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a come-cue closing a sentence whose clause a source already reports: the source keeps it
    ("Secondo il giornale, gli hacker sarebbero soldati cinesi, come raccontato dal Financial Times e dal Guardian.",
     [("indirect", "gli hacker sarebbero soldati cinesi", "giornale")]),
])
def test_come_cue_after_source(shipped, text, expected):
    """*Secondo X, …, come raccontato da Y.*: one report of the clause, by the source that opens it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a newspaper named in marks after a come-participle's da: the marks are a name (other)
    ("Il governo rinvierà la riforma delle pensioni al prossimo anno, come riportato dal \"Corriere della Sera\".",
     [("indirect", "Il governo rinvierà la riforma delle pensioni al prossimo anno", "Corriere della Sera"),
      ("other", "Corriere della Sera", None)]),
    # after secondo, before its clause or closing the sentence
    ("Secondo «La Stampa», il governo rinvierà la riforma al prossimo anno.",
     [("other", "La Stampa", None), ("indirect", "il governo rinvierà la riforma al prossimo anno", "La Stampa")]),
    ("Il governo rinvierà la riforma, secondo «Il Messaggero».",
     [("indirect", "Il governo rinvierà la riforma", "Il Messaggero"), ("other", "Il Messaggero", None)]),
    # a name in marks that no source governs stays a name, and nothing is reported
    ("Il ministro ha letto il \"Corriere della Sera\" durante la riunione.", [("other", "Corriere della Sera", None)]),
    ("Il film \"Roma\" ha vinto il premio, come previsto.", [("other", "Roma", None)]),
])
def test_source_named_in_marks(shipped, text, expected):
    """*come riportato dal "X"*, *secondo «X»*: an organisation or person named in marks is the
    source; the marks are its name."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a comparative che (più … che dei turisti) opens no clause: the report holds the whole comparison
    ("Tuttavia, il servizio era rivolto più alla protezione delle spiagge che non dei turisti, come confermato dal capo della polizia Mario Rossi, e l'area era molto vasta.",
     [("indirect", "il servizio era rivolto più alla protezione delle spiagge che non dei turisti", "Mario Rossi")]),
    # a che that opens a clause after più + adjective still does
    ("La polizia è più preoccupata che i manifestanti, secondo fonti della questura, possano tornare in piazza.",
     [("indirect", "i manifestanti, secondo fonti della questura, possano tornare in piazza", None)]),
])
def test_comparative_che_before_come_source(shipped, text, expected):
    """*più X che Y, come confermato da Z, e …*: the clause before the come-source is reported,
    its comparison whole, the writer's clause after *, e* left out."""
    assert spoken(shipped, text) == expected
