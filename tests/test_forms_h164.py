"""Verbs of saying in senses that report no one's words, frequent in encyclopaedic prose: forms of
Italian written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an abstract noun or a fact pronoun as subject: a cause or a sign, no one's words
    ("La posizione della valle spiega come il paese sia stato conteso per secoli.", []),
    ("Questo spiega perché molti abitanti siano emigrati.", []),
    ("La mostra illustra la storia del porto dal Medioevo a oggi.", []),
    # a person, a body or a document as subject stays a report
    ("Il ministro spiega come il governo intenda procedere.",
     [("indirect", "il governo intenda procedere", "ministro")]),
    ("L'articolista spiega che i prezzi sono saliti.",
     [("indirect", "i prezzi sono saliti", "articolista")]),
    ("Il tifoso spiega che lo stadio era pieno.",
     [("indirect", "lo stadio era pieno", "tifoso")]),
    ("L'opposizione ha chiarito che voterà contro.",
     [("indirect", "voterà contro", "opposizione")]),
    ("Il rapporto dell'agenzia spiega che le emissioni sono in calo.",
     [("indirect", "le emissioni sono in calo", "agenzia")]),
    ("La portavoce ha sottolineato la gravità della situazione.",
     [("indirect", "la gravità della situazione", "portavoce")]),
    # a cue set off as an aside inside a quotation: the parse's subject is a noun of the quotation
    ("«La situazione», sottolinea il sindaco, «è sotto controllo».",
     [("direct", "La situazione", "sindaco"), ("direct", "è sotto controllo", "sindaco")]),
])
def test_accounting_verbs_with_abstract_subject(shipped, text, expected):
    """*spiegare*, *chiarire*, *sottolineare*, *segnalare*, *illustrare* with an abstract noun or a
    fact pronoun as subject account for something; with anyone else as subject they report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # riportare + a/in + luce, mente, vita…: bringing back, not reporting
    ("Gli archeologi hanno riportato alla luce una necropoli etrusca.", []),
    ("Il professore riportò alla luce un affresco del Trecento.", []),
    ("Il profumo del pane riporta alla mente l'infanzia.", []),
    # riportare of a report stays
    ("Il quotidiano ha riportato che il sindaco si dimetterà.",
     [("indirect", "il sindaco si dimetterà", "quotidiano")]),
    ("Il giornale riporta le parole del ministro.",
     [("indirect", "le parole del ministro", "giornale")]),
])
def test_riportare_bringing_back(shipped, text, expected):
    """*riportare alla luce / alla mente / in vita* brings something back; *riportare che…* and
    *riportare* + words report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of showing whose subject is the clause's it hangs on: a relative's antecedent through
    # a coordinated verb, a gerund's main clause
    ("L'azione austriaca, che aveva firmato un trattato con la Germania, mise in luce la debolezza della politica russa.", []),
    ("Il romanzo si svolge durante la guerra, evidenziando le difficoltà delle famiglie contadine.", []),
    # a person or a document there stays a report
    ("Il ministro ha parlato ai cronisti, evidenziando i ritardi dei cantieri.",
     [("indirect", "i ritardi dei cantieri", "ministro")]),
    ("Il sindaco, che aveva incontrato i residenti, ha confermato la chiusura della strada.",
     [("indirect", "la chiusura della strada", "sindaco")]),
    # a clitic object before the verb: the noun after it is the verb's own subject
    ("Le condizioni per una ripresa ci sono, e lo confermano analisti di diverse banche.",
     [("indirect", "Le condizioni per una ripresa ci sono", "analisti di diverse banche")]),
])
def test_evidence_verbs_inherited_subject(shipped, text, expected):
    """A verb of showing with no subject of its own takes its clause's: a thing shows, a person says."""
    assert spoken(shipped, text) == expected
