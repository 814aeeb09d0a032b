"""What a quotation is about: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations
import pytest
import kit


def about(nlp, text):
    """(kind, content, speaker, about) of the quotations ``nlp`` finds in ``text`` (not *other*)."""
    return [(q.kind, q.text, q.speaker, tuple(q.about)) for q in kit.analyze(text, nlp)._.kit_quotes
            if q.kind != "other"]


@pytest.mark.parametrize("text,expected", [
    # the marks hold the object or a verb phrase; the clause goes on after them
    ("Il governo indiano ha espresso «profonda irritazione» per la scelta del governo giapponese.",
     [("mixed", "profonda irritazione", "governo indiano", ("governo giapponese",))]),
    # (the body asked, subject of "rispettino", is what the request is about too: h251)
    ("Il presidente Carlo Bianchi ha chiesto alle Camere che «rispettino l'indipendenza» della Corte dei Conti.",
     [("mixed", "rispettino l'indipendenza", "Carlo Bianchi", ("Camere", "Corte dei Conti"))]),
    ("Il ministro Paolo Verdi è in visita a Parigi. La Banca Europea ha detto che «approva senza riserve» "
     "le dimissioni di Verdi.",
     [("mixed", "approva senza riserve", "Banca Europea", ("Paolo Verdi",))]),
    # a later clause with a subject of its own is not the quotation's
    ("Il governo indiano ha espresso «profonda irritazione»; il ministro Luca Neri è partito per Tokyo.",
     [("mixed", "profonda irritazione", "governo indiano", ())]),
    # a direct quotation is about its own words only
    ("Il governo indiano ha detto: «Siamo molto irritati». Poi il ministro è partito per Tokyo.",
     [("direct", "Siamo molto irritati", "governo indiano", ())]),
])
def test_mixed_about_whole_clause(shipped, text, expected):
    """A mixed quotation right after its cue (*ha espresso «…» per X*) is about what its whole
    reported clause names, after the marks too."""
    assert about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a writer's apposition after the marks names the last place in them, not what is said
    ("Gli osservatori dell'Onu affermano che «non ci sono prove di spari vicino a Tskhinvali», "
     "la capitale dell'Ossezia del Sud.",
     [("mixed", "non ci sono prove di spari vicino a Tskhinvali", "osservatori dell'Onu", ("Tskhinvali",))]),
    # a comma and a coordinated phrase: still the clause of the cue
    ("Il governo indiano ha espresso «profonda irritazione», e poi delusione, per la scelta del governo giapponese.",
     [("mixed", "profonda irritazione", "governo indiano", ("governo giapponese",))]),
    # a law named after a person does not talk about that person
    ("Il deputato Mario Neri ha detto che il decreto Salvini «va cambiato subito».",
     [("mixed", "va cambiato subito", "Mario Neri", ())]),
])
def test_mixed_about_stops(shipped, text, expected):
    """What follows the marks stops being the quoted clause at a writer's apposition (a comma
    and a definite article); a name inside the name of a law (*decreto X*, *lodo X*) is no about."""
    assert about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Secondo i critici la legge serve a Vladimir Putin, attuale Primo ministro, per tornare al Cremlino.",
     [("indirect", "la legge serve a Vladimir Putin, attuale Primo ministro, per tornare al Cremlino",
       "critici", ("Vladimir Putin", "Cremlino"))]),
    ("Marco Bianchi ha detto che il Segretario Generale Ban Ki-moon e il Procuratore Generale sbagliano.",
     [("indirect", "il Segretario Generale Ban Ki-moon e il Procuratore Generale sbagliano", "Marco Bianchi",
       ("Ban Ki-moon",))]),
    # a name after a title stays
    ("Anna Neri ha detto che il presidente Romano Prodi ha ragione.",
     [("indirect", "il presidente Romano Prodi ha ragione", "Anna Neri", ("Romano Prodi",))]),
])
def test_title_adjective_is_no_about(shipped, text, expected):
    """A capitalised adjective of an office title (*Segretario Generale*, *Primo ministro*) names no one."""
    assert about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the content leaves out the name's own last mark
    ("La fondazione ha annunciato un sostegno da parte di Yahoo! Oggi ne parleranno i giornali.",
     [("indirect", "un sostegno da parte di Yahoo", "fondazione", ("Yahoo!",))]),
    # a name after the content is not in it
    ("Il sindaco ha detto che arriverà domani. Roma lo aspetta.",
     [("indirect", "arriverà domani", "sindaco", ())]),
])
def test_name_ending_with_mark(shipped, text, expected):
    """A name ending with a mark (*Yahoo!*) that the content's end cuts off is still what it names."""
    assert about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the clitic joined to a gerund of naming stands for the person named just before
    ("È morto il pittore Carlo Verri. Il sindaco Anna Bruni ha espresso il suo cordoglio per la scomparsa "
     "di Carlo Verri, definendolo «un maestro generoso».",
     [("mixed", "un maestro generoso", "Anna Bruni", ("Carlo Verri",))]),
    # a verb of comparing a person to something
    ("Il giornalista Marco Neri ha attaccato il senatore Paolo Fabbri: lo ha paragonato a un «burattino».",
     [("indirect", "il senatore Paolo Fabbri", "Marco Neri", ("Paolo Fabbri",)),
      ("mixed", "burattino", "Marco Neri", ("Paolo Fabbri",))]),
])
def test_object_clitic_of_naming(shipped, text, expected):
    """The person a cue of naming or comparing takes as object clitic (*definendolo*, *lo ha
    paragonato a*) is what the quotation is about."""
    assert about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause on the speaker inside the content describes the speaker
    ("La situazione, secondo quanto ha riferito padre Marco Bellini, che dirige l'agenzia cattolica AsiaNews, "
     "è gravissima a Dacca.",
     [("indirect", "La situazione, secondo quanto ha riferito padre Marco Bellini, che dirige l'agenzia cattolica "
       "AsiaNews, è gravissima a Dacca", "Marco Bellini", ("Dacca",))]),
])
def test_speaker_relative_in_content(shipped, text, expected):
    """What a relative clause after the speaker's mention inside the content names (*secondo X,
    che dirige Y,*) is not what the content is about."""
    assert about(shipped, text) == expected
