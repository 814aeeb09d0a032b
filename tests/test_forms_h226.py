"""Verbs and locutions of saying, stance and forecast the tune part holds rarely or never: forms
of Italian news written for these tests (no sentence comes from a gold set or the fresh text)."""
from __future__ import annotations
import pytest

from .helpers import spoken   # tests/helpers.py; the `shipped` pipeline is a session fixture in tests/conftest.py


@pytest.mark.parametrize("text,expected", [
    # objecting, whispering, muttering, preaching, theorising, prophesying: a che-clause
    ("L'avvocato Luca Bassi eccepì che il reato era prescritto.",
     [("indirect", "il reato era prescritto", "Luca Bassi")]),
    ("Il difensore Marco Bini ha eccepito che la notifica era arrivata in ritardo.",
     [("indirect", "la notifica era arrivata in ritardo", "Marco Bini")]),
    ("Il sindaco Carlo Sala bisbiglia che la giunta è finita.",
     [("indirect", "la giunta è finita", "Carlo Sala")]),
    ("Il cardinale Luca Berti ha predicato che la pace è possibile.",
     [("indirect", "la pace è possibile", "Luca Berti")]),
    ("Lo scienziato Aldo Monti teorizzò che l'universo fosse infinito.",
     [("indirect", "l'universo fosse infinito", "Aldo Monti")]),
    ("Il profeta vaticinò che la città sarebbe caduta.",
     [("indirect", "la città sarebbe caduta", "profeta")]),
    ("Il sindacalista Piero Landi ha recriminato che nessuno li aveva avvisati.",
     [("indirect", "nessuno li aveva avvisati", "Piero Landi")]),
    ("Il presidente Luigi Ferri riconferma che il vertice si terrà a Roma.",
     [("indirect", "il vertice si terrà a Roma", "Luigi Ferri")]),
    # boasting, reproaching, enjoining: di + infinitive
    ("L'imputato Dario Neri millantava di conoscere il prefetto.",
     [("indirect", "di conoscere il prefetto", "Dario Neri")]),
    ("Il senatore Gino Valli si vanta di aver fermato la riforma.",
     [("indirect", "di aver fermato la riforma", "Gino Valli")]),
    ("La senatrice Paola Rinaldi ha rinfacciato al ministro di aver mentito.",
     [("indirect", "di aver mentito", "Paola Rinaldi")]),
    ("La giudice Elena Rota ha ingiunto alla società di pagare i danni.",
     [("indirect", "di pagare i danni", "Elena Rota")]),
    # voicing, scolding, pleading, denouncing: the object is what is said
    ("Il sindaco Carlo Sala ha esternato la propria preoccupazione per i conti del Comune.",
     [("indirect", "la propria preoccupazione per i conti del Comune", "Carlo Sala")]),
    ("Il ministro Paolo Greco bacchetta i sindacati sulla riforma delle pensioni.",
     [("indirect", "i sindacati sulla riforma delle pensioni", "Paolo Greco")]),
    ("La presidente Anna Costa perora la causa dei lavoratori precari.",
     [("indirect", "la causa dei lavoratori precari", "Anna Costa")]),
    ("Il ministro Paolo Greco ha denunziato gli abusi della polizia.",
     [("indirect", "gli abusi della polizia", "Paolo Greco")]),
    # locutions: letting it be understood, announcing, bringing out
    ("L'assessore Giorgio Pace ha fatto capire che non si ricandiderà.",
     [("indirect", "non si ricandiderà", "Giorgio Pace")]),
    ("Il leader Mario Conti ha lasciato capire di essere pronto alle dimissioni.",
     [("indirect", "di essere pronto alle dimissioni", "Mario Conti")]),
    ("Il presidente Luigi Ferri ha fatto intendere che firmerà il decreto.",
     [("indirect", "firmerà il decreto", "Luigi Ferri")]),
    ("Il portavoce Marco Galli ha dato l'annuncio che la fabbrica chiuderà.",
     [("indirect", "la fabbrica chiuderà", "Marco Galli")]),
    ("Il regista Ugo Tani ha messo in risalto la bravura degli attori.",
     [("indirect", "la bravura degli attori", "Ugo Tani")]),
    ("Il regista Ugo Tani ha messo in risalto che il film è costato poco.",
     [("indirect", "il film è costato poco", "Ugo Tani")]),
])
def test_verbs_of_saying_beyond_the_tune_part(shipped, text, expected):
    """Verbs of objecting, whispering, preaching, theorising, prophesying, boasting,
    reproaching, enjoining, voicing and scolding, and the locutions *far capire*, *lasciar
    capire*, *far intendere*, *dare l'annuncio*, *mettere in risalto*, report their content."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # the same verbs in their senses that report nothing
    "Il paese vanta tremila abitanti e due chiese.",
    "Il museo vanta una collezione di quadri del Seicento.",
    "I tamburi scandiscono il ritmo della processione.",
    "Il sindaco Carlo Sala è stato riconfermato alla guida del Comune.",
    "Per far capire ai bambini il pericolo, la scuola ha organizzato un corso.",
    "Il nuovo sistema mette in risalto i colori della facciata.",
    "La parete esterna del palazzo è crollata.",
    "Il direttore alza la bacchetta e l'orchestra comincia.",
])
def test_look_alikes_report_nothing(shipped, text):
    """A thing that boasts a feature, drums that beat time, a re-election, a purpose clause,
    a device that brings out colours, the adjective *esterna*, the noun *bacchetta*: no one's
    words."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # bringing out, letting slip: locutions of saying
    ("Il ministro Paolo Greco ha messo in rilievo la gravità della situazione.",
     [("indirect", "la gravità della situazione", "Paolo Greco")]),
    ("Il sindacato ha fatto rilevare che gli stipendi sono fermi da anni.",
     [("indirect", "gli stipendi sono fermi da anni", "sindacato")]),
    ("Il presidente Luigi Ferri ha lasciato trapelare che il governo cadrà.",
     [("indirect", "il governo cadrà", "Luigi Ferri")]),
    # complaining, rebutting, advocating, apologising, rejoicing
    ("Il deputato Marco Galli si lagna che nessuno lo ascolta.",
     [("indirect", "nessuno lo ascolta", "Marco Galli")]),
    ("Il ministro Paolo Greco ha rintuzzato le accuse dell'opposizione.",
     [("indirect", "le accuse dell'opposizione", "Paolo Greco")]),
    ("Il senatore Ugo Pini propugnava l'abolizione delle province.",
     [("indirect", "l'abolizione delle province", "Ugo Pini")]),
    ("Il calciatore Dario Serra si è scusato di aver offeso i tifosi.",
     [("indirect", "di aver offeso i tifosi", "Dario Serra")]),
    ("Il sindaco Carlo Sala si rallegra che il cantiere sia finito.",
     [("indirect", "il cantiere sia finito", "Carlo Sala")]),
    # banning (grammar order_verbs), scolding a person (person_target_verbs), estimating
    # (forecast_verbs)
    ("Il prefetto ha proibito ai tifosi di entrare nello stadio.",
     [("indirect", "di entrare nello stadio", "prefetto")]),
    ("Il questore Marco Villa proibisce il corteo di sabato.",
     [("indirect", "il corteo di sabato", "Marco Villa")]),
    ("Il ministro Paolo Greco ha bacchettato Rossi.",
     [("indirect", "Rossi", "Paolo Greco")]),
    ("Gli esperti della banca valutano che la crescita sarà dell'uno per cento.",
     [("indirect", "la crescita sarà dell'uno per cento", "esperti della banca")]),
])
def test_more_verbs_of_saying(shipped, text, expected):
    """*mettere in rilievo*, *far rilevare*, *lasciar trapelare*, *lagnarsi*,
    *rintuzzare*, *propugnare*, *scusarsi di*, *rallegrarsi che*, *proibire*,
    *bacchettare* a person, *valutare che*."""
    assert spoken(shipped, text) == expected


