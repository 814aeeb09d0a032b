"""Verbs of finding out, concluding and doubting (``finding_verbs``) read as a stated finding:
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an active verb of finding in the third person, a che-clause, someone as subject
    ("La compagnia ha però accertato che tutte le valigie erano state caricate in orario.",
     [("indirect", "tutte le valigie erano state caricate in orario", "compagnia")]),
    ("Gli ispettori hanno appurato che i registri erano stati falsificati.",
     [("indirect", "i registri erano stati falsificati", "ispettori")]),
    ("I periti deducono che l'incendio sia partito dal magazzino.",
     [("indirect", "l'incendio sia partito dal magazzino", "periti")]),
    ("Il professor Marco Fabbri ha sempre dubitato che la nuova terapia possa funzionare.",
     [("indirect", "la nuova terapia possa funzionare", "Marco Fabbri")]),
])
def test_finding_with_che(shipped, text, expected):
    """*accertare*, *appurare*, *dedurre*, *dubitare*… + *che* with a subject that is someone:
    what was found or doubted is reported."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # no one finds: the impersonal si, the passive
    "Si è accertato che il furgone procedeva troppo veloce.",
    "È stato accertato che il furgone procedeva troppo veloce.",
    # an act, not a finding stated: an infinitive of purpose, a bare object
    "I vigili sono stati mandati sul posto per accertare le cause del crollo.",
    "La commissione ha accertato la presenza di amianto nella palestra.",
    # the writer's own doubt, in the first person
    "Non dubito che il ponte sarà finito entro l'estate.",
])
def test_finding_look_alikes(shipped, text):
    """The same verbs with no one as subject, no *che*-clause or the writer as subject report
    nothing."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # a third-person present of estimating the tagger reads as the noun, its subject parsed
    ("Il pm Carla Neri stima che metà delle segnalazioni siano infondate.",
     [("indirect", "metà delle segnalazioni siano infondate", "Carla Neri")]),
    # the look-alikes: the noun itself, with an article, before a relative che
    ("La stima che il ministro ha fatto è sbagliata.", []),
    ("La mia stima che cresce ogni giorno per lui è sincera.", []),
])
def test_present_read_as_noun(shipped, text, expected):
    """*stima* read by the tagger as a noun is the present of *stimare* when the parse gives it
    a subject that is someone and a *che*-clause follows; the noun with no subject reports
    nothing."""
    assert spoken(shipped, text) == expected
