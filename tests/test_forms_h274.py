"""Reports no one signs, whatever the sentences before name: the impersonal *si* before a verb of
saying, with a preposition in its cue (*si parla di…*), a subject the parse misplaces inside the
reported clause, or quote marks around the clause (*si afferma che «…»*). Forms of Italian written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

DEBT = "il debito non può coprire gli sprechi degli amministratori"


@pytest.mark.parametrize("text,expected", [
    # "si parla di…": what people say, not the words of the person named before
    ("Il ministro Paolo Verdi ha presentato il bilancio. Quando si parla di pace, occorre ricordare chi è caduto.",
     [("indirect", "pace", None)]),
    ("Il ministro Paolo Verdi ha presentato il bilancio. In città si parla di un nuovo sindaco.",
     [("indirect", "un nuovo sindaco", None)]),
    # a document named before the impersonal cue speaks for its issuer
    ("Il ministro Paolo Verdi ha presentato il bilancio. Nella nota del ministero si parla di nuovi fondi.",
     [("indirect", "nuovi fondi", "ministero")]),
    # the look-alikes: the verb with a subject of its own, or carried by a coordinated verb
    ("Il ministro Paolo Verdi ha presentato il bilancio e ha parlato di pace.",
     [("indirect", "pace", "Paolo Verdi")]),
    ("La sindaca Giulia Ferri ha visitato il cantiere. Dice che la regione ostacola i lavori del porto.",
     [("indirect", "la regione ostacola i lavori del porto", "Giulia Ferri")]),
    # a reflexive self-report is the subject's
    ("La sindaca Giulia Ferri ha visitato il cantiere. Si è detta pronta a incontrare la regione.",
     [("indirect", "pronta a incontrare la regione", "Giulia Ferri")]),
])
def test_impersonal_talk_of(shipped, text, expected):
    """*si parla di X* (a cue that holds its preposition) is a report no one signs, as *si dice
    che…* is: the speaker stays null and the ranker does not fill it."""
    assert spoken(shipped, text) == expected


def test_impersonal_subject_inside_clause(shipped):
    """A subject the parse hangs on *si dice* past the start of its *che*-clause is the clause's:
    the report is still no one's."""
    text = ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Si dice che il Partito sardo "
            "intralci con ciò la riforma e perciò ci s'invita a cedere.")
    assert spoken(shipped, text) == [
        ("indirect", "il Partito sardo intralci con ciò la riforma e perciò ci s'invita a cedere", None)]


