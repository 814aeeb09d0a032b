"""Where a source ends and its content begins with no comma, and a content clause with no *che*
after a verb of saying: forms of Italian news written for these tests (no sentence comes from a
gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a quantifier or a number right after the source's noun opens the content
    ("Secondo il prefetto tutte le scuole resteranno chiuse fino a lunedì.",
     [("indirect", "tutte le scuole resteranno chiuse fino a lunedì", "prefetto")]),
    ("Secondo la difesa parte delle prove sarebbe stata raccolta senza autorizzazione.",
     [("indirect", "parte delle prove sarebbe stata raccolta senza autorizzazione", "difesa")]),
    ("Secondo gli ispettori alcune aziende hanno evaso i contributi.",
     [("indirect", "alcune aziende hanno evaso i contributi", "ispettori")]),
    ("Secondo l'assessore nessuno dovrà pagare la nuova tassa.",
     [("indirect", "nessuno dovrà pagare la nuova tassa", "assessore")]),
    ("Secondo i soccorritori circa quaranta famiglie hanno lasciato le case.",
     [("indirect", "circa quaranta famiglie hanno lasciato le case", "soccorritori")]),
    ("A detta dei tecnici ogni ponte della provincia va controllato.",
     [("indirect", "ogni ponte della provincia va controllato", "tecnici")]),
    ("Stando ai medici quasi tutti i feriti sono fuori pericolo.",
     [("indirect", "quasi tutti i feriti sono fuori pericolo", "medici")]),
    ("Per il rettore tutti gli studenti devono poter seguire le lezioni.",
     [("indirect", "tutti gli studenti devono poter seguire le lezioni", "rettore")]),
    # an infinitive subject opens the content too
    ("Secondo il pediatra dormire poco danneggia la crescita.",
     [("indirect", "dormire poco danneggia la crescita", "pediatra")]),
    # the noun's own complement and a title's name stay in the source
    ("Secondo il portavoce dei pompieri molte strade sono ancora allagate.",
     [("indirect", "molte strade sono ancora allagate", "portavoce dei pompieri")]),
    ("Secondo il questore Paolo Neri tutti gli indagati erano armati.",
     [("indirect", "tutti gli indagati erano armati", "Paolo Neri")]),
])
def test_quantifier_opens_content_after_source(shipped, text, expected):
    """*Secondo il X tutti…*: a quantifier, an approximator or a number after the source's noun
    is the content's subject, not a word of the source."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a person's name after a body or a group, then a finite verb: the content's subject
    ("Secondo la questura Marco Galli aveva un complice.",
     [("indirect", "Marco Galli aveva un complice", "questura")]),
    ("Secondo i vigili Luca Sarti guidava senza patente.",
     [("indirect", "Luca Sarti guidava senza patente", "vigili")]),
    # after the organisation that is the whole source, too
    ("Secondo la Fiom Carlo Sarti ha firmato un accordo sbagliato.",
     [("indirect", "Carlo Sarti ha firmato un accordo sbagliato", "Fiom")]),
    # after a title the name is the source's, also after a body that qualifies the title
    ("Secondo il senatore Marco Galli la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Marco Galli")]),
    ("Secondo il direttore della Fiat Marco Galli sarà un anno difficile.",
     [("indirect", "sarà un anno difficile", "Marco Galli")]),
])
def test_name_after_body_opens_content(shipped, text, expected):
    """*Secondo la polizia Rossi era armato*: no body has a personal name in apposition."""
    assert spoken(shipped, text) == expected


def test_a_phrase_of_adjective_stays_in_source(shipped):
    """*fonti vicine al governo*: the adjective's *a*-phrase belongs to the source, with or
    without a comma after it."""
    assert spoken(shipped, "Secondo fonti vicine alla società molte filiali chiuderanno.") == \
        [("indirect", "molte filiali chiuderanno", None)]


@pytest.mark.parametrize("text,expected", [
    # a noun phrase and a finite verb agreeing with it after the cue: the content, no "che"
    ("Il direttore Marco Galli ha detto la fabbrica riaprirà a settembre.",
     [("indirect", "la fabbrica riaprirà a settembre", "Marco Galli")]),
    ("Gli organizzatori hanno detto il concerto si farà comunque.",
     [("indirect", "il concerto si farà comunque", "organizzatori")]),
    ("Il comandante Luca Sarti ha detto tre agenti sono rimasti feriti.",
     [("indirect", "tre agenti sono rimasti feriti", "Luca Sarti")]),
    ("Il comandante Luca Sarti ha detto ai cronisti l'indagine durerà mesi.",
     [("indirect", "l'indagine durerà mesi", "Luca Sarti")]),
])
def test_clause_without_che_after_verb_of_saying(shipped, text, expected):
    """*ha detto il governo non cambierà la legge* (translated news): a clause with its own
    subject right after the verb of saying is what was said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "Il sindaco Marco Galli ha detto addio alla politica dopo trent'anni.",
    "La presidente Anna Riva ha detto grazie ai volontari che hanno lavorato tutta la notte.",
    "Il vescovo ha detto messa nella chiesa che era stata restaurata.",
    "L'allenatore ha detto poche parole ai giocatori che avevano perso.",
])
def test_no_clause_after_verb_of_saying(shipped, text):
    """An object of *dire* that is no clause (*dire addio*, *dire messa*, a relative after the
    noun) reports nothing."""
    assert spoken(shipped, text) == []


def test_postposed_subject_stays_the_speaker(shipped):
    """*«…», ha detto X*: the noun phrase after the cue is its subject, not a content clause."""
    text = "«Non ci fermeremo», ha detto il ministro Carlo Ferri ai giornalisti."
    assert spoken(shipped, text) == [("direct", "Non ci fermeremo", "Carlo Ferri")]


def test_about_of_clause_without_che(shipped):
    """The entities of the che-less content are its *about*."""
    doc = kit.analyze("Il ministro Carlo Ferri ha detto l'Italia non lascerà la Nato.", shipped)
    quotes = [q for q in doc._.kit_quotes if q.kind != "other"]
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("indirect", "l'Italia non lascerà la Nato", "Carlo Ferri")]
    assert sorted(quotes[0].about) == ["Italia", "Nato"]
