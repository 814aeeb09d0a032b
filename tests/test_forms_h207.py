"""Forms of Italian news for helper h207's changes (kinds and speakers): sentences written for
these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a number after "dei" in the source's possessor: the group named last, as "i due" would be
    ("Mario Rossi e Luca Bianchi sono stati fermati a Lecco. Il furgone, secondo la testimonianza "
     "dei due, era guidato da un amico.",
     [("indirect", "Il furgone, secondo la testimonianza dei due, era guidato da un amico",
       "Mario Rossi e Luca Bianchi")]),
    ("Anna Verdi, Paolo Neri e Carla Bruni sono stati liberati ieri. Secondo il racconto dei tre, "
     "i rapitori volevano uccidere anche l'autista.",
     [("indirect", "i rapitori volevano uccidere anche l'autista", "Anna Verdi, Paolo Neri e Carla Bruni")]),
    # the look-alikes: a noun after "dei", no names for the number, a number with its own noun
    ("Mario Rossi e Luca Bianchi sono stati fermati a Lecco. Secondo la versione dei loro avvocati, "
     "il furgone era guidato da un amico.",
     [("indirect", "il furgone era guidato da un amico", "avvocati")]),
    ("Due ragazzi sono stati fermati a Lecco. Secondo la testimonianza dei due, il furgone era "
     "guidato da un amico.",
     [("indirect", "il furgone era guidato da un amico", None)]),
    ("Mario Rossi è stato fermato a Lecco. Secondo la testimonianza di due passanti, il furgone era "
     "guidato da un amico.",
     [("indirect", "il furgone era guidato da un amico", "due passanti")]),
])
def test_counted_group_after_merged_preposition(shipped, text, expected):
    """*secondo la testimonianza dei due*: the number after a preposition merged with the plural
    article names the people named last, that many (not one of them)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sign held by a group: the group's words
    ("Centinaia di persone hanno sfilato in centro con bandiere; un cartello dei manifestanti recitava "
     "\"Fuori la mafia dalla nostra città, subito e per sempre\".",
     [("direct", "Fuori la mafia dalla nostra città, subito e per sempre", "manifestanti")]),
    ("Alla partenza del corteo un cartello dei contestatori diceva \"Il lavoro è un diritto, non un "
     "favore da chiedere\".",
     [("direct", "Il lavoro è un diritto, non un favore da chiedere", "contestatori")]),
    # the look-alikes: a sign of no one, a plate of a street, a document of a body
    ("Sul muro della scuola un cartello diceva \"Vietato l'ingresso ai non addetti ai lavori\".",
     [("direct", "Vietato l'ingresso ai non addetti ai lavori", None)]),
    ("La targa della via dice che il poeta nacque in questa casa nel 1820.", []),
    ("Una nota della Questura spiega che l'uomo è stato fermato all'alba.",
     [("indirect", "l'uomo è stato fermato all'alba", "Questura")]),
])
def test_sign_of_a_group(shipped, text, expected):
    """*un cartello dei contestatori recitava «…»*: a sign (``saying_words``) with a group after
    its *di* speaks for that group, as a document does for its issuer."""
    assert spoken(shipped, text) == expected
