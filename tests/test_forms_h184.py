"""Source markers whose noun phrase opens with a word for a whole group: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "entrambi" / "tutti" before the article: the group after it is the source
    ("Per entrambi i sindacati, la riforma delle pensioni è un errore.",
     [("indirect", "la riforma delle pensioni è un errore", "sindacati")]),
    ("Per tutti i medici, il nuovo vaccino è sicuro.",
     [("indirect", "il nuovo vaccino è sicuro", "medici")]),
    ("Secondo tutti i presenti, l'assessore ha lasciato l'aula prima del voto.",
     [("indirect", "l'assessore ha lasciato l'aula prima del voto", "presenti")]),
    # a plural of a group noun, with a quantifier or without
    ("Per entrambe le associazioni dei pescatori, questo è un passo avanti per la tutela del lago.",
     [("indirect", "questo è un passo avanti per la tutela del lago", "associazioni dei pescatori")]),
    ("Per le associazioni dei consumatori, il rincaro delle bollette non è giustificato.",
     [("indirect", "il rincaro delle bollette non è giustificato", "associazioni dei consumatori")]),
    # the look-alikes: a span of time, things, a beneficiary inside the clause
    ("Per tutti i giorni della settimana, la biblioteca resterà chiusa.", []),
    ("Per entrambe le gare, lo stadio di Prato resterà chiuso.", []),
    ("Per tutti gli anni Ottanta, la fabbrica ha prodotto motorini.", []),
    ("Il premio è stato diviso per tutti i vincitori, che lo hanno ritirato ieri.", []),
])
def test_whole_group_source(shipped, text, expected):
    """*per entrambi i sindacati, …*, *secondo tutti i presenti, …*: a word for the whole group
    (``both_words``, ``all_words``) before the article of a source's noun phrase; the head is the
    noun after the article."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a demonstrative pronoun for people named before, alone after "secondo"
    ("I geologi sono prudenti. Anzi, secondo questi, la frana potrebbe riprendere a muoversi.",
     [("indirect", "la frana potrebbe riprendere a muoversi", None)]),
    ("Il questore ha ascoltato il custode. Secondo costui, il cancello era aperto da ore.",
     [("indirect", "il cancello era aperto da ore", None)]),
    # the look-alikes: the same word before a noun (data, criteria, reasons), no one's words
    ("Secondo questi numeri, il traffico in città è in calo.", []),
    ("Secondo questi criteri, la domanda della squadra è stata respinta.", []),
    ("Per questi motivi, la galleria resterà chiusa.", []),
])
def test_demonstrative_source(shipped, text, expected):
    """*secondo questi, …*, *secondo costui, …*: a demonstrative pronoun for people
    (``person_demonstratives``) is the source's whole noun phrase; before a noun it is a
    determiner and *secondo questi criteri* stays out."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # only a time before the marker: it still opens the clause, with no comma
    ("Ieri sera secondo la questura alcuni ultrà avrebbero lanciato bottiglie contro gli agenti.",
     [("indirect", "alcuni ultrà avrebbero lanciato bottiglie contro gli agenti", "questura")]),
    ("Stamattina (12 aprile) secondo fonti accreditate una motovedetta avrebbe avvistato il relitto.",
     [("indirect", "una motovedetta avrebbe avvistato il relitto", None)]),
    # the look-alikes: a rule, a half of the match, an ordinal, "per" after a day
    ("Ieri secondo il regolamento la partita si è giocata a porte chiuse.", []),
    ("Ieri secondo tempo la squadra ha giocato meglio.", []),
    ("Ieri il secondo posto è andato alla squadra di Lecco.", []),
    ("Sabato per i tifosi del Como è stata una festa.", []),
])
def test_marker_after_opening_time(shipped, text, expected):
    """*Ieri sera secondo la questura …*, *Stamattina (12 aprile) secondo fonti …*: a source
    marker after a time that opens the sentence opens its clause as at the sentence start."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a marker between the subject of its clause and the verb, no commas: the whole clause
    ("Il nuovo viadotto secondo i tecnici della Regione non reggerà il traffico dei camion.",
     [("indirect", "Il nuovo viadotto secondo i tecnici della Regione non reggerà il traffico dei camion",
       "tecnici della Regione")]),
    ("Le due riforme a giudizio di molti commentatori sono pensate per chiudere il mercato ai piccoli.",
     [("indirect", "Le due riforme a giudizio di molti commentatori sono pensate per chiudere il mercato ai piccoli",
       None)]),
    # two sources, each with its own "di"
    ("Le due riforme a giudizio di molti commentatori e della stampa estera sono pensate per chiudere il mercato.",
     [("indirect", "Le due riforme a giudizio di molti commentatori e della stampa estera sono pensate per chiudere il mercato",
       None)]),
    # the look-alikes: a rule, a timetable, an ordinal
    ("Il bilancio secondo il regolamento deve essere approvato entro aprile.", []),
    ("Il pullman secondo l'orario parte alle nove.", []),
    ("La gara del secondo giorno è stata rinviata.", []),
])
def test_marker_between_subject_and_verb(shipped, text, expected):
    """*Le due riforme a giudizio di molti commentatori sono…*: a source marker between a short
    subject and the finite verb of its clause; the content is the clause with its subject."""
    assert spoken(shipped, text) == expected