@pytest.mark.parametrize("text,expected", [
    # marked words of an impersonal report: no one's, as its unmarked clause
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nel documento inviato ai partiti "
     f"si afferma che «{DEBT}».", [("mixed", DEBT, None)]),
    # (a noun after a preposition the parse makes the verb's subject is none)
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nel testo inviato ai tre sindaci "
     f"della provincia si afferma che «{DEBT}».", [("mixed", DEBT, None)]),
    # the look-alikes: a document with its issuer, a subject of its own
    ("Il senatore Carlo Bianchi ha votato la fiducia al governo. Nella lettera del ministero "
     f"si afferma che «{DEBT}».", [("mixed", DEBT, "ministero")]),
    (f"Il senatore Carlo Bianchi ha detto che «{DEBT}».", [("mixed", DEBT, "Carlo Bianchi")]),
])
def test_impersonal_marked_clause(shipped, text, expected):
    """*si afferma che «…»*: the ranker leaves the mixed quotation null, as it leaves the same
    clause without marks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a minus sign typed for the dashes of an aside inside one pair of marks: two spans, the
    # aside's speaker (not the one named before)
    ("Il ministro Carlo Verdi ha parlato a lungo. «Era nostro dovere, dove serviva − ha detto Verdi − "
     "firmare intese già negoziate da tempo».",
     [("direct", "Era nostro dovere, dove serviva", "Carlo Verdi"),
      ("direct", "firmare intese già negoziate da tempo", "Carlo Verdi")]),
    ("La presidente Anna Neri ha ricevuto il collega. Il ministro Carlo Verdi ha parlato a lungo. "
     "«Era nostro dovere − ha detto la presidente Neri − firmare intese già negoziate da tempo».",
     [("direct", "Era nostro dovere", "Anna Neri"), ("direct", "firmare intese già negoziate da tempo", "Anna Neri")]),
    # an aside with no subject of its own, or with a description of the one named before
    ("Il ministro Carlo Verdi è arrivato a Parigi. «Abbiamo discusso − ha detto − in piena libertà, come si fa tra amici».",
     [("direct", "Abbiamo discusso", "Carlo Verdi"), ("direct", "in piena libertà, come si fa tra amici", "Carlo Verdi")]),
    ("Il ministro degli Esteri Carlo Verdi è arrivato a Parigi. «Noi siamo convinti − ha affermato il ministro degli "
     "Esteri italiano − che anche l’Europa può svolgere un ruolo».",
     [("direct", "Noi siamo convinti", "Carlo Verdi"), ("direct", "che anche l’Europa può svolgere un ruolo", "Carlo Verdi")]),
    # an en dash opening the aside, a minus sign closing it
    ("La presidente Anna Neri ha ricevuto il collega. Il ministro Carlo Verdi ha parlato a lungo. "
     "«Senza fiducia nel futuro – ha concluso la presidente Neri − nessuna regola potrà salvare l'accordo».",
     [("direct", "Senza fiducia nel futuro", "Anna Neri"),
      ("direct", "nessuna regola potrà salvare l'accordo", "Anna Neri")]),
    # the look-alikes: a minus sign with no cue after it (a score), the en dashes of an aside
    ("Il tecnico Marco Gialli ha detto: «Abbiamo vinto 3 − 2 e meritavamo anche di più».",
     [("direct", "Abbiamo vinto 3 − 2 e meritavamo anche di più", "Marco Gialli")]),
    ("Il ministro Carlo Verdi ha parlato a lungo. «Era nostro dovere – ha detto Verdi – firmare intese già "
     "negoziate da tempo».",
     [("direct", "Era nostro dovere", "Carlo Verdi"), ("direct", "firmare intese già negoziate da tempo", "Carlo Verdi")]),
])
def test_minus_sign_aside(shipped, text, expected):
    """*«… − ha detto X − …»*: a cue between two minus signs (or an en dash and a minus sign)
    inside one pair of marks interrupts the quotation as between en dashes, and names its speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a description after the aside cue's adverbs names the speaker, as right after the verb
    ("Il ministro degli Esteri Carlo Verdi è arrivato a Parigi. «Per questo – ha detto ancora il ministro degli "
     "Esteri italiano – faremo tutto il possibile».",
     [("direct", "Per questo", "Carlo Verdi"), ("direct", "faremo tutto il possibile", "Carlo Verdi")]),
    ("Il ministro degli Esteri Carlo Verdi è arrivato a Parigi. «La nascita del Consiglio – ha detto poi il "
     "ministro – fu accolta con scetticismo».",
     [("direct", "La nascita del Consiglio", "Carlo Verdi"), ("direct", "fu accolta con scetticismo", "Carlo Verdi")]),
    # a definite common noun after them too
    ("Il sindaco Carlo Verdi ha chiamato il numero verde. «Non posso aiutarla – gli risponde ancora l'operatore "
     "– domani è festa».",
     [("direct", "Non posso aiutarla", "operatore"), ("direct", "domani è festa", "operatore")]),
    # the look-alikes: a name after the adverb, a description or a noun right after the verb
    ("Il ministro degli Esteri Carlo Verdi è arrivato a Parigi. «Per questo – ha detto ancora Verdi – faremo tutto "
     "il possibile».",
     [("direct", "Per questo", "Carlo Verdi"), ("direct", "faremo tutto il possibile", "Carlo Verdi")]),
    ("Il ministro degli Esteri Carlo Verdi è arrivato a Parigi. «Per questo – ha detto il ministro – faremo tutto "
     "il possibile».",
     [("direct", "Per questo", "Carlo Verdi"), ("direct", "faremo tutto il possibile", "Carlo Verdi")]),
    ("Il sindaco Carlo Verdi ha chiamato il numero verde. «Non posso aiutarla – gli risponde l'operatore – domani "
     "è festa».",
     [("direct", "Non posso aiutarla", "operatore"), ("direct", "domani è festa", "operatore")]),
])
def test_description_after_cue_adverbs(shipped, text, expected):
    """*– ha detto ancora il ministro –*: the cue's adverbs (``cue_adverbs``, times) before the
    description of the speaker do not hide it."""
    assert spoken(shipped, text) == expected


