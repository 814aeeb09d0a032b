"""Speakers left empty: a verb of beginning before the infinitive of a cue, a demonstrative
before the subject's noun. Forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a verb of beginning before the infinitive that opens the marks: the infinitive's cue, and
    # its subject speaks
    ("La madre del ragazzo ha cominciato a gridare: «Ridatemi mio figlio».",
     [("direct", "Ridatemi mio figlio", "madre del ragazzo")]),
    ("Dopo la lettura della sentenza la sorella dell'imputato ha iniziato a ripetere: «Mio fratello è innocente».",
     [("direct", "Mio fratello è innocente", "sorella dell'imputato")]),
    ("Il pescatore Luigi Serra ha cominciato a raccontare: «Il mare era calmo fino a mezzogiorno».",
     [("direct", "Il mare era calmo fino a mezzogiorno", "Luigi Serra")]),
    # the look-alikes: the verb of an act after a verb of beginning stays no cue
    ("Anche il piccolo comune ha iniziato a reclamare un ruolo nelle cronache nazionali.", []),
    ("Il cantiere della nuova scuola ha cominciato a lavorare a pieno ritmo.", []),
])
def test_verb_of_beginning(shipped, text, expected):
    """*ha cominciato / iniziato a* + the infinitive of a cue before a colon: the cue starts at
    the verb of beginning, as after *ha continuato a*, and its subject is the speaker; the
    infinitive of an act (*reclamare un ruolo*) is still no cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a demonstrative before the subject's noun: the unnamed, definite speaker, as after "la"
    ("Questa donna ha detto che nei campi manca l'acqua da giorni.",
     [("indirect", "nei campi manca l'acqua da giorni", "donna")]),
    ("Quella donna ha raccontato di aver visto tutto dalla finestra.",
     [("indirect", "di aver visto tutto dalla finestra", "donna")]),
    ("Quest'uomo ha detto che il ponte era già crepato da mesi.",
     [("indirect", "il ponte era già crepato da mesi", "uomo")]),
    # the look-alikes: the article keeps its speaker; a time opened by a demonstrative is no
    # one; a document with a demonstrative signs nothing
    ("La donna ha detto che nei campi manca l'acqua da giorni.",
     [("indirect", "nei campi manca l'acqua da giorni", "donna")]),
    ("Questa mattina ha detto che la situazione resta difficile.",
     [("indirect", "la situazione resta difficile", None)]),
    ("Questo rapporto afferma che la disoccupazione è in calo.",
     [("indirect", "la disoccupazione è in calo", None)]),
])
def test_demonstrative_subject(shipped, text, expected):
    """*Questa donna ha detto…*: a demonstrative opens a definite noun phrase like an article,
    so a person's noun after it (``person_nouns``, ``kin_nouns``) is the unnamed speaker (not
    a time: *Questa mattina ha detto…*; not a document: *Questo rapporto afferma…*)."""
    assert spoken(shipped, text) == expected
