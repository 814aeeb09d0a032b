"""What a quotation is about: acronyms of bodies written with one capital, forms of Italian news
written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

import kit

from .helpers import spoken_about


@pytest.mark.parametrize("text,expected", [
    # an acronym of the content words of a body written with one capital (Banca centrale europea: BCE)
    ("La Banca centrale europea ha lasciato i tassi invariati. Il governatore Mario Rossi ha detto che la Bce "
     "interverrà a giugno.",
     [("indirect", "la Bce interverrà a giugno", "Mario Rossi", ["Banca centrale europea"])]),
    ("Il Partito democratico ha chiuso la campagna a Bologna. Giorgio Neri ha dichiarato che il Pd resterà "
     "all'opposizione.",
     [("indirect", "il Pd resterà all'opposizione", "Giorgio Neri", ["Partito democratico"])]),
    # an acronym in mixed case keeps the letter of the preposition (Cda: Consiglio d'amministrazione)
    ("Il Consiglio d'amministrazione della società si riunirà domani. Luca Bianchi ha spiegato che il Cda "
     "valuterà l'offerta.",
     [("indirect", "il Cda valuterà l'offerta", "Luca Bianchi", ["Consiglio d'amministrazione"])]),
])
def test_acronym_of_a_body_written_with_one_capital(shipped, text, expected):
    """An acronym in the content names the body the article spelled out, with its full name."""
    assert spoken_about(shipped, text) == expected


def test_all_capitals_acronym_does_not_take_a_preposition_letter(shipped):
    """An acronym in capitals is made of the content words only: *ADA* is not *Agenzia delle
    acque* (AA), so it stays its own name."""
    doc = kit.analyze("L'Agenzia delle acque ha chiuso il bacino. Secondo l'ADA il livello è basso.", shipped)
    named = {e.text: e._.kit_canonical for e in doc.ents}
    assert named.get("ADA", "ADA") == "ADA"
    assert kit.components.names.initials_forms("Banca centrale europea", frozenset({"della"})) == ("B", "BCE", "BCE")
    assert kit.components.names.initials_forms("Consiglio dei ministri", frozenset({"dei"})) == ("C", "CM", "CDM")


def test_acronym_before_its_name_in_brackets(shipped):
    """*ACR (il Nome per esteso, …)*: the acronym takes the name that follows it in brackets."""
    doc = kit.analyze("Il ministro Carlo Bruni ha detto che l'ELN (l'Esercito di Liberazione Nazionale, attivo "
                      "nel sud) ha firmato la tregua.", shipped)
    named = {e.text: e._.kit_canonical for e in doc.ents}
    assert named.get("ELN") == "Esercito di Liberazione Nazionale"


@pytest.mark.parametrize("text,mention,expected", [
    # the place after "di" right after the body's name: its seat, part of the speaker's designation
    ("Lo precisa l'Osservatorio geologico regionale di Potenza: la frana minaccia Tito e Vaglio.",
     "l'Osservatorio geologico regionale", ["Tito", "Vaglio"]),
    # a place named later in the content stays
    ("Lo precisa l'Osservatorio geologico regionale: la frana minaccia Potenza.",
     "l'Osservatorio geologico regionale", ["Potenza"]),
])
def test_seat_of_the_speaking_body_is_notspoken_about(shipped, text, mention, expected):
    """*l'Istituto … di Prato*: the tagger cuts the place from the body's name; what the quote
    is about leaves it out with the rest of the speaker's mention."""
    doc = kit.analyze(text, shipped)
    speech = shipped.get_pipe("kit_quotes").speech
    speech.reset()
    m = doc.text.index(mention)
    about = speech.about(doc, m, len(doc.text), "Osservatorio geologico regionale", (m, m + len(mention)))
    assert [a for a in about if a != "Osservatorio geologico regionale"] == expected
