"""An emphatic subject pronoun between a listed verb of saying and its content (*ha detto anche
lui che…*, *ha chiesto lei stessa…*): forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "anche lui / lei / loro", "anch'egli", "lui stesso" after the verb: the subject again, the
    # content opens after it (not inside it, not lost)
    ("Il senatore Luca Bianchi ha affermato anche lui che la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Luca Bianchi")]),
    ("La consigliera Giulia Sala ha chiesto anche lei le dimissioni dell'assessore.",
     [("indirect", "le dimissioni dell'assessore", "Giulia Sala")]),
    ("Il portavoce, Marco Gatti, ha confermato anch'egli che lo stadio resterà chiuso.",
     [("indirect", "lo stadio resterà chiuso", "Marco Gatti")]),
    ("Il rettore Franco Muti ha chiesto lui stesso l'apertura di un'indagine.",
     [("indirect", "l'apertura di un'indagine", "Franco Muti")]),
    # a verb that needs its noun (esprimere rammarico, parlare di): the noun is looked for after
    # the pronoun
    ("Il tecnico Piero Sanna ha espresso anche lui il proprio rammarico per la sconfitta di ieri.",
     [("indirect", "la sconfitta di ieri", "Piero Sanna")]),
    ("L'attaccante Dario Conti ha parlato anche lui della partita di domenica.",
     [("indirect", "partita di domenica", "Dario Conti")]),
    # look-alikes that do not change: the pronoun is the object and nothing follows, no verb of
    # saying, the pronoun inside the reported clause, a stance with no content, "di" of a setting
    ("I sindacati hanno ribadito anche loro che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "sindacati")]),
    ("Il ministro Carlo Fabbri ha criticato anche lui.", []),
    ("Il sindaco Paolo Serra ha salutato anche lei.", []),
    ("Anche lui ha visitato la mostra.", []),
    ("Il vescovo Luca Neri ha detto che anche lui parteciperà alla messa.",
     [("indirect", "anche lui parteciperà alla messa", "Luca Neri")]),
    ("Il presidente Mario Galli ha espresso soddisfazione e ha lasciato la sala.", []),
    ("Il commissario Paolo Verdi ha parlato anche lui ai microfoni di una radio locale.", []),
])
def test_emphatic_subject_pronoun(shipped, text, expected):
    """An emphatic subject pronoun after the cue (``adverbial_phrases``: *anche lui*, *pure
    lei*, *anch'egli*, *lui stesso*) is skipped like a cue adverb: the content opens after it,
    and a verb that needs its noun (*esprimere rammarico*, *parlare di*) finds it past it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the person addressed, then an apposition set off by commas (a name after a title, a
    # description, a bare noun with its relatives), then di + infinitive or che
    ("La sindaca Anna Bruni ha chiesto al prefetto di Torino, Carlo Villa, di chiudere la strada.",
     [("indirect", "di chiudere la strada", "Anna Bruni")]),
    ("Il presidente Marco Riva ha detto ai giornalisti, una decina in tutto, che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Marco Riva")]),
    ("I medici hanno chiesto alla Asl, l'ente che gestisce gli ospedali, di assumere nuovi infermieri.",
     [("indirect", "di assumere nuovi infermieri", "medici")]),
    ("I pescatori hanno chiesto alla Provincia, ente che gestisce i porti della costa e che rilascia "
     "le licenze di pesca, di ridurre le tasse.",
     [("indirect", "di ridurre le tasse", "pescatori")]),
    # look-alikes that do not change: a relative on the apposition and no verb of saying, a
    # list of objects, the relative aside read before, a "di" that opens no infinitive
    ("Il sindaco Luca Neri ha parlato a Mario Rossi, il suo vice, che era arrivato in ritardo.", []),
    ("Il presidente Marco Riva ha salutato i cronisti, il sindaco e il prefetto, che erano arrivati in ritardo.", []),
    ("Il sindaco Luca Neri ha chiesto alla Regione, che gestisce i fondi, di riaprire la scuola.",
     [("indirect", "di riaprire la scuola", "Luca Neri")]),
    ("Il sindaco Luca Neri ha scritto alla Regione, la sua ex datrice di lavoro, di cui era stato dirigente.", []),
])
def test_apposition_on_the_person_addressed(shipped, text, expected):
    """An apposition set off by commas after the person addressed (*ha chiesto al prefetto,
    Carlo Villa, di…*, *alla Asl, l'ente che…, di…*) is skipped like a relative aside: the
    content is the di + infinitive or che-clause after its closing comma."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of a proposition and its che-clause opening the sentence, subject of a passive
    # cue with its agent: the whole subject is what the agent confirmed or denied
    ("L'ipotesi che lo stadio chiuda entro l'estate è stata smentita dall'assessore Franco Lodi.",
     [("indirect", "L'ipotesi che lo stadio chiuda entro l'estate", "Franco Lodi")]),
    ("La possibilità che il liceo riapra a settembre è stata confermata dalla preside Maria Galli.",
     [("indirect", "La possibilità che il liceo riapra a settembre", "Maria Galli")]),
    # look-alikes that do not change: a verb that reports no noun phrase, no agent, a stance
    # with no words, a short subject with no clause
    ("La proposta che il consigliere ha presentato è stata approvata dalla giunta.", []),
    ("La possibilità che il liceo riapra a settembre è stata confermata.", []),
    ("L'idea che il liceo riapra è stata accolta con favore dai genitori.", []),
    ("Il progetto del nuovo stadio è stato presentato dall'assessore Franco Lodi.", []),
])
def test_proposition_with_che_as_passive_subject(shipped, text, expected):
    """*L'ipotesi che…* / *La possibilità che…* opening the sentence as the subject of a passive
    cue with an agent (*è stata smentita da X*): the noun and its clause are X's content, as a
    short subject would be (*La chiusura è stata confermata da X*)."""
    assert spoken(shipped, text) == expected
