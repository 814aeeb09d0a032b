"""Source asides set off by commas inside the clause they qualify (*La riforma, secondo il
ministro, sarà approvata…*): forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the verb right after the aside is the clause's own: the content runs over it
    ("La riforma, secondo il ministro, sarà approvata entro giugno.",
     [("indirect", "La riforma, secondo il ministro, sarà approvata entro giugno", "ministro")]),
    ("Le nuove regole, a detta degli esperti, saranno annunciate entro l'estate.",
     [("indirect", "Le nuove regole, a detta degli esperti, saranno annunciate entro l'estate", "esperti")]),
    ("Il decreto, secondo fonti di governo, verrà approvato domani.",
     [("indirect", "Il decreto, secondo fonti di governo, verrà approvato domani", None)]),
    # the aside right after a finite verb whose complement follows it
    ("I lavori sembravano, secondo i tecnici, ormai conclusi da settimane.",
     [("indirect", "I lavori sembravano, secondo i tecnici, ormai conclusi da settimane", "tecnici")]),
    # the last of two coordinated clauses, the aside inside it
    ("I due fratelli frequentavano la scuola e parevano, a detta dei vicini, ormai integrati nel quartiere.",
     [("indirect", "parevano, a detta dei vicini, ormai integrati nel quartiere", "vicini")]),
    # a relative adverb right before the aside opens the content
    ("I fuochi sono stati rinviati a domenica, quando, secondo le previsioni, il tempo sarà migliore.",
     [("indirect", "quando, secondo le previsioni, il tempo sarà migliore", None)]),
])
def test_source_aside_inside_clause(shipped, text, expected):
    """A source phrase between commas inside a clause not yet complete: the content is the
    whole clause, the aside inside it, never ending at the source phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a whole clause, the aside closes it: a conjunction or a tail after it is the writer's
    # (and, since h234, the marker that closes the clause is left out of it, as the tune gold
    # has it: "si tratta di un doppio suicidio consensuale", without ", secondo gli investigatori")
    ("Il fatto è avvenuto all'alba, secondo i media, ma la polizia non conferma.",
     [("indirect", "Il fatto è avvenuto all'alba", "media")]),
    ("Si tratta di un incidente, secondo gli investigatori, anche se la famiglia non ci crede.",
     [("indirect", "Si tratta di un incidente", "investigatori")]),
    # two coordinated nouns before the aside are one subject, not two clauses
    ("Il piano e la riforma, secondo il ministro, saranno approvati entro giugno.",
     [("indirect", "Il piano e la riforma, secondo il ministro, saranno approvati entro giugno", "ministro")]),
    # a causal conjunction is the writer's link, not part of what the source reports
    ("Il corridore rimpiange il ritorno alle gare perché, secondo l'allenatore Marco Bini, oggi non sarebbe stato scoperto.",
     [("indirect", "il ritorno alle gare", "corridore"), ("indirect", "oggi non sarebbe stato scoperto", "Marco Bini")]),
    # a che after a noun whose clause has a subject of its own after the aside: a complementizer
    ("Il governo farà presente nelle future discussioni che, secondo calcoli degli uffici, la misura costerebbe troppo.",
     [("indirect", "la misura costerebbe troppo", "governo")]),
    # a relative che is left out, as the annotators do; a complementizer too
    ("Nel 2019 ci fu una lite tra i due fratelli che, secondo la sorella, era nata per l'eredità.",
     [("indirect", "era nata per l'eredità", "sorella")]),
    ("Il ministro ha detto che, secondo i dati, la crisi è finita.",
     [("indirect", "la crisi è finita", None)]),
])
def test_source_aside_look_alikes(shipped, text, expected):
    """An aside after a complete clause still closes it; a coordinated subject or a *che* after a
    verb is no clause opening."""
    assert spoken(shipped, text) == expected
