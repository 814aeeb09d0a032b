"""Sources that name no one: *secondo* / *stando a* + the plural of a study, poll or charge noun.
Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the plural of a study, poll or charge noun, with a modifier after it: no one speaks
    ("Secondo gli studi effettuati, la falda sotto la fabbrica è inquinata da anni.",
     [("indirect", "la falda sotto la fabbrica è inquinata da anni", None)]),
    ("Secondo i sondaggi condotti in primavera, il partito perderà voti.",
     [("indirect", "il partito perderà voti", None)]),
    ("Secondo i primi exit poll, il centrodestra è avanti di cinque punti.",
     [("indirect", "il centrodestra è avanti di cinque punti", None)]),
    ("Stando alle accuse, i due funzionari erano informati dei rischi.",
     [("indirect", "i due funzionari erano informati dei rischi", None)]),
    # the agent or issuer named after it speaks
    ("Secondo le accuse della Procura, il sindaco avrebbe intascato una tangente.",
     [("indirect", "il sindaco avrebbe intascato una tangente", "Procura")]),
    ("Secondo i dati diffusi dall'Istat, la disoccupazione è scesa al sette per cento.",
     [("indirect", "la disoccupazione è scesa al sette per cento", "Istat")]),
    # the singular charge noun is the prosecution: it keeps its description
    ("Secondo l'accusa, il sindaco avrebbe intascato una tangente.",
     [("indirect", "il sindaco avrebbe intascato una tangente", "accusa")]),
])
def test_source_of_findings_names_no_one(shipped, text, expected):
    """*secondo gli studi effettuati*, *i sondaggi condotti…*, *i primi exit poll*, *stando alle
    accuse*: the plural form is a body of findings, not one voice, though its singular (*lo
    studio*, *l'accusa*) speaks for its authors; an issuer after *di* (*le accuse della Procura*)
    or an agent after a participle of giving (*diffusi dall'Istat*) speaks."""
    assert spoken(shipped, text) == expected
