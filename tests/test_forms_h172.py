"""Speakers the rules resolved from a described subject, which the speaker ranker must keep:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title the article gave a name earlier, subject of the cue: the one it named, not a name
    # of the neighbouring story nearer the cue
    ("Il questore di Siena Paolo Ferri ha incontrato i giornalisti. Ciclismo: morto l'ex campione "
     "Aldo Rinaldi. Vinse tre tappe del Giro. Omicidio Bassi: il questore di Siena ricostruisce la "
     "dinamica della sparatoria.",
     [("indirect", "la dinamica della sparatoria", "Paolo Ferri")]),
    # the described subject, not a person named in an aside between it and the cue
    ("Il teologo Paolo Verdi ha incontrato il papa. Il teologo, durante l'incontro al quale era "
     "presente anche il segretario del papa, Marco Neri, ha proposto al pontefice una «ricerca "
     "sull'etica comune che vada bene per tutte le grandi religioni del mondo».",
     [("direct", "ricerca sull'etica comune che vada bene per tutte le grandi religioni del mondo",
       "Paolo Verdi")]),
    # look-alikes, unchanged: the office's holder in the same sentence, a subject named in full
    ("Il presidente della Repubblica Carlo Verdi ha appreso la notizia della morte del generale "
     "Franco Moretti e ha inviato un messaggio nel quale il Capo dello Stato ricorda «la figura di "
     "un uomo che seppe essere un esempio di coraggio e di dedizione per tutti».",
     [("direct", "la figura di un uomo che seppe essere un esempio di coraggio e di dedizione per tutti",
       "Carlo Verdi")]),
    ("Omicidio Bassi: il questore di Siena Paolo Ferri ricostruisce la dinamica della sparatoria.",
     [("indirect", "la dinamica della sparatoria", "Paolo Ferri")]),
])
def test_described_subject_kept(shipped, text, expected):
    """A cue's subject described with a definite article and resolved by the rules to the one
    the article named (*il questore di Siena* -> Paolo Ferri) is not overridden by the ranker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a group, or a group of a body, whose relative clause set off by commas ends at the cue
    ("I sindacati, che hanno scioperato per tre giorni, hanno detto che la trattativa è finita.",
     [("indirect", "la trattativa è finita", "sindacati")]),
    ("Il governo rischia, in quanto i senatori della Lega, che secondo il loro leader cambieranno "
     "presto nome, hanno minacciato che, se il decreto passasse, lascerebbero la maggioranza.",
     [("indirect", "cambieranno presto nome", "loro leader"),
      ("indirect", "se il decreto passasse, lascerebbero la maggioranza", "senatori della Lega")]),
    # after the negation and an adverb
    ("I consiglieri del Comune, che da mesi lavorano senza sosta, non hanno mai negato che il "
     "bilancio fosse in ordine.",
     [("indirect", "il bilancio fosse in ordine", "consiglieri del Comune")]),
    # look-alikes, unchanged: a name before the relative; the relative after a phrase a
    # preposition governs, the speaker after the cue; a description with its own body
    ("Il sindaco Marco Neri, che ha guidato la città per dieci anni, ha detto che non si "
     "ricandiderà alle prossime elezioni.",
     [("indirect", "non si ricandiderà alle prossime elezioni", "Marco Neri")]),
    ("La lettera è stata firmata dai medici dell'ospedale, che da mesi lavorano senza sosta, "
     "ha detto il sindaco Marco Neri.",
     [("indirect", "La lettera è stata firmata dai medici dell'ospedale, che da mesi lavorano senza sosta",
       "Marco Neri")]),
    ("La moglie del sindaco, che era presente alla cerimonia, ha detto che la festa è stata un successo.",
     [("indirect", "la festa è stata un successo", "moglie del sindaco")]),
])
def test_subject_before_relative(shipped, text, expected):
    """A finite cue right after the comma that closes a relative clause speaks for the group
    the relative is said of (*i sindacati, che…, hanno detto*), not a name inside the relative
    or the subject of the clause before."""
    assert spoken(shipped, text) == expected
