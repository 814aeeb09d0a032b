"""Where a content ends beside a source marker and in a contrast of two unnamed groups: forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a marker set off by commas after a whole clause, the writer's clause after it: the content
    # is the clause before the marker, without the marker
    ("Il caso sembra chiuso: si tratta di un incidente domestico, secondo i carabinieri, anche se "
     "adesso è il vicino ad essere sospettato.",
     [("indirect", "si tratta di un incidente domestico", "carabinieri")]),
    ("La nave si è incagliata per un errore di rotta, secondo la capitaneria di porto, mentre il mare era calmo.",
     [("indirect", "La nave si è incagliata per un errore di rotta", "capitaneria di porto")]),
    # the look-alikes: a marker inside a clause that goes on after it keeps its place inside
    ("La riforma, secondo il ministro, sarà approvata entro l'estate.",
     [("indirect", "La riforma, secondo il ministro, sarà approvata entro l'estate", "ministro")]),
    ("I lavori sembravano, a detta dei residenti, ormai conclusi.",
     [("indirect", "I lavori sembravano, a detta dei residenti, ormai conclusi", "residenti")]),
    ("Si tratta, secondo i medici, di una forma rara di allergia.",
     [("indirect", "Si tratta, secondo i medici, di una forma rara di allergia", "medici")]),
    # a marker closing its sentence, as before
    ("La crisi è grave, secondo il ministro Paolo Neri.",
     [("indirect", "La crisi è grave", "Paolo Neri")]),
])
def test_marker_closing_its_clause(shipped, text, expected):
    """A source marker between commas after the clause it vouches for, where the content ends
    at the comma closing the marker, is not part of the content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "alcuni …, altri …": the first part's words end where the other part's begin
    ("Alcune fonti sostengono che il conte sia stato avvelenato dai rivali, altre invece ritengono "
     "sia morto di febbre.",
     [("indirect", "il conte sia stato avvelenato dai rivali", None),
      ("indirect", "sia morto di febbre", None)]),
    ("Alcuni studiosi sostengono che la torre fu costruita dai Romani, altri che risale al Medioevo.",
     [("indirect", "la torre fu costruita dai Romani", None)]),
    ("Alcuni ritengono che il quadro sia un falso, mentre altri lo attribuiscono al maestro.",
     [("indirect", "il quadro sia un falso", None)]),
    # the look-alikes: a group split inside one speaker's report, a count after "altre"
    ("Il giornale riporta che alcune vittime sarebbero state colpite alla testa, altre ferite gravemente alle gambe.",
     [("indirect", "alcune vittime sarebbero state colpite alla testa, altre ferite gravemente alle gambe", "giornale")]),
    ("Secondo i primi bilanci sarebbero morte tre persone, mentre altre 12 risulterebbero ferite.",
     [("indirect", "sarebbero morte tre persone, mentre altre 12 risulterebbero ferite", None)]),
    ("Il sindaco Marco Rossi sostiene che alcuni cantieri chiuderanno a maggio, altri entro l'estate.",
     [("indirect", "alcuni cantieri chiuderanno a maggio, altri entro l'estate", "Marco Rossi")]),
])
def test_two_unnamed_groups(shipped, text, expected):
    """After an indefinite speaker (*alcuni*, *alcune fonti*), a comma and *altri* / *altre*
    (past *mentre*) open the other group's words: the first content ends there."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "…, secondo altri …": the other part's version follows the marker, however short
    ("Alcuni cronisti ritengono che il mercante abbia lasciato la città per debiti, secondo altri "
     "in seguito a una lite con il fratello.",
     [("indirect", "il mercante abbia lasciato la città per debiti", None),
      ("indirect", "in seguito a una lite con il fratello", None)]),
    ("Secondo alcuni storici la chiesa fu fondata nel Duecento, secondo altri nel secolo successivo.",
     [("indirect", "la chiesa fu fondata nel Duecento", None),
      ("indirect", "nel secolo successivo", None)]),
    # the look-alikes: a marker closing its sentence vouches for the clause before it
    ("Il museo resterà chiuso fino a giugno, secondo il direttore Luca Bassi.",
     [("indirect", "Il museo resterà chiuso fino a giugno", "Luca Bassi")]),
    ("Il museo resterà chiuso fino a giugno, secondo altri.",
     [("indirect", "Il museo resterà chiuso fino a giugno", None)]),
])
def test_other_part_of_a_group(shipped, text, expected):
    """A source marker whose source is the other part of a group (*secondo altri*) with words
    after it: those words are its content, not the clause before the marker."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "o, secondo X, …": the alternative the source gives, after the marker
    ("Il sardo era una lingua autonoma (o, secondo alcuni linguisti, un gruppo di dialetti affini) "
     "parlata in tutta l'isola.",
     [("indirect", "un gruppo di dialetti affini", None)]),
    ("Il castello fu costruito dai Normanni oppure, secondo alcune fonti, dai Bizantini.",
     [("indirect", "dai Bizantini", None)]),
    # the look-alikes: "e, secondo X, …" as before; a marker inside its clause stays inside
    ("Le offerte non mancano e, secondo il sindaco, il turismo tornerà a crescere.",
     [("indirect", "il turismo tornerà a crescere", "sindaco")]),
    ("Il ponte, secondo i tecnici, è a rischio.",
     [("indirect", "Il ponte, secondo i tecnici, è a rischio", "tecnici")]),
])
def test_marker_after_an_alternative(shipped, text, expected):
    """A source marker set off by a comma right after *o* / *oppure* reports what follows it,
    as after *e* or *ma*: not the words before the conjunction."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a semicolon and a second clause in the conditional of reported news: the source's too
    ("Secondo i primi rilievi, i dispersi sarebbero quattro; le ricerche riprenderebbero all'alba.",
     [("indirect", "i dispersi sarebbero quattro; le ricerche riprenderebbero all'alba", None)]),
    # the look-alikes: the writer's indicative, or a connective and a comma, after the semicolon
    ("Secondo i primi rilievi, i dispersi sarebbero quattro; le ricerche riprenderanno all'alba.",
     [("indirect", "i dispersi sarebbero quattro", None)]),
    ("Secondo la questura, il corteo è partito in ritardo; inoltre, alcuni manifestanti avrebbero lanciato sassi.",
     [("indirect", "il corteo è partito in ritardo", "questura")]),
])
def test_semicolon_and_conditional(shipped, text, expected):
    """What a source reports goes on past a semicolon when the clause after it is in the
    conditional (the mood of reported news), as past *, mentre*."""
    assert spoken(shipped, text) == expected
