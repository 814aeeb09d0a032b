"""A quotation opened at the start of a paragraph and left open, as newspapers print a
quotation running over paragraphs: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a paragraph opened by a mark that nothing closes: the words to the paragraph's end
    ('La giunta si è riunita ieri sera.\n"Nessuno ha potuto portare via le proprie cose.\n'
     'Il paese è rimasto al buio per giorni".\nPoi la giunta ha chiuso la seduta.',
     [("direct", "Nessuno ha potuto portare via le proprie cose.", None),
      ("direct", "Il paese è rimasto al buio per giorni", None)]),
    ('Il cantiere è fermo da un mese.\n«Gli operai non vengono pagati da marzo e nessuno risponde.\n'
     'Oggi il tempo è bello.',
     [("direct", "Gli operai non vengono pagati da marzo e nessuno risponde.", None)]),
    # the look-alikes: the mark is closed in its paragraph
    ('La giunta si è riunita ieri sera.\n"Nessuno ha potuto portare via le proprie cose", ha detto Carlo Bianchi.',
     [("direct", "Nessuno ha potuto portare via le proprie cose", "Carlo Bianchi")]),
    # a headline opened by a mark, without a sentence's end: nothing
    ('"Il ponte riaprirà in primavera\nIl sindaco ha visitato il cantiere.', []),
    # too few words to be someone's words
    ('"Basta così.\nIl sindaco ha visitato il cantiere.', []),
    # a mark inside the paragraph, not at its start, left open: nothing
    ('Il sindaco ha visitato il "cantiere del ponte di ferro e poi è ripartito.\nOggi piove.', []),
])
def test_quotation_open_at_paragraph_start(shipped, text, expected):
    """A mark that opens its paragraph and that nothing closes before the paragraph's end quotes
    the paragraph (its last words a sentence's end): the newspaper's way of running a quotation
    over paragraphs, each one opened and only the last one closed."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of saying the tagger may read as its noun twin, right after a dash inside the marks
    # and before its subject: the cue of the aside, the quotation cut around it
    ('"Ma no, non è vero - replica Mario Rossi -.\nE adesso basta.',
     [("direct", "Ma no, non è vero", "Mario Rossi")]),
    ('"Restano ancora troppi dubbi - denuncia Carla Bruni -.\nNessuno ci ha risposto.',
     [("direct", "Restano ancora troppi dubbi", "Carla Bruni")]),
    # the look-alikes: the noun inside an aside, after its article, or a verb read as a verb
    ('"Il teatro - una replica del 1990 - era pieno".',
     [("direct", "Il teatro - una replica del 1990 - era pieno", None)]),
    ('"Il bilancio è in ordine - conferma il sindaco Luca Neri - e lo dimostreremo".',
     [("direct", "Il bilancio è in ordine", "Luca Neri"), ("direct", "e lo dimostreremo", "Luca Neri")]),
])
def test_dashed_cue_read_as_noun(shipped, text, expected):
    """A third-person present of a verb of saying read as its noun twin (*replica*, *denuncia*)
    right after a dash inside a quotation, its subject after it, is the aside's cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a phrase of stance right after a dash inside the marks, its subject after it: the aside's cue
    ('"Sono cose che non mi toccano - taglia corto Mario Rossi -.\nNoi pensiamo alla partita.',
     [("direct", "Sono cose che non mi toccano", "Mario Rossi")]),
    ('"La riforma è un disastro - non usa mezzi termini il sindaco Luca Neri - e la combatteremo".',
     [("direct", "La riforma è un disastro", "Luca Neri"), ("direct", "e la combatteremo", "Luca Neri")]),
    # the look-alike: the phrase in the words themselves, no dash before it
    ('"Il sindaco taglia corto e chiude la seduta", ha scritto Carla Bruni.',
     [("direct", "Il sindaco taglia corto e chiude la seduta", "Carla Bruni")]),
])
def test_dashed_stance_phrase(shipped, text, expected):
    """A phrase of stance (*taglia corto*, *non usa mezzi termini*) right after a dash inside a
    quotation, its subject after it, is the aside's cue."""
    assert spoken(shipped, text) == expected
