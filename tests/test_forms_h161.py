"""Reports with no verb of saying: a held belief after a copula (*sono convinti che…*) and an
estimate with a subject that is someone (*gli esperti stimano che…*). Forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a copula in the third person, an adjective of belief, a che-clause: the belief is reported
    ("Il direttore Paolo Conti è convinto che la squadra possa vincere il campionato.",
     [("indirect", "la squadra possa vincere il campionato", "Paolo Conti")]),
    ("Gli investigatori sono convinti che l'incendio sia stato appiccato di notte.",
     [("indirect", "l'incendio sia stato appiccato di notte", "investigatori")]),
    ("La procura è ormai certa che il denaro sia finito all'estero.",
     [("indirect", "il denaro sia finito all'estero", "procura")]),
    # a verb of seeming links the adjective as a copula does; the adjective tagged as a noun
    ("Gli inquirenti sembrano convinti che il furto sia stato organizzato dall'interno.",
     [("indirect", "il furto sia stato organizzato dall'interno", "inquirenti")]),
    ("La polizia pare sia convinta che si tratti di una persona psicologicamente fragile.",
     [("indirect", "si tratti di una persona psicologicamente fragile", "polizia")]),
    # no one holds it: impersonal, the writer's first person, a thing that is safe
    ("È certo che il governo cadrà entro l'autunno.", []),
    ("È ormai certo che la zona fu abitata da popolazioni celtiche.", []),
    ("I primi villaggi sembrano risalire all'età del ferro, testimoniati da una necropoli del VI secolo a.C. "
     "È ormai certo che la zona fu abitata da popolazioni celtiche.", []),
    ("Sono convinto che la riforma sia sbagliata.", []),
    ("Il ponte è sicuro e sarà riaperto domani.", []),
])
def test_held_belief(shipped, text, expected):
    """*X è convinto / certo / sicuro che…*: the belief of a subject that is someone, said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Gli esperti stimano che la popolazione dei lupi sia raddoppiata in dieci anni.",
     [("indirect", "la popolazione dei lupi sia raddoppiata in dieci anni", "esperti")]),
    # esteem, not an estimate; the writer's first person; a rule that provides, no one's forecast
    ("Il sindacato stima molto il nuovo direttore.", []),
    ("Stimo che ci vorranno tre anni.", []),
    ("La nuova legge prevede che i comuni pubblichino i bilanci online.", []),
    ("Le previsioni del tempo prevedono pioggia su tutto il Nord.", []),
    # look-alikes of impersonal and postposed reports that are not speech
    ("Si legge un libro ogni settimana in quella scuola.", []),
    ("Continua la crisi del settore tessile in Lombardia.", []),
])
def test_stated_estimate(shipped, text, expected):
    """*X stima / calcola che…* with a subject that is someone reports the estimate."""
    assert spoken(shipped, text) == expected
