"""A document speaks for its author, and what the speaker ranker may fill in: forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a document subject, its author after a participle of publishing and "da"
    ("Uno studio condotto dall'Università di Padova rivela che i giovani dormono meno di sette ore.",
     [("indirect", "i giovani dormono meno di sette ore", "Università di Padova")]),
    ("Un rapporto pubblicato dall'ISTAT afferma che la disoccupazione è calata.",
     [("indirect", "la disoccupazione è calata", "ISTAT")]),
    # a locution of publishing: reso pubblico
    ("Uno studio reso pubblico dalla Brookings Institution sostiene che le truppe devono lasciare le città.",
     [("indirect", "le truppe devono lasciare le città", "Brookings Institution")]),
    # the look-alikes: "di" after the document as before; a reader or receiver is no author
    ("Una ricerca dell'Istituto Superiore di Sanità sostiene che il fumo passivo è in aumento.",
     [("indirect", "il fumo passivo è in aumento", "Istituto Superiore di Sanità")]),
    ("Una lettera ricevuta dal sindaco Mario Rossi afferma che il ponte è pericolante.",
     [("indirect", "il ponte è pericolante", None)]),
])
def test_document_author_after_da(shipped, text, expected):
    """*uno studio condotto / pubblicato / reso pubblico da X* speaks for X (not a receiver)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place passed through after a preposition that is not a source: the ranker names no one
    ("Un uomo ferito camminava barcollando per la via Garibaldi, a Torino, quando ha gridato ai passanti "
     "di chiamare un'ambulanza.",
     [("indirect", "di chiamare un'ambulanza", None)]),
    # the outlet a document came out in: it printed the words, no one speaks for the ranker
    ("Secondo la ricerca, pubblicata sulla rivista medica Lancet, i bambini dormono troppo poco.",
     [("indirect", "i bambini dormono troppo poco", None)]),
    ("Secondo lo studio, pubblicato sulla rivista scientifica Nature, il ghiaccio si scioglie più in fretta.",
     [("indirect", "il ghiaccio si scioglie più in fretta", None)]),
    # the look-alikes: a place or an outlet as a source after da, per at a phrase's head
    ("Da Pechino fanno sapere che la visita è rinviata.",
     [("indirect", "la visita è rinviata", "Pechino")]),
    ("Secondo quanto riportato dal quotidiano La Stampa, la fabbrica chiuderà entro l'anno.",
     [("indirect", "la fabbrica chiuderà entro l'anno", "La Stampa")]),
    ("Per la Russia, l'accordo è già morto.",
     [("indirect", "l'accordo è già morto", "Russia")]),
])
def test_ranker_place_and_outlet(shipped, text, expected):
    """The ranker names no place after a preposition that is not a source (*per la via X*) and no
    outlet a document was published in (*pubblicato sulla rivista X*); *da X*, *per X,* still speak."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle aside after the subject, its agent after an adverb: the subject speaks
    ("La senatrice, criticata duramente da Matteo Renzi, ha risposto che non si dimetterà.",
     [("indirect", "non si dimetterà", "senatrice")]),
    # the look-alikes: a participle aside hung as acl, a source after da
    ("Il partito, fondato da Mario Rossi nel 1990, ha detto che voterà contro.",
     [("indirect", "voterà contro", "partito")]),
    ("La senatrice è stata criticata duramente da Matteo Renzi, che ha detto che deve dimettersi.",
     [("indirect", "La senatrice", "Matteo Renzi"), ("indirect", "deve dimettersi", "Matteo Renzi")]),
])
def test_aside_agent_is_no_speaker(shipped, text, expected):
    """*X, criticata da Y, ha risposto…*: the aside's agent does not speak, as with *fondato da*."""
    assert spoken(shipped, text) == expected
