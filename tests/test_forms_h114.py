"""Unmarked words after a colon: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

import kit
from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb delivering a statement with a noun of words or of a document as object, then a colon
    ("Il sindaco Carlo Bianchi ha rilasciato una dichiarazione ai cronisti davanti al municipio: la scuola di via Roma resterà chiusa fino a lunedì.",
     [("indirect", "la scuola di via Roma resterà chiusa fino a lunedì", "Carlo Bianchi")]),
    ("La Regione Toscana ha diffuso una nota nel pomeriggio: i lavori sul ponte riprenderanno a marzo.",
     [("indirect", "i lavori sul ponte riprenderanno a marzo", "Regione Toscana")]),
    ("La ministra Anna Verdi ha pubblicato un messaggio su Facebook: il governo non arretrerà di un passo.",
     [("indirect", "il governo non arretrerà di un passo", "Anna Verdi")]),
    # the words of another (di + a name), a message received, a thing shown: no report of the subject
    ("Il presidente Luca Neri ha letto la lettera di Giulia Rossi: il paese deve cambiare.", []),
    ("Il sindaco Mario Rossi ha ricevuto un messaggio dal prefetto: la zona rossa sarà estesa.", []),
    ("La polizia ha pubblicato le immagini del furto: due uomini entrano nel negozio.", []),
])
def test_issued_statement_before_colon(shipped, text, expected):
    """*X ha rilasciato una dichiarazione …: contenuto* reports the subject's words in any person."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of words, "da parte di" + its speaker, a stance of how it came, a colon
    ("La replica da parte della Juventus è stata immediata: il giocatore non è in vendita.",
     [("indirect", "il giocatore non è in vendita", "Juventus")]),
    ("La risposta da parte del sindacato Fiom è stata secca: nessuno sciopero verrà revocato.",
     [("indirect", "nessuno sciopero verrà revocato", "Fiom")]),
    # no noun of words: a list, a time, a frame of the writer's
    ("La delegazione ha visitato tre paesi: Italia, Francia e Spagna.", []),
    ("La riunione è iniziata alle 10:30 nella sala grande.", []),
    ("La situazione è questa: i treni sono fermi da due ore.", []),
])
def test_agent_da_parte_before_colon(shipped, text, expected):
    """*La risposta da parte di X è stata immediata: …* is X's words."""
    assert spoken(shipped, text) == expected


def test_issued_statement_about(shipped):
    doc = kit.analyze("Il sindaco Carlo Bianchi ha diffuso un comunicato: Giorgia Meloni deve venire a Napoli.", shipped)
    quotes = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "Giorgia Meloni deve venire a Napoli", "Carlo Bianchi")]
    assert "Giorgia Meloni" in quotes[0].about


@pytest.mark.parametrize("text,expected", [
    # a copula in the passato remoto before the stance adjective
    ("La risposta da parte del sindacato fu immediata: lo sciopero ci sarà se il governo non ritirerà il decreto.",
     [("indirect", "lo sciopero ci sarà se il governo non ritirerà il decreto", "sindacato")]),
])
def test_past_copula_stance(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive of a verb of saying, its agent after "da" up to the colon
    ("La notizia è stata annunciata dal sindaco, Mario Rossi: il teatro riaprirà a settembre.",
     [("indirect", "il teatro riaprirà a settembre", "Mario Rossi")]),
    ("L'accusa venne formulata dal procuratore Luca Neri: i due imprenditori avrebbero corrotto un funzionario.",
     [("indirect", "i due imprenditori avrebbero corrotto un funzionario", "Luca Neri")]),
    # a passive of another verb: the writer's own account
    ("Il raccolto è stato distrutto dalla grandine: i danni superano i due milioni.", []),
    ("Il ponte è stato chiuso dalla Provincia: le crepe sono troppo profonde.", []),
])
def test_passive_agent_before_colon(shipped, text, expected):
    """*X è stato annunciato da Y: …*: Y says what follows the colon."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a next sentence with a first-person possessive goes on with the words after the colon
    ("Il pilota Marco Neri era deluso dopo la gara: Abbiamo sbagliato la strategia delle gomme. La vittoria era alla portata della mia squadra.",
     [("indirect", "Abbiamo sbagliato la strategia delle gomme. La vittoria era alla portata della mia squadra", "Marco Neri")]),
    # a next sentence in the third person with no mark of the speaker is the writer's
    ("Il pilota Marco Neri era deluso dopo la gara: Abbiamo sbagliato la strategia delle gomme. La prossima gara si corre a Monza.",
     [("indirect", "Abbiamo sbagliato la strategia delle gomme", "Marco Neri")]),
])
def test_possessive_sentence_after_colon_words(shipped, text, expected):
    assert spoken(shipped, text) == expected


def test_issued_statement_after_subordinate_clause(shipped):
    """The speaker is the subject of the issuing verb, not of a clause before it."""
    text = ("Quando la frana ha bloccato la strada, il sindaco Luca Neri ha diffuso una nota: "
            "i residenti saranno ospitati nella palestra comunale.")
    assert spoken(shipped, text) == [
        ("indirect", "i residenti saranno ospitati nella palestra comunale", "Luca Neri")]


@pytest.mark.parametrize("text,expected", [
    # a passive of an issuing verb whose subject is a noun of words: the agent speaks
    ("Le accuse contro l'imprenditore sono state formalizzate dal procuratore, Luca Neri: l'ipotesi di reato è la corruzione.",
     [("indirect", "l'ipotesi di reato è la corruzione", "Luca Neri")]),
    # the same verbs with a thing as subject: no words
    ("Il pacco è stato consegnato dal postino Mario Rossi: dentro c'era un telefono.", []),
    ("Il pacco è stato depositato dal corriere davanti alla porta: dentro c'era un telefono.", []),
])
def test_passive_issuing_verb_before_colon(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "la notizia" + a verb of coming or being, then a colon: an unsigned report, speaker null
    ("La notizia arriva da Bruxelles: la Commissione ha approvato il piano per l'Italia.",
     [("indirect", "la Commissione ha approvato il piano per l'Italia", None)]),
    ("La notizia è arrivata in serata: il ministro Luca Neri si è dimesso.",
     [("indirect", "il ministro Luca Neri si è dimesso", None)]),
    # another verb, or the noun with its own "di": the writer's account
    ("La notizia ha sconvolto il paese: i funerali si terranno sabato.", []),
    ("La notizia della morte del cantante è arrivata ieri: i funerali si terranno sabato.", []),
])
def test_news_before_colon(shipped, text, expected):
    assert spoken(shipped, text) == expected


def test_continuation_colon_splits_unmarked_words(shipped):
    """*…; ed anche: …* inside unmarked words after a colon starts a second quotation of the
    same speaker."""
    text = ("L'allenatore Marco Neri ha detto al suo attaccante: Se non segni oggi, resti in panchina. "
            "Ma ti dico anche questo, se continui così perdi il posto; ed anche: Non tirare più da lontano ma entra in area.")
    assert spoken(shipped, text) == [
        ("indirect", "Se non segni oggi, resti in panchina. Ma ti dico anche questo, se continui così perdi il posto", "Marco Neri"),
        ("indirect", "Non tirare più da lontano ma entra in area", "Marco Neri")]


def test_semicolon_without_continuation_colon_does_not_split(shipped):
    text = "Il sindaco Luca Neri ha spiegato che la strada resterà chiusa; e poi i lavori riprenderanno a marzo."
    quotes = spoken(shipped, text)
    assert len(quotes) == 1 and quotes[0][2] == "Luca Neri"
