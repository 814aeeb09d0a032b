"""A verb of saying set off by commas inside the clause it reports, its subject after it: forms
of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the clause's own subject before the aside is no subject of the verb of saying, however the
    # parse attaches it (a rule, a thing: "contratto", "legge", "incidente")
    ("Il contratto, ha precisato l'avvocato della società, non è mai stato firmato.",
     [("indirect", "Il contratto, ha precisato l'avvocato della società, non è mai stato firmato",
       "avvocato della società")]),
    ("La legge, ha ricordato il presidente della Regione, prevede sanzioni severe.",
     [("indirect", "La legge, ha ricordato il presidente della Regione, prevede sanzioni severe",
       "presidente della Regione")]),
    ("L'accordo, ha spiegato la ministra Giulia Serra, sarà firmato domani.",
     [("indirect", "L'accordo, ha spiegato la ministra Giulia Serra, sarà firmato domani", "Giulia Serra")]),
    ("Il regolamento, ha detto Luca Neri, cambierà entro l'anno.",
     [("indirect", "Il regolamento, ha detto Luca Neri, cambierà entro l'anno", "Luca Neri")]),
    # a present tense, a plural
    ("Il ponte, dicono i tecnici del Comune, è sicuro.",
     [("indirect", "Il ponte, dicono i tecnici del Comune, è sicuro", "tecnici del Comune")]),
])
def test_aside_subject_after_verb(shipped, text, expected):
    """*X, ha spiegato Y, Z*: the whole clause is reported, Y speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an a-phrase after the aside's subject: a setting or the one addressed; the subject ends before it
    ("La nave, hanno riferito i testimoni a bordo, è affondata in pochi minuti.",
     [("indirect", "La nave, hanno riferito i testimoni a bordo, è affondata in pochi minuti", "testimoni")]),
    ("Il problema, ha spiegato il ministro ai cittadini, è la mancanza di fondi.",
     [("indirect", "Il problema, ha spiegato il ministro ai cittadini, è la mancanza di fondi", "ministro")]),
    # no clause after it: the noun before the a-phrase is the object, nothing reported around it
    ("La società, in una breve cerimonia, ha confermato Paolo Gatti alla presidenza.", []),
    # a setting after the subject, not the clause's subject: the verb is the main one, its object a name
    ("Il consiglio, in una breve seduta, ha confermato Paolo Gatti alla presidenza, nonostante le proteste che hanno diviso i soci.", []),
])
def test_aside_subject_with_a_phrase(shipped, text, expected):
    """*X, ha detto Y a Z, W*: Y speaks, the clause around is what was said."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # no comma before the verb: an object, not an aside
    ("Il ministro ha spiegato il problema ai cittadini.",
     [("indirect", "il problema ai cittadini", "ministro")]),
    # a relative clause between the commas, the verb the main clause's
    ("Il presidente, che ha parlato ieri, ha detto il vero.", []),
    # a list of names
    ("Mario Rossi, Luca Bianchi, Anna Verdi, hanno firmato l'appello.", []),
    # a verb of saying in the first or second person: the writer's or the addressee's words
    ("Il sindaco, ho detto ai giornalisti, non si è presentato.", []),
    ("Il ministro, hai detto tu, non verrà.", []),
])
def test_aside_look_alikes(shipped, text, expected):
    """Forms that look like an aside and are not one."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a definite description that is no title after the aside's verb is its subject: the
    # verb's object is the clause around it
    ("Il sindaco, ha detto il cronista, non si è presentato.",
     [("indirect", "Il sindaco, ha detto il cronista, non si è presentato", "cronista")]),
    ("Il prezzo, hanno denunciato i consumatori, è aumentato del venti per cento.",
     [("indirect", "Il prezzo, hanno denunciato i consumatori, è aumentato del venti per cento", "consumatori")]),
    # a noun after its article the tagger may read as a verb ("capitano")
    ("Il traghetto, ha raccontato il capitano, era partito in ritardo.",
     [("indirect", "Il traghetto, ha raccontato il capitano, era partito in ritardo", "capitano")]),
])
def test_aside_described_subject(shipped, text, expected):
    """*X, ha detto il cronista, Y*: a described subject in the aside speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a finite modal or aspectual before the infinitive of saying
    ("Il piano, ha tenuto a precisare il ministro, partirà a settembre.",
     [("indirect", "Il piano, ha tenuto a precisare il ministro, partirà a settembre", "ministro")]),
    ("Il piano, ha voluto sottolineare la sindaca Anna Verdi, non costerà nulla ai cittadini.",
     [("indirect", "Il piano, ha voluto sottolineare la sindaca Anna Verdi, non costerà nulla ai cittadini", "Anna Verdi")]),
    # no aside: the object of the infinitive
    ("Il ministro ha voluto sottolineare il valore del piano.",
     [("indirect", "il valore del piano", "ministro")]),
])
def test_aside_modal_infinitive(shipped, text, expected):
    """*X, ha voluto sottolineare Y, Z*: the aside's verb group may end in an infinitive."""
    assert spoken(shipped, text) == expected
