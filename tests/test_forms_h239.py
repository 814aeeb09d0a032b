"""Descriptions as speakers: which unnamed subjects stand for the person named just before
them. Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a body or an institution as the subject: it speaks itself, not the person named last
    ("Carla Denti vive da anni a Lisbona con il marito. La giustizia italiana chiede da tempo la sua consegna.",
     [("indirect", "la sua consegna", "giustizia italiana")]),
    ("Paolo Serra è fuggito in Brasile nel 2004. La giustizia italiana reclama la sua estradizione.",
     [("indirect", "la sua estradizione", "giustizia italiana")]),
    ("Piero Galli è stato arrestato ieri a Verona. La procura ha chiesto la convalida del fermo.",
     [("indirect", "la convalida del fermo", "procura")]),
    # the look-alike: a noun of a person right after a name is that person
    ("Il ciclista Davide Moro ha vinto la tappa di ieri. Il corridore veneto ha detto che la salita era durissima.",
     [("indirect", "la salita era durissima", "Davide Moro")]),
])
def test_body_subject_is_not_the_person_named_last(shipped, text, expected):
    """A definite subject headed by a noun of a body or an institution (``body_nouns``,
    ``ensemble_nouns``, ``institution_nouns``: *la giustizia italiana*, *la procura*) speaks for
    itself, never for the person named last before it, as a person's noun does (*il
    corridore veneto* after *il ciclista Davide Moro*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a group noun after its article that the tagger reads as an adjective before the cue
    ("Gli inquirenti scrivono: «ha nascosto i documenti nella cantina di casa».",
     [("direct", "ha nascosto i documenti nella cantina di casa", "inquirenti")]),
    ("Su Bianchi gli inquirenti scrivono: «ha nascosto i documenti nella cantina di casa».",
     [("direct", "ha nascosto i documenti nella cantina di casa", "inquirenti")]),
    # the look-alikes: a group noun and its adjective, a group noun the tagger reads as a noun
    ("I medici legali sostengono che la morte risale a lunedì.",
     [("indirect", "la morte risale a lunedì", "medici legali")]),
    ("Gli inquirenti sostengono che la morte risale a lunedì.",
     [("indirect", "la morte risale a lunedì", "inquirenti")]),
])
def test_group_noun_read_as_adjective(shipped, text, expected):
    """A group speaker's noun (``group_speakers``) right after its definite article and right
    before the cue is the cue's subject even when the tagger reads it as an adjective (*gli
    inquirenti scrivono*), as *i medici legali sostengono* is."""
    assert spoken(shipped, text) == expected
