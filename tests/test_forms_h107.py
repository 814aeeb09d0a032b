"""Marks around a term explained by a gloss in brackets are no one's words: forms of Italian
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


def _kinds(shipped, text):
    return [(kind, content) for kind, content, _ in spoken(shipped, text, other=True) if kind in ("mixed", "other")]


@pytest.mark.parametrize("text,expected", [
    # a short marked noun phrase, then a bracket that explains it: a term and its gloss
    ("Il presidente Mario Rossi ha criticato il \"voto segreto\" (ogni deputato vota senza farsi vedere) adottato dalla Camera.",
     [("other", "voto segreto")]),
    ("Lo storico afferma che i \"copisti\" (scribi di professione) modificarono il testo.",
     [("other", "copisti")]),
    # the glosses in marks inside the bracket are translations, not words of the speaker
    ("Il filosofo sostiene che il giusto coincide con il \"dovere\" (\"officium\" - \"debitum\") della comunità.",
     [("other", "dovere"), ("other", "officium"), ("other", "debitum")]),
    ("Lo storico afferma che il termine era \"libertà\" («libertas», «licentia»), non altro.",
     [("other", "libertà"), ("other", "libertas"), ("other", "licentia")]),
])
def test_term_with_gloss_is_other(shipped, text, expected):
    """*il "voto segreto" (ogni deputato…)*, *il "dovere" ("officium")*: other."""
    assert _kinds(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lone evaluative adjective, or a longer fragment, before a bracketed comment stays mixed
    ("Il ministro Luca Bianchi ha definito la proposta «inaccettabile» (come riporta la Stampa).",
     [("mixed", "inaccettabile", "Luca Bianchi")]),
    ("Il ministro Luca Bianchi ha parlato di «atto vile» (come riporta la Stampa).",
     [("mixed", "atto vile", "Luca Bianchi")]),
    ("Il ministro Luca Bianchi ha parlato di «una scelta sbagliata e pericolosa per il paese» (dopo le proteste di ieri).",
     [("mixed", "una scelta sbagliata e pericolosa per il paese", "Luca Bianchi")]),
])
def test_fragment_before_comment_stays_mixed(shipped, text, expected):
    """A bracket that gives a source or a comment is no gloss: the fragment stays the speaker's."""
    assert [q for q in spoken(shipped, text) if q[0] == "mixed"] == expected


def test_word_a_naming_verb_gives_stays_mixed(shipped):
    """*chiamandolo «traditore» («…»)*: the word the speaker called someone stays mixed; its
    translation in the bracket is other."""
    text = "L'attore Marco Neri è stato accusato di aver offeso un collega chiamandolo «loser» («perdente»)."
    kinds = _kinds(shipped, text)
    assert ("other", "perdente") in kinds and ("other", "loser") not in kinds


@pytest.mark.parametrize("text,expected", [
    # a participle of dire or of a naming verb that names a noun: what the thing is called
    ("Lo studioso sostiene che il pellegrinaggio detto «hajj» fosse già antico.", [("other", "hajj")]),
    ("Lo studioso sostiene che le basette (dette appunto «favoriti») vennero di moda.", [("other", "favoriti")]),
    ("Lo studioso sostiene che l'epoca detta del «declino» sia finita.", [("other", "declino")]),
])
def test_naming_participle_is_other(shipped, text, expected):
    """*il pellegrinaggio detto «hajj»*, *dette appunto «…»*: other."""
    assert _kinds(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the speaker's words: a tense with avere, a reflexive, a passive with its agent
    ("Il ministro Mario Rossi ha detto che il piano è «del tutto sbagliato».", [("mixed", "del tutto sbagliato", "Mario Rossi")]),
    ("La ministra Anna Neri si è detta «molto preoccupata» per i ritardi.", [("mixed", "molto preoccupata", "Anna Neri")]),
    ("Il progetto è stato definito «una follia» dal sindaco Luca Verdi.", [("mixed", "una follia", "Luca Verdi")]),
])
def test_saying_participle_stays_mixed(shipped, text, expected):
    assert [q for q in spoken(shipped, text) if q[0] == "mixed"] == expected
