"""Sources and contents that are not speech: forms of Italian written for these tests (no
sentence comes from a gold set or from the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # secondo + an aim, an ideal, a wish, a value, a classification, a plan, terms or a
    # suggestion followed: "in accordance with", no one's words
    ("Le nuove scuole saranno costruite secondo la comune aspirazione delle famiglie del quartiere.", []),
    ("I due partiti, secondo l'antico ideale dei fondatori, governeranno insieme la regione.", []),
    ("Secondo la volontà del defunto, le ceneri sono state disperse in mare.", []),
    ("Secondo i desideri del donatore, il museo resterà aperto anche la domenica.", []),
    ("Secondo gli obiettivi del piano, le emissioni caleranno del 30 per cento entro il 2030.", []),
    ("Secondo i valori della Costituzione, la scuola deve essere aperta a tutti.", []),
    ("Secondo i dettami della tradizione, la sposa arriva in ritardo.", []),
    ("Secondo i termini dell'accordo, la società pagherà dieci milioni di euro.", []),
    ("Secondo le condizioni del contratto, l'affitto sale del 5 per cento ogni anno.", []),
    ("Secondo il sistema proporzionale, i seggi vengono divisi tra le liste.", []),
    ("Secondo le tecniche tradizionali, il formaggio stagiona per due anni.", []),
    ("Secondo i tempi previsti, i lavori finiranno in primavera.", []),
    ("Il lavoro sarà diviso secondo le rispettive competenze e secondo gli obiettivi del piano.", []),
    ("Secondo un suggerimento della sindaca Anna Verdi, la piazza sarà chiusa al traffico la domenica.", []),
    # the look-alikes: a person, a body, an estimate or a finding after secondo still speak
    ("Secondo il ministro Carlo Rossi, la riforma sarà approvata entro l'estate.",
     [("indirect", "la riforma sarà approvata entro l'estate", "Carlo Rossi")]),
    ("Secondo le stime della Coldiretti, il raccolto calerà del 20 per cento.",
     [("indirect", "il raccolto calerà del 20 per cento", "Coldiretti")]),
    ("La frana, secondo i geologi della Regione, potrebbe riprendere a muoversi.",
     [("indirect", "La frana, secondo i geologi della Regione, potrebbe riprendere a muoversi", "geologi della Regione")]),
])
def test_secondo_a_standard(shipped, text, expected):
    """*secondo* + a noun of an aim, an ideal, a value, a wish, a classification, a plan, terms or
    a suggestion (``not_sources``), an adjective before it or not (*la comune aspirazione*,
    *l'antico ideale*), is "in accordance with": no source, no quotation."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # right after the speech noun of a light verb, the occasion, the time or the venue of the
    # act: nothing the stance holds
    ("Il ministro Carlo Rossi ha espresso la sua preoccupazione a margine del vertice di Bruxelles.", []),
    ("La premier Anna Verdi ha espresso forte preoccupazione a margine dell'incontro con i sindacati.", []),
    ("Il sindaco Luca Neri ha espresso la sua soddisfazione nel corso della conferenza stampa.", []),
    ("Il presidente Marco Bianchi ha espresso soddisfazione al termine della riunione.", []),
    ("Il sindaco Luca Neri ha espresso soddisfazione nel pomeriggio.", []),
    ("Il sindaco Luca Neri ha espresso rammarico all'uscita dal tribunale.", []),
    ("Il sindaco Luca Neri ha espresso il suo apprezzamento a nome della giunta.", []),
    ("Il sindaco Luca Neri ha espresso soddisfazione nel suo intervento in aula.", []),
    # what the stance is about after the setting, and the look-alikes: per, a target after a,
    # nei confronti di
    ("Il sindaco Luca Neri ha espresso soddisfazione al termine della riunione per l'accordo raggiunto con i sindacati.",
     [("indirect", "l'accordo raggiunto con i sindacati", "Luca Neri")]),
    ("Il sindaco Luca Neri ha espresso preoccupazione per l'aumento dei prezzi.",
     [("indirect", "l'aumento dei prezzi", "Luca Neri")]),
    ("Il sindaco Luca Neri ha espresso preoccupazione per la notte di violenze in centro.",
     [("indirect", "la notte di violenze in centro", "Luca Neri")]),
    ("Il sindaco Luca Neri ha espresso la sua contrarietà a questa legge.",
     [("indirect", "a questa legge", "Luca Neri")]),
    # marks after the setting still quote the speaker
    ("Il ministro Carlo Rossi ha espresso preoccupazione a margine del vertice: «La crisi è grave».",
     [("direct", "La crisi è grave", "Carlo Rossi")]),
])
def test_stance_setting(shipped, text, expected):
    """An occasion (``occasion_phrases``: *a margine di*, *al termine di*, *a nome di*), a time
    or a venue (*nel pomeriggio*, *nel suo intervento*) right after a stance noun (*ha espresso
    la sua preoccupazione*) is when and where, not what the stance holds: no content, unless
    *per* and its object follow the setting."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # indicazioni as information reported: unsigned, or its holder after di
    ("Secondo le prime indicazioni, l'incendio sarebbe partito da un cortocircuito.",
     [("indirect", "l'incendio sarebbe partito da un cortocircuito", None)]),
    ("Secondo le indicazioni dei carabinieri, l'uomo avrebbe agito da solo.",
     [("indirect", "l'uomo avrebbe agito da solo", "carabinieri")]),
    ("Dalle prime indicazioni, l'auto viaggiava a forte velocità.",
     [("indirect", "l'auto viaggiava a forte velocità", None)]),
    # the look-alikes: instructions followed or given stay as they were
    ("I pazienti devono seguire le indicazioni del medico.", []),
    ("Il partito ha dato indicazioni di votare contro la riforma.",
     [("indirect", "di votare contro la riforma", "partito")]),
])
def test_indications_reported(shipped, text, expected):
    """*indicazioni* after *secondo* / *dalle* is information reported like *notizie* or *stime*
    (``report_nouns``, ``speech_nouns``): no speaker of its own (*secondo le prime indicazioni*),
    the holder after *di* (*secondo le indicazioni dei carabinieri*)."""
    assert spoken(shipped, text) == expected
