"""Speakers: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "l'uomo", "la donna" with no name to resolve to: the person the passage last described
    ("Il convivente di Sara, interrogato a lungo dai carabinieri, ha ammesso di averla uccisa. "
     "L'uomo ha poi detto che era geloso.",
     [("indirect", "di averla uccisa", "convivente di Sara"), ("indirect", "era geloso", "convivente di Sara")]),
    ("Un uomo di 40 anni ha picchiato la sua compagna ucraina. La donna ha raccontato ai medici che era caduta dalle scale.",
     [("indirect", "era caduta dalle scale", "compagna ucraina")]),
    ("L'accusatrice ha parlato a lungo con i carabinieri. La donna ha detto che l'auto si era fermata in un parcheggio.",
     [("indirect", "l'auto si era fermata in un parcheggio", "accusatrice")]),
    # the look-alikes: a name before stays the speaker; a description of the other gender, a
    # group or a child are not what "l'uomo", "la donna" stand for
    ("Mario Rossi è stato arrestato ieri a Bari. L'uomo ha ammesso di aver rubato l'auto.",
     [("indirect", "di aver rubato l'auto", "Mario Rossi")]),
    ("Il convivente di Sara è stato arrestato ieri. La donna ha detto che era geloso.",
     [("indirect", "era geloso", "donna")]),
    ("I compagni di squadra sono arrivati. L'uomo ha detto che la partita è persa.",
     [("indirect", "la partita è persa", "uomo")]),
    ("La madre ha accompagnato la figlia a scuola. La bambina ha detto che la maestra era assente.",
     [("indirect", "la maestra era assente", "bambina")]),
    ("Un uomo ha detto che il ponte è crollato.",
     [("indirect", "il ponte è crollato", None)]),
    # a woman named before: the rules of names choose (not this one)
    ("La ministra Giulia Neri ha incontrato la moglie dell'autista. La donna ha poi detto che il fratello era stanco.",
     [("indirect", "il fratello era stanco", "Giulia Neri")]),
])
def test_story_person_for_the_description_before(shipped, text, expected):
    """A bare *l'uomo*, *la donna* that no name resolves speaks for the singular description of
    its gender the passage gave last (a title, a relative, a part in the story: *il convivente di
    Sara*, *la sua compagna*, *l'accusatrice*); never a group, a child or the other gender."""
    assert spoken(shipped, text) == expected
