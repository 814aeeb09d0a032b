"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a charge told again in plain words after ", ovvero", ", ossia", ", cioè": still the charge
    ("Il consigliere Marco Bianchi è accusato di peculato, ovvero l'uso di fondi regionali per la piscina comunale.",
     [("indirect", "di peculato, ovvero l'uso di fondi regionali per la piscina comunale", None)]),
    ("L'assessore Carla Neri è accusata di abuso d'ufficio, ovvero di aver favorito una ditta di amici nella gara per i rifiuti.",
     [("indirect", "di abuso d'ufficio, ovvero di aver favorito una ditta di amici nella gara per i rifiuti", None)]),
    ("L'assessore Carla Neri è accusata di truffa, cioè di aver incassato rimborsi per viaggi mai fatti.",
     [("indirect", "di truffa, cioè di aver incassato rimborsi per viaggi mai fatti", None)]),
    # the look-alikes: a clause of the writer's after the comma ends the charge
    ("L'assessore Carla Neri è accusata di truffa, mentre il marito è indagato per riciclaggio.",
     [("indirect", "di truffa", None), ("indirect", "riciclaggio", None)]),
    # an object noun phrase explained after ", ovvero" goes on as before
    ("Il sindaco Marco Bianchi ha chiesto nuove risorse, ovvero fondi per le scuole della periferia.",
     [("indirect", "nuove risorse, ovvero fondi per le scuole della periferia", "Marco Bianchi")]),
])
def test_charge_told_again(shipped, text, expected):
    """A charge goes on past a comma and an explaining conjunction (*di peculato, ovvero l'uso
    di fondi…*): the same charge in plain words; another comma clause still ends it."""
    assert spoken(shipped, text) == expected
