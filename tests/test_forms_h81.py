"""What looks like speech but is not: rules, sayings and idioms as cues; forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Il contratto dice che l'azienda deve garantire i turni.", []),
    ("La norma dice chiaramente che il termine è perentorio.", []),
    ("Il codice della strada dice che bisogna fermarsi allo stop.", []),
    ("L'articolo 3 della Costituzione afferma che tutti i cittadini hanno pari dignità sociale.", []),
    ("Il comma 2 precisa che la sanzione è raddoppiata.", []),
    ("Il regolamento stabilisce che i consiglieri non possano votare due volte.", []),
    ("Come dice il proverbio, chi dorme non piglia pesci.", []),
    ("Il proverbio dice che chi va piano va sano e va lontano.", []),
    ("Come spiega il manuale, il filtro va cambiato ogni anno.", []),
    ("Come dice il nome, il festival dura tre giorni.", []),
    # a body, a person, a document of someone: words reported
    ("L'Ordine dei medici ha detto che la situazione è grave.",
     [("indirect", "la situazione è grave", "Ordine dei medici")]),
    ("Il ministro ha detto che il decreto arriverà domani.",
     [("indirect", "il decreto arriverà domani", "ministro")]),
    ("Come spiega il ministro Luca Verdi, il decreto scade domani.",
     [("indirect", "il decreto scade domani", "Luca Verdi")]),
    ("Il rapporto di Legambiente denuncia che i fiumi sono inquinati.",
     [("indirect", "i fiumi sono inquinati", "Legambiente")]),
    ("Un articolo del Corriere della Sera spiega che il ministro si dimetterà.",
     [("indirect", "il ministro si dimetterà", "Corriere della Sera")]),
])
def test_rules_and_sayings_speak_for_no_one(shipped, text, expected):
    """A rule, a law, a contract, a saying or a book of reference as the subject of a verb of
    saying (before it or after it, as in the come form) reports no one's words; a body, a
    person, a document someone issued still do."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il romanzo racconta che il protagonista fugge a Parigi.",
     [("indirect", "il protagonista fugge a Parigi", None)]),
    ("La canzone racconta che l'amore non finisce mai.",
     [("indirect", "l'amore non finisce mai", None)]),
    ("Il libro di Marco Rossi racconta che la mafia controllava il porto.",
     [("indirect", "la mafia controllava il porto", "Marco Rossi")]),
    ("Il film racconta la storia di un pescatore siciliano.", []),
])
def test_a_work_is_no_speaker(shipped, text, expected):
    """What a work says in a che-clause stays a report (the tune annotators keep it), but the work
    is no speaker: unsigned, or its author when the subject names one; a plot told is nothing."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Vale a dire che i fondi arriveranno solo a giugno.", []),
    ("I fondi arriveranno solo a giugno, vale a dire che il cantiere slitta.", []),
    ("Non è detto che il governo arrivi alla fine della legislatura.", []),
    ("Il progetto è, per così dire, in fase di stallo.", []),
    ("A dire il vero, la riunione è durata poco.", []),
    ("Luca Verdi ha detto addio alla Juventus dopo dieci anni.", []),
])
def test_idioms_of_saying(shipped, text, expected):
    """Idioms built on dire (vale a dire, non è detto, per così dire, a dire il vero, dire addio)
    report no one's words."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rossi ha dichiarato guerra alla mafia.", []),
    ("Il tribunale ha dichiarato il fallimento della società.", []),
    ("I medici hanno dichiarato la morte cerebrale del ragazzo.", []),
    ("Il sindaco ha negato alla Lega l'utilizzo della piazza.", []),
    ("Le autorità hanno negato l'ingresso ai giornalisti.", []),
    # the same verbs reporting words
    ("Il ministro ha dichiarato che la guerra è finita.",
     [("indirect", "la guerra è finita", "ministro")]),
    ("Luca Verdi ha negato le accuse.", [("indirect", "le accuse", "Luca Verdi")]),
    ("La famiglia ha annunciato la morte del cantante.",
     [("indirect", "la morte del cantante", "famiglia")]),
])
def test_acts_of_declaring_and_refusing(shipped, text, expected):
    """dichiarare guerra / il fallimento / la morte is an act, negare l'accesso / l'utilizzo a
    refusal (``sense_objects``): no words reported; a che-clause or denied charges still are."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La Regione anticipa l'ingresso a scuola al 7 settembre.", []),
    ("Il sindaco ha anticipato la chiusura dei negozi alle 20.", []),
    ("Il tribunale lo ha giudicato colpevole della strage.", []),
    ("La Corte d'assise ha giudicato l'imputato colpevole di omicidio.", []),
    ("La Juventus ha confermato la vetta della classifica.", []),
    ("Il bando precisa che le domande vanno presentate entro il 30 giugno.", []),
    # the same verbs reporting words
    ("Il ministro ha anticipato i contenuti del decreto.",
     [("indirect", "i contenuti del decreto", "ministro")]),
    ("Il ministro ha anticipato che il decreto arriverà domani.",
     [("indirect", "il decreto arriverà domani", "ministro")]),
    ("Il ministro ha giudicato inaccettabile la proposta.",
     [("indirect", "inaccettabile la proposta", "ministro")]),
    ("La Juventus ha confermato l'ingaggio di Luca Verdi.",
     [("indirect", "l'ingaggio di Luca Verdi", "Juventus")]),
])
def test_moving_a_date_a_verdict_a_lead(shipped, text, expected):
    """anticipare l'ingresso / la chiusura moves a date, giudicare colpevole is a verdict,
    confermare la vetta keeps a lead (``sense_objects``), a call for applications speaks for no
    one (``rule_texts``); previewing contents, judging a proposal, confirming a signing are words."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il presidente ha ricordato le vittime della strage con un minuto di silenzio.", []),
    ("Il sindaco ha ricordato i caduti di tutte le guerre.", []),
    ("Il sindaco ha ricordato che le vittime erano tutte giovani.",
     [("indirect", "le vittime erano tutte giovani", "sindaco")]),
    ("Il ministro ha ricordato l'impegno del governo per la ricostruzione.",
     [("indirect", "l'impegno del governo per la ricostruzione", "ministro")]),
])
def test_commemorating_is_no_report(shipped, text, expected):
    """ricordare le vittime / i caduti commemorates them (``sense_objects``); ricordare che… or
    an object that is something said stays a report."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("L'intesa precisa che il governo coprirà le spese.", []),
    ("Il trattato afferma che i confini sono inviolabili.", []),
    ("La bozza del decreto spiega che i fondi saranno divisi tra le regioni.", []),
    # the verb read as an adjective of the noun before it: that noun is still its subject
    ("Il testo dell'accordo precisa che le tariffe resteranno invariate.", []),
    ("La Regione precisa che il bando è aperto.", [("indirect", "il bando è aperto", "Regione")]),
])
def test_agreements_and_drafts_speak_for_no_one(shipped, text, expected):
    """An agreement, a treaty, a draft or a bare text (``rule_texts``) as the subject of a verb of
    saying reports no one's words, even when the parse reads the verb as an adjective."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ha dato una risposta precisa che ha convinto tutti.", []),
    ("Amnesty International denuncia che i detenuti sono torturati.",
     [("indirect", "i detenuti sono torturati", "Amnesty International")]),
])
def test_adjective_before_a_relative(shipped, text, expected):
    """A verb's adjective twin (precisa) before the che of a relative clause on the same noun is
    an adjective, not a cue."""
    assert speech(shipped, text) == expected
