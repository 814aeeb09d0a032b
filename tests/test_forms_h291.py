"""Kinds of marked passages (direct, mixed, other): forms of Italian written for these tests (no
sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # marks right after an elided article or articled preposition: the head of the writer's
    # noun phrase, a fragment of the speaker's words (mixed), not a sentence of their own
    ("La ministra Anna Rossi è intervenuta a lungo. Ha poi indicato l’«urgenza di rinnovare le linee "
     "ferroviarie del Sud entro tre anni», senza citare le risorse.",
     [("mixed", "urgenza di rinnovare le linee ferroviarie del Sud entro tre anni", "Anna Rossi")]),
    ("Il sindaco Carlo Neri ha parlato ai cittadini in piazza. È tornato poi sull'«impegno preso con i "
     "commercianti del centro storico lo scorso anno».",
     [("mixed", "impegno preso con i commercianti del centro storico lo scorso anno", "Carlo Neri")]),
    ("Il presidente Mario Bassi ha aperto l'assemblea. Si è soffermato a lungo sull'«esigenza di tagliare "
     "le spese inutili di tutti gli uffici regionali».",
     [("mixed", "esigenza di tagliare le spese inutili di tutti gli uffici regionali", "Mario Bassi")]),
    ("Il presidente Mario Bassi ha aperto l'assemblea. Ha richiamato poi l'«impegno di tutti a tagliare "
     "le spese inutili degli uffici».",
     [("mixed", "impegno di tutti a tagliare le spese inutili degli uffici", "Mario Bassi")]),
    # the look-alikes: a sentence of its own in marks (the elision inside them), a cue after
    # them, and a capitalised name after an elided article stay as they are
    ("Il presidente Mario Bassi ha aperto l'assemblea. «L'abbiamo detto per anni e lo ripetiamo oggi "
     "davanti a tutti».",
     [("direct", "L'abbiamo detto per anni e lo ripetiamo oggi davanti a tutti", "Mario Bassi")]),
    ("Il presidente Mario Bassi ha aperto l'assemblea. «Dobbiamo tagliare le spese inutili di tutti gli "
     "uffici», ha detto.",
     [("direct", "Dobbiamo tagliare le spese inutili di tutti gli uffici", "Mario Bassi")]),
    ("Il presidente Mario Bassi ha aperto l'assemblea con un lungo discorso. L'«Unità» di oggi dedica due "
     "pagine alla sua relazione sul bilancio.", []),
])
def test_fragment_after_elided_article(shipped, text, expected):
    """Marks with no cue of their own that open on a lower-case word right after an elided
    article or articled preposition (*l'«…»*, *sull'«…»*) are a fragment in the writer's
    clause: mixed, the speaker carried; a whole sentence in marks stays direct."""
    assert spoken(shipped, text) == expected
