"""*Constatare* as a gerund or an infinitive with a noun phrase as object: the fact seen that
grounds an act, no one's words. Forms of Italian written for these tests (no sentence comes from
a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a gerund or an infinitive of constatare with an object noun phrase: a fact observed
    ("Il prefetto Marco Gialli, constatando la gravità della situazione, ha chiuso la strada provinciale.", []),
    ("L'ingegnere Paolo Bianchi è venuto in paese per constatare i danni alla copertura della scuola.", []),
    ("Il ministro Carlo Neri ha espresso soddisfazione, constatando il buon esito della trattativa.", []),
    # the look-alikes: the finite verb with an object states it; a che-clause is reported
    ("Il sindaco di Trevi, Anna Rosi, ha constatato i progressi della ricostruzione.",
     [("indirect", "i progressi della ricostruzione", "Anna Rosi")]),
    ("La sindaca Anna Rosi ha criticato la Regione, constatando che i fondi non sono mai arrivati.",
     [("indirect", "la Regione", "Anna Rosi"), ("indirect", "i fondi non sono mai arrivati", "Anna Rosi")]),
    ("L'ingegnere Paolo Bianchi è venuto per constatare che la copertura era crollata.",
     [("indirect", "la copertura era crollata", "Paolo Bianchi")]),
])
def test_constatare_gerund_with_an_object(shipped, text, expected):
    """*constatando* / *constatare* report only a clause right after them (the grammar's
    ``observing_verbs``): *constatando la gravità della situazione* is a fact seen, *ha
    constatato i progressi…* and *constatando che…* are reports."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # credere di + a modal of power or duty: what one thought one could or had to do
    ("L'ingegnere Paolo Bianchi credette di poter costruire un ponte più lungo.", []),
    ("Il presidente Luca Ferri ha creduto di dover affrontare da solo la protesta dei lavoratori.", []),
    ("La ministra Anna Rosi crede di non poter più restare nel governo.", []),
    # the look-alikes: credere che, credere di + another infinitive, a verb of saying + di potere
    ("Il presidente Luca Ferri crede che la protesta dei lavoratori sia giusta.",
     [("indirect", "la protesta dei lavoratori sia giusta", "Luca Ferri")]),
    ("Il presidente Luca Ferri crede di aver agito nel rispetto delle regole.",
     [("indirect", "di aver agito nel rispetto delle regole", "Luca Ferri")]),
    ("Il presidente Luca Ferri ha detto di poter chiudere l'accordo entro l'estate.",
     [("indirect", "di poter chiudere l'accordo entro l'estate", "Luca Ferri")]),
])
def test_credere_di_potere(shipped, text, expected):
    """*credere* before *di* and a modal of power or duty (the grammar's ``self_belief_verbs``,
    ``deontic_modals``) tells a belief about one's own power or duty, no report; *crede che…*
    and *crede di aver agito…* stay reports."""
    assert spoken(shipped, text) == expected
