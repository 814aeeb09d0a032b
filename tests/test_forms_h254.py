"""Who speaks in forms of Italian seen on fresh text: a gerund or an infinitive under a verb in the
first person, a generic pronoun right before the cue (sentences written for these tests; no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

ARRIVED = "Il ministro Carlo Bianchi è arrivato ieri a Roma. "


@pytest.mark.parametrize("text,expected", [
    # a gerund or an infinitive under a verb in the first person: the writer, whom no name stands for
    (ARRIVED + "Ogni volta che ci hanno interpellati, abbiamo risposto consigliando una linea prudente.",
     [("indirect", "una linea prudente", None)]),
    (ARRIVED + "Ho risposto ai cronisti ribadendo che il piano resta valido.",
     [("indirect", "il piano resta valido", None)]),
    (ARRIVED + "Abbiamo deciso di annunciare che il piano resta valido.",
     [("indirect", "il piano resta valido", None)]),
    # the look-alikes: the same verbs in the third person carry the subject before
    (ARRIVED + "Ha risposto ai cronisti ribadendo che il piano resta valido.",
     [("indirect", "il piano resta valido", "Carlo Bianchi")]),
    (ARRIVED + "Ha deciso di annunciare che il piano resta valido.",
     [("indirect", "il piano resta valido", "Carlo Bianchi")]),
    # a third-person auxiliary before a participle the tagger reads as a first person
    ("La presidente lombarda Giulia Ferri aveva risposto ad ogni obiezione dei comitati con argomenti "
     "superficiali, ritenendo che la chiusura fosse la soluzione più rapida.",
     [("indirect", "la chiusura fosse la soluzione più rapida", "Giulia Ferri")]),
    # a transcript's label in capitals glued to the heading before: its bearer says the first person
    ("La seduta si è aperta alle dieci. Intervento alla Camera dei Deputati DE MARCHI. Onorevole Presidente, "
     "io intendo proporre la votazione per parti separate.",
     [("indirect", "la votazione per parti separate", "DE MARCHI")]),
])
def test_gerund_or_infinitive_of_a_first_person(shipped, text, expected):
    """*abbiamo risposto consigliando…*, *ho deciso di annunciare che…*: a gerund or an
    infinitive shares the person of the verb it depends on; in the first person it is the
    writer's own report, not the words of the last person named."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a generic pronoun right before the cue: no one in particular
    ("Il sindaco di Lecco è Paolo Ferrante. C'è chi ritiene che anche lui sia stato tradito dai suoi.",
     [("indirect", "anche lui sia stato tradito dai suoi", None)]),
    ("Il sindaco di Lecco è Paolo Ferrante. C'è anche chi non crede che il voto sia stato regolare.",
     [("indirect", "il voto sia stato regolare", None)]),
    ("Il sindaco Paolo Ferrante difende la giunta, mentre altri sostengono che il bilancio sia in rosso.",
     [("indirect", "la giunta", "Paolo Ferrante"), ("indirect", "il bilancio sia in rosso", None)]),
    # the look-alike: "altri" after an article is no subject of the cue
    ("Alla riunione, tra gli altri, ha parlato il sindaco Paolo Ferrante, che ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Paolo Ferrante")]),
])
def test_generic_pronoun_before_the_cue(shipped, text, expected):
    """*C'è chi ritiene che…*, *mentre altri sostengono che…*: a generic pronoun right before
    the cue is its subject, whatever the parse hangs it on: no one named speaks."""
    assert spoken(shipped, text) == expected
