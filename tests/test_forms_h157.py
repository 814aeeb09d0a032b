"""Relatives before an inverted cue aside, and the clause told after a verb of informing in a
simple tense: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a relative adverb before the aside opens the clause reported: it stays in the span with the aside
    ("Il viaggio è finito a Roma, dove, ha raccontato la donna, è stata accolta dai parenti.",
     [("indirect", "dove, ha raccontato la donna, è stata accolta dai parenti", "donna")]),
    # the relative hangs on the sentence's opening noun phrase: it ends before the main verb
    ("La riunione, quando, ha detto il portavoce Paolo Verdi, era già finita, è stata rinviata.",
     [("indirect", "quando, ha detto il portavoce Paolo Verdi, era già finita", "Paolo Verdi")]),
    ("Nel paese, dove, ha raccontato il sindaco Mario Rossi, è crollata la chiesa, i danni sono gravi.",
     [("indirect", "dove, ha raccontato il sindaco Mario Rossi, è crollata la chiesa", "Mario Rossi")]),
    # a relative che before the aside: the clause after the aside
    ("La frana, che, spiega il geologo Marco Gialli, si è staccata dal monte, ha travolto due auto.",
     [("indirect", "si è staccata dal monte", "Marco Gialli")]),
    # the forms around it as before: a verbless lead, a lone conjunction
    ("Il paese, ha detto il sindaco Mario Rossi, è sotto shock.",
     [("indirect", "Il paese, ha detto il sindaco Mario Rossi, è sotto shock", "Mario Rossi")]),
    ("Ma, dicono gli esperti, la crisi è finita.",
     [("indirect", "la crisi è finita", "esperti")]),
    # no comma after the relative: no aside, no cue
    ("La città dove ha vissuto il sindaco Mario Rossi è cambiata.", []),
])
def test_relative_before_inverted_aside(shipped, text, expected):
    """*…, dove, ha raccontato X, è…*: the aside is a cue inside the relative clause, its
    speaker X; a relative adverb stays in the span, *che* does not."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a simple tense after the person told: what was told (the tagger takes some of these verbs for adjectives)
    ("Il sindaco Mario Rossi ha avvertito i cittadini che le tasse aumenteranno.",
     [("indirect", "le tasse aumenteranno", "Mario Rossi")]),
    ("La direttrice Giulia Rota ha informato le famiglie che la mensa chiuderà a giugno.",
     [("indirect", "la mensa chiuderà a giugno", "Giulia Rota")]),
    ("Il questore Carlo Fabbri ha avvertito i tifosi che la polizia controllerà gli ingressi.",
     [("indirect", "la polizia controllerà gli ingressi", "Carlo Fabbri")]),
    ("Il sindaco Mario Rossi ha rassicurato i commercianti che il mercato si terrà regolarmente.",
     [("indirect", "il mercato si terrà regolarmente", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha avvisato i pendolari che i treni partiranno in ritardo.",
     [("indirect", "i treni partiranno in ritardo", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha avvisato i residenti che il Comune li sgombera.",
     [("indirect", "il Comune li sgombera", "Mario Rossi")]),
    # a transitive verb with no object of its own: an object relative on the person told
    ("Il sindaco Mario Rossi ha avvisato i residenti che il Comune sgombera.", []),
    ("Il presidente Paolo Verdi ha informato i clienti che la banca segue da anni.", []),
    ("Il prefetto Anna Neri ha avvisato i residenti che il Comune ha sgomberato.", []),
    # a subject relative on the person told
    ("Il sindaco Mario Rossi ha avvisato i residenti che vivono vicino al fiume.", []),
])
def test_told_clause_simple_tense(shipped, text, expected):
    """*ha avvertito i cittadini che le tasse aumenteranno*: a che-clause in a simple tense
    whose verb has its own object or none to take is what was told; a transitive verb with
    nothing after it leaves the object gap of a relative."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # su + a noun phrase after the person told: what the told was about
    ("Il presidente Paolo Verdi ha informato il Parlamento sull'andamento dei negoziati.",
     [("indirect", "sull'andamento dei negoziati", "Paolo Verdi")]),
    ("Il preside Luca Bianchi ha rassicurato i genitori sulla sicurezza della scuola.",
     [("indirect", "sulla sicurezza della scuola", "Luca Bianchi")]),
    # di + a noun phrase after a clitic, a name or a comma
    ("Il sindaco Mario Rossi li ha informati dell'arrivo del maltempo.",
     [("indirect", "dell'arrivo del maltempo", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha avvertito la popolazione, del rischio di esondazione del fiume.",
     [("indirect", "del rischio di esondazione del fiume", "Mario Rossi")]),
    # di after a common noun is the noun's own complement; di + a name, a bare adverbial, a passive: nothing told
    ("Il sindaco Mario Rossi ha informato i familiari della vittima.", []),
    ("Il sindaco Mario Rossi ha avvisato i carabinieri di Milano.", []),
    ("Il governo ha protestato informando di fatto gli alleati americani.", []),
    ("Il sindaco Mario Rossi è stato informato dell'incidente.", []),
    # the reflexive informarsi di: to ask about it
    ("Il sindaco Mario Rossi si è informato dei costi dell'opera.", []),
])
def test_told_topic_after_person_told(shipped, text, expected):
    """*ha informato il Parlamento sull'andamento dei negoziati*: after a verb of informing and
    the person told, *su*/*di* + a noun phrase is what was told about; *di* after a common noun
    is that noun's complement."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the plural object clitic li (the persons told) is no part of the subject before it
    ("Il portavoce li ha rassicurati che la riforma è pronta.",
     [("indirect", "la riforma è pronta", "portavoce")]),
    ("Il ministro li ha avvertiti di non partire.",
     [("indirect", "di non partire", "ministro")]),
    # the surname Li is a name
    ("Il premier cinese Li Keqiang ha detto che la crescita continuerà.",
     [("indirect", "la crescita continuerà", "Li Keqiang")]),
])
def test_plural_clitic_of_persons_told(shipped, text, expected):
    """*Il portavoce **li** ha rassicurati che…*: the clitic of the persons told stands between
    the subject and the verb, outside the speaker's description."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # secondo X inside a relative on the sentence's opening noun phrase: to the comma before the main verb
    ("La nave, che, secondo la Guardia costiera, trasportava cento persone, è affondata.",
     [("indirect", "trasportava cento persone", "Guardia costiera")]),
    ("La città, dove, secondo i testimoni, si sono sentiti gli spari, è rimasta al buio.",
     [("indirect", "dove, secondo i testimoni, si sono sentiti gli spari", "testimoni")]),
    # no relative: the clause around the marker, as before
    ("Il ponte, secondo il sindaco Mario Rossi, è chiuso, ma i camion passano.",
     [("indirect", "Il ponte, secondo il sindaco Mario Rossi, è chiuso", "Mario Rossi")]),
])
def test_source_aside_inside_opening_relative(shipped, text, expected):
    """A relative on the sentence's opening noun phrase with *secondo X* set off inside it ends
    at the comma before the main clause's verb, as an inverted cue's does."""
    assert spoken(shipped, text) == expected
