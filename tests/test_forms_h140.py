"""Descriptions resolved to people by gender: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a feminine title: the woman named before, not the man named after her
    ("Angela Merkel ha incontrato Emmanuel Macron a Berlino. La cancelliera ha detto che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Angela Merkel")]),
    # a woman's first name not in -a (Beatrice), a man's not in -o (Giuseppe)
    ("Beatrice Conti ha ricevuto Giuseppe Ferri in municipio. La sindaca ha spiegato che i lavori ripartiranno.",
     [("indirect", "i lavori ripartiranno", "Beatrice Conti")]),
    ("Giuseppe Ferri ha ricevuto Irene Galli in municipio. La sindaca ha spiegato che i lavori ripartiranno.",
     [("indirect", "i lavori ripartiranno", "Irene Galli")]),
    # a masculine title: no woman is wanted; the previous sentence's subject, not its object
    ("Emmanuel Macron ha ricevuto Giuseppe Ferri all'Eliseo. Il presidente ha detto che l'intesa è vicina.",
     [("indirect", "l'intesa è vicina", "Emmanuel Macron")]),
])
def test_feminine_description_prefers_a_woman(shipped, text, expected):
    """A feminine description (*la cancelliera*, *la sindaca*) with no one introduced by a title
    is the woman named last before it, before a person whose gender nothing says, never a man."""
    assert spoken(shipped, text) == expected


_STORY = "Addio a {0}. {0} è mort{1} ieri nella sua casa di Roma. Aveva recitato con il regista Marco Bellini e con {2}. "


@pytest.mark.parametrize("text,expected", [
    # a profession of the arts no one was introduced with: the person the passage names most
    (_STORY.format("Chiara Neri", "a", "Paolo Ferri") + "L'attrice aveva detto che non avrebbe mai lasciato Roma.",
     [("indirect", "non avrebbe mai lasciato Roma", "Chiara Neri")]),
    # the person named most is a man: never "la cantante"
    (_STORY.format("Marco Neri", "o", "Anna Ferri") + "La cantante aveva detto che non avrebbe mai lasciato Roma.",
     [("indirect", "non avrebbe mai lasciato Roma", "cantante")]),
    # a profession with a domain (of a band) is someone else's
    (_STORY.format("Chiara Neri", "a", "Paolo Ferri") + "La cantante del gruppo aveva detto che non avrebbe mai lasciato Roma.",
     [("indirect", "non avrebbe mai lasciato Roma", "cantante del gruppo")]),
    # an office is not a profession of the story's protagonist
    (_STORY.format("Chiara Neri", "a", "Paolo Ferri") + "La questora aveva detto che non ci sono indagini.",
     [("indirect", "non ci sono indagini", "questora")]),
])
def test_profession_names_the_protagonist(shipped, text, expected):
    """A bare profession of sport or the arts (*l'attrice*, *il tennista*) that no one was
    introduced with is the person the passage names most, if of its gender; an office or a
    profession with a domain keeps its description."""
    assert spoken(shipped, text) == expected
