"""Speakers of found quotations: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    ("Marco Bellini e Anna Neri sono stati condannati. I due hanno dichiarato che faranno ricorso in appello.",
     [("indirect", "faranno ricorso in appello", "Marco Bellini e Anna Neri")]),
    ("Marco Bellini e Anna Neri sono stati condannati. I due, che continuano a dichiararsi innocenti, faranno ricorso.",
     [("indirect", "innocenti", "Marco Bellini e Anna Neri")]),
    ("Marco Bellini e Anna Neri sono stati condannati ieri a Roma. Secondo i due, il processo è stato ingiusto.",
     [("indirect", "il processo è stato ingiusto", "Marco Bellini e Anna Neri")]),
    ("Marco Bellini, Anna Neri e Luca Verdi sono stati arrestati. I tre hanno detto di essere innocenti.",
     [("indirect", "di essere innocenti", "Marco Bellini, Anna Neri e Luca Verdi")]),
    # a number that is no group of people: an hour
    ("Marco Bellini e Anna Neri sono stati condannati. Alle due il sindaco Luca Verdi ha dichiarato che "
     "la sentenza è giusta.",
     [("indirect", "la sentenza è giusta", "Luca Verdi")]),
])
def test_bare_number_heads_a_group(shipped, text, expected):
    """*I due hanno dichiarato*, *secondo i due*, *I due, che…*: a number after a plural article
    with no noun is the group of the people named last, that many of them."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il voto non è stato unanime. Lo ha detto il presidente della giuria Marco Bellini, il quale, quando gli "
     "è stato chiesto un commento, ha dichiarato che il suo voto era andato a un altro film.",
     ("il suo voto era andato a un altro film", "Marco Bellini")),
    ("Ha parlato anche la sindaca Anna Neri, che, dopo che la giunta si era riunita, ha annunciato che "
     "la strada riaprirà lunedì.",
     ("la strada riaprirà lunedì", "Anna Neri")),
    ("Il presidente Marco Bellini ha parlato con Luca Verdi, il quale, se il governo cadrà, ha detto che si candiderà.",
     ("si candiderà", "Luca Verdi")),
])
def test_relative_over_adverbial_clause(shipped, text, expected):
    """*X, il quale, quando gli è stato chiesto…, ha dichiarato*: an adverbial clause set off by
    commas between the relative pronoun and its cue is an aside, verbs and all."""
    assert expected in [(q[1], q[2]) for q in spoken(shipped, text)]


@pytest.mark.parametrize("text,expected", [
    ("La scelta non è stata condivisa dallo stesso presidente della giuria, il quale, quando gli è stato "
     "chiesto un parere, ha dichiarato che il suo voto era andato ad un altro film.",
     ("il suo voto era andato ad un altro film", "presidente della giuria")),
])
def test_relative_after_modified_title(shipped, text, expected):
    """*dallo stesso presidente della giuria, il quale…*: the title after *stesso* is the antecedent."""
    assert expected in [(q[1], q[2]) for q in spoken(shipped, text)]



@pytest.mark.parametrize("text,expected", [
    # a noun of either gender in -a after an elided article: the man named before
    ("Il velocista Marco Bellini ha vinto i cento metri. L'atleta ha dichiarato che la pista era veloce.",
     [("indirect", "la pista era veloce", "Marco Bellini")]),
    ("L'economista Mario Rossi ha presentato il rapporto. L'economista ha spiegato che il debito salirà ancora.",
     [("indirect", "il debito salirà ancora", "Mario Rossi")]),
    # an adjective that agrees says the gender: the woman, not the man named after her
    ("La velocista Giulia Bianchi ha battuto Marco Bellini nei cento metri. "
     "L'atleta romana ha dichiarato che la pista era veloce.",
     [("indirect", "la pista era veloce", "Giulia Bianchi")]),
])
def test_common_gender_noun_after_elided_article(shipped, text, expected):
    """*L'atleta*, *l'economista*: the elided article hides the gender, which only an adjective shows."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La partita è finita in parità. «Siamo stati sfortunati nel secondo tempo e lo sappiamo bene», "
     "ci ha detto l'allenatore Marco Bellini.",
     [("direct", "Siamo stati sfortunati nel secondo tempo e lo sappiamo bene", "Marco Bellini")]),
    ("«Non so quando tornerò a casa e non so se potrò farlo», le ha risposto il marito Luca Neri.",
     [("direct", "Non so quando tornerò a casa e non so se potrò farlo", "Luca Neri")]),
    ("Il pilota è stato operato. «Sta meglio» – ci dice il medico Anna Rossi – «ma deve restare in ospedale».",
     [("direct", "Sta meglio", "Anna Rossi"), ("direct", "ma deve restare in ospedale", "Anna Rossi")]),
])
def test_addressee_clitic_before_postposed_cue(shipped, text, expected):
    """*«…», ci ha detto X*, *«…», le ha risposto X*: the clitic of whom the cue is addressed to
    stands between the closing mark and the quotation's own cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # a title in marks, a parenthetical cue about the clause around it
    "Il film «La grande bellezza», ci ricorda il critico Marco Rossi, ha vinto l'Oscar nel 2014.",
    # a full stop, not a comma, before the clitic: a new sentence, not the quotation's cue
    "«Il ponte va chiuso». Ci ha detto di no il sindaco Marco Rossi.",
])
def test_addressee_clitic_look_alikes(shipped, text):
    """Marks that are no one's words stay *other* with a clitic and a cue after them."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    ("In armeria ci sono molte armature. «È finito nel museo insieme ad altre cose», ci assicura il colonnello "
     "Marco Rossi.",
     [("direct", "È finito nel museo insieme ad altre cose", "Marco Rossi")]),
    ("«La strada riaprirà lunedì prossimo dopo i controlli», mi assicura il sindaco Marco Rossi.",
     [("direct", "La strada riaprirà lunedì prossimo dopo i controlli", "Marco Rossi")]),
    # a reflexive of the verb's own person: making sure, no saying
    ("Il sindaco Marco Rossi si assicura che tutto sia pronto per la festa.", []),
])
def test_dative_clitic_is_no_reflexive(shipped, text, expected):
    """*ci assicura*, *mi assicura* (he assures us, me): *ci*, *mi* before a verb of another
    person are datives, not the reflexive of *assicurarsi* (making sure)."""
    assert spoken(shipped, text) == expected
