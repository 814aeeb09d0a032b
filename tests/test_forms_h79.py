"""Reported speech through nouns and prepositional markers (*secondo cui*, *per il quale*, *in base a
quanto riferito da X*, *la tesi di X secondo cui*, *l'invito di X a…*, *l'accusa di X di…*): forms of
Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Secondo Marco Rossi, la crisi è finita.", [("indirect", "la crisi è finita", "Marco Rossi")]),
    ("Stando a Marco Rossi, il progetto partirà a marzo.",
     [("indirect", "il progetto partirà a marzo", "Marco Rossi")]),
    ("A giudizio di Luca Verdi, la legge va cambiata.", [("indirect", "la legge va cambiata", "Luca Verdi")]),
    ("Nelle parole di Luca Verdi, il paese è in ginocchio.",
     [("indirect", "il paese è in ginocchio", "Luca Verdi")]),
    ("In base a quanto riferito da Marco Rossi, il sindaco si dimetterà.",
     [("indirect", "il sindaco si dimetterà", "Marco Rossi")]),
    ("In base a quanto si è appreso, il sindaco si dimetterà.", [("indirect", "il sindaco si dimetterà", None)]),
    ("In base a quanto previsto dal decreto, i negozi chiuderanno alle 18.", []),
    ("Per l'Italia è la terza medaglia.", []),
    ("Per Parigi sedeva il ministro degli Esteri.", []),
    ("Nel secondo tempo la squadra ha segnato due gol.", []),
    ("Il ciclista è arrivato al secondo posto.", []),
    ("Il premio è stato consegnato secondo le regole.", []),
])
def test_source_markers(shipped, text, expected):
    """A source marker opens the content clause, never part of it; *in base a quanto* + a verb of
    saying or learning is one of them, *in base a quanto previsto* (a rule) is not."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi, secondo cui la crisi è finita, ha lasciato la sala.",
     [("indirect", "la crisi è finita", "Marco Rossi")]),
    ("Luca Verdi, per il quale la riforma è inutile, non ha votato.",
     [("indirect", "la riforma è inutile", "Luca Verdi")]),
    ("Ha parlato anche Anna Bruni, per la quale la riforma è un errore.",
     [("indirect", "la riforma è un errore", "Anna Bruni")]),
    ("Anna Bruni, per la quale la legge va cambiata, Marco Rossi ha risposto di no.",
     [("indirect", "la legge va cambiata", "Anna Bruni")]),
    ("Il progetto, per il quale sono stati stanziati cinque milioni, partirà a marzo.", []),
    ("Legambiente, per la quale il piano è inutile, ha presentato ricorso.", []),
    ("Ha parlato il sindaco Marco Rossi, per cui la città è pronta.", []),
    ("Il ponte è chiuso, per cui bisogna fare il giro lungo.", []),
])
def test_relative_opinion(shipped, text, expected):
    """*X, secondo cui…* and, after a person only, *X, per il quale…* (not *per cui*, "therefore"):
    the content ends at the comma before the main clause, its subject allowed."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Le parole di Anna Bruni secondo cui la riforma è un errore hanno diviso il partito.",
     [("indirect", "la riforma è un errore", "Anna Bruni")]),
    ("La tesi di Luca Verdi secondo cui il virus è nato in laboratorio non è stata confermata.",
     [("indirect", "il virus è nato in laboratorio", "Luca Verdi")]),
    ("Le indiscrezioni secondo cui il ministro si dimetterà sono false.",
     [("indirect", "il ministro si dimetterà", None)]),
    ("Si era diffusa la notizia secondo cui il sindaco si sarebbe dimesso.",
     [("indirect", "il sindaco si sarebbe dimesso", None)]),
    ("È uscito uno studio secondo il quale i ghiacciai spariranno entro il 2100.",
     [("indirect", "i ghiacciai spariranno entro il 2100", None)]),
    ("Hanno firmato un accordo secondo il quale la fabbrica resterà aperta.", []),
])
def test_relative_after_report_noun(shipped, text, expected):
    """*secondo cui* with no comma after a noun of speech, claims, reports or documents: its author
    after *di* speaks, a bare report has no speaker; the content stops before the main verb."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("L'invito di Marco Rossi a non abbassare la guardia è stato accolto.",
     [("indirect", "a non abbassare la guardia", "Marco Rossi")]),
    ("L'appello di Legambiente ai cittadini a ridurre i consumi è caduto nel vuoto.",
     [("indirect", "a ridurre i consumi", "Legambiente")]),
    ("L'esortazione del Papa a pregare per la pace ha commosso i fedeli.",
     [("indirect", "a pregare per la pace", "Papa")]),
    ("L'accusa di Luca Verdi al governo di aver mentito ha sollevato polemiche.",
     [("indirect", "di aver mentito", "Luca Verdi")]),
    ("L'accusa della Procura di aver falsificato i bilanci è caduta.",
     [("indirect", "di aver falsificato i bilanci", "Procura")]),
    ("La promessa di Luca Verdi di abbassare le tasse non è stata mantenuta.",
     [("indirect", "di abbassare le tasse", "Luca Verdi")]),
    ("La richiesta di Legambiente di chiudere la fabbrica è stata respinta.",
     [("indirect", "di chiudere la fabbrica", "Legambiente")]),
    ("È stato arrestato con l'accusa di omicidio.", [("indirect", "di omicidio", None)]),
    ("Le accuse di Microsoft sono state respinte.", []),
    ("L'invito di Marco Rossi alla festa è arrivato ieri.", []),
    ("L'appello di Legambiente è rimasto inascoltato.", []),
    ("Ha accettato l'invito di Anna Bruni a cena.", []),
    ("La richiesta di asilo è stata respinta.", []),
    ("Ha risposto a un annuncio di lavoro.", []),
])
def test_speech_noun_with_agent(shipped, text, expected):
    """A request, appeal, invitation or charge with its agent after *di*: the agent speaks, the
    content is the *di* / *a* + infinitive (negation of the main verb left out)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Per Anna Bruni la riforma è un errore.", [("indirect", "la riforma è un errore", "Anna Bruni")]),
    ("Per Legambiente il piano è inutile.", [("indirect", "il piano è inutile", "Legambiente")]),
    ("Per Legambiente, il piano è inutile.", [("indirect", "il piano è inutile", "Legambiente")]),
    ("Per Marco Rossi il premio è arrivato tardi.", []),
    ("Per Marco Rossi è stata una giornata difficile.", []),
    ("Per Luca Verdi la condanna è stata confermata in appello.", []),
    ("Per Parigi la sfida è aperta.", []),
])
def test_per_name_judging_clause(shipped, text, expected):
    """*per* + a name with no comma is "in X's opinion" before a clause that judges (a definite
    subject and a copula with no participle); not what happened to someone, nor a place."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La convinzione di Marco Rossi che la crisi sia finita non convince.",
     [("indirect", "la crisi sia finita", "Marco Rossi")]),
    ("È arrivato l'annuncio del sindaco Marco Rossi che il festival si farà.",
     [("indirect", "il festival si farà", "Marco Rossi")]),
    ("L'annuncio di Marco Rossi di voler lasciare la politica ha sorpreso tutti.",
     [("indirect", "di voler lasciare la politica", "Marco Rossi")]),
    ("La promessa di Luca Verdi che le tasse scenderanno è stata tradita.",
     [("indirect", "le tasse scenderanno", "Luca Verdi")]),
    ("La promessa di Luca Verdi di non essere più candidato è stata smentita.",
     [("indirect", "di non essere più candidato", "Luca Verdi")]),
    ("La certezza di Anna Bruni di avere ragione ha irritato gli alleati.",
     [("indirect", "di avere ragione", "Anna Bruni")]),
    ("La richiesta di Legambiente che è stata respinta riguardava il fiume.", []),
    ("Il timore di Coldiretti che i prezzi salgano ancora è forte.",
     [("indirect", "i prezzi salgano ancora", "Coldiretti")]),
    ("L'annuncio di lavoro è scaduto.", []),
    ("L'annuncio di Marco Rossi è arrivato in serata.", []),
])
def test_noun_with_che_clause(shipped, text, expected):
    """An announcement, a belief or a promise with its agent after *di* and a *che*-clause with its
    own subject (not a relative: *la richiesta di X che è stata respinta*): the clause without
    *che*, up to the main verb and its negation; a *di* + infinitive past its *non*."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il treno è partito in orario, secondo quanto previsto.", []),
    ("Secondo quanto previsto dal regolamento, la gara è annullata.", []),
    ("Secondo una nota della Regione, i lavori sono finiti.", [("indirect", "i lavori sono finiti", "Regione")]),
    ("Secondo i dati dell'Istat, la disoccupazione è scesa.",
     [("indirect", "la disoccupazione è scesa", "Istat")]),
    ("Per il presidente della Regione Marco Rossi, «serve più coraggio».",
     [("direct", "serve più coraggio", "Marco Rossi")]),
    ("Secondo il sindaco Marco Rossi, «la città è pronta».", [("direct", "la città è pronta", "Marco Rossi")]),
])
def test_source_phrase_details(shipped, text, expected):
    """*secondo quanto previsto* (closing its sentence too) lays down, no one says; a document's
    issuer after *di* is the source; after a marker and a comma a short clause of its own in marks
    is direct."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("È arrivato l'annuncio di Marco Rossi: il festival si farà.",
     [("indirect", "il festival si farà", "Marco Rossi")]),
    ("La denuncia di Legambiente: il fiume è inquinato.", [("indirect", "il fiume è inquinato", "Legambiente")]),
    ("La denuncia di Anna Bruni è stata archiviata: il giudice non ha trovato prove.", []),
    ("Ha presentato la denuncia di smarrimento: il documento è stato ritrovato.", []),
])
def test_speech_noun_colon(shipped, text, expected):
    """A speech noun, its agent after *di*, a colon and a clause without marks: the clause is what
    the agent said; not a colon after the noun's own clause, nor a noun with no agent."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il decreto, secondo cui i negozi devono chiudere alle 18, è entrato in vigore.", []),
    ("La norma secondo cui i negozi devono chiudere alle 18 è entrata in vigore.", []),
    ("Il piano è inutile, a parere di Legambiente.", [("indirect", "Il piano è inutile", "Legambiente")]),
    ("I lavori, come riferito dalla Regione, finiranno a maggio.",
     [("indirect", "I lavori, come riferito dalla Regione, finiranno a maggio", "Regione")]),
])
def test_rule_is_no_source(shipped, text, expected):
    """A rule before *secondo cui* lays down, no one says; a postposed or parenthetical marker keeps
    the content clause around it (the marker inside, as the guidelines say)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("L'appello del sindaco Marco Rossi ai cittadini è di restare a casa.",
     [("indirect", "di restare a casa", "Marco Rossi")]),
    ("La proposta di Luca Verdi è di abbassare le tasse.", [("indirect", "di abbassare le tasse", "Luca Verdi")]),
    ("L'invito di Marco Rossi è a non mollare.", [("indirect", "a non mollare", "Marco Rossi")]),
    ("La richiesta di asilo è di competenza della prefettura.", []),
])
def test_speech_noun_copula(shipped, text, expected):
    """A request or an appeal with its agent, a copula and *di* / *a* + infinitive: the
    infinitive is what was asked, the agent stops before the copula."""
    assert speech(shipped, text) == expected
