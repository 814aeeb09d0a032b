"""Gender of a person named by a surname alone: forms of Italian news written for these tests
(no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit


def judged(nlp, text):
    """(kind, content, speaker, about) of the quotations ``nlp`` finds in ``text``."""
    return [(q.kind, q.text, q.speaker, list(q.about)) for q in kit.analyze(text, nlp)._.kit_quotes
            if q.kind != "other"]


@pytest.mark.parametrize("text,expected", [
    # a surname ending in -a says nothing of gender: "lo" may stand for the man named by it
    ("Il ministro Costa ha presentato il piano ai sindacati. Il premier Marco Verdi lo ha definito «un collaboratore prezioso».",
     [("mixed", "un collaboratore prezioso", "Marco Verdi", ["Costa"])]),
    ("Il tecnico Moretta ha lasciato la squadra a giugno. Il presidente Luca Neri lo ha definito «un professionista serio».",
     [("mixed", "un professionista serio", "Luca Neri", ["Moretta"])]),
    # a first name in -a still says "she": "lo" does not stand for Giulia Neri
    ("La ministra Giulia Neri ha presentato il piano ai sindacati. Il premier Marco Verdi lo ha definito «un testo serio».",
     [("mixed", "un testo serio", "Marco Verdi", [])]),
])
def test_surname_in_a_of_unknown_gender(shipped, text, expected):
    """A one-word name (*Costa*, *Moretta*) is a surname, of either gender, not a woman's first name."""
    assert judged(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the article of a title right before a surname says the person's gender
    ("Il ministro Costa ha presentato il piano ai sindacati. Il premier Marco Verdi l'ha definita «una collaboratrice preziosa».",
     [("mixed", "una collaboratrice preziosa", "Marco Verdi", [])]),
    ("La sindaca Moretti ha presentato il piano ai sindacati. Il prefetto Marco Verdi l'ha definita «una collaboratrice preziosa».",
     [("mixed", "una collaboratrice preziosa", "Marco Verdi", ["Moretti"])]),
    ("La sindaca Moretti ha presentato il piano ai sindacati. Il prefetto Marco Verdi lo ha definito «un collaboratore prezioso».",
     [("mixed", "un collaboratore prezioso", "Marco Verdi", [])]),
])
def test_title_article_gives_gender(shipped, text, expected):
    """*il ministro Costa* is a man, *la sindaca Moretti* a woman: a clitic of the other gender
    does not stand for them."""
    assert judged(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a party in brackets after a title and its place: the title's holder speaks
    ("Il sindaco di Pisa (FdI) ha detto che la città è pronta.",
     [("indirect", "la città è pronta", "sindaco di Pisa")]),
    # after a name: the person
    ("L'assessore Rossi (FdI) ha detto che la città è pronta.",
     [("indirect", "la città è pronta", "Rossi")]),
    ("La senatrice Anna Bianchi (Lega) ha detto che il governo deve cambiare rotta.",
     [("indirect", "il governo deve cambiare rotta", "Anna Bianchi")]),
    # after a body whose initial the bracket does not open with: a party, not an acronym
    ("Il presidente della Regione (Pd) ha detto che la città è pronta.",
     [("indirect", "la città è pronta", "presidente della Regione")]),
    # an acronym in brackets after the body it abbreviates: the body speaks, as before
    ("L'Istituto Superiore di Sanità (ISS) ha detto che i contagi sono in calo.",
     [("indirect", "i contagi sono in calo", "Istituto Superiore di Sanità")]),
])
def test_party_in_brackets(shipped, text, expected):
    """*X (FdI) ha detto*: an organisation alone in brackets after a name, a place or a title is
    the affiliation of the one named before, not the speaker."""
    assert [q[:3] for q in judged(shipped, text)] == expected
