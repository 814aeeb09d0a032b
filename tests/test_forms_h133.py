"""Clauses of saying fronted before the main clause (an infinitive or a gerund opening the
sentence): forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the content ends at the comma before the main clause's subject and finite verb
    ("Dopo aver spiegato che i fondi mancano, il sindaco Paolo Neri ha lasciato la sala.",
     [("indirect", "i fondi mancano", "Paolo Neri")]),
    ("Pur ammettendo di aver sbagliato, Mario Rossi ha rifiutato di dimettersi.",
     [("indirect", "di aver sbagliato", "Mario Rossi")]),
    ("Dopo aver detto di essere stanco, il ciclista Pietro Rosa si è ritirato dalla gara.",
     [("indirect", "di essere stanco", "Pietro Rosa")]),
    # an unnamed subject of the main clause speaks, its description kept
    ("Ribadendo che la legge non cambierà, il premier ha lasciato Bruxelles.",
     [("indirect", "la legge non cambierà", "premier")]),
    ("Prima di dichiarare che il contratto era valido, il giudice ha ascoltato i testimoni.",
     [("indirect", "il contratto era valido", "giudice")]),
    # a description the article has given a name resolves to it
    ("Il giudice per le indagini preliminari, Alberto Iannuzzi, ha fissato la data del processo. "
     "Parlando con i cronisti, il magistrato ha detto che gli indizi sono gravi.",
     [("indirect", "gli indizi sono gravi", "Alberto Iannuzzi")]),
    ("Il giudice per le indagini preliminari, Alberto Iannuzzi, ha fissato la data del processo. "
     "Dopo aver ribadito che gli indizi sono gravi, il magistrato ha lasciato il tribunale.",
     [("indirect", "gli indizi sono gravi", "Alberto Iannuzzi")]),
    # the infinitive made a noun by "nel" opening the sentence: a cue once the main clause is found
    ("Nel sottolineare come la crisi sia grave, Giorgia Meloni ha convocato i ministri.",
     [("indirect", "la crisi sia grave", "Giorgia Meloni")]),
    ("Nel ribadire che la scuola riaprirà, il preside ha ringraziato le famiglie.",
     [("indirect", "la scuola riaprirà", "preside"), ("indirect", "le famiglie", "preside")]),
    # a name in apposition to the main clause's subject, set off by commas
    ("Nel ribadire che i conti sono in ordine, l'amministratore delegato, Carlo Neri, ha escluso tagli.",
     [("indirect", "i conti sono in ordine", "Carlo Neri"), ("indirect", "tagli", "Carlo Neri")]),
    # a comma closing a clause the content opens itself, or a relative, is not the main clause's
    ("Dopo aver spiegato che, se i fondi mancano, il progetto salterà, il sindaco ha lasciato la sala.",
     [("indirect", "se i fondi mancano, il progetto salterà", "sindaco")]),
    ("Spiegando che i treni, che erano fermi da ore, sarebbero ripartiti, il portavoce delle Ferrovie ha chiesto pazienza.",
     [("indirect", "i treni, che erano fermi da ore, sarebbero ripartiti", "portavoce delle Ferrovie"),
      ("indirect", "pazienza", "portavoce delle Ferrovie")]),
])
def test_fronted_clause_of_saying(shipped, text, expected):
    """*Dopo aver spiegato che…, il sindaco ha…*: the content of the fronted cue stops where the
    main clause begins, and the main clause's subject speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a fronted clause that is not of saying, or a gerund with no content, reports nothing
    ("Dopo aver mangiato, il sindaco ha detto che i fondi mancano.",
     [("indirect", "i fondi mancano", "sindaco")]),
    ("Nel dire questo, il sindaco ha lasciato la sala.", []),
    # "nel" and the infinitive with no main clause after it: no cue
    ("Nel ribadire che la scuola riaprirà a settembre.", []),
])
def test_fronted_look_alikes(shipped, text, expected):
    """Fronted clauses with no content of their own, or no main clause to end them."""
    assert spoken(shipped, text) == expected
