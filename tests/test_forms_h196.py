"""Who speaks after an adverb of time that looks like a preposition (*il giorno dopo*, *poco
dopo*): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "dopo" after a word of time is an adverb: the noun after it is the subject
    ("Mentre Paolo Bianchi stava uscendo dal palazzo, crollò il tetto: il giorno dopo il medico "
     "legale conferma che il corpo è proprio quello di Bianchi.",
     [("indirect", "il corpo è proprio quello di Bianchi", "medico legale")]),
    ("Poco dopo il ministro ha dichiarato che il governo non cadrà.",
     [("indirect", "il governo non cadrà", "ministro")]),
    # the look-alikes: "dopo" that governs a noun (the subject comes after it), a "di" after a
    # word of time ("al tempo di X": X is no subject)
    ("Dopo il discorso del ministro Luca Neri, il sindaco Paolo Bianchi ha detto che la città è pronta.",
     [("indirect", "la città è pronta", "Paolo Bianchi")]),
    ("Dopo il ministro Luca Neri ha parlato il sindaco Paolo Bianchi, che ha detto di essere soddisfatto.",
     [("indirect", "di essere soddisfatto", "Paolo Bianchi")]),
    ("Marco Rossi è tornato sul caso. Sulla lite al tempo di Giorgio Verdi ha poi detto: «Fu un errore di tutti».",
     [("direct", "Fu un errore di tutti", "Marco Rossi")]),
])
def test_adverb_of_time_before_the_subject(shipped, text, expected):
    """*dopo* right after a word of time (*il giorno dopo*, *poco dopo*, *tre giorni dopo*) is an
    adverb, not the preposition of the noun after it: that noun may be the cue's subject."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a person's name right after the place or body of an opening adjunct, an apposition after
    # it: the subject, however the parse joins the two names
    ("Ieri i leader hanno firmato la carta. A Parigi Marco Rossi, presidente della regione, ha detto "
     "che la crisi è finita.",
     [("indirect", "la crisi è finita", "Marco Rossi")]),
    ("Ieri i leader hanno firmato la carta. In Senato Marco Rossi, capogruppo del partito, ha detto "
     "che la crisi è finita.",
     [("indirect", "la crisi è finita", "Marco Rossi")]),
    # the look-alikes: only adjuncts before the verb (the subject the sentence before carries)
    ("Ieri i leader hanno firmato la carta. Nel corso del vertice di Parigi, ha spiegato che la crisi è finita.",
     [("indirect", "la crisi è finita", "leader")]),
    ("Marco Rossi è arrivato in città. A Parigi, capitale della Francia, ha spiegato che la crisi è finita.",
     [("indirect", "la crisi è finita", "Marco Rossi")]),
])
def test_name_after_the_place_of_an_adjunct(shipped, text, expected):
    """*A Berlino Marco Neri, presidente…, ha detto*: the name after the place of an opening
    adjunct is the subject, not part of the adjunct."""
    assert spoken(shipped, text) == expected
