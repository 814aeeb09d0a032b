"""What a quotation is about: a capitalised noun of an institution standing alone for a body the
article names in full. Forms of Italian news written for these tests (no sentence comes from a
gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken_about


@pytest.mark.parametrize("text,expected", [
    # the one longer name the article gave opening with the noun: that body, named once
    ("La Lega Nord ha presentato una mozione. Il deputato Marco Bianchi ha detto che la Lega voterà contro "
     "il bilancio.",
     [("indirect", "la Lega voterà contro il bilancio", "Marco Bianchi", ["Lega Nord"])]),
    # a noun of a kind of organisation with no longer name: the body the passage keeps naming
    ("Il Banco Popolare ha chiuso il bilancio in perdita. Il Banco Popolare ha avviato un piano di tagli. "
     "L'amministratore delegato Luca Neri ha spiegato che il rilancio della Banca richiederà tre anni.",
     [("indirect", "il rilancio della Banca richiederà tre anni", "Luca Neri", ["Banco Popolare"])]),
    # ... and nothing when the passage names none: a kind, no name
    ("L'amministratore delegato Luca Neri ha spiegato che il rilancio della Banca richiederà tre anni.",
     [("indirect", "il rilancio della Banca richiederà tre anni", "Luca Neri", [])]),
    # a name of its own stays, though a longer name opens with it (not a noun of an institution)
    ("La Rai 3 ha cambiato palinsesto. Il consigliere Mario Rossi ha detto che la Rai deve tornare al "
     "servizio pubblico.",
     [("indirect", "la Rai deve tornare al servizio pubblico", "Mario Rossi", ["Rai"])]),
    # an institution noun with no longer name in the article stays as written
    ("Il senatore Paolo Verdi ha detto che il Governo cadrà entro l'estate.",
     [("indirect", "il Governo cadrà entro l'estate", "Paolo Verdi", ["Governo"])]),
])
def test_institution_noun_for_a_named_body(shipped, text, expected):
    """*la Lega*, *della Banca* after the article named *Lega Nord*, *Banco Popolare*: that body."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an organ inside a body, however often named, is not what "la banca" stands for
    ("Il Consiglio di amministrazione si è riunito ieri a Siena. Il Consiglio di amministrazione ha approvato "
     "il piano. Il presidente Luca Neri ha detto che la banca tornerà in utile entro due anni.",
     [("indirect", "la banca tornerà in utile entro due anni", "Luca Neri", [])]),
    # the body itself, named most, is
    ("Il Credito Fiorentino ha chiuso il bilancio in perdita e il Consiglio di amministrazione del Credito "
     "Fiorentino ha approvato il piano. Il presidente Luca Neri ha detto che la banca tornerà in utile entro "
     "due anni.",
     [("indirect", "la banca tornerà in utile entro due anni", "Luca Neri", ["Credito Fiorentino"])]),
])
def test_organ_is_not_the_body(shipped, text, expected):
    """*la banca* names the body the passage keeps naming, never an organ of it (*il Consiglio di
    amministrazione*)."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a capitalised institution noun after a bare "di" that says what kind the noun before is
    ("Il senatore Paolo Verdi ha detto che il principale partito di Governo ha perso la fiducia degli elettori.",
     [("indirect", "il principale partito di Governo ha perso la fiducia degli elettori", "Paolo Verdi", [])]),
    ("Il vescovo Marco Neri ha detto che un uomo di Chiesa non può tacere davanti alla povertà.",
     [("indirect", "un uomo di Chiesa non può tacere davanti alla povertà", "Marco Neri", [])]),
    # coordinated institutions name the bodies
    ("Il senatore Paolo Verdi ha detto che le commissioni di Camera e Senato si riuniranno domani.",
     [("indirect", "le commissioni di Camera e Senato si riuniranno domani", "Paolo Verdi", ["Camera", "Senato"])]),
    # the institution as a participant stays
    ("Il senatore Paolo Verdi ha detto che il Governo ha perso la fiducia degli elettori.",
     [("indirect", "il Governo ha perso la fiducia degli elettori", "Paolo Verdi", ["Governo"])]),
])
def test_institution_noun_as_a_kind(shipped, text, expected):
    """*il partito di Governo*, *un uomo di Chiesa*: the bare *di* + institution noun classifies
    the noun before it; no body is named."""
    assert spoken_about(shipped, text) == expected
