"""A reported object explained after a comma (*…, ossia…*, *…, cioè…*) goes on to the end of
the explanation; after any other comma it ends. Sentences written for these tests (none from a
gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # grammar "explaining_conjunctions": the noun's own phrase goes on after the comma
    ("Il sindacato dei medici ha denunciato la mancanza di personale, ossia di infermieri e tecnici nei reparti.",
     [("indirect", "la mancanza di personale, ossia di infermieri e tecnici nei reparti", "sindacato dei medici")]),
    ("La sindaca Anna Ferri ha chiesto la riapertura del ponte, cioè del solo passaggio pedonale.",
     [("indirect", "la riapertura del ponte, cioè del solo passaggio pedonale", "Anna Ferri")]),
    # a setting or a next act after the comma is the writer's
    ("La sindaca Anna Ferri ha chiesto la riapertura del ponte, durante il consiglio comunale di ieri.",
     [("indirect", "la riapertura del ponte", "Anna Ferri")]),
    ("La sindaca Anna Ferri ha chiesto la riapertura del ponte, poi ha lasciato l'aula.",
     [("indirect", "la riapertura del ponte", "Anna Ferri")]),
])
def test_object_explained_after_comma(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an appeal goes on past the addressee with what is asked (grammar "appeal_nouns"), with the
    # noun's article elided or not
    ("Il sindaco Mario Bianchi ha lanciato l'appello ai governi europei perché intervengano subito.",
     [("indirect", "ai governi europei perché intervengano subito", "Mario Bianchi")]),
    ("Il sindaco Mario Bianchi ha lanciato un appello ai governi europei perché intervengano subito.",
     [("indirect", "ai governi europei perché intervengano subito", "Mario Bianchi")]),
])
def test_appeal_goes_on_with_what_is_asked(shipped, text, expected):
    assert spoken(shipped, text) == expected
