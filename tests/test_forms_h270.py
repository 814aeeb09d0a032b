"""Forms of Italian met in a judged sample of fresh text (h270), written for these tests (no
sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # "e" + an adjunct or a subject pronoun + a finite verb after an object or a "di" + infinitive:
    # a clause of the writer's, which a content without a finite verb cannot hold
    ("Abbiamo promesso di tagliare le tasse ed in questo senso lavoreremo.",
     [("indirect", "di tagliare le tasse", None)]),
    ("Il giudice Carlo Neri ordinerà il sequestro dei conti e in quell'occasione la polizia troverà nuovi documenti.",
     [("indirect", "il sequestro dei conti", "Carlo Neri")]),
    ("Il sindaco Mario Rossi ha chiesto di riaprire la scuola e per tutta la settimana i genitori hanno protestato.",
     [("indirect", "di riaprire la scuola", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto la chiusura del cantiere e da allora i lavori sono fermi.",
     [("indirect", "la chiusura del cantiere", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha chiesto di rinviare il voto e noi siamo d'accordo.",
     [("indirect", "di rinviare il voto", "Paolo Verdi")]),
    # the look-alikes: a second noun phrase, a second phrase with the same preposition, a clause
    # after a subordinator or a relative: still the content
    ("Il sindaco Mario Rossi ha chiesto la riapertura della scuola e la fine dei lavori.",
     [("indirect", "la riapertura della scuola e la fine dei lavori", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto di sapere chi ha firmato e perché la scuola è chiusa.",
     [("indirect", "di sapere chi ha firmato e perché la scuola è chiusa", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha chiesto di riaprire la scuola che i genitori amano e frequentano.",
     [("indirect", "di riaprire la scuola che i genitori amano e frequentano", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha annunciato nuovi fondi per le scuole e per le strade della regione.",
     [("indirect", "nuovi fondi per le scuole e per le strade della regione", "Paolo Verdi")]),
])
def test_writers_clause_after_a_verbless_content(shipped, text, expected):
    """A content with no finite verb of its own (an object, *di* + infinitive) ends before *e*
    and a clause that opens with an adjunct or a subject pronoun and has a finite verb."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative pronoun, then a comma opening an aside inside its clause: a content never ends
    # on the pronoun; a simple past after the aside is the writer's narration (ends before the
    # relative), a future, a present or a subjunctive goes on with the noun's clause
    ("I cittadini invocarono l'intervento del conte di Pisa Mario Neri il quale, dopo un breve assedio, li costrinse alla fuga.",
     [("indirect", "l'intervento del conte di Pisa Mario Neri", "cittadini")]),
    ("Il ministro Paolo Verdi ha invocato l'aiuto dell'esercito il quale, dopo molte ore, arrivò in città.",
     [("indirect", "l'aiuto dell'esercito", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha proposto soluzioni che, se attuate con rigore, daranno frutti per anni.",
     [("indirect", "soluzioni che, se attuate con rigore, daranno frutti per anni", "Paolo Verdi")]),
    ("Il sindaco Mario Rossi ha ringraziato i volontari per l'aiuto che, insieme ai vigili, hanno dato alla città.",
     [("indirect", "i volontari per l'aiuto che, insieme ai vigili, hanno dato alla città", "Mario Rossi")]),
    # the look-alikes: inside a che-clause a relative in the past is still reported; a relative
    # after a comma, an aside of the content's own, a relative with no aside, as before; a
    # che-clause goes on over a relative's aside as it did
    ("Il sindaco Mario Rossi ha detto che il piano è legato alla riforma alla quale, da molti mesi, il governo lavora.",
     [("indirect", "il piano è legato alla riforma alla quale, da molti mesi, il governo lavora", "Mario Rossi")]),
    ("Il sindaco Mario Rossi ha detto che i fatti che, nel marzo scorso, portarono alla chiusura del ponte sono chiariti.",
     [("indirect", "i fatti che, nel marzo scorso, portarono alla chiusura del ponte sono chiariti", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha chiesto le dimissioni del direttore, che ieri ha lasciato la sala.",
     [("indirect", "le dimissioni del direttore, che ieri ha lasciato la sala", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha annunciato che il piano, come ha ricordato anche il sindaco, è pronto.",
     [("indirect", "il piano, come ha ricordato anche il sindaco, è pronto", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha chiesto la chiusura della fabbrica che inquina il fiume.",
     [("indirect", "la chiusura della fabbrica che inquina il fiume", "Paolo Verdi")]),
])
def test_relative_opening_an_aside(shipped, text, expected):
    """A relative pronoun right before a comma that opens an aside (*il quale, dopo un breve
    assedio, li costrinse…*, *soluzioni che, se attuate, daranno…*): the content goes on over
    the aside with the noun's clause, or ends before the relative when its verb is a simple
    past of the writer's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of a way, a means, a permission, a sign or a fall holds the "di" after it: the noun
    # phrase with it is the content, and with "accusare" a sign or a fall is suffered, not said
    ("Il ministro Paolo Verdi ha descritto un modo nuovo di calcolare le tasse.",
     [("indirect", "un modo nuovo di calcolare le tasse", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha proposto un sistema semplice di ridurre le tasse.",
     [("indirect", "un sistema semplice di ridurre le tasse", "Paolo Verdi")]),
    ("Le aziende del settore accusano segni di crisi.", []),
    ("In Borsa il titolo accusa un calo del tre per cento.", []),
    # the look-alikes: the person the cue speaks to or of before "di", a charge, a noun of
    # proposition
    ("Il ministro Paolo Verdi ha accusato il governo di tradimento.",
     [("indirect", "di tradimento", "Paolo Verdi")]),
    ("Il sindaco Mario Rossi ha accusato la regione di aver tagliato i fondi.",
     [("indirect", "di aver tagliato i fondi", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha chiesto ai cittadini di Roma di votare.",
     [("indirect", "di votare", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha annunciato la ferma intenzione di candidarsi.",
     [("indirect", "la ferma intenzione di candidarsi", "Paolo Verdi")]),
])
def test_noun_holding_its_di(shipped, text, expected):
    """A cue's object noun that holds the *di* after it (``holding_nouns``: *un modo nuovo di
    calcolare*, *segni di crisi*) is reported with it, not skipped as the person before a *di* +
    infinitive; *accusare* with a sign or a fall (``sense_objects``) says nothing."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "non X ma Y" inside an object: the second half of a negated noun phrase, still the object
    ("I medici consigliano un consumo non eccessivo ma nemmeno troppo scarso, alternandolo all'olio.",
     [("indirect", "un consumo non eccessivo ma nemmeno troppo scarso", "medici")]),
    ("Il sindaco Mario Rossi ha chiesto controlli non occasionali ma costanti nei cantieri.",
     [("indirect", "controlli non occasionali ma costanti nei cantieri", "Mario Rossi")]),
    # the look-alikes: a clause of the writer's after ", ma"; "ma anche" after an object that
    # no "non" qualifies (a second act), or after a "non" of a verb
    ("Il sindaco Mario Rossi ha chiesto un intervento non rinviabile, ma il governo tace.",
     [("indirect", "un intervento non rinviabile", "Mario Rossi")]),
    ("Il sindaco Mario Rossi si è scagliato contro la decisione di chiudere la scuola ma anche contro i ritardi.",
     [("indirect", "contro la decisione di chiudere la scuola", "Mario Rossi")]),
])
def test_negated_object_and_its_contrast(shipped, text, expected):
    """An object qualified by *non* goes on over *ma* and its second half (*un consumo non
    eccessivo ma nemmeno troppo scarso*; *non solo X, ma anche Y*), which is no clause of its own."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # after a cue in the third person, "e" + a subject pronoun of the first person and its verb:
    # the writer's own clause (a reported clause shifts its persons to the third)
    ("Il sindaco Mario Rossi ha dichiarato che il nuovo ponte è quasi pronto e noi speriamo che venga aperto presto.",
     [("indirect", "il nuovo ponte è quasi pronto", "Mario Rossi")]),
    ("Il ministro Paolo Verdi ha detto che la legge è pronta e noi non possiamo che esserne lieti.",
     [("indirect", "la legge è pronta", "Paolo Verdi")]),
    # the look-alikes: "e che noi…" (a second reported clause), a third-person pronoun, a cue in
    # the first person
    ("Il ministro Paolo Verdi ha detto che la legge è pronta e che noi dovremo rispettarla.",
     [("indirect", "la legge è pronta e che noi dovremo rispettarla", "Paolo Verdi")]),
    ("Il ministro Paolo Verdi ha detto che la legge è pronta e lui la presenterà domani.",
     [("indirect", "la legge è pronta e lui la presenterà domani", "Paolo Verdi")]),
    ("Abbiamo detto che la legge è pronta e noi la presenteremo domani.",
     [("indirect", "la legge è pronta e noi la presenteremo domani", None)]),
])
def test_writer_joins_after_a_reported_clause(shipped, text, expected):
    """A *che*-clause after a third-person cue ends before *e* and a first-person subject
    pronoun with its verb (*…e noi speriamo…*): the writer goes on in his own voice."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "È vero, come ha detto X, che…": the clause after the aside without its "che"
    ("È vero, come ha detto il sindaco Mario Rossi, che il ponte è chiuso da mesi.",
     [("indirect", "il ponte è chiuso da mesi", "Mario Rossi")]),
    ("È chiaro, come ha spiegato il ministro Paolo Verdi, che la legge cambierà.",
     [("indirect", "la legge cambierà", "Paolo Verdi")]),
    # the look-alike: no "che" after the aside
    ("Come ha detto il sindaco Mario Rossi, il ponte è chiuso da mesi.",
     [("indirect", "il ponte è chiuso da mesi", "Mario Rossi")]),
])
def test_come_aside_before_che(shipped, text, expected):
    """A *come* aside before the *che* of the clause it reports (*È vero, come ha detto X, che
    …*): the content starts after the complementizer, as the guidelines want of every che-clause."""
    assert spoken(shipped, text) == expected