VERDI = "Il ministro Carlo Verdi è arrivato a Parigi. "


@pytest.mark.parametrize("text,expected", [
    # an aside cue with no subject of its own, only adverbs or a phrase with a preposition after
    # it: the speaker carried, as with the bare verb
    (VERDI + "«Abbiamo discusso – ha detto infatti – in piena libertà».",
     [("direct", "Abbiamo discusso", "Carlo Verdi"), ("direct", "in piena libertà", "Carlo Verdi")]),
    (VERDI + "«Abbiamo discusso – ha detto alla stampa – in piena libertà».",
     [("direct", "Abbiamo discusso", "Carlo Verdi"), ("direct", "in piena libertà", "Carlo Verdi")]),
    (VERDI + "«Abbiamo discusso – ha aggiunto al riguardo – in piena libertà».",
     [("direct", "Abbiamo discusso", "Carlo Verdi"), ("direct", "in piena libertà", "Carlo Verdi")]),
    # the look-alikes: the bare verb; someone no one names after it, with or without a phrase before
    (VERDI + "«Abbiamo discusso – ha detto – in piena libertà».",
     [("direct", "Abbiamo discusso", "Carlo Verdi"), ("direct", "in piena libertà", "Carlo Verdi")]),
    (VERDI + "«Abbiamo discusso – ha commentato uno dei passeggeri – in piena libertà».",
     [("direct", "Abbiamo discusso", None), ("direct", "in piena libertà", None)]),
    (VERDI + "«Abbiamo discusso – ha detto alla stampa un funzionario – in piena libertà».",
     [("direct", "Abbiamo discusso", None), ("direct", "in piena libertà", None)]),
])
def test_aside_without_subject(shipped, text, expected):
    """*– ha detto infatti –*, *– ha detto alla stampa –*: the words after the aside's verb name
    no one (adverbs, a phrase opened by a preposition), so the quotation keeps the speaker the
    sentences before carry instead of being left to no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition between dashes inside the marks is no cue: the quotation stays whole
    (VERDI + "«Spero nella fiducia che il Senato – se crederà – vorrà concedermi con il suo voto».",
     [("direct", "Spero nella fiducia che il Senato – se crederà – vorrà concedermi con il suo voto", "Carlo Verdi")]),
    (VERDI + "«Spero nella fiducia che il Senato − se lo riterrà − vorrà concedermi con il suo voto».",
     [("direct", "Spero nella fiducia che il Senato − se lo riterrà − vorrà concedermi con il suo voto", "Carlo Verdi")]),
    # the look-alike: a cue between the dashes cuts it
    (VERDI + "«Spero nella fiducia – ha detto Verdi – che il Senato vorrà concedermi».",
     [("direct", "Spero nella fiducia", "Carlo Verdi"), ("direct", "che il Senato vorrà concedermi", "Carlo Verdi")]),
])
def test_condition_between_dashes(shipped, text, expected):
    """*– se crederà –*: a verb of saying or believing after a subordinating conjunction between
    dashes is a condition of the quotation's own sentence, not its cue."""
    assert spoken(shipped, text) == expected
