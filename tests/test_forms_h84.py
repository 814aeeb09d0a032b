"""Speakers named by description and across sentences: forms of Italian news written for these
tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken  # the `shipped` pipeline is a session fixture in tests/conftest.py


def speech(nlp, text):
    return spoken(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Il presidente precisa che l'accordo non è ancora firmato.",
     [("indirect", "l'accordo non è ancora firmato", "presidente")]),
    ("Il ministro precisa: «L'accordo non è ancora firmato».",
     [("direct", "L'accordo non è ancora firmato", "ministro")]),
    ("Il sindaco precisa che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "sindaco")]),
    ("Il sindaco di Bergamo Marco Rossi ha incontrato i commercianti. Il sindaco precisa che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
])
def test_title_before_a_cue_read_as_adjective(shipped, text, expected):
    """*Il sindaco precisa che…*: the tagger reads *precisa* as an adjective of the title; the
    description stops at the cue and speaks."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il presidente di Confindustria Paolo Neri ha parlato a Torino. Il numero uno di Confindustria ha chiesto meno burocrazia.",
     [("indirect", "meno burocrazia", "Paolo Neri")]),
    ("Il numero uno di Confindustria ha detto che servono meno tasse.",
     [("indirect", "servono meno tasse", "numero uno di Confindustria")]),
    ("Il ministro dell'Interno Luca Verdi era a Napoli. Il titolare del Viminale ha detto che gli sbarchi sono calati.",
     [("indirect", "gli sbarchi sono calati", "Luca Verdi")]),
    ("Il titolare del Viminale ha detto che gli sbarchi sono calati.",
     [("indirect", "gli sbarchi sono calati", "titolare del Viminale")]),
    ("Il ministro dell'Interno Luca Verdi era a Napoli. Il titolare del ristorante ha detto che gli affari sono calati.",
     [("indirect", "gli affari sono calati", "titolare del ristorante")]),
])
def test_office_synonyms(shipped, text, expected):
    """*il numero uno di X* is X's president, *il titolare del Viminale* the minister the
    article named; unnamed, they keep their description (its body too)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il ministro dell'Economia Luca Verdi è intervenuto a Milano. Il titolare dell'Economia ha detto che la manovra è pronta.",
     [("indirect", "la manovra è pronta", "Luca Verdi")]),
    ("Il sindaco di Napoli Marco Rossi ha visitato il cantiere. Il primo cittadino ha annunciato che la metro aprirà a giugno.",
     [("indirect", "la metro aprirà a giugno", "Marco Rossi")]),
    ("Il presidente della Regione Lombardia Luca Verdi ha firmato l'ordinanza. Il governatore ha spiegato che le scuole restano aperte.",
     [("indirect", "le scuole restano aperte", "Luca Verdi")]),
    ("Il presidente della Repubblica Sergio Blu ha ricevuto gli studenti. Il capo dello Stato ha ricordato che la scuola è un bene comune.",
     [("indirect", "la scuola è un bene comune", "Sergio Blu")]),
    ("L'ex presidente del Consiglio Giorgio Bianchi era a Firenze. L'ex premier ha detto che il governo sbaglia.",
     [("indirect", "il governo sbaglia", "Giorgio Bianchi")]),
    ("L'allenatore della Roma Franco Grigi ha parlato alla vigilia. Il tecnico ha ammesso che la squadra è stanca.",
     [("indirect", "la squadra è stanca", "Franco Grigi")]),
    ("Marco Rossi, sindaco di Bergamo, ha incontrato i commercianti. Il sindaco ha spiegato che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Il capo dello Stato ha ricordato che la scuola è un bene comune.",
     [("indirect", "la scuola è un bene comune", "capo dello Stato")]),
    ("Il Quirinale fa sapere che la firma arriverà domani.",
     [("indirect", "la firma arriverà domani", "Quirinale")]),
])
def test_description_resolved_to_named_holder(shipped, text, expected):
    """A description the article tied to a name speaks as that name; with no name, as itself."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi è arrivato a Roma. Rossi ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Marco Rossi")]),
    ("Marco Rossi ha incontrato Luca Verdi. Quest'ultimo ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Luca Verdi")]),
    ("Marco Rossi ha incontrato Anna Bruni. Lei ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Anna Bruni")]),
    ("Marco Rossi ha incontrato Luca Verdi a Roma. Ha poi detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Marco Rossi")]),
    ("Marco Rossi è arrivato a Roma in mattinata. Poi ha aggiunto: «Il progetto è pronto».",
     [("direct", "Il progetto è pronto", "Marco Rossi")]),
    ("Il nuovo piano della Regione è stato approvato ieri. Ha detto che i fondi arriveranno presto.",
     [("indirect", "i fondi arriveranno presto", None)]),
])
def test_surname_pronoun_and_null_subject(shipped, text, expected):
    """A surname, *quest'ultimo*, *lei* and a null subject carry the person named before; a
    null subject after a sentence about a thing has no speaker."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La polizia ha arrestato Marco Rossi. Lui ha detto di essere innocente.",
     [("indirect", "di essere innocente", "Marco Rossi")]),
    ("Il Comune di Bergamo ha premiato Anna Bruni. Lei ha detto che la città è cambiata.",
     [("indirect", "la città è cambiata", "Anna Bruni")]),
    ("Il ministro ha incontrato Marco Rossi. Egli ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "ministro")]),
])
def test_person_pronoun_skips_a_body(shipped, text, expected):
    """*Lui* / *lei* opening a sentence after one whose subject is a body (*la polizia*, *il
    Comune*) takes up the person of its gender named there, not the body; after a title the
    subject carries."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Si è dimesso il presidente Carlo Bianchi e al suo posto è subentrato il vicepresidente, Luca Verdi; "
     "oggi però l'ex-presidente afferma di essere stato costretto a dimettersi.",
     [("indirect", "di essere stato costretto a dimettersi", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha lasciato l'incarico. L'ex-ministro ha detto che tornerà presto.",
     [("indirect", "tornerà presto", "Carlo Bianchi")]),
    ("L'ex-ministro ha detto che tornerà presto.",
     [("indirect", "tornerà presto", "ex-ministro")]),
])
def test_hyphenated_former_title(shipped, text, expected):
    """*l'ex-presidente* (tokenized *ex*, *-*, *presidente*) is a description like *l'ex
    presidente*: the subject before its cue, the person the article gave that title."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi è arrivato a Roma. Ha incontrato il ministro Luca Verdi. Ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Marco Rossi")]),
    ("Marco Rossi è arrivato a Roma. Ha incontrato Luca Verdi. Ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Marco Rossi")]),
    ("Il dibattito è iniziato alle dieci. Ha preso la parola il ministro Luca Verdi. Ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Luca Verdi")]),
    ("Marco Rossi è arrivato a Roma in mattinata. Ha visitato il cantiere della metro con Luca Verdi. "
     "Ha poi detto che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
])
def test_null_subject_over_two_sentences(shipped, text, expected):
    """A null subject carries the subject of the sentences before, past a sentence whose verb
    comes first with its object (*Ha incontrato il ministro X*), not past one whose subject
    follows its verb (*Ha preso la parola il ministro X*)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sindaco di Milano Marco Rossi ha incontrato il sindaco di Torino. Il sindaco di Torino ha detto che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "sindaco di Torino")]),
    ("Il ministro della Salute Anna Bruni era a Roma. Il ministro dell'Economia ha detto che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "ministro dell'Economia")]),
    ("Il presidente della Regione Marco Rossi era a Roma. Il presidente del Senato ha detto che la legge passerà.",
     [("indirect", "la legge passerà", "presidente del Senato")]),
    ("Il ministro dell'Interno Luca Verdi era a Napoli. Il ministro degli Esteri ha detto che il dialogo continua.",
     [("indirect", "il dialogo continua", "ministro degli Esteri")]),
    # the same office under another name of its domain, a generic domain, an acronym: resolved
    ("Il ministro degli Esteri Luca Verdi era a Parigi. Il capo della Farnesina ha detto che il dialogo continua.",
     [("indirect", "il dialogo continua", "Luca Verdi")]),
    ("Il ministro dell'Economia Luca Verdi è intervenuto a Milano. Il responsabile del Tesoro ha assicurato che le tasse non aumenteranno.",
     [("indirect", "le tasse non aumenteranno", "Luca Verdi")]),
    ("Il leader della Lega Mario Gialli era a Pontida. Il leader del Carroccio ha detto che la battaglia continua.",
     [("indirect", "la battaglia continua", "Mario Gialli")]),
    ("Il governatore della Campania Luca Verdi era a Salerno. Il presidente della Regione ha detto che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "Luca Verdi")]),
    ("Anna Bruni, leader di Fratelli d'Italia, ha parlato a Roma. La leader di FdI ha detto che il governo durerà.",
     [("indirect", "il governo durerà", "Anna Bruni")]),
    ("Il presidente della Repubblica Sergio Blu ha ricevuto gli studenti. Il capo dello Stato ha ricordato che la scuola è un bene comune.",
     [("indirect", "la scuola è un bene comune", "Sergio Blu")]),
])
def test_title_of_another_domain(shipped, text, expected):
    """A description whose title names a domain the article never gave the person with that
    title (*il sindaco di Torino* after *il sindaco di Milano Marco Rossi*) is another office:
    it keeps its description; the same domain under a press name (*Farnesina*, *Tesoro*,
    *Carroccio*), a generic one (*della Regione*) or an acronym still resolve."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi e Luca Verdi hanno parlato a lungo. Il primo ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Marco Rossi")]),
    ("Marco Rossi e Luca Verdi hanno parlato a lungo. Il secondo ha detto che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Luca Verdi")]),
    ("Marco Rossi ha incontrato Luca Verdi. Il secondo ha spiegato che il progetto è pronto.",
     [("indirect", "il progetto è pronto", "Luca Verdi")]),
])
def test_first_and_second_of_two(shipped, text, expected):
    """*Il primo* / *il secondo* opening a sentence as its subject is one of the two people the
    sentence before named, by its place."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il comune di Bergamo ha approvato il piano. Lui ha detto che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", None)]),
    ("Il Comune ha approvato il piano. Ha detto che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Comune")]),
    ("Il ministro è intervenuto. Egli ha detto che i fondi arriveranno.",
     [("indirect", "i fondi arriveranno", "ministro")]),
])
def test_person_pronoun_never_carries_a_body(shipped, text, expected):
    """*Lui* / *lei* opening a sentence is a person: with no person before it, it does not
    carry a body's subject (a null subject still does; a title still carries)."""
    assert speech(shipped, text) == expected
