"""Contents cut short by a word of the writer's read as a cue: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "anche per X" inside the clause of an infinitive: whom the offer is for, not an opinion
    ("Il cantante Marco Bellini si è offerto di pagare le cure anche per Giulia Neri e Luca Sarti, "
     "feriti durante il concerto.",
     [("indirect", "di pagare le cure anche per Giulia Neri e Luca Sarti, feriti durante il concerto",
       "Marco Bellini")]),
    ("Il cantante Marco Bellini si è offerto di pagare le cure anche per i feriti.",
     [("indirect", "di pagare le cure anche per i feriti", "Marco Bellini")]),
    # the look-alikes: the adverb opens the clause, "per X" is an opinion
    ("Anche per Legambiente, il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Legambiente")]),
    ("Proprio per il ministro Paolo Rossi, la riforma è pronta.",
     [("indirect", "la riforma è pronta", "Paolo Rossi")]),
])
def test_adverb_per_inside_clause(shipped, text, expected):
    """*per X* after an adverb (*anche*, *proprio*) that follows a word of the clause is a
    beneficiary, the content before it goes on; after an adverb opening the clause it is an
    opinion."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cue set off by dashes whose subject has a setting or the hearers after it
    ("Nel pomeriggio – hanno raccontato i passeggeri a bordo del traghetto – il motore si è spento.",
     [("indirect", "Nel pomeriggio – hanno raccontato i passeggeri a bordo del traghetto – il motore si è spento",
       "passeggeri")]),
    ("Nel pomeriggio – ha spiegato il capitano ai giornalisti – il motore si è spento.",
     [("indirect", "Nel pomeriggio – ha spiegato il capitano ai giornalisti – il motore si è spento",
       "capitano")]),
    # the look-alikes: the dash right after the subject, with or without "di"
    ("Nel pomeriggio – ha spiegato il capitano – il motore si è spento.",
     [("indirect", "Nel pomeriggio – ha spiegato il capitano – il motore si è spento", "capitano")]),
    ("Nel pomeriggio – ha spiegato il capitano del traghetto – il motore si è spento.",
     [("indirect", "Nel pomeriggio – ha spiegato il capitano del traghetto – il motore si è spento",
       "capitano del traghetto")]),
    # and the same aside set off by commas
    ("La nave, hanno raccontato i passeggeri a bordo, è affondata.",
     [("indirect", "La nave, hanno raccontato i passeggeri a bordo, è affondata", "passeggeri")]),
])
def test_dashed_aside_with_setting(shipped, text, expected):
    """A cue set off by dashes (*– hanno raccontato i testimoni a bordo –*) whose subject has a
    phrase opened by a preposition before the closing dash: the clause around it is the content,
    not the subject read as an object."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of bare charges closed by "e" and a comma: the clause after it does not cut the list
    ("Il consigliere Piero Galli è accusato di truffa, peculato e abuso d'ufficio, mentre il suo vice è stato assolto.",
     [("indirect", "di truffa, peculato e abuso d'ufficio", None)]),
    ("Il consigliere Piero Galli è accusato di truffa, peculato e abuso d'ufficio.",
     [("indirect", "di truffa, peculato e abuso d'ufficio", None)]),
    # the look-alike: one charge, a clause of the writer's after the comma
    ("Il consigliere Piero Galli è accusato di truffa, mentre il suo vice è stato assolto.",
     [("indirect", "di truffa", None)]),
    # the same list in an object, a clause after it
    ("L'associazione Aria Pulita ha denunciato attacchi contro scuole, strade e mercati, e in alcuni casi "
     "sarebbero state usate armi vietate.",
     [("indirect", "attacchi contro scuole, strade e mercati", "Aria Pulita")]),
    ("L'associazione Aria Pulita ha denunciato attacchi contro le scuole, e in alcuni casi sarebbero state usate armi vietate.",
     [("indirect", "attacchi contro le scuole", "Aria Pulita")]),
])
def test_list_of_charges(shipped, text, expected):
    """A charge or an object of several bare items (*di truffa, peculato e abuso d'ufficio*,
    *attacchi contro scuole, strade e mercati*): the list goes on up to its closing comma,
    whatever follows it."""
    assert spoken(shipped, text) == expected
