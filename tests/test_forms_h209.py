"""Cues never built although a listed verb of saying is there: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "arrivare a" / "giungere a" + an infinitive of saying: went as far as saying, said
    ("Il sindacato ha contestato il decreto, arrivando a minacciare uno sciopero generale.",
     [("indirect", "il decreto", "sindacato"), ("indirect", "uno sciopero generale", "sindacato")]),
    ("Il sindaco Marco Gialli giunse a negare ogni responsabilità.",
     [("indirect", "ogni responsabilità", "Marco Gialli")]),
    # the look-alikes: "arrivare a" a place, or an infinitive that is no verb of saying
    ("La delegazione è arrivata a Torino nella notte.", []),
    ("Il nuovo film potrebbe arrivare a incassare trecento milioni.", []),
])
def test_went_as_far_as_saying(shipped, text, expected):
    """*arrivare a* and *giungere a* carry an infinitive of saying like the other aspectuals
    (*è tornato a chiedere*): *arrivando a minacciare uno sciopero* reports the threat."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "alcuni" / "alcune" open a noun phrase like "alcun", "ogni", "tutti": the object reported
    # after an infinitive of saying
    ("Il ministro Carlo Bruni ha voluto ribadire alcuni punti della riforma.",
     [("indirect", "alcuni punti della riforma", "Carlo Bruni")]),
    ("La procura ha chiuso l'inchiesta, arrivando a segnalare alcune irregolarità.",
     [("indirect", "alcune irregolarità", "procura")]),
    # the look-alike: an infinitive that is no verb of saying
    ("Il ministro Carlo Bruni ha voluto incontrare alcuni sindaci.", []),
])
def test_some_opens_an_object(shipped, text, expected):
    """*alcuni*, *alcune* (``object_starts``) open the object an infinitive of saying reports
    (*ha voluto ribadire alcuni punti*), as *alcun*, *alcuna* did."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a guest: invited somewhere, nothing urged
    ("Quella sera la deputata Anna Neri invitò a casa propria alcuni colleghi contrari alla riforma.", []),
    ("Il sindaco Marco Gialli ha invitato alla festa del paese i ragazzi del coro.", []),
    # the look-alikes: what the object is urged to, a + infinitive or a noun hanging on the verb
    ("Il sindaco Marco Gialli ha invitato i cittadini a votare contro la riforma.",
     [("indirect", "i cittadini a votare contro la riforma", "Marco Gialli")]),
    ("Il sindaco Marco Gialli ha invitato gli automobilisti alla prudenza.",
     [("indirect", "gli automobilisti alla prudenza", "Marco Gialli")]),
])
def test_invited_guest(shipped, text, expected):
    """The bare object of *invitare* (``guest_verbs``) is a guest, not what is said, unless
    *a* + an infinitive or an urged noun on the verb follows it."""
    assert spoken(shipped, text) == expected
