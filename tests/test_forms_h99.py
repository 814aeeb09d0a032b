"""Judgements with a predicate (a small clause): *considera la riforma un errore*, *ha definito il
progetto un errore*, *si ritiene soddisfatto*. Forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an adjective right after the verb, before the object
    ("Il sindacato considera inaccettabile la riforma delle pensioni.",
     [("indirect", "inaccettabile la riforma delle pensioni", "sindacato")]),
    # the object, then a noun phrase or come + one
    ("Il sindacato considera la riforma delle pensioni un attacco ai lavoratori.",
     [("indirect", "la riforma delle pensioni un attacco ai lavoratori", "sindacato")]),
    ("Il tecnico Luca Bruni considera il risultato come una sconfitta.",
     [("indirect", "il risultato come una sconfitta", "Luca Bruni")]),
    # a clitic object: what it is held to be
    ("Il presidente Mario Verdi lo considera un traditore.",
     [("indirect", "un traditore", "Mario Verdi")]),
    ("La segretaria Anna Neri ha criticato il ministro, considerandolo un incompetente.",
     [("indirect", "il ministro", "Anna Neri"), ("indirect", "un incompetente", "Anna Neri")]),
    # the passive with its holder
    ("Il nuovo stadio è considerato dagli esperti un'opera inutile.",
     [("indirect", "un'opera inutile", "esperti")]),
    # a bare participle after its noun (as before)
    ("Giovanni Russo, considerato il mandante dell'omicidio, è stato arrestato ieri.",
     [("indirect", "il mandante dell'omicidio", None)]),
])
def test_considerare_with_predicate(shipped, text, expected):
    """*considerare* reports a judgement only as an object and its predicate."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # an agentless passive: the writer's description
    "Il romanzo è considerato uno dei capolavori della letteratura russa.",
    # a clause: weighing a fact; the participle of "given (that)"
    "Bisogna considerare che la stagione è appena cominciata.",
    "Considerato il periodo difficile, la società ha rinviato l'assemblea.",
    "Considerato che il bilancio è in rosso, la giunta ha tagliato le spese.",
    # a bare object: weighing it
    "La società considera l'offerta di acquisto.",
    "Il governo sta considerando la possibilità di un rinvio.",
    "Il direttore Paolo Gialli considera la situazione attuale.",
])
def test_considerare_without_predicate(shipped, text):
    """No predicate, no report: *considerare* weighs or takes into account."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # the predicate noun phrase the parse hangs on the object
    ("Il ministro Carlo Rossi ha definito il progetto un errore grave.",
     [("indirect", "il progetto un errore grave", "Carlo Rossi")]),
    ("La presidente Laura Conti ha definito l'incontro un successo per tutti.",
     [("indirect", "l'incontro un successo per tutti", "Laura Conti")]),
    # a bare object: laid down, not called anything
    ("La Nato ha definito una nuova strategia.", []),
    ("La commissione ha definito i criteri di selezione.", []),
])
def test_definire_object_and_predicate_noun(shipped, text, expected):
    """*definire* + object + a second noun phrase is a judgement; a bare object is not."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # reflexive of a named subject: what it says of itself
    ("Il sindaco Mario Verdi si ritiene soddisfatto dell'accordo raggiunto.",
     [("indirect", "soddisfatto dell'accordo raggiunto", "Mario Verdi")]),
    ("La campionessa Anna Neri si considera fortunata per la vittoria.",
     [("indirect", "fortunata per la vittoria", "Anna Neri")]),
    # the impersonal si stays unsigned
    ("Si ritiene che il ponte sia crollato per un difetto di progettazione.",
     [("indirect", "il ponte sia crollato per un difetto di progettazione", None)]),
    ("In città si ritiene probabile un rinvio delle elezioni.",
     [("indirect", "probabile un rinvio delle elezioni", None)]),
])
def test_reflexive_judgement_of_oneself(shipped, text, expected):
    """*ritenersi*, *considerarsi* + a predicate: the subject speaks of itself."""
    assert spoken(shipped, text) == expected
