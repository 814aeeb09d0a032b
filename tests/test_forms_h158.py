"""Nouns of saying or opinion with their owner and a *che*-clause: forms of Italian news written
for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # noun + di X + copula + che: the clause is what X fears, holds, thinks
    ("Il timore degli esperti è che il virus torni in autunno.",
     [("indirect", "il virus torni in autunno", "esperti")]),
    ("La tesi della difesa è che l'imputato non era in città.",
     [("indirect", "l'imputato non era in città", "difesa")]),
    ("La posizione della Lega è che le tasse vanno ridotte.",
     [("indirect", "le tasse vanno ridotte", "Lega")]),
    ("La valutazione del Fondo monetario è che la crescita rallenterà.",
     [("indirect", "la crescita rallenterà", "Fondo monetario")]),
    ("Il dubbio degli inquirenti è che qualcuno abbia aiutato il fuggitivo.",
     [("indirect", "qualcuno abbia aiutato il fuggitivo", "inquirenti")]),
    # the content ends at a clause of the writer's after a comma
    ("La tesi della difesa è che l'imputato non era in città, ma il giudice non ci ha creduto.",
     [("indirect", "l'imputato non era in città", "difesa")]),
    # a copular che-clause with no owner, or with a noun of no saying: the writer's
    ("Il problema è che la strada è chiusa da mesi.", []),
    ("La verità è che nessuno sapeva nulla.", []),
])
def test_copular_che_after_owned_noun(shipped, text, expected):
    """*Il timore di X è che…*: the owner of a noun of saying or opinion speaks, the content is
    the *che*-clause after the copula."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a subjunctive right after che: a content clause, not a relative
    ("Sugli indagati pesa il sospetto che abbiano falsificato i conti della società.",
     [("indirect", "abbiano falsificato i conti della società", None)]),
    # in a direct question the suspicion is no one's report
    ("E come potrebbe nascere il sospetto che siano complici dei ladri?", []),
    # the noun's own content with its own subject
    ("La convinzione del governo che la crisi finirà presto non convince gli analisti.",
     [("indirect", "la crisi finirà presto", "governo")]),
    # relatives: the noun is the subject or object of the clause after che
    ("L'annuncio di Enel che ha sorpreso tutti è arrivato ieri.", []),
    ("La paura che ha colpito il paese non è passata.", []),
    ("La risposta che ha dato il ministro non ha convinto nessuno.", []),
    ("Il fatto che il sindaco non sia venuto ha deluso tutti.", []),
])
def test_content_che_after_owned_noun(shipped, text, expected):
    """*la convinzione di X che…*, *il sospetto che + subjunctive*: content clauses; a relative
    on the noun (its verb right after *che*, in the indicative) is none."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a possessive at the head of the clause: the owner is the one the sentences before name
    ("L'avvocato Marco Bianchi ha presentato un'istanza al tribunale. "
     "La sua richiesta che il processo sia rinviato è stata respinta.",
     [("indirect", "il processo sia rinviato", "Marco Bianchi")]),
    ("Il ministro Luca Verdi è intervenuto ieri in Parlamento. La sua convinzione è che la crisi finirà entro l'anno.",
     [("indirect", "la crisi finirà entro l'anno", "Luca Verdi")]),
    # a relative on the noun, and an opinion noun's di + infinitive (a plan, not words)
    ("Il sindaco Paolo Neri ha presentato il progetto. La sua idea che ha sorpreso tutti prevede un nuovo parco.", []),
    ("L'idea di Google di creare un motore di ricerca potrebbe danneggiare gli editori.", []),
])
def test_possessive_owner_and_opinion_nouns(shipped, text, expected):
    """*La sua convinzione è che…*: the possessive's owner speaks; an opinion noun (*idea*,
    *tesi*, *posizione*) reports only a *che*-clause."""
    assert spoken(shipped, text) == expected
