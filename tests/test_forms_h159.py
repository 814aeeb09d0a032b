"""Where a source ends and its content begins with no comma: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a quantifier or a number right after the source's noun opens the content
    ("Secondo il prefetto tutte le scuole resteranno chiuse fino a lunedì.",
     [("indirect", "tutte le scuole resteranno chiuse fino a lunedì", "prefetto")]),
    ("Secondo la difesa parte delle prove sarebbe stata raccolta senza autorizzazione.",
     [("indirect", "parte delle prove sarebbe stata raccolta senza autorizzazione", "difesa")]),
    ("Secondo gli ispettori alcune aziende hanno evaso i contributi.",
     [("indirect", "alcune aziende hanno evaso i contributi", "ispettori")]),
    ("Secondo l'assessore nessuno dovrà pagare la nuova tassa.",
     [("indirect", "nessuno dovrà pagare la nuova tassa", "assessore")]),
    ("Secondo i soccorritori circa quaranta famiglie hanno lasciato le case.",
     [("indirect", "circa quaranta famiglie hanno lasciato le case", "soccorritori")]),
    ("A detta dei tecnici ogni ponte della provincia va controllato.",
     [("indirect", "ogni ponte della provincia va controllato", "tecnici")]),
    ("Stando ai medici quasi tutti i feriti sono fuori pericolo.",
     [("indirect", "quasi tutti i feriti sono fuori pericolo", "medici")]),
    ("Per il rettore tutti gli studenti devono poter seguire le lezioni.",
     [("indirect", "tutti gli studenti devono poter seguire le lezioni", "rettore")]),
    # the noun's own complement and a title's name stay in the source
    ("Secondo il portavoce dei pompieri molte strade sono ancora allagate.",
     [("indirect", "molte strade sono ancora allagate", "portavoce dei pompieri")]),
    ("Secondo il questore Paolo Neri tutti gli indagati erano armati.",
     [("indirect", "tutti gli indagati erano armati", "Paolo Neri")]),
])
def test_quantifier_opens_content_after_source(shipped, text, expected):
    """*Secondo il X tutti…*: a quantifier, an approximator or a number after the source's noun
    is the content's subject, not a word of the source."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a person's name after a body or a group, then a finite verb: the content's subject
    ("Secondo la questura Marco Galli aveva un complice.",
     [("indirect", "Marco Galli aveva un complice", "questura")]),
    ("Secondo i vigili Luca Sarti guidava senza patente.",
     [("indirect", "Luca Sarti guidava senza patente", "vigili")]),
    # after a title the name is the source's
    ("Secondo il senatore Marco Galli la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Marco Galli")]),
])
def test_name_after_body_opens_content(shipped, text, expected):
    """*Secondo la polizia Rossi era armato*: no body has a personal name in apposition."""
    assert spoken(shipped, text) == expected


def test_a_phrase_of_adjective_stays_in_source(shipped):
    """*fonti vicine al governo*: the adjective's *a*-phrase belongs to the source, with or
    without a comma after it."""
    assert spoken(shipped, "Secondo fonti vicine alla società molte filiali chiuderanno.") == \
        [("indirect", "molte filiali chiuderanno", "fonti vicine alla società")]
