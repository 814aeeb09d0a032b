"""Reported speech through verb constructions: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi è tornato a chiedere le dimissioni del direttore generale.",
     [("indirect", "le dimissioni del direttore generale", "Marco Rossi")]),
    ("Il sindaco Marco Rossi continua a negare ogni responsabilità.",
     [("indirect", "ogni responsabilità", "Marco Rossi")]),
    ("Marco Rossi è tornato a chiedere che la giunta si dimetta.",
     [("indirect", "la giunta si dimetta", "Marco Rossi")]),
    ("Marco Rossi è andato a chiedere un prestito in banca.", []),
    ("Marco Rossi continua a lavorare in fabbrica.", []),
    ("Anna Bruni è tornata a casa dopo il lavoro.", []),
])
def test_aspectual_carries_an_act_verb(shipped, text, expected):
    """After an aspectual verb (tornare a, continuare a) an infinitive of asking or denying
    with its object is what the subject says, not a purpose."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Anna Bruni ha domandato perché i fondi non siano stati spesi.",
     [("indirect", "perché i fondi non siano stati spesi", "Anna Bruni")]),
    ("Marco Rossi si è chiesto come sia possibile un simile ritardo.",
     [("indirect", "come sia possibile un simile ritardo", "Marco Rossi")]),
    ("Marco Rossi si è domandato perché nessuno sia intervenuto.",
     [("indirect", "perché nessuno sia intervenuto", "Marco Rossi")]),
    ("Anna Bruni ha chiesto quando riapriranno le scuole.",
     [("indirect", "quando riapriranno le scuole", "Anna Bruni")]),
    ("Il consigliere Luca Verdi ha chiesto quanto costerà l'opera.",
     [("indirect", "quanto costerà l'opera", "Luca Verdi")]),
    ("Il consigliere Luca Verdi ha chiesto se la giunta intenda rispondere.",
     [("indirect", "se la giunta intenda rispondere", "Luca Verdi")]),
])
def test_indirect_question(shipped, text, expected):
    """After chiedere, domandare (also reflexive: si è chiesto) a question word opening a
    clause gives the question, its word kept as se is."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Luca Verdi ha spiegato ai cittadini come verranno spesi i fondi.",
     [("indirect", "verranno spesi i fondi", "Luca Verdi")]),
    ("Nei prossimi giorni Marco Rossi spiegherà ai cittadini come verranno spesi i fondi.",
     [("indirect", "verranno spesi i fondi", "Marco Rossi")]),
    ("Il consigliere Luca Verdi ha chiesto al sindaco se la giunta intenda rispondere.",
     [("indirect", "se la giunta intenda rispondere", "Luca Verdi")]),
    ("Anna Bruni ha chiesto al prefetto perché i controlli siano stati sospesi.",
     [("indirect", "perché i controlli siano stati sospesi", "Anna Bruni")]),
    ("Marco Rossi ha parlato ai cittadini come fa ogni anno.", []),
])
def test_question_or_come_after_the_person_addressed(shipped, text, expected):
    """The person addressed (ai cittadini, al sindaco) is skipped before come (spiegare) or a
    question (chiedere) as it is before che."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La situazione è sotto controllo, fanno sapere dalla Prefettura.",
     [("indirect", "La situazione è sotto controllo", "Prefettura")]),
    ("I lavori riprenderanno lunedì, spiegano dalla Regione.",
     [("indirect", "I lavori riprenderanno lunedì", "Regione")]),
    ("La situazione è sotto controllo, fa sapere il Comune.",
     [("indirect", "La situazione è sotto controllo", "Comune")]),
    ("I due giovani sono tornati a casa, accompagnati dalla Polizia.", []),
])
def test_postposed_impersonal_plural_from_an_office(shipped, text, expected):
    """A postposed cue in the impersonal plural with da + an office (fanno sapere dalla
    Prefettura) reports the clause before it, the office speaking."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi ha ammesso che la situazione è difficile, pur ribadendo la fiducia nel governo.",
     [("indirect", "la situazione è difficile", "Marco Rossi"),
      ("indirect", "la fiducia nel governo", "Marco Rossi")]),
    ("Anna Bruni ha detto che il piano è valido, pur riconoscendo alcuni limiti.",
     [("indirect", "il piano è valido", "Anna Bruni")]),
])
def test_concessive_gerund_ends_the_content(shipped, text, expected):
    """A comma and pur + gerund end a che-clause as a bare gerund does: the concession is the
    writer's (or a cue of its own), not the end of the reported clause."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A chiedere le dimissioni del sindaco è stata Anna Bruni.",
     [("indirect", "le dimissioni del sindaco", "Anna Bruni")]),
    ("A criticare la scelta è stata Anna Bruni.",
     [("indirect", "la scelta", "Anna Bruni")]),
    ("A chiedere che il sindaco si dimetta è stata Anna Bruni.",
     [("indirect", "il sindaco si dimetta", "Anna Bruni")]),
    ("A dire che la crisi è finita è stato il ministro Luca Verdi.",
     [("indirect", "la crisi è finita", "Luca Verdi")]),
    ("A chiedere un rinvio è la Cgil, che teme nuovi tagli.",
     [("indirect", "un rinvio", "Cgil")]),
    ("È stato il sindaco Marco Rossi a chiedere le dimissioni del direttore.",
     [("indirect", "le dimissioni del direttore", "Marco Rossi")]),
    ("È Marco Rossi, fondatore del sito creato a riportare i dati del contagio.", []),
])
def test_cleft_on_the_cue(shipped, text, expected):
    """A cleft whose focus is a + infinitive of a cue (A chiedere X è stata Y; È stato Y a
    chiedere X): the content stops before the copula and the copula's subject speaks."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("È stato annunciato ieri dalla Regione lo stanziamento di due milioni.",
     [("indirect", "lo stanziamento di due milioni", "Regione")]),
    ("È stato chiesto in consiglio comunale dall'opposizione il rinvio del voto.",
     [("indirect", "il rinvio del voto", "opposizione")]),
    ("È stato confermato oggi dal ministro Luca Verdi che il decreto è pronto.",
     [("indirect", "il decreto è pronto", "Luca Verdi")]),
    ("Il ponte è stato inaugurato ieri dal sindaco Marco Rossi.", []),
])
def test_passive_agent_past_a_setting(shipped, text, expected):
    """The agent of a passive cue after a time or place (è stato annunciato ieri dalla X …)
    speaks; a passive of an act reports nothing."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dal ministero è stato annunciato che il bando scade domani.",
     [("indirect", "il bando scade domani", "ministero")]),
    ("Ieri, dal Comune, è stato comunicato che le scuole resteranno chiuse.",
     [("indirect", "le scuole resteranno chiuse", "Comune")]),
    ("Dal 2020 è stato stabilito che i fondi vadano ai comuni.",
     [("indirect", "i fondi vadano ai comuni", None)]),
])
def test_fronted_agent_of_a_passive_cue(shipped, text, expected):
    """An agent da X opening the clause right before a passive cue with che (Dal ministero è
    stato annunciato che…) is who speaks; a date is not."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il premio è stato annunciato dal sindaco che lo ha consegnato ieri.", []),
])
def test_agent_past_a_setting_not_in_a_relative(shipped, text, expected):
    """The agent found past a skipped setting is not one a relative clause follows."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi ha voluto ringraziare i volontari per il lavoro svolto.",
     [("indirect", "i volontari per il lavoro svolto", "Marco Rossi")]),
    ("Il sindaco Marco Rossi si è limitato a chiedere il rispetto delle regole.",
     [("indirect", "il rispetto delle regole", "Marco Rossi")]),
    ("Il ministro Luca Verdi non ha voluto ringraziare i volontari.", []),
    ("Marco Rossi è andato a ringraziare i volontari.", []),
    ("Anna Bruni e Luca Verdi hanno voluto ricordare il collega scomparso.", []),
])
def test_speech_modal_or_limitarsi_carries_a_told_act(shipped, text, expected):
    """A speech modal not negated (ha voluto) carries the infinitive of a told act
    (ringraziare, chiedere) with its object, and so does si è limitato a; remembering is no
    speech."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi ha detto, intervenendo alla Camera, che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Marco Rossi ha detto stamani, parlando ai giornalisti, che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Anna Bruni ha lasciato la sala, sbattendo la porta, che si è rotta.", []),
])
def test_gerund_of_the_occasion_between_cue_and_che(shipped, text, expected):
    """A gerund phrase set off by commas between the cue and che (ha detto, intervenendo alla
    Camera, che…) is the occasion, skipped like a setting."""
    assert speech(shipped, text) == expected
