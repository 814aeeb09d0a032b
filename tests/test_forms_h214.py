"""What a quotation is about when a name completes an office title: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a one-word name of its own after a title: a body or place the content names
    ("Il portavoce Marco Bianchi ha detto che il presidente del Bundestag ha lasciato l'aula.",
     [("indirect", "il presidente del Bundestag ha lasciato l'aula", "Marco Bianchi", ["Bundestag"])]),
    ("Il sindaco Luca Neri ha spiegato che un parroco di Civitavecchia ha aperto la mensa.",
     [("indirect", "un parroco di Civitavecchia ha aperto la mensa", "Luca Neri", ["Civitavecchia"])]),
    ("Il giornale ha scritto che Anna Verdi, ex premier della Norvegia, è arrivata a Roma.",
     [("indirect", "Anna Verdi, ex premier della Norvegia, è arrivata a Roma", "giornale",
       ["Anna Verdi", "Norvegia", "Roma"])]),
    # the look-alikes: a common noun of an institution or a state inside the title stays out
    ("Il deputato Paolo Rossi ha detto che il presidente della Repubblica ha firmato il decreto.",
     [("indirect", "il presidente della Repubblica ha firmato il decreto", "Paolo Rossi", [])]),
    ("Il deputato Paolo Rossi ha detto che il Capo dello Stato ha firmato il decreto.",
     [("indirect", "il Capo dello Stato ha firmato il decreto", "Paolo Rossi", [])]),
    ("Il deputato Paolo Rossi ha detto che il presidente del Senato ha convocato i capigruppo.",
     [("indirect", "il presidente del Senato ha convocato i capigruppo", "Paolo Rossi", [])]),
    ("Il deputato Paolo Rossi ha detto che il presidente della Regione ha firmato il decreto.",
     [("indirect", "il presidente della Regione ha firmato il decreto", "Paolo Rossi", [])]),
    # nor the domain of the person named right after the title
    ("Il deputato Paolo Rossi ha detto che il presidente del Brasile Carlos Souza ha firmato il decreto.",
     [("indirect", "il presidente del Brasile Carlos Souza ha firmato il decreto", "Paolo Rossi",
       ["Carlos Souza"])]),
])
def test_name_of_its_own_in_an_office_title(shipped, text, expected):
    """The domain of an office title with no one named after it is left out of ``about`` only
    when it is a common noun of an institution or a state (*Repubblica*, *Stato*, *Senato*): a
    one-word name of its own there (*del Bundestag*, *di Civitavecchia*) is named by the content."""
    assert spoken_about(shipped, text) == expected
