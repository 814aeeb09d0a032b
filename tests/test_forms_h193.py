"""Where a quotation that carries the speaker of the one before it opens inside the writer's
clause: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken, spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

LEAD = "«Il governo non cadrà per questo», ha detto il ministro Carlo Bassi. "


@pytest.mark.parametrize("text,expected", [
    # the marks open right after a word of the writer's clause, on a lowercase word: mixed
    (LEAD + "Poi ha lanciato un appello volto a «fermare subito gli scontri nelle piazze della città».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("mixed", "fermare subito gli scontri nelle piazze della città", "Carlo Bassi")]),
    (LEAD + "Nel suo piano ci sono «nuovi fondi per le scuole e per gli ospedali del Mezzogiorno».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("mixed", "nuovi fondi per le scuole e per gli ospedali del Mezzogiorno", "Carlo Bassi")]),
    (LEAD + "Il suo partito vuole «cambiare davvero il paese prima della fine della legislatura».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("mixed", "cambiare davvero il paese prima della fine della legislatura", "Carlo Bassi")]),
    # the look-alikes that stay direct: words listed after a quotation with a conjunction only,
    # a whole sentence after a colon, a capital after the word
    ("«Il governo non cadrà per questo» e «per noi la riforma resta la priorità di questo autunno», "
     "ha detto il ministro Carlo Bassi.",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("direct", "per noi la riforma resta la priorità di questo autunno", "Carlo Bassi")]),
    (LEAD + "E ancora: «nessuno ci farà tornare indietro sulla riforma».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("direct", "nessuno ci farà tornare indietro sulla riforma", "Carlo Bassi")]),
])
def test_carried_fragment_in_writer_clause(shipped, text, expected):
    """A quotation with no cue of its own that opens right after a word of the writer's clause
    on a lowercase word is a fragment in reported syntax (mixed), not a whole utterance."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first word of the sentence before the marks is no clause of the writer's around them
    (LEAD + "Inoltre «nessuno ci farà tornare indietro sulla riforma».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("direct", "nessuno ci farà tornare indietro sulla riforma", "Carlo Bassi")]),
    # a question (or an exclamation) inside the marks is an utterance of its own
    (LEAD + "Il suo partito vuole «cambiare davvero il paese? Noi sì».",
     [("direct", "Il governo non cadrà per questo", "Carlo Bassi"),
      ("direct", "cambiare davvero il paese? Noi sì", "Carlo Bassi")]),
])
def test_utterance_after_first_word_or_exclaimed(shipped, text, expected):
    """An adverb that opens the sentence before the marks (*Inoltre «…»*) or a question inside
    them leaves them a whole utterance."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a gerund after the marks and a comma opens a clause of the writer's own: not what the
    # quotation is about
    ("Il ministro Paolo Russo ha detto che la manovra è «priva di coraggio», lasciando poi la guida del partito "
     "a Luigi Ferri.",
     [("mixed", "priva di coraggio", "Paolo Russo", [])]),
    # the look-alike: a name in the reported clause before the marks stays
    ("Il ministro Paolo Russo ha detto che il piano di Luigi Ferri è «privo di coraggio».",
     [("mixed", "privo di coraggio", "Paolo Russo", ["Luigi Ferri"])]),
])
def test_gerund_after_mixed_marks_ends_about(shipped, text, expected):
    """What a mixed quotation is about stops at a comma and a gerund after the marks (the
    grammar's ``gerund``): *ha detto che è «…», lasciando poi…* is the writer's own clause."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the marks right after a verb of judging (a clitic object before it) hold its predicate: mixed
    ("Il ministro Paolo Russo l'ha definita «priva di coraggio e di idee».",
     [("mixed", "priva di coraggio e di idee", "Paolo Russo")]),
    ("Il ministro Paolo Russo ha criticato la manovra, giudicandola «lontana dai bisogni delle famiglie».",
     [("indirect", "la manovra", "Paolo Russo"), ("mixed", "lontana dai bisogni delle famiglie", "Paolo Russo")]),
    # the look-alike: a colon before the marks, a whole utterance
    ("Il ministro Paolo Russo l'ha definita così: «Una manovra priva di coraggio e di idee».",
     [("direct", "Una manovra priva di coraggio e di idee", "Paolo Russo")]),
])
def test_predicate_of_a_judging_verb_in_marks(shipped, text, expected):
    """After a verb that judges its object (the grammar's ``predicate_only_verbs``: *definire*,
    *giudicare*…) and no colon, the marks hold the predicate, a fragment (mixed)."""
    assert spoken(shipped, text) == expected
