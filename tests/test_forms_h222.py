"""Names the speaker ranker must not choose: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a name after "di" and a noun of kin or of a thing: whom the sentence is about, not the speaker
    # (a whole sentence in marks after a verb of saying with no "che": direct, as the guidelines
    # and the tune gold have it, *ha cominciato a gridare «…»*; h259)
    ("Alla fine del processo la madre di Luca Ferrante ha cominciato a urlare «Non è giusto».",
     [("direct", "Non è giusto", None)]),
    ("Alcuni nuovi elementi hanno fatto riaprire il caso della morte di Pietro Galli, giudicando le "
     "circostanze «poco chiare».",
     [("mixed", "poco chiare", None)]),
    # the look-alikes: "di" after a noun of words or thanks, or after a pronoun that stands for
    # one (the ranker may still name X), or the rules' own speaker, a description or a source
    ("Il documento indica una strada diametralmente opposta a quella di Marco Sereni e propone un "
     "ritorno al proporzionale.",
     [("indirect", "un ritorno al proporzionale", "Marco Sereni")]),
    ("Nel suo ringraziamento di Anna Neri alla squadra, ha definito la vittoria «meritata».",
     [("mixed", "meritata", "Anna Neri")]),
    ("Nelle parole di Carla Rossi alla stampa, la riforma resta «un passo necessario».",
     [("mixed", "un passo necessario", "Carla Rossi")]),
    ("Stando ai dati della Protezione civile, sarebbero oltre mille gli sfollati.",
     [("indirect", "sarebbero oltre mille gli sfollati", "Protezione civile")]),
    ("In serata, il figlio di Carlo Bianchi ha definito la sentenza «una vergogna».",
     [("mixed", "una vergogna", "figlio di Carlo Bianchi")]),
])
def test_possessor_not_ranker_speaker(shipped, text, expected):
    """A name after *di* and a common noun that is not of words, documents or bodies (*la madre
    di X*) is what the sentence speaks about: the ranker does not name it."""
    assert spoken(shipped, text) == expected
