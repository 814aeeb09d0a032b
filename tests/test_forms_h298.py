"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the channel or the paper after an object: where the words went out, not what was said
    ("Il cantante Luca Neri ha annunciato il suo ritiro su Instagram.",
     [("indirect", "il suo ritiro", "Luca Neri")]),
    ("Lo studente ha ammesso le proprie responsabilità in una lettera alla preside.",
     [("indirect", "le proprie responsabilità", "studente")]),
    ("La ministra Anna Verdi ha annunciato le sue dimissioni con un lungo messaggio su Facebook.",
     [("indirect", "le sue dimissioni", "Anna Verdi")]),
    ("L'allenatore Paolo Gialli ha criticato l'arbitro sul suo profilo Twitter.",
     [("indirect", "l'arbitro", "Paolo Gialli")]),
    ("Il sindaco Carlo Neri ha descritto la situazione sul giornale della città.",
     [("indirect", "la situazione", "Carlo Neri")]),
    # the look-alikes: a channel that is the place of what is said, or a participle's
    ("Il garante Mario Bassi ha chiesto maggiori controlli sui social.",
     [("indirect", "maggiori controlli sui social", "Mario Bassi")]),
    ("L'attrice Giulia Rossi ha denunciato gli insulti ricevuti su Instagram.",
     [("indirect", "gli insulti ricevuti su Instagram", "Giulia Rossi")]),
    ("Il deputato Luigi Bianchi ha criticato le foto pubblicate sul sito del partito.",
     [("indirect", "le foto pubblicate sul sito del partito", "Luigi Bianchi")]),
    ("Il presidente Marco Verdi ha annunciato la pubblicazione di una lettera aperta.",
     [("indirect", "la pubblicazione di una lettera aperta", "Marco Verdi")]),
])
def test_channel_after_object(shipped, text, expected):
    """An object content ends before the channel it went out on (*in una lettera*, *con un
    messaggio*, *su Instagram*, *sul suo profilo*, *sul giornale*); a channel after a participle,
    after *di*, or a generic *sui social* after a noun stays in the object."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb bearing on a source marker after the content: not the speaker's words
    ("La polizia ha detto che il ladro è fuggito, almeno secondo i testimoni.",
     [("indirect", "La polizia ha detto che il ladro è fuggito", "testimoni"),
      ("indirect", "il ladro è fuggito", "polizia")]),
    ("Il perito Luca Bassi ritiene che l'incendio sia partito dalla cucina, sempre secondo la relazione dei vigili del fuoco.",
     [("indirect", "Il perito Luca Bassi ritiene che l'incendio sia partito dalla cucina", "vigili del fuoco"),
      ("indirect", "l'incendio sia partito dalla cucina", "Luca Bassi")]),
    # the look-alikes: the marker with no adverb, and the adverb inside the content
    ("Il ponte sarebbe crollato per un difetto di costruzione, secondo il sindaco.",
     [("indirect", "Il ponte sarebbe crollato per un difetto di costruzione", "sindaco")]),
    ("Il sindaco Carlo Neri ha detto che il ponte resterà chiuso, almeno fino a lunedì.",
     [("indirect", "il ponte resterà chiuso, almeno fino a lunedì", "Carlo Neri")]),
])
def test_adverb_of_the_marker(shipped, text, expected):
    """A content that would end on *, almeno* / *, sempre* right before *secondo X* ends before
    the comma: the adverb bears on the source marker; an adverb that goes on with the content
    (*almeno fino a lunedì*) stays."""
    assert spoken(shipped, text) == expected
