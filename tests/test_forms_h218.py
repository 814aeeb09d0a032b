"""A definite description by a title, when the article gave no one that title: not the titled
person named last when all of that person's titles name another kind of people (the grammar's
``title_classes``). Forms of Italian news written for these tests (no sentence comes from a gold
set)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a pope is not a head of state, a judge not a coach, a champion not someone's daughter, a
    # director general not a city councillor, a president not an ayatollah, a minister not a
    # singer, a bishop not a film director: the description stays unresolved
    ("Il presidente argentino Carlos Ferreyra ha visitato il porto di Genova. "
     "Il papa ha dichiarato che pregherà per le vittime del naufragio.",
     [("indirect", "pregherà per le vittime del naufragio", "papa")]),
    ("L'allenatore Bruno Sartori ha lasciato la squadra. Secondo il giudice la sentenza del tribunale sarà appellata.",
     [("indirect", "la sentenza del tribunale sarà appellata", "giudice")]),
    ("La figlia Giulia Ruggeri era in vacanza con la madre. Il campione ha dichiarato di stare bene.",
     [("indirect", "di stare bene", "campione")]),
    ("L'assessore Franco Bellini ha inaugurato la mostra. Il direttore generale ha annunciato le sue dimissioni.",
     [("indirect", "le sue dimissioni", "direttore generale")]),
    ("L'ayatollah Hassan Karimi ha guidato la preghiera. Secondo il presidente le proteste sono state organizzate dall'estero.",
     [("indirect", "le proteste sono state organizzate dall'estero", "presidente")]),
    ("Il cantante Luca Bassi è arrivato a Sanremo. Il ministro ha dichiarato che il festival avrà nuovi fondi.",
     [("indirect", "il festival avrà nuovi fondi", "ministro")]),
    ("Il regista Luca Bassi è arrivato a Venezia. Secondo il vescovo il film offende i fedeli.",
     [("indirect", "il film offende i fedeli", "vescovo")]),
    # the look-alikes: the person named last has a title of the same kind (a cardinal made pope,
    # a tennis player called the champion, a manager the director general, a governor the
    # region's president), or the very same title, or a narrower one
    ("Il cardinale Carlos Ferreyra ha visitato il porto di Genova. "
     "Il papa ha dichiarato che pregherà per le vittime del naufragio.",
     [("indirect", "pregherà per le vittime del naufragio", "Carlos Ferreyra")]),
    ("Il presidente argentino Carlos Ferreyra ha visitato il porto di Genova. "
     "Il presidente ha dichiarato che pregherà per le vittime del naufragio.",
     [("indirect", "pregherà per le vittime del naufragio", "Carlos Ferreyra")]),
    ("La tennista Giulia Ruggeri era in vacanza con la madre. La campionessa ha dichiarato di stare bene.",
     [("indirect", "di stare bene", "Giulia Ruggeri")]),
    ("Il manager Franco Bellini ha inaugurato la fabbrica. Il direttore generale ha annunciato le sue dimissioni.",
     [("indirect", "le sue dimissioni", "Franco Bellini")]),
    ("Il governatore Hassan Karimi ha guidato il corteo. Secondo il presidente le proteste sono state organizzate dall'estero.",
     [("indirect", "le proteste sono state organizzate dall'estero", "Hassan Karimi")]),
    ("L'allenatore Bruno Sartori ha lasciato la squadra. Il tecnico ha detto che la squadra tornerà presto in campo.",
     [("indirect", "la squadra tornerà presto in campo", "Bruno Sartori")]),
    # a generic head of something (*il responsabile*) names a politician too
    ("Il sottosegretario Paolo Righi ha parlato a Bari. Il responsabile ha assicurato che i treni arriveranno.",
     [("indirect", "i treni arriveranno", "Paolo Righi")]),
    ("Il ministro del Lavoro Paolo Righi è intervenuto a Bari. Il dirigente ha assicurato che le pensioni non cambieranno.",
     [("indirect", "le pensioni non cambieranno", "Paolo Righi")]),
])
def test_title_of_another_kind(shipped, text, expected):
    """*il papa*, *il giudice*, *il campione*: not the titled person named last whose titles all
    name another kind of people (*il presidente X*, *l'allenatore X*, *la figlia X*)."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the title of a magazine whose noun a preposition governs, before the verb: the outlet one
    # spoke to, not the subject (the sentence names no one else: no speaker)
    ("Quando, alla rivista Casa e Giardino, ha dichiarato di non voler lasciare il partito, nessuno le ha creduto.",
     [("indirect", "di non voler lasciare il partito, nessuno le ha creduto", None)]),
    ("Quando, alla rivista Sole e Luna, ha dichiarato di voler lasciare la politica, nessuno le ha creduto.",
     [("indirect", "di voler lasciare la politica, nessuno le ha creduto", None)]),
    # the look-alikes: the person before the outlet or right after it, the outlet as the subject
    # or the source, the outlet after "da" in an aside
    ("Marco Rossi, al quotidiano La Stampa, ha dichiarato di non voler lasciare il partito.",
     [("indirect", "di non voler lasciare il partito", "Marco Rossi")]),
    ("Al quotidiano La Stampa Marco Rossi ha dichiarato di non voler lasciare il partito.",
     [("indirect", "di non voler lasciare il partito", "Marco Rossi")]),
    ("Il quotidiano La Stampa ha scritto che il governo cadrà.",
     [("indirect", "il governo cadrà", "La Stampa")]),
    ("Il settimanale Moda e Salute ha rivelato che la modella lascerà le passerelle.",
     [("indirect", "la modella lascerà le passerelle", "Moda e Salute")]),
    ("Secondo il quotidiano La Stampa il governo cadrà presto.",
     [("indirect", "il governo cadrà presto", "La Stampa")]),
    ("Marco Rossi, intervistato dal mensile Famiglia Cristiana, ha dichiarato che la legge è sbagliata.",
     [("indirect", "la legge è sbagliata", "Marco Rossi")]),
])
def test_outlet_spoken_to(shipped, text, expected):
    """*alla rivista Casa e Giardino, ha dichiarato*: the title after a noun of a newspaper or
    work that a preposition other than *di* governs is no subject."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name apposed to a title a preposition governs (the agent of a participle): not the
    # subject of the verb after it
    ("Luca Bianchi, contattato al telefono subito dopo la partita dal conduttore della Domenica sportiva, "
     "Paolo Conti, si è ovviamente detto deluso ma ha detto di ritenere che la sconfitta sia stata immeritata.",
     [("indirect", "deluso", "Luca Bianchi"),
      ("indirect", "di ritenere che la sconfitta sia stata immeritata", "Luca Bianchi")]),
    # the look-alikes: the apposition of the subject's own title, or of a source's
    ("Il presidente del Milan, Paolo Rossi, ha detto che la squadra è pronta.",
     [("indirect", "la squadra è pronta", "Paolo Rossi")]),
    ("Il portavoce del ministero, Marco Neri, ha detto che la riforma è pronta.",
     [("indirect", "la riforma è pronta", "Marco Neri")]),
    ("Secondo il portavoce del ministero, Marco Neri, la riforma è pronta.",
     [("indirect", "la riforma è pronta", "Marco Neri")]),
    ("Marco Neri, intervistato dal direttore del Tirreno, Paolo Conti, ha detto che la squadra è pronta.",
     [("indirect", "la squadra è pronta", "Marco Neri")]),
])
def test_apposition_of_governed_title(shipped, text, expected):
    """*X, avvicinato dal conduttore del programma, Y, si è detto…*: the name apposed to a title
    a preposition governs is its agent or addressee, not the subject."""
    assert spoken(shipped, text) == expected
