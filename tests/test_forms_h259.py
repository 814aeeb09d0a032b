"""An editor's heading in square brackets between a sentence and a quotation (collections of
speeches: *… resta un passo obbligato. [Sulla cooperazione con la Grecia] «Come lei sa…»*):
forms of Italian written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

import kit

from .helpers import blank_nlp, spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the heading opens a new sentence: the che-clause before it ends at its full stop, and the
    # marked paragraph after it is a whole utterance (direct), not a fragment of that clause
    ("Il ministro Carlo Bianchi ha ricordato ai colleghi che l'accordo con la Francia resta un "
     "passo obbligato. [Sulla cooperazione con la Grecia] «Come lei sa bene, il nostro Paese "
     "lavora da anni a un'intesa con Atene.»",
     [("indirect", "l'accordo con la Francia resta un passo obbligato", "Carlo Bianchi"),
      ("direct", "Come lei sa bene, il nostro Paese lavora da anni a un'intesa con Atene.", "Carlo Bianchi")]),
    ("La senatrice Giulia Ferri ha aggiunto che il bilancio del comune è in ordine. [Il porto di "
     "Livorno] «L'inaugurazione della nuova banchina mostra quanto la città creda nel suo mare.»",
     [("indirect", "il bilancio del comune è in ordine", "Giulia Ferri"),
      ("direct", "L'inaugurazione della nuova banchina mostra quanto la città creda nel suo mare.", "Giulia Ferri")]),
    # a heading before a sentence of the writer's: the report before it ends at its full stop
    ("Il ministro Carlo Bianchi ha detto che la Francia resta un alleato. [Sulla Grecia] Il "
     "portavoce Marco Gialli ha risposto che l'intesa è vicina.",
     [("indirect", "la Francia resta un alleato", "Carlo Bianchi"),
      ("indirect", "l'intesa è vicina", "Marco Gialli")]),
    # look-alikes that do not change: an omission in brackets inside a quotation, before a
    # lower-case word, and brackets inside a sentence
    ("Il sindaco Paolo Verdi ha detto: «Abbiamo aspettato troppo a lungo. [...] dobbiamo "
     "ripartire subito con i lavori».",
     [("direct", "Abbiamo aspettato troppo a lungo. [...] dobbiamo ripartire subito con i lavori", "Paolo Verdi")]),
    ("Il ministro Carlo Bianchi ha ricordato che l'accordo con la Francia (firmato a Parigi) "
     "resta «un passo obbligato» per il Paese.",
     [("mixed", "un passo obbligato", "Carlo Bianchi")]),
])
def test_bracketed_heading(shipped, text, expected):
    """A square bracket after a full stop opens a sentence when its first word could open one
    (an editor's heading), as a round one does; not an omission, *[...] dobbiamo*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,sentences", [
    # a heading in square brackets after a full stop opens a sentence
    ("Il piano è pronto. [Sulla crisi] «Serve tempo», ha detto.",
     ["Il piano è pronto.", "[Sulla crisi] «Serve tempo», ha detto."]),
    ("Il piano è pronto. [Sulla crisi] Il ministro ha parlato.",
     ["Il piano è pronto.", "[Sulla crisi] Il ministro ha parlato."]),
    # not an omission before a lower-case word, nor brackets inside a sentence
    ("«Il piano è pronto? [...] serve tempo», ha detto.", ["«Il piano è pronto? [...] serve tempo», ha detto."]),
    ("Il piano [quello del governo] è pronto.", ["Il piano [quello del governo] è pronto."]),
])
def test_bracketed_heading_sentences(text, sentences):
    """The rule-based sentence splitter (``kit_sentences``) on bracketed headings."""
    doc = kit.analyze(text, blank_nlp())
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == sentences


@pytest.mark.parametrize("text,expected", [
    # a marked sentence the fragment model takes as speech, with a capital letter and a finite
    # verb, after a verb of saying with no "che": the speaker's whole utterance, direct
    ("Alla lettura della sentenza, Giovanna Neri ha cominciato a gridare «Me lo portano via», "
     "mentre gli agenti la accompagnavano fuori.",
     [("direct", "Me lo portano via", "Giovanna Neri")]),
    # look-alikes: a piece of a clause in lower case stays mixed; words all capitalised stay a title
    ("I dirigenti del Partito Nuovo hanno escluso il consigliere, in quanto la sospensione «non è "
     "prevista dal regolamento» interno.",
     [("indirect", "il consigliere", "dirigenti del Partito Nuovo"),
      ("mixed", "non è prevista dal regolamento", "dirigenti del Partito Nuovo")]),
    ("Il regista Paolo Sarti ha spiegato ai giornalisti che il pubblico, davanti a «Tutto Scorre "
     "Veloce», ha riso molto.",
     [("indirect", "il pubblico, davanti a «Tutto Scorre Veloce», ha riso molto", "Paolo Sarti")]),
])
def test_fragment_as_whole_utterance(shipped, text, expected):
    """A fragment the fragment model turns into speech is direct when it is a sentence of its
    own (capitalised, a finite verb, not a title's capitals), else mixed."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # marks right after a verb of saying that open with the reported clause's own word (*se*,
    # *che*, *di* + infinitive): a fragment of reported syntax, mixed
    ("Il ministro Luca Verdi domanda «se, per caso, non ha mai ricevuto notizie sulla Grecia».",
     [("mixed", "se, per caso, non ha mai ricevuto notizie sulla Grecia", "Luca Verdi")]),
    ("I sindaci della valle dichiararono «di impegnarsi in modo definitivo per la nuova strada».",
     [("mixed", "di impegnarsi in modo definitivo per la nuova strada", "sindaci della valle")]),
    # look-alikes: a sentence of its own, an exclamation, "di" as a preposition
    ("Il ministro Luca Verdi ha detto «Serve più tempo per la riforma».",
     [("direct", "Serve più tempo per la riforma", "Luca Verdi")]),
    ("Il ministro Luca Verdi ha detto «che vergogna, questa strada!».",
     [("direct", "che vergogna, questa strada!", "Luca Verdi")]),
    ("Il ministro Luca Verdi ha detto «di questo parleremo domani in consiglio».",
     [("direct", "di questo parleremo domani in consiglio", "Luca Verdi")]),
])
def test_reported_clause_opens_in_marks(shipped, text, expected):
    """Marks right after a verb of saying, no colon, opening with *se*, *che* or *di* + an
    infinitive hold the reported clause: mixed."""
    assert spoken(shipped, text) == expected
