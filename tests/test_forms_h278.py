"""A verb of fear that tells a feeling, not a report: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "temere di" + an infinitive: afraid of doing something oneself, no one's words
    ("La ragazza non parlava perché temeva di deludere i genitori e gli insegnanti.", []),
    ("Il corridore Marco Bianchi rallentò, temendo di cadere sul bagnato.", []),
    # the first person: the writer's own fear
    ("Per un momento ho temuto il peggio.", []),
    ("Abbiamo temuto che la diga cedesse durante la notte.", []),
    ("Temiamo che la diga non regga.", []),
    # the look-alikes: a third person fearing a thing, a clause or for someone still report
    ("Il sindaco Carlo Verdi teme che il ponte non regga all'ondata di piena.",
     [("indirect", "il ponte non regga all'ondata di piena", "Carlo Verdi")]),
    # the impersonal "si teme che…", whose "teme" the tagger reads as a first person
    ("Il conto dei danni è ancora incerto, ma si teme che sarà molto alto.",
     [("indirect", "sarà molto alto", None)]),
    ("Gli allevatori della valle temono nuovi attacchi dei lupi.",
     [("indirect", "nuovi attacchi dei lupi", "allevatori della valle")]),
])
def test_own_fear(shipped, text, expected):
    """*temere di* + an infinitive and *temere* in the first person tell a fear felt (no report);
    *X teme che…* and *temono X* are still reports."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # words before a colon that the marks after it finish: no quotation of their own
    ("Il pediatra Luca Ferri ha precisato che si tratta di: «un lavoro che portiamo avanti da vent'anni».",
     [("direct", "un lavoro che portiamo avanti da vent'anni", "Luca Ferri")]),
    ("Questa, a detta del segretario Mario Bassi, è stata: «la peggiore delle sconfitte».",
     [("direct", "la peggiore delle sconfitte", "Mario Bassi")]),
    # the look-alikes: a whole clause or an object before the colon is reported too
    ("Il sindaco Carlo Neri ha spiegato che molto resta da fare: «Servono altri fondi per le scuole».",
     [("indirect", "molto resta da fare", "Carlo Neri"),
      ("direct", "Servono altri fondi per le scuole", "Carlo Neri")]),
    ("Il sindaco Carlo Neri ha spiegato che la situazione è cambiata: «Servono altri fondi».",
     [("indirect", "la situazione è cambiata", "Carlo Neri"), ("direct", "Servono altri fondi", "Carlo Neri")]),
    ("La ministra Anna Rossi ha annunciato il suo ritiro: «Lascio la politica dopo vent'anni».",
     [("indirect", "il suo ritiro", "Anna Rossi"), ("direct", "Lascio la politica dopo vent'anni", "Anna Rossi")]),
])
def test_words_the_marks_finish(shipped, text, expected):
    """A reported content cut at a colon before quote marks, ending on a preposition, an article,
    an auxiliary or a copula (*si tratta di: «…»*, *è stata: «…»*), is finished by the marks: no
    quotation of its own; a whole clause or an object before the colon still is one."""
    assert spoken(shipped, text) == expected
