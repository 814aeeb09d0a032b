"""Direct and mixed quotations: forms of Italian news written for these tests (no sentence comes
from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


def every(nlp, text):
    return speech(nlp, text, other=True)


@pytest.mark.parametrize("text,expected", [
    ("«Si vota il 12 giugno». Lo ha annunciato il ministro Luca Verdi.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    ("«Si vota il 12 giugno»: lo ha annunciato il ministro Luca Verdi.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    ("«Si vota il 12 giugno». Lo ha detto il ministro Luca Verdi durante la conferenza stampa.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    # (the cue after a comma, as before)
    ("«Il decreto sarà approvato entro domani», ha detto il ministro Luca Verdi.",
     [("direct", "Il decreto sarà approvato entro domani", "Luca Verdi")]),
])
def test_clitic_takes_up_the_quotation(shipped, text, expected):
    """A cue after the closing mark, past a colon or a full stop and the clitic that takes the
    quotation up (*«…». Lo ha detto X*), is the quotation's own, short as it may be."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Poi l'affondo di Marco Rossi: «La Regione ha fallito».",
     [("direct", "La Regione ha fallito", "Marco Rossi")]),
    ("Parole durissime quelle di Luca Verdi: «È una vergogna».",
     [("direct", "È una vergogna", "Luca Verdi")]),
    ("Queste le parole del ministro Luca Verdi: «Non arretreremo di un passo».",
     [("direct", "Non arretreremo di un passo", "Luca Verdi")]),
    ("Secco il commento di Legambiente: «Un regalo agli inquinatori».",
     [("direct", "Un regalo agli inquinatori", "Legambiente")]),
    ("Marco Rossi ha criticato il piano della Regione. Poi l'affondo: «La Regione ha fallito».",
     [("indirect", "il piano della Regione", "Marco Rossi"),
      ("direct", "La Regione ha fallito", "Marco Rossi")]),
    ("«Non ci fermeremo», ha detto Anna Bruni. E infine l'appello: «Aiutateci».",
     [("direct", "Non ci fermeremo", "Anna Bruni"), ("direct", "Aiutateci", "Anna Bruni")]),
    ("Secca la replica: «Sono accuse false».",
     [("direct", "Sono accuse false", None)]),
])
def test_noun_of_words_before_colon(shipped, text, expected):
    """A noun of words before the colon (*l'affondo di X:*, *parole durissime quelle di X:*),
    or bare (*Poi l'affondo:*), makes the marks someone's words: of X, else of whoever spoke
    just before."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il parco: «Chiuso per lavori».", [("other", "Chiuso per lavori", None)]),
    ("Ieri sera è uscito il film «La grande bellezza» nelle sale.", [("other", "La grande bellezza", None)]),
    ("Il cosiddetto «decreto sicurezza» è stato approvato ieri.", [("other", "decreto sicurezza", None)]),
    ("Marco Rossi, detto «il Professore», è stato arrestato.", [("other", "il Professore", None)]),
    ("La nave «Stella del Mare» è entrata in porto.", [("other", "Stella del Mare", None)]),
])
def test_names_and_titles_stay_other(shipped, text, expected):
    """Titles of works, names of things, nicknames and scare quotes are no one's words."""
    assert every(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Si vota il 12 giugno», così il ministro Luca Verdi in una nota.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    ("«Si vota il 12 giugno», così Luca Verdi.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    ("«Si vota il 12 giugno». Così il ministro Luca Verdi.",
     [("direct", "Si vota il 12 giugno", "Luca Verdi")]),
    ("«Non ci sarà nessun rimpasto», così Marco Rossi ha chiuso la conferenza stampa.",
     [("direct", "Non ci sarà nessun rimpasto", "Marco Rossi")]),
    # (a new sentence that goes on with a verb: "thus", not a signature)
    ("«Non ci sarà nessun rimpasto». Così il governo ha deciso di rinviare il voto.", []),
])
def test_cosi_signs_the_quotation(shipped, text, expected):
    """*«…», così X*: the adverb after the closing mark and a name or a description sign the
    quotation, the agencies' way."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Non voterò mai questa legge. È una vergogna», ha detto Luca Verdi. «Lo dico da anni».",
     [("direct", "Non voterò mai questa legge. È una vergogna", "Luca Verdi"),
      ("direct", "Lo dico da anni", "Luca Verdi")]),
    ("«Non voterò mai questa legge», ha detto ieri sera il senatore Luca Verdi ai cronisti. «Mai».",
     [("direct", "Non voterò mai questa legge", "Luca Verdi"), ("direct", "Mai", "Luca Verdi")]),
    # (a sentence of narration in between: the short one is not carried)
    ("«Non voterò mai questa legge», ha detto Luca Verdi. Poi è uscito. «Mai».",
     [("direct", "Non voterò mai questa legge", "Luca Verdi")]),
])
def test_short_quotation_after_the_signing_sentence(shipped, text, expected):
    """A short quotation right after the sentence that only signs the one before
    (*«…», ha detto X. «…»*) goes on with the same speaker's words."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Legambiente ha lanciato la campagna «Puliamo il mondo».", [("other", "Puliamo il mondo", None)]),
    ("Anna Bruni ha presentato il progetto «Scuole sicure» alla Regione.", [("other", "Scuole sicure", None)]),
    ("L'operazione «Mare nostro» è scattata all'alba.", [("other", "Mare nostro", None)]),
    # (lower-case words after the noun are the speaker's: a predicate)
    ("Marco Rossi ha definito la campagna «una truffa».", [("mixed", "una truffa", "Marco Rossi")]),
])
def test_named_things_stay_other(shipped, text, expected):
    """A capitalised name in marks after a noun of a campaign, a project, an operation is a
    name, and the object that holds it is not reported speech."""
    assert every(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Luca Verdi ha detto che «il piano è pronto».", [("mixed", "il piano è pronto", "Luca Verdi")]),
    ("Anna Bruni ha spiegato che «la Regione non ha fondi» e che tornerà a Roma domani.",
     [("mixed", "la Regione non ha fondi", "Anna Bruni"), ("indirect", "tornerà a Roma domani", "Anna Bruni")]),
    ("Marco Rossi ha parlato di «una vergogna nazionale».", [("mixed", "una vergogna nazionale", "Marco Rossi")]),
    ("Anna Bruni ha definito «inaccettabile» la proposta della Regione.",
     [("mixed", "inaccettabile", "Anna Bruni")]),
    # (a colon before the marks: the words are direct, the clause before them reported)
    ("Il ministro Luca Verdi ha detto: «Il decreto sarà approvato entro domani».",
     [("direct", "Il decreto sarà approvato entro domani", "Luca Verdi")]),
])
def test_che_before_the_marks_makes_them_mixed(shipped, text, expected):
    """*ha detto che «…»*: the cue's own complementizer before the marks makes them a mixed
    quotation, and a coordinated unmarked che-clause is reported on its own."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Nessun rischio per la popolazione», si legge nella nota della Regione.",
     [("direct", "Nessun rischio per la popolazione", "Regione")]),
    ("«Nessun rischio per la popolazione», si legge in una nota diffusa dalla Regione.",
     [("direct", "Nessun rischio per la popolazione", "Regione")]),
    ("Nella nota della Regione si legge: «Nessun rischio».", [("direct", "Nessun rischio", "Regione")]),
])
def test_si_legge_after_the_quotation(shipped, text, expected):
    """*«…», si legge nella nota di X*: the impersonal cue after the closing mark is the
    quotation's own, short as it may be; its speaker is the document's issuer."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Vergogna», hanno gridato i manifestanti.", [("direct", "Vergogna", "manifestanti")]),
    ("Il ministro Luca Verdi è arrivato alle 10. «Quando arriverà il decreto?», hanno chiesto i giornalisti.",
     [("direct", "Quando arriverà il decreto?", "giornalisti")]),
    ("«Quando arriverà il decreto?», hanno chiesto i giornalisti al ministro Luca Verdi.",
     [("direct", "Quando arriverà il decreto?", "giornalisti")]),
    # (a group noun in a phrase before the name: the name speaks)
    ("«Il decreto arriverà presto», ha detto ai giornalisti il ministro Luca Verdi.",
     [("direct", "Il decreto arriverà presto", "Luca Verdi")]),
])
def test_group_named_after_the_cue(shipped, text, expected):
    """*«…», hanno gridato i manifestanti*: a definite noun of a group right after the cue is
    the speaker, not the subject of the sentence before nor the addressee named after it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Abbiamo incontrato Anna Bruni, presidente di Legambiente. Presidente, il piano è sbagliato? "
     "«Sì, del tutto. È un regalo ai costruttori». E adesso? «Faremo ricorso al Tar».",
     [("direct", "Sì, del tutto. È un regalo ai costruttori", "Anna Bruni"),
      ("direct", "Faremo ricorso al Tar", "Anna Bruni")]),
    ("Ministro, quando arriverà il decreto? «Entro la fine del mese».",
     [("direct", "Entro la fine del mese", None)]),
    # (a title that ends in a question mark is not a question before the marks)
    ("Chi pagherà il conto? I cittadini, come sempre. Il film «Chi paga?» esce domani.", []),
])
def test_answer_to_a_question(shipped, text, expected):
    """A quotation that opens its sentence right after a question in the writer's voice is an
    answer, someone's words however short: the person the article interviews."""
    assert speech(shipped, text) == expected
