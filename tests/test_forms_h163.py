"""Who speaks: an indefinite subject named by an apposition with its title, and a document
subject that speaks for the body issuing it. Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an indefinite description, then the person's name behind an article and a title
    ("Prima del voto, un vescovo inglese, il reverendo John Smith, aveva criticato la coppia.",
     [("indirect", "la coppia", "John Smith")]),
    ("Un esponente del partito, l'ex deputato Marco Rossi, ha detto che il congresso si terrà a marzo.",
     [("indirect", "il congresso si terrà a marzo", "Marco Rossi")]),
    # the bare name as the apposition (kept)
    ("Un dirigente del partito, Marco Rossi, ha dichiarato che il congresso si terrà a marzo.",
     [("indirect", "il congresso si terrà a marzo", "Marco Rossi")]),
    # no name: one unnamed person is no speaker (kept)
    ("Un poliziotto ha raccontato che la folla era calma.",
     [("indirect", "la folla era calma", None)]),
    ("Un agente, il cui nome non è stato reso noto, ha raccontato che la folla era calma.",
     [("indirect", "la folla era calma", None)]),
])
def test_indefinite_subject_with_titled_name(shipped, text, expected):
    """*un vescovo inglese, il reverendo X, ha…*: the apposition names the speaker, also with an
    article and a title before the name."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a document subject speaks for the institution after its "di"
    ("Il comunicato della prefettura riferisce che le strade sono chiuse.",
     [("indirect", "le strade sono chiuse", "prefettura")]),
    ("Una nota della questura precisa che gli arrestati sono due.",
     [("indirect", "gli arrestati sono due", "questura")]),
    ("Un comunicato dell'ambasciata americana spiega che il diplomatico è morto.",
     [("indirect", "il diplomatico è morto", "ambasciata americana")]),
    # a named issuer is read as before
    ("La nota del Ministero della Salute spiega che i vaccini sono sicuri.",
     [("indirect", "i vaccini sono sicuri", "Ministero della Salute")]),
    ("La lettera del sindaco Marco Rossi spiega che i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", "Marco Rossi")]),
    # no issuer after "di": no one speaks
    ("La nota di ieri precisa che gli arrestati sono due.",
     [("indirect", "gli arrestati sono due", None)]),
])
def test_document_subject_speaks_for_issuing_body(shipped, text, expected):
    """*Una nota della questura precisa che…*: the body that issued the document speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an opening phrase of the programme the words were said in: its name is not the speaker,
    # the null subject carries the person of the sentence before
    ("Il ministro Carlo Neri è tornato sul tema. Alla trasmissione radiofonica Radio Anch'io spiega: "
     "«Con la fretta non si ottengono risultati, serve tempo».",
     [("direct", "Con la fretta non si ottengono risultati, serve tempo", "Carlo Neri")]),
    ("Il ministro Carlo Neri è tornato sul tema. In conferenza stampa ha spiegato che serve tempo.",
     [("indirect", "serve tempo", "Carlo Neri")]),
    # a subject of its own after the phrase speaks (kept)
    ("Il ministro Carlo Neri è tornato sul tema. Ai microfoni di Radio Uno il sindaco Luca Bassi ha spiegato che serve tempo.",
     [("indirect", "serve tempo", "Luca Bassi")]),
])
def test_venue_phrase_before_null_subject(shipped, text, expected):
    """*Alla trasmissione X spiega…*, *In conferenza stampa ha spiegato…*: the programme or
    setting is where the words were said; the speaker is the subject carried from before."""
    assert spoken(shipped, text) == expected
