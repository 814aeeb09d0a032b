"""Abstractions, events and facts as the subject of a verb of saying: a cause, a sign or a
circumstance, no one's words (forms of Italian written for these tests; no sentence comes from
a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an event with a person's name in it: the visit does not speak for the visitor
    ("La visita della ministra Carla Bruni, su invito del sindaco, conferma la solidità del legame tra Parma e Lione.", []),
    # a disaster, a win, accidents, a crisis as subject: a sign or a cause, whatever the verb
    ("Il terremoto di ieri annuncia una stagione difficile per la regione.", []),
    ("La vittoria di Luca Rossi conferma che il tennis italiano è in crescita.", []),
    ("Gli incidenti di sabato dicono che lo stadio non è sicuro.", []),
    ("La crisi del gas ha ricordato che l'Europa dipende dalle importazioni.", []),
    # the look-alikes: documents, studies and figures speak; people and bodies too
    ("Lo studio afferma che il consumo di zucchero è in calo.",
     [("indirect", "il consumo di zucchero è in calo", None)]),
    ("I dati dicono che il consumo di zucchero è in calo.",
     [("indirect", "il consumo di zucchero è in calo", None)]),
    ("La ministra Carla Bruni conferma la solidità del legame tra Parma e Lione.",
     [("indirect", "la solidità del legame tra Parma e Lione", "Carla Bruni")]),
    # a newspaper named by a word of the list speaks
    ("Il Fatto Quotidiano scrive che il ministro si dimetterà.",
     [("indirect", "il ministro si dimetterà", "Fatto Quotidiano")]),
    # the event as what was said (a passive) stays: the agent confirmed it
    ("La visita della delegazione è stata confermata dal prefetto di Lucca Mario Bianchi.",
     [("indirect", "La visita della delegazione", "Mario Bianchi")]),
    # an aside set off by dashes after the event named in the quotation: the speaker's words
    ("«La visita – ha detto il sindaco Paolo Neri – è andata molto bene».",
     [("direct", "La visita", "Paolo Neri"), ("direct", "è andata molto bene", "Paolo Neri")]),
])
def test_mute_subjects(shipped, text, expected):
    """An abstraction, an event or a fact (``mute_nouns``) as the subject of a verb of saying is
    no speaker, whatever the verb; a document, a study, a figure, a person or a passive stays."""
    assert spoken(shipped, text) == expected
