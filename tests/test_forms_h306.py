"""What a quotation is about: a description in its words that names a body the article named.
Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bare definite noun of an institution in the words: the one body named with it before
    ("La Regione Puglia ha chiuso il bando a maggio. Il sindaco Anna Galli ha spiegato che la regione non ha "
     "ancora pagato i comuni.",
     [("indirect", "la regione non ha ancora pagato i comuni", "Anna Galli", ["Regione Puglia"])]),
    ("La Commissione europea ha aperto una procedura contro l'Italia. Il ministro Carlo Verdi ha detto che la "
     "commissione ha ricevuto tutti i documenti.",
     [("indirect", "la commissione ha ricevuto tutti i documenti", "Carlo Verdi", ["Commissione europea"])]),
    ("L'Università di Bologna ha sospeso le lezioni. Lo studente Marco Rossi ha raccontato che l'università non "
     "ha avvisato nessuno.",
     [("indirect", "l'università non ha avvisato nessuno", "Marco Rossi", ["Università di Bologna"])]),
    ("Il Comune di Bari ha chiuso le scuole. La preside Giulia Neri ha detto che il comune ha deciso senza "
     "consultare le famiglie.",
     [("indirect", "il comune ha deciso senza consultare le famiglie", "Giulia Neri", ["Comune di Bari"])]),
    # the look-alikes: two bodies of that kind named, no one of them
    ("La Regione Puglia e la Regione Basilicata hanno chiuso il bando a maggio. Il sindaco Anna Galli ha spiegato "
     "che la regione non ha ancora pagato i comuni.",
     [("indirect", "la regione non ha ancora pagato i comuni", "Anna Galli", [])]),
    # the body of an office title is not what the words are about
    ("La Regione Puglia ha chiuso il bando a maggio. Il sindaco Anna Galli ha spiegato che il presidente della "
     "regione non ha ancora risposto.",
     [("indirect", "il presidente della regione non ha ancora risposto", "Anna Galli", [])]),
    # no body named with that noun: nothing
    ("L'avvocato Paolo Ferri ha detto che la procura ha agito troppo in fretta.",
     [("indirect", "la procura ha agito troppo in fretta", "Paolo Ferri", [])]),
    ("Il governo precedente aveva promesso i fondi. Il sindaco Anna Galli ha spiegato che il governo non ha "
     "ancora pagato i comuni.",
     [("indirect", "i fondi", "governo precedente", []),
      ("indirect", "il governo non ha ancora pagato i comuni", "Anna Galli", [])]),
])
def test_institution_noun_names_the_body(shipped, text, expected):
    """*la regione*, *il comune*, *la commissione* in a quotation's words name the one body the
    article named with that noun (*la Regione Puglia*): what the words are about."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # two bodies opening with the noun, one named more often: that one
    ("La Regione Puglia ha chiuso il bando a maggio. La Regione Puglia e la Regione Basilicata hanno poi firmato "
     "un accordo. Il sindaco Anna Galli ha spiegato che la regione non ha ancora pagato i comuni.",
     [("indirect", "la regione non ha ancora pagato i comuni", "Anna Galli", ["Regione Puglia"])]),
    # a body's noun the bodies named as often do not resolve (la Lega, il Partito Democratico
    # twice each): the one named with that noun
    ("Il Partito Democratico ha perso contro la Lega. La Lega e il Partito Democratico si sono divisi i seggi. "
     "Il senatore Marco Neri ha detto che il partito deve cambiare linea.",
     [("indirect", "il partito deve cambiare linea", "Marco Neri", ["Partito Democratico"])]),
    # the look-alikes: no body named with the noun, or each named once: nothing
    ("La Lega ha vinto contro Forza Italia. La Lega e Forza Italia si sono divisi i seggi. Il senatore Marco Neri "
     "ha detto che il partito deve cambiare linea.",
     [("indirect", "il partito deve cambiare linea", "Marco Neri", [])]),
    ("La Regione Puglia ha chiuso il bando a maggio. La Regione Basilicata lo ha riaperto. Il sindaco Anna Galli "
     "ha spiegato che la regione non ha ancora pagato i comuni.",
     [("indirect", "la regione non ha ancora pagato i comuni", "Anna Galli", [])]),
])
def test_body_noun_names_the_body_named_most(shipped, text, expected):
    """*la regione*, *il partito* with several bodies of that noun named: the one named most
    often, at least twice (none on a tie)."""
    assert spoken_about(shipped, text) == expected
