"""What a quotation is about: a definite noun of a person by age, sex or standing in a case
(*la ragazza*, *l'uomo*, *il suo assistito*) names the person of its gender the passage keeps
naming. Forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

import kit

from .helpers import spoken_about


@pytest.mark.parametrize("text,expected", [
    # the girl the passage keeps naming
    ("Giulia Ferri è scomparsa da casa tre giorni fa a Pavia. Le ricerche di Giulia Ferri sono proseguite "
     "tutta la notte. Il sindaco Marco Bassi ha detto che la ragazza era molto conosciuta in paese.",
     [("indirect", "la ragazza era molto conosciuta in paese", "Marco Bassi", ["Giulia Ferri"])]),
    # an article and a possessive before the noun: the lawyer's client
    ("Luca Neri è stato arrestato ieri a Torino. Secondo gli inquirenti, Luca Neri avrebbe rubato un'auto. "
     "L'avvocato Paola Conti ha spiegato che il suo assistito non ha mai visto quell'auto.",
     [("indirect", "Luca Neri avrebbe rubato un'auto", "inquirenti", ["Luca Neri"]),
      ("indirect", "il suo assistito non ha mai visto quell'auto", "Paola Conti", ["Luca Neri"])]),
])
def test_story_person_noun_is_about_the_person_named(shipped, text, expected):
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of the other gender than the one person named: no one
    ("Luca Neri è stato arrestato ieri a Torino. Secondo gli inquirenti, Luca Neri avrebbe rubato un'auto. "
     "L'avvocato Paola Conti ha spiegato che la ragazza non ha mai visto quell'auto.",
     [("indirect", "Luca Neri avrebbe rubato un'auto", "inquirenti", ["Luca Neri"]),
      ("indirect", "la ragazza non ha mai visto quell'auto", "Paola Conti", [])]),
    # two women named as often: the noun does not say which
    ("Anna Rossi e Maria Bianchi hanno vinto il premio. Anna Rossi ha ringraziato, Maria Bianchi anche. "
     "Il presidente Carlo Sala ha detto che la donna merita il premio.",
     [("indirect", "la donna merita il premio", "Carlo Sala", [])]),
    # an adjective after the noun says which one: another person
    ("Giulia Ferri è scomparsa da casa tre giorni fa a Pavia. Le ricerche di Giulia Ferri sono proseguite "
     "tutta la notte. Il sindaco Marco Bassi ha detto che la ragazza straniera era stata vista in stazione.",
     [("indirect", "la ragazza straniera era stata vista in stazione", "Marco Bassi", [])]),
])
def test_story_person_noun_left_alone(shipped, text, expected):
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,word,expected", [
    # an adjective or an infinitive capitalised by its place (after a colon, opening a sentence)
    ("Il direttore Paolo Verdi ha risposto così. Fermarli subito è necessario.", "Fermarli", True),
    ("Il tecnico ha spiegato: Registrarli e inviarli è semplice.", "Registrarli", True),
    # a name there stays
    ("Il sindaco ha detto: Roma è pronta ad accogliere i pellegrini.", "Roma", False),
    # a word the tagger takes for a name is left to the tagger
    ("Il direttore ha parlato di un passo Fondamentale per la città.", "Fondamentale", False),
])
def test_capital_of_position_is_no_name(shipped, text, word, expected):
    """One word the tagger reads as an adjective or a verb, capitalised only where it stands
    (*…: Registrarli e…*), is no entity a quotation is about."""
    from spacy.tokens import Span
    from kit.speech.descriptions import DescriptionRules
    doc = kit.analyze(text, shipped)
    tok = next(t for t in doc if t.text == word)
    assert DescriptionRules._capital_of_position(doc, Span(doc, tok.i, tok.i + 1, label="ORG")) is expected
