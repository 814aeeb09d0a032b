"""What a quotation is about: the person addressed by a verb of asking or answering before its
*che*-clause: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # whom a verb of asking or answering addresses before its che-clause: what the words are about
    ("Il sindaco Carlo Bianchi ha chiesto al ministro Paolo Verdi che i fondi arrivino entro marzo.",
     [("indirect", "i fondi arrivino entro marzo", "Carlo Bianchi", ["Paolo Verdi"])]),
    ("Il sindaco Carlo Bianchi ha risposto seccamente a Paolo Verdi che «la città non si arrende».",
     [("mixed", "la città non si arrende", "Carlo Bianchi", ["Paolo Verdi"])]),
    # the look-alikes: a paper or an agency told by a verb of declaring is no topic of the words
    ("Il sindaco Carlo Bianchi ha dichiarato all'ANSA che i fondi arriveranno entro marzo.",
     [("indirect", "i fondi arriveranno entro marzo", "Carlo Bianchi", [])]),
    ("Il sindaco Carlo Bianchi ha detto alla Reuters che la città non si arrende.",
     [("indirect", "la città non si arrende", "Carlo Bianchi", [])]),
    # nor where one proposes: a place after "in", no one addressed
    ("Il circolo Legambiente propone nelle scuole di Torino che si adotti il software libero.",
     [("indirect", "si adotti il software libero", "Legambiente", [])]),
    # a group asked, no name: nothing added
    ("Il sindaco Carlo Bianchi ha chiesto ai cittadini che restino a casa.",
     [("indirect", "restino a casa", "Carlo Bianchi", [])]),
    # as before: the person addressed before di + infinitive, whatever the verb
    ("I carabinieri hanno intimato a Luca Ferri di gettare il coltello.",
     [("indirect", "di gettare il coltello", "carabinieri", ["Luca Ferri"])]),
])
def test_addressee_of_asking(shipped, text, expected):
    """The person or body a verb of asking, answering or bidding (``addressee_topic_verbs``)
    addresses before its *che*-clause is in the quotation's ``about``; a paper told by a verb of
    declaring is not."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare singular participle of a passive cue after a name and a comma: the one it describes
    ("Il presidente Carlo Bruni, invitato dall'opposizione a dimettersi, ha lasciato la sala.",
     [("indirect", "a dimettersi", "opposizione", ["Carlo Bruni"])]),
    ("L'allenatore Marco Gatti, accusato di non aver protetto i giocatori, ha lasciato la squadra.",
     [("indirect", "di non aver protetto i giocatori", None, ["Marco Gatti"])]),
    # the look-alikes: a plural participle after a list of names, a participle that is no cue
    ("I due turisti, Marco Bassi e Luca Ferri, accusati di furto, sono stati rilasciati.",
     [("indirect", "di furto", None, [])]),
    ("Il ministro Paolo Verdi, interpellato dai giornalisti, ha detto che la crisi è finita.",
     [("indirect", "la crisi è finita", "Paolo Verdi", [])]),
])
def test_participle_holder(shipped, text, expected):
    """The name a bare singular participle of a passive cue describes, set off by a comma right
    after it (*X, accusato di…*, *X, invitato da Y a…*), is in ``about``: the one charged or bid."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "su" + a person opening the cue's clause (the sentence or a bracket): whom the words are about
    ("Su Marco Neri gli inquirenti scrivono: «ha nascosto il denaro in un conto estero».",
     [("direct", "ha nascosto il denaro in un conto estero", "inquirenti", ["Marco Neri"])]),
    ("Il comico scherzava spesso (su Luca Bassi, sconfitto quel giorno, ha detto: «Ha perso anche la strada di casa!»).",
     [("direct", "Ha perso anche la strada di casa!", "comico", ["Luca Bassi"])]),
    ("Il processo è durato due anni, e su Marco Neri i giudici scrivono: «ha nascosto il denaro in un conto estero».",
     [("direct", "ha nascosto il denaro in un conto estero", "giudici", ["Marco Neri"])]),
    # the look-alikes: a channel after "su", a topic that is no name, a verb of its own after the name
    ("Su Twitter Marco Neri ha scritto: «Siamo pronti a governare».",
     [("direct", "Siamo pronti a governare", "Marco Neri", [])]),
    ("Sulla riforma il ministro Paolo Verdi ha detto che il governo andrà avanti.",
     [("indirect", "il governo andrà avanti", "Paolo Verdi", [])]),
    ("Su Marco Neri si è scritto molto, ma il ministro Paolo Verdi ha detto che il governo andrà avanti.",
     [("indirect", "il governo andrà avanti", "Paolo Verdi", [])]),
])
def test_fronted_topic(shipped, text, expected):
    """A person named after *su* (``topic_prepositions``) at the head of the cue's clause, with no
    verb of its own, is in ``about``: *Su X gli inquirenti scrivono: «…»*."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # marks right after ", che" on a name: the name is the subject of the words in the marks
    ("Un ringraziamento di Rossi anche al cardinale Carlo Neri, che «sta pregando per me a Lourdes», e al sindaco.",
     [("mixed", "sta pregando per me a Lourdes", "Rossi", ["Carlo Neri", "Lourdes"])]),
    ("Il ministro Paolo Verdi ha ringraziato il prefetto Luca Bassi, che «ha fatto un lavoro straordinario».",
     [("mixed", "ha fatto un lavoro straordinario", "Paolo Verdi", ["Luca Bassi"])]),
    # the look-alikes: the speaker's own relative, a relative on a thing
    ("Il ministro Paolo Verdi, che «non ha paura di nessuno», ha parlato a lungo.",
     [("mixed", "non ha paura di nessuno", "Paolo Verdi", [])]),
    ("Il ministro Paolo Verdi ha criticato la legge, che «non serve a nessuno».",
     [("mixed", "non serve a nessuno", "Paolo Verdi", [])]),
])
def test_antecedent_of_marks(shipped, text, expected):
    """The name a subject relative *che* right before the opening mark stands for (*X, che «…»*)
    is in ``about``: the marks are its verb phrase."""
    assert spoken_about(shipped, text) == expected
