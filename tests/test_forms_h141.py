"""Reported speech with no cue word: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an elided clitic of the first person (m' = mi before a vowel) speaks in the speaker's voice
    ("Il tecnico Marco Ferri ha parlato dopo la partita: abbiamo giocato male. Non m'importa il risultato di oggi. "
     "La squadra torna ad allenarsi domani.",
     [("indirect", "abbiamo giocato male. Non m'importa il risultato di oggi", "Marco Ferri")]),
    ("La cantante Laura Bini ha salutato il pubblico: vi ringrazio tutti. Stasera m'è sembrato di volare. "
     "Il tour prosegue a Torino.",
     [("indirect", "vi ringrazio tutti. Stasera m'è sembrato di volare", "Laura Bini")]),
    # a sentence in the third person after the colon's words is the writer's again
    ("Il tecnico Marco Ferri ha parlato dopo la partita: abbiamo giocato male. La squadra ha perso il primo posto. "
     "Il campionato riprende domenica.",
     [("indirect", "abbiamo giocato male", "Marco Ferri")]),
])
def test_elided_clitic_continues_colon_words(shipped, text, expected):
    """Words after a colon without marks go on over the next sentences in the first person; an
    elided *m'* / *t'* (read by the tagger as an article) is such a sentence's mark."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the last answer of an interview "Nome: …" runs on into another text on the same line: it
    # ends with its last sentence in the first person; an earlier answer still runs to the next label
    ("Intervista al direttore del museo, Paolo Rossi. Rossi: Ho aperto il museo dieci anni fa. Il pubblico è cresciuto molto. "
     "Rossi: Credo che il futuro sia nel digitale. La città ha risposto bene. Mi sento ottimista per il prossimo anno. "
     "Il comune di Pesaro approva il bilancio. Il consiglio comunale ha votato ieri sera. La seduta è durata tre ore.",
     [("indirect", "Ho aperto il museo dieci anni fa. Il pubblico è cresciuto molto", "Paolo Rossi"),
      ("indirect", "Credo che il futuro sia nel digitale. La città ha risposto bene. Mi sento ottimista per il prossimo anno",
       "Paolo Rossi")]),
])
def test_last_interview_answer_ends_in_first_person(shipped, text, expected):
    """An interview's answer with nothing after it to stop it ends with its last sentence in the
    first person, not with the text that follows on the same line."""
    assert spoken(shipped, text) == expected
