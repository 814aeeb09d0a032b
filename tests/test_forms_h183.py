"""What someone told the speaker, reported inside a direct quotation: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a speech verb with "mi"/"ci" as its hearer and "che"/"di": a report of its own, inside
    # the direct quotation, which stays whole
    ("La sindaca Giulia Ferri ha spiegato: «L'assessore Carlo Sala mi ha detto che il ponte riaprirà a maggio».",
     [("direct", "L'assessore Carlo Sala mi ha detto che il ponte riaprirà a maggio", "Giulia Ferri"),
      ("indirect", "il ponte riaprirà a maggio", "Carlo Sala")]),
    ("Il rettore Marco Bassi ha raccontato: «Il ministro Paolo Gatti ci ha chiesto di rinviare gli esami di una settimana».",
     [("direct", "Il ministro Paolo Gatti ci ha chiesto di rinviare gli esami di una settimana", "Marco Bassi"),
      ("indirect", "di rinviare gli esami di una settimana", "Paolo Gatti")]),
])
def test_report_told_to_the_speaker(shipped, text, expected):
    """*«X mi ha detto che…»*, *«X ci ha chiesto di…»*: what X told the speaker is an indirect
    quote of X's inside the speaker's direct one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the speaker's own words, in the first person: part of the direct quotation only
    ("La sindaca Giulia Ferri ha spiegato: «Ho detto all'assessore che il ponte deve riaprire a maggio».",
     [("direct", "Ho detto all'assessore che il ponte deve riaprire a maggio", "Giulia Ferri")]),
    ("La sindaca Giulia Ferri ha spiegato: «Mi sono chiesta se fosse giusto chiudere il ponte».",
     [("direct", "Mi sono chiesta se fosse giusto chiudere il ponte", "Giulia Ferri")]),
    # a report no one told the speaker: part of the direct quotation only
    ("La sindaca Giulia Ferri ha spiegato: «I tecnici dicono che il ponte riaprirà a maggio».",
     [("direct", "I tecnici dicono che il ponte riaprirà a maggio", "Giulia Ferri")]),
    ("Il rettore Marco Bassi ha detto: «Il ministro Paolo Gatti ha dichiarato che gli esami saranno rinviati».",
     [("direct", "Il ministro Paolo Gatti ha dichiarato che gli esami saranno rinviati", "Marco Bassi")]),
])
def test_own_or_unheard_report_stays_in_the_quotation(shipped, text, expected):
    """The speaker's own words and a report not addressed to the speaker add no quote."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a source's clause that reports in turn with "che": the inner speaker's quote of its own,
    # the source's clause kept whole
    ("Secondo il quotidiano La Nazione, il sindaco Carlo Sala ha annunciato che il ponte riaprirà a maggio.",
     [("indirect", "il sindaco Carlo Sala ha annunciato che il ponte riaprirà a maggio", "La Nazione"),
      ("indirect", "il ponte riaprirà a maggio", "Carlo Sala")]),
    ("Stando a fonti del Comune, la giunta ha fatto sapere che il ponte riaprirà a maggio.",
     [("indirect", "la giunta ha fatto sapere che il ponte riaprirà a maggio", None),
      ("indirect", "il ponte riaprirà a maggio", "giunta")]),
    # the look-alikes: a negated verb, a verb that is no report, no subject before the verb
    ("Secondo il quotidiano La Nazione, il sindaco Carlo Sala non ha detto che il ponte riaprirà a maggio.",
     [("indirect", "il sindaco Carlo Sala non ha detto che il ponte riaprirà a maggio", "La Nazione")]),
    ("Secondo il quotidiano La Nazione, il sindaco Carlo Sala ha inaugurato il ponte che riaprirà a maggio.",
     [("indirect", "il sindaco Carlo Sala ha inaugurato il ponte che riaprirà a maggio", "La Nazione")]),
])
def test_report_inside_what_a_source_reports(shipped, text, expected):
    """*Secondo X, Y ha annunciato che…*: what Y announced is Y's quote too, inside X's."""
    assert spoken(shipped, text) == expected
