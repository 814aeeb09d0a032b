"""Cues set off by dashes: the minus sign typed for a dash (*«…» − ha detto X − «…»*), and (below)
asides between dashes in a clause without quote marks. Forms of Italian news and political prose
written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a quotation interrupted by its cue between minus signs: two spans, as with en dashes
    ("«Rivedremo subito i trattati − ha aggiunto Carlo Bianchi − per dare un segnale ai cittadini».",
     [("direct", "Rivedremo subito i trattati", "Carlo Bianchi"),
      ("direct", "per dare un segnale ai cittadini", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi è intervenuto a Bari. «Credo di poter dire − ha affermato − che la crisi è finita».",
     [("direct", "Credo di poter dire", "Carlo Bianchi"),
      ("direct", "che la crisi è finita", "Carlo Bianchi")]),
    # a minus sign and an en dash around the same cue
    ("«Il porto – ha proseguito Anna Neri − riaprirà entro l'estate».",
     [("direct", "Il porto", "Anna Neri"), ("direct", "riaprirà entro l'estate", "Anna Neri")]),
    # the cue between minus signs in a clause without marks: the clause around it is reported
    ("La riforma − ha aggiunto Carlo Bianchi − sarà approvata entro l'estate.",
     [("indirect", "La riforma − ha aggiunto Carlo Bianchi − sarà approvata entro l'estate", "Carlo Bianchi")]),
    # look-alikes: a minus sign between numbers inside the marks is no interruption
    ("«Il saldo è sceso a 10 − 4 punti», ha detto Anna Neri.",
     [("direct", "Il saldo è sceso a 10 − 4 punti", "Anna Neri")]),
])
def test_minus_sign_as_a_dash(shipped, text, expected):
    """The minus sign (U+2212) typed for a dash sets a cue off as the en dash does: a quotation
    interrupted by *− ha detto X −* is two spans with X as speaker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause opened by "se" between dashes is a condition, not the quotation's cue
    ("Il ministro Carlo Bianchi ha parlato. «Spero che la fiducia che il Senato – se crederà – vorrà darmi sia ampia».",
     [("direct", "Spero che la fiducia che il Senato – se crederà – vorrà darmi sia ampia", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato. «Spero che la fiducia che il Senato − se crederà − vorrà darmi sia ampia».",
     [("direct", "Spero che la fiducia che il Senato − se crederà − vorrà darmi sia ampia", "Carlo Bianchi")]),
    # the look-alike: a cue between dashes still cuts it
    ("Il ministro Carlo Bianchi ha parlato. «Spero – ha detto – che la fiducia sia ampia».",
     [("direct", "Spero", "Carlo Bianchi"), ("direct", "che la fiducia sia ampia", "Carlo Bianchi")]),
])
def test_a_condition_between_dashes_is_no_cue(shipped, text, expected):
    """*– se crederà –* inside the marks: a verb of belief after a subordinating conjunction is
    the quotation's own clause, not an interruption by its cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb after the verb of the cue inside the marks: the description or the null subject
    # after it still names the speaker
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto ancora il ministro – sarà approvata».",
     [("direct", "La riforma", "Carlo Bianchi"), ("direct", "sarà approvata", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto infatti – sarà approvata».",
     [("direct", "La riforma", "Carlo Bianchi"), ("direct", "sarà approvata", "Carlo Bianchi")]),
    # the look-alike: an indefinite speaker after the adverb is no one the article named
    ("Il ministro Carlo Bianchi ha parlato al Consiglio. «La riforma – ha detto poi uno dei consiglieri – sarà approvata».",
     [("direct", "La riforma", None), ("direct", "sarà approvata", None)]),
])
def test_adverb_after_a_cue_between_dashes(shipped, text, expected):
    """*– ha detto ancora il ministro –*, *– ha detto infatti –*: the cue's adverb is skipped
    before the description or the dash that closes the aside."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cue between dashes with no subject after it: the subject of the sentence before speaks
    ("Il ministro Carlo Bianchi è intervenuto a Bari. Questa conferenza – ha aggiunto – si trova ancora in una fase arretrata.",
     [("indirect", "Questa conferenza – ha aggiunto – si trova ancora in una fase arretrata", "Carlo Bianchi")]),
    # a clause with its verb before the aside: the whole clause is reported, the aside inside it
    ("Ho accettato – ha detto Carlo Bianchi – per senso del dovere e non per ambizione.",
     [("indirect", "Ho accettato – ha detto Carlo Bianchi – per senso del dovere e non per ambizione", "Carlo Bianchi")]),
    ("È inammissibile – ha sottolineato Carlo Bianchi – che i governi se ne occupino una terza volta.",
     [("indirect", "È inammissibile – ha sottolineato Carlo Bianchi – che i governi se ne occupino una terza volta",
       "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi è intervenuto a Bari. È innegabile – ha aggiunto – che questa assenza pone problemi al partito.",
     [("indirect", "È innegabile – ha aggiunto – che questa assenza pone problemi al partito", "Carlo Bianchi")]),
    ("Il treno è partito alle otto – hanno raccontato i testimoni – e si è fermato dopo un'ora.",
     [("indirect", "Il treno è partito alle otto – hanno raccontato i testimoni – e si è fermato dopo un'ora", "testimoni")]),
    # the aside in the clause after "e": that clause only
    ("Si aprivano i negoziati con il Cile e attualmente – ha ricordato Carlo Bianchi – anche il Perù ha mostrato interesse.",
     [("indirect", "attualmente – ha ricordato Carlo Bianchi – anche il Perù ha mostrato interesse", "Carlo Bianchi")]),
    # after an editor's heading in square brackets: the clause after it
    ("[Al Consiglio della Cee] Abbiamo deciso di partecipare − ha detto Carlo Bianchi − per l'utilità del dialogo.",
     [("indirect", "Abbiamo deciso di partecipare − ha detto Carlo Bianchi − per l'utilità del dialogo", "Carlo Bianchi")]),
    # a lone conjunction before the aside: the clause after it, as between commas
    ("Ma – ha detto Carlo Bianchi – abbiamo anche il diritto di chiedere aiuto.",
     [("indirect", "abbiamo anche il diritto di chiedere aiuto", "Carlo Bianchi")]),
    ("Ma, ha detto Carlo Bianchi, abbiamo anche il diritto di chiedere aiuto.",
     [("indirect", "abbiamo anche il diritto di chiedere aiuto", "Carlo Bianchi")]),
    # look-alikes: a relative right before the dash (the cue inside the clause it opens), an
    # aside that is no cue, a bracket closed inside the clause, a quotation left open before
    ("Il ministro Carlo Bianchi ha visitato il Comitato che – ha detto – sarà un elemento di stimolo.", []),
    ("La squadra vinse il campionato nel 1990 – anno in cui il presidente morì – e retrocesse l'anno dopo.", []),
    ("Le richieste della risoluzione (data in cui venne approvato il documento), per quel che ci riguarda – ha detto "
     "Carlo Bianchi – verranno considerate.", []),
    ("Il ministro Carlo Bianchi ha parlato. «La riforma – ha detto – è pronta. La legge si farà – ha aggiunto – con voi.", []),
])
def test_aside_between_dashes_in_a_clause_without_marks(shipped, text, expected):
    """A cue set off by dashes inside a clause without quote marks reports the clause around it,
    the aside inside the span: with no subject of its own (*– ha aggiunto –*), after a lead with
    its own verb (*Ho accettato – ha detto X – per…*), after a lone conjunction (the clause after
    it); not after a relative, inside an open quotation, nor for an aside that is no cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a capitalised verb of saying opens the sentence, its subject null, its che / di right after
    # (adverbs and commas between): the tagger reads it as a name or a noun
    ("Il ministro Carlo Bianchi ha parlato. Propone che si rinvii la seduta a domani.",
     [("indirect", "si rinvii la seduta a domani", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato. Ritiene che il governo debba presentare una legge.",
     [("indirect", "il governo debba presentare una legge", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato. Ammette tuttavia che i timori sono fondati.",
     [("indirect", "i timori sono fondati", "Carlo Bianchi")]),
    ("Il ministro Carlo Bianchi ha parlato. Propone, comunque, che, se lo sciopero finirà, si voti una legge.",
     [("indirect", "se lo sciopero finirà, si voti una legge", "Carlo Bianchi")]),
    # look-alikes: a participle, a subjunctive that is a noun, a noun naming words
    ("Detto che il governo cadrà, il ministro è partito per Roma.", []),
    ("Il ministro ha illustrato il tema del lavoro. Tema che sul piano economico ha già dato frutti.", []),
    ("Domanda che tutti si fanno: chi pagherà il conto?", []),
])
def test_opening_verb_with_a_null_subject(shipped, text, expected):
    """*Propone che…*, *Ammette tuttavia che…*: a capitalised finite verb of saying that opens the
    sentence with its che-clause or di + infinitive right after it is the cue, its subject
    carried from the sentence before; not a participle (*Detto che…*), a subjunctive read as a
    noun (*Tema che…*) nor a noun naming words."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # marked words in a clause a cue between dashes interrupts: the name after the verb speaks,
    # not the subject of the clause
    ("Il processo di pace – ha detto Carlo Bianchi – è considerato dall'Italia «irreversibile».",
     [("mixed", "irreversibile", "Carlo Bianchi")]),
    ("Il processo di pace, ha detto Carlo Bianchi, è considerato dall'Italia «irreversibile».",
     [("mixed", "irreversibile", "Carlo Bianchi")]),
    # the look-alike: a verb that wants an object between dashes is no cue
    ("Il processo di pace – ha incontrato Carlo Bianchi – è considerato «irreversibile».", []),
])
def test_name_after_a_cue_between_dashes_speaks(shipped, text, expected):
    """*Il processo – ha detto X – è «irreversibile»*: the subject after a finite cue set off by
    dashes speaks, as after one set off by commas."""
    assert spoken(shipped, text) == expected
