"""Speech nouns with their agent after di and their content after it (nominal cues): forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # nouns of intending, fearing, promising with their agent and a di + infinitive
    ("Il ministro ha criticato l'intenzione del governatore Luca Verdi di chiudere gli ospedali della regione.",
     [("indirect", "l'intenzione del governatore Luca Verdi di chiudere gli ospedali della regione", "ministro"),
      ("indirect", "di chiudere gli ospedali della regione", "Luca Verdi")]),
    ("Sono noti i timori dell'allenatore di perdere la partita contro la Juventus.",
     [("indirect", "di perdere la partita contro la Juventus", "allenatore")]),
    ("L'impegno del governo di ridurre le tasse non è stato mantenuto.",
     [("indirect", "di ridurre le tasse", "governo")]),
    # a che-clause with its own subject
    ("La conferma del portavoce che il vertice si terrà a Roma è arrivata in serata.",
     [("indirect", "il vertice si terrà a Roma", "portavoce")]),
    # the agent's name set in commas after its title speaks
    ("Il sindaco ha respinto la richiesta del presidente della provincia, Marco Bellini, di rinviare il consiglio comunale.",
     [("indirect", "di rinviare il consiglio comunale", "Marco Bellini")]),
])
def test_speech_noun_with_agent(shipped, text, expected):
    """A speech noun (richiesta, intenzione, timori, impegno, conferma…) with its agent after
    *di* and its content after the agent: the agent speaks."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun with no agent, a document name, a thing asked for
    ("La paura di volare è diffusa tra i giovani.", []),
    ("Il sindaco ha firmato la richiesta di risarcimento danni presentata dalla famiglia.", []),
    ("La proposta di legge sulla cittadinanza arriva in aula martedì.", []),
    # a relative after the comma, no apposition
    ("Il consiglio ha approvato la richiesta del sindaco, che era stata presentata lunedì.", []),
    # the agent of something no one says
    ("Le speranze della squadra di vincere il campionato sono finite ieri.", []),
])
def test_speech_noun_look_alikes(shipped, text, expected):
    """No content after the agent, or no agent who speaks: no quotation."""
    assert spoken(shipped, text) == expected


def test_second_noun_phrase_is_no_agent(shipped):
    """*dei timori del figlio e le paure di morire*: the di + infinitive belongs to the second
    noun phrase, not to the first noun's agent; the verb's report stays whole."""
    text = "Il padre parlò al giornale dei timori del figlio e le paure di morire nei giorni prima della sua morte."
    assert [q for q in spoken(shipped, text) if q[1].startswith("di morire")] == []


@pytest.mark.parametrize("text,expected", [
    # a noun of fear, hope or report heading its own phrase, its che-clause with its own subject
    ("Resta il timore che la diga possa cedere nelle prossime ore.",
     [("indirect", "la diga possa cedere nelle prossime ore", None)]),
    ("Rimane il legittimo timore che la manifestazione possa degenerare.",
     [("indirect", "la manifestazione possa degenerare", None)]),
    ("Cresce l'auspicio che la crisi di governo si risolva entro la settimana.",
     [("indirect", "la crisi di governo si risolva entro la settimana", None)]),
    ("A sera giunge la voce che i ribelli hanno conquistato la capitale.",
     [("indirect", "i ribelli hanno conquistato la capitale", None)]),
    # inside a verb's report the noun is the verb's
    ("Il sindaco ha ribadito il timore che il ponte crolli entro l'inverno.",
     [("indirect", "il timore che il ponte crolli entro l'inverno", "sindaco")]),
    # a purpose, a preposition's complement, a relative: no report
    ("Ha lasciato la porta aperta nella speranza che il figlio tornasse.", []),
    ("Nulla fa propendere per l'ipotesi che il treno sia stato deviato.", []),
    ("Il sospetto che ha portato all'arresto era infondato.", []),
    ("Il vertice ha dissipato i timori che in passato erano stati espressi da alcuni governi.", []),
])
def test_noun_with_content_clause(shipped, text, expected):
    """*il timore che…*, *l'auspicio che…*, *la voce che…* after a definite article, no
    preposition before: the clause is reported, no one signs it."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of appeal after a verb of arriving with no subject of its own: the a + infinitive
    # (the fronted "da" source speaks: arrival_verbs, test_forms_h118)
    ("Dalla Farnesina giunge l'invito a evitare i viaggi in Egitto nelle prossime settimane.",
     [("indirect", "a evitare i viaggi in Egitto nelle prossime settimane", "Farnesina")]),
    # an invitation to an event: no such report
    ("È arrivato l'invito al matrimonio del figlio del prefetto.", []),
])
def test_appeal_noun_after_arriving_verb(shipped, text, expected):
    """*giunge l'invito a…*: the appeal arrives, no one named signs it; not an invitation to a
    thing."""
    assert spoken(shipped, text) == expected
