"""Precision on encyclopedic and political prose: forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "secondo" + a standard, a role or a manner: "in accordance with", no one's words
    ("Il partito ha scelto i suoi alleati, secondo una formula che rispecchia gli equilibri del paese.", []),
    ("Il ponte è sostenuto da grandi archi, secondo l'influsso venuto dalle cattedrali francesi, e ornato da statue.", []),
    ("Questo diritto può essere, secondo una distinzione che risale ai giuristi romani, pubblico o privato.", []),
    ("La procura indaga, secondo le sue competenze, in piena autonomia.", []),
    ("Nulla potrà fare il comune, se non avrà l'aiuto di tutti, in ogni quartiere e secondo il ruolo di ciascuno.", []),
    ("La ripresa verrà poi – secondo i ritmi fissati nel programma – con nuovi investimenti nelle scuole.", []),
    ("È la forza della sua gente, secondo un'ispirazione cristiana, che ha salvato il paese.", []),
    ("Da questo angolo visuale, e secondo questa prospettiva, il problema cambia natura.", []),
    # the look-alikes: secondo + a person, a body or an unnamed source still report
    ("Secondo il ministro Paolo Bianchi la riforma sarà approvata entro l'estate.",
     [("indirect", "la riforma sarà approvata entro l'estate", "Paolo Bianchi")]),
    ("Secondo alcuni storici, il castello fu costruito sulle rovine di un tempio.",
     [("indirect", "il castello fu costruito sulle rovine di un tempio", None)]),
])
def test_secondo_a_standard(shipped, text, expected):
    """*secondo* + a noun of a standard, a role, a manner or a point of view (``not_sources``:
    *secondo una formula*, *secondo le sue competenze*, a possessive skipped) is "in accordance
    with", not a source; *secondo* + a person or a group still reports."""
    assert spoken(shipped, text) == expected
