"""Who the speaker is: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Il portavoce del governo ha detto che la riunione è rinviata.",
     [("indirect", "la riunione è rinviata", "portavoce del governo")]),
    ("La portavoce del Comune ha detto che la riunione è rinviata.",
     [("indirect", "la riunione è rinviata", "portavoce del Comune")]),
    ("Il segretario della Cgil ha detto che lo sciopero è confermato.",
     [("indirect", "lo sciopero è confermato", "segretario della Cgil")]),
    ("Il presidente della Regione ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "presidente della Regione")]),
    # a multi-word body was kept already; a named holder still wins
    ("Il portavoce della Protezione civile ha detto che la riunione è rinviata.",
     [("indirect", "la riunione è rinviata", "portavoce della Protezione civile")]),
    ("Il presidente della Regione, Marco Rossi, ha detto che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Marco Rossi")]),
    ("Il sindaco di Firenze Luca Verdi ha detto che il tram sarà pronto nel 2027.",
     [("indirect", "il tram sarà pronto nel 2027", "Luca Verdi")]),
])
def test_unnamed_title_keeps_its_one_word_body(shipped, text, expected):
    """An unnamed title resolved to no one keeps the one-word body after di (portavoce del governo)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il cancelliere tedesco Hans Müller ha incontrato Marco Rossi. Il tedesco ha detto che l'Europa deve restare unita.",
     [("indirect", "l'Europa deve restare unita", "Hans Müller")]),
    ("La tennista francese Claire Dubois ha battuto Anna Bruni. La francese ha detto che il campo era lento.",
     [("indirect", "il campo era lento", "Claire Dubois")]),
    ("Il pilota spagnolo Carlos Ruiz ha vinto davanti a Luca Verdi. Lo spagnolo ha detto che la gara è stata dura.",
     [("indirect", "la gara è stata dura", "Carlos Ruiz")]),
    # a noun the article put before no name: the usual referent, the person just named
    ("Il ciclista Marco Rossi ha vinto la tappa. Il corridore ha spiegato che la salita era durissima.",
     [("indirect", "la salita era durissima", "Marco Rossi")]),
])
def test_nationality_noun_names_the_one_so_described(shipped, text, expected):
    """'il tedesco', 'la francese': the one person the article put that adjective before."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il portavoce del ministero, Luca Verdi, ha detto che il piano è pronto.",
     [("indirect", "il piano è pronto", "Luca Verdi")]),
    ("L'avvocata della famiglia, Anna Bruni, ha spiegato che il ricorso sarà depositato lunedì.",
     [("indirect", "il ricorso sarà depositato lunedì", "Anna Bruni")]),
    ("L'assessore regionale alla Sanità Marco Rossi ha annunciato che gli ospedali assumeranno cento infermieri.",
     [("indirect", "gli ospedali assumeranno cento infermieri", "Marco Rossi")]),
    ("Il piano è pronto, ha spiegato il sindaco Marco Rossi.",
     [("indirect", "Il piano è pronto", "Marco Rossi")]),
    ("Marco Rossi ha incontrato Luca Verdi. Quest'ultimo ha detto che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Luca Verdi")]),
    ("Marco Rossi è arrivato a Roma. Ha poi detto che il governo cadrà.",
     [("indirect", "il governo cadrà", "Marco Rossi")]),
    ("Il ministro dell'Interno Luca Verdi è arrivato a Napoli. Il ministro ha detto che i controlli aumenteranno.",
     [("indirect", "i controlli aumenteranno", "Luca Verdi")]),
    ("La decisione spetta a Luca Verdi, secondo il quale la legge va cambiata.",
     [("indirect", "la legge va cambiata", "Luca Verdi")]),
    ("Intervistato da Repubblica, Marco Rossi ha detto che il governo durerà.",
     [("indirect", "il governo durerà", "Marco Rossi")]),
    ("Ai microfoni di Rai News, la ministra Anna Bruni ha spiegato che le scuole riapriranno.",
     [("indirect", "le scuole riapriranno", "Anna Bruni")]),
    ("Marco Rossi e Anna Bruni hanno dichiarato che la manifestazione si terrà sabato.",
     [("indirect", "la manifestazione si terrà sabato", "Marco Rossi e Anna Bruni")]),
    ("Palazzo Chigi ha fatto sapere che il decreto sarà approvato domani.",
     [("indirect", "il decreto sarà approvato domani", "Palazzo Chigi")]),
    ("Il Viminale ha annunciato che gli sbarchi sono diminuiti.",
     [("indirect", "gli sbarchi sono diminuiti", "Viminale")]),
    ("Le dichiarazioni del ministro hanno detto molto sulla crisi.", []),
])
def test_speaker_positions_already_handled(shipped, text, expected):
    """The speaker in its common positions: apposition, title + name, after the cue, pronoun, null subject, relative, interview framing, joint, institution."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Siamo pronti", ha dichiarato il presidente Usa Marco Rossi.',
     [("direct", "Siamo pronti", "Marco Rossi")]),
    ('"Siamo pronti", ha detto la senatrice Pd Anna Bruni.',
     [("direct", "Siamo pronti", "Anna Bruni")]),
    ('"Siamo pronti", ha detto il leader M5S Luca Verdi.',
     [("direct", "Siamo pronti", "Luca Verdi")]),
    ('"Siamo pronti", ha detto l\'Onu.',
     [("direct", "Siamo pronti", "Onu")]),
    ('"Siamo pronti", fanno sapere da Palazzo Chigi.',
     [("direct", "Siamo pronti", "Palazzo Chigi")]),
])
def test_body_between_title_and_name_after_the_cue(shipped, text, expected):
    """After the cue, 'il presidente Usa Marco Rossi': the body qualifies the title, the person speaks."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Siamo pronti", hanno detto i carabinieri.',
     [("direct", "Siamo pronti", "carabinieri")]),
    ('"Siamo pronti", spiegano gli investigatori.',
     [("direct", "Siamo pronti", "investigatori")]),
    ('"Siamo pronti", hanno detto i vigili del fuoco.',
     [("direct", "Siamo pronti", "vigili del fuoco")]),
    ('"Siamo pronti" - assicurano gli organizzatori - "a ospitare la gara".',
     [("direct", "Siamo pronti", "organizzatori"), ("direct", "a ospitare la gara", "organizzatori")]),
    # a preposition before the group: who was spoken to, the speaker is named after it
    ('"Siamo pronti", ha detto ai carabinieri Marco Rossi.',
     [("direct", "Siamo pronti", "Marco Rossi")]),
])
def test_group_noun_after_the_cue(shipped, text, expected):
    """'«…», hanno detto i carabinieri': a definite group noun right after the cue is the speaker."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il governo non cadrà, ha assicurato ieri sera a Porta a Porta il premier Marco Rossi.",
     [("indirect", "Il governo non cadrà", "Marco Rossi")]),
    ("Il governo non cadrà, ha detto ai giornalisti il ministro Luca Verdi.",
     [("indirect", "Il governo non cadrà", "Luca Verdi")]),
    ("Il governo non cadrà, ha detto al Corriere la ministra Anna Bruni.",
     [("indirect", "Il governo non cadrà", "Anna Bruni")]),
    ("Il governo non cadrà, ha detto durante la conferenza stampa il ministro Luca Verdi.",
     [("indirect", "Il governo non cadrà", "Luca Verdi")]),
    ("La situazione è grave, hanno spiegato nel pomeriggio i carabinieri.",
     [("indirect", "La situazione è grave", "carabinieri")]),
    # the name after the preposition is who was told: no subject, no quotation
    ("Il governo non cadrà, ha detto al premier Marco Rossi.", []),
])
def test_setting_between_postposed_cue_and_subject(shipped, text, expected):
    """'…, ha assicurato ieri sera a Porta a Porta il premier X': a short setting may stand between a postposed cue and its subject."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi e Anna Bruni si sono incontrati a Roma. Entrambi hanno detto che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Marco Rossi e Anna Bruni")]),
    ("Il ministro Luca Verdi ha incontrato la collega Anna Bruni. Entrambi hanno poi spiegato che il piano è pronto.",
     [("indirect", "il piano è pronto", "Luca Verdi e Anna Bruni")]),
    ("Anna Bruni e Giulia Neri hanno vinto. Entrambe hanno detto che la gara era difficile.",
     [("indirect", "la gara era difficile", "Anna Bruni e Giulia Neri")]),
    ("Marco Rossi e Anna Bruni si sono incontrati a Roma. Entrambi i ministri hanno detto che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", "Marco Rossi e Anna Bruni")]),
    # no two people named before: no one to join
    ("Entrambi hanno detto che l'accordo è vicino.",
     [("indirect", "l'accordo è vicino", None)]),
])
def test_both_names_the_two_people_named_last(shipped, text, expected):
    """'Entrambi hanno detto…', 'Entrambi i ministri…': the two people named last, as joint speakers."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il comunicato della Regione spiega che i fondi sono arrivati.",
     [("indirect", "i fondi sono arrivati", "Regione")]),
    ("L'intervista di Marco Rossi ha rivelato che il governo è diviso.",
     [("indirect", "il governo è diviso", "Marco Rossi")]),
    ("La lettera del sindaco Marco Rossi chiede che la strada sia riaperta.",
     [("indirect", "la strada sia riaperta", "Marco Rossi")]),
    ("Una ricerca di Legambiente afferma che l'aria delle città è peggiorata.",
     [("indirect", "l'aria delle città è peggiorata", "Legambiente")]),
    # a document whose issuer the article does not name: no speaker, never the common noun
    ("Il documento dice che i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", None)]),
    ("La Regione ha diffuso un documento. Il documento dice che i fondi sono finiti.",
     [("indirect", "i fondi sono finiti", "Regione")]),
])
def test_document_speaks_for_its_issuer(shipped, text, expected):
    """'Il comunicato della Regione spiega…': the issuer named after di speaks; a bare document noun is no speaker."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chi ha parlato con Marco Rossi racconta che era molto stanco.",
     [("indirect", "era molto stanco", None)]),
    ("Chi conosce Anna Bruni racconta che era molto stanca.",
     [("indirect", "era molto stanca", None)]),
    ("Qualcuno ha visto Marco Rossi e ha raccontato che era solo.",
     [("indirect", "era solo", None)]),
    ("La scrittrice Anna Bruni ha vinto il premio. La motivazione ufficiale afferma che il romanzo è coraggioso.",
     [("indirect", "il romanzo è coraggioso", None)]),
    # a name that is the subject of the sentence still speaks
    ("Marco Rossi, che conosce Anna Bruni, racconta che era molto stanca.",
     [("indirect", "era molto stanca", "Marco Rossi")]),
])
def test_generic_or_unsigned_subject_names_no_one(shipped, text, expected):
    """'Chi ha parlato con X racconta…': a generic pronoun's clause names no speaker; nor does a document no issuer signs."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il sondaggio dice che il centrodestra è in vantaggio.",
     [("indirect", "il centrodestra è in vantaggio", None)]),
    ("Il rapporto spiega che la disoccupazione è scesa.",
     [("indirect", "la disoccupazione è scesa", None)]),
    ("Il Quirinale ha diffuso una nota. La nota spiega che il presidente firmerà.",
     [("indirect", "il presidente firmerà", "Quirinale")]),
])
def test_bare_document_subject_is_no_speaker(shipped, text, expected):
    """'Il sondaggio dice che…': a document noun as subject is never the speaker; its issuer named before is."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Siamo pronti", raccontano i residenti, stanchi dei ritardi.',
     [("direct", "Siamo pronti", "residenti")]),
    # a likeness with no quotation before it stays no one's words
    ("La sua forma ricorda quella di un uovo.", []),
])
def test_verb_right_after_the_marks_attributes_them(shipped, text, expected):
    """'«…», raccontano i residenti, stanchi…': a verb right after the closing mark reports, whatever subject the parse gives it."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lo ha annunciato il sindaco, spiegando che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "sindaco")]),
    ("Lo ha annunciato su Facebook la moglie del cantante, spiegando che se n'è andato serenamente.",
     [("indirect", "se n'è andato serenamente", "moglie del cantante")]),
    ("Lo ha annunciato su Facebook il sindaco Marco Rossi, spiegando che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "Marco Rossi")]),
])
def test_subject_after_a_sentence_opening_clitic(shipped, text, expected):
    """'Lo ha annunciato [su Facebook] la moglie del cantante, spiegando che…': the clitic is the object, the phrase after the verb its subject, which the gerund shares."""
    assert speech(shipped, text) == expected
