"""Who speaks about whom in long reports (kit issue #12): forms of Italian news written for these
tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a definite description of an office the article gave a person: the person, not the body
    ("Il segretario dei Radicali Marco Tessari ha lasciato Roma. Il ministro Paolo Gentile ha detto "
     "che il segretario dei Radicali ha mentito.",
     [("indirect", "il segretario dei Radicali ha mentito", "Paolo Gentile", ["Marco Tessari"])]),
    ("Il direttore della Fondazione Arena Carlo Bassi è stato ricevuto in Comune. L'assessora Anna Leone "
     "ha detto che il direttore della Fondazione Arena porterà l'opera a Verona.",
     [("indirect", "il direttore della Fondazione Arena porterà l'opera a Verona", "Anna Leone",
       ["Carlo Bassi", "Verona"])]),
    ("Il capitano del Napoli Giovanni Di Marco si è fermato. L'allenatore Luigi Sarti ha spiegato che "
     "il capitano del Napoli salterà la gara con la Roma.",
     [("indirect", "il capitano del Napoli salterà la gara con la Roma", "Luigi Sarti",
       ["Giovanni Di Marco", "Roma"])]),
    # the look-alikes: the body named on its own, or no one introduced with the office, stays
    ("Il capitano del Napoli Giovanni Di Marco si è fermato. L'allenatore Luigi Sarti ha spiegato che "
     "il capitano salterà la gara con il Napoli.",
     [("indirect", "il capitano salterà la gara con il Napoli", "Luigi Sarti", ["Giovanni Di Marco", "Napoli"])]),
    ("Il sindaco Luca Fermi ha spiegato che il presidente di Legambiente ha ragione.",
     [("indirect", "il presidente di Legambiente ha ragione", "Luca Fermi", ["Legambiente"])]),
])
def test_office_of_resolved_description(shipped, text, expected):
    """*il leader dei Verdi* for the person the article introduced with that office: the
    description names the person; the body inside the office title is no about of its own
    (GUIDELINES, About)."""
    assert spoken_about(shipped, text) == expected
