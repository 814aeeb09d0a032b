"""Speech infinitives without a modal after an articled preposition that makes them a noun
(*concordi nel sostenere che…*). Forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # nel / col + a speech infinitive + che, after the word it completes: what they said
    ("I geologi Marco Rossi e Luca Bianchi sono concordi nel sostenere che la frana era prevedibile.",
     [("indirect", "la frana era prevedibile", "Marco Rossi e Luca Bianchi")]),
    ("Il sindaco Paolo Neri ha chiuso l'assemblea col ricordare che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Paolo Neri")]),
    ("Il ministro Aldo Ferri insiste nel ripetere che le tasse non aumenteranno.",
     [("indirect", "le tasse non aumenteranno", "Aldo Ferri")]),
    # a verb that is no speech: learning, not saying
    ("Il portiere Mario Villa è rimasto sorpreso nel sapere che la partita era stata rinviata.", []),
    # no che-clause after it: nothing reported
    ("I tifosi sono stati pazienti nel chiedere scusa.", []),
    # the first person saying it now: the speaker's own voice, no report
    ("Vorrei insistere nel rilevare che i conti sono in ordine.", []),
    ("Troviamo motivo di conforto nel constatare che tanti giovani lavorano.", []),
])
def test_articled_infinitive_with_che(shipped, text, expected):
    """A speech infinitive after *nel / nell' / nello / col* with a che-clause is a cue whose
    subject is the clause's (*sono concordi nell'affermare che…*)."""
    assert spoken(shipped, text) == expected
