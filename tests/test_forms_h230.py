"""A null subject after adjuncts only: a person named inside a phrase of company (*insieme
a*, *con*) opened after a sentence adverb is no subject, and an infinitive of purpose shares the
subject its governing verb carries. Forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

BEFORE = "La presidente Anna Rosa ha ringraziato i deputati. "
THANKS = ("indirect", "i deputati", "Anna Rosa")


@pytest.mark.parametrize("text,expected", [
    # a sentence adverb and its comma, then a phrase of company whose title holder is named after
    # a body ("del Senato Laura Neri"): the verb's null subject carries the sentence before
    (BEFORE + "Successivamente, insieme alla vicepresidente del Senato Laura Neri, ha comunicato l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Anna Rosa")]),
    (BEFORE + "Poco dopo, con il vicepresidente della Regione Marco Neri, ha annunciato nuove elezioni.",
     [THANKS, ("indirect", "nuove elezioni", "Anna Rosa")]),
    # an infinitive of purpose whose governing verb has only adjuncts before it
    (BEFORE + "Successivamente, insieme alla vicepresidente del Senato Laura Neri e alle segretarie "
     "delle Camere, si è recata alla Corte per comunicare l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Anna Rosa")]),
    ("Il sindaco Carlo Gatti ha incontrato i commercianti. Dopo il vertice, al fianco del prefetto "
     "Luigi Moro, si è presentato ai cronisti per annunciare nuove misure.",
     [("indirect", "nuove misure", "Carlo Gatti")]),
])
def test_null_subject_after_a_phrase_of_company(shipped, text, expected):
    """A finite cue, or an infinitive of purpose hung on a finite verb, that only adjuncts
    precede (past a sentence adverb and its comma) carries the subject of the sentence before,
    not the person named inside the adjunct, even after a title and a body (*insieme alla
    vicepresidente del Senato X*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name right after a place that opens the sentence: the subject
    (BEFORE + "In Senato Laura Neri ha comunicato l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Laura Neri")]),
    # a subject of its own after the adjunct
    (BEFORE + "Prima della seduta, la vicepresidente Laura Neri ha comunicato l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Laura Neri")]),
    ("Il sindaco Carlo Gatti ha incontrato i commercianti. Dopo il vertice, il prefetto Luigi Moro "
     "si è presentato ai cronisti per annunciare nuove misure.",
     [("indirect", "nuove misure", "Luigi Moro")]),
    # the governing verb's subject comes after it
    (BEFORE + "Poi è salito al Quirinale il ministro Paolo Bianchi per comunicare l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Paolo Bianchi")]),
    (BEFORE + "Poi il ministro Paolo Bianchi è andato al Quirinale per comunicare l'esito del voto.",
     [THANKS, ("indirect", "l'esito del voto", "Paolo Bianchi")]),
])
def test_subject_of_its_own_is_kept(shipped, text, expected):
    """The look-alikes: a name right after a place that opens the sentence (*In Senato X ha
    detto*), a subject of its own after the adjuncts or after the governing verb keep their
    speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name coordinated with its own people (e + a possessive and a noun) before a relative
    # "che" that is the cue's subject: the name speaks, not the main clause's subject
    ("Gianni Neri è arrabbiato per le accuse di Paolo Verdi e della sua squadra, che chiedono le dimissioni dell'arbitro.",
     [("indirect", "le dimissioni dell'arbitro", "Paolo Verdi")]),
    ("La Regione ha risposto alla Fiat e ai suoi sindacati, che chiedono nuovi investimenti.",
     [("indirect", "nuovi investimenti", "Fiat")]),
])
def test_relative_after_a_name_and_its_people(shipped, text, expected):
    """*X e della sua squadra, che…*: the antecedent of the relative is the name with its own
    people, not a noun phrase of possessive and noun, nor the subject of the main clause."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the people named as a group of their own, or the name alone, keep their speaker
    ("Il sindaco ha incontrato Anna Bruni e i suoi avvocati, che hanno annunciato un ricorso al Tar.",
     [("indirect", "un ricorso al Tar", "avvocati di Anna Bruni")]),
    ("Il sindaco ha incontrato Anna Bruni e i legali, che hanno annunciato un ricorso al Tar.",
     [("indirect", "un ricorso al Tar", "legali")]),
    ("Il sindaco ha incontrato Anna Bruni, che ha annunciato un ricorso al Tar.",
     [("indirect", "un ricorso al Tar", "Anna Bruni")]),
])
def test_relative_after_a_group_or_a_name(shipped, text, expected):
    """The look-alikes: a group after the name that the candidates hold (*e i suoi avvocati*,
    *e i legali*) and a name alone before the relative."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an apposition that closes with a relative clause of its own (al quale / alla quale …),
    # then a relative "che" that is the cue's subject: the name before the apposition speaks
    ("La federazione ha chiesto l'arresto di Luca Bruni, ex sindaco al quale le banche hanno bloccato "
     "i conti, che invece dice di essere innocente.",
     [("indirect", "l'arresto di Luca Bruni", "federazione"), ("indirect", "di essere innocente", "Luca Bruni")]),
    ("Il giudice ha ascoltato Anna Rosa, ormai ex assessora fuggita in Francia alla quale il Comune ha "
     "revocato l'incarico, che invece si ritiene ancora assessora legittima.",
     [("indirect", "assessora legittima", "Anna Rosa")]),
])
def test_relative_after_an_apposition_with_its_own_relative(shipped, text, expected):
    """*X, ex sindaco al quale le banche hanno bloccato i conti, che dice…*: the names inside
    the apposition's own relative clause are not the antecedent of the *che* after it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plain apposition, and a relative that opens the aside right after the name (whose
    # antecedent may be the name or the noun before it): unchanged
    ("La federazione ha chiesto l'arresto di Luca Bruni, ex sindaco di Varese, che invece dice di essere innocente.",
     [("indirect", "l'arresto di Luca Bruni", "federazione"), ("indirect", "di essere innocente", "Luca Bruni")]),
    ("Il giudice ha ascoltato l'avvocato di Luca Bruni, al quale le banche hanno bloccato i conti, "
     "che dice che il suo cliente è innocente.",
     [("indirect", "il suo cliente è innocente", None)]),
])
def test_relative_after_a_plain_apposition(shipped, text, expected):
    """The look-alikes: a plain apposition (already read), and a relative clause right after
    the name, where no apposition of words precedes it."""
    assert spoken(shipped, text) == expected
