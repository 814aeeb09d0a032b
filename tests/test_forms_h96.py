"""A stance phrase after a reflexive verb of stance (*si è espresso contro…*, *si è pronunciato a
favore di…*, *si è scagliato contro…*): forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest
import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("I sindacati si sono espressi contro la riforma delle pensioni.",
     [("indirect", "contro la riforma delle pensioni", "sindacati")]),
    ("Il consiglio comunale si è espresso a favore della nuova tramvia.",
     [("indirect", "a favore della nuova tramvia", "consiglio comunale")]),
    ("La Corte si è pronunciata contro l'estradizione del giornalista.",
     [("indirect", "contro l'estradizione del giornalista", "Corte")]),
    ("Il senatore Marco Bellini si è scagliato contro la decisione di chiudere l'ospedale.",
     [("indirect", "contro la decisione di chiudere l'ospedale", "Marco Bellini")]),
    # the phrase ends at a comma, and before a conjunction that opens another clause
    ("I due partiti si erano espressi contro la nuova legge elettorale e il presidente l'aveva poi ritirata.",
     [("indirect", "contro la nuova legge elettorale", "due partiti")]),
    ("I due partiti si erano espressi contro la nuova carta e l'ex premier Mario Verdi l'aveva definita inutile.",
     [("indirect", "contro la nuova carta", "due partiti"), ("indirect", "inutile", "Mario Verdi")]),
    ("Lo scrittore si è espresso contro il commercio equo e solidale (almeno come viene praticato oggi).",
     [("indirect", "contro il commercio equo e solidale", "scrittore")]),
    ("L'attivista Anna Neri si scaglia contro Facebook che limita la condivisione dei dati e contro Google perché non paga le tasse.",
     [("indirect", "contro Facebook che limita la condivisione dei dati e contro Google", "Anna Neri")]),
    ("Il comitato si è espresso contro la riforma e contro il taglio dei fondi.",
     [("indirect", "contro la riforma e contro il taglio dei fondi", "comitato")]),
    # a physical attack is no stance: no verbal target and no speech around it
    ("L'uomo si è scagliato contro i carabinieri con un coltello.", []),
    ("Il cane si è scagliato contro il postino.", []),
    # no stance phrase after the verb, or no reflexive: no report
    ("La Lega si è battuta contro il taglio dei parlamentari.", []),
    ("Il pittore ha espresso il suo talento in una mostra a Roma.", []),
])
def test_stance_phrase_after_reflexive_verb(shipped, text, expected):
    """The phrase of *contro* / *a favore di* after a reflexive verb of stance is what is reported."""
    assert spoken(shipped, text) == expected


def test_stance_phrase_about(shipped):
    doc = kit.analyze("Il senatore Marco Bellini si è scagliato contro la decisione della Regione Toscana.", shipped)
    quotes = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert [(q.text, q.speaker, list(q.about)) for q in quotes] == \
        [("contro la decisione della Regione Toscana", "Marco Bellini", ["Regione Toscana"])]
