"""What an appeal urges as a noun phrase after *a* (*l'appello alla calma*): forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an agent after "di": the agent speaks, the content is the a-phrase
    ("L'appello del vescovo Luigi Bianchi alla calma è stato accolto dalla popolazione.",
     [("indirect", "alla calma", "Luigi Bianchi")]),
    # no agent after the noun: the agent of the participle that issued the appeal speaks, and
    # the participle is not what was urged
    ("In risposta all'appello al dialogo, lanciato da Marini al congresso, il premier ha aperto alle riforme.",
     [("indirect", "al dialogo", "Marini")]),
    ("L'appello alla calma rivolto ieri dal vescovo Luigi Bianchi è stato ascoltato.",
     [("indirect", "alla calma", "Luigi Bianchi")]),
    # after "con", whoever does the act
    ("I vigili hanno chiuso la strada con l'invito alla prudenza per tutti gli automobilisti.",
     [("indirect", "alla prudenza per tutti gli automobilisti", "vigili")]),
])
def test_urged_noun_phrase(shipped, text, expected):
    """A noun of urging (*appello*, *invito*, *esortazione*…) with *a* + what is urged
    (``urged_objects``) reports that noun phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # an addressee alone, a legal appeal, an invitation to an event, a reference
    "Il condannato ha presentato appello alla Corte di Cassazione.",
    "La ragazza aveva rifiutato l'invito al pranzo di Natale.",
    "Il richiamo ai mercati finanziari preoccupa gli analisti.",
    "Dopo l'appello alla nazione il presidente è rientrato al Quirinale.",
    # an appeal merely named, issued by no one in the sentence
    "Il richiamo alla responsabilità deve dunque unirsi alla fiducia.",
    "Non possiamo dimenticare gli inviti alla responsabilità, che vengono così evocati.",
])
def test_not_urged(shipped, text):
    """*a* + a person, a body or a thing that is not urged, or an appeal no one issues: no report."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # the participle that issued the charge set off by commas, the charge after it, no one named
    ("Al centro del processo c'è l'accusa, rivolta a due dirigenti, di aver falsificato i bilanci.",
     [("indirect", "di aver falsificato i bilanci", None)]),
    # its agent accuses
    ("Nel fascicolo resta l'accusa, formulata dalla procura, di aver corrotto due funzionari.",
     [("indirect", "di aver corrotto due funzionari", "procura")]),
    # the object of a speech verb stays that verb's
    ("Ha respinto l'accusa, rivolta dai giornali, di aver mentito.",
     [("indirect", "l'accusa", None)]),
    # the subject of a clause: its verb would end up in the charge
    ("L'accusa, formulata dalla procura di Milano, di aver corrotto due funzionari è caduta.", []),
])
def test_charge_with_issuing_participle(shipped, text, expected):
    """*l'accusa, rivolta a X, di…*: a charge whose issuing participle stands in commas between
    the noun and its *di* phrase is reported."""
    assert spoken(shipped, text) == expected
