"""A headline's label of a name and a prepositional phrase of place or event: forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit
from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # name + a/al/alla/in + place or event before the colon: the person before the preposition
    ("Verdini al Forum di Cernobbio: «Le tasse scenderanno»\n"
     "Il senatore Denis Verdini ha parlato ieri davanti agli imprenditori.",
     [("direct", "Le tasse scenderanno", "Denis Verdini")]),
    ("Calderoli alla Festa di Pontida: «Il federalismo è vicino»\n"
     "Il ministro Roberto Calderoli è intervenuto sul palco.",
     [("direct", "Il federalismo è vicino", "Roberto Calderoli")]),
    ("Gasparri in Senato: «Voteremo contro»\n"
     "Il capogruppo Maurizio Gasparri ha preso la parola in aula.",
     [("direct", "Voteremo contro", "Maurizio Gasparri")]),
])
def test_headline_label_with_place(shipped, text, expected):
    """*Nome al Meeting di X: «…»*: the name ends before a preposition no name holds."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,name", [
    # name particles that are forms of "di" / "da" stay inside the name
    ("Luca di Montezemolo ha detto che la Ferrari tornerà a vincere.", "Luca di Montezemolo"),
    ("Il pittore Piero della Francesca è nato a Borgo San Sepolcro.", "Piero della Francesca"),
])
def test_name_particles_stay(shipped, text, name):
    doc = kit.analyze(text, shipped)
    assert name in [e.text for e in doc.ents if e.label_ == "PER"]
