"""Where what a mixed quotation is about stops after its marks: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the cue in a relative clause; after a comma the writer's main clause goes on with its own verb
    ("Poche ore dopo la dichiarazione del procuratore Carlo Neri, il quale aveva lodato la «prudenza» "
     "della sentenza del Tribunale di Pisa, arriva la decisione della Corte d'Appello di Firenze.",
     [("mixed", "prudenza", "Carlo Neri", ["Tribunale", "Pisa"])]),
    ("Dopo l'intervista al senatore Luca Bianchi, che aveva definito «illegittima» la nomina del prefetto "
     "di Siena, è arrivata la replica della Regione Toscana.",
     [("mixed", "illegittima", "Luca Bianchi", ["Siena"])]),
    # the look-alikes: a relative pronoun or a preposition after the comma, the clause goes on
    ("Il sindaco Marco Gialli ha definito «inaccettabile» la scelta della Regione Toscana, che ha chiuso "
     "l'ospedale di Lucca.",
     [("mixed", "inaccettabile", "Marco Gialli", ["Regione Toscana", "Lucca"])]),
    ("Il governo indiano ha espresso «profonda irritazione», e poi delusione, per la scelta del governo giapponese.",
     [("mixed", "profonda irritazione", "governo indiano", ["governo giapponese"])]),
])
def test_mixed_about_stops_at_main_clause(shipped, text, expected):
    """After the marks of a mixed quotation, a comma and a finite verb open the writer's own
    clause (the main clause after the cue's relative clause): what is named there is not what the
    quotation is about; a relative pronoun or a coordinated phrase after the comma is still the
    cue's clause."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # marks opening right after the closing ones: another quotation, not the first one's clause
    ('Il procuratore Paolo Verdi ha tenuto una conferenza a Torino e ha detto tra l\'altro "la giustizia farà '
     'piena luce sulle truffe" "le accuse ai dirigenti della Banca Etrusca mostrano la gravità della loro condotta".',
     [("mixed", "la giustizia farà piena luce sulle truffe", "Paolo Verdi", []),
      ("mixed", "le accuse ai dirigenti della Banca Etrusca mostrano la gravità della loro condotta", "Paolo Verdi",
       ["Banca Etrusca"])]),
    # the look-alikes: words between the two pairs of marks, the clause goes on
    ('Il procuratore Paolo Verdi ha detto che le accuse sono "gravissime" e "fondate" per i dirigenti della Banca Etrusca.',
     [("mixed", "gravissime", "Paolo Verdi", ["Banca Etrusca"]),
      ("mixed", "fondate", "Paolo Verdi", ["Banca Etrusca"])]),
])
def test_mixed_about_stops_at_next_marks(shipped, text, expected):
    """Marks that open right after a mixed quotation's closing ones, only a space between, hold
    other words: what they name is not what the first quotation is about."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a person's name in the clause, a comma and a lowercase word: the writer's apposition
    ("I giudici della Corte d'assise di Torino hanno dichiarato il «non luogo a procedere» nei confronti di "
     "Mario Ferri, da anni residente a Lisbona, per prescrizione dei reati.",
     [("mixed", "non luogo a procedere", "giudici della Corte d'assise di Torino", ["Mario Ferri"])]),
    # the look-alike: a relative pronoun after the name, the clause goes on
    ("Il sindaco Marco Gialli ha definito «inaccettabile» l'arresto di Mario Ferri, che vive a Lisbona.",
     [("mixed", "inaccettabile", "Marco Gialli", ["Mario Ferri", "Lisbona"])]),
])
def test_mixed_about_stops_at_apposition(shipped, text, expected):
    """After a mixed quotation's marks, a person's name, a comma and a lowercase word open the
    writer's apposition on that person (*di X, da anni latitante a Y*): what it names is not what
    the quotation is about."""
    assert spoken_about(shipped, text) == expected
