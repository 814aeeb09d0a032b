"""*secondo X* alone in brackets inside its content (*La crisi durerà (secondo il ministro) ancora
due anni*), found missed in unannotated text (the fresh piles: *rafforzeranno (secondo il ministro
Moro) la volontà politica*). Sentences written for these tests (none comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the bracketed source sits inside the content, as one between commas or dashes does
    ("La crisi durerà (secondo il ministro Carlo Fabbri) ancora due anni.",
     [("indirect", "La crisi durerà (secondo il ministro Carlo Fabbri) ancora due anni", "Carlo Fabbri")]),
    ("I prezzi del grano (secondo Coldiretti) sono aumentati del dieci per cento.",
     [("indirect", "I prezzi del grano (secondo Coldiretti) sono aumentati del dieci per cento", "Coldiretti")]),
    # the clause after the closing comma and its conjunction is the writer's
    ("Il numero delle vittime (secondo la polizia) è salito a dodici, ma il governo smentisce.",
     [("indirect", "Il numero delle vittime (secondo la polizia) è salito a dodici", "polizia")]),
    # a marker closing a bracket of other words reports only those words; a rule is no source
    ("Le stime (fra 5 e 15 kilotoni secondo fonti russe) sono incerte.",
     [("indirect", "fra 5 e 15 kilotoni", None)]),
    ("Il vertice di Roma (secondo il programma) si terrà domani.", []),
    # the subject with its relative is part of the content
    ("I lavori che il Comune ha avviato in aprile finiranno (secondo il sindaco Paolo Serra) entro giugno.",
     [("indirect", "I lavori che il Comune ha avviato in aprile finiranno (secondo il sindaco Paolo Serra) entro giugno",
       "Paolo Serra")]),
    # a bracket that closes its clause is an item's source, not a clause going on
    ("Tre temi: il lavoro; la scuola (secondo la teoria di Carlo Fabbri); la casa.", []),
])
def test_bracketed_source_inside_its_content(shipped, text, expected):
    assert spoken(shipped, text) == expected
