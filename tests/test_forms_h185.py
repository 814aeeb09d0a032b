"""Reported speech with a listed verb that the finder saw but built no quotation for: forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a conjunction before the marks: they open a second proposition, even with a participle first
    ("Il portavoce Marco Bianchi ha riferito di essere stato minacciato più volte, e di sentirsi "
     "\"ridotto a un fantasma senza diritti né voce.\"",
     [("indirect", "di essere stato minacciato più volte", "Marco Bianchi"),
      ("mixed", "ridotto a un fantasma senza diritti né voce.", "Marco Bianchi")]),
    # a list of che-clauses, the complementizer repeated after a comma, the list going on after the marks
    ("Il primario Carlo Ferri precisa che la paziente è stata ricoverata in serata, che «le sue condizioni "
     "sono stabili» e che «non servono altri esami».",
     [("indirect", "la paziente è stata ricoverata in serata", "Carlo Ferri"),
      ("mixed", "le sue condizioni sono stabili", "Carlo Ferri"),
      ("mixed", "non servono altri esami", "Carlo Ferri")]),
    # the look-alikes: marks opening with the verb right after a comma finish the clause
    ("Il procuratore Luigi Sarti ha detto che il giudice, con la sua decisione, «ha chiuso una pagina dolorosa».",
     [("mixed", "ha chiuso una pagina dolorosa", "Luigi Sarti")]),
    # a relative che after a comma, no conjunct after the marks: one clause
    ("Il sindaco Paolo Verdi ha detto che la giunta ha approvato il bilancio, che «darà respiro alle famiglie».",
     [("mixed", "darà respiro alle famiglie", "Paolo Verdi")]),
])
def test_the_proposition_before_the_marks_of_a_second_conjunct(shipped, text, expected):
    """*di X, e di «…»*, *che X, che «…» e che «…»*: the marks open a conjunct of their own, and
    the unquoted proposition before them is reported too, whatever word opens the marks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a present the tagger reads as its noun, a name its object, after a noun and its adjective
    ("Il quotidiano francese accusa Renault di aver taciuto sui ritardi.",
     [("indirect", "di aver taciuto sui ritardi", "quotidiano francese")]),
    ("Il giornale inglese accusa Vodafone di non pagare le tasse.",
     [("indirect", "di non pagare le tasse", "giornale inglese")]),
    # the look-alikes: the noun after an adjective that opens its noun phrase, a name after it
    ("La dura critica Rossi non la accetta.", []),
    ("L'ennesima accusa Mediaset la respinge con una nota.", []),
])
def test_a_present_read_as_a_noun_before_a_named_object(shipped, text, expected):
    """*il giornale X **accusa** Rossi di…*: a third person the tagger reads as its noun twin,
    after its subject and before a name, its object, is the verb; not a noun opened by an
    adjective (*la dura critica Rossi…*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a headline whose words after the label have a subject and a verb of saying of their own
    ("Confindustria: il presidente Carlo Neri chiede meno tasse sul lavoro",
     [("indirect", "meno tasse sul lavoro", "Carlo Neri")]),
    # the look-alikes: a place before the colon, a dateline; a titled label and a clause with
    # no verb of saying; a label and a clause with no verb of saying
    ("Lazio: la sindaca Anna Sarti annuncia il piano per i trasporti",
     [("indirect", "il piano per i trasporti", "Anna Sarti")]),
    ("Marco Bianchi, direttore del festival: il pubblico ha premiato la rassegna",
     [("indirect", "il pubblico ha premiato la rassegna", "Marco Bianchi")]),
    ("Legambiente: il governo ha tagliato i fondi per i parchi", []),
])
def test_a_headline_label_before_a_subject_and_its_verb_of_saying(shipped, text, expected):
    """*Ente: il presidente X chiede…*: the words after a headline's label are a clause with a
    subject and a verb of saying of their own, which reports; the label is its topic."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an indefinite subject: a report no one in particular signs, its speaker null
    ("Tra i commercianti del centro, qualcuno prospettava una stagione difficile per il turismo.",
     [("indirect", "una stagione difficile per il turismo", None)]),
    ("Alcuni hanno ribadito la loro contrarietà al progetto della nuova strada.",
     [("indirect", "la loro contrarietà al progetto della nuova strada", None)]),
    # the look-alikes: a person as the object, no words; an indefinite noun of people, as before
    ("Qualcuno ha ricordato il sindaco Mario Rossi.", []),
    ("Alcuni residenti hanno denunciato il degrado del quartiere.",
     [("indirect", "il degrado del quartiere", None)]),
])
def test_an_object_reported_by_an_indefinite_subject(shipped, text, expected):
    """*qualcuno prospettava una stagione difficile*, *alcuni hanno ribadito la loro
    contrarietà…*: the object of a cue whose subject is indefinite is reported, unsigned."""
    assert spoken(shipped, text) == expected
