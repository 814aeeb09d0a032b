"""What a quotation is about: names that only complete another name, name again what was just
named or say where the words were filed. Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a person after a law's noun and its adjective: the law's name, not a person spoken of
    ("Il giornalista Pietro Neri paragona la riforma alla legge speciale Fanfani del 1952.",
     [("indirect", "la riforma alla legge speciale Fanfani del 1952", "Pietro Neri", [])]),
    # the look-alikes: the law's noun right before the name, and a person who made the law
    ("Il giornalista Pietro Neri paragona la riforma alla legge Fanfani del 1952.",
     [("indirect", "la riforma alla legge Fanfani del 1952", "Pietro Neri", [])]),
    ("Il giornalista Pietro Neri ha detto che la legge voluta da Fanfani era sbagliata.",
     [("indirect", "la legge voluta da Fanfani era sbagliata", "Pietro Neri", ["Fanfani"])]),
])
def test_name_after_a_law_and_its_adjective(shipped, text, expected):
    """*la legge speciale X*: X completes the name of the law (as in *la legge X*)."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # another name of the person just named: no one more spoken of
    ("Il pugile Mario Neri ha detto che Luca Gialli, soprannominato Falco, è il più forte.",
     [("indirect", "Luca Gialli, soprannominato Falco, è il più forte", "Mario Neri", ["Luca Gialli"])]),
    ("Il sindaco Paolo Rossi ha detto che Bruno Sala, noto anche come Zorro, non sarà candidato.",
     [("indirect", "Bruno Sala, noto anche come Zorro, non sarà candidato", "Paolo Rossi", ["Bruno Sala"])]),
    # the look-alikes: the name of what was only described, "come" of a comparison, "noto" with
    # a place, a list after "o"
    ("Il ministro Paolo Rossi ha detto che il governo costruirà un complesso, noto come Fabbrica Nord, a Pavia.",
     [("indirect", "il governo costruirà un complesso, noto come Fabbrica Nord, a Pavia", "Paolo Rossi",
       ["Fabbrica Nord", "Pavia"])]),
    ("Il sindaco Paolo Rossi ha detto che come Milano o Torino anche Siena avrà la metropolitana.",
     [("indirect", "come Milano o Torino anche Siena avrà la metropolitana", "Paolo Rossi",
       ["Milano", "Torino", "Siena"])]),
    ("Il sindaco Paolo Rossi ha detto che la città è nota in Europa o in Asia come capitale del vino.",
     [("indirect", "la città è nota in Europa o in Asia come capitale del vino", "Paolo Rossi",
       ["Europa", "Asia"])]),
])
def test_another_name_of_the_one_named(shipped, text, expected):
    """*X, soprannominato Y*, *X, noto anche come Y*: Y names X again."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # where the cue's words were filed, between the cue and its content: the setting
    ("Il commerciante Marco Bianchi ha denunciato presso la Questura di Poggibonsi un furto nel suo negozio.",
     [("indirect", "un furto nel suo negozio", "Marco Bianchi", [])]),
    # the look-alikes: the body the words go to, and a setting inside the content
    ("Il commerciante Marco Bianchi ha denunciato alla Questura di Poggibonsi un furto nel suo negozio.",
     [("indirect", "un furto nel suo negozio", "Marco Bianchi", ["Questura", "Poggibonsi"])]),
    ("Il commerciante Marco Bianchi ha chiesto alla Regione Toscana di riaprire la strada.",
     [("indirect", "di riaprire la strada", "Marco Bianchi", ["Regione Toscana"])]),
])
def test_setting_of_the_cue(shipped, text, expected):
    """*ha denunciato presso X …*: X is where the words were filed, not what they are about."""
    assert spoken_about(shipped, text) == expected
