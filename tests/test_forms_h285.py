"""Precision on encyclopedic and political prose: forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "secondo" + a standard, a role or a manner: "in accordance with", no one's words
    ("Il partito ha scelto i suoi alleati, secondo una formula che rispecchia gli equilibri del paese.", []),
    ("Il ponte è sostenuto da grandi archi, secondo l'influsso venuto dalle cattedrali francesi, e ornato da statue.", []),
    ("Questo diritto può essere, secondo una distinzione che risale ai giuristi romani, pubblico o privato.", []),
    ("La procura indaga, secondo le sue competenze, in piena autonomia.", []),
    ("Nulla potrà fare il comune, se non avrà l'aiuto di tutti, in ogni quartiere e secondo il ruolo di ciascuno.", []),
    ("La ripresa verrà poi – secondo i ritmi fissati nel programma – con nuovi investimenti nelle scuole.", []),
    ("È la forza della sua gente, secondo un'ispirazione cristiana, che ha salvato il paese.", []),
    ("Da questo angolo visuale, e secondo questa prospettiva, il problema cambia natura.", []),
    # the look-alikes: secondo + a person, a body or an unnamed source still report
    ("Secondo il ministro Paolo Bianchi la riforma sarà approvata entro l'estate.",
     [("indirect", "la riforma sarà approvata entro l'estate", "Paolo Bianchi")]),
    ("Secondo alcuni storici, il castello fu costruito sulle rovine di un tempio.",
     [("indirect", "il castello fu costruito sulle rovine di un tempio", None)]),
])
def test_secondo_a_standard(shipped, text, expected):
    """*secondo* + a noun of a standard, a role, a manner or a point of view (``not_sources``:
    *secondo una formula*, *secondo le sue competenze*, a possessive skipped) is "in accordance
    with", not a source; *secondo* + a person or a group still reports."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a translation or a meaning in marks inside a report: no one's words
    ("Il linguista Marco Neri sostiene che il nome derivi da una radice \"kar\" che significa \"pietra\".",
     # ("kar" is a word named after a noun of a word's part, h289: the report around it is the quotation)
     [("indirect", "il nome derivi da una radice \"kar\" che significa \"pietra\"", "Marco Neri")]),
    ("Lo storico Carlo Verdi scrive che i monaci chiamavano il colle \"mons\" (in latino, \"monte\").",
     [("mixed", "mons", "Carlo Verdi")]),
    ("Il professore Luca Bini spiega che il borgo nacque attorno alla torre (ted., \"Alter Turm\"), una fortezza.",
     [("indirect", "il borgo nacque attorno alla torre (ted., \"Alter Turm\"), una fortezza", "Luca Bini")]),
    # the look-alikes: the speaker's words on what a thing means, or after a verb in brackets
    ("La ministra Anna Rossi ha spiegato che la riforma significa «più diritti per tutti».",
     [("mixed", "più diritti per tutti", "Anna Rossi")]),
    ("Il sindaco Carlo Neri ha detto che il progetto è «una follia» e che non lo firmerà.",
     [("mixed", "una follia", "Carlo Neri"), ("indirect", "non lo firmerà", "Carlo Neri")]),
])
def test_meaning_gloss(shipped, text, expected):
    """Marked words right after a verb or an adverb of meaning (``gloss_words``: *che significa
    «…»*, *letteralmente «…»*) or opening a bracket after a language (*(fr., «…»)*, *(in
    latino «…»)*) are a gloss, *other*, even inside a report; *X significa «…»* said by a speaker
    stays mixed."""
    assert spoken(shipped, text) == expected


def test_meaning_gloss_other(shipped):
    """The gloss itself is kept as *other* (a translation), the clause around it reported."""
    text = "Secondo Paola Rossi il toponimo viene dal latino \"vallis\", letteralmente \"la valle chiusa\"."
    kinds = [(k, t) for k, t, _ in spoken(shipped, text, other=True)]
    assert ("other", "la valle chiusa") in kinds


@pytest.mark.parametrize("text,expected", [
    # an adjective twin of a verb of saying, between a determiner or a preposition and its noun
    ("Il ponte fu costruito da Marco Rossi, quale preciso segnale della potenza della città.", []),
    ("Tutto ciò, sia detto chiaramente, salvaguardando, come nostro preciso dovere, le prerogative del Parlamento.", []),
    # the look-alikes: the verb, in the third or the first person
    ("Il ministro Paolo Bianchi precisa che la norma non riguarda le scuole.",
     [("indirect", "la norma non riguarda le scuole", "Paolo Bianchi")]),
    ("Preciso che la norma non riguarda le scuole.",
     [("indirect", "la norma non riguarda le scuole", None)]),
])
def test_adjective_before_noun(shipped, text, expected):
    """A word the parse reads as an adjective of the noun right after it, a determiner or a
    preposition before it (*quale preciso segnale*, *nostro preciso dovere*), is no cue."""
    assert spoken(shipped, text) == expected
