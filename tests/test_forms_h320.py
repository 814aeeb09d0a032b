"""Who speaks about whom in long reports (kit issue #12): forms of Italian news written for these
tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken, spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


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


@pytest.mark.parametrize("text,expected", [
    # a second report joined by ", e", its subject followed by a name set off by commas
    ("Il sindaco Hans Weber ha detto che la città è pronta, e il vicesindaco, Klaus Richter, ha aggiunto "
     "che i fondi arriveranno.",
     [("indirect", "la città è pronta", "Hans Weber", []),
      ("indirect", "i fondi arriveranno", "Klaus Richter", [])]),
    ("La ministra Anna Conti ha detto che l'accordo con la Francia è vicino, e il collega degli Esteri, "
     "Paolo Neri, ha confermato che la firma arriverà a marzo.",
     [("indirect", "l'accordo con la Francia è vicino", "Anna Conti", ["Francia"]),
      ("indirect", "la firma arriverà a marzo", "Paolo Neri", [])]),
    ("Il tecnico Mario Gallo ha spiegato che la squadra è stanca, e il suo vice, Carlo Leoni, ha ammesso "
     "che la Juventus è più forte.",
     [("indirect", "la squadra è stanca", "Mario Gallo", []),
      ("indirect", "la Juventus è più forte", "Carlo Leoni", ["Juventus"])]),
    # the look-alikes: a name and its title inside the che-clause, with no clause before them
    ("Il sindaco Hans Weber ha detto che Klaus Richter, il suo vice, ha aggiunto nuovi fondi.",
     [("indirect", "Klaus Richter, il suo vice, ha aggiunto nuovi fondi", "Hans Weber", ["Klaus Richter"])]),
    ("Il sindaco Hans Weber ha detto che il vicesindaco, Klaus Richter, ha aggiunto nuovi fondi al bilancio.",
     [("indirect", "il vicesindaco, Klaus Richter, ha aggiunto nuovi fondi al bilancio", "Hans Weber",
       ["Klaus Richter"])]),
])
def test_second_report_after_apposition(shipped, text, expected):
    """*X ha detto che A, e il vice, Y, ha aggiunto che B*: the subject of the second cue may
    carry a name set off by commas; the second report is Y's own and ends the first."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second marked predicate of one calling clause: the noun phrase after it is what is called so
    ("Il premier Marco Bini ha definito «un errore» la scelta di Berlino e «una provocazione» le parole "
     "del ministro Hans Weber.",
     [("mixed", "un errore", "Marco Bini"), ("mixed", "una provocazione", "Marco Bini")]),
    ("La sindaca Anna Neri ha definito «tardivo» l'intervento del governo e «offensive» le parole "
     "dell'assessore Carlo Pini.",
     [("mixed", "tardivo", "Anna Neri"), ("mixed", "offensive", "Anna Neri")]),
    # the look-alikes: marks signed by the noun of words after a comma, one pair or a list of them
    ("«Siamo pronti a tutto», le parole del sindaco Luca Rossi dopo il voto.",
     [("direct", "Siamo pronti a tutto", "Luca Rossi")]),
    ("«Siamo pronti» e «non molleremo», le parole del sindaco Luca Rossi.",
     [("direct", "Siamo pronti", "Luca Rossi"), ("direct", "non molleremo", "Luca Rossi")]),
])
def test_second_calling_fragment(shipped, text, expected):
    """*ha definito «A» la scelta di X e «B» le parole di Y*: the second marked predicate is the
    speaker's, as the first; *le parole di Y* is what is called so, not a signature of the marks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # two marked predicates of one calling clause: each fragment is about its own object
    ("Il premier Marco Bini ha definito «un errore» la scelta di Berlino e «una provocazione» le parole "
     "del ministro Hans Weber.",
     [("mixed", "un errore", "Marco Bini", ["Berlino"]), ("mixed", "una provocazione", "Marco Bini", ["Hans Weber"])]),
    ("Il ct Luca Galli ha definito «straordinaria» la prova di Marco Verdi e «deludente» quella di Paolo Rossi.",
     [("mixed", "straordinaria", "Luca Galli", ["Marco Verdi"]), ("mixed", "deludente", "Luca Galli", ["Paolo Rossi"])]),
    # the look-alike: one fragment, its object coordinated, is about all of it
    ("La sindaca Anna Neri ha definito «tardivo» l'intervento della Regione Veneto e del ministro Carlo Pini.",
     [("mixed", "tardivo", "Anna Neri", ["Regione Veneto", "Carlo Pini"])]),
])
def test_about_of_each_calling_fragment(shipped, text, expected):
    """*ha definito «A» X e «B» Y*: what the first fragment is about stops before the
    coordinator of the second (its reported clause is *«A» X*)."""
    assert spoken_about(shipped, text) == expected
