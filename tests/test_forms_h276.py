"""The speaker ranker's wrong choices: forms of Italian news written for these tests (no sentence
comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # marks after a noun of a sign or a motto: no one the sentences name wrote them
    ("La lapide dedicata a Carlo Verdi è stata danneggiata nella notte. Sul marmo qualcuno ha "
     "tracciato con la vernice la scritta \"Traditore del popolo\".",
     [("direct", "Traditore del popolo", None)]),
    ("Il pittore Marco Bellini ha inaugurato la mostra a Siena. All'ingresso un cartello con la "
     "scritta «Vietato toccare le opere» accoglie i visitatori.",
     [("direct", "Vietato toccare le opere", None)]),
    # the look-alikes: marks after a noun of words someone gave, or with a cue, keep the speaker
    ("Il sindaco Marco Bellini ha visitato la scuola. Poi la promessa: \"Qui si costruisce il futuro\".",
     [("direct", "Qui si costruisce il futuro", "Marco Bellini")]),
    ("Il sindaco Marco Bellini ha visitato la scuola. \"Qui si costruisce il futuro\", ha detto ai bambini.",
     [("direct", "Qui si costruisce il futuro", "Marco Bellini")]),
])
def test_sign_words_not_filled(shipped, text, expected):
    """The ranker does not give the words of a sign (*la scritta "…"*, *un cartello con la
    scritta «…»*) to a name of the sentences before where the rules named no one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "come si legge nella nota di X": the document's issuer, not the sentence's subject
    ("Il presidente Luigi Ferraro ha accettato, come si legge nella nota della Prefettura, un "
     "incarico \"temporaneo\" alla guida del consorzio.",
     [("mixed", "temporaneo", "Prefettura")]),
    ("Il presidente Luigi Ferraro ha accettato, come si legge nel comunicato della Regione, le "
     "dimissioni dell'assessore.",
     [("indirect", "le dimissioni dell'assessore", "Regione")]),
    # the look-alikes: a personal cue names its own subject, or the sentence's subject speaks
    ("Il presidente Luigi Ferraro ha accettato, come ha spiegato la portavoce Anna Neri, un "
     "incarico \"temporaneo\" alla guida del consorzio.",
     [("mixed", "temporaneo", "Anna Neri")]),
    ("Il presidente Luigi Ferraro ha accettato, come ha spiegato in una nota, un incarico "
     "\"temporaneo\" alla guida del consorzio.",
     [("mixed", "temporaneo", "Luigi Ferraro")]),
])
def test_document_read_kept(shipped, text, expected):
    """The ranker keeps the issuer of the document an impersonal *si legge* reads (*come si
    legge nella nota della Prefettura*), which the rules named."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a quotation inside another, its cue in the third person: someone the speaker tells of
    ("La deputata Laura Fabbri commenta così la giornata: «La prima mossa di Bruni è stata un "
     "disastro. Poi, resosi conto dell'errore, si è chiesto \"come posso rimediare?\"».",
     [("direct", "La prima mossa di Bruni è stata un disastro. Poi, resosi conto dell'errore, si è "
                 "chiesto \"come posso rimediare?\"", "Laura Fabbri"),
      ("direct", "come posso rimediare?", None)]),
    ("Il ministro Paolo Gentili ha parlato ai cronisti: «Quando gli abbiamo chiesto dove andava, "
     "continuava a sorridere e ripeteva \"non lo so\"».",
     [("direct", "Quando gli abbiamo chiesto dove andava, continuava a sorridere e ripeteva \"non lo so\"",
       "Paolo Gentili"),
      ("direct", "non lo so", None)]),
    # the look-alikes: the speaker quoting himself, in the first person or a gerund under it
    ("Il sindaco Marco Bellini ha parlato ai cittadini: «Non cederemo alle minacce. Continuo a "
     "resistere alle pressioni dicendo \"pazienza, pazienza\"».",
     [("direct", "Non cederemo alle minacce. Continuo a resistere alle pressioni dicendo \"pazienza, pazienza\"",
       "Marco Bellini"),
      ("direct", "pazienza, pazienza", "Marco Bellini")]),
    ("Il ministro Paolo Gentili ha parlato ai cronisti: «Ai colleghi ho ripetuto \"non lo so\"».",
     [("direct", "Ai colleghi ho ripetuto \"non lo so\"", "Paolo Gentili"),
      ("direct", "non lo so", "Paolo Gentili")]),
])
def test_enclosing_speaker_not_for_third_person(shipped, text, expected):
    """The ranker does not give a quotation inside another the enclosing speaker when its cue is
    a finite verb in the third person (*si è chiesto "…"*, *ripeteva "…"*)."""
    assert spoken(shipped, text) == expected
