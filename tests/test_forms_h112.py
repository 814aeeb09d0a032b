"""Charges reported with *per*: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of investigation or complaint with per + the charge: the charge is reported
    ("I due fratelli sono indagati per l'omicidio del commerciante trovato morto sabato.",
     [("indirect", "l'omicidio del commerciante trovato morto sabato", None)]),
    ("La Procura di Bologna indaga per omicidio stradale e omissione di soccorso.",
     [("indirect", "omicidio stradale e omissione di soccorso", "Procura di Bologna")]),
    # the accuser with da, before or after the charge, speaks
    ("Tre studenti sono indagati dalla Procura dei minori di Milano per istigazione al suicidio.",
     [("indirect", "istigazione al suicidio", "Procura dei minori")]),
    ("Il sindaco, indagato per corruzione dalla Procura di Napoli, si è dimesso.",
     [("indirect", "corruzione", "Procura di Napoli")]),
    ("Il giornalista è stato querelato per diffamazione dal ministro.",
     [("indirect", "diffamazione", "ministro")]),
    # a time between the participle and its charge is no accuser
    ("Il dirigente risulta indagato dall'inizio di maggio per falso in bilancio.",
     [("indirect", "falso in bilancio", None)]),
    # the accused between the verb and its charge
    ("Maria Rossi l'aveva denunciato per stalking.",
     [("indirect", "stalking", "Maria Rossi")]),
    ("Tre persone accusate per la strage sono state fermate.",
     [("indirect", "la strage", None)]),
])
def test_charge_with_per(shipped, text, expected):
    """*indagato per X*, *la Procura indaga per X*, *querelato per X*, *denunciato per X*: X,
    the charge, is reported; the accuser with *da* or the subject speaks, else no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # investigating with no charge named: no report
    "La polizia indaga sulle cause dell'incidente.",
    "Sull'incidente indagano gli agenti della polizia stradale.",
    "I carabinieri indagano per capire chi abbia sparato.",
    # per + a time, not a charge
    "Il medico è indagato per la seconda volta.",
    "Il giudice ha indagato per mesi sulla vicenda.",
    # a charge verb with no charge after it
    "Il manager, già incriminato, è in carcere da una settimana.",
    # a sentence, a trial or an acquittal is no charge reported
    "Il cantante è stato condannato per diffamazione.",
    "Gli imputati per la strage sono stati assolti.",
    # look-alikes: a symptom, a tax return
    "Il paziente ha accusato un malore durante la notte.",
    "La denuncia dei redditi va presentata entro giugno.",
])
def test_not_a_charge(shipped, text):
    """Look-alikes of a charge: nothing reported."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # con/su + ipotesi (an adjective or not) + di, in a clause of an investigation: the charge,
    # held by the subject of a verb of investigating (charge_holding_verbs, test_forms_h118)
    ("La Procura di Lecce ha aperto un fascicolo con l'ipotesi di omicidio colposo.",
     [("indirect", "di omicidio colposo", "Procura di Lecce")]),
    ("Nel frattempo la Procura di Siena lavora sull'ipotesi di disastro ferroviario.",
     [("indirect", "di disastro ferroviario", "Procura di Siena")]),
    ("Cinque tecnici sono stati iscritti nel registro degli indagati con l'ipotesi accusatoria di crollo colposo.",
     [("indirect", "di crollo colposo", None)]),
    # a hypothesis outside an investigation: nothing
    ("Le ferite sono incompatibili con l'ipotesi di suicidio.", []),
    ("Gli analisti lavorano sull'ipotesi di un taglio dei tassi.", []),
])
def test_charge_hypothesis(shipped, text, expected):
    """*con l'ipotesi (accusatoria) di X*, *sull'ipotesi di X* where an investigation is named
    before it: X is a charge no one signs."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a charge noun opening its clause, a short phrase on the accused, a colon: the charge after it
    ("L'accusa per il sindaco: abuso d'ufficio e falso ideologico.",
     [("indirect", "abuso d'ufficio e falso ideologico", None)]),
    ("Le accuse contro i tre giovani: rapina aggravata e lesioni.",
     [("indirect", "rapina aggravata e lesioni", None)]),
    # the copula form stays
    ("L'accusa mossa al sindaco è di peculato.",
     [("indirect", "di peculato", None)]),
])
def test_charge_noun_colon(shipped, text, expected):
    """*L'accusa per X: Y*: a colon in place of the copula of *L'accusa per X è di Y*."""
    assert spoken(shipped, text) == expected
