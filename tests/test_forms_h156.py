"""Adverbs and adverbial phrases between a cue and its content: forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

import kit

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a phrase of several words after the cue, before an object: the content starts after it
    ("La senatrice Giulia Ferri ha ribadito ancora una volta il suo sostegno ai lavoratori.",
     [("indirect", "il suo sostegno ai lavoratori", "Giulia Ferri")]),
    ("L'assessore Piero Galli ha contestato di nuovo la scelta della Provincia.",
     [("indirect", "la scelta della Provincia", "Piero Galli")]),
    ("L'assessore Piero Galli ha contestato a più riprese la scelta della Provincia.",
     [("indirect", "la scelta della Provincia", "Piero Galli")]),
    ("La sindaca Elena Conti ha chiesto per la prima volta le dimissioni del questore.",
     [("indirect", "le dimissioni del questore", "Elena Conti")]),
    # before che
    ("Il deputato Franco Serra ha detto per l'ennesima volta che la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Franco Serra")]),
    ("Il deputato Franco Serra ha spiegato tra l'altro che la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Franco Serra")]),
    ("Il deputato Franco Serra ha sostenuto ancora una volta che la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Franco Serra")]),
    ("Il deputato Franco Serra ha detto da parte sua che la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Franco Serra")]),
    # before di + infinitive
    ("La sindaca Elena Conti ha ribadito ancora una volta di non volersi ricandidare.",
     [("indirect", "di non volersi ricandidare", "Elena Conti")]),
    # a gerund of saying
    ("Il segretario Paolo Riva, ribadendo di nuovo la sua contrarietà, ha lasciato la riunione.",
     [("indirect", "la sua contrarietà", "Paolo Riva")]),
    # inverted: the cue, the phrase, then its subject and the che-clause
    ("Ha ripetuto ancora una volta il segretario Paolo Riva che il congresso si terrà a giugno.",
     [("indirect", "il congresso si terrà a giugno", "Paolo Riva")]),
])
def test_adverbial_phrase_after_cue(shipped, text, expected):
    """An adverbial phrase (*ancora una volta*, *di nuovo*, *tra l'altro*, *per l'ennesima volta*)
    between a cue and its content is skipped like an adverb: the content never starts inside it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun phrase of time made an adverbial by its adjective: when, not what
    ("Il governatore Sergio Longo ha annunciato la settimana scorsa il taglio dei ticket.",
     [("indirect", "il taglio dei ticket", "Sergio Longo")]),
    ("Il governatore Sergio Longo ha annunciato lo scorso anno il taglio dei ticket.",
     [("indirect", "il taglio dei ticket", "Sergio Longo")]),
    ("Il governatore Sergio Longo ha confermato la settimana scorsa che i ticket saranno tagliati.",
     [("indirect", "i ticket saranno tagliati", "Sergio Longo")]),
    # a bare day, with its part or before an article
    ("Il governatore Sergio Longo ha annunciato giovedì sera il taglio dei ticket.",
     [("indirect", "il taglio dei ticket", "Sergio Longo")]),
    ("Il governatore Sergio Longo ha annunciato giovedì il taglio dei ticket.",
     [("indirect", "il taglio dei ticket", "Sergio Longo")]),
    # a time that is the thing announced stays in the content
    ("Il governatore Sergio Longo ha annunciato la prossima riunione della giunta.",
     [("indirect", "la prossima riunione della giunta", "Sergio Longo")]),
    ("Il governatore Sergio Longo ha annunciato la settimana corta per gli uffici regionali.",
     [("indirect", "la settimana corta per gli uffici regionali", "Sergio Longo")]),
    ("Il governatore Sergio Longo ha annunciato la prossima settimana della cultura.",
     [("indirect", "la prossima settimana della cultura", "Sergio Longo")]),
])
def test_time_phrase_after_cue(shipped, text, expected):
    """*la settimana scorsa*, *lo scorso anno*, *giovedì sera* after a cue are a time, not its
    object; a time noun with no adjective of time, or with a *di* phrase, is the object."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    "Il portavoce Mario Galli ha detto così.",
    "Il portavoce Mario Galli ha risposto di sì alla proposta dei sindacati.",
    "Il portavoce Mario Galli ha detto basta alle polemiche.",
    "Lo ha ribadito ancora una volta il portavoce Mario Galli.",
])
def test_no_content_after_adverb(shipped, text):
    """An adverb or a word of assent standing for the content, or a cue whose content is a clitic
    (*lo ha ribadito ancora una volta X*), gives no reported quotation."""
    assert spoken(shipped, text) == []


def test_comma_aside_then_adverb_before_colon(shipped):
    """After an adverbial phrase set off by commas (*, tra l'altro,*) a further adverb before a
    colon and quotation is skipped too: the quotation is the words, no indirect *anche*."""
    text = "Nel libro appena uscito, l'ex ct Marco Pini afferma, tra l'altro, anche: «Non ho rimpianti»."
    assert spoken(shipped, text) == [("direct", "Non ho rimpianti", "Marco Pini")]


def test_about_after_adverbial_phrase(shipped):
    """The content after *ancora una volta* keeps the entity it names as its about."""
    doc = kit.analyze("Il ministro Carlo Fanti ha criticato ancora una volta la Regione Puglia.", shipped)
    recs = [r for r in doc._.kit_quote_records if r["kind"] == "indirect"]
    assert [(r["text"], r["speaker"]) for r in recs] == [("la Regione Puglia", "Carlo Fanti")]
    assert recs[0]["about"] == ["Regione Puglia"]


@pytest.mark.parametrize("text,expected", [
    # an adverbial phrase between the auxiliary and the participle of the cue
    ("Il rettore Bruno Sala ha ancora una volta ribadito che l'ateneo resterà aperto.",
     [("indirect", "l'ateneo resterà aperto", "Bruno Sala")]),
    ("Il rettore Bruno Sala, che ha ancora una volta difeso la riforma, ha lasciato la sala.",
     [("indirect", "la riforma", "Bruno Sala")]),
    ("Il rettore Bruno Sala ha di nuovo chiesto un incontro al ministro.",
     [("indirect", "un incontro al ministro", "Bruno Sala")]),
])
def test_adverbial_phrase_inside_verb_group(shipped, text, expected):
    """*ha **ancora una volta** ribadito*: the auxiliary before an adverbial phrase belongs to the
    cue, as before a single adverb (*ha poi ribadito*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after the person addressed
    ("La ministra Carla Vitale ha detto ai cronisti ancora una volta che il decreto sarà ritirato.",
     [("indirect", "il decreto sarà ritirato", "Carla Vitale")]),
    ("La ministra Carla Vitale ha chiesto alle regioni per l'ennesima volta di ridurre la spesa.",
     [("indirect", "di ridurre la spesa", "Carla Vitale")]),
    # a phrase whose first word is an adverb on its own too: the longest reading
    ("La ministra Carla Vitale ha ripetuto più e più volte che il decreto sarà ritirato.",
     [("indirect", "il decreto sarà ritirato", "Carla Vitale")]),
])
def test_adverbial_phrase_after_addressee(shipped, text, expected):
    """An adverbial phrase after the person addressed (*ha detto ai cronisti ancora una volta
    che…*) is skipped before the clause; the longest phrase is read (*più e più volte*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a counted time closed by an ago word
    ("Il prefetto Dario Marini ha chiesto tre giorni fa la chiusura del mercato.",
     [("indirect", "la chiusura del mercato", "Dario Marini")]),
    ("Il prefetto Dario Marini ha annunciato un mese fa che il mercato chiuderà.",
     [("indirect", "il mercato chiuderà", "Dario Marini")]),
    # the same evening, the day before yesterday
    ("Il prefetto Dario Marini ha annunciato la sera stessa la chiusura del mercato.",
     [("indirect", "la chiusura del mercato", "Dario Marini")]),
    ("Il prefetto Dario Marini ha annunciato l'altro ieri la chiusura del mercato.",
     [("indirect", "la chiusura del mercato", "Dario Marini")]),
    # a counted time with no ago word is the thing asked for or announced
    ("Il prefetto Dario Marini ha chiesto un anno di tempo per la bonifica.",
     [("indirect", "un anno di tempo per la bonifica", "Dario Marini")]),
    ("Il prefetto Dario Marini ha annunciato lo stesso piano della giunta.",
     [("indirect", "lo stesso piano della giunta", "Dario Marini")]),
])
def test_counted_time_after_cue(shipped, text, expected):
    """*tre giorni fa*, *un mese fa*, *la sera stessa*, *l'altro ieri* after a cue are when; a
    count with no *fa* (*un anno di tempo*) or *stesso* with no time noun is the content."""
    assert spoken(shipped, text) == expected
