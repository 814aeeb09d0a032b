"""Direct quotations: where the cue and the speaker stand (kit issue #12), forms probed with
sentences written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # who takes the floor after a short setting opened by a preposition, then a colon
    ("Sul caso è intervenuta anche la senatrice Giovanna Ricci: «Chiediamo chiarezza subito».",
     [("direct", "Chiediamo chiarezza subito", "Giovanna Ricci")]),
    ("Nel pomeriggio ha parlato il prefetto Mario Landi: «La viabilità tornerà normale».",
     [("direct", "La viabilità tornerà normale", "Mario Landi")]),
    ("Dopo l'incidente è intervenuto il Codacons: «Servono controlli».",
     [("direct", "Servono controlli", "Codacons")]),
    # the look-alikes: another verb after the setting, and no marks after the colon
    ("Sul caso ha lavorato il cronista Marco Levi: «Una lunga inchiesta».", []),
    ("Sul posto è intervenuta la polizia: il traffico è stato deviato.", []),
])
def test_floor_after_setting(shipped, text, expected):
    """*Sulla vicenda è intervenuto X: «…»*: a setting before the verb of taking the floor does
    not hide its subject, who says the words after the colon."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of words, its unnamed speaker and how the words came, before a colon
    ("La replica del rettore è stata immediata: «Nessuna tassa in più per gli studenti».",
     [("direct", "Nessuna tassa in più per gli studenti", "rettore")]),
    ("Il commento dei sindacati è stato durissimo: «Un accordo che non rispettiamo».",
     [("direct", "Un accordo che non rispettiamo", "sindacati")]),
    ("La risposta della questura non si è fatta attendere: «Controlli ogni sera».",
     [("direct", "Controlli ogni sera", "questura")]),
    # named, as before; and the look-alike: a noun of a fact, no one's words
    ("Il commento della ministra Elena Sarti è stato netto: «Si cambia».",
     [("direct", "Si cambia", "Elena Sarti")]),
    ("Il bilancio della serata è stato pesante: «Otto feriti».", []),
])
def test_words_noun_with_stance(shipped, text, expected):
    """*La risposta del sindaco è stata secca: «…»*: the speaker of a noun of words that a stance
    follows is the description after *di*, also without a name."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb passing on someone's words with "le parole di X" as object, then a colon
    ("Il Messaggero riporta le parole dell'allenatore Dario Conte: «Resto qui fino a giugno».",
     [("direct", "Resto qui fino a giugno", "Dario Conte")]),
    ("Il settimanale riporta le parole della madre: «Mio figlio è innocente».",
     [("direct", "Mio figlio è innocente", "madre")]),
    # the look-alikes: a verb of one's own comment on another's words, and another object
    ("L'assessore Paolo Sala ha commentato le parole del sindaco: «Sono d'accordo con lui».",
     [("direct", "Sono d'accordo con lui", "Paolo Sala")]),
    ("L'assessore Paolo Sala riporta i dati del comune: «I turisti sono raddoppiati».",
     [("direct", "I turisti sono raddoppiati", "Paolo Sala")]),
])
def test_relayed_words(shipped, text, expected):
    """*Il giornale riporta le parole del ministro X: «…»*: the words are X's, not the paper's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a group noun with its di-phrase before the verb of a stance, then a colon
    ("Gli operai della fabbrica sono delusi: «Ci avevano promesso un contratto».",
     [("direct", "Ci avevano promesso un contratto", "operai della fabbrica")]),
    ("I familiari delle vittime sono indignati: «Nessuno ci ha chiesto scusa».",
     [("direct", "Nessuno ci ha chiesto scusa", "familiari delle vittime")]),
    # the look-alikes: a noun that is no group of speakers, and a group after a title
    ("I costi dell'energia sono alti: «Così non reggiamo».", []),
    ("Il portavoce degli studenti è deluso: «Ci hanno ignorato».",
     [("direct", "Ci hanno ignorato", "portavoce degli studenti")]),
])
def test_group_with_whose(shipped, text, expected):
    """*Gli abitanti del quartiere sono preoccupati: «…»*: a group of speakers with the *di*
    phrase that says whose group it is, right before the verb, is the clause's subject."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the object of a verb of citing, up to the colon, says the words after it
    ("Il Tirreno cita il vicesindaco Carlo Pace: «Il cantiere chiuderà a maggio».",
     [("direct", "Il cantiere chiuderà a maggio", "Carlo Pace")]),
    ("Nel suo discorso il rettore ha citato Leopardi: «Sempre caro mi fu quest'ermo colle».",
     [("direct", "Sempre caro mi fu quest'ermo colle", "Leopardi")]),
    # the look-alike: an object that cannot speak leaves the subject as the speaker
    ("Il sindacalista Aldo Ferri cita le cifre del bilancio: «Mancano tre milioni».",
     [("direct", "Mancano tre milioni", "Aldo Ferri")]),
])
def test_cited_object(shipped, text, expected):
    """*L'agenzia cita il portavoce X: «…»*: the person cited says the words, not the subject."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a group after a postposed cue ends before a place adverb opening a place phrase
    ("«Vogliamo risposte», urlavano gli operai davanti alla prefettura.",
     [("direct", "Vogliamo risposte", "operai")]),
    ("«Siamo con voi», hanno scandito i sostenitori fuori dal tribunale.",
     [("direct", "Siamo con voi", "sostenitori")]),
    # the look-alike: an adjective of the group stays in it
    ("«Siamo con voi», hanno scandito i sostenitori rossoneri.",
     [("direct", "Siamo con voi", "sostenitori rossoneri")]),
])
def test_group_before_place(shipped, text, expected):
    """*«…», gridavano i manifestanti davanti all'ambasciata*: the place is not the speaker's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # short marks as a sentence of their own right after one that only says how someone put it
    ("Il governatore Fabio Serra è stato netto. «Nessun rinvio».",
     [("direct", "Nessun rinvio", "Fabio Serra")]),
    ("L'allenatrice Giulia Moro non ha dubbi. «Ce la faremo».",
     [("direct", "Ce la faremo", "Giulia Moro")]),
    # the look-alikes: a stance with no one who speaks, marks inside a sentence, another verb
    ("Il quadro è chiaro. «Piano verde» è il nome del progetto.", []),
    ("Il bilancio è chiaro. «Piano verde».", []),
    ("Il governatore Fabio Serra è arrivato in aula. «Nessun rinvio».", []),
])
def test_short_after_stance(shipped, text, expected):
    """*X è stato chiaro. «Niente tasse»*: short marks right after a sentence of stance are the
    words of its subject, as after a colon."""
    assert spoken(shipped, text) == expected
