"""Cue verbs in non-finite forms the lemmatizer does not read: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a participle of a self-report verb with its reflexive attached: what the one named says of itself
    ("Le sindache Giulia Ferri e Anna Conti, dichiaratesi contrarie alla chiusura, hanno lasciato l'aula.",
     [("indirect", "contrarie alla chiusura", "Giulia Ferri e Anna Conti")]),
    ("Il deputato Marco Galli, dichiaratosi favorevole alla legge, ha votato a favore.",
     [("indirect", "favorevole alla legge", "Marco Galli")]),
    ("L'assessore Carlo Fontana, dettosi deluso dal rinvio, ha abbandonato la seduta.",
     [("indirect", "deluso dal rinvio", "Carlo Fontana")]),
    # the look-alikes: the same form of a verb that is not a cue, and the gerund read as before
    ("L'assessore Carlo Fontana, trasferitosi a Bari, ha lasciato la giunta.", []),
    ("L'incendio, verificatosi nella notte, ha distrutto il capannone.", []),
    ("L'assessore Carlo Fontana, dicendosi deluso dal rinvio, ha abbandonato la seduta.",
     [("indirect", "deluso dal rinvio", "Carlo Fontana")]),
])
def test_participle_with_attached_reflexive(shipped, text, expected):
    """*dichiaratosi favorevole a…*, *dettasi soddisfatta*: a past participle of a
    ``self_report_verbs`` verb with *si* attached, which the lemmatizer does not know (nor the
    tagger, which may read it as a noun or a pronoun), reports the adjective phrase after it,
    as *dichiarandosi* does; not a participle of another verb with *si* (*trasferitosi*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive of asking, its agent, then a quantity word and a counted noun: what the agent asked
    ("La settimana scorsa sono stati chiesti da Marta Gentile almeno 200 milioni di euro per le scuole.",
     [("indirect", "almeno 200 milioni di euro per le scuole", "Marta Gentile")]),
    # the look-alikes: how many times; no quantity word (read as before)
    ("Il rinvio è stato chiesto almeno tre volte dal sindaco Franco Serra.", []),
    ("Ieri sono stati chiesti da Franco Serra 80 milioni per il porto.",
     [("indirect", "80 milioni per il porto", "Franco Serra")]),
])
def test_passive_subject_counted_after_a_quantity_word(shipped, text, expected):
    """*sono stati chiesti da X **almeno 300 milioni***: the postposed subject of a passive of
    asking or announcing, a number after a quantity word (``quantity_openers``), is what the
    agent asked even when the parse hangs the counted noun on the agent or as an adjunct; not a
    count of times (*almeno tre volte*)."""
    assert spoken(shipped, text) == expected
