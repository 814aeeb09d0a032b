"""Nested reports (kit issue #12, probes 'nested reports'): forms of Italian news written for
these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a report inside a che-clause, the person addressed between its verb and che
    ("Il delegato sindacale Piero Sala ha raccontato che il direttore Luca Bruni ha detto agli operai che lo stabilimento resterà aperto.",
     [("indirect", "il direttore Luca Bruni ha detto agli operai che lo stabilimento resterà aperto", "Piero Sala"),
      ("indirect", "lo stabilimento resterà aperto", "Luca Bruni")]),
    ("La portavoce Anna Serra ha spiegato che il ministro Carlo Villa ha assicurato ai sindaci che i fondi arriveranno a maggio.",
     [("indirect", "il ministro Carlo Villa ha assicurato ai sindaci che i fondi arriveranno a maggio", "Anna Serra"),
      ("indirect", "i fondi arriveranno a maggio", "Carlo Villa")]),
    # a request with di inside a che-clause, its subject a name
    ("Il senatore Paolo Rinaldi ha riferito che la premier Giulia Neri ha chiesto ai ministri di rinviare le nomine.",
     [("indirect", "la premier Giulia Neri ha chiesto ai ministri di rinviare le nomine", "Paolo Rinaldi"),
      ("indirect", "di rinviare le nomine", "Giulia Neri")]),
    ("La diplomatica Sara Conti ha detto che la Germania ha promesso di partecipare al vertice.",
     [("indirect", "la Germania ha promesso di partecipare al vertice", "Sara Conti"),
      ("indirect", "di partecipare al vertice", "Germania")]),
    # the look-alikes: a plan, a passive charge, a request inside a time clause, a generic
    # subject: the outer report only
    ("Il quotidiano ha scritto che i ladri stavano progettando di svaligiare la banca.",
     [("indirect", "i ladri stavano progettando di svaligiare la banca", "quotidiano")]),
    ("Il settimanale ha scritto che il senatore Paolo Gatti è sospettato di aver falsificato i bilanci.",
     [("indirect", "il senatore Paolo Gatti è sospettato di aver falsificato i bilanci", "settimanale")]),
    ("Il sindaco Luca Neri ha detto che il cantiere ripartirà solo dopo che la Regione avrà chiesto al governo di sbloccare i fondi.",
     [("indirect", "il cantiere ripartirà solo dopo che la Regione avrà chiesto al governo di sbloccare i fondi", "Luca Neri")]),
    ("Il sociologo Marco Neri ha detto che i giovani dichiarano di leggere sempre meno.",
     [("indirect", "i giovani dichiarano di leggere sempre meno", "Marco Neri")]),
])
def test_report_inside_report(shipped, text, expected):
    """*X ha detto che Y ha detto ai Z che…*, *X ha riferito che Y ha chiesto ai Z di…*: the
    inner report is a quote of its own, the inner speaker's, inside the outer one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lower-case noun phrase in marks right after the verb, no verb of its own: the object
    # the verb reports, a fragment of the reporter's syntax
    ("La presidente del Senato, Anna Moretti, ha chiesto «equilibrio e senso dello Stato» a tutti i gruppi.",
     [("mixed", "equilibrio e senso dello Stato", "Anna Moretti")]),
    ("Il sindacato degli infermieri ha denunciato «turni massacranti e reparti senza personale» negli ospedali della provincia.",
     [("mixed", "turni massacranti e reparti senza personale", "sindacato degli infermieri")]),
    # the look-alikes: a sentence of its own (a capital letter and a verb), an exclamation
    ("Il vescovo Paolo Serra ha detto «Siamo tutti più poveri» e ha lasciato la chiesa.",
     [("direct", "Siamo tutti più poveri", "Paolo Serra")]),
    ("I tifosi hanno gridato «fuori i ladri!» sotto la sede del club.",
     [("direct", "fuori i ladri!", "tifosi")]),
])
def test_object_phrase_in_marks(shipped, text, expected):
    """*ha chiesto «rispetto per le istituzioni»*: a noun phrase in marks after a verb without
    a colon, lower case and without a verb of its own, is mixed, not the speaker's whole words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # words quoted inside a direct quotation after a verb in the third person: its subject's
    ("«Il direttore Carlo Villa mi ha chiamato e mi ha detto: \"Il reparto chiude domani\". Non ci potevo credere», ha raccontato l'infermiera Laura Gatti.",
     [("direct", "Il direttore Carlo Villa mi ha chiamato e mi ha detto: \"Il reparto chiude domani\". Non ci potevo credere", "Laura Gatti"),
      ("direct", "Il reparto chiude domani", "Carlo Villa")]),
    ("«Dopo la frana il geometra ha urlato \"via dalle case\" e siamo corsi in piazza», ha raccontato il residente Piero Conti.",
     [("direct", "Dopo la frana il geometra ha urlato \"via dalle case\" e siamo corsi in piazza", "Piero Conti"),
      ("direct", "via dalle case", "geometra")]),
    # the look-alikes: the speaker's own words in the first person (mi sono detto, ho gridato),
    # and marks with no verb before them (a term)
    ("«In quel momento mi sono detto: \"Adesso o mai più\"», ha raccontato lo scalatore Marco Neri.",
     [("direct", "In quel momento mi sono detto: \"Adesso o mai più\"", "Marco Neri"),
      ("direct", "Adesso o mai più", "Marco Neri")]),
    ("«Ho gridato \"aiuto\" finché ho potuto», ha detto la turista Anna Serra.",
     [("direct", "Ho gridato \"aiuto\" finché ho potuto", "Anna Serra"),
      ("direct", "aiuto", "Anna Serra")]),
    ("«Per noi è un \"grande passo\" avanti», ha detto il sindaco Marco Neri.",
     [("direct", "Per noi è un \"grande passo\" avanti", "Marco Neri")]),
])
def test_quotation_inside_quotation(shipped, text, expected):
    """*«Il sindaco X mi ha detto: "…"», ha raccontato Y*: the inner words are X's, the subject
    of the verb inside the quotation, not the quotation's speaker, who only heard them (*mi*
    is the hearer when the verb is not in the first person)."""
    assert spoken(shipped, text) == expected
