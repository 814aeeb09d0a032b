"""Object, predicative and request cues (kit issue #12), probed with the forms German Wikinews
uses to report speech (bezeichnete als, kritisierte, warf vor, forderte auf…): sentences written
for these tests, none from a gold set or the fresh text."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the passive of a cue whose subject is a text no one speaks through (an agreement, a plan):
    # the subject is what was said of, the agent after the marks speaks
    ("Il trattato è stato definito «una svolta» dal presidente francese Marc Dubois.",
     [("mixed", "una svolta", "Marc Dubois")]),
    ("Il contratto è stato definito «un passo indietro» da Laura Bellini.",
     [("mixed", "un passo indietro", "Laura Bellini")]),
    # the look-alikes: the text itself speaking is still no one's words; the passive with no
    # agent names what a thing is called
    ("Il regolamento dice che i cani sono vietati nel parco.", []),
    ("Il contratto stabilisce che i turni durano otto ore.", []),
])
def test_passive_of_voiceless_subject(shipped, text, expected):
    """*L'accordo è stato definito «storico» da X*: a rule text as the subject of a passive is
    what was said of, not a voiceless speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the agent after the marked words of a passive speaks, a body or a description too
    ("La manovra è stata definita «un salasso» dalla Confcommercio.",
     [("mixed", "un salasso", "Confcommercio")]),
    ("La nuova linea del tram è stata definita «un fallimento» dai commercianti del centro.",
     [("mixed", "un fallimento", "commercianti del centro")]),
    ("Il risultato è stato giudicato «deludente» dal segretario del partito.",
     [("mixed", "deludente", "segretario del partito")]),
    # the look-alike: a name after the active verb
    ("Il sindaco Paolo Neri ha definito «un successo» la festa.",
     [("mixed", "un successo", "Paolo Neri")]),
])
def test_agent_after_marks(shipped, text, expected):
    """*X è stato definito «…» dalla Cgil*: the agent right after the marked words names who said
    them, not only when it is a person's name."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present the tagger reads as a noun or an adjective, a place's name as its object (a
    # country or a capital speaking of another one)
    ("La Francia accusa Londra di aver violato l'intesa sulla pesca.",
     [("indirect", "di aver violato l'intesa sulla pesca", "Francia")]),
    ("Mosca accusa Varsavia di ospitare basi straniere.",
     [("indirect", "di ospitare basi straniere", "Mosca")]),
    # the look-alikes: a place after a noun that is no verb, a place as the object of an act
    ("La Germania chiede Berlino come sede.", []),
    ("Il ministro Paolo Longo ha incontrato Kiev.", []),
])
def test_place_as_object(shipped, text, expected):
    """*Mosca accusa Kiev di…*: a place's name right after a present read as a noun is its object,
    as a person's or a body's name is."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb read as an adjective of the noun in a di-complement of the subject: the whole
    # noun phrase speaks
    ("L'associazione dei consumatori critica il rincaro delle bollette.",
     [("indirect", "il rincaro delle bollette", "associazione dei consumatori")]),
    ("Il sindacato degli infermieri critica il piano dei turni estivi.",
     [("indirect", "il piano dei turni estivi", "sindacato degli infermieri")]),
    # the look-alikes: a verb the tagger reads right, an adjective that is one
    ("Il comitato dei residenti denuncia il degrado della piazza.",
     [("indirect", "il degrado della piazza", "comitato dei residenti")]),
    ("La nave della marina critica ora è in porto.", []),
])
def test_subject_with_complement(shipped, text, expected):
    """*Il sindacato dei medici critica…*, *critica* read as an adjective of *medici*: the subject is
    the union, not *dei medici*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a locution that takes what it warns of with a preposition: the phrase is reported
    ("La Protezione civile mette in guardia contro le gite in montagna nel fine settimana.",
     [("indirect", "contro le gite in montagna nel fine settimana", "Protezione civile")]),
    ("Il presidente dell'Ordine dei medici, Carlo Sala, ha messo in guardia dall'uso degli antibiotici senza ricetta.",
     [("indirect", "dall'uso degli antibiotici senza ricetta", "Carlo Sala")]),
    # the look-alikes: the one warned with no phrase, a date after da
    ("L'allenatore Marco Pini ha messo in guardia la squadra.", []),
    ("Il ministro Paolo Longo ha messo in guardia dal primo gennaio i cittadini.", []),
])
def test_warning_locution(shipped, text, expected):
    """*mettere in guardia contro / da*: the locution's preposition (grammar
    ``preposition_contents`` keyed by the whole locution) opens what is warned of."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present read as a noun after a name that speaks: a bare plural object, or a manner
    # adverb and then the object
    ("Teheran minaccia ritorsioni contro gli Stati Uniti.",
     [("indirect", "ritorsioni contro gli Stati Uniti", "Teheran")]),
    ("La Cina critica aspramente la visita del ministro.",
     [("indirect", "la visita del ministro", "Cina")]),
    ("Il senatore Mario Bassi critica apertamente la scelta del partito.",
     [("indirect", "la scelta del partito", "Mario Bassi")]),
    # the look-alikes: the noun with its article and adjective, the noun after a possessive
    ("La minaccia terroristica resta alta in tutta Europa.", []),
    ("La sua critica puntuale ai governi precedenti è stata apprezzata.", []),
])
def test_present_read_as_noun(shipped, text, expected):
    """*Teheran minaccia ritorsioni*, *X critica duramente la riforma*: a third-person present the
    tagger reads as its noun is the verb after a name with a bare plural or an adverb of manner."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the one charged a clitic before the verb, the charge (di + a noun) right after it
    ("Il procuratore lo ha accusato di estorsione.",
     [("indirect", "di estorsione", "procuratore")]),
    ("I vicini lo accusano di maltrattamenti.",
     [("indirect", "di maltrattamenti", "vicini")]),
    # the look-alikes: di + an infinitive as before, and "di nuovo" (again), no charge
    ("La deputata Anna Neri lo ha accusato di aver mentito.",
     [("indirect", "di aver mentito", "Anna Neri")]),
    ("Lo hanno accusato di nuovo gli stessi avversari.", []),
])
def test_clitic_charge(shipped, text, expected):
    """*lo ha accusato di corruzione*: with the one charged a clitic, the charge comes right after
    the verb and is what is reported."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare participle set off by commas, its marked words, then its agent: the agent said them
    ("Il nuovo stadio, definito «una cattedrale nel deserto» dal consigliere Luca Bassi, aprirà a maggio.",
     [("mixed", "una cattedrale nel deserto", "Luca Bassi")]),
    ("Il decreto, definito «un pasticcio» dalla Confindustria, sarà riscritto.",
     [("mixed", "un pasticcio", "Confindustria")]),
    # the look-alikes: a participle of no speech verb, a name given by everyone
    ("Il regolamento, firmato «per presa visione» dal direttore, è in vigore.", []),
    ("Il quartiere, detto «la piccola Parigi» da tutti, è molto antico.", []),
])
def test_bare_participle_agent_after_marks(shipped, text, expected):
    """*La legge, definita «una vergogna» da X, …*: a bare participle of a verb that reports its
    object, whose agent follows its marked words, is a passive cue; the agent speaks (not the noun
    the participle describes, a text no one speaks through or not)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle made a noun, read as an adjective right after its article, is the subject
    ("L'imputato nega le accuse.",
     [("indirect", "le accuse", "imputato")]),
    ("Il fermato nega di aver rubato.",
     [("indirect", "di aver rubato", "fermato")]),
    # the look-alike: an ordinal as the subject stays unnamed (it refers back to someone)
    ("Il primo ha detto che tornerà.",
     [("indirect", "tornerà", None)]),
])
def test_participle_noun_subject(shipped, text, expected):
    """*L'imputato nega…*: a participle used as a noun that the tagger reads as an adjective is
    an unnamed, definite speaker, as the noun would be."""
    assert spoken(shipped, text) == expected
