"""A broad title in a quotation's content (*il magistrato*, *l'artista*, *l'atleta*) that the
article gave no one: the one person of the passage before it whom the article introduced with a
narrower title of that kind (*il giudice X*, *la cantante X*). Forms of Italian news written for
these tests (no sentence comes from a gold set)."""
from __future__ import annotations
import pytest

from .helpers import spoken_about   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # the broad title for the one person named before with a narrower one
    ("Il giudice Marco Ferri si è dimesso ieri dalla Corte. Il senatore Paolo Bruni ha detto che "
     "il magistrato ha sollevato un problema serio.",
     [("indirect", "il magistrato ha sollevato un problema serio", "Paolo Bruni", ["Marco Ferri"])]),
    ("La cantante Giulia Rossi ha annullato il concerto di sabato. Il sindaco Mario Bianchi ha detto "
     "che l'artista tornerà in città a maggio.",
     [("indirect", "l'artista tornerà in città a maggio", "Mario Bianchi", ["Giulia Rossi"])]),
    # after a preposition joined to the article too
    ("Il tennista Luca Moretti ha perso la finale. Il presidente Carlo Serra ha detto di avere "
     "fiducia nell'atleta.",
     [("indirect", "di avere fiducia nell'atleta", "Carlo Serra", ["Luca Moretti"])]),
    # look-alikes: two people with a narrower title before it (which one?), an indefinite
    # article (what someone is, no one named), the broad title the article gave someone itself
    ("Il giudice Marco Ferri e il giudice Luca Sarti hanno lasciato la Corte. Il senatore Paolo Bruni "
     "ha detto che il magistrato ha sollevato un problema serio.",
     [("indirect", "il magistrato ha sollevato un problema serio", "Paolo Bruni", [])]),
    ("Il giudice Marco Ferri si è dimesso ieri dalla Corte. Il senatore Paolo Bruni ha detto che "
     "serve un magistrato più giovane.",
     [("indirect", "serve un magistrato più giovane", "Paolo Bruni", [])]),
    ("Il magistrato Anna Costa ha aperto un fascicolo e il giudice Marco Ferri si è dimesso. "
     "Il senatore Paolo Bruni ha detto che il magistrato ha sollevato un problema serio.",
     [("indirect", "il magistrato ha sollevato un problema serio", "Paolo Bruni", ["Anna Costa"])]),
])
def test_broad_title_for_a_narrower_one(shipped, text, expected):
    """*il magistrato* after *il giudice Marco Ferri*: in a content, the one person of the passage
    the article introduced with a narrower title of that kind (the grammar's ``title_hyponyms``);
    no one when two were, with *un*, or the one it gave the broad title itself."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a child's noun: not the woman the article introduced with a title of an office
    ("La senatrice Carla Benotti ha visitato ieri la scuola di Asti. Il preside Paolo Gandi ha detto "
     "che la bambina potrà tornare in classe a settembre.",
     [("indirect", "la bambina potrà tornare in classe a settembre", "Paolo Gandi", [])]),
    # look-alikes: the girl the article names (no title), and a woman's noun for the senator
    ("La piccola Sara Lodi è stata ritrovata ieri ad Asti. Il preside Paolo Gandi ha detto "
     "che la bambina potrà tornare in classe a settembre.",
     [("indirect", "la bambina potrà tornare in classe a settembre", "Paolo Gandi", ["Sara Lodi"])]),
    ("La senatrice Carla Benotti è stata aggredita ieri ad Asti. Il questore Paolo Gandi ha detto "
     "che la donna potrà tornare a casa domani.",
     [("indirect", "la donna potrà tornare a casa domani", "Paolo Gandi", ["Carla Benotti"])]),
])
def test_child_noun_for_no_titled_person(shipped, text, expected):
    """*la bambina* in a content names the girl the passage names, never the woman the article
    introduced with a title (*la senatrice Carla Benotti*); *la donna* may."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title after an indefinite article: someone unnamed, not the one the article gave the title
    ("Il sottosegretario Gino Pace ha parlato ieri alla Camera. Il giudice Aldo Mori ha scritto che "
     "alcune frasi pronunciate da un sottosegretario sono offensive.",
     [("indirect", "alcune frasi pronunciate da un sottosegretario sono offensive", "Aldo Mori", [])]),
    # the look-alike: the definite one is the sottosegretario named before
    ("Il sottosegretario Gino Pace ha parlato ieri alla Camera. Il giudice Aldo Mori ha scritto che "
     "alcune frasi pronunciate dal sottosegretario sono offensive.",
     [("indirect", "alcune frasi pronunciate dal sottosegretario sono offensive", "Aldo Mori", ["Gino Pace"])]),
])
def test_indefinite_title_names_no_one(shipped, text, expected):
    """*da un sottosegretario* in a content names no one, even when the article gave that title
    to one person (*il sottosegretario Gino Pace*); *dal sottosegretario* names him."""
    assert spoken_about(shipped, text) == expected


_FILLER = "La pioggia è caduta per tutta la notte sulla valle e sui campi. " * 36  # (a page's other story)


@pytest.mark.parametrize("text,expected", [
    # the one the page introduced with the title only far after it, in another story: not him
    ("La vescova Anna Dale ha detto che il presidente non ha pregato con i fedeli. " + _FILLER +
     "Il presidente Marco Villa ha inaugurato il ponte.",
     [("indirect", "il presidente non ha pregato con i fedeli", "Anna Dale", [])]),
    # the look-alike: introduced close to it, in the same story
    ("La vescova Anna Dale ha detto che il presidente non ha pregato con i fedeli. "
     "Il presidente Marco Villa ha inaugurato il ponte.",
     [("indirect", "il presidente non ha pregato con i fedeli", "Anna Dale", ["Marco Villa"])]),
])
def test_title_holder_of_another_story(shipped, text, expected):
    """*il presidente* in a content does not name the person the page gave that title only in a
    story far from it (more than 2,000 characters away)."""
    assert spoken_about(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an apposition that gives the age before the title: the title is still hers
    ("Anna Neri, 47 anni, sindaca di Asti, ha inaugurato il nuovo ponte. Il consigliere Piero Galli "
     "ha detto che la sindaca ha mentito ai cittadini.",
     [("indirect", "la sindaca ha mentito ai cittadini", "Piero Galli", ["Anna Neri"])]),
    ("Tra i feriti c'è anche Anna Neri, 47 anni e preside della scuola. Il bidello Piero Galli ha detto "
     "che la preside ha chiamato subito i soccorsi.",
     [("indirect", "la preside ha chiamato subito i soccorsi", "Piero Galli", ["Anna Neri"])]),
    # look-alike: an age and no title after it
    ("Anna Neri, 47 anni, ha inaugurato il nuovo ponte. Il consigliere Piero Galli "
     "ha detto che la sindaca ha mentito ai cittadini.",
     [("indirect", "la sindaca ha mentito ai cittadini", "Piero Galli", [])]),
])
def test_title_after_an_age(shipped, text, expected):
    """*Anna Neri, 47 anni, sindaca di Asti*: the title after the age in an apposition is hers,
    and *la sindaca* in a content names her."""
    assert spoken_about(shipped, text) == expected
