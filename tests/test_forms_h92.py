"""Reports with no personal speech verb: passives and forecasts with no agent. Forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a feminine or plural participle the lemma table gives only as the adjective (chiesta ->
    # chiesto): the verb's passive all the same, with the subject after it or before it
    ("Sono state chieste le dimissioni del sindaco.",
     [("indirect", "le dimissioni del sindaco", None)]),
    ("Vengono chieste le dimissioni del sindaco.",
     [("indirect", "le dimissioni del sindaco", None)]),
    ("È stata chiesta dai genitori la chiusura della scuola.",
     [("indirect", "la chiusura della scuola", "genitori")]),
    ("È stata esclusa la presenza di vittime.",
     [("indirect", "la presenza di vittime", None)]),
    ("La pista del sabotaggio è stata esclusa dagli investigatori.",
     [("indirect", "La pista del sabotaggio", "investigatori")]),
    # a person as the subject is dealt with (excluded, defended), not reported
    ("Gli atleti sono stati esclusi dalla gara.", []),
    ("Il pilota è stato escluso dalla gara.", []),
    ("Gli studenti erano difesi dagli avvocati della scuola.", []),
    # a bare participle of "escludere" is "except", no passive
    ("Tutte le sale, esclusa la prima, sono dedicate alla pittura.", []),
    # a person blamed is what is said of: blame verbs keep the person
    ("Il ministro è stato criticato dall'opposizione.",
     [("indirect", "Il ministro", "opposizione")]),
])
def test_inflected_participle_passive(shipped, text, expected):
    """A passive of a speech verb with an irregular participle in any gender and number."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject after the participle: a noun phrase, a bare plural, a quantity
    ("Per domani sono previste nevicate oltre i 500 metri.",
     [("indirect", "Per domani sono previste nevicate oltre i 500 metri", None)]),
    ("Sabato sono previsti diversi incontri con il pubblico.",
     [("indirect", "Sabato sono previsti diversi incontri con il pubblico", None)]),
    ("In Lombardia domani sono previsti fino a 15 centimetri di neve.",
     [("indirect", "In Lombardia domani sono previsti fino a 15 centimetri di neve", None)]),
    # a predicate or a date after the subject before the copula
    ("Sulle regioni centrali il cielo è previsto inizialmente poco nuvoloso.",
     [("indirect", "Sulle regioni centrali il cielo è previsto inizialmente poco nuvoloso", None)]),
    ("Il concerto era previsto il 12 giugno.",
     [("indirect", "Il concerto era previsto il 12 giugno", None)]),
    # what a plan or a law provides (an article after it), a negated plan, a norm with its
    # source, a bare "come previsto": no forecast
    ("Nei mesi estivi è inoltre prevista la chiusura della stazione.", []),
    ("Non è previsto alcun rimborso per i passeggeri.", []),
    ("Tra le due città sono previste due gallerie a binario unico.", []),
    ("Il divieto è previsto dal codice della strada.", []),
    ("Come previsto, la squadra ha vinto la partita.", []),
])
def test_forecast_with_no_agent(shipped, text, expected):
    """*È previsto* / *sono previste* with what is foreseen: a forecast or a plan, speaker null."""
    assert spoken(shipped, text) == expected
