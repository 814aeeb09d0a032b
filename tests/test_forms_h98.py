"""Where a reported object ends before a gerund: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a gerund right after the object, no comma, not of speech: how the thing was said
    ("Il sindaco Mario Rossi ha invocato la calma rivolgendosi ai residenti del quartiere.",
     [("indirect", "la calma rivolgendosi ai residenti del quartiere", "Mario Rossi")]),
    ("Il ministro Luigi Bianchi ha giustificato i ritardi considerandoli inevitabili in una fase di transizione.",
     [("indirect", "i ritardi considerandoli inevitabili in una fase di transizione", "Luigi Bianchi")]),
    # a speech gerund opens a report of its own
    ("Il senatore Paolo Verdi ha attaccato la riforma sostenendo che non porterà benefici.",
     [("indirect", "la riforma", "Paolo Verdi"), ("indirect", "non porterà benefici", "Paolo Verdi")]),
    # a reaction the words drew is the writer's
    ("La presidente Anna Neri ha annunciato la nomina del nuovo direttore suscitando le proteste dei sindacati.",
     [("indirect", "la nomina del nuovo direttore", "Anna Neri")]),
    # after a comma or a conjunction the gerund is an act of its own
    ("La presidente Anna Neri ha annunciato la nomina del nuovo direttore, pubblicando la lettera sul sito.",
     [("indirect", "la nomina del nuovo direttore", "Anna Neri")]),
])
def test_gerund_after_reported_object(shipped, text, expected):
    """A gerund bound to the object with no comma (*ha invocato la calma rivolgendosi a…*) stays
    in the content; a speech or reaction gerund, or one after a comma, ends it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second participle of the passive cue's subject, after "e": what happened to them next
    ("Da lì a poco i due operai vengono accusati di furto e trasportati nel carcere di Bari.",
     [("indirect", "di furto", None)]),
    # a participle of the content's own verb, or a noun, stays
    ("Il direttore Luca Neri è stato accusato di aver falsificato e nascosto i bilanci.",
     [("indirect", "di aver falsificato e nascosto i bilanci", None)]),
    ("Il direttore Luca Neri è stato accusato di frode fiscale e falso in bilancio.",
     [("indirect", "di frode fiscale e falso in bilancio", None)]),
])
def test_second_participle_of_passive_cue(shipped, text, expected):
    """After a passive cue (*vengono accusati di X*), *e* and a participle agreeing with the
    cue's (*e trasportati…*) ends a content without a verb of its own."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a comma, "con" and a noun phrase with no finite verb to the end: what goes with the object
    ("Il primario Luca Neri ha delineato un quadro clinico grave, con una insufficienza renale aggravata dall'impossibilità di ricorrere alla dialisi.",
     [("indirect", "un quadro clinico grave, con una insufficienza renale aggravata dall'impossibilità di ricorrere alla dialisi",
       "Luca Neri")]),
    # a clause of the writer's after the comma ends it
    ("Il sindaco Mario Rossi ha denunciato gravi ritardi nei lavori, con i cantieri fermi da mesi, poi è tornato in ufficio.",
     [("indirect", "gravi ritardi nei lavori", "Mario Rossi")]),
])
def test_accompaniment_after_reported_object(shipped, text, expected):
    """*, con* and a verbless noun phrase to the end of the sentence after a reported object is
    still the object; a finite verb after it is the writer's clause."""
    assert spoken(shipped, text) == expected
