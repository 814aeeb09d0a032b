"""Organisations and bodies as speakers: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations

import pytest

import kit

from .helpers import spoken


def speech(nlp, text):
    return spoken(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Sottolinea Legambiente che l'aria in città è peggiorata.",
     [("indirect", "l'aria in città è peggiorata", "Legambiente")]),
    ("Legambiente: «Il fiume è inquinato».",
     [("direct", "Il fiume è inquinato", "Legambiente")]),
    ("Denuncia di Legambiente: il lago è a rischio.",
     [("indirect", "il lago è a rischio", "Legambiente")]),
    ("Legambiente e Wwf chiedono che il parco venga protetto.",
     [("indirect", "il parco venga protetto", "Legambiente e Wwf")]),
    ("Cgil e Uil hanno detto che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Cgil e Uil")]),
    ("L'Anm ha ribadito che la riforma indebolisce i magistrati.",
     [("indirect", "la riforma indebolisce i magistrati", "Anm")]),
    ("La Cgil Lombardia ha detto che il contratto è scaduto.",
     [("indirect", "il contratto è scaduto", "Cgil Lombardia")]),
    ("Il sindaco ha incontrato la Cgil per discutere del contratto.", []),
    ("La sede della Regione è stata chiusa per lavori.", []),
    ("La Cisl ha firmato l'accordo con la Regione.", []),
])
def test_known_bodies_speak(shipped, text, expected):
    """A well-known body the model misses or calls a person (Legambiente, Anm) is an entity that
    can speak, alone or joined; a longer name the model found (Cgil Lombardia) is kept whole; a
    body that is only an object or a place of the sentence gives nothing."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sottolinea Cisl che i costi sono aumentati.",
     [("indirect", "i costi sono aumentati", "Cisl")]),
    ("Aggiunge Caritas che i poveri sono aumentati.",
     [("indirect", "i poveri sono aumentati", "Caritas")]),
    ("Spiega Marco Rossi che il piano è pronto.",
     [("indirect", "il piano è pronto", "Marco Rossi")]),
    ("Marco Rossi ha detto che il piano è pronto.",
     [("indirect", "il piano è pronto", "Marco Rossi")]),
])
def test_opening_inverted_cue_is_not_the_name(shipped, text, expected):
    """A sentence opened by an inverted speech verb run into the name after it (*Sottolinea
    Cisl*) loses the verb: the name speaks; a name that only looks like a verb form (*Marco*,
    *marcare*) is untouched."""
    assert speech(shipped, text) == expected


def test_fill_pattern_does_not_cut_a_model_name(shipped):
    """A fill-only pattern relabels an entity of exactly its words and never cuts a longer one."""
    doc = kit.analyze("La Cgil Lombardia e l'Anm hanno firmato.", shipped)
    assert ("Cgil Lombardia", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert ("Anm", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_fill_must_be_boolean():
    from kit.rules.validate import entity_patterns
    ok = entity_patterns([{"label": "ORG", "pattern": "Codacons", "fill": True}], "t", "entity_patterns",
                         ("ORG",))
    assert ok[0]["fill"] is True
    with pytest.raises(Exception):
        entity_patterns([{"label": "ORG", "pattern": "Codacons", "fill": "yes"}], "t", "entity_patterns",
                        ("ORG",))


@pytest.mark.parametrize("text,expected", [
    ("Codacons: i prezzi salgono ancora\n\nIl Codacons ha spiegato ieri che gli aumenti pesano sulle famiglie.",
     [("indirect", "i prezzi salgono ancora", "Codacons"),
      ("indirect", "gli aumenti pesano sulle famiglie", "Codacons")]),
    ("Adusbef e Codacons: stangata da 500 euro\n\nAdusbef e Codacons denunciano che le tariffe sono aumentate.",
     [("indirect", "stangata da 500 euro", "Adusbef e Codacons"),
      ("indirect", "le tariffe sono aumentate", "Adusbef e Codacons")]),
    ("Cgil, Cisl e Uil: sciopero il 12 marzo\n\nCgil, Cisl e Uil hanno detto che il governo non ascolta.",
     [("indirect", "sciopero il 12 marzo", "Cgil, Cisl e Uil"),
      ("indirect", "il governo non ascolta", "Cgil, Cisl e Uil")]),
    ("Cgil e Regione Lombardia: firmato il contratto\n\nIl contratto è stato firmato ieri.", []),
])
def test_body_headlines(shipped, text, expected):
    """A headline *Body: content* (one body or bodies joined by *e*) is the body's indirect
    quote when the body speaks in the article; a paragraph-opening article run into a known
    body's name (*Il Codacons*) is not part of the speaker; joined bodies that do not speak
    again are the headline's topic."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Secca la smentita di Trenitalia: nessun treno è stato cancellato.",
     [("indirect", "nessun treno è stato cancellato", "Trenitalia")]),
    ("Allarme di Coldiretti: il caldo brucia i raccolti.",
     [("indirect", "il caldo brucia i raccolti", "Coldiretti")]),
    ("La critica di Legambiente: il piano non tutela le coste.",
     [("indirect", "il piano non tutela le coste", "Legambiente")]),
    ("La condanna del Comune: un gesto vile e inaccettabile.",
     [("indirect", "un gesto vile e inaccettabile", "Comune")]),
    ("Il costo dell'allarme: due milioni di euro.", []),
    ("La smentita è arrivata in serata.", []),
])
def test_stance_noun_frames_of_bodies(shipped, text, expected):
    """A frame *(Adj) la smentita / l'allarme / la critica / la condanna di X: …* gives X's words
    after the colon, as *Dura la replica della Cgil: …* does; the noun without *di* + a speaker
    is no frame."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dal Comune fanno sapere che la scuola riaprirà lunedì.",
     [("indirect", "la scuola riaprirà lunedì", "Comune")]),
    ("Dalla Regione spiegano che i fondi sono già stati stanziati.",
     [("indirect", "i fondi sono già stati stanziati", "Regione")]),
    ("Dal Codacons ribadiscono che i rincari sono ingiustificati.",
     [("indirect", "i rincari sono ingiustificati", "Codacons")]),
    ("Dai dati emerge che i prezzi sono saliti.", []),
    ("Dal Comune sono arrivati i fondi per la scuola.", []),
])
def test_fronted_body_with_plural_cue(shipped, text, expected):
    """*Dal Comune fanno sapere che…*: *da* + a body opening the sentence, then a cue in the third
    person plural without a subject: the body speaks (as in *Fanno sapere dal Comune che…*)."""
    assert speech(shipped, text) == expected
