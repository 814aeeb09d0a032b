"""What a quotation is about (speaker -> about pairs): forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a request noun with its agent and the one it is addressed to, a + a name, before di/a +
    # infinitive: the addressee is what the request is about, as after a verb of asking
    ("È arrivata la richiesta del consiglio regionale al presidente Marco Bellini di rinviare il voto.",
     [("indirect", "di rinviare il voto", "consiglio regionale", ["Marco Bellini"])]),
    ("La richiesta di Legambiente al sindaco Paolo Ferri di chiudere la discarica è stata respinta.",
     [("indirect", "di chiudere la discarica", "Legambiente", ["Paolo Ferri"])]),
    ("L'invito di Luca Rossi al ministro Giulia Bassi a dimettersi è caduto nel vuoto.",
     [("indirect", "a dimettersi", "Luca Rossi", ["Giulia Bassi"])]),
    # the look-alikes: no addressee, or a group addressed, names no one more
    ("La richiesta di Coldiretti di rinviare la tassa è stata accolta dal ministro Anna Verdi.",
     [("indirect", "di rinviare la tassa", "Coldiretti", [])]),
    ("L'appello del vescovo Carlo Neri ai fedeli di pregare per la pace ha commosso molti.",
     [("indirect", "di pregare per la pace", "Carlo Neri", [])]),
])
def test_request_addressee(shipped, text, expected):
    """The addressee of a request noun (*la richiesta di X a Y di…*) is in its ``about``."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject of a finite passive cue of charging, judging or urging: the one charged or
    # urged is what the report is about (as "X, accusato da Y di…")
    ("Luca Bassi è stato accusato da Carlo Neri di aver mentito.",
     [("indirect", "di aver mentito", "Carlo Neri", ["Luca Bassi"])]),
    ("Il sindaco Luca Bassi è stato invitato dal prefetto Carlo Neri a dimettersi.",
     [("indirect", "a dimettersi", "Carlo Neri", ["Luca Bassi"])]),
    ("La società Autostrade è stata accusata dal ministro Carlo Neri di aver trascurato il ponte.",
     [("indirect", "di aver trascurato il ponte", "Carlo Neri", ["Autostrade"])]),
    ("Marco Rossi è stato accusato di frode dai pm di Milano.",
     [("indirect", "di frode", "pm di Milano", ["Marco Rossi"])]),
    # the look-alikes: a passive verb of saying, a subject that is no name
    ("Il progetto è stato annunciato da Carlo Neri: «Partiamo a maggio».",
     [("direct", "Partiamo a maggio", "Carlo Neri", [])]),
    ("Il sindaco Carlo Neri ha accusato Luca Bassi di aver mentito.",
     [("indirect", "di aver mentito", "Carlo Neri", ["Luca Bassi"])]),
])
def test_passive_subject(shipped, text, expected):
    """The named subject of *è stato accusato / invitato da X di / a…* is in the ``about``."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a phrase of topic (a proposito di, parlando di, riguardo a, quanto a, interpellato su…)
    # and a name, opening the clause or set off by commas before the cue: whom the words are about
    ("A proposito di Luca Bassi, il sindaco Carlo Neri ha detto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", ["Luca Bassi"])]),
    ("Interpellato su Luca Bassi, il sindaco Carlo Neri ha risposto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", ["Luca Bassi"])]),
    ("Quanto a Luca Bassi, il sindaco Carlo Neri ha detto che è un amico leale.",
     [("indirect", "è un amico leale", "Carlo Neri", ["Luca Bassi"])]),
    ("Il sindaco Carlo Neri, parlando di Luca Bassi, ha detto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", ["Luca Bassi"])]),
    # the look-alikes: whom one speaks with, a finite verb between, a bare "su" as before
    ("Parlando con Luca Bassi, il sindaco Carlo Neri ha detto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", [])]),
    ("Parlando di Luca Bassi, che si è dimesso ieri, il sindaco Carlo Neri ha detto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", [])]),
    ("Su Luca Bassi il sindaco Carlo Neri ha detto: «È un amico leale».",
     [("direct", "È un amico leale", "Carlo Neri", ["Luca Bassi"])]),
])
def test_topic_phrase(shipped, text, expected):
    """The person named after a phrase of topic before the cue is in the ``about``."""
    assert spoken_about(shipped, text) == expected
