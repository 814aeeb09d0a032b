"""Where a reported content ends: a headline running on into the article, a passive's agent
after its subject, an object and a *che*-clause coordinated by *e*. Forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a headline without a final stop: its content ends before the capital function word that
    # opens the article's first sentence
    ("Il vescovo chiede aiuto per le famiglie sfollate A causa delle piogge di ieri il fiume è esondato.",
     [("indirect", "aiuto per le famiglie sfollate", "vescovo")]),
    ("Il sindacato denuncia turni troppo lunghi negli ospedali Dopo mesi di trattative la vertenza resta aperta.",
     [("indirect", "turni troppo lunghi negli ospedali", "sindacato")]),
    # a title after its work noun, a letter naming a thing: the content goes on
    ("Il regista ha detto che il film Il lungo inverno uscirà a marzo.",
     [("indirect", "il film Il lungo inverno uscirà a marzo", "regista")]),
    ("L'assessore ha detto che la linea A resterà chiusa fino a lunedì.",
     [("indirect", "la linea A resterà chiusa fino a lunedì", "assessore")]),
])
def test_headline_run_on(shipped, text, expected):
    """A capitalised function word (*A*, *Dopo*, *Il*…) right after a lower-case word, with no
    stop between, opens a new sentence: the headline's content ends there."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the agent "da parte di" after the passive's subject speaks; what was asked ends before it
    ("Già l'anno scorso ne era stata chiesta la chiusura da parte dei residenti.",
     [("indirect", "la chiusura", "residenti")]),
    ("Ieri è stata avanzata la proposta di un nuovo ospedale da parte del sindaco Paolo Verdi.",
     [("indirect", "un nuovo ospedale", "Paolo Verdi")]),
    # in an active report "da parte di" names who does what the noun says: the content goes on
    ("Il sindaco Paolo Verdi ha condannato l'uso della forza da parte della polizia.",
     [("indirect", "l'uso della forza da parte della polizia", "Paolo Verdi")]),
])
def test_passive_agent_after_content(shipped, text, expected):
    """*è stata chiesta X da parte di Y*: Y speaks, X is the content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an object and a che-clause coordinated by "e": two propositions, each its own quotation
    ("Il comitato di quartiere ha chiesto la chiusura della discarica e che i rifiuti vengano portati altrove.",
     [("indirect", "la chiusura della discarica", "comitato di quartiere"),
      ("indirect", "i rifiuti vengano portati altrove", "comitato di quartiere")]),
    # a relative inside the object: the second che is a second relative, one quotation
    ("Il sindacato ha chiesto una legge che tuteli i lavoratori e che preveda sanzioni per le aziende.",
     [("indirect", "una legge che tuteli i lavoratori e che preveda sanzioni per le aziende", "sindacato")]),
    # two che-clauses stay one quotation
    ("La deputata ha detto che la legge è sbagliata e che il partito voterà contro.",
     [("indirect", "la legge è sbagliata e che il partito voterà contro", "deputata")]),
])
def test_object_and_che_clause(shipped, text, expected):
    """*ha chiesto X e che Y*: the object and the *che*-clause are two quotations of one cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a comma, a noun phrase and a verb of speech (adverbs between): a new main clause
    # with a report of its own; the first content ends at the comma
    ("La polizia ritiene che la lite sia nata per motivi economici, gli inquirenti invece sostengono che si tratti di una vendetta.",
     [("indirect", "la lite sia nata per motivi economici", "polizia"),
      ("indirect", "si tratti di una vendetta", "inquirenti")]),
    ("Il sindaco ha detto che la scuola riaprirà lunedì, i genitori però chiedono che i lavori siano controllati.",
     [("indirect", "la scuola riaprirà lunedì", "sindaco"),
      ("indirect", "i lavori siano controllati", "genitori")]),
    # a subject listed with "e", an apposition between commas, a clause with no speech verb: the
    # content goes on
    ("Il ministro ha detto che il governo, i sindacati e le imprese chiedono una riforma.",
     [("indirect", "il governo, i sindacati e le imprese chiedono una riforma", "ministro")]),
    ("Il presidente ha spiegato che la crisi è finita, la ripresa invece sarà lenta.",
     [("indirect", "la crisi è finita, la ripresa invece sarà lenta", "presidente")]),
])
def test_report_after_comma_with_its_own_subject(shipped, text, expected):
    """*X ritiene che A, Y invece sostiene che B*: Y's report is not part of what X said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # phrases with the same preposition listed after commas and closed by "e": one object
    ("L'allenatore ha poi rivolto un ringraziamento alla squadra, alla società e ai tifosi del club.",
     [("indirect", "alla squadra, alla società e ai tifosi del club", "allenatore")]),
    # a relative or a purpose after the comma is not one more item
    ("Il sindaco ha chiesto aiuto alla Regione, alla quale aveva già scritto a gennaio.",
     [("indirect", "aiuto alla Regione", "sindaco")]),
    ("Il sindaco ha chiesto un incontro al prefetto, al fine di chiarire la situazione.",
     [("indirect", "un incontro al prefetto", "sindaco")]),
])
def test_list_of_phrases_with_one_preposition(shipped, text, expected):
    """*alla squadra, alla società e ai tifosi*: the comma inside a list of phrases opened by
    one preposition does not end an object content."""
    assert spoken(shipped, text) == expected
