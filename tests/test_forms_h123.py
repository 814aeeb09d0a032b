"""A speech verb opening a sentence right before a colon (*Spiega: «…»*, *Aggiunse: …*):
forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("verb", ["Spiega", "Precisa", "Aggiunge", "Commenta", "Insiste", "Urla", "Spiegò", "Rispose", "Aggiunge poi", "Replica duramente"])
def test_verb_colon_opening(shipped, verb):
    """Capitalised at the start of a sentence the tagger reads the verb as a name; before a colon
    it is a cue whose null subject is the one of the sentence before (never the verb itself)."""
    text = f"La direttrice Giulia Ferri ha visitato il cantiere del nuovo ospedale. {verb}: «I lavori finiranno entro giugno.»"
    assert spoken(shipped, text) == [("direct", "I lavori finiranno entro giugno.", "Giulia Ferri")]


@pytest.mark.parametrize("text", [
    # a label naming words in an interview is no verb
    "Il giornalista Marco Sala ha incontrato i minatori. Domanda: «Quanto guadagnate al mese?»",
    # a noun that is no speech verb
    "Il sindaco Carlo Bruni ha chiuso la scuola. Motivo: «il tetto è pericolante».",
])
def test_label_colon_opening(shipped, text):
    """*Domanda: «…»*, *Motivo: «…»*: a label, not a speech verb, is no cue of the quotation."""
    quotes = kit.analyze(text, shipped)._.kit_quotes
    assert [q.cue for q in quotes] == [None]
