"""Source forms of news found missed in unannotated text (the fresh piles) and in the construction
probes: *secondo X* alone in brackets inside its content (*rafforzeranno (secondo il ministro
Moro) la volontà politica*), *per* + a body or a title with its place (*Per la Procura di Milano
il manager è colpevole*), *come ha spiegato X* set off by commas inside its content, a time word
inside *come riportato … da*, a title said in other words as the subject (*la prima
cittadina*), a noun of rumour as the object of a verb of saying, a body with its place as the
speaker (*la procura di Milano*). Sentences written for these tests (none comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the bracketed source sits inside the content, as one between commas or dashes does
    ("La crisi durerà (secondo il ministro Carlo Fabbri) ancora due anni.",
     [("indirect", "La crisi durerà (secondo il ministro Carlo Fabbri) ancora due anni", "Carlo Fabbri")]),
    ("I prezzi del grano (secondo Coldiretti) sono aumentati del dieci per cento.",
     [("indirect", "I prezzi del grano (secondo Coldiretti) sono aumentati del dieci per cento", "Coldiretti")]),
    # the clause after the closing comma and its conjunction is the writer's
    ("Il numero delle vittime (secondo la polizia) è salito a dodici, ma il governo smentisce.",
     [("indirect", "Il numero delle vittime (secondo la polizia) è salito a dodici", "polizia")]),
    # a marker closing a bracket of other words reports only those words; a rule is no source
    ("Le stime (fra 5 e 15 kilotoni secondo fonti russe) sono incerte.",
     [("indirect", "fra 5 e 15 kilotoni", None)]),
    ("Il vertice di Roma (secondo il programma) si terrà domani.", []),
    # the subject with its relative is part of the content
    ("I lavori che il Comune ha avviato in aprile finiranno (secondo il sindaco Paolo Serra) entro giugno.",
     [("indirect", "I lavori che il Comune ha avviato in aprile finiranno (secondo il sindaco Paolo Serra) entro giugno",
       "Paolo Serra")]),
    # a bracket that closes its clause is an item's source, not a clause going on
    ("Tre temi: il lavoro; la scuola (secondo la teoria di Carlo Fabbri); la casa.", []),
])
def test_bracketed_source_inside_its_content(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # per + a body or a title whose place follows: an opinion, not a place
    ("Per la Procura di Milano il manager è colpevole.", [("indirect", "il manager è colpevole", "Procura di Milano")]),
    ("Per il sindaco di Roma Roberto Gualtieri la città è pronta.",
     [("indirect", "la città è pronta", "Roberto Gualtieri")]),
    # per + a place, or people of a place: no one's opinion
    ("Per Roma è una giornata storica.", []),
    ("Per gli abitanti di Genova la strada è pericolosa.", []),
])
def test_per_a_body_or_title_with_its_place(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # come + a verb of saying set off by commas inside its content (the parse hangs it on the
    # subject as a relative: still set off, not a restrictive one)
    ("Le scuole, come ha spiegato il sindaco Paolo Conti, resteranno chiuse fino a lunedì.",
     [("indirect", "Le scuole, come ha spiegato il sindaco Paolo Conti, resteranno chiuse fino a lunedì", "Paolo Conti")]),
    # a time word or an adverb inside "come riportato … da"
    ("Come riportato ieri dal Corriere della Sera, l'azienda chiuderà due stabilimenti.",
     [("indirect", "l'azienda chiuderà due stabilimenti", "Corriere della Sera")]),
    ("Come confermato anche dalla polizia, l'uomo era armato.", [("indirect", "l'uomo era armato", "polizia")]),
    ("Come riportato ieri, l'azienda chiuderà.", []),
])
def test_come_reports_inside_the_clause(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title in other words (grammar title_synonyms) is someone who promises, not a thing
    ("La prima cittadina ha promesso che la strada sarà riaperta.",
     [("indirect", "la strada sarà riaperta", "prima cittadina")]),
    ("La giornata promette di essere lunga.", []),
])
def test_a_title_in_other_words_speaks(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of rumour or news as the object of a verb of saying is what the verb reports, not a
    # report of its own (the probe "Palazzo Chigi smentisce le voci di una crisi di governo")
    ("Il governo ha smentito le voci di una crisi.", [("indirect", "le voci di una crisi", "governo")]),
    ("Il governo ha smentito le indiscrezioni sulla crisi.",
     [("indirect", "le indiscrezioni sulla crisi", "governo")]),
    # the noun's report after a verb with no object stays its own
    ("Secondo le voci di corridoio, il ministro lascerà il governo.",
     [("indirect", "il ministro lascerà il governo", None)]),
])
def test_a_rumour_as_the_object_of_a_verb_of_saying(shipped, text, expected):
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body named by one word and its place: the speaker is that body of that place (KIND tags
    # the two apart; a corpus holds many a procura)
    ("«Le indagini proseguono», ha dichiarato la procura di Milano in una nota.",
     [("direct", "Le indagini proseguono", "procura di Milano")]),
    ("Il governo di Kiev ha detto che la tregua è finita.", [("indirect", "la tregua è finita", "governo di Kiev")]),
    # a body with a name of its own keeps it
    ("Secondo la Regione Lombardia i contagi calano.", [("indirect", "i contagi calano", "Regione Lombardia")]),
])
def test_a_body_with_its_place_speaks_as_that_body(shipped, text, expected):
    assert spoken(shipped, text) == expected
