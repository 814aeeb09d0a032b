"""Bug fixes of general constructions found by probing (kit issue #12): forms of Italian news
written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an adverb the tagger reads between the cue and "se" / "che" is the cue's, not the content's
    ("Il cronista Paolo Gatti le ha domandato infine se avesse paura.",
     [("indirect", "se avesse paura", "Paolo Gatti")]),
    ("L'assessora Giulia Conti ha chiesto addirittura se la gara fosse regolare.",
     [("indirect", "se la gara fosse regolare", "Giulia Conti")]),
    ("Il medico Marco Serra ha ammesso infine che la cura non funziona.",
     [("indirect", "la cura non funziona", "Marco Serra")]),
    ("Il preside Luca Bruni ha detto persino che la scuola chiuderà.",
     [("indirect", "la scuola chiuderà", "Luca Bruni")]),
    # the look-alikes: a cue adverb already skipped, "di" + an infinitive, and "solo se", a
    # subordinator of its own
    ("Il medico Marco Serra ha ammesso poi che la cura non funziona.",
     [("indirect", "la cura non funziona", "Marco Serra")]),
    ("Il preside Luca Bruni ha proposto infine di chiudere la scuola.",
     [("indirect", "di chiudere la scuola", "Luca Bruni")]),
])
def test_adverb_before_opener(shipped, text, expected):
    """*ha chiesto infine se…*, *ha detto addirittura che…*: the adverb between a cue and its
    opener is not the content's first word, and does not hide the content."""
    assert spoken(shipped, text) == expected
