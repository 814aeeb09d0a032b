"""Speakers carried to marks with no cue of their own: a clause with a subject of its own leads
into the marks (forms of Italian news written for these tests; no sentence comes from a gold
set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py

BEFORE = "«Siamo pronti a ripartire dopo la pausa», ha dichiarato il sindaco Marco Ferri. "
FIRST = ("direct", "Siamo pronti a ripartire dopo la pausa", "Marco Ferri")
WORDS = "Nessuno resterà senza una casa in questa città"


@pytest.mark.parametrize("text,expected", [
    # the verb right before the marks has a subject of its own, not the speaker before: no carry
    (BEFORE + "Alla fine della cerimonia un gruppo di studenti, i quali avevano preparato un cartello, "
              "hanno pronunciato le parole «Grazie di cuore, sindaco».",
     [FIRST, ("direct", "Grazie di cuore, sindaco", None)]),
    (BEFORE + "Sulla facciata del municipio c'è una lapide antica, che riporta le seguenti parole: "
              "«Qui nacque la libertà del nostro comune».",
     [FIRST, ("direct", "Qui nacque la libertà del nostro comune", None)]),
    (BEFORE + f"La folla ha pronunciato le parole «{WORDS}».", [FIRST, ("direct", WORDS, None)]),
    ("«La nuova società nascerà entro marzo», ha annunciato la ministra Carla Fabbri. La nuova società "
     "sarà: «controllata dal Tesoro e aperta ai capitali privati del settore».",
     [("direct", "La nuova società nascerà entro marzo", "Carla Fabbri"),
      ("direct", "controllata dal Tesoro e aperta ai capitali privati del settore", None)]),
    # the look-alikes: the subject is the speaker before (named, described, a relative on its
    # mention), or the verb has none of its own, or only a subject of the passive: carried
    (BEFORE + f"Ferri ha poi pronunciato le parole «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
    (BEFORE + f"Il sindaco ha poi pronunciato le parole «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
    (BEFORE[:-2] + f", che poi ha pronunciato le parole «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
    (BEFORE + f"Alla fine ha pronunciato le parole «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
    (BEFORE + "È stato nominato un nuovo consulente per il piano: «Avremmo dovuto farlo già molti anni fa, "
              "lo ammetto».",
     [FIRST, ("direct", "Avremmo dovuto farlo già molti anni fa, lo ammetto", "Marco Ferri")]),
    # a fragment inside the writer's clause goes on with the reported speech: carried
    ("Il giudice Paolo Neri ha spiegato che le accuse non reggono. I documenti dell'accusa appaiono "
     "«del tutto insufficienti per aprire un processo».",
     [("indirect", "le accuse non reggono", "Paolo Neri"),
      ("mixed", "del tutto insufficienti per aprire un processo", "Paolo Neri")]),
])
def test_subject_of_the_lead_stops_the_carry(shipped, text, expected):
    """Marks after a clause whose verb has a subject of its own (a noun, or the noun a relative
    pronoun hangs on) that is not the speaker of the quotation before are not that speaker's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # one more pair listed right after marks kept null is kept null too
    (BEFORE + "Poco dopo la folla ha pronunciato la parola «Vergogna!» e «Vergogna, sindaco!».",
     [FIRST, ("direct", "Vergogna!", None), ("direct", "Vergogna, sindaco!", None)]),
    # the look-alike: a list after marks that carry the speaker before carries it on
    (BEFORE + "Alla fine ha pronunciato le parole «Grazie a tutti» e «Buon lavoro a ciascuno di voi».",
     [FIRST, ("direct", "Grazie a tutti", "Marco Ferri"), ("direct", "Buon lavoro a ciascuno di voi", "Marco Ferri")]),
])
def test_listed_after_marks_kept_null(shipped, text, expected):
    """Marks listed after kept-null ones with only a conjunction or a comma between them are
    the same voice's: kept null, not the speaker of an earlier quotation."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lead of an indefinite noun alone: someone unnamed speaks, not the speaker before
    (BEFORE + "Un vigile urbano: «Nessuno ci aveva avvisato della chiusura della strada».",
     [FIRST, ("direct", "Nessuno ci aveva avvisato della chiusura della strada", None)]),
    # the look-alikes: a definite description (the speaker before), a connective lead
    (BEFORE + f"Il sindaco: «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
    (BEFORE + f"In conclusione: «{WORDS}».", [FIRST, ("direct", WORDS, "Marco Ferri")]),
])
def test_indefinite_lead_stops_the_carry(shipped, text, expected):
    """*Un ufficiale: «…»*: marks led by an indefinite noun phrase and a colon alone are an
    unnamed person's words, not carried from the quotation before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the person named as the subject of the verb that governs the infinitive before the marks
    ("«Restiamo uniti», ha detto il presentatore Carlo Bassi, al che la cantante Anna Rossi ha risposto "
     "«Io vengo dalla Slovacchia!», cosicché Bassi ha pensato di cambiarlo in «Restiamo europei!».",
     [("direct", "Restiamo uniti", "Carlo Bassi"), ("direct", "Io vengo dalla Slovacchia!", "Anna Rossi"),
      ("direct", "Restiamo europei!", "Carlo Bassi")]),
    # the look-alike: no subject of its own, the speaker before goes on
    ("«Restiamo uniti», ha detto il presentatore Carlo Bassi. Poi ha deciso di modificarlo in «Restiamo italiani!».",
     [("direct", "Restiamo uniti", "Carlo Bassi"), ("direct", "Restiamo italiani!", "Carlo Bassi")]),
])
def test_subject_of_the_governing_verb(shipped, text, expected):
    """*cosicché X ha pensato di cambiarlo in «…»*: the person the governing verb names as its
    subject speaks the marks, not the speaker of the quotation before."""
    assert spoken(shipped, text) == expected
