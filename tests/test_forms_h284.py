"""False quotations of Italian news: forms written for these tests (no sentence comes from a
gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "escludere" with a thing or a person as its object and no clause: left out, no words
    ("Per accelerare i lavori, il comitato decise di escludere i progetti più costosi.", []),
    ("Nella lista finale sono stati inclusi dieci nomi, escludendone altri tre.", []),
    ("Fu esclusa la squadra di casa per irregolarità nel tesseramento.", []),
    ("La nuova legge esclude dal bonus le famiglie con un reddito alto.", []),
    ("E nemmeno lo statuto ha una regola precisa che escluda la crescita dei costi.", []),
    ("Il bando fissa un tetto massimo che esclude le imprese più grandi.", []),
    # the look-alikes: a clause, a possibility, a lead or a plan ruled out are still reports
    ("Il ministro Paolo Neri ha escluso che le tasse aumentino il prossimo anno.",
     [("indirect", "le tasse aumentino il prossimo anno", "Paolo Neri")]),
    ("Il sindaco Marco Rossi non ha escluso di ricandidarsi alle prossime elezioni.",
     [("indirect", "di ricandidarsi alle prossime elezioni", "Marco Rossi")]),
    ("La polizia non esclude l'ipotesi dell'incendio doloso.",
     [("indirect", "l'ipotesi dell'incendio doloso", "polizia")]),
    ("La corte d'appello ha letto il verdetto. Fu esclusa l'aggravante dei futili motivi.",
     [("indirect", "l'aggravante dei futili motivi", None)]),
    ("Gli investigatori hanno escluso la pista terroristica.",
     [("indirect", "la pista terroristica", "investigatori")]),
    ("La presenza di gas nell'edificio è stata esclusa dai vigili del fuoco.",
     [("indirect", "La presenza di gas nell'edificio", "vigili del fuoco")]),
    ("Il premier Luigi Bianchi ha escluso un rimpasto di governo.",
     [("indirect", "un rimpasto di governo", "Luigi Bianchi")]),
    ("Si esclude nel modo più assoluto che il ponte venga chiuso.",
     [("indirect", "il ponte venga chiuso", None)]),
    # a person with a plan ruled out, whatever the noun: still a report
    ("Il regista Carlo Conti non esclude un nuovo film sulla vicenda.",
     [("indirect", "un nuovo film sulla vicenda", "Carlo Conti")]),
    ("La cantante Anna Verdi, intervistata dal quotidiano, non esclude un ritorno sulle scene.",
     [("indirect", "un ritorno sulle scene", "Anna Verdi")]),
])
def test_left_out(shipped, text, expected):
    """*escludere* with no clause after it and no noun of a possibility, a lead or a plan near it
    leaves a thing or a person out when no one who could speak is its subject (an infinitive, a
    gerund, a passive, a thing: *escludendone altri tre*, *fu esclusa la squadra*, *una regola
    che escluda…*): no report; *ha escluso che…*, *non ha escluso di…*, *esclude l'ipotesi…*,
    *il regista non esclude un nuovo film* still are."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "ricordare" in the future passive, with its agent: what will be remembered, no words yet
    ("Quella sera verrà ricordata dai tifosi come una delle pagine più tristi del club.", []),
    ("Il vecchio maestro sarà ricordato dai colleghi per la sua pazienza.", []),
    # the look-alikes: a past passive with its agent, and a clause, still report
    ("Il vecchio maestro è stato ricordato dal sindaco Paolo Neri durante la cerimonia.",
     [("indirect", "Il vecchio maestro", "Paolo Neri")]),
    ("Verrà ricordato che la scuola chiuderà a giugno.",
     [("indirect", "la scuola chiuderà a giugno", None)]),
])
def test_will_be_remembered(shipped, text, expected):
    """*ricordare* in the future passive, agent or not (*verrà ricordata dai tifosi come…*):
    what will be remembered, no report; *è stato ricordato dal sindaco* and *verrà ricordato
    che…* still are."""
    assert spoken(shipped, text) == expected
