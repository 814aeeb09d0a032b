"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a cause in the pluperfect of "avere" after a comma: the writer's account of why
    ("Negli ultimi anni tre pazienti ci hanno chiesto di essere dimessi senza altre cure, "
     "perché avevano scelto il suicidio assistito.",
     [("indirect", "di essere dimessi senza altre cure", "tre pazienti")]),
    ("Il presidente ha chiesto ai soci di votare la proposta, poiché il consiglio l'aveva già approvata all'unanimità.",
     [("indirect", "di votare la proposta", "presidente")]),
    ("Il portavoce ha detto che il volo è stato cancellato, perché il pilota aveva avuto un malore.",
     [("indirect", "il volo è stato cancellato", "portavoce")]),
    # with "stato", past an aside between commas
    ("Dopo la strage si era pensato che a sparare fosse stato il fratello, poiché, vicino al corpo "
     "della vittima, era stato ritrovato un suo documento.",
     [("indirect", "a sparare fosse stato il fratello", None)]),
    # the look-alikes: a present, an imperfect, a passive or a copula in the imperfect, a
    # reflexive pluperfect, the speaker's reason
    ("Il sindaco ha detto che non verrà alla cerimonia, perché è malato.",
     [("indirect", "non verrà alla cerimonia, perché è malato", "sindaco")]),
    ("Il sindaco ha detto che non sarebbe venuto alla cerimonia, perché era costretto a restare a Roma.",
     [("indirect", "non sarebbe venuto alla cerimonia, perché era costretto a restare a Roma", "sindaco")]),
    ("Il ministro ha chiesto le dimissioni del direttore, poiché i conti non tornano.",
     [("indirect", "le dimissioni del direttore, poiché i conti non tornano", "ministro")]),
    ("Il direttore ha annunciato che il museo resterà chiuso, poiché i restauri sono in ritardo.",
     [("indirect", "il museo resterà chiuso, poiché i restauri sono in ritardo", "direttore")]),
    # a verb of accounting for gives the cause as its own content
    ("Il portavoce ha spiegato che il volo è stato cancellato, perché il pilota aveva avuto un malore.",
     [("indirect", "il volo è stato cancellato, perché il pilota aveva avuto un malore", "portavoce")]),
])
def test_narrated_cause(shipped, text, expected):
    """A cause after a comma whose verb is in the pluperfect (of *avere*, or with *stato*) or the
    simple past is the writer's account of why: the content ends before it; a present, an
    imperfect or a cue that explains keeps the cause inside."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a number and a noun before the colon: the items counted follow, still the object
    ("Gli organizzatori hanno annunciato il rinvio di due tappe: la gara di Torino e quella di Bari.",
     [("indirect", "il rinvio di due tappe: la gara di Torino e quella di Bari", "organizzatori")]),
    ("Il sindaco ha chiesto di creare due nuovi parcheggi: uno in via Roma e uno vicino alla stazione.",
     [("indirect", "di creare due nuovi parcheggi: uno in via Roma e uno vicino alla stazione", "sindaco")]),
    ("La federazione ha annunciato il rinvio di due gare: il torneo di Lione e quello di Bari (previsto per il 3 giugno).",
     [("indirect", "il rinvio di due gare: il torneo di Lione e quello di Bari (previsto per il 3 giugno)", "federazione")]),
    # the look-alikes: a clause after the colon, or no number before it
    ("Il ministro ha chiesto di rinviare il voto di due settimane: i documenti non sono pronti.",
     [("indirect", "di rinviare il voto di due settimane", "ministro")]),
    ("Il sindaco ha annunciato il rinvio della festa: la pioggia ha allagato la piazza.",
     [("indirect", "il rinvio della festa", "sindaco"), ("indirect", "la pioggia ha allagato la piazza", "sindaco")]),
])
def test_counted_items_after_colon(shipped, text, expected):
    """An object that ends with a number and a noun before a colon goes on over the noun
    phrases the colon announces; a clause after the colon, or an object with no number, ends
    at the colon."""
    assert spoken(shipped, text) == expected
