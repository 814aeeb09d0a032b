"""Quote-marked words that are the speaker's (mixed) or no one's (other): forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the same marked words in two sentences: the article's name for a thing, not one speaker's
    # words (the clauses around them are reported)
    ("Il premier Paolo Bianchi ha poi dichiarato che se i senatori non ritireranno le loro "
     "\"dimissioni collettive\", sarà lui a lasciare. Alcuni ministri si sono detti contrari alle "
     "\"dimissioni collettive\".",
     [("indirect", "se i senatori non ritireranno le loro \"dimissioni collettive\", sarà lui a lasciare",
       "Paolo Bianchi"),
      ("other", "dimissioni collettive", None),
      ("indirect", "contrari alle \"dimissioni collettive\"", None),
      ("other", "dimissioni collettive", None)]),
    # the look-alikes: marked once; one word a headline repeats; a judgement after an indefinite
    # article another speaker throws back
    ("Il premier Paolo Bianchi ha poi dichiarato che la riforma sarebbe «un errore storico». "
     "Il partito ha approvato la riforma ieri.",
     [("mixed", "un errore storico", "Paolo Bianchi")]),
    ("Bianchi: «forse» si vota a marzo. Il premier Paolo Bianchi ha detto che «forse» si vota a marzo.",
     [("direct", "forse", "Paolo Bianchi"), ("mixed", "forse", "Paolo Bianchi")]),
    ("Il premier Paolo Bianchi ha poi dichiarato che la riforma sarebbe «un errore storico». "
     "Il ministro Carlo Verdi ha risposto che «un errore storico» sarebbe non farla.",
     [("mixed", "un errore storico", "Paolo Bianchi"), ("mixed", "un errore storico", "Carlo Verdi")]),
    # the same words twice in one sentence: a play on them, the speaker's
    ("Nel suo saggio il filosofo Marco Galli definisce la pittura come \"arte muta\" e la poesia "
     "come il contrario dell'\"arte muta\".",
     [("mixed", "arte muta", "Marco Galli"), ("mixed", "arte muta", "Marco Galli")]),
])
def test_marked_words_taken_up(shipped, text, expected):
    """Marked words of two or more, with no finite verb, that the article marks again in another
    sentence are a name or a term (other), not the speaker's words (mixed)."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # a hedge of the writer's before the marks: a metaphor kept at a distance, a scare quote
    ("La procura di Lecce ipotizza che l'assessore Marco Galli sia coinvolto in un vero e proprio "
     "\"mercato\" delle licenze edilizie.",
     [("indirect", "l'assessore Marco Galli sia coinvolto in un vero e proprio \"mercato\" delle licenze edilizie",
       "procura di Lecce"),
      ("other", "mercato", None)]),
    ("Secondo gli inquirenti, il sindaco avrebbe creato una sorta di \"tassa occulta\" sugli appalti.",
     [("indirect", "il sindaco avrebbe creato una sorta di \"tassa occulta\" sugli appalti", "inquirenti"),
      ("other", "tassa occulta", None)]),
    # the look-alikes: the same marks with no hedge; a hedge with no marks after it
    ("La procura di Lecce ipotizza che l'assessore Marco Galli sia coinvolto in un \"mercato\" "
     "delle licenze edilizie.",
     [("mixed", "mercato", "procura di Lecce")]),
    ("Il sindaco Paolo Neri ha detto di aver subito un vero e proprio torto e di sentirsi «tradito dal partito».",
     [("indirect", "di aver subito un vero e proprio torto e di sentirsi «tradito dal partito»", "Paolo Neri"),
      ("mixed", "tradito dal partito", "Paolo Neri")]),
])
def test_marks_after_a_hedge(shipped, text, expected):
    """Marked words right after a hedge of the writer's (*un vero e proprio*, *una sorta di*) are
    a scare quote (other), whatever the clause around them."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # the source of "secondo" is an article and a noun in marks: a nickname, not the words of the
    # clause's speaker
    ("In due casi, secondo gli \"ermellini\", le deposizioni dei bambini sono state «guidate»: lo "
     "dimostrano - dicono i giudici di piazza Cavour - le registrazioni degli interrogatori.",
     [("other", "ermellini", None), ("mixed", "guidate", None)]),
    # the look-alike: marked words inside what the source reports are its words
    ("Secondo gli inquirenti, le deposizioni dei bambini sono state «guidate» dagli adulti.",
     [("mixed", "guidate", "inquirenti")]),
])
def test_source_named_in_marks(shipped, text, expected):
    """*secondo* + an article + marked words: the marks name the source (other)."""
    assert spoken(shipped, text, other=True) == expected


@pytest.mark.parametrize("text,expected", [
    # after a di-infinitive, a colon and a clause with a subject of its own: the writer's clause
    ("Il cantante Luca Neri ha sostenuto di non aver trovato «un produttore disposto a finanziarla»: "
     "il disco racconta il vertice di Napoli con gli occhi di un \"poliziotto annoiato e distratto\".",
     [("mixed", "un produttore disposto a finanziarla", "Luca Neri"),
      ("other", "poliziotto annoiato e distratto", None)]),
    # the look-alikes: after the colon the speaker's own clause with no subject named; the marks
    # before the colon
    ("Il segretario crede di essersi comportato bene col partito, quando ha fatto la «crisi»: si è "
     "messo d'accordo con la direzione prima di fare la «crisi».",
     [("mixed", "crisi", "segretario"), ("mixed", "crisi", "segretario")]),
    ("Il cantante Luca Neri ha sostenuto di non aver trovato «un produttore disposto a finanziarla»; "
     "il disco esce a maggio.",
     [("mixed", "un produttore disposto a finanziarla", "Luca Neri")]),
])
def test_marks_in_a_clause_after_the_colon(shipped, text, expected):
    """After a *di* + infinitive, the marks in a clause after a colon with a subject of its own
    are the writer's (other), not the speaker's words."""
    assert spoken(shipped, text, other=True) == expected
