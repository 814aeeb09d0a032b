"""Long sentences (kit issue #12, probes 'long sentences'): asides, adjuncts and span boundaries,
forms of Italian news written for these tests (no sentence comes from a gold set, the fresh text
or the German corpus)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # a chain of asides between the cue and che / di: a setting, a time with a relative clause,
    # a gerund's long phrase, an addressee then a setting, a clause of come
    ("La portavoce del ministero, Anna Riva, ha spiegato ai giornalisti, poche ore dopo l'incidente "
     "che ha bloccato l'autostrada, che la circolazione riprenderà domani.",
     [("indirect", "la circolazione riprenderà domani", "Anna Riva")]),
    ("Il sindaco Piero Gallo ha annunciato, rispondendo alle domande dei consiglieri dell'opposizione "
     "durante la seduta di ieri sera, che il mercato coperto sarà demolito.",
     [("indirect", "il mercato coperto sarà demolito", "Piero Gallo")]),
    ("Il tecnico Marco Bini ha detto a un quotidiano locale, in un colloquio pubblicato stamattina, "
     "di voler restare in squadra.",
     [("indirect", "di voler restare in squadra", "Marco Bini")]),
    ("L'assessora Carla Neri ha affermato, come aveva già fatto a marzo davanti al consiglio, che i fondi non bastano.",
     [("indirect", "i fondi non bastano", "Carla Neri")]),
    ("Il rettore Paolo Sanna ha ribadito in una lettera inviata agli studenti, due giorni dopo lo sgombero "
     "che ha diviso l'ateneo, che gli occupanti non saranno espulsi.",
     [("indirect", "gli occupanti non saranno espulsi", "Paolo Sanna")]),
    # the look-alikes: a relative clause after the comma (of the object, of an agent), the
    # writer's "come ho detto", a parenthetical cue, a verb of che only
    ("La madre ha temuto per la vita del figlio, che in quel momento si trovava in montagna.", []),
    ("Il deputato Luca Ferri ha criticato il piano del governo, che prevede tagli alla sanità.",
     [("indirect", "il piano del governo, che prevede tagli alla sanità", "Luca Ferri")]),
    ("Il progetto è stato bocciato dall'Unione europea, che chiede di ridurre la spesa.",
     [("indirect", "Il progetto", "Unione europea"), ("indirect", "di ridurre la spesa", "Unione europea")]),
    ("Si pensa, più in generale, di spostare il mercato in un'area che il comune ha già acquistato.", []),
])
def test_asides_between_cue_and_content(shipped, text, expected):
    """*ha spiegato ai giornalisti, poche ore dopo l'incidente che…, che…*: the content after a
    chain of asides set off by commas; a gerund inside them is the aside's, not a cue."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the writer sums up what was said with an indefinite article and a summary noun, after an
    # object as after a che-clause; a gerund of the outcome (ponendo fine) is the writer's too
    ("Il governatore Sergio Pini ha chiesto nuovi fondi per la sanità, una richiesta che finora è rimasta senza risposta.",
     [("indirect", "nuovi fondi per la sanità", "Sergio Pini")]),
    ("La ministra Elisa Conte ha escluso ogni rinvio del concorso, una promessa che i sindacati accolgono con prudenza.",
     [("indirect", "ogni rinvio del concorso", "Elisa Conte")]),
    ("Il presidente del club, Mario Fabbri, ha annunciato che l'allenatore resterà, ponendo fine a settimane di incertezza tra i tifosi.",
     [("indirect", "l'allenatore resterà", "Mario Fabbri")]),
    # the look-alikes: the same noun the content already named (the speaker's repetition),
    # a noun with its article that is part of what was asked
    ("Il sindaco Luca Ferri ha chiesto una scelta chiara, una scelta che tutti i partiti dovranno condividere.",
     [("indirect", "una scelta chiara, una scelta che tutti i partiti dovranno condividere", "Luca Ferri")]),
    ("La sindaca Anna Villa ha detto che il governo deve prendere una decisione, una decisione che non può più aspettare.",
     [("indirect", "il governo deve prendere una decisione, una decisione che non può più aspettare", "Anna Villa")]),
])
def test_writer_sums_up_after_content(shipped, text, expected):
    """*ha escluso nuove tasse, una promessa che…*: the writer's summary of what was said ends the
    object as it ends a che-clause; *, ponendo fine a…*: the outcome, the writer's."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a parenthetical cue inside the content whose postposed subject has an apposition (a name
    # after a title, a title after a name), or a title with its portfolio in an a-phrase
    ("Le nuove corse, ha assicurato il direttore dell'azienda dei trasporti, Franco Neri, saranno attivate a ottobre.",
     [("indirect", "Le nuove corse, ha assicurato il direttore dell'azienda dei trasporti, Franco Neri, saranno attivate a ottobre",
       "Franco Neri")]),
    ("Il bilancio, ha spiegato Giulia Sarti, segretaria del partito, sarà approvato entro marzo.",
     [("indirect", "Il bilancio, ha spiegato Giulia Sarti, segretaria del partito, sarà approvato entro marzo", "Giulia Sarti")]),
    ("Il teatro comunale, ha detto la delegata alla cultura Anna Riva, riaprirà a dicembre.",
     [("indirect", "Il teatro comunale, ha detto la delegata alla cultura Anna Riva, riaprirà a dicembre", "Anna Riva")]),
    # the look-alikes: an a-phrase of the one addressed, of a place; a relative after the comma
    ("Il piano, ha spiegato il ministro ai cittadini, sarà pronto a maggio.",
     [("indirect", "Il piano, ha spiegato il ministro ai cittadini, sarà pronto a maggio", "ministro")]),
    ("La nave, hanno raccontato i testimoni a bordo, è affondata in pochi minuti.",
     [("indirect", "La nave, hanno raccontato i testimoni a bordo, è affondata in pochi minuti", "testimoni")]),
])
def test_parenthetical_cue_with_long_subject(shipped, text, expected):
    """*A, ha ammesso il direttore dell'azienda, Paolo Rizzi, B*: the apposition belongs to the
    aside's subject, the clause goes on after it; *l'assessore allo sport X*: a title's a-phrase."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a source marker after a subject with its relative clause: the subject and its relative
    # are part of what the source reports
    ("Il ponte che collega le due sponde del fiume, secondo l'ingegnere Paolo Greco, va chiuso subito.",
     [("indirect", "Il ponte che collega le due sponde del fiume, secondo l'ingegnere Paolo Greco, va chiuso subito",
       "Paolo Greco")]),
    ("Le misure che la giunta ha approvato ieri, secondo la Confcommercio, non aiuteranno i negozi del centro.",
     [("indirect", "Le misure che la giunta ha approvato ieri, secondo la Confcommercio, non aiuteranno i negozi del centro",
       "Confcommercio")]),
    # the look-alikes: a relative che right before the marker (the content starts after it); a
    # clause with its verb before a closing marker
    ("I ricercatori hanno isolato un batterio che, secondo il virologo Marco Serra, resiste agli antibiotici.",
     [("indirect", "resiste agli antibiotici", "Marco Serra")]),
    ("Il piano che abbiamo presentato è pronto, secondo il ministro Carlo Neri.",
     [("indirect", "Il piano che abbiamo presentato è pronto", "Carlo Neri")]),
])
def test_source_marker_after_relative_subject(shipped, text, expected):
    """*La frana che ha colpito la valle, secondo X, è stata causata…*: the reported clause
    starts with its subject, the relative clause on it included."""
    assert spoken(shipped, text) == expected
