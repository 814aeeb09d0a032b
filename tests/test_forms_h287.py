"""Forms of Italian a recall sample of fresh text pointed to: sentences written for these tests
(no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a setting of time whose adjective the tagger reads as a participle ("nei giorni scorsi")
    # between the cue and an object, a di + infinitive or a che-clause
    ("Il sindaco Paolo Neri ha annunciato nei giorni scorsi la chiusura della scuola.",
     [("indirect", "la chiusura della scuola", "Paolo Neri")]),
    ("La ministra Anna Bruni ha ribadito nei mesi scorsi la sua contrarietà al progetto.",
     [("indirect", "la sua contrarietà al progetto", "Anna Bruni")]),
    ("Il presidente Marco Galli ha detto nei giorni scorsi di voler lasciare l'incarico.",
     [("indirect", "di voler lasciare l'incarico", "Marco Galli")]),
    ("Il sindaco Paolo Neri ha confermato nei giorni passati la riapertura del mercato.",
     [("indirect", "la riapertura del mercato", "Paolo Neri")]),
    # the look-alikes: settings that already reported, and a verb in the setting still ends it
    ("Il sindaco Paolo Neri ha annunciato nel pomeriggio la chiusura della scuola.",
     [("indirect", "la chiusura della scuola", "Paolo Neri")]),
    ("Il sindaco Paolo Neri ha annunciato nei giorni scorsi che la scuola chiuderà.",
     [("indirect", "la scuola chiuderà", "Paolo Neri")]),
    ("Il sindaco Paolo Neri ha parlato nei giorni scorsi con i genitori degli alunni.", []),
])
def test_setting_of_time_before_content(shipped, text, expected):
    """An adjective of time after a noun of time (*nei giorni scorsi*, *nei mesi passati*) is part
    of the setting between a cue and what it reports, even when the tagger reads it as a verb."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the one told (a clitic) or a negation between a fronted passive subject and its auxiliary
    ("Il ritardo nei lavori gli è stato rimproverato dai consiglieri.",
     [("indirect", "Il ritardo nei lavori", "consiglieri")]),
    ("La chiusura della scuola le è stata confermata dalla preside Anna Bruni.",
     [("indirect", "La chiusura della scuola", "Anna Bruni")]),
    ("La chiusura del reparto non è stata confermata dal direttore Luca Ferri.",
     [("indirect", "La chiusura del reparto", "Luca Ferri")]),
    # the look-alike: nothing between the subject and the auxiliary
    ("La chiusura della scuola è stata confermata dalla preside Anna Bruni.",
     [("indirect", "La chiusura della scuola", "Anna Bruni")]),
])
def test_fronted_passive_subject_ends_before_clitic(shipped, text, expected):
    """The reported subject of a passive of saying ends before a clitic of the one told or a
    *non* right before the auxiliary."""
    assert spoken(shipped, text) == expected
