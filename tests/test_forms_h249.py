"""Nouns of saying without a verb of saying: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # one of the hypotheses, picked out by "c'è quella di": no one signs it
    ("Le cause dell'incidente sono ancora da chiarire: tra le ipotesi avanzate dagli inquirenti c'è quella di un guasto ai freni.",
     [("indirect", "quella di un guasto ai freni", None)]),
    ("Tra le prime ipotesi vi è quella di un cortocircuito nell'impianto elettrico.",
     [("indirect", "quella di un cortocircuito nell'impianto elettrico", None)]),
    ("Fra le ipotesi al vaglio ci sono quelle di un malore del conducente e di un colpo di sonno.",
     [("indirect", "quelle di un malore del conducente e di un colpo di sonno", None)]),
    # the look-alikes: no demonstrative (a plan listed), a relative on the hypotheses, a track
    ("Tra le ipotesi di lavoro del gruppo c'è anche la costruzione di un nuovo ponte.", []),
    ("Tra le ipotesi che il professore illustra nel libro, la più audace è quella di un universo ciclico.", []),
    ("Tra le piste da sci della valle c'è quella di Passo Rolle.", []),
])
def test_listed_hypothesis(shipped, text, expected):
    """*tra le ipotesi (…) c'è quella di X*: one hypothesis of those in the air, no one's; only
    with the existential *essere* and the demonstrative right after the noun's phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the news noun as the predicate of a copula: the che-clause is its subject, verb first too
    ("È notizia di oggi che sarà riaperta la galleria del Monte Bianco.",
     [("indirect", "sarà riaperta la galleria del Monte Bianco", None)]),
    ("È di ieri la notizia che verrà chiuso il ponte sul fiume Adda.",
     [("indirect", "verrà chiuso il ponte sul fiume Adda", None)]),
    # unchanged: the subject first
    ("È di stamattina la notizia che il sindaco ha firmato l'ordinanza.",
     [("indirect", "il sindaco ha firmato l'ordinanza", None)]),
    # the look-alikes: a relative on the news (after its article, the copula before it or not)
    ("È la notizia che ha sconvolto il paese.", []),
    ("La notizia di ieri che ha sconvolto il paese riguarda un incendio.", []),
    ("La notizia che ha sconvolto il paese è arrivata ieri sera.", []),
])
def test_news_as_predicate(shipped, text, expected):
    """*è notizia di oggi che…*, *è di ieri la notizia che…*: the clause is the news even when its
    verb comes first; *la notizia che ha sconvolto…* stays a relative."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # appeals that "non mancano": someone made them, what they urge is reported
    ("Nel partito non mancano gli inviti alla prudenza.", [("indirect", "alla prudenza", None)]),
    ("Nel sindacato non sono mancati gli appelli alla calma.", [("indirect", "alla calma", None)]),
    # the look-alikes: appeals that are lacking, a thing one is invited to, an addressee alone
    ("Nel partito mancano gli inviti alla prudenza.", []),
    ("Non mancano gli inviti al pranzo di gala.", []),
    ("Non mancano gli appelli ai giovani.", []),
])
def test_appeals_not_lacking(shipped, text, expected):
    """*non mancano gli inviti a…*: a denied verb of lacking states the appeals were made, as a
    verb of arriving does (*giunge l'invito alla calma*)."""
    assert spoken(shipped, text) == expected
