"""Objects of verbs of saying that the kit missed: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "oltre" (a quantity opener that is also a preposition) and a number open the object
    ("Il prefetto Marco Bianchi ha annunciato oltre 300 nuove assunzioni in questura.",
     [("indirect", "oltre 300 nuove assunzioni in questura", "Marco Bianchi")]),
    ("Il sindaco Paolo Verdi ha denunciato oltre 30 casi di abusivismo.",
     [("indirect", "oltre 30 casi di abusivismo", "Paolo Verdi")]),
    # the look-alikes: a number of times or hours measures the verb; "oltre a" is a preposition;
    # a quantity opener that is no preposition opened the object already
    ("Il ministro Carlo Neri ha criticato oltre 10 volte la riforma.", []),
    ("Il sindaco Paolo Verdi ha parlato oltre 2 ore in consiglio.", []),
    ("Il sindaco Paolo Verdi ha annunciato oltre al bilancio il nuovo piano del traffico.", []),
    ("Il prefetto Marco Bianchi ha annunciato almeno tre nuove assunzioni in questura.",
     [("indirect", "almeno tre nuove assunzioni in questura", "Marco Bianchi")]),
])
def test_number_after_oltre_opens_the_object(shipped, text, expected):
    """*ha annunciato oltre 300 assunzioni*: *oltre* and a number open the reported object, as a
    bare number does (*6 morti*); not before a noun of time or of times (*oltre 10 volte*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative "durante il quale" with a null subject: the object of "ha sottolineato", which
    # the parse reads as a passive subject, is reported, and the speaker is the one named before
    ("Il vescovo Luigi Sarti ha celebrato ieri la messa di Natale. Nell'omelia, durante la quale "
     "ha più volte sottolineato il suo ruolo di pastore, ha invitato i fedeli alla solidarietà.",
     [("indirect", "il suo ruolo di pastore", "Luigi Sarti"),
      ("indirect", "i fedeli alla solidarietà", "Luigi Sarti")]),
    # the look-alikes: a true passive (auxiliary essere) with no agent stays a report no one signs;
    # a subject named in the sentence speaks
    ("Il vescovo Luigi Sarti ha celebrato ieri la messa di Natale. Durante l'omelia è stato più "
     "volte sottolineato il ruolo dei volontari.",
     [("indirect", "il ruolo dei volontari", None)]),
    ("La ministra Anna Galli è arrivata a Bari. Nel suo intervento, durante il quale ha più volte "
     "ricordato il valore della scuola pubblica, ha annunciato nuovi fondi.",
     [("indirect", "il valore della scuola pubblica", "Anna Galli"), ("indirect", "nuovi fondi", "Anna Galli")]),
])
def test_passive_subject_of_an_active_verb(shipped, text, expected):
    """A verb with the auxiliary *avere* has no passive subject: the noun phrase the parse reads
    as one is the object, and the verb has no subject of its own (*durante la quale ha
    sottolineato il suo ruolo*): the report is kept for the one the context names."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the speaker's words quoted in brackets right after the object: the object ends before them
    ("Un passante ha discusso a lungo con il senatore Piero Galli, contestando per diversi minuti "
     "le sue proposte («e andatevene a casa», gridava).",
     [("indirect", "le sue proposte", None), ("mixed", "e andatevene a casa", None)]),
    ("Il sindaco Paolo Verdi ha criticato la scelta della Regione («una decisione miope»).",
     [("indirect", "la scelta della Regione", "Paolo Verdi"), ("mixed", "una decisione miope", "Paolo Verdi")]),
    # the look-alikes: a title in marks in the brackets (capitalised) and brackets with no marks
    ("Il cantante Marco Rame ha annunciato il nuovo album («Luce», in uscita a maggio).", []),
    ("Il sindaco Paolo Verdi ha criticato la scelta della Regione (approvata ieri in giunta).",
     [("indirect", "la scelta della Regione (approvata ieri in giunta)", "Paolo Verdi")]),
])
def test_object_before_quoted_words_in_brackets(shipped, text, expected):
    """*contestando le loro idee («e lasciatelo governare», …)*: an opening bracket and quote marks
    with a lowercase word after them end the reported object, which is reported besides them."""
    assert spoken(shipped, text) == expected
