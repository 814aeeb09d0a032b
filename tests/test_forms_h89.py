"""Verbs of saying in a sense that is no saying, as prose outside the news uses them: forms of
Italian written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest
import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Il ministro Paolo Neri ha aggiunto che il decreto arriverà domani.",
     [("indirect", "il decreto arriverà domani", "Paolo Neri")]),
    ("La sindaca Carla Mori ha poi aggiunto di essere soddisfatta dell'accordo.",
     [("indirect", "di essere soddisfatta dell'accordo", "Carla Mori")]),
    ("Il tecnico Luca Serra ha aggiunto: «Siamo pronti».",
     [("direct", "Siamo pronti", "Luca Serra")]),
    # a thing added, not words: aggiungere with a noun phrase for object
    ("L'azienda ha migliorato il telefono aggiungendo una fotocamera e riducendone il prezzo.", []),
    ("Nell'ultima gara ha segnato 20 punti, aggiungendo 8 rimbalzi e 5 assist.", []),
    ("Il portavoce Marco Bini non ha voluto aggiungere altro sulla vicenda.", []),
])
def test_aggiungere_reports_a_clause_not_an_object(shipped, text, expected):
    """*Aggiungere* reports a *che*-clause, a *di* + infinitive or words in marks; its noun-phrase
    object is a thing added (*aggiungendo una fotocamera*, *8 rimbalzi*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after the passive of a verb that reports no noun phrase, di + infinitive completes its subject
    ("Con l'aggiornamento è stata aggiunta la possibilità di modificare i messaggi inviati.", []),
    # the passive of a verb of asking keeps what is asked
    ("Al sindaco Paolo Neri è stato chiesto di dimettersi entro lunedì.",
     [("indirect", "di dimettersi entro lunedì", None)]),
])
def test_passive_subject_with_di_infinitive(shipped, text, expected):
    """*È stata aggiunta la possibilità di…*: the *di* belongs to the passive's subject noun."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a role in a work: the marks after it hold titles
    ('Nel 2019 Giulia Sarti ha recitato in due film, "Il lago" e "La neve".', []),
    ('Quell\'anno Marco Bini recita nel nuovo film del fratello, "Il porto".', []),
    # a text that says words
    ('Il comunicato della Regione recita: "La riunione è rinviata a lunedì".',
     [("direct", "La riunione è rinviata a lunedì", None)]),
])
def test_recitare_in_a_work_is_acting(shipped, text, expected):
    """*Recitare in* (or *nel*, *nella*…) a work is playing a part, not reciting words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a reflexive "si" joined to the infinitive or the gerund: making sure, turning out
    ("Il sindaco Marco Bini è passato in cantiere per assicurarsi che i lavori fossero finiti.", []),
    ("La squadra di Luca Verdi ha chiuso la stagione rivelandosi la sorpresa del campionato.", []),
    # a dative "ci" is someone told: still a report
    ("Il sindaco Marco Bini ci tiene a ricordarci che la piazza resterà chiusa.",
     [("indirect", "la piazza resterà chiusa", "Marco Bini")]),
    ("Il ministro Paolo Neri ha voluto assicurarci che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "Paolo Neri")]),
    ("Il ministro Paolo Neri ha voluto assicurare che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "Paolo Neri")]),
])
def test_enclitic_reflexive_is_no_saying(shipped, text, expected):
    """*Assicurarsi che…*, *rivelandosi…*: the reflexive of ``reflexive_not_speech`` verbs joined
    to the verb says nothing, as *si* before it does (*si è rivelato*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the relative pronoun is never the source: its antecedent is, or no one
    ("Fu adottato il nuovo calendario, voluto dal papa e secondo il quale gli anni bisestili cambiano.", []),
    ("Il rapporto dell'Istat, secondo il quale la disoccupazione è in calo, è stato pubblicato ieri.",
     [("indirect", "la disoccupazione è in calo", "Istat")]),
    ("Anna Bruni, secondo la quale la riforma è un errore, ha lasciato il partito.",
     [("indirect", "la riforma è un errore", "Anna Bruni")]),
])
def test_secondo_il_quale_is_no_source_of_its_own(shipped, text, expected):
    """*Secondo il quale* reports its antecedent's words; when that antecedent is not taken (a
    thing, a rule, one out of reach) *il quale* is not a speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # negated, no agent: nothing said
    ("Non è mai stato chiarito il ruolo del sindaco Marco Bini nella vicenda.", []),
    ("Non è stata annunciata alcuna data per la riapertura.", []),
    # not negated, or negated by someone named: a report
    ("Il sindaco Marco Bini non ha chiarito il ruolo della giunta.",
     [("indirect", "il ruolo della giunta", "Marco Bini")]),
    ("È stata annunciata la data della riapertura.",
     [("indirect", "la data della riapertura", None)]),
])
def test_negated_passive_without_agent_is_unsaid(shipped, text, expected):
    """*Non è mai stato chiarito X*: a negated passive with no *da X* reports no one's words."""
    assert spoken(shipped, text) == expected


def test_negated_passive_hedge_with_clause_stays(shipped):
    """*Non è escluso che…*: a clause after the negated passive is a hedge reported unsigned."""
    assert spoken(shipped, "Non è escluso che il sindaco Marco Bini si dimetta entro lunedì.") == \
        [("indirect", "il sindaco Marco Bini si dimetta entro lunedì", None)]


@pytest.mark.parametrize("text,expected", [
    # a passive or bare participle of dire before marks: a name given
    ('Questo tratto di costa è detto "golfo dei poeti".', []),
    ('Vengono detti "nativi digitali" i ragazzi nati dopo il 2000.', []),
    ('Il sindaco Marco Bini, detto "il Professore", ha lasciato la giunta.', []),
    # with avere it is words said
    ('Il ministro Paolo Neri ha detto "basta" alle polemiche.',
     [("mixed", "basta", "Paolo Neri")]),
    ('Il sindaco Marco Bini ha detto: "Non ci sto".',
     [("direct", "Non ci sto", "Marco Bini")]),
])
def test_detto_before_marks_names(shipped, text, expected):
    """*È detto «X»*, *vengono detti «X»*: what a thing is called, not words of a speaker."""
    assert spoken(shipped, text) == expected
