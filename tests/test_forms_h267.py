"""What a mixed quotation no cue reaches is about: the clause around its marks, not only the
marks (the guidelines: the about of a mixed quotation is its reported clause). Forms of Italian
news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

LEAD = "Il medico Anna Riva ha parlato ai giornalisti. «Non ci sono novità importanti da comunicare», ha spiegato. "
COACH = "L'allenatore Marco Villa ha commentato la sconfitta. «Abbiamo giocato male», ha detto Villa. "
SAID = ("direct", "Non ci sono novità importanti da comunicare", "Anna Riva", [])
COACH_SAID = ("direct", "Abbiamo giocato male", "Marco Villa", [])
HEALTH = "stabile, ma la febbre resta alta e lo teniamo sotto osservazione"
NEWS = "una notizia meravigliosa per tutti noi e per i tifosi"
SQUAD = "una squadra capace di vincere subito lo scudetto"


@pytest.mark.parametrize("text,expected", [
    # the subject of the finite verb whose complement the marks are
    (LEAD + f"Lo stato di salute del senatore Paolo Gatti sarebbe «{HEALTH}».",
     [SAID, ("mixed", HEALTH, "Anna Riva", ["Paolo Gatti"])]),
    (COACH + f"Il ritorno di Paolo Neri in squadra sarebbe «{NEWS}».",
     [COACH_SAID, ("mixed", NEWS, "Marco Villa", ["Paolo Neri"])]),
    # the words after the closing mark, in the same clause
    (COACH + f"Il ritorno in squadra sarebbe «{NEWS}» e anche per la Lazio.",
     [COACH_SAID, ("mixed", NEWS, "Marco Villa", ["Lazio"])]),
    # after a subordinator: the clause it opens
    (COACH + f"Tutti sanno che la Lazio sarà «{SQUAD}».",
     [COACH_SAID, ("mixed", SQUAD, "Marco Villa", ["Lazio"])]),
    # look-alikes: no name in the clause
    (LEAD + f"Lo stato di salute del paziente sarebbe «{HEALTH}».",
     [SAID, ("mixed", HEALTH, "Anna Riva", [])]),
    # another clause after a comma, or before one
    (COACH + f"Il ritorno in squadra sarebbe «{NEWS}», mentre la Lazio cerca un attaccante.",
     [COACH_SAID, ("mixed", NEWS, "Marco Villa", [])]),
    (COACH + f"Dopo la partita con la Lazio, il ritorno in squadra sarebbe «{NEWS}».",
     [COACH_SAID, ("mixed", NEWS, "Marco Villa", [])]),
    (COACH + f"Il ritorno in squadra sarebbe «{NEWS}», non per Paolo Neri.",
     [COACH_SAID, ("mixed", NEWS, "Marco Villa", [])]),
    # marks after no finite verb: the name before them is the object of another verb
    (COACH + f"La società ha chiamato Paolo Neri per costruire «{SQUAD}».",
     [COACH_SAID, ("mixed", SQUAD, "società", [])]),
])
def test_clause_of_uncued_mixed(shipped, text, expected):
    """A mixed quotation carried from the speaker before is about the subject of the finite
    verb right before its marks and the words after them up to a comma, not another clause."""
    assert spoken_about(shipped, text) == expected


FERRI = "Il sindaco Marco Ferri ha dichiarato, {} che il suo comportamento è stato inaccettabile."
CONDUCT = "il suo comportamento è stato inaccettabile"
POST = "Non merita di restare al suo posto un solo giorno di più"


@pytest.mark.parametrize("text,expected", [
    # a gerund of referring beside the cue: whom the words stand for
    (FERRI.format("riferendosi a Paolo Neri,"), [("indirect", CONDUCT, "Marco Ferri", ["Paolo Neri"])]),
    (f"«{POST}», ha detto Anna Riva, alludendo a Paolo Neri.", [("direct", POST, "Anna Riva", ["Paolo Neri"])]),
    # look-alikes: the person addressed, a thing referred to
    (FERRI.format("rivolgendosi a Paolo Neri,"), [("indirect", CONDUCT, "Marco Ferri", [])]),
    (FERRI.format("riferendosi al bilancio,"), [("indirect", CONDUCT, "Marco Ferri", [])]),
    # the quotation after a semicolon is not the one the gerund follows
    (f"«{POST}», ha detto Anna Riva, alludendo a Paolo Neri; e poi: «Ho sempre rispettato le regole di questa città».",
     [("direct", POST, "Anna Riva", ["Paolo Neri"]),
      ("direct", "Ho sempre rispettato le regole di questa città", "Anna Riva", [])]),
])
def test_referring_gerund(shipped, text, expected):
    """*riferendosi a X*, *alludendo a X* beside a quotation: X is what its words are about."""
    assert spoken_about(shipped, text) == expected
