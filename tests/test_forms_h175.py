"""Where a reported content ends when its cue stands inside an aside: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a cue inside an aside opened by a dash: its content ends at the dash that closes it
    ("Il ponte ha trasportato migliaia di pendolari – di cui si stima che almeno duemila siano "
     "arrivati in ritardo –, e il sindaco è stato criticato per la gestione.",
     [("indirect", "almeno duemila siano arrivati in ritardo", None)]),
    # the minus sign typed for a dash closes the aside too
    ("Il ponte ha trasportato migliaia di pendolari − di cui si stima che almeno duemila siano "
     "arrivati in ritardo −, il sindaco Marco Bianchi è stato criticato per la gestione.",
     [("indirect", "almeno duemila siano arrivati in ritardo", None)]),
    # the look-alikes: an aside inside the content, after a cue outside any aside, stays
    ("Il sindaco ha spiegato che il ponte – chiuso da mesi – riaprirà lunedì.",
     [("indirect", "il ponte – chiuso da mesi – riaprirà lunedì", "sindaco")]),
    ("Il sindaco Marco Bianchi ha detto che la scuola – la più antica del quartiere – sarà restaurata.",
     [("indirect", "la scuola – la più antica del quartiere – sarà restaurata", "Marco Bianchi")]),
    # a cue set off by dashes inside the clause it reports keeps the whole clause
    ("Nel pomeriggio – hanno riferito i testimoni – il corteo ha raggiunto la piazza.",
     [("indirect", "Nel pomeriggio – hanno riferito i testimoni – il corteo ha raggiunto la piazza", "testimoni")]),
])
def test_cue_inside_a_dashed_aside(shipped, text, expected):
    """A cue inside an aside opened by a dash reports up to the dash that closes the aside: the
    sentence goes on past it in the writer's voice."""
    assert spoken(shipped, text) == expected
