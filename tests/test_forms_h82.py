"""Cues before a colon, verb-first cues and stance frames: forms of Italian news written for these tests (no sentence comes from a gold set)."""
from __future__ import annotations

import pytest

from .helpers import spoken as speech


@pytest.mark.parametrize("text,expected", [
    ("Spiega il sindaco Marco Rossi che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Ha aggiunto poi la ministra Anna Bruni che il decreto arriverà in aula a giugno.",
     [("indirect", "il decreto arriverà in aula a giugno", "Anna Bruni")]),
    ("Fa sapere in una nota il Comune che la strada resterà chiusa fino a lunedì.",
     [("indirect", "la strada resterà chiusa fino a lunedì", "Comune")]),
    ("Annuncia la Regione che i fondi arriveranno entro l'anno.",
     [("indirect", "i fondi arriveranno entro l'anno", "Regione")]),
    ("Precisa la Procura che le indagini sono ancora in corso.",
     [("indirect", "le indagini sono ancora in corso", "Procura")]),
    ("Sottolinea il sindaco Marco Rossi che il bilancio è in ordine.",
     [("indirect", "il bilancio è in ordine", "Marco Rossi")]),
    ("Commenta il presidente Luca Verdi: la squadra ha giocato bene.",
     [("indirect", "la squadra ha giocato bene", "Luca Verdi")]),
    ("Informa con una nota l'Istituto di Scienze Naturali: il rettile non è pericoloso.",
     [("indirect", "il rettile non è pericoloso", "Istituto di Scienze Naturali")]),
    ("Così racconta il sindaco Marco Rossi: la notte è stata lunga.",
     [("indirect", "la notte è stata lunga", "Marco Rossi")]),
    ("Fanno sapere dal Comune che la strada resterà chiusa.",
     [("indirect", "la strada resterà chiusa", "Comune")]),
    ("Precisano da Palazzo Chigi che il decreto non è ancora pronto.",
     [("indirect", "il decreto non è ancora pronto", "Palazzo Chigi")]),
    ("Spiega il sindaco, Marco Rossi, che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Spiega Marco Rossi, sindaco di Roma, che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Ha spiegato ieri in conferenza stampa il sindaco Marco Rossi che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Il sindaco Marco Rossi ha incontrato i cittadini. Spiega il sindaco che i lavori finiranno a maggio.",
     [("indirect", "i lavori finiranno a maggio", "Marco Rossi")]),
    ("Spiega l'assessore al Bilancio Luca Verdi che il piano sarà rivisto a settembre.",
     [("indirect", "il piano sarà rivisto a settembre", "Luca Verdi")]),
    ("Ha spiegato la ministra alla Salute Anna Bruni che il piano è pronto.",
     [("indirect", "il piano è pronto", "Anna Bruni")]),
    # the addressee after the verb is not its subject
    ("Ha scritto al sindaco Marco Rossi che il piano è pronto.",
     [("indirect", "il piano è pronto", None)]),
    # look-alikes: an object and its relative, no speaker after the verb
    ("Ricorda Marco Rossi, che è morto ieri a Roma.", []),
    ("Saluta il sindaco, Marco Rossi, che lascia l'incarico dopo dieci anni.", []),
    ("Racconta la storia di un uomo che ha perso tutto.", []),
    ("Dice la verità che tutti conoscono.", []),
    ("Spiega la norma che regola i contratti.", []),
])
def test_verb_first_cue_with_its_subject_after(shipped, text, expected):
    """A cue opening its sentence, then its subject (a name, a body, a speaking noun), then che or a colon."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lo conferma l'Istat: i prezzi sono saliti del tre per cento.",
     [("indirect", "i prezzi sono saliti del tre per cento", "Istat")]),
    ("Lo ha detto chiaramente Marco Rossi: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Lo scrive Legambiente nel suo rapporto: le coste sono in pericolo.",
     [("indirect", "le coste sono in pericolo", "Legambiente")]),
    ("Lo ha annunciato il sindaco Luca Verdi: la scuola riaprirà lunedì.",
     [("indirect", "la scuola riaprirà lunedì", "Luca Verdi")]),
    ("A confermarlo è l'Istat: i prezzi sono saliti del tre per cento.",
     [("indirect", "i prezzi sono saliti del tre per cento", "Istat")]),
    ("Ad annunciarlo è stato il sindaco Marco Rossi: la scuola riaprirà lunedì.",
     [("indirect", "la scuola riaprirà lunedì", "Marco Rossi")]),
    ("A parlare è stato il sindaco Marco Rossi: la città è pronta.",
     [("indirect", "la città è pronta", "Marco Rossi")]),
    ("A chiedere le dimissioni è stata Anna Bruni: il ministro ha fallito.",
     [("indirect", "le dimissioni", "Anna Bruni"), ("indirect", "il ministro ha fallito", "Anna Bruni")]),
    ("A vincere è stata la Juventus: tre gol al Milan.", []),
    ("Lo ha detto Marco Rossi, a margine dell'incontro: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Lo ha spiegato così Marco Rossi: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("E lo ha detto chiaramente anche Anna Bruni: la riforma è sbagliata.",
     [("indirect", "la riforma è sbagliata", "Anna Bruni")]),
    # a number confirms, no one speaks
    ("Lo conferma il dato di ottobre, che segna un calo del due per cento.", []),
])
def test_clitic_announcing_the_words_after_a_colon(shipped, text, expected):
    """*Lo* + cue + its subject + a colon: the words after the colon are the subject's."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi è stato chiaro: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Anna Bruni non ha dubbi: la riforma è sbagliata.",
     [("indirect", "la riforma è sbagliata", "Anna Bruni")]),
    ("Il segretario Luca Verdi non usa mezzi termini: il partito ha sbagliato tutto.",
     [("indirect", "il partito ha sbagliato tutto", "Luca Verdi")]),
    ("Il neurochirurgo Marco Rossi è stato inequivocabile: era folle non fermare il match.",
     [("indirect", "era folle non fermare il match", "Marco Rossi")]),
    ("Luca Verdi è stato chiaro con i sindacati: nessun licenziamento.",
     [("indirect", "nessun licenziamento", "Luca Verdi")]),
    ("Marco Rossi è stato chiaro ieri sera in tv: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Marco Rossi, intervistato dal Corriere, è stato chiaro: il governo non cadrà.",
     [("indirect", "il governo non cadrà", "Marco Rossi")]),
    ("Per il ministro Luca Verdi è chiaro: serve una riforma.",
     [("indirect", "serve una riforma", "Luca Verdi")]),
    ("Netto il no di Luca Verdi: la legge non passerà.",
     [("indirect", "la legge non passerà", "Luca Verdi")]),
    ("Questo il commento del sindaco Marco Rossi: la città merita di più.",
     [("indirect", "la città merita di più", "Marco Rossi")]),
    ("Così il ministro Luca Verdi: la riforma andrà avanti.",
     [("indirect", "la riforma andrà avanti", "Luca Verdi")]),
    ("Così in una nota il Comune: la strada resterà chiusa fino a lunedì.",
     [("indirect", "la strada resterà chiusa fino a lunedì", "Comune")]),
    ("Così il sindaco Marco Rossi in una nota: la strada resterà chiusa fino a lunedì.",
     [("indirect", "la strada resterà chiusa fino a lunedì", "Marco Rossi")]),
    ("Queste le parole di Anna Bruni: la città non si ferma.",
     [("indirect", "la città non si ferma", "Anna Bruni")]),
    ("Il commento di Marco Rossi: la riforma è un errore.",
     [("indirect", "la riforma è un errore", "Marco Rossi")]),
    ("Secca la replica di Luca Verdi: la riforma non si tocca.",
     [("indirect", "la riforma non si tocca", "Luca Verdi")]),
    ("Immediata la risposta del ministro Luca Verdi: nessun passo indietro.",
     [("indirect", "nessun passo indietro", "Luca Verdi")]),
    ("Durissimo il commento di Legambiente: il progetto distrugge la costa.",
     [("indirect", "il progetto distrugge la costa", "Legambiente")]),
    ("Appello del sindaco Marco Rossi: restate a casa.",
     [("indirect", "restate a casa", "Marco Rossi")]),
    ("Replica di Anna Bruni: la riforma non si tocca.",
     [("indirect", "la riforma non si tocca", "Anna Bruni")]),
    ("Dura la presa di posizione di Legambiente: il territorio è fragile.",
     [("indirect", "il territorio è fragile", "Legambiente")]),
    ("Secondo Marco Rossi non ci sono dubbi: il governo cadrà.",
     [("indirect", "il governo cadrà", "Marco Rossi")]),
    ("Per Marco Rossi non ci sono dubbi: il governo cadrà.",
     [("indirect", "il governo cadrà", "Marco Rossi")]),
    ("Per la Procura non ci sono dubbi: l'uomo è colpevole.",
     [("indirect", "l'uomo è colpevole", "Procura")]),
    ("Per ora non ci sono dubbi: il treno arriverà in ritardo.", []),
    ("Non ci sono dubbi: il governo cadrà.", []),
    ("Marco Rossi è stato chiaro: il governo non cadrà. Abbiamo i numeri e andremo avanti.",
     [("indirect", "il governo non cadrà. Abbiamo i numeri e andremo avanti", "Marco Rossi")]),
    # with quote marks the words are direct, as before
    ("Marco Rossi è stato chiaro: \"Il governo non cadrà\".",
     [("direct", "Il governo non cadrà", "Marco Rossi")]),
    # look-alikes: lists, times, labels, a thing that is clear, the writer's voice
    ("Il bilancio: tre morti e dieci feriti.", []),
    ("Ore 12: arrivo dei partecipanti in piazza.", []),
    ("Il programma: visita al museo e pranzo in centro.", []),
    ("Il quadro è chiaro: i conti non tornano.", []),
    ("Il risultato è netto: 3-0 per la Juventus.", []),
    ("Il percorso è duro per i ciclisti: tre salite e una discesa.", []),
    ("Il messaggio è chiaro: serve più sicurezza.", []),
    ("La situazione è critica: mancano medici e infermieri.", []),
    ("Così la classifica: Juventus 30, Milan 28.", []),
    ("Dice il proverbio: chi va piano va sano.", []),
    ("Dopo la replica di Luca Verdi: seduta sospesa.", []),
    ("È stato chiaro che il governo non aveva i numeri.", []),
])
def test_stance_frame_before_a_colon(shipped, text, expected):
    """A frame of stance (copula + stance adjective, *non ha dubbi*, *Netto il no di X*, *Così X*) before a colon: the words after it are X's."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La scuola riaprirà lunedì. È quanto dichiarato dal sindaco Marco Rossi al termine del consiglio comunale.",
     [("indirect", "La scuola riaprirà lunedì", "Marco Rossi")]),
    ("La scuola riaprirà lunedì. È quanto ha dichiarato il sindaco Marco Rossi.",
     [("indirect", "La scuola riaprirà lunedì", "Marco Rossi")]),
    ("La città non si ferma. Queste le parole di Anna Bruni.",
     [("indirect", "La città non si ferma", "Anna Bruni")]),
    ("La città non si ferma. Parola di Anna Bruni.",
     [("indirect", "La città non si ferma", "Anna Bruni")]),
    ("Il governo non cadrà. Parola del ministro Luca Verdi.",
     [("indirect", "Il governo non cadrà", "Luca Verdi")]),
    ("La città non si ferma. Parola di Anna Bruni, che ha chiuso la cerimonia tra gli applausi.",
     [("indirect", "La città non si ferma", "Anna Bruni")]),
    ("Le coste sono in pericolo. È quanto si legge nella nota del Comune.",
     [("indirect", "Le coste sono in pericolo", "Comune")]),
    # a document no one signs: its words reported, by no one named (GUIDELINES: unattributed reports
    # have a null speaker; h85's reading of "si legge")
    ("Le coste sono in pericolo. È quanto si legge nel rapporto annuale.",
     [("indirect", "Le coste sono in pericolo", None)]),
    # look-alikes: a rule, findings, events, no one named, a word of the day
    ("Il dizionario è aggiornato. Parola del giorno: resilienza.", []),
    ("Il ponte è crollato. È quanto previsto dal regolamento.", []),
    ("Il ponte è crollato. È quanto emerso dalle indagini della Procura.", []),
    ("Il ponte è crollato. È quanto accaduto ieri a Genova.", []),
    ("Il treno è in ritardo. È quanto annunciato dagli altoparlanti.", []),
])
def test_what_was_said_before_is_quanto(shipped, text, expected):
    """*È quanto (ha) dichiarato (da) X*, *Parola di X*: the sentence before is X's (a bare participle and its agent too)."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Parla il sindaco Marco Rossi: la città è pronta.",
     [("indirect", "la città è pronta", "Marco Rossi")]),
    ("Interviene il ministro Luca Verdi: il decreto è pronto.",
     [("indirect", "il decreto è pronto", "Luca Verdi")]),
    ("È intervenuto il ministro Luca Verdi: il decreto è pronto.",
     [("indirect", "il decreto è pronto", "Luca Verdi")]),
    # look-alikes: numbers that speak, a document, a match
    ("Parlano i numeri: la disoccupazione è calata.", []),
    ("Ecco il testo del ministro Luca Verdi: articolo 1.", []),
    ("Vince la Juventus che batte il Milan.", []),
    ("Segna Marco Rossi che porta la squadra in vantaggio.", []),
])
def test_taking_the_floor_before_a_colon(shipped, text, expected):
    """*Parla X: …*, *Interviene X: …*: who takes the floor says the words after the colon."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Anna Bruni ha detto: il bilancio sarà approvato.",
     [("indirect", "il bilancio sarà approvato", "Anna Bruni")]),
    ("Il sindaco ha annunciato: il ponte sarà costruito entro l'anno.",
     [("indirect", "il ponte sarà costruito entro l'anno", "sindaco")]),
    ("La presidente Anna Bruni si è detta fiduciosa: il bilancio sarà approvato.",
     [("indirect", "il bilancio sarà approvato", "Anna Bruni")]),
    ("Il ministro Luca Verdi si dice molto preoccupato: la crisi è grave.",
     [("indirect", "la crisi è grave", "Luca Verdi")]),
    # without a colon the stance is what is reported, as before
    ("Il ministro Luca Verdi si è detto pronto a dimettersi.",
     [("indirect", "pronto a dimettersi", "Luca Verdi")]),
])
def test_words_after_a_colon_run_to_the_end(shipped, text, expected):
    """The words after a cue's colon hold their own verbs (a passive is no cue of its own there); *si è detta fiduciosa:* opens them too."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Marco Rossi ha commentato la sentenza: la giustizia ha vinto.",
     [("indirect", "la giustizia ha vinto", "Marco Rossi")]),
    ("Marco Rossi ha commentato così la sentenza: la giustizia ha vinto.",
     [("indirect", "la giustizia ha vinto", "Marco Rossi")]),
    # an object that is reported stays one quotation of its own, as before
    ("Il presidente Luca Verdi ha criticato la scelta del governo: la legge è sbagliata.",
     [("indirect", "la scelta del governo", "Luca Verdi"), ("indirect", "la legge è sbagliata", "Luca Verdi")]),
    # look-alike: no speech verb
    ("Il ministro ha visitato il cantiere: i lavori sono a buon punto.", []),
])
def test_object_spoken_of_then_a_colon(shipped, text, expected):
    """*ha commentato la sentenza: …*: what the cue speaks of is no quotation, the clause after the colon is."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il fiume è sotto controllo. È quanto riferito dalla prefettura in serata.",
     [("indirect", "Il fiume è sotto controllo", "prefettura")]),
    ("Il fiume è sotto controllo. È quanto ha riferito la questura.",
     [("indirect", "Il fiume è sotto controllo", "questura")]),
])
def test_prefecture_and_police_headquarters_speak(shipped, text, expected):
    """*prefettura* and *questura* are bodies that speak, like *procura*."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Il racconto di Anna Bruni: quella notte il fiume è uscito dagli argini.",
     [("indirect", "quella notte il fiume è uscito dagli argini", "Anna Bruni")]),
    ("La versione della polizia: l'uomo era armato.",
     [("indirect", "l'uomo era armato", "polizia")]),
    ("La richiesta dei sindacati: aumenti salariali per tutti i lavoratori.",
     [("indirect", "aumenti salariali per tutti i lavoratori", "sindacati")]),
    ("Il messaggio del Papa: la pace è sempre possibile.",
     [("indirect", "la pace è sempre possibile", "Papa")]),
    # look-alikes: a verdict, a summary, a book, a menu
    ("Il verdetto della Corte: dieci anni di carcere per l'imputato.", []),
    ("La sintesi del vertice: nessun accordo sul bilancio.", []),
    ("La tesi del libro: la crisi era prevedibile.", []),
    ("La proposta del giorno: pasta al pomodoro e insalata.", []),
])
def test_words_noun_of_a_speaker_before_a_colon(shipped, text, expected):
    """*Il racconto / la versione / la richiesta di X: …*: a noun of words and whose they are, then the words."""
    assert speech(shipped, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sanità, Bruni: servono mille medici\nLa ministra Anna Bruni ha presentato il piano. "
     "Spiega la ministra che i fondi arriveranno a marzo.",
     [("indirect", "servono mille medici", "Anna Bruni"), ("indirect", "i fondi arriveranno a marzo", "Anna Bruni")]),
    ("Rossi: il governo cadrà entro l'estate\nIl ministro Marco Rossi ha detto ieri che la maggioranza non esiste più.",
     [("indirect", "il governo cadrà entro l'estate", "Marco Rossi"),
      ("indirect", "la maggioranza non esiste più", "Marco Rossi")]),
    ("Francia, il ministro Dupont: la riforma passerà\nIl governo francese ha presentato la legge.",
     [("indirect", "la riforma passerà", "Dupont")]),
    # a topic and a bare name, the name never speaking: the headline is about the person
    ("Calcio, Rossi: doppietta e vittoria\nMarco Rossi ha segnato due gol.", []),
])
def test_headline_name_colon_without_marks(shipped, text, expected):
    """*Nome: contenuto* (also *Tema, Nome: …*) is indirect with no cue when the name speaks elsewhere or carries a title."""
    assert speech(shipped, text) == expected
