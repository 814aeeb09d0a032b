"""What a quotation is about: a definite noun of a person taking up the one person of its gender
named before it, forms of Italian news written for these tests (no sentence comes from a gold
set)."""
from __future__ import annotations

import pytest

from .test_forms_h104 import _about  # (kind, content, speaker, about): ``spoken`` and what it is about


@pytest.mark.parametrize("text,expected", [
    # the one woman named before, once: "la donna" is she
    ("La giornalista Giulia Neri è stata aggredita ieri sera a Torino. Il commissario Paolo Rossi ha "
     "detto che la donna è stata colpita alle spalle.",
     [("indirect", "la donna è stata colpita alle spalle", "Paolo Rossi", ["Giulia Neri"])]),
    ("La piccola Sara Conti è scomparsa da tre giorni. Il questore Paolo Rossi ha detto che la "
     "bambina è stata vista vicino al porto.",
     [("indirect", "la bambina è stata vista vicino al porto", "Paolo Rossi", ["Sara Conti"])]),
    # the look-alikes: two women named once each, none; only a man named, none for "la donna";
    # an adjective after the noun says which, none
    ("La sindaca Giulia Neri ha incontrato la deputata Anna Bianchi a Torino. Il commissario Paolo Rossi "
     "ha detto che la donna è stata colpita alle spalle.",
     [("indirect", "la donna è stata colpita alle spalle", "Paolo Rossi", [])]),
    ("Il giornalista Marco Neri è stato aggredito ieri sera a Torino. Il commissario Paolo Rossi ha "
     "detto che la donna è stata colpita alle spalle.",
     [("indirect", "la donna è stata colpita alle spalle", "Paolo Rossi", [])]),
    ("La giornalista Giulia Neri è stata aggredita ieri sera a Torino. Il commissario Paolo Rossi ha "
     "detto che la donna francese è stata colpita alle spalle.",
     [("indirect", "la donna francese è stata colpita alle spalle", "Paolo Rossi", [])]),
])
def test_person_noun_takes_up_the_one_person_of_its_gender(shipped, text, expected):
    """*la donna*, *la bambina* in the content: the person of that gender the passage before it
    names more than any other, and once is enough when no other of that gender is named."""
    assert _about(shipped, text) == expected
