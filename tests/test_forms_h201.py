"""A verb of telling with the thing told right after it: a story, not a report. Forms of Italian
news written for these tests (no sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a story, a tale or a joke told right after the verb (articles and adjectives between)
    ("Sul palco il comico Marco Bianchi ha raccontato un episodio della sua infanzia a Bari.", []),
    ("Il presentatore Luigi Verdi intratteneva il pubblico raccontando barzellette sul calcio.", []),
    ("Nel nuovo libro lo scrittore Giorgio Sala racconta la storia di una famiglia di pescatori.", []),
    ("Il nonno raccontava spesso vecchie leggende del paese.", []),
    # the look-alikes that stay: a clause, di + infinitive, di + what about, a comma or the
    # hearers before the clause, an aside after a quotation, a person's account
    ("Il testimone Paolo Neri ha raccontato che l'auto procedeva a forte velocità.",
     [("indirect", "l'auto procedeva a forte velocità", "Paolo Neri")]),
    ("Il testimone Paolo Neri ha raccontato di aver visto due uomini fuggire.",
     [("indirect", "di aver visto due uomini fuggire", "Paolo Neri")]),
    ("La vicina Anna Rossi ha raccontato dell'incendio scoppiato nella notte.",
     [("indirect", "incendio scoppiato nella notte", "Anna Rossi")]),
    ("Si racconta, infatti, che il castello fu costruito da un monaco.",
     [("indirect", "il castello fu costruito da un monaco", None)]),
    ("Il cronista Dario Ferri racconta ai lettori, a proposito dello sciopero, che i treni sono fermi.",
     [("indirect", "i treni sono fermi", "Dario Ferri")]),
    ("«Era buio», ha raccontato Luca Bassi, ancora scosso.",
     [("direct", "Era buio", "Luca Bassi")]),
    ("La pilota Giulia Conti ha raccontato la sua prima gara in Brasile.",
     [("indirect", "la sua prima gara in Brasile", "Giulia Conti")]),
])
def test_story_told(shipped, text, expected):
    """*raccontare* (``telling_verbs``) with a story, a tale or a joke (``story_nouns``) for its
    object right after it tells it, reporting no one's words; with *che* (after a comma or the
    hearers too), *di* + infinitive or *di* + what it is about, as an aside, or with any other
    object (a person's account of an event) it reports."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the impersonal present "si sa", negated or not: what is known or unknown, no one's report
    ("Del vecchio mulino si sa che fu costruito nel Seicento dai monaci.", []),
    ("Ancora non si sa che cosa abbia provocato il crollo del ponte.", []),
    # the look-alikes that stay: news that got out (a past), someone letting it be known
    ("Si è saputo, da fonti vicine al governo, che il vertice è stato rinviato.",
     [("indirect", "il vertice è stato rinviato", None)]),
    ("Il sindaco Carlo Bruni ha fatto sapere che la scuola riapre lunedì.",
     [("indirect", "la scuola riapre lunedì", "Carlo Bruni")]),
])
def test_known_or_unknown(shipped, text, expected):
    """*si sa che…*, *non si sa che…* (``not_speech_idioms``) say what is known, or not, and
    report no one; *si è saputo che…* is news that got out and stays, *far sapere* too."""
    assert spoken(shipped, text) == expected
