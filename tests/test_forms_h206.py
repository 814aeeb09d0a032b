"""Cue verbs in a sense that reports no words: forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh texts)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "rispondere a" + a need: meeting it, not answering
    ("Il nuovo piano dei trasporti risponde oggi più che mai, alle esigenze dei pendolari.", []),
    ("Il progetto del comune risponde all'esigenza di ridurre il traffico in centro.", []),
    # "insistere in" + an attempt: persisting
    ("Anche noi insistiamo nel tentativo di convincere i soci della cooperativa.", []),
    # the look-alikes: an answer, an insistence on something
    ("Il sindaco Mario Rossi ha risposto che le esigenze dei pendolari saranno ascoltate.",
     [("indirect", "le esigenze dei pendolari saranno ascoltate", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha risposto di non conoscere le esigenze dei pendolari.",
     [("indirect", "di non conoscere le esigenze dei pendolari", "Mario Rossi")]),
    ("Il sindaco Mario Rossi insiste sulla necessità di ridurre il traffico.",
     [("indirect", "di ridurre il traffico", "Mario Rossi")]),
])
def test_sense_complement(shipped, text, expected):
    """A noun of ``sense_complements`` heading the verb's first complement after a preposition
    gives the verb a sense that is no speech (*risponde alle esigenze*, *insistiamo nel
    tentativo*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "tema", read as a noun: the noun, not the subjunctive of temere
    ("Parleremo poi della riforma delle scuole rurali; tema che occupa gran parte del dibattito in consiglio.", []),
    # the look-alikes: the verb's third person
    ("Il preside Luca Bianchi è preoccupato; teme che la scuola chiuda.",
     [("indirect", "la scuola chiuda", "Luca Bianchi")]),
    ("Il preside Luca Bianchi teme che la scuola chiuda.",
     [("indirect", "la scuola chiuda", "Luca Bianchi")]),
])
def test_subjunctive_in_a_read_as_noun(shipped, text, expected):
    """A form in -a of a verb in -ere/-ire that the tagger reads as a noun is the noun before
    *che* (*tema che…*); a subjunctive is no verb of a main clause."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative on "ciò"/"quello": what was said or believed is the pronoun
    ("Il consiglio può sempre dire ciò che ritiene di dover dire in aula.", []),
    ("Abbiamo fatto quello che credevamo di fare per arrivare a un accordo con la provincia.", []),
    ("Non credo che ciò che ho detto ieri possa cambiare la decisione del consiglio.", []),
    # the look-alikes: a predicate in marks, a cleft, "quello" for a person with "che" after the verb
    ('Il progetto rientra in quello che il professor Paolo Bianchi ha definito un "paradiso dei furbi".',
     [("mixed", "paradiso dei furbi", "Paolo Bianchi")]),
    ("Oggi in aula è tornato il consigliere Marco Neri, quello che aveva detto che la scuola chiude.",
     [("indirect", "la scuola chiude", "Marco Neri")]),
])
def test_relative_on_a_thing_pronoun(shipped, text, expected):
    """The verb of a relative on *ciò*/*quello* + *che* (``relative_thing_pronouns``) has the
    pronoun for what it reports: the words after it are no quotation."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "anticipare" + an action, deeds, fashions: coming before them, not telling them in advance
    ("Per attraversare il fiume il generale costruì un ponte di barche, anticipando le gesta dei genieri moderni.", []),
    ("Il nostro comitato, anticipando l'azione del governo, ha aperto un centro di accoglienza.", []),
    ("La stilista anticipò le mode del decennio successivo.", []),
    # the look-alikes: contents or a clause told in advance
    ("Il ministro Paolo Verdi ha anticipato i contenuti della riforma.",
     [("indirect", "i contenuti della riforma", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha anticipato che la riforma sarà approvata entro giugno.",
     [("indirect", "la riforma sarà approvata entro giugno", "Paolo Verdi")]),
])
def test_anticipare_comes_before(shipped, text, expected):
    """*anticipare* with an action, deeds, moves, fashions or times (``sense_objects``) comes
    before them; with contents or a clause it tells them in advance."""
    assert spoken(shipped, text) == expected
