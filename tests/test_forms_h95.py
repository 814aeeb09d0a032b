"""Verbs of saying used as acts, and *secondo* that gives no one's opinion: forms of Italian
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest
import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # endanger a place, bring home loot, suffer a wound, offer a show: no words
    ("I pirati erano tornati a minacciare le coste pugliesi e la stessa Bari.", []),
    ("Il condottiero riportò dalla campagna un ricco bottino.", []),
    ("Il portiere ha riportato una frattura alla mano sinistra.", []),
    ("Il teatro comunale propone una rassegna di commedie dialettali.", []),
    ("La trattoria propone piatti della cucina contadina.", []),
    # the place noun is a complement of what is threatened: a threat, words
    ("Il premier ha minacciato la chiusura dei confini con l'Austria.",
     [("indirect", "la chiusura dei confini con l'Austria", "premier")]),
    ("Il sindacato propone una revisione degli orari di lavoro.",
     [("indirect", "una revisione degli orari di lavoro", "sindacato")]),
])
def test_speech_verb_as_act_by_its_object(shipped, text, expected):
    """A verb of saying whose object's own head noun (before its first preposition) gives it a
    sense with no words (``sense_objects``): *minacciare le coste*, *riportare un bottino*,
    *proporre una rassegna*; a threat of an act on the place stays."""
    assert spoken(shipped, text) == expected


def test_threat_keeps_about(shipped):
    doc = kit.analyze("Il premier ha minacciato la chiusura dei confini con l'Austria.", shipped)
    (q,) = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert list(q.about) == ["Austria"]


@pytest.mark.parametrize("text,expected", [
    ("Il velo si porta raccolto sulla nuca, secondo l'uso delle valli del Cadore.", []),
    ("Gli sposi vengono benedetti secondo il rito ortodosso della Grecia.", []),
    ("I turni vengono fissati secondo le esigenze dei reparti.", []),
    # a person or a body after secondo: an opinion
    ("Secondo il sindaco Paolo Neri la sagra si farà comunque.",
     [("indirect", "la sagra si farà comunque", "Paolo Neri")]),
])
def test_secondo_custom_is_no_source(shipped, text, expected):
    """*secondo* + a custom, a rite, a style or a need (``not_sources``) says how a thing is done,
    not who says it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il nuovo patron della squadra conferma e perfeziona l'acquisto del terzino, che arriverà a luglio.", []),
    ("Il club conferma e ufficializza la cessione del centrocampista al Betis.", []),
    # the verb of saying second has the object: its cue
    ("La giunta approva e propone un piano di rilancio del centro storico.",
     [("indirect", "un piano di rilancio del centro storico", "giunta")]),
    # a second verb of saying has its own clause: it is the cue
    ("Il sindaco conferma e ribadisce che la piscina riaprirà a giugno.",
     [("indirect", "la piscina riaprirà a giugno", "sindaco")]),
])
def test_object_of_coordinated_verb(shipped, text, expected):
    """A verb of saying coordinated to an act that has the object (*conferma e perfeziona
    l'acquisto*): the object opens with *e*, so it is not the verb of saying's."""
    assert spoken(shipped, text) == expected
