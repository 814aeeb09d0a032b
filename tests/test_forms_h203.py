"""What a quotation is about when the speaker ranker changes its speaker: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the rules took the champion (named in the words) for the speaker, the ranker the
    # challenger: the champion's name in the words is what they are about
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci\".",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci", "Luca Verdi",
       ["Marco Bianchi"])]),
    # the quotation after it that carries the speaker on follows the ranker, and its words too
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci\". "
     "\"Anche Bianchi sbaglia\", prosegue.",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura; bisogna essere veloci", "Luca Verdi",
       ["Marco Bianchi"]),
      ("direct", "Anche Bianchi sbaglia", "Luca Verdi", ["Marco Bianchi"])]),
    # the look-alike: the words do not name the former speaker, nothing is added
    ("Il pugile Marco Bianchi difende il titolo sabato. Il campione sembra imprendibile, eppure lo sfidante "
     "Luca Verdi ha una ricetta: \"bisogna essere veloci e non farsi colpire\".",
     [("direct", "bisogna essere veloci e non farsi colpire", "Luca Verdi", [])]),
    # the rules' own speaker, no ranker: unchanged
    ("Il campione sembra imprendibile. Marco Bianchi ha vinto tutto. Eppure Verdi ha una ricetta: "
     "\"gli sfidanti di Bianchi confidavano nella forza pura\".",
     [("direct", "gli sfidanti di Bianchi confidavano nella forza pura", "Verdi", ["Marco Bianchi"])]),
])
def test_former_speaker_named_in_the_words(shipped, text, expected):
    """A speaker the ranker replaces, named in the quotation's words (away from its mention),
    comes back into ``about``: the rules had left it out only as the speaker."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # another name the article gave a person (after a comma or in brackets): alone later, it
    # names that person
    ("Il pugile Carlos Ruiz (soprannominato Tornado, per la sua velocità) ha vinto a Milano. "
     "L'allenatore Marco Neri ha detto che Tornado è il migliore del mondo.",
     [("indirect", "Tornado è il migliore del mondo", "Marco Neri", ["Carlos Ruiz"])]),
    ("Il pugile Carlos Ruiz, soprannominato Tornado, ha vinto a Milano. "
     "L'allenatore Marco Neri ha detto che Tornado è il migliore del mondo.",
     [("indirect", "Tornado è il migliore del mondo", "Marco Neri", ["Carlos Ruiz"])]),
    ("La cantante Giulia Ferri, nota anche come Stella, ha lasciato Torino. "
     "Il produttore Luca Sala ha detto che Stella tornerà presto.",
     [("indirect", "Stella tornerà presto", "Luca Sala", ["Giulia Ferri"])]),
    # the look-alike: no other name given, the name stays
    ("Il pugile Carlos Ruiz ha vinto a Milano. L'allenatore Marco Neri ha detto che Tornado è il migliore del mondo.",
     [("indirect", "Tornado è il migliore del mondo", "Marco Neri", ["Tornado"])]),
])
def test_another_name_given_before(shipped, text, expected):
    """A name the article gave as another name of a name before it (``alias_words``: *X,
    soprannominato Y*, *X (soprannominato Y…)*) names X when it comes back alone."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bracket right after a local time gives the hour elsewhere: the writer's, no place spoken of
    ("Secondo il ministero della Difesa di Seul, alle 10:30 ora locale (in Italia le 2:30) è stato lanciato "
     "un missile vicino a Pyongyang.",
     [("indirect", "alle 10:30 ora locale (in Italia le 2:30) è stato lanciato un missile vicino a Pyongyang",
       "ministero della Difesa", ["Pyongyang"])]),
    # the look-alike: a bracket after anything else keeps its place
    ("Secondo il ministero della Difesa di Seul, il missile (lanciato in Giappone) è caduto vicino a Pyongyang.",
     [("indirect", "il missile (lanciato in Giappone) è caduto vicino a Pyongyang", "ministero della Difesa",
       ["Giappone", "Pyongyang"])]),
])
def test_place_of_a_time_conversion(shipped, text, expected):
    """A place in a bracket opened right after ``local_time_words`` (*ora locale*) converts the
    hour; it is not what the words are about."""
    assert spoken_about(shipped, text) == expected
