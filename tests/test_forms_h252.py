"""Speech verbs in a sense that is no saying, read from their object: forms of Italian written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title taken or given (``sense_objects``): no words
    ("Nel terzo secolo molti generali delle province si proclamarono imperatori.", []),
    ("Alla morte del sovrano, il figlio Enrico fu proclamato re.", []),
    ("I baroni proclamarono re il giovane Enrico.", []),
    ("Il generale Marco Aurelio Caro si proclamò imperatore nel 282.", []),
    ("Il papa Leone ha dichiarato santo il monaco Anselmo.", []),
    # a contract offered, privileges kept, abilities deployed: acts
    ("La società gli ha proposto un nuovo contratto di tre anni.", []),
    ("Dopo la partita il presidente Franco Villa ha proposto al giocatore un contratto da titolare.", []),
    ("Il nuovo signore confermò i privilegi e le franchigie della città.", []),
    ("Il club ha proposto all'attaccante Luca Sartori un contratto biennale.", []),
    ("Il governo sa che per i comuni giunge ora il momento di spiegare tutte le loro capacità di gestione.", []),
    # the look-alikes: a stance proclaimed or declared, a proposal, a fact confirmed, reasons explained
    ("L'imputato Marco Bianchi si è sempre proclamato innocente.",
     [("indirect", "innocente", "Marco Bianchi")]),
    ("Il capitano Giorgio Sala si è dichiarato favorevole al rinnovo.",
     [("indirect", "favorevole al rinnovo", "Giorgio Sala")]),
    ("Il sindaco Luca Ferri ha proposto una riduzione delle tariffe.",
     [("indirect", "una riduzione delle tariffe", "Luca Ferri")]),
    ("Il portavoce Paolo Gatti ha confermato l'arresto di due sospetti.",
     [("indirect", "l'arresto di due sospetti", "Paolo Gatti")]),
    ("La presidente Laura Conti ha spiegato le ragioni della scelta.",
     [("indirect", "le ragioni della scelta", "Laura Conti")]),
])
def test_object_of_another_sense(shipped, text, expected):
    """A title (*si proclamarono imperatori*, *fu dichiarato santo*), a contract (*gli ha
    proposto un contratto*), privileges (*confermò i privilegi*) or abilities (*spiegare le loro
    capacità*) as the object: the verb acts, it says nothing."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # debuting in a work or a place (``stage_verbs``): no words
    ("Il personaggio esordì in alcune storie pubblicate su una rivista per ragazzi.", []),
    # (the title in marks there is a name: other, not the words of the one who drew it)
    ("Il personaggio fu inventato da Tom Baxter ed esordì in alcune storie apparse sulla rivista "
     "\"Happy Duck ' s Funny Tales\".", []),
    # the look-alike: opening a speech with words
    ("Il ministro Carlo Bruni ha esordito con una frase secca: «Non ci arrenderemo mai».",
     [("direct", "Non ci arrenderemo mai", "Carlo Bruni")]),
])
def test_debut_in(shipped, text, expected):
    """*esordire in…* is a debut (in a work, a league, a year), not the opening words of a speech
    (*ha esordito con una frase: «…»*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an agentless passive of ``memory_verbs``: what is remembered; marks after it are the writer's
    ("Vengono soprattutto ricordate le vittorie dei fondisti norvegesi Ole Berg e Lars Dahl, "
     "il titolo nella staffetta e il \"lampo\" di Oslo.", []),
    ("Il regista Paolo Neri è ricordato soprattutto per il film \"Notte fonda\".", []),
    # the look-alikes: a clause after the passive, an active with its speaker
    ("Nel comunicato viene ricordato che la strada resterà chiusa fino a lunedì.",
     [("indirect", "la strada resterà chiusa fino a lunedì", None)]),
    ("Il sindaco Luca Ferri ha ricordato l'impegno dei volontari.",
     [("indirect", "l'impegno dei volontari", "Luca Ferri")]),
])
def test_remembered(shipped, text, expected):
    """*vengono ricordate le imprese…*, *è ricordato per…*: memory, no one recalling aloud."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # rights protected (an association's aim), the times one remembers (``sense_objects``)
    ("Da anni sostiene Amnesty Italia, l'associazione che difende i diritti dei detenuti di tutto il paese.", []),
    ("Il sindacato Unione Lavoratori difende gli interessi dei pescatori.", []),
    ("I più anziani ricordano i tempi in cui i ragazzi del paese erano tutti «figli della valle».", []),
    # the look-alikes: a choice defended, words recalled
    ("Il sindaco Luca Ferri ha difeso la scelta della giunta.",
     [("indirect", "la scelta della giunta", "Luca Ferri")]),
    ("Il sindaco Luca Ferri ha ricordato le parole del fondatore.",
     [("indirect", "le parole del fondatore", "Luca Ferri")]),
])
def test_protected_or_remembered(shipped, text, expected):
    """*difende i diritti di…* protects, *ricordano i tempi in cui…* remember: no words, and
    marks after it are the writer's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund of showing or accounting with "così" after it (``consequence_adverbs``): what the
    # clause before shows, no words
    ("Nel 1850 la contrada cambiò il rosso con il giallo, spiegando così i colori dello stemma attuale.", []),
    ("Il poeta Marco Levi imita il rivale in ogni verso, rivelando così un rapporto di odio e amore.", []),
    # the look-alike: the gerund with its object right after it
    ("Il portavoce Paolo Gatti ha parlato a lungo, spiegando le ragioni del ritardo.",
     [("indirect", "le ragioni del ritardo", "Paolo Gatti")]),
])
def test_thereby(shipped, text, expected):
    """*…, rivelando così un rapporto…*: the consequence of the clause before, not a report."""
    assert spoken(shipped, text) == expected
