"""What a quotation is about: a definite noun of a person taking up the one person of its gender
named before it, forms of Italian news written for these tests (no sentence comes from a gold
set)."""
from __future__ import annotations

import pytest

from .helpers import spoken_about  # (kind, content, speaker, about)


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
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title's word used as an adjective of the noun before it: no office, the place is named
    ("Il sindaco Marco Neri ha detto che il centro storico di Bologna resterà chiuso domenica.",
     [("indirect", "il centro storico di Bologna resterà chiuso domenica", "Marco Neri", ["Bologna"])]),
    # an office title with no one named after it leaves out only a common noun of an
    # institution (h214: the tune gold keeps the name of its own there, "il presidente del
    # Sejm", "un parroco di Ladispoli", "ex premier del Pakistan"); so the place and the body
    # after a title are named too
    ("Il sindaco Marco Neri ha detto che lo storico di Bologna resterà in città.",
     [("indirect", "lo storico di Bologna resterà in città", "Marco Neri", ["Bologna"])]),
    ("Il sindaco Marco Neri ha detto che il consulente legale della Juventus sarà ascoltato domani.",
     [("indirect", "il consulente legale della Juventus sarà ascoltato domani", "Marco Neri", ["Juventus"])]),
    # the look-alike: the institution word of an office title stays out
    ("Il sindaco Marco Neri ha detto che il consulente legale della Regione sarà ascoltato domani.",
     [("indirect", "il consulente legale della Regione sarà ascoltato domani", "Marco Neri", [])]),
])
def test_title_word_as_an_adjective_is_no_office(shipped, text, expected):
    """*il centro storico di Bologna*: *storico* qualifies *centro*, no historian of Bologna;
    the place is what the words are about; so is a name of its own after a title (*lo storico di
    Bologna*, *il consulente legale della Juventus*), not the institution word of one (*della
    Regione*)."""
    assert spoken_about(shipped, text) == expected
