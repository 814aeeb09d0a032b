"""Speakers on prose of another origin (h233): forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an opinion, a view or a judgement after "secondo" speaks for its holder after "di"
    ("Secondo il parere di Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
    ("Secondo la posizione del ministro Paolo Ferri, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Paolo Ferri")]),
    # an opinion with no holder of its own speaks for no one (not "teoria della relatività")
    ("Secondo la teoria della relatività, il tempo rallenta.",
     [("indirect", "il tempo rallenta", None)]),
    # the look-alikes: the holder named alone, a report noun
    ("Secondo Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
    ("Secondo una nota di Carla Bruni, il ponte è sicuro.",
     [("indirect", "il ponte è sicuro", "Carla Bruni")]),
])
def test_opinion_of_a_holder(shipped, text, expected):
    """*secondo il parere / la posizione di X*: X speaks, not the opinion (the guidelines: a
    word that is not a speaker is never a speaker)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a first person in a clause of its own after a main clause in the third person: the
    # writer reports, not the subject of the other clause
    ("Il Corriere ha protestato, perché abbiamo scritto che la città è in rovina.",
     [("indirect", "la città è in rovina", None)]),
    ("Il sindaco Carlo Neri, quando gli abbiamo chiesto se la strada era chiusa, ha negato.",
     [("indirect", "se la strada era chiusa", None)]),
    # the look-alikes: a name coordinated with the first person shares the verb; a third
    # person reporting a first person's deed is the speaker
    ("Rossi ed io ritenemmo che la strada fosse chiusa.",
     [("indirect", "la strada fosse chiusa", "Rossi")]),
    ("Il sindaco Carlo Neri ha detto che abbiamo sbagliato tutto.",
     [("indirect", "abbiamo sbagliato tutto", "Carlo Neri")]),
])
def test_first_person_beside_a_third_person_clause(shipped, text, expected):
    """A cue in the first person after a clause whose finite verb is in the third person
    (*X ha protestato, perché abbiamo scritto…*): the writer's report, no one named."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a belief adjective after a copula: its subject holds the belief, a place too
    ("L'Italia è certa che il negoziato avrà riflessi positivi.",
     [("indirect", "il negoziato avrà riflessi positivi", "Italia")]),
    ("Il governo è fiducioso che il negoziato avrà riflessi positivi.",
     [("indirect", "il negoziato avrà riflessi positivi", "governo")]),
    # the look-alikes: a person (already named), an impersonal copula with no subject
    ("Carlo Neri è convinto che il negoziato avrà riflessi positivi.",
     [("indirect", "il negoziato avrà riflessi positivi", "Carlo Neri")]),
    ("È certo che il negoziato avrà riflessi positivi.", []),
])
def test_belief_adjective_holder(shipped, text, expected):
    """*X è certo / convinto / sicuro che…*: X, named or described, holds the belief."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an infinitive of saying after a first-person copula and an adjective: the writer's own
    # report, not a place or a name of the sentence
    ("Per quanto riguarda la Slovenia, sono lieto di constatare che i rapporti sono migliorati.",
     [("indirect", "i rapporti sono migliorati", None)]),
    # the look-alikes: a third person, singular or plural, with its own subject
    ("Il sindaco Carlo Neri è lieto di annunciare che il ponte è pronto.",
     [("indirect", "il ponte è pronto", "Carlo Neri")]),
    ("I sindaci Carlo Neri e Anna Bruni sono lieti di annunciare che il ponte è pronto.",
     [("indirect", "il ponte è pronto", "Carlo Neri e Anna Bruni")]),
])
def test_first_person_adjective_before_infinitive(shipped, text, expected):
    """*sono lieto di constatare che…*: the first person of the copula (*sono* before a
    singular adjective, whatever the tagger says) makes the infinitive the writer's report."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "il maestro" (music or school) names no footballer introduced with another title
    ("La squadra ha preso in prestito il centrocampista Marco Neri. Il canto si svolge nel "
     "Purgatorio. Infatti il maestro gli spiega che il corpo fu portato a Napoli.",
     [("indirect", "il corpo fu portato a Napoli", "maestro")]),
    # the look-alike: a conductor named before is the maestro
    ("Il direttore d'orchestra Carlo Neri ha diretto la prima. Poi il maestro ha spiegato che "
     "la sinfonia era incompiuta.",
     [("indirect", "la sinfonia era incompiuta", "Carlo Neri")]),
])
def test_maestro_of_another_kind(shipped, text, expected):
    """*il maestro* is of the kinds of art and school (``title_classes``): not a person whose
    titles are all of another kind (*il centrocampista X*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name between the cue's "che" and the marks of a mixed quotation is what the clause
    # is about, not a speaker to fill in
    ('Il "Libro dei giorni" afferma che papa Lino fu nutrito “del pane del dolore” fino alla morte.',
     [("mixed", "del pane del dolore", None)]),
    # the look-alike: the null subject carries the speaker of the sentence before
    ("Carlo Neri ha parlato a lungo. Ha poi detto che Anna Bruni è stata “una grande sindaca” per la città.",
     [("mixed", "una grande sindaca", "Carlo Neri")]),
])
def test_name_of_the_reported_clause(shipped, text, expected):
    """*X afferma che Y fu «…»*: where the rules name no one, the ranker does not give the
    quotation the name inside its reported clause."""
    assert spoken(shipped, text) == expected
