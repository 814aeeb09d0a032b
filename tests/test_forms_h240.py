"""Forms of Italian news for helper h240's changes (speakers the parse misses): sentences written
for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a group noun the tagger reads as an adjective after its article: the verb's subject
    ("Il bilancio della cooperativa era poco chiaro. Gli inquirenti scrivono: «ha svuotato il "
     "fondo senza registrare le spese».",
     [("direct", "ha svuotato il fondo senza registrare le spese", "inquirenti")]),
    ("Il bilancio della cooperativa era poco chiaro, e sulla gestione del fondo gli inquirenti "
     "scrivono: «è stato svuotato senza registrare le spese».",
     [("direct", "è stato svuotato senza registrare le spese", "inquirenti")]),
    ("La sentenza è arrivata ieri sera. I giudici scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "giudici")]),
    # the look-alikes: an adjective after the group noun, the group after "di" a title
    ("La sentenza è arrivata ieri sera. I medici legali scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "medici legali")]),
    ("La sentenza è arrivata ieri sera. Il presidente dei giudici scrive che l'imputato non poteva "
     "non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "presidente dei giudici")]),
    ("La sentenza è arrivata ieri sera. Gli investigatori scrivono che l'imputato non poteva non sapere.",
     [("indirect", "l'imputato non poteva non sapere", "investigatori")]),
])
def test_group_noun_read_as_adjective(shipped, text, expected):
    """*Gli inquirenti scrivono: «…»*: a group noun right after its definite article and right
    before the verb speaks, even when the tagger reads it as an adjective of the verb."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject after a fronted concessive clause, with a phrase of time and a comma before the
    # verbs: the parse hangs it on the clause's verb and the time phrase on it
    ("Le cause del crollo restano oscure. Sebbene vi siano dubbi sui lavori di restauro del ponte, "
     "i tecnici fin dal primo giorno, hanno denunciato e ribadito più volte le pessime condizioni "
     "della struttura.",
     [("indirect", "le pessime condizioni della struttura", "tecnici")]),
    ("Le cause del crollo restano oscure. Le autorità fin dalle prime ore, hanno denunciato e "
     "ribadito più volte le pessime condizioni del ponte.",
     [("indirect", "le pessime condizioni del ponte", "autorità")]),
    # the look-alikes: the phrase between commas, no phrase of time, the clause's own subject
    ("Le cause del crollo restano oscure. Le autorità, fin dalle prime ore, hanno denunciato e "
     "ribadito più volte le pessime condizioni del ponte.",
     [("indirect", "le pessime condizioni del ponte", "autorità")]),
    ("Le cause del crollo restano oscure. Sebbene vi siano dubbi sui lavori, i tecnici hanno "
     "denunciato le pessime condizioni della struttura.",
     [("indirect", "le pessime condizioni della struttura", "tecnici")]),
])
def test_subject_hung_on_fronted_clause(shipped, text, expected):
    """*Sebbene vi siano sospetti su X, le autorità fin dalle prime ore, hanno sottolineato e
    rimarcato…*: a second subject the parse gives the fronted clause, after the comma that
    closes it, is the verb's; a phrase of time after a preposition other than *di* ends the
    speaker's noun phrase."""
    assert spoken(shipped, text) == expected