@pytest.mark.parametrize("text", [
    # the same verbs in senses that report nothing
    "Il comitato valuta le domande dei candidati.",
    "La legge proibisce il fumo nei locali pubblici.",
    "È stata proibita la vendita di alcolici.",
    "Le nuove luci mettono in rilievo le statue del portico.",
    "Il vento sospira tra gli alberi.",
    "Il ragazzo si è scusato con la professoressa.",
    "Per scusarsi del ritardo, ha portato dei fiori.",
    "La musica rallegra la serata.",
])
def test_more_look_alikes(shipped, text):
    """A committee weighing applications, a law, an impersonal passive,
    lights, the wind, an apology with no content, a purpose clause, music:
    no one's words."""
    assert spoken(shipped, text) == []


@pytest.mark.parametrize("text,expected", [
    # rumours no one signs (the guidelines' "si vocifera che…"): speaker null
    ("Si vocifera che il ministro Paolo Greco si dimetterà.",
     [("indirect", "il ministro Paolo Greco si dimetterà", None)]),
    ("In paese corre voce che il sindaco Carlo Sala lascerà la politica.",
     [("indirect", "il sindaco Carlo Sala lascerà la politica", None)]),
    ("È trapelato che il vertice sarà rinviato.",
     [("indirect", "il vertice sarà rinviato", None)]),
    # retorting, postulating, the old spelling of preannunciare
    ("Il ministro Paolo Greco ha rimbeccato che i conti sono in ordine.",
     [("indirect", "i conti sono in ordine", "Paolo Greco")]),
    ("Lo studioso Aldo Monti postulò che il fenomeno fosse ciclico.",
     [("indirect", "il fenomeno fosse ciclico", "Aldo Monti")]),
    ("Il ministro Paolo Greco ha preannunziato che le tasse scenderanno.",
     [("indirect", "le tasse scenderanno", "Paolo Greco")]),
    # look-alikes: light that filters through, news that leaks with no content, a bare object
    ("La luce trapela dalle persiane.", []),
    ("La notizia è trapelata ieri sera.", []),
    ("Il candidato Marco Villa postula il rinnovo del contratto.", []),
])
def test_rumours_and_retorts(shipped, text, expected):
    """*si vocifera che*, *corre voce che*, *è trapelato che* report with no speaker;
    *rimbeccare*, *postulare*, *preannunziare* with a *che*-clause report their subject's words."""
    assert spoken(shipped, text) == expected
