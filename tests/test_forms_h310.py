"""Bug fixes of general constructions found by probing (kit issue #12): forms of Italian news
written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an adverb the tagger reads between the cue and "se" / "che" is the cue's, not the content's
    ("Il cronista Paolo Gatti le ha domandato infine se avesse paura.",
     [("indirect", "se avesse paura", "Paolo Gatti")]),
    ("L'assessora Giulia Conti ha chiesto addirittura se la gara fosse regolare.",
     [("indirect", "se la gara fosse regolare", "Giulia Conti")]),
    ("Il medico Marco Serra ha ammesso infine che la cura non funziona.",
     [("indirect", "la cura non funziona", "Marco Serra")]),
    ("Il preside Luca Bruni ha detto persino che la scuola chiuderà.",
     [("indirect", "la scuola chiuderà", "Luca Bruni")]),
    # the look-alikes: a cue adverb already skipped, "di" + an infinitive, and "solo se", a
    # subordinator of its own
    ("Il medico Marco Serra ha ammesso poi che la cura non funziona.",
     [("indirect", "la cura non funziona", "Marco Serra")]),
    ("Il preside Luca Bruni ha proposto infine di chiudere la scuola.",
     [("indirect", "di chiudere la scuola", "Luca Bruni")]),
])
def test_adverb_before_opener(shipped, text, expected):
    """*ha chiesto infine se…*, *ha detto addirittura che…*: the adverb between a cue and its
    opener is not the content's first word, and does not hide the content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second title in the sentence that named someone with another one is a second person
    ("Il governatore Piero Sala ha detto che la strada riaprirà, mentre il vicepresidente ha spiegato che servono fondi.",
     [("indirect", "la strada riaprirà", "Piero Sala"), ("indirect", "servono fondi", "vicepresidente")]),
    ("La sindaca Elena Villa ha annunciato che si candiderà, mentre l'assessore ha detto che non lo farà.",
     [("indirect", "si candiderà", "Elena Villa"), ("indirect", "non lo farà", "assessore")]),
    # the look-alikes: the same title again is the same person, in the sentence or after it
    ("Il ministro degli Esteri Paolo Longo ha visitato il porto e il ministro ha detto che i lavori finiranno.",
     [("indirect", "i lavori finiranno", "Paolo Longo")]),
    ("Il rettore Piero Sala è arrivato in aula. Il rettore ha detto che l'ateneo riaprirà.",
     [("indirect", "l'ateneo riaprirà", "Piero Sala")]),
])
def test_second_title_in_sentence(shipped, text, expected):
    """*Il sindaco X ha detto…, mentre il vicesindaco ha detto…*: a description with another
    title in the sentence that named X is someone else, not X."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cue inside a restrictive relative of the subject: the content ends before the main verb
    ("Gli operai che hanno chiesto aumenti salariali sono stati convocati in prefettura.",
     [("indirect", "aumenti salariali", "operai")]),
    ("I genitori che avevano chiesto di riaprire la mensa non sono stati ricevuti.",
     [("indirect", "di riaprire la mensa", "genitori")]),
    ("I tecnici che hanno detto che il ponte è sicuro sono stati premiati dalla giunta.",
     [("indirect", "il ponte è sicuro", "tecnici")]),
    # a cue inside a relative set off by commas whose main verb the tagger reads as an adjective
    ("Il deputato, che ieri ha contestato duramente il bilancio, adesso tace.",
     [("indirect", "il bilancio", "deputato")]),
    # the look-alikes: a relative of an object, at the sentence's end, keeps its whole content
    ("La prefettura ha convocato gli operai che hanno chiesto aumenti salariali.",
     [("indirect", "aumenti salariali", "operai")]),
    ("Gli operai hanno chiesto che gli aumenti arrivino entro l'estate.",
     [("indirect", "gli aumenti arrivino entro l'estate", "operai")]),
])
def test_cue_in_subject_relative(shipped, text, expected):
    """*I sindaci che hanno chiesto nuovi fondi sono stati ricevuti…*, *Il ministro, che ha
    criticato la riforma, oggi tace*: a cue in a relative of the subject reports up to the main
    clause's verb, never into it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an object cut by an aside cue inside its relative: the object ends before the relative pronoun
    ("L'assessora ha descritto il piano che, ha aggiunto, costerà poco.",
     [("indirect", "il piano", "assessora")]),
    ("Il vescovo ha ricordato la fatica dei volontari che, ha spiegato, non si fermano mai.",
     [("indirect", "la fatica dei volontari", "vescovo")]),
    ("Il sindaco ha ricordato la cascina nella quale, ha raccontato, si nascondevano i ribelli.",
     [("indirect", "la cascina", "sindaco")]),
    # the look-alike: the relative with no aside stays in the object
    ("Il vescovo ha ricordato i volontari che lavorano ogni giorno.",
     [("indirect", "i volontari che lavorano ogni giorno", "vescovo")]),
])
def test_object_before_relative_aside(shipped, text, expected):
    """*ha parlato del mercato che, ha detto, cresce*: the object never ends on its relative
    pronoun (*mercato che*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a person's subject pronoun before a cue after the closing mark: the person it refers to
    ("Il tenore Marco Galli è salito sul palco. «Questa sera canto per voi», lui ha detto.",
     [("direct", "Questa sera canto per voi", "Marco Galli")]),
    ("L'atleta Sara Fontana ha incontrato Luca Ricci. «Ho vinto per la squadra», lei ha spiegato.",
     [("direct", "Ho vinto per la squadra", "Sara Fontana")]),
    ("L'atleta Sara Fontana ha incontrato Luca Ricci. «Ho vinto per la squadra», lui ha risposto.",
     [("direct", "Ho vinto per la squadra", "Luca Ricci")]),
    # and set off by commas or dashes inside a clause without marks
    ("Il tenore Marco Galli è salito sul palco. Il concerto, egli dice, durerà due ore.",
     [("indirect", "Il concerto, egli dice, durerà due ore", "Marco Galli")]),
    ("La pittrice Anna Ferri ha aperto la mostra. Le tele – lei ha spiegato – sono tutte nuove.",
     [("indirect", "Le tele – lei ha spiegato – sono tutte nuove", "Anna Ferri")]),
    # the look-alikes: a pronoun in a relative, or a verb not of saying, is no aside cue
    ("Il tenore Marco Galli è salito sul palco. Le arie che lui ha scelto sono celebri.", []),
    ("Il tenore Marco Galli è salito sul palco. Il concerto, lui lo sa, durerà due ore.", []),
    # a person named in the lead: the pronoun may be that person or another, no reading
    ("Il tenore Marco Galli è salito sul palco. Il collega Paolo Neri, lui dice, canterà domani.", []),
])
def test_pronoun_aside(shipped, text, expected):
    """*«…», lui ha detto*, *Le scuole, egli dice, resteranno chiuse*: a subject pronoun before
    an aside cue; the speaker is the person the pronoun refers to."""
    assert spoken(shipped, text) == expected
