"""Verbs of communication, stance and evaluation whose content is their object noun phrase: forms
of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # an account laid out: the object names it (said_objects)
    ("Il ministro Luca Bianchi ha esposto le sue ragioni.",
     [("indirect", "le sue ragioni", "Luca Bianchi")]),
    ("Il comandante Mario Rossi ha ricostruito la dinamica dell'incidente.",
     [("indirect", "la dinamica dell'incidente", "Mario Rossi")]),
    ("Il presidente Carlo Verdi ha ripercorso le tappe della trattativa.",
     [("indirect", "le tappe della trattativa", "Carlo Verdi")]),
    ("La ministra Anna Neri ha illustrato il piano per le scuole.",
     [("indirect", "il piano per le scuole", "Anna Neri")]),
    ("Il governatore Paolo Sala ha delineato un quadro preoccupante della sanità.",
     [("indirect", "un quadro preoccupante della sanità", "Paolo Sala")]),
    # any other object is a thing shown, built or travelled; a passive is no one's account
    ("Il museo civico espone i quadri di un pittore fiammingo.", []),
    ("Dopo l'alluvione il comune ha ricostruito il ponte sul fiume.", []),
    ("La carovana ha ripercorso la strada dei pellegrini.", []),
    ("Il borgo venne ricostruito più a valle dopo il terremoto.", []),
    ("Il progetto, ricostruendo sulla base che già esiste, costerà meno.", []),
])
def test_account_verbs_with_their_nouns(shipped, text, expected):
    """*esporre, ricostruire, ripercorrere, illustrare, delineare* report their object only when it
    names an account (*le ragioni*, *la dinamica*, *le tappe*, *il piano*, *un quadro*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("L'assessore Marco Gallo ha apprezzato l'impegno dei volontari.",
     [("indirect", "l'impegno dei volontari", "Marco Gallo")]),
    ("Il testimone Luigi Sarti ha ritrattato la sua deposizione.",
     [("indirect", "la sua deposizione", "Luigi Sarti")]),
    ("Il vescovo Pietro Rinaldi ha deprecato la violenza degli ultrà.",
     [("indirect", "la violenza degli ultrà", "Pietro Rinaldi")]),
    ("La sindaca Giulia Conti ha giustificato la chiusura delle scuole.",
     [("indirect", "la chiusura delle scuole", "Giulia Conti")]),
    # a passive of appreciation is no one's words; an infinitive of purpose is an act
    ("I formaggi della valle sono apprezzati in tutta la regione.", []),
    ("La difesa ha prodotto nuovi documenti per giustificare il ritardo.", []),
    # minimizzare is mostly reducing a thing (gli effetti, i rischi), not playing it down in words
    ("Il governo intende minimizzare gli effetti della crisi sull'occupazione.", []),
    # giustificare reports only a deed it names (said_objects); a participle with no object is no one's words
    ("Ogni spesa dovrà risultare giustificata e documentata.", []),
    ("Il preside ha giustificato gli studenti assenti.", []),
])
def test_stance_verbs_with_object(shipped, text, expected):
    """Verbs of praise, blame, retraction and justification report their object noun phrase."""
    assert spoken(shipped, text) == expected


def test_adjectival_participle_does_not_end_content(shipped):
    """A participle of a speech verb with no auxiliary (*lasciare esposta la pelle*) opens no
    clause of its own after *mentre*: the second half stays in what was reported."""
    text = ("I residenti sono stati avvertiti di restare in casa, mentre chi lavora all'aperto "
            "non deve lasciare esposta la pelle al sole.")
    assert spoken(shipped, text) == [
        ("indirect", "di restare in casa, mentre chi lavora all'aperto non deve lasciare esposta la pelle al sole",
         None)]


@pytest.mark.parametrize("text,expected", [
    # marks past a semicolon after the object are in a clause of the writer's
    ("Il ministro Carlo Verdi ha ribadito la linea del governo; il piano nasce come «tregua» o promessa di «tregua».",
     [("indirect", "la linea del governo", "Carlo Verdi"), ("other", "tregua", None), ("other", "tregua", None)]),
    # marks after a comma and a gerund of its own are still the speaker's words
    ("Il ministro Carlo Verdi ha ribadito la linea del governo, definendola «una scelta obbligata».",
     [("indirect", "la linea del governo", "Carlo Verdi"), ("mixed", "una scelta obbligata", "Carlo Verdi")]),
])
def test_marks_after_object_and_semicolon(shipped, text, expected):
    """An object cue's region does not carry its speaker into quote marks past a semicolon."""
    assert spoken(shipped, text, other=True) == expected
