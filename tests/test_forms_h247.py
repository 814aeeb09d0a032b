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
