"""A participle of opinion (*considerato*, *ritenuto*, *reputato*) set off by a comma with no
holder (*da*) may open an absolute clause (*considerata la situazione*: given the situation),
which reports no one's opinion. Forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the participle disagrees with the noun before the comma: it agrees with what it weighs
    ("Il comune, considerata la situazione, ha annullato la festa.", []),
    ("Il sindaco, considerati i ritardi del cantiere, ha rinviato l'apertura del ponte.", []),
    # the noun before the comma closes a prepositional phrase opening the sentence
    ("In Toscana, considerata la siccità, sono vietati i fuochi nei boschi.", []),
    ("Nel frattempo, considerati i ritardi, la giunta ha rinviato la delibera.", []),
    # an opinion of the noun before: the participle agrees with it, a holder with da or not
    ("Il partito, considerato dal governo un'organizzazione terroristica, ha lasciato il paese.",
     [("indirect", "un'organizzazione terroristica", "governo")]),
    ("La cantante, ritenuta la migliore voce del paese, ha vinto il premio.",
     [("indirect", "la migliore voce del paese", None)]),
    # the participle agrees with the head of the phrase before, not with its last noun
    ("Si è insediato oggi il parlamento, guidato dalla coalizione che ha vinto le elezioni dello scorso gennaio, "
     "ritenute tra le più libere nella storia del paese.",
     [("indirect", "tra le più libere nella storia del paese", None)]),
])
def test_absolute_participle_of_opinion(shipped, text, expected):
    """*X, considerata la Y, …*: a participle disagreeing with X, or X in an opening prepositional
    phrase, weighs Y (given Y); no report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # confermare + a post, a contract, a title or a squad: kept on, not stated
    ("Dopo il torneo, la tennista confermerà la sua collaborazione con l'allenatore fino a fine stagione.", []),
    ("La società ha confermato l'allenatore per la prossima stagione.", []),
    ("La squadra di casa ha confermato il titolo di campione regionale.", []),
    ("Il presidente ha confermato l'incarico al direttore generale.", []),
    # confermare + an event or a decision: a report
    ("Il ministro ha confermato la chiusura delle scuole.", [("indirect", "la chiusura delle scuole", "ministro")]),
])
def test_confirm_keeps_on(shipped, text, expected):
    """``sense_objects`` of *confermare*: an object that is kept on (a post, a contract, a title,
    a team) gives no report."""
    assert spoken(shipped, text) == expected
