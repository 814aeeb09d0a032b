"""Speakers of forms of Italian news and political prose written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of saying in the first person, outside any quotation: the writer's own report,
    # not the subject of the sentence before nor the one addressed
    ("Il senatore Franco Galli era assente in aula. Ieri ho dichiarato che il bilancio sarà rivisto entro l'estate.",
     [("indirect", "il bilancio sarà rivisto entro l'estate", None)]),
    ("Il prefetto Carlo Marini ha convocato le parti. Abbiamo chiesto ai sindacati di sospendere lo sciopero.",
     [("indirect", "di sospendere lo sciopero", None)]),
    # the look-alikes: a third person carries the subject before; a first person inside the
    # quotation is its speaker; a first person coordinated with a name shares the subject
    ("Il ministro Carlo Verdi è arrivato a Bari. Ha poi dichiarato che il porto sarà ampliato.",
     [("indirect", "il porto sarà ampliato", "Carlo Verdi")]),
    ("Mario Neri ha parlato ai giornalisti: «Ieri ho detto che il porto sarà ampliato e lo confermo».",
     [("direct", "Ieri ho detto che il porto sarà ampliato e lo confermo", "Mario Neri")]),
    ("MARIO TESTA. Chiedo di parlare.", [("indirect", "di parlare", "MARIO TESTA")]),
    ("Interviene Paolo Sanna. Abbiamo chiesto al ministro di riferire in aula.",
     [("indirect", "di riferire in aula", "Paolo Sanna")]),
    ("L'onorevole Gino Piras dichiara che la legge è giusta. Non abbiamo mai chiesto altro agli alleati.",
     [("indirect", "la legge è giusta", "Gino Piras"), ("indirect", "altro agli alleati", "Gino Piras")]),
    ("Marco Bassi ed io siamo stanchi e comunichiamo agli amici che partiremo domani.",
     [("indirect", "partiremo domani", "Marco Bassi")]),
    ("La presidente della Regione Laura Conti aveva risposto alle critiche, ritenendo che il piano fosse adeguato.",
     [("indirect", "il piano fosse adeguato", "Laura Conti")]),
])
def test_writers_first_person(shipped, text, expected):
    """A verb of saying in the first person outside any quotation (*ho dichiarato che…*,
    *abbiamo chiesto di…*) reports the writer's words: no name of the article speaks them."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive with no agent: no name of the sentence before is its agent
    ("Il regista Paolo Sarti ha girato tre film in Sicilia. Nel primo episodio viene descritta la versione alternativa del personaggio.",
     [("indirect", "la versione alternativa del personaggio", None)]),
    ("Il giudice Anna Rota ha letto la sentenza. Fu esclusa l'aggravante della premeditazione.",
     [("indirect", "l'aggravante della premeditazione", None)]),
    ("Il capitano Luca Serra ha guidato la squadra. È stata poi annunciata una partita amichevole contro il Bari.",
     [("indirect", "una partita amichevole contro il Bari", None)]),
    # the look-alikes: the agent named with "da"; an active verb with a null subject
    ("Il giudice Anna Rota ha letto la sentenza. Fu esclusa dal giudice Anna Rota l'aggravante della premeditazione.",
     [("indirect", "l'aggravante della premeditazione", "Anna Rota")]),
    ("Il sindaco Marco Livi ha incontrato i residenti. Ha poi promesso che il parco sarà riaperto.",
     [("indirect", "il parco sarà riaperto", "Marco Livi")]),
])
def test_agentless_passive(shipped, text, expected):
    """A passive with no agent (*fu esclusa…*, *viene descritta…*) names no one: the ranker
    does not give it a name from another sentence."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund after a clause whose subject is a noun phrase of its own sentence: that subject,
    # not the speaker of the sentence before
    ("La Francia aveva annunciato di aver chiuso il confine. La rivista adottò una linea prudente, dichiarando che non si sarebbe schierata con nessuno.",
     [("indirect", "di aver chiuso il confine", "Francia"), ("indirect", "non si sarebbe schierata con nessuno", "rivista")]),
    ("Il Comune di Lucca ha annunciato che il parco riaprirà. Il custode ha poi consegnato le chiavi al sindaco chiedendo che il cancello fosse riparato.",
     [("indirect", "il parco riaprirà", "Comune di Lucca"), ("indirect", "il cancello fosse riparato", "custode")]),
    # the look-alikes: no subject in the gerund's sentence (the one before carries on); a body
    # the rules already read as the subject
    ("Il ministro Carlo Verdi ha parlato ieri. Nel pomeriggio è tornato a Roma, spiegando che il porto sarà ampliato.",
     [("indirect", "il porto sarà ampliato", "Carlo Verdi")]),
    ("Il presidente Luigi Sala ha parlato ieri. Il governo ha ritirato il decreto, sostenendo che fosse incompleto.",
     [("indirect", "fosse incompleto", "governo")]),
])
def test_gerund_own_subject(shipped, text, expected):
    """A gerund shares the subject its own sentence gives the verb it depends on (*L'uomo ha
    consegnato il gatto chiedendo che…*), not the speaker of the sentence before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "circa" (or "riguardo") and an article: the topic the parse takes for the subject
    ("Il ministro Paolo Sanna ha visitato Bari. Circa la questione del porto rileva che i lavori sono in ritardo.",
     [("indirect", "i lavori sono in ritardo", "Paolo Sanna")]),
    # the look-alikes: a quantity after "circa" (the subject stays); a topic with a preposition
    ("Circa la metà dei medici ha dichiarato che il reparto è sicuro.",
     [("indirect", "il reparto è sicuro", "metà dei medici")]),
    ("Il sindaco Elena Costa ha incontrato i commercianti. Riguardo la chiusura del mercato ha detto che sarà temporanea.",
     [("indirect", "sarà temporanea", "Elena Costa")]),
])
def test_topic_before_verb(shipped, text, expected):
    """A noun phrase after a topic word with no preposition of its own (*Circa la questione
    coloniale rileva che…*, grammar ``topic_words``) is what is spoken of, not the subject."""
    assert spoken(shipped, text) == expected
