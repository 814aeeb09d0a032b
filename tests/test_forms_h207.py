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
