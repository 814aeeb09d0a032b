"""Where a reported content ends: forms of Italian news written for these tests (no sentence
comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a bare noun and an irregular participle (accogliere -> accolta) in brackets: the writer's summary
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (richiesta accolta dalla Regione).",
     [("indirect", "la riapertura del ponte", "Mario Rossi")]),
    # a regular participle, as before
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (decisione presa dalla giunta).",
     [("indirect", "la riapertura del ponte", "Mario Rossi")]),
    # an adjective, regular or a present participle, is no participle: the bracket stays
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (soluzione molto utile ai residenti).",
     [("indirect", "la riapertura del ponte (soluzione molto utile ai residenti)", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto la riapertura del ponte (misura importante per i pendolari).",
     [("indirect", "la riapertura del ponte (misura importante per i pendolari)", "Mario Rossi")]),
    # an irregular participle on the object's own noun, after a comma: still the object
    ("La sindacalista Anna Neri ha chiesto di rispettare l'accordo, raggiunto con l'azienda a maggio.",
     [("indirect", "di rispettare l'accordo, raggiunto con l'azienda a maggio", "Anna Neri")]),
])
def test_irregular_participle_in_summary(shipped, text, expected):
    """A bare noun and a participle after the object (*(richiesta accolta da…)*) sums up what
    was asked: the object ends before it, the participle irregular (*accolta*, *risolta*) or not."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a colon, the bare noun "cosa" and a relative: the writer's comment on the whole clause
    ("La portavoce Giulia Conti ha ipotizzato che il ministro non voglia firmare il decreto: cosa che il ministro ha poi smentito.",
     [("indirect", "il ministro non voglia firmare il decreto", "Giulia Conti")]),
    # "una cosa" inside the clause, or announcing what follows the colon, is the speaker's
    ("La portavoce Giulia Conti ha detto che serve una cosa che tutti capiscano.",
     [("indirect", "serve una cosa che tutti capiscano", "Giulia Conti")]),
    ("La portavoce Giulia Conti ha detto che il ministro vuole una cosa: che il decreto sia firmato subito.",
     [("indirect", "il ministro vuole una cosa: che il decreto sia firmato subito", "Giulia Conti")]),
])
def test_resumptive_cosa_che(shipped, text, expected):
    """*…: cosa che…* after a reported clause takes it up as the writer's comment: the content
    ends before the colon."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive charge whose subject comes after it: the charge ends before the subject's article
    ("Sono accusati di omicidio volontario i due fratelli arrestati ieri a Roma.",
     [("indirect", "di omicidio volontario", None)]),
    ("È accusato di corruzione il sindaco di Bari.",
     [("indirect", "di corruzione", None)]),
    # an article after a verb opens its object: still the charge
    ("L'uomo è accusato di aver ucciso la moglie.",
     [("indirect", "di aver ucciso la moglie", None)]),
    ("Il governo è accusato di voler scaricare sui cittadini la responsabilità della crisi.",
     [("indirect", "di voler scaricare sui cittadini la responsabilità della crisi", None)]),
    # an article after a preposition stays inside the di-phrase
    ("Sono sospettati dell'omicidio del ragazzo.",
     [("indirect", "dell'omicidio del ragazzo", None)]),
])
def test_charge_before_postposed_subject(shipped, text, expected):
    """*Sono accusati di X i due fratelli*: a definite article right after the charge's noun or
    adjective opens the passive's subject, where the charge ends."""
    assert spoken(shipped, text) == expected
