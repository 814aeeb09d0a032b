"""A report named as the source at the start of a clause (*Dalle prime notizie, …*, *In base alle
stime, …*): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # da / in base a + a noun of a report + a comma: the clause after it is reported
    ("Dalle prime notizie, i dispersi sarebbero sette.",
     [("indirect", "i dispersi sarebbero sette", None)]),
    ("Dai primi accertamenti dei carabinieri, il rapinatore sarebbe fuggito in moto.",
     [("indirect", "il rapinatore sarebbe fuggito in moto", None)]),
    ("Dalle prime ricostruzioni della polizia, il rapinatore sarebbe fuggito in moto.",
     [("indirect", "il rapinatore sarebbe fuggito in moto", "polizia")]),
    ("In base alle stime, ci sarebbero duemila sfollati nella valle.",
     [("indirect", "ci sarebbero duemila sfollati nella valle", None)]),
    ("Il fiume è esondato. Ma in base alle previsioni, la piena calerà entro sera.",
     [("indirect", "la piena calerà entro sera", None)]),
    # a participle and its agent after the noun; a noun of words (speech_nouns)
    ("Dalle stime fornite dalla Provincia, i danni ammontano a tre milioni.",
     [("indirect", "i danni ammontano a tre milioni", "Provincia")]),
    ("Dalla testimonianza di Giulia Ferri, il furgone sarebbe partito all'alba.",
     [("indirect", "il furgone sarebbe partito all'alba", "Giulia Ferri")]),
    # risultare with no che-clause is no finding that takes the phrase
    ("In base ai primi controlli, non risultano crepe nel ponte.",
     [("indirect", "non risultano crepe nel ponte", None)]),
    # risultare + che after a document is its issuer's words, as emergere (emerging_verbs)
    ("Dal comunicato della Provincia risulta che i fondi sono esauriti.",
     [("indirect", "i fondi sono esauriti", "Provincia")]),
    # the look-alikes: a time, a place, a rule, a finding after which a verb takes the phrase
    ("Dalle prime ore del mattino, i soccorritori scavano tra le macerie.", []),
    ("Dalle finestre della scuola, gli alunni hanno visto il fumo.", []),
    ("In base alla legge, i musei resteranno chiusi.", []),
    ("Dalle ulteriori indagini, è risultato che il rapinatore ha raggiunto Bari in treno.", []),
    ("Dalle indagini, emerge che il rapinatore ha raggiunto Bari in treno.", []),
])
def test_report_named_as_source(shipped, text, expected):
    """*da* or *in base a* + a noun of a report (*notizie*, *stime*, *accertamenti*) opening a
    clause and closed by a comma gives the source of the clause after it, as *secondo* does."""
    assert spoken(shipped, text) == expected
