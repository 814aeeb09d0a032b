"""Speakers across sentences (kit issue #12, family *speakers across sentences*): forms of Italian
news written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a title set off by commas after the name in a colon frame of words: the name speaks
    ("Il sindaco ha presentato il bilancio. La replica di Paolo Gatti, presidente dei commercianti: «Sono solo promesse».",
     [("direct", "Sono solo promesse", "Paolo Gatti")]),
    ("L'assessore Dario Pini ha firmato la delibera. Diverso il parere di Carla Monti, consigliera di minoranza: «Così si svende il parco».",
     [("direct", "Così si svende il parco", "Carla Monti")]),
    ("La giunta ha approvato il piano. Durissimo il commento di Elisa Bruni, segretaria provinciale della Fiom: «Nessuno ci ha ascoltato».",
     [("direct", "Nessuno ci ha ascoltato", "Elisa Bruni")]),
    # the look-alikes: no apposition, a kin apposition, and a name after a preposition with
    # no noun of words before it (the colon frame of the sentence's own subject)
    ("La giunta ha approvato il piano. Durissimo il commento di Elisa Bruni: «Nessuno ci ha ascoltato».",
     [("direct", "Nessuno ci ha ascoltato", "Elisa Bruni")]),
    ("Il ministro Carlo Sala ha presentato il piano. Il commento di Anna Bruni, sua moglie: «Sono orgogliosa di lui».",
     [("direct", "Sono orgogliosa di lui", "Anna Bruni")]),
    ("Il ministro Carlo Sala ha scritto a Luca Ferri, presidente della Regione: «Il piano è pronto».",
     [("direct", "Il piano è pronto", "Carlo Sala")]),
])
def test_words_of_name_with_title_apposition(shipped, text, expected):
    """*Diverso il parere di X, capogruppo dell'opposizione: «…»*: the apposition of title after
    the name does not hide the name from the noun of words before it; the quotation is X's, not
    the speaker of the sentence before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a null subject after an adjective set off by commas: the object of a verb of praise or
    # blame is not its subject; the name the sentence before gave speaks
    ("Il campione Luca Ferrante ha ricevuto il premio alla carriera. Poi, commosso, ha ringraziato i tifosi che lo hanno sostenuto.",
     [("indirect", "i tifosi che lo hanno sostenuto", "Luca Ferrante")]),
    ("La ministra Anna Ferri ha premiato gli studenti. Infine, sorridente, ha elogiato gli insegnanti della scuola.",
     [("indirect", "gli insegnanti della scuola", "Anna Ferri")]),
    ("Il sindaco Pietro Galli ha visitato il quartiere allagato. Più tardi, irritato, ha criticato i tecnici che non avevano pulito i tombini.",
     [("indirect", "i tecnici che non avevano pulito i tombini", "Pietro Galli")]),
    # the look-alikes: a verb of saying keeps the name after it as its subject, a group with
    # its own article before the aside is the subject, and no aside at all
    ("Il governo ha chiesto il voto entro giugno. Se ciò non avvenisse, ha detto Carlo Sala in un'intervista, \"il Paese non sarebbe più sicuro\".",
     [("indirect", "il voto entro giugno", "governo"), ("mixed", "il Paese non sarebbe più sicuro", "Carlo Sala")]),
    ("I residenti, spaventati, hanno raccontato che il boato si è sentito a chilometri.",
     [("indirect", "il boato si è sentito a chilometri", "residenti")]),
    ("Il sindaco Pietro Galli ha visitato il quartiere. Poi ha criticato i tecnici del Comune.",
     [("indirect", "i tecnici del Comune", "Pietro Galli")]),
])
def test_null_subject_after_predicative_aside(shipped, text, expected):
    """*X ha ricevuto il premio. Poi, commosso, ha ringraziato i tifosi che…*: an adjective set
    off by commas is no subject (the null subject carries X), and the object after a verb of
    praise or blame is not a subject after its verb."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "il legale" is the lawyer the article named with "avvocato", and back
    ("L'avvocato dei genitori, Paolo Tessari, ha depositato una denuncia. Secondo il legale, la scuola non ha vigilato.",
     [("indirect", "la scuola non ha vigilato", "Paolo Tessari")]),
    ("L'avvocata Marta Lodi ha presentato ricorso al Tar. La legale ha spiegato che il bando era irregolare.",
     [("indirect", "il bando era irregolare", "Marta Lodi")]),
    ("Il legale della società, Franco Merlo, ha lasciato il tribunale. L'avvocato ha detto che la sentenza sarà impugnata.",
     [("indirect", "la sentenza sarà impugnata", "Franco Merlo")]),
    # the look-alike: a judge is not the lawyer; no one was named as one
    ("Il giudice Carlo Rossi ha letto la sentenza. Il legale ha annunciato che farà ricorso in appello.",
     [("indirect", "farà ricorso in appello", "legale")]),
])
def test_lawyer_synonyms(shipped, text, expected):
    """*L'avvocato X … Il legale ha spiegato…*: *legale* and *avvocato* name the same role
    (``title_hyponyms``), so the description resolves to the lawyer named before."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a plural null subject carries both people named before, over bodies inside their titles
    ("Il leader della Uil Piero Sanna e la segretaria della Cisl Laura Fumo sono usciti da Palazzo Chigi. All'uscita hanno detto che lo sciopero resta confermato.",
     [("indirect", "lo sciopero resta confermato", "Piero Sanna e Laura Fumo")]),
    ("Il ministro dell'Interno Paolo Galli e il capo della Polizia Mario Sarti hanno visitato la questura. Hanno annunciato che arriveranno cento nuovi agenti.",
     [("indirect", "arriveranno cento nuovi agenti", "Paolo Galli e Mario Sarti")]),
    # the look-alikes: a singular verb carries the subject alone, and the person met is an object
    ("Il sindaco Marco Ferri ha incontrato la presidente della Provincia Anna Riva. Ha poi spiegato che i salari cresceranno.",
     [("indirect", "i salari cresceranno", "Marco Ferri")]),
    ("Il leader della Uil Piero Sanna e la segretaria della Cisl Laura Fumo sono usciti da Palazzo Chigi. La sindacalista ha detto che lo sciopero resta confermato.",
     [("indirect", "lo sciopero resta confermato", "Laura Fumo")]),
])
def test_plural_null_subject_over_titled_bodies(shipped, text, expected):
    """*Il leader della Uil X e la segretaria della Cisl Y sono usciti. Hanno detto che…*: the
    plural null subject is *X e Y*; the body inside a title is not the last person, and a
    title the parse gives as the subject joins over its closing name."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a title of two words in an apposition before the name gives the whole title, and its last
    # word alone still names the person
    ("L'amministratore delegato della compagnia, Franco Leoni, ha incontrato i piloti. Il manager ha promesso che non ci saranno esuberi.",
     [("indirect", "non ci saranno esuberi", "Franco Leoni")]),
    ("L'amministratore delegato della compagnia, Franco Leoni, ha incontrato i piloti. L'amministratore ha promesso che non ci saranno esuberi.",
     [("indirect", "non ci saranno esuberi", "Franco Leoni")]),
    ("Il commissario tecnico della nazionale, Renato Mauri, ha diramato le convocazioni. Il tecnico ha spiegato che alcuni titolari sono infortunati.",
     [("indirect", "alcuni titolari sono infortunati", "Renato Mauri")]),
    # the look-alike: a title of one word
    ("La segretaria generale del sindacato, Paola Conti, ha incontrato il ministro. La sindacalista ha detto che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Paola Conti")]),
])
def test_two_word_title_in_apposition(shipped, text, expected):
    """*L'amministratore delegato del gruppo, X, … Il manager ha assicurato…*: the description
    table keeps the whole title of an apposition (not only *delegato*), so a later description
    by its head or a synonym of it resolves to X."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # two people with the same title coordinated as one subject: a bare title after them is
    # either, so it stays a description (the guidelines: not resolved unless unambiguous)
    ("Il ministro del Lavoro Marco Villa e il ministro dei Trasporti Andrea Conti hanno visitato la fiera. Il ministro ha detto che i controlli saranno raddoppiati.",
     [("indirect", "i controlli saranno raddoppiati", "ministro")]),
    # the look-alikes: the gender picks one, the domain picks one, and one titled person alone
    ("Il ministro del Lavoro Marco Villa e la ministra dei Trasporti Anna Conti hanno visitato la fiera. La ministra ha detto che i controlli saranno raddoppiati.",
     [("indirect", "i controlli saranno raddoppiati", "Anna Conti")]),
    ("Il ministro del Lavoro Marco Villa e il ministro dei Trasporti Andrea Conti hanno visitato la fiera. Il ministro dei Trasporti ha detto che i controlli saranno raddoppiati.",
     [("indirect", "i controlli saranno raddoppiati", "Andrea Conti")]),
    ("Il ministro del Lavoro Marco Villa ha incontrato gli allevatori. Il ministro ha detto che i controlli saranno raddoppiati.",
     [("indirect", "i controlli saranno raddoppiati", "Marco Villa")]),
])
def test_bare_title_after_two_holders(shipped, text, expected):
    """*Il ministro X e il ministro Y sono arrivati. Il ministro ha detto…*: with two holders of
    the title coordinated in the sentence before, a bare title names neither."""
    assert spoken(shipped, text) == expected
