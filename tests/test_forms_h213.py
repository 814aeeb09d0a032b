"""Speakers the ranker must not fill in, and the look-alikes it keeps: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an agentless passive: a name of the circumstance, the addressee or another clause's
    # subject, in the same sentence, is not the speaker
    ("La squadra ha perso la finale di Coppa contro il Torino. Dopo l'annuncio del ritiro di Paolo "
     "Gentile, viene comunicata anche la partenza di due giocatori a Trieste.",
     [("indirect", "la partenza di due giocatori a Trieste", None)]),
    ("Il volo per Bari è partito con tre ore di ritardo. Quando però i passeggeri sono scesi, al signor "
     "Giorgio Ferraris è stata comunicata la perdita del suo gatto, un persiano di sei anni.",
     [("indirect", "la perdita del suo gatto, un persiano di sei anni", None)]),
    ("Il governo ha presentato la manovra. Intanto, il ministro del lavoro Andrea Colombo ha ribadito che "
     "non ci sono fondi per una nuova legge, anche se, come era stato affermato nei giorni scorsi, la "
     "situazione dei conti è grave.",
     [("indirect", "non ci sono fondi per una nuova legge", "Andrea Colombo"),
      ("indirect", "la situazione dei conti è grave", None)]),
    ("Molti tifosi hanno lasciato fiori davanti allo stadio. Messaggi di cordoglio sono stati espressi "
     "anche da due celebri ciclisti, Marco Pantani e Gianni Bugno, mentre è stata annunciata una corsa "
     "benefica fra Como e Lecco, il cui ricavato andrà alle famiglie.",
     [("indirect", "una corsa benefica fra Como e Lecco, il cui ricavato andrà alle famiglie", None)]),
    # the look-alikes: the writer of the words or document the passive is read in, and the
    # subject of the clause whose object the passive qualifies, speak
    ("Il caso era stato chiuso in aprile. Nell'editoriale del Corriere Adriatico viene affermato che "
     "Marco Bellini era già stato avvisato del rinvio, prima di lasciare la città.",
     [("indirect", "Marco Bellini era già stato avvisato del rinvio, prima di lasciare la città",
       "Corriere Adriatico")]),
    ("Il processo è ripreso ieri. Nella lettera dell'avvocato Paolo Conti viene affermato che il "
     "testimone era già stato ascoltato.",
     [("indirect", "il testimone era già stato ascoltato", "Paolo Conti")]),
    ("Il consiglio si è riunito ieri. Non possiamo votare la seconda parte dell'ordine del giorno Ferrante, "
     "dove è detto che si approvano le nuove tariffe.",
     [("indirect", "si approvano le nuove tariffe", "Ferrante")]),
    # the agent before the verb
    ("Il consiglio si è riunito ieri. È stata discussa la proposta sostenuta da Bianchi sul bilancio, "
     "soluzione che da Bianchi è stata definita «la strada maestra».",
     [("mixed", "la strada maestra", "Bianchi")]),
    ("Il rapporto è uscito ieri. La rivista americana Fortune ha redatto una delle sue classifiche in cui "
     "vengono elencate le città più grandi destinate a scomparire.",
     [("indirect", "le città più grandi destinate a scomparire", "Fortune")]),
])
def test_agentless_passive_in_its_sentence(shipped, text, expected):
    """A passive cue with no agent names its speaker only as the writer of the words or document
    it is read in, or the subject of the clause its relative qualifies: the ranker fills in no
    other name of its sentence."""
    assert spoken(shipped, text) == expected
