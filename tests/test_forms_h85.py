"""Written channels, statements and documents: forms of Italian news written for these tests (no
sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Secondo quanto si legge nella nota, i lavori partiranno a maggio.",
     [("indirect", "i lavori partiranno a maggio", None)]),
    ("Secondo quanto riportato nella nota, i lavori partiranno a maggio.",
     [("indirect", "i lavori partiranno a maggio", None)]),
    ("Secondo quanto si legge nella nota della Regione, i lavori partiranno a maggio.",
     [("indirect", "i lavori partiranno a maggio", "Regione")]),
    ("Secondo una nota della Regione, i lavori partiranno a maggio.",
     [("indirect", "i lavori partiranno a maggio", "Regione")]),
    ("Secondo il comunicato della Questura, i due sono stati arrestati ieri sera.",
     [("indirect", "i due sono stati arrestati ieri sera", "Questura")]),
    ("Secondo l'ultimo rapporto di Legambiente, le spiagge sono inquinate.",
     [("indirect", "le spiagge sono inquinate", "Legambiente")]),
    ("Secondo le stime della Coldiretti, il raccolto calerà del 20 per cento.",
     [("indirect", "il raccolto calerà del 20 per cento", "Coldiretti")]),
])
def test_a_document_speaks_for_its_issuer(shipped, text, expected):
    """After a source marker, a document (or a speech noun), maybe with an adjective, speaks for
    the issuer named after *di*; read *in* a document no one signs, it speaks for no one (the
    place phrase is never the speaker)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Come si legge nella nota della Regione, i fondi sono esauriti.",
     [("indirect", "i fondi sono esauriti", "Regione")]),
    ("Come si legge nel comunicato della Fiom, lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "Fiom")]),
    ("Come si legge nella nota, i fondi sono esauriti.",
     [("indirect", "i fondi sono esauriti", None)]),
    ("I fondi, come si legge in un comunicato diramato dalla Questura, sono esauriti.",
     [("indirect", "I fondi, come si legge in un comunicato diramato dalla Questura, sono esauriti", "Questura")]),
    ("I fondi sono esauriti, come si legge nella nota della Regione.",
     [("indirect", "I fondi sono esauriti", "Regione")]),
    # not a document of news: nothing
    ("Come si legge sul sito, il museo è chiuso il lunedì.", []),
])
def test_come_si_legge_in_a_document(shipped, text, expected):
    """*come si legge* + *in* a document, before, inside or after its clause: the clause is
    reported, by the document's issuer or, unsigned, by no one."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Durissima la nota della Cgil: «Il piano è insufficiente».",
     [("direct", "Il piano è insufficiente", "Cgil")]),
    ("Il comunicato del Comune: «Le scuole resteranno chiuse».",
     [("direct", "Le scuole resteranno chiuse", "Comune")]),
    ("Poi il post di Anna Bruni su Instagram: «Grazie a tutti».",
     [("direct", "Grazie a tutti", "Anna Bruni")]),
    ("Il Comune in un comunicato: «Le scuole resteranno chiuse».",
     [("direct", "Le scuole resteranno chiuse", "Comune")]),
    ("I sindacati in una nota unitaria: «Il piano è insufficiente».",
     [("direct", "Il piano è insufficiente", "sindacati")]),
    ("La Cgil in una nota: «Il piano è insufficiente».",
     [("direct", "Il piano è insufficiente", "Cgil")]),
    # a document named, not speaking: a title
    ("Il rapporto di Legambiente \"Mare Monstrum\" è stato presentato ieri.", []),
])
def test_a_document_before_the_colon(shipped, text, expected):
    """*la nota di X: «…»* gives X's words like *le parole di X: «…»* (only before a colon, and
    of a named issuer); a channel after a headline's speaker (*in un comunicato*, *su
    Facebook*) is no part of the speaker."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Per Marco Rossi si tratta di «un passo indietro gravissimo».",
     [("mixed", "un passo indietro gravissimo", "Marco Rossi")]),
    ("Per Legambiente si tratta di «un errore».",
     [("mixed", "un errore", "Legambiente")]),
    ("Per la Fiom si tratta di un passo indietro gravissimo.",
     [("indirect", "si tratta di un passo indietro gravissimo", "Fiom")]),
    ("Per il sindaco si tratta di «una vittoria della città».",
     [("mixed", "una vittoria della città", "sindaco")]),
    # a definite count: what happened to someone, no opinion
    ("Per Cgil e Uil si tratta di «un errore».",
     [("mixed", "un errore", "Cgil e Uil")]),
    ("Per Marco Rossi e Anna Bruni il piano è un errore.",
     [("indirect", "il piano è un errore", "Marco Rossi e Anna Bruni")]),
    ("Per Marco Rossi si tratta del terzo titolo in carriera.", []),
    ("Per Marco Rossi e per la moglie è stata una giornata difficile.", []),
    ("Per la Juventus si tratta della quinta vittoria consecutiva.", []),
])
def test_per_x_si_tratta_di(shipped, text, expected):
    """*Per* + a name + *si tratta di* judges like a copula: X's opinion (mixed with marks)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Grazie a tutti», ha postato Anna Bruni su Instagram.",
     [("direct", "Grazie a tutti", "Anna Bruni")]),
    ("Marco Rossi ha postato su Facebook che il governo è finito.",
     [("indirect", "il governo è finito", "Marco Rossi")]),
    ("«Una giornata storica», ha twittato Luca Verdi.",
     [("direct", "Una giornata storica", "Luca Verdi")]),
    # a photo posted is no one's words
    ("Anna Bruni ha postato una foto con i figli.", []),
    ("Anna Bruni ha postato su Instagram una foto con i figli.", []),
])
def test_posted_online(shipped, text, expected):
    """*postare*, like *twittare*, reports words in marks or a che-clause, not an object."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lo striscione recitava «Giustizia per Marco».",
     [("mixed", "Giustizia per Marco", None)]),
    ("Sugli striscioni si leggeva «Basta morti sul lavoro».",
     [("direct", "Basta morti sul lavoro", None)]),
    ("I manifestanti hanno esposto uno striscione: «Giustizia per Marco».",
     [("direct", "Giustizia per Marco", "manifestanti")]),
])
def test_a_banner_is_no_speaker(shipped, text, expected):
    """A banner's words are quoted, but the banner is no speaker (the tune annotators leave a
    sign's words unsigned); who carried it still speaks when the sentence makes them the subject."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La Regione, si legge nel comunicato della Prefettura, ha stanziato due milioni.",
     [("indirect", "La Regione, si legge nel comunicato della Prefettura, ha stanziato due milioni", "Prefettura")]),
    ("La Regione, si legge nel comunicato, ha stanziato due milioni.",
     [("indirect", "La Regione, si legge nel comunicato, ha stanziato due milioni", None)]),
    ("I lavori, si legge nella nota, partiranno a maggio.",
     [("indirect", "I lavori, si legge nella nota, partiranno a maggio", None)]),
    ("Il presidente, si legge ancora, concluderà le consultazioni entro domani.",
     [("indirect", "Il presidente, si legge ancora, concluderà le consultazioni entro domani", None)]),
])
def test_parenthetical_si_legge(shipped, text, expected):
    """*, si legge (nel comunicato), * inside a clause reports the whole clause, the
    parenthesis in it; the verb right after the parenthesis is the clause's own, not a cue."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Il piano è sbagliato». Così in una nota il segretario della Cgil, Marco Rossi.",
     [("direct", "Il piano è sbagliato", "Marco Rossi")]),
    ("«Il piano è sbagliato». Lo scrive in una nota Legambiente.",
     [("direct", "Il piano è sbagliato", "Legambiente")]),
    ("«Il piano è sbagliato». Lo scrive su Facebook Marco Rossi.",
     [("direct", "Il piano è sbagliato", "Marco Rossi")]),
    ("«Il piano è sbagliato», ha scritto sul suo profilo Instagram Anna Bruni.",
     [("direct", "Il piano è sbagliato", "Anna Bruni")]),
    ("Il piano è sbagliato, scrive su Facebook Marco Rossi.",
     [("indirect", "Il piano è sbagliato", "Marco Rossi")]),
    ("«Il piano è sbagliato». È quanto ha dichiarato Marco Rossi.",
     [("direct", "Il piano è sbagliato", "Marco Rossi")]),
    ("«Il piano è sbagliato». È quanto afferma in una nota la Cgil.",
     [("direct", "Il piano è sbagliato", "Cgil")]),
    ("«Il piano è sbagliato». È quanto si legge in una nota della Cgil.",
     [("direct", "Il piano è sbagliato", "Cgil")]),
    ("«Il piano è sbagliato». È quanto si legge nella nota.",
     [("direct", "Il piano è sbagliato", None)]),
])
def test_channel_between_cue_and_speaker(shipped, text, expected):
    """A channel phrase (*in una nota*, *su Facebook*, *sul suo profilo Instagram*) between a
    postposed cue (*Così*, *Lo scrive*, *È quanto afferma*) and its speaker is skipped; *È
    quanto* takes up the quotation before it like *Lo*."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Il piano è sbagliato», scrivono Cgil e Uil.",
     [("direct", "Il piano è sbagliato", "Cgil e Uil")]),
    ("«Il piano è sbagliato», scrivono in una nota congiunta Cgil e Uil.",
     [("direct", "Il piano è sbagliato", "Cgil e Uil")]),
    ("«Il piano è sbagliato», si legge in una nota firmata da Cgil e Uil.",
     [("direct", "Il piano è sbagliato", "Cgil e Uil")]),
    ("Secondo Cgil e Uil il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Cgil e Uil")]),
    ("Secondo la Cgil e la Uil il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Cgil e Uil")]),
    ("Secondo Marco Rossi e Anna Bruni, il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Marco Rossi e Anna Bruni")]),
    ("In una nota congiunta, Cgil e Uil scrivono che il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Cgil e Uil")]),
    ("In una nota, Cgil e Uil scrivono che il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Cgil e Uil")]),
    # a list of three
    ("Cgil, Cisl e Uil denunciano che i salari sono fermi.",
     [("indirect", "i salari sono fermi", "Cgil, Cisl e Uil")]),
    ("«I salari sono fermi», denunciano Cgil, Cisl e Uil.",
     [("direct", "I salari sono fermi", "Cgil, Cisl e Uil")]),
    ("Secondo Cgil, Cisl e Uil i salari sono fermi.",
     [("indirect", "i salari sono fermi", "Cgil, Cisl e Uil")]),
    ("Secondo la Cgil, la Cisl e la Uil, i salari sono fermi.",
     [("indirect", "i salari sono fermi", "Cgil, Cisl e Uil")]),
    ("In una nota unitaria, Cgil, Cisl e Uil denunciano che i salari sono fermi.",
     [("indirect", "i salari sono fermi", "Cgil, Cisl e Uil")]),
])
def test_joint_signatories(shipped, text, expected):
    """A text signed by several (a joint note, *secondo A e B*, *scrivono A e B*) has them as
    one joint speaker, *A e B*, as the guidelines write it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Le scuole resteranno chiuse. Lo ha annunciato su Facebook il sindaco Marco Rossi.",
     [("indirect", "Le scuole resteranno chiuse", "Marco Rossi")]),
    ("Le scuole resteranno chiuse. Lo rende noto in un comunicato la Regione.",
     [("indirect", "Le scuole resteranno chiuse", "Regione")]),
    ("Il piano è sbagliato. È quanto afferma in una nota la Cgil.",
     [("indirect", "Il piano è sbagliato", "Cgil")]),
    ("Il piano è sbagliato. È quanto si legge in una nota della Cgil.",
     [("indirect", "Il piano è sbagliato", "Cgil")]),
    ("Il piano è sbagliato. È quanto si legge nella nota.",
     [("indirect", "Il piano è sbagliato", None)]),
    # a sign is no document of news
    ("Il museo è chiuso. Lo ha scritto su un cartello il custode.", []),
])
def test_sentence_before_reported_through_a_channel(shipped, text, expected):
    """*Lo ha annunciato* / *È quanto afferma* + a channel + the speaker, and *È quanto si legge
    in* a document, report the sentence before them."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("«Grazie a tutti» è il messaggio pubblicato da Anna Bruni su Instagram.",
     [("direct", "Grazie a tutti", "Anna Bruni")]),
    ("«Siamo vicini alle famiglie», è il messaggio della Cgil.",
     [("direct", "Siamo vicini alle famiglie", "Cgil")]),
    ("«Siamo vicini alle famiglie»: questo il post del sindaco Marco Rossi.",
     [("direct", "Siamo vicini alle famiglie", "Marco Rossi")]),
    # an apposition names a work or a slogan, no words said here
    ("«Mare Monstrum», il rapporto di Legambiente, è stato presentato ieri.", []),
    ("«Yes we can», lo slogan di Obama, torna di moda.", []),
])
def test_message_named_after_the_quote(shipped, text, expected):
    """After a copula or a demonstrative, a message, a post or a document of X (or issued by X:
    *pubblicato da*, *firmato da*) says whose the quoted words are; a bare apposition does not."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Secondo Marco Rossi, presidente della Regione, i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", "Marco Rossi")]),
    ("Secondo Marco Rossi, portavoce della Cgil, i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", "Marco Rossi")]),
    ("Secondo Marco Rossi, suo legale, la sanzione viola la legge.",
     [("indirect", "la sanzione viola la legge", "Marco Rossi")]),
    ("I fondi, secondo Marco Rossi, presidente della Regione, sono finiti.",
     [("indirect", "I fondi, secondo Marco Rossi, presidente della Regione, sono finiti", "Marco Rossi")]),
])
def test_title_apposition_after_a_source(shipped, text, expected):
    """*secondo X, presidente di Y, …*: the bare title between commas belongs to the source,
    not to what it reports."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Dal comunicato della Regione emerge che i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", "Regione")]),
    ("Dalla nota della Procura emerge che l'indagine è chiusa.",
     [("indirect", "l'indagine è chiusa", "Procura")]),
    ("Dal comunicato emerge chiaramente che i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", None)]),
    # a finding or an inquiry: no one's words
    ("Dall'autopsia emerge che la vittima è morta sul colpo.", []),
    ("Dalle indagini emerge che il furto era stato pianificato.", []),
    ("Dal rapporto emerge un quadro preoccupante.", []),
])
def test_emerges_from_a_document(shipped, text, expected):
    """*Da* + a document or a noun of words (+ *di* its issuer) + *emerge che*: the che-clause
    is reported, by the issuer or, unsigned, by no one."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il documento, firmato da Cgil, Cisl e Uil, denuncia che i salari sono fermi.",
     [("indirect", "i salari sono fermi", "Cgil, Cisl e Uil")]),
    ("La lettera, firmata da Marco Rossi e Anna Bruni, chiede al governo di intervenire.",
     [("indirect", "di intervenire", "Marco Rossi e Anna Bruni")]),
    # signatories no one names: no speaker
    ("La lettera, firmata da cento sindaci, chiede al governo di intervenire.",
     [("indirect", "di intervenire", None)]),
])
def test_document_signed_by(shipped, text, expected):
    """A document subject with its signatories between commas (*firmato da A, B e C*) speaks
    for them, joined."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("I commercianti chiedono meno tasse.",
     [("indirect", "meno tasse", "commercianti")]),
    ("Il sindaco ha chiesto più volte le dimissioni dell'assessore.",
     [("indirect", "le dimissioni dell'assessore", "sindaco")]),
    ("Marco Rossi ha detto più volte che il piano è sbagliato.",
     [("indirect", "il piano è sbagliato", "Marco Rossi")]),
])
def test_quantity_before_the_object(shipped, text, expected):
    """*più* / *meno* before a bare noun object belongs to it (*chiedono meno tasse*); *più
    volte* stays an adverbial of the cue."""
    assert speech(shipped, text) == expected
