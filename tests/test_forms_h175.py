"""Where a reported content ends when its cue stands inside an aside: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a cue inside an aside opened by a dash: its content ends at the dash that closes it
    ("Il ponte ha trasportato migliaia di pendolari – di cui si stima che almeno duemila siano "
     "arrivati in ritardo –, e il sindaco è stato criticato per la gestione.",
     [("indirect", "almeno duemila siano arrivati in ritardo", None)]),
    # the minus sign typed for a dash closes the aside too
    ("Il ponte ha trasportato migliaia di pendolari − di cui si stima che almeno duemila siano "
     "arrivati in ritardo −, il sindaco Marco Bianchi è stato criticato per la gestione.",
     [("indirect", "almeno duemila siano arrivati in ritardo", None)]),
    # the look-alikes: an aside inside the content, after a cue outside any aside, stays
    ("Il sindaco ha spiegato che il ponte – chiuso da mesi – riaprirà lunedì.",
     [("indirect", "il ponte – chiuso da mesi – riaprirà lunedì", "sindaco")]),
    ("Il sindaco Marco Bianchi ha detto che la scuola – la più antica del quartiere – sarà restaurata.",
     [("indirect", "la scuola – la più antica del quartiere – sarà restaurata", "Marco Bianchi")]),
    # a cue set off by dashes inside the clause it reports keeps the whole clause
    ("Nel pomeriggio – hanno riferito i testimoni – il corteo ha raggiunto la piazza.",
     [("indirect", "Nel pomeriggio – hanno riferito i testimoni – il corteo ha raggiunto la piazza", "testimoni")]),
])
def test_cue_inside_a_dashed_aside(shipped, text, expected):
    """A cue inside an aside opened by a dash reports up to the dash that closes the aside: the
    sentence goes on past it in the writer's voice."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name, its title between commas, then the verb: the name's own clause, even with "ma" or
    # "e" and another clause after it (not an aside "…, ha accusato il governo, …" whose
    # subject would be the object after the verb)
    ("Marco Bianchi, sindaco di Lucca, ha accusato il governo dell'incendio, ma il ministro ha "
     "lasciato la sala.",
     [("indirect", "dell'incendio", "Marco Bianchi")]),
    ("Luisa Ferri, presidente della provincia, ha criticato la giunta per i ritardi, e l'assessore "
     "è partito per Roma.",
     [("indirect", "la giunta per i ritardi", "Luisa Ferri")]),
    # the look-alikes: the same sentence with nothing after the object, and an aside whose
    # clause resumes with its verb
    ("Marco Bianchi, sindaco di Lucca, ha accusato il governo dell'incendio.",
     [("indirect", "dell'incendio", "Marco Bianchi")]),
    ("Il ponte, spiega il sindaco Marco Bianchi, sarà riaperto lunedì, ma i lavori continueranno.",
     [("indirect", "Il ponte, spiega il sindaco Marco Bianchi, sarà riaperto lunedì", "Marco Bianchi")]),
])
def test_no_aside_before_a_conjunction(shipped, text, expected):
    """The clause an aside interrupts resumes after it with its own verb, never with *e* or *ma*:
    *X, titolo, ha accusato Y…, ma…* is X's clause, not a verb of saying set between commas."""
    assert spoken(shipped, text) == expected
