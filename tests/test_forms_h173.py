"""A generic supposition, no one's words: forms of Italian written for these tests (no sentence
comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "se" and the impersonal "si": the writer's supposition, no one's words
    ("La cosa stupisce ancora di più se si pensa che i migliori gruppi di quella scena venivano proprio da Torino.", []),
    ("Non si è onesti se si nega che su questi temi qualcosa è cambiato.", []),
    ("Sarebbe un errore se si negasse che la maggior parte dei furti avviene di notte.", []),
    # "se" and a second person with no subject: the generic "you"
    ("Se credi che la città sia ormai perduta, hai torto.", []),
    ("Se pensate che il ponte sia sicuro, vi sbagliate.", []),
    # the look-alikes: a concessive "anche se" still reports; "se" with a named subject; a plain
    # impersonal report; a supposition inside someone's reported words
    ("Il bilancio è grave, anche se non si escludono nuove scoperte nei prossimi giorni.",
     [("indirect", "nuove scoperte nei prossimi giorni", None)]),
    # (the main clause after the "se" clause is the writer's: the content ends at its comma, h261)
    ("Se il ministro Paolo Bianchi dice che la legge è pronta, bisogna credergli.",
     [("indirect", "la legge è pronta", "Paolo Bianchi")]),
    ("In città si dice che il sindaco Mario Rossi lascerà l'incarico.",
     [("indirect", "il sindaco Mario Rossi lascerà l'incarico", None)]),
    ("Il portavoce Marco Neri ha detto che se credi nel progetto devi restare.",
     [("indirect", "se credi nel progetto devi restare", "Marco Neri")]),
])
def test_generic_supposition(shipped, text, expected):
    """*se si* or *se* and a second person with a verb of saying or thinking opens a generic
    supposition (*se si pensa che…*, *se credi che…*), not a report; *anche se non si
    escludono…* is concessive and reports."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural imperative: words asked of the listener, not said
    ("Il pubblico lo sa bene, e ancora: dite pure che sono un nostalgico, però il vecchio cinema resta il migliore.", []),
    ("Ricordate che la stazione resterà chiusa fino a lunedì.", []),
    # the hortative subjunctive with the impersonal "si" in a main clause
    ("Non si dica che il comune è rimasto a guardare.", []),
    ("Si dica allora che si vuole chiudere la fabbrica di Lecco.", []),
    # the look-alikes: a third person the tagger could read as a singular imperative; a
    # subjunctive with "si" under another verb; an imperative inside words a postposed cue
    # attributes; a plain third person plural
    ("Il sindaco Mario Rossi condanna l'attacco alla sede del partito.",
     [("indirect", "l'attacco alla sede del partito", "Mario Rossi")]),
    ("Il consigliere Luca Bianchi propone che si dichiari lo stato di emergenza.",
     [("indirect", "si dichiari lo stato di emergenza", "Luca Bianchi")]),
    ("Ricordate che la stazione resterà chiusa, ha detto il sindaco Mario Rossi.",
     [("indirect", "la stazione resterà chiusa", "Mario Rossi")]),
    ("I medici dicono che la paziente è fuori pericolo.",
     [("indirect", "la paziente è fuori pericolo", "medici")]),
])
def test_exhortation(shipped, text, expected):
    """A plural imperative (*dite pure che…*, *ricordate che…*) or a hortative *si* with the
    present subjunctive in a main clause (*non si dica che…*) asks for words, it reports none."""
    assert spoken(shipped, text) == expected
