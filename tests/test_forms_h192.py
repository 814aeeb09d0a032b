"""A passive verb of saying with its subject after it, then a clause joined by *e*/*ma*: forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the subject after the passive is what was said; the joined clause is the writer's
    ("Ieri è stata confermata la notizia della chiusura e sono iniziate le proteste.",
     [("indirect", "la notizia della chiusura", None)]),
    ("Ieri sera è stata confermata dal comune la notizia della chiusura e sono iniziate le proteste.",
     [("indirect", "la notizia della chiusura", "comune")]),
    # the look-alikes: no joined clause, a conjunction joining two noun phrases, a finite verb
    # with no conjunction before it (a clause of its own), a verb that is no passive of saying
    ("Ieri è stata confermata la notizia della chiusura.",
     [("indirect", "la notizia della chiusura", None)]),
    ("Ieri è stata confermata la notizia della chiusura e della vendita.",
     [("indirect", "la notizia della chiusura e della vendita", None)]),
    ("Quando è stato confermato il rinvio i tifosi sono tornati a casa.", []),
    ("Ieri è stata riaperta la strada della stazione e sono ripartiti gli autobus.", []),
    # an act after the passive, not words
    ("Fu dichiarato lo stato d'assedio e vennero chiuse le scuole della provincia.", []),
    # a time after the passive is no subject: nothing said
    ("La notizia è stata anticipata la sera del 9 marzo ed è stata ripresa dai giornali.", []),
])
def test_passive_subject_before_joined_clause(shipped, text, expected):
    """*è stato confermato X e sono iniziate…*: X is what was said, up to the *e* that joins
    a clause of the writer's; not dropped as if the clause after were X's own."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # what one spoke of doing: di + infinitive right after parlare (and its adverbs)
    ("Il ministro Luca Neri ha parlato di riformare la legge elettorale.",
     [("indirect", "riformare la legge elettorale", "Luca Neri")]),
    ("Il ministro Luca Neri ha parlato apertamente di riformare la legge elettorale.",
     [("indirect", "riformare la legge elettorale", "Luca Neri")]),
    # the look-alikes: a noun after di (as before), the di of a locution or of a noun
    ("Il ministro Luca Neri ha parlato della riforma della legge elettorale.",
     [("indirect", "riforma della legge elettorale", "Luca Neri")]),
    ("Il ministro Luca Neri ha parlato per ore prima di lasciare la sala.", []),
    ("Il ministro Luca Neri ha parlato prima di lasciare la sala.", []),
    ("Il sindaco vuole che si parli chiaro in modo di poter decidere in fretta.", []),
])
def test_spoke_of_doing(shipped, text, expected):
    """*ha parlato di riformare…*: a verb that reports with *di* reports a di + infinitive too,
    when the *di* follows the verb and its adverbs (not *prima di*, *in modo di*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # what the complaint is about, with per or su
    ("Il sindaco Mario Rossi si è lamentato per i ritardi del cantiere.",
     [("indirect", "per i ritardi del cantiere", "Mario Rossi")]),
    ("Il sindaco Mario Rossi si è lamentato sul ritardo del cantiere.",
     [("indirect", "sul ritardo del cantiere", "Mario Rossi")]),
    # the look-alikes: di (as before), a time, a place, a person complained to
    ("Il sindaco Mario Rossi si è lamentato dei ritardi del cantiere.",
     [("indirect", "dei ritardi del cantiere", "Mario Rossi")]),
    ("Il sindaco Mario Rossi si è lamentato per ore con i giornalisti.", []),
    ("Il sindaco Mario Rossi si è lamentato per strada con i vicini.", []),
    ("Il sindaco Mario Rossi si è lamentato con il prefetto.", []),
])
def test_complained_about(shipped, text, expected):
    """*si è lamentato per/sul X*: the noun phrase after *per* (with its article) or a
    contracted *su* (with its noun) is what the complaint is about."""
    assert spoken(shipped, text) == expected
