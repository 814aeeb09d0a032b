"""Where a reported content ends at a comma: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # ", ma che": the complementizer again, a second reported clause joined by a contrast
    ("Il sindaco Marco Bianchi ha detto che la piscina comunale resterà chiusa fino a giugno, "
     "ma che i lavori sono quasi finiti.",
     [("indirect", "la piscina comunale resterà chiusa fino a giugno, ma che i lavori sono quasi finiti",
       "Marco Bianchi")]),
    ("La prefettura ha spiegato che il ponte è stato riaperto, ma che il traffico pesante resta vietato.",
     [("indirect", "il ponte è stato riaperto, ma che il traffico pesante resta vietato", "prefettura")]),
    # or a relative of the noun before it, still what the source says
    ("Secondo l'assessore Luca Ferri il quartiere è un luogo povero, ma che resiste grazie alle botteghe.",
     [("indirect", "il quartiere è un luogo povero, ma che resiste grazie alle botteghe", "Luca Ferri")]),
    # the look-alikes: ", ma" and a clause of the writer's, with its own subject
    ("Il ministro Paolo Conti ha detto che il bilancio è in ordine, ma la Corte dei conti ha smentito.",
     [("indirect", "il bilancio è in ordine", "Paolo Conti")]),
    ("La portavoce Giulia Sarti ha annunciato che la mostra chiuderà a marzo, ma i visitatori protestano.",
     [("indirect", "la mostra chiuderà a marzo", "Giulia Sarti")]),
])
def test_contrast_with_complementizer(shipped, text, expected):
    """*, ma che…* after a reported clause goes on with it (the complementizer or a relative
    again); *, ma* and a clause with its own subject is the writer's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # ", ma" and an adjective or a participle with no verb of its own: the other half of what was said
    ("Il medico Carlo Neri ha fatto sapere che il ragazzo è in gravi condizioni, ma comunque vivo, dopo la caduta.",
     [("indirect", "il ragazzo è in gravi condizioni, ma comunque vivo", "Carlo Neri")]),
    ("L'ospedale ha comunicato che le condizioni della donna sono serie, ma stabili.",
     [("indirect", "le condizioni della donna sono serie, ma stabili", "ospedale")]),
    # the look-alikes: an adjective or an adverb opening a clause of the writer's
    ("Il sindaco Marco Bianchi ha detto che la strada è chiusa, ma nuovi lavori sono già iniziati.",
     [("indirect", "la strada è chiusa", "Marco Bianchi")]),
    ("La polizia ha riferito che il corteo è stato pacifico, ma alcuni negozi sono stati danneggiati.",
     [("indirect", "il corteo è stato pacifico", "polizia")]),
])
def test_contrast_with_qualifier(shipped, text, expected):
    """*, ma* and an adjective or a participle (adverbs before it) with no finite verb up to the
    next comma qualifies what was reported (*gravi, ma stabili*): still the content."""
    assert spoken(shipped, text) == expected
