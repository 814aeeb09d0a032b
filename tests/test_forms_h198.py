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
