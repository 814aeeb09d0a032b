"""Build ``articles_gold.jsonl`` from the hand annotations of the sample articles.

The annotations below were written by hand, article by article; this script only turns the
strings into character offsets and checks them. Run it from the repository root::

    .venv/bin/python data/gold/build_gold.py

Quotes are given by their content (the text between the marks, or the reported clause); a
content that occurs more than once in the article needs ``nth`` (0-based occurrence). Entities
are given per article as a small lexicon ``surface -> (label, canonical)``: every occurrence of a
surface (whole words, longest surface first, no overlaps) is a mention, except the occurrences
listed in ``skip`` as ``(surface, nth)``. Every span is checked: ``text[start:end]`` equals the
intended string, quote contents carry no quote marks or spaces at their edges, cues and speaker
mentions are found next to their quote, speakers and ``about`` names are entities of the article.

Conventions beyond the schema: ``about`` lists the entities that the content itself refers to by
a name, a description or a pronoun ("il rivale", "lui", "farne"), not those only implied by a verb
ending. A speaker that is no named entity ("una residente", "fonti diplomatiche") has
``speaker`` null, ``speaker_type`` "other" and its words in ``speaker_mention``; a null subject
has the finite verb as ``speaker_mention`` ("Ha", "Consiglia"). Headline quotes ("Butti: «...»")
have ``cue`` null. Only the outer quote of a nested quote is annotated, and the partial quotes
inside a mixed quote are not annotated apart; a mixed quote is finally written as its partial
quotes (one mixed quote each, see ``reference_mixed``), as in the shared reference annotation,
and a partial quote in a narrative sentence with a cue (*ha definito la vittoria “…”*) is mixed. For "secondo X", "per X", "a detta di X" and
"stando a X" the cue is the fixed part ("Secondo", "Per", "A detta", "Stando").
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent.parent / "kit" / "lang" / "it" / "articles"
sys.path.insert(0, str(HERE.parent.parent))  # the kit of this checkout, for its front matter reader
from kit.corpus.frontmatter import split_front_matter  # noqa: E402
OUT = HERE / "articles_gold.jsonl"

OPEN_MARKS = set('"“«„‘')
CLOSE_MARKS = set('"”»“’')
ALL_MARKS = set('"“”«»„')  # apostrophes (' ’) are not counted as quote marks in contents
KINDS = {"direct", "indirect", "mixed", "other"}
LABELS = {"PER", "ORG", "LOC", "MISC"}
SPEAKER_TYPES = {"PER", "ORG", "LOC", "other"}
WINDOW = 260  # how far from its quote a cue or speaker mention may be written


def Q(content, kind, cue, speaker, mention, stype, about=(), nth=None):
    """A speech quote: direct, indirect or mixed."""
    return {"content": content, "kind": kind, "cue": cue, "speaker": speaker,
            "speaker_mention": mention, "speaker_type": stype, "about": list(about), "nth": nth}


def O(content, about=(), nth=None):
    """Quote marks that are not speech: titles, names, scare quotes, nicknames."""
    return {"content": content, "kind": "other", "cue": None, "speaker": None,
            "speaker_mention": None, "speaker_type": None, "about": list(about), "nth": nth}


# --------------------------------------------------------------------------------------------
# The annotations
# --------------------------------------------------------------------------------------------

MATTARELLA = "Sergio Mattarella"

ANNOTATIONS: dict[str, dict] = {}

ANNOTATIONS["01-mattarella-studenti-quirinale"] = {
    "entities": {
        "Mattarella": ("PER", MATTARELLA),
        "Sergio Mattarella": ("PER", MATTARELLA),
        "Quirinale": ("LOC", "Quirinale"),
        "Italia": ("LOC", "Italia"),
        "ministero dell'Istruzione e del Merito": ("ORG", "ministero dell'Istruzione e del Merito"),
        "Costituzione": ("MISC", "Costituzione"),
        "Catania": ("LOC", "Catania"),
        "Lorenzo Milani": ("PER", "Lorenzo Milani"),
        "Lettera a una professoressa": ("MISC", "Lettera a una professoressa"),
        "Bari": ("LOC", "Bari"),
        "Sicurezza": ("MISC", "decreto Sicurezza"),
        "Consiglio dei ministri": ("ORG", "Consiglio dei ministri"),
        "Senato": ("ORG", "Senato"),
        "Parlamento": ("ORG", "Parlamento"),
        "Giorgia Meloni": ("PER", "Giorgia Meloni"),
        "Partito democratico": ("ORG", "Partito democratico"),
        "Elly Schlein": ("PER", "Elly Schlein"),
        "Torino": ("LOC", "Torino"),
    },
    "quotes": [
        # headline: speaker named before a colon, no verb
        Q("La Costituzione non è un museo", "direct", None, MATTARELLA, "Mattarella", "PER",
          ["Costituzione"], nth=0),
        # null subject carried from "Mattarella ha parlato a lungo."
        Q("la libertà di cui godono oggi i ragazzi è stata conquistata da generazioni che non "
          "l'hanno mai data per scontata", "indirect", "Ha ricordato", MATTARELLA, "Ha", "PER"),
        Q("La Costituzione non è un museo da visitare una volta l'anno. È uno strumento di "
          "lavoro, da usare ogni giorno", "direct", "ha detto", MATTARELLA, "il capo dello Stato",
          "PER", ["Costituzione"]),
        # one quote interrupted by its attribution = two quotes
        Q("Non lasciate che siano altri a decidere per voi", "direct", "ha proseguito",
          MATTARELLA, "Mattarella", "PER"),
        Q("perché chi rinuncia a partecipare lascia spazio a chi alza di più la voce", "direct",
          "ha proseguito", MATTARELLA, "Mattarella", "PER"),
        O("Lettera a una professoressa", ["Lettera a una professoressa"]),
        Q("ogni insegnante dovrebbe rileggere almeno una volta", "direct", "ha detto", MATTARELLA,
          "ha", "PER"),
        Q('la cosa più importante è "non smettere mai di fare domande", neppure agli adulti',
          "mixed", "ha risposto", MATTARELLA, "ha", "PER"),
        O("Sicurezza", ["decreto Sicurezza"]),
        Q("un richiamo prezioso, che vale per tutti, a partire da chi governa", "mixed",
          "ha ringraziato", "Giorgia Meloni", "Giorgia Meloni", "PER"),
        Q('proprio i giovani "chiedono alla politica di occuparsi dei problemi reali, non di '
          'cercare nemici"', "mixed", "ha sottolineato", "Elly Schlein", "Elly Schlein", "PER"),
        Q("Tornate a casa e raccontate quello che avete visto qui", "direct", "ha detto",
          MATTARELLA, "ha", "PER"),
    ],
}

UVDL = "Ursula von der Leyen"
ANNOTATIONS["02-bruxelles-piano-casa"] = {
    "entities": {
        "Bruxelles": ("LOC", "Bruxelles"),
        "Commissione europea": ("ORG", "Commissione europea"),
        "Commissione": ("ORG", "Commissione europea"),
        "Banca europea per gli investimenti": ("ORG", "Banca europea per gli investimenti"),
        "Europa": ("LOC", "Europa"),
        UVDL: ("PER", UVDL),
        "Eurostat": ("ORG", "Eurostat"),
        "Ue": ("ORG", "Unione europea"),
        "Lisbona": ("LOC", "Lisbona"),
        "Dublino": ("LOC", "Dublino"),
        "Eric Mamer": ("PER", "Eric Mamer"),
        "Raffaele Fitto": ("PER", "Raffaele Fitto"),
        "Parlamento europeo": ("ORG", "Parlamento europeo"),
        "Verdi": ("ORG", "Verdi"),
        "Lena Hoffmann": ("PER", "Lena Hoffmann"),
        "Conservatori e riformisti europei": ("ORG", "Conservatori e riformisti europei"),
        "Roma": ("LOC", "Roma"),
        "Tommaso Foti": ("PER", "Tommaso Foti"),
        "Consiglio Affari generali": ("ORG", "Consiglio Affari generali"),
    },
    "quotes": [
        Q("La casa è diventata la prima preoccupazione di milioni di cittadini. Non possiamo più "
          "considerarla un problema soltanto nazionale", "direct", "ha dichiarato", UVDL, UVDL,
          "PER"),
        Q("Il mercato da solo non basta", "direct", "ha aggiunto", UVDL, "ha", "PER"),
        Q("e dove il mercato non arriva deve arrivare l’Europa", "direct", "ha aggiunto", UVDL,
          "ha", "PER", ["Europa"]),
        Q("tra il 2015 e il 2024 gli affitti nell'Ue sono cresciuti in media del 22 per cento, "
          "mentre i prezzi delle abitazioni sono saliti di quasi il 50 per cento", "indirect",
          "Secondo", "Eurostat", "Eurostat", "ORG", ["Unione europea"]),
        # speaker introduced by apposition
        Q("Non si tratta di sostituirsi ai governi nazionali, che restano competenti in materia. "
          "Vogliamo dare loro strumenti e risorse che oggi non hanno", "direct", "ha dichiarato",
          "Eric Mamer", "Eric Mamer", "PER"),
        Q("una prima tranche da 10 miliardi sarà disponibile già dal prossimo anno, con priorità "
          "per studenti, giovani coppie e lavoratori essenziali", "indirect", "ha annunciato",
          "Raffaele Fitto", "Raffaele Fitto", "PER"),
        O("piano mattone"),  # nickname
        Q("il piano arriva “troppo tardi e con troppo poco”", "mixed", "Per", "Lena Hoffmann",
          "Lena Hoffmann", "PER"),
        Q("i fondi di coesione restino destinati soprattutto alle infrastrutture", "indirect",
          "hanno chiesto", "Conservatori e riformisti europei",
          "Conservatori e riformisti europei", "ORG"),
        Q("È un primo passo nella direzione giusta, ma le regole di bilancio devono permetterci "
          "di usare davvero queste risorse", "direct", "ha detto", "Tommaso Foti", "Tommaso Foti",
          "PER"),
        Q("servono anche controlli più severi sugli affitti brevi, che in molte città hanno "
          "svuotato i centri storici", "indirect", "Per", None, "i sindacati degli inquilini",
          "other"),
    ],
}

FERRANTE, BORRELLI = "Davide Ferrante", "Luca Borrelli"
ANNOTATIONS["03-milano-truffe-anziani-sentenza"] = {
    "entities": {
        "Milano": ("LOC", "Milano"),
        "Tribunale di Milano": ("ORG", "Tribunale di Milano"),
        FERRANTE: ("PER", FERRANTE),
        "Ferrante": ("PER", FERRANTE),
        BORRELLI: ("PER", BORRELLI),
        "Borrelli": ("PER", BORRELLI),
        "Monza e Brianza": ("LOC", "Monza e Brianza"),
        "Procura di Milano": ("ORG", "Procura di Milano"),
        "Sesto San Giovanni": ("LOC", "Sesto San Giovanni"),
        "Comune di Sesto San Giovanni": ("ORG", "Comune di Sesto San Giovanni"),
        "Chiara Valsecchi": ("PER", "Chiara Valsecchi"),
        "Marco Gentile": ("PER", "Marco Gentile"),
        "Gentile": ("PER", "Marco Gentile"),
        "ministero dell'Interno": ("ORG", "ministero dell'Interno"),
        "Italia": ("LOC", "Italia"),
        "Giovanna Riva": ("PER", "Giovanna Riva"),
        "via Cavallotti": ("LOC", "via Cavallotti"),
    },
    "quotes": [
        O("finti carabinieri", [FERRANTE, BORRELLI]),  # scare quotes in the headline
        # "l'accusa" = the prosecution, the Procura di Milano named in the next paragraph
        Q('i due si presentavano al telefono come marescialli dei carabinieri e convincevano le '
          'vittime a consegnare gioielli e contanti per "pagare la cauzione" di un familiare '
          'appena arrestato', "mixed", "Secondo", "Procura di Milano", "l'accusa", "ORG",
          [FERRANTE, BORRELLI]),
        Q("il bottino complessivo supera i 300.000 euro", "indirect", "A detta", None,
          "investigatori", "other"),
        # mismatched marks: “…“
        Q("Mi hanno detto che mio nipote aveva avuto un incidente e che rischiava il carcere. Ho "
          "pensato solo a lui, non ho capito più niente", "direct", "aveva raccontato", None,
          "la donna", "other"),
        Q("molte vittime, per la vergogna, non avevano denunciato subito il raggiro, e che alcune "
          "non lo hanno mai raccontato nemmeno ai figli", "indirect", "ha spiegato",
          "Chiara Valsecchi", "ha", "PER"),
        Q("presenterà ricorso in appello non appena saranno depositate le motivazioni",
          "indirect", "ha annunciato", "Marco Gentile", "Marco Gentile", "PER"),
        Q("Rispettiamo la sentenza", "direct", "ha detto", "Marco Gentile", "Gentile", "PER"),
        Q("ma siamo convinti che in secondo grado la posizione del mio assistito verrà "
          "ridimensionata", "direct", "ha detto", "Marco Gentile", "Gentile", "PER", [FERRANTE]),
        Q("nel 2024 le truffe agli anziani denunciate in Italia sono state oltre 30.000",
          "indirect", "Stando", "ministero dell'Interno", "ministero dell'Interno", "ORG",
          ["Italia"]),
        # nested: the inner “…” is part of the outer quote, not annotated on its own
        Q("Lo ripeto a tutti: se qualcuno al telefono vi dice “sono un maresciallo, suo figlio è "
          "nei guai”, riattaccate e chiamate il 112. Nessun carabiniere vi chiederà mai dei soldi",
          "direct", "ripete", "Giovanna Riva", "Giovanna Riva", "PER"),
    ],
}

SINNER = "Jannik Sinner"
ANNOTATIONS["04-sinner-internazionali-roma"] = {
    "entities": {
        "Sinner": ("PER", SINNER),
        SINNER: ("PER", SINNER),
        "Jannik": ("PER", SINNER),
        "Roma": ("LOC", "Roma"),
        "Internazionali d'Italia": ("MISC", "Internazionali d'Italia"),
        "Carlos Alcaraz": ("PER", "Carlos Alcaraz"),
        "Alcaraz": ("PER", "Carlos Alcaraz"),
        "Foro Italico": ("LOC", "Foro Italico"),
        "Adriano Panatta": ("PER", "Adriano Panatta"),
        "Parigi": ("LOC", "Parigi"),
        "Roland Garros": ("MISC", "Roland Garros"),
        "Simone Vagnozzi": ("PER", "Simone Vagnozzi"),
        "Vagnozzi": ("PER", "Simone Vagnozzi"),
        "Darren Cahill": ("PER", "Darren Cahill"),
        "Carota Boys": ("ORG", "Carota Boys"),
        "Giorgia Meloni": ("PER", "Giorgia Meloni"),
        "Italia": ("LOC", "Italia"),
        "Federazione italiana tennis e padel": ("ORG", "Federazione italiana tennis e padel"),
        "Angelo Binaghi": ("PER", "Angelo Binaghi"),
        "Sesto Pusteria": ("LOC", "Sesto Pusteria"),
    },
    "quotes": [
        Q("Questa coppa è anche del pubblico", "direct", None, SINNER, "Sinner", "PER"),
        Q("Non riesco ancora a crederci. Ho sognato questo momento fin da bambino, quando "
          "guardavo il torneo in televisione con mio padre. Oggi il pubblico mi ha spinto su ogni "
          "punto", "direct", "ha detto", SINNER, "Sinner", "PER"),
        Q('nel finale il rivale "ha giocato meglio i punti importanti"', "mixed",
          "ha riconosciuto", "Carlos Alcaraz", "Alcaraz", "PER", [SINNER]),
        Q("Oggi era più forte lui. Ci rivedremo a Parigi", "direct", "ha aggiunto",
          "Carlos Alcaraz", "lo spagnolo", "PER", [SINNER, "Parigi"]),
        Q("Jannik è cresciuto tantissimo sulla terra battuta. Due anni fa questa superficie era "
          "il suo punto debole, oggi è diventata un'arma", "direct", "spiega", "Simone Vagnozzi",
          "Simone Vagnozzi", "PER", [SINNER]),
        # mismatched marks: “…“
        Q("Il lavoro sul servizio ha fatto la differenza", "direct", "aggiunge",
          "Simone Vagnozzi", "Vagnozzi", "PER"),
        O("Carota Boys", ["Carota Boys"]),  # nickname of a fan group
        Q("la vittoria di Sinner «rende orgogliosa tutta l'Italia»", "mixed", "ha scritto",
          "Giorgia Meloni", "Giorgia Meloni", "PER", [SINNER, "Italia"]),
        Q("il successo porterà nei circoli migliaia di nuovi tesserati", "indirect", "Secondo",
          "Angelo Binaghi", "Angelo Binaghi", "PER"),
    ],
}

SALA = "Giuseppe Sala"
ANNOTATIONS["05-milano-navigli-pedonali"] = {
    "entities": {
        "Milano": ("LOC", "Milano"),
        "Comune di Milano": ("ORG", "Comune di Milano"),
        "Confcommercio Milano": ("ORG", "Confcommercio Milano"),
        "Navigli": ("LOC", "Navigli"),
        "Navigli Vivi": ("ORG", "Navigli Vivi"),
        "Alzaia Naviglio Grande": ("LOC", "Alzaia Naviglio Grande"),
        "Ripa di Porta Ticinese": ("LOC", "Ripa di Porta Ticinese"),
        SALA: ("PER", SALA),
        "Sala": ("PER", SALA),
        "Palazzo Marino": ("LOC", "Palazzo Marino"),
        "Federica Moretti": ("PER", "Federica Moretti"),
        "Facebook": ("ORG", "Facebook"),
        "Agenzia mobilità ambiente territorio": ("ORG", "Agenzia mobilità ambiente territorio"),
        "Roberto Galli": ("PER", "Roberto Galli"),
        "via Vigevano": ("LOC", "via Vigevano"),
        "Lega": ("ORG", "Lega"),
        "Stefano Pirovano": ("PER", "Stefano Pirovano"),
        "Tar della Lombardia": ("ORG", "Tar della Lombardia"),
        "Parigi": ("LOC", "Parigi"),
        "Darsena": ("LOC", "Darsena"),
        "Naviglio Pavese": ("LOC", "Naviglio Pavese"),
    },
    "quotes": [
        Q("la misura servirà a rendere più sicura una zona frequentata ogni fine settimana da "
          "decine di migliaia di persone", "indirect", "ha spiegato", SALA, SALA, "PER",
          ["Navigli"]),
        Q("Ascolteremo tutti, ma indietro non si torna", "direct", "ha assicurato", SALA, "Sala",
          "PER"),
        # low-high marks: „…“
        Q("Non è una guerra alle auto. È una scelta per la qualità della vita di chi abita qui",
          "direct", "ha scritto", "Federica Moretti", "Federica Moretti", "PER"),
        Q("nelle sere del sabato passano sulle due sponde oltre 4.000 veicoli all'ora",
          "indirect", "Secondo", "Agenzia mobilità ambiente territorio",
          "Agenzia mobilità ambiente territorio", "ORG", ["Navigli"]),
        Q("i locali della zona perderanno una parte importante della clientela, quella che "
          "arriva in auto dalla provincia", "indirect", "A detta", "Navigli Vivi", "Navigli Vivi",
          "ORG", ["Navigli"]),
        Q("nessuno è contrario a priori", "indirect", "ha ribadito", "Roberto Galli",
          "Roberto Galli", "PER"),
        Q("Chiediamo solo di essere coinvolti prima, non dopo", "direct", "ha ribadito",
          "Roberto Galli", "Roberto Galli", "PER"),
        Q("nei primi mesi il calo del fatturato potrebbe arrivare al 15 per cento per ristoranti "
          "e bar", "indirect", "Stando", "Confcommercio Milano", "Confcommercio Milano", "ORG"),
        Q("Il sabato sera qui è impossibile dormire, e con la strada chiusa arriverà ancora più "
          "gente", "direct", "racconta", None, "una residente", "other"),
        Q("il suo gruppo presenterà un ricorso al Tar della Lombardia", "indirect",
          "ha dichiarato", "Stefano Pirovano", "Stefano Pirovano", "PER",
          ["Lega", "Tar della Lombardia"]),
        O("modello Parigi", ["Parigi"]),  # scare quotes
        # null subject ("E ironizza"), mismatched marks “…“
        Q("A Parigi la metropolitana arriva ovunque. Qui prima si chiudono le strade e poi, "
          "forse, si pensa ai mezzi", "direct", "ironizza", "Stefano Pirovano", "ironizza", "PER",
          ["Parigi"]),
    ],
}

PANETTA, GIORGETTI = "Fabio Panetta", "Giancarlo Giorgetti"
ANNOTATIONS["06-inflazione-petrolio-prezzi"] = {
    "entities": {
        "Panetta": ("PER", PANETTA),
        PANETTA: ("PER", PANETTA),
        "ISTAT": ("ORG", "ISTAT"),
        "Italia": ("LOC", "Italia"),
        "Opec+": ("ORG", "Opec+"),
        "Codacons": ("ORG", "Codacons"),
        "Banca d'Italia": ("ORG", "Banca d'Italia"),
        "Associazione bancaria italiana": ("ORG", "Associazione bancaria italiana"),
        "Roma": ("LOC", "Roma"),
        "Banca centrale europea": ("ORG", "Banca centrale europea"),
        GIORGETTI: ("PER", GIORGETTI),
        "Movimento 5 Stelle": ("ORG", "Movimento 5 Stelle"),
        "Giuseppe Conte": ("PER", "Giuseppe Conte"),
        "Cgil": ("ORG", "Cgil"),
        "Stati Uniti": ("LOC", "Stati Uniti"),
    },
    "quotes": [
        Q("Segnali incoraggianti", "direct", None, PANETTA, "Panetta", "PER"),
        Q("a ottobre l'inflazione in Italia è scesa all'1,8 per cento su base annua, dal 2,1 per "
          "cento di settembre", "indirect", "Secondo", "ISTAT", "ISTAT", "ORG", ["Italia"]),
        O("carrello della spesa"),
        Q("i benzinai non hanno ancora trasferito il calo sui consumatori: un litro di benzina "
          "self costa in media € 1,71, appena due centesimi in meno di un mese fa, e il gasolio "
          "€ 1,64", "indirect", "Per", "Codacons", "Codacons", "ORG"),
        Q("i segnali sono incoraggianti ma che la crescita resta debole", "indirect",
          "ha affermato", PANETTA, PANETTA, "PER"),
        # mismatched marks: "…”
        Q("La discesa dei prezzi dell'energia è una buona notizia per le famiglie e per le "
          "imprese. Non dobbiamo però abbassare la guardia", "direct", "ha aggiunto", PANETTA,
          "Panetta", "PER"),
        Q("la Banca centrale europea ha già ridotto i tassi quattro volte dall'inizio dell'anno",
          "indirect", "Ha poi ricordato", PANETTA, "Ha", "PER", ["Banca centrale europea"]),
        Q("I conti pubblici sono in ordine e lo spread è ai minimi da quindici anni", "direct",
          "ha detto", GIORGETTI, GIORGETTI, "PER"),
        Q("Le famiglie hanno recuperato una parte del potere d'acquisto perso negli ultimi anni",
          "direct", "ha aggiunto", GIORGETTI, "ha", "PER"),
        Q("ma sui salari c'è ancora molto da fare", "direct", "ha aggiunto", GIORGETTI, "ha",
          "PER"),
        Q('un governo che "festeggia mentre gli italiani fanno la spesa con la calcolatrice"',
          "mixed", "ha parlato di", "Giuseppe Conte", "Giuseppe Conte", "PER"),
        Q("le retribuzioni reali restano inferiori del 7 per cento rispetto a quelle del 2021",
          "indirect", "Secondo", "Cgil", "Cgil", "ORG"),
    ],
}

FERRARIS, CASA = "Lucia Ferraris", "La casa sull'Adda"
ANNOTATIONS["07-premio-strega-ferraris"] = {
    "entities": {
        "Premio Strega": ("MISC", "Premio Strega"),
        FERRARIS: ("PER", FERRARIS),
        "Ferraris": ("PER", FERRARIS),
        CASA: ("MISC", CASA),
        "Einaudi": ("ORG", "Einaudi"),
        "Ninfeo di Villa Giulia": ("LOC", "Ninfeo di Villa Giulia"),
        "Roma": ("LOC", "Roma"),
        "Il tempo degli altri": ("MISC", "Il tempo degli altri"),
        "Michele Orsini": ("PER", "Michele Orsini"),
        "Lodigiano": ("LOC", "Lodigiano"),
        "Fondazione Bellonci": ("ORG", "Fondazione Bellonci"),
        "Stefano Petrocchi": ("PER", "Stefano Petrocchi"),
        "Lodi": ("LOC", "Lodi"),
        "Acqua ferma": ("MISC", "Acqua ferma"),
        "Lucciola Film": ("ORG", "Lucciola Film"),
        "Matteo Longhi": ("PER", "Matteo Longhi"),
        "Longhi": ("PER", "Matteo Longhi"),
        "Le stagioni del fiume": ("MISC", "Le stagioni del fiume"),
        "Cremona": ("LOC", "Cremona"),
        "Rai 3": ("ORG", "Rai 3"),
        "Alessandro Giuli": ("PER", "Alessandro Giuli"),
    },
    "quotes": [
        O(CASA, [CASA], nth=0),
        O(CASA, [CASA], nth=1),
        O("Il tempo degli altri", ["Il tempo degli altri"]),
        # single curly marks ‘…’; the speaker is a description ("la scrittrice")
        Q("Senza mia madre non avrei mai aperto un libro", "direct", "ha detto", FERRARIS,
          "la scrittrice", "PER"),
        Q("molte delle storie del romanzo le sono state raccontate dalla nonna, morta quando lei "
          "aveva sedici anni", "indirect", "Ha poi spiegato", FERRARIS, "Ha", "PER", [CASA]),
        # nested quote: only the outer one is annotated
        Q("Mia nonna mi ripeteva sempre “scrivi solo quello che sai”, e io per anni l'ho presa "
          "alla lettera. Poi ho capito che voleva dire un'altra cosa: scrivi quello che hai "
          "ascoltato", "direct", "ha raccontato", FERRARIS, "Ferraris", "PER"),
        Q("quest'anno i voti espressi sono stati quasi settecento, un record per il premio",
          "indirect", "ha sottolineato", "Stefano Petrocchi", "Stefano Petrocchi", "PER",
          ["Premio Strega"]),
        O("Acqua ferma", ["Acqua ferma"]),
        O("Le stagioni del fiume", ["Le stagioni del fiume"]),
        Q("le riprese inizieranno in primavera tra Lodi e Cremona", "indirect", "ha annunciato",
          "Matteo Longhi", "Matteo Longhi", "PER", ["Lodi", "Cremona"]),
        Q("Non voglio farne un film in costume", "direct", "ha precisato", "Matteo Longhi",
          "Longhi", "PER", [CASA]),
        Q("ma una storia che parli a chi vive oggi lungo quel fiume", "direct", "ha precisato",
          "Matteo Longhi", "Longhi", "PER"),
        Q("un segnale bello: vince un romanzo che parla di provincia, di fiumi, di lavoro",
          "mixed", "ha definito", "Alessandro Giuli", "Alessandro Giuli", "PER", [CASA]),
    ],
}

ANNOTATIONS["08-ucraina-colloqui-ginevra"] = {
    "entities": {
        "Ucraina": ("LOC", "Ucraina"),
        "Ginevra": ("LOC", "Ginevra"),
        "Cremlino": ("ORG", "Cremlino"),
        "Russia": ("LOC", "Russia"),
        "Stati Uniti": ("LOC", "Stati Uniti"),
        "Washington": ("LOC", "Washington"),
        "Steve Witkoff": ("PER", "Steve Witkoff"),
        "Kiev": ("LOC", "Kiev"),
        "Consiglio di sicurezza nazionale": ("ORG", "Consiglio di sicurezza nazionale"),
        "Rustem Umerov": ("PER", "Rustem Umerov"),
        "Dmitrij Peskov": ("PER", "Dmitrij Peskov"),
        "Mosca": ("LOC", "Mosca"),
        "Volodymyr Zelensky": ("PER", "Volodymyr Zelensky"),
        "Telegram": ("ORG", "Telegram"),
        "Kharkiv": ("LOC", "Kharkiv"),
        "Ue": ("ORG", "Unione europea"),
        "Kaja Kallas": ("PER", "Kaja Kallas"),
        "Reuters": ("ORG", "Reuters"),
        "Roma": ("LOC", "Roma"),
        "Antonio Tajani": ("PER", "Antonio Tajani"),
        "Italia": ("LOC", "Italia"),
        "Nazioni Unite": ("ORG", "Nazioni Unite"),
        "Farnesina": ("ORG", "Farnesina"),
        "Istanbul": ("LOC", "Istanbul"),
    },
    "quotes": [
        Q("Nessuna fretta", "direct", None, "Cremlino", "Il Cremlino", "ORG"),
        Q("Mosca “non ha alcuna fretta” di firmare un'intesa e che “le cause profonde del "
          "conflitto” devono essere affrontate prima di qualsiasi tregua", "mixed", "ha detto",
          "Dmitrij Peskov", "Dmitrij Peskov", "PER", ["Mosca"]),
        Q("un nuovo incontro potrebbe tenersi entro la fine del mese", "indirect",
          "ha poi fatto sapere", "Cremlino", "il Cremlino", "ORG"),
        Q("Non firmeremo nessun accordo che premi l'aggressore", "direct", "ha scritto",
          "Volodymyr Zelensky", "Volodymyr Zelensky", "PER", ["Russia"]),
        Q("Vogliamo la pace, ma una pace giusta, che non si limiti a congelare il fronte per "
          "qualche mese. I nostri partner lo sanno", "direct", "ha scritto", "Volodymyr Zelensky",
          "Volodymyr Zelensky", "PER"),
        Q("i nuovi attacchi contro le infrastrutture energetiche ucraine alla vigilia "
          "dell'inverno", "indirect", "ha espresso preoccupazione per", "Kaja Kallas",
          "Kaja Kallas", "PER"),
        # a place name standing for a government, as speaker
        Q("i raid hanno colpito soltanto obiettivi militari", "indirect", "sostenendo", "Mosca",
          "Mosca", "LOC"),
        O("tregua energetica"),  # scare quotes
        Q("gli Stati Uniti starebbero preparando una nuova proposta che prevede il congelamento "
          "della linea del fronte e garanzie di sicurezza affidate a un contingente europeo",
          "indirect", "Secondo", None, "fonti diplomatiche", "other", ["Stati Uniti"]),
        Q("l'Italia è pronta a fare la sua parte, ma solo sotto l'ombrello delle Nazioni Unite",
          "indirect", "ha ribadito", "Antonio Tajani", "Antonio Tajani", "PER",
          ["Italia", "Nazioni Unite"]),
        Q("Non manderemo soldati a combattere. Siamo pronti a contribuire a una missione di pace, "
          "se ci sarà una pace da garantire", "direct", "ha precisato", "Antonio Tajani",
          "il titolare della Farnesina", "PER"),
        Q("il prossimo incontro tra le delegazioni potrebbe svolgersi a Istanbul", "indirect",
          "Secondo quanto riferito", None, "diplomazia svizzera", "other", ["Istanbul"]),
    ],
}

SCHILLACI = "Orazio Schillaci"
ANNOTATIONS["09-influenza-picco-pronto-soccorso"] = {
    "entities": {
        "Schillaci": ("PER", SCHILLACI),
        SCHILLACI: ("PER", SCHILLACI),
        "Istituto superiore di sanità": ("ORG", "Istituto superiore di sanità"),
        "Lombardia": ("LOC", "Lombardia"),
        "Piemonte": ("LOC", "Piemonte"),
        "Campania": ("LOC", "Campania"),
        "Paolo Bianchi": ("PER", "Paolo Bianchi"),
        "Ospedale Niguarda": ("ORG", "Ospedale Niguarda"),
        "Milano": ("LOC", "Milano"),
        "Federazione italiana dei medici di medicina generale":
            ("ORG", "Federazione italiana dei medici di medicina generale"),
        "Organizzazione mondiale della sanità": ("ORG", "Organizzazione mondiale della sanità"),
        "Silvestro Scotti": ("PER", "Silvestro Scotti"),
        "Policlinico Gemelli": ("ORG", "Policlinico Gemelli"),
        "Roma": ("LOC", "Roma"),
        "Laura Marchetti": ("PER", "Laura Marchetti"),
        "Regione Lazio": ("ORG", "Regione Lazio"),
        "Fabrizio Pregliasco": ("PER", "Fabrizio Pregliasco"),
    },
    "quotes": [
        Q("Vaccinatevi", "direct", None, SCHILLACI, "Schillaci", "PER"),
        Q("nella settimana appena conclusa si sono registrati circa 15 casi ogni mille abitanti, "
          "per un totale stimato di oltre 900.000 italiani costretti a letto", "indirect",
          "Secondo", "Istituto superiore di sanità", "Istituto superiore di sanità", "ORG"),
        Q("Abbiamo pazienti in barella nei corridoi da giorni. La maggior parte sono anziani non "
          "vaccinati, con complicazioni respiratorie", "direct", "spiega", "Paolo Bianchi",
          "Paolo Bianchi", "PER"),
        Q("le farmacie potranno somministrare il vaccino fino alla fine di febbraio, senza "
          "prenotazione", "indirect", "ha annunciato", SCHILLACI, SCHILLACI, "PER"),
        Q("Non è mai troppo tardi per vaccinarsi. Lo dico soprattutto agli over 65 e ai malati "
          "cronici", "direct", "ha detto", SCHILLACI, "Schillaci", "PER"),
        Q("il vaccino è gratuito per le categorie a rischio", "indirect", "ricordando",
          SCHILLACI, "Schillaci", "PER"),
        Q("la copertura vaccinale resta troppo bassa: tra gli over 65 si è fermata al 53 per "
          "cento, lontano dall'obiettivo del 75 per cento indicato dall'Organizzazione mondiale "
          "della sanità", "indirect", "Per",
          "Federazione italiana dei medici di medicina generale",
          "Federazione italiana dei medici di medicina generale", "ORG",
          ["Organizzazione mondiale della sanità"]),
        Q("la sfiducia verso i vaccini, alimentata sui social da «una disinformazione che nessuno "
          "contrasta davvero»", "mixed", "ha espresso preoccupazione per", "Silvestro Scotti",
          "Silvestro Scotti", "PER"),
        Q("Abbiamo già vissuto inverni difficili", "direct", "racconta", "Laura Marchetti",
          "Laura Marchetti", "PER"),
        Q("ma questa volta il picco è arrivato quando il personale era ancora in ferie per le "
          "festività", "direct", "racconta", "Laura Marchetti", "Laura Marchetti", "PER"),
        Q("altri due ospedali della capitale seguiranno la stessa strada entro la settimana",
          "indirect", "A detta", "Regione Lazio", "Regione Lazio", "ORG", ["Roma"]),
        Q('il virus di quest\'anno, un sottotipo H3N2, "non è più aggressivo, ma è molto '
          'contagioso"', "mixed", "Secondo", "Fabrizio Pregliasco", "Fabrizio Pregliasco", "PER"),
        # null subject carried from the previous sentence
        Q("lavarsi spesso le mani e di restare a casa ai primi sintomi, senza ricorrere agli "
          "antibiotici, che contro i virus sono inutili", "indirect", "Consiglia",
          "Fabrizio Pregliasco", "Consiglia", "PER"),
    ],
}

BUTTI, CHIGI = "Alessio Butti", "Presidenza del Consiglio dei ministri"
ANNOTATIONS["10-intelligenza-artificiale-fondo-startup"] = {
    "entities": {
        "Butti": ("PER", BUTTI),
        BUTTI: ("PER", BUTTI),
        # "Palazzo Chigi" stands for the Presidenza del Consiglio, named in paragraph 2
        "Palazzo Chigi": ("ORG", CHIGI),
        "CDP Venture Capital": ("ORG", "CDP Venture Capital"),
        "Mezzogiorno": ("LOC", "Mezzogiorno"),
        "AI Italia 2030": ("MISC", "AI Italia 2030"),
        "Roma": ("LOC", "Roma"),
        CHIGI: ("ORG", CHIGI),
        "Italia": ("LOC", "Italia"),
        "Stati Uniti": ("LOC", "Stati Uniti"),
        "Cina": ("LOC", "Cina"),
        "Giorgia Meloni": ("PER", "Giorgia Meloni"),
        "Unione europea": ("ORG", "Unione europea"),
        "AI Act": ("MISC", "AI Act"),
        "Politecnico di Milano": ("ORG", "Politecnico di Milano"),
        "Giulia Conti": ("PER", "Giulia Conti"),
        "OpenAI": ("ORG", "OpenAI"),
        "Garante per la protezione dei dati personali":
            ("ORG", "Garante per la protezione dei dati personali"),
        "Pasquale Stanzione": ("PER", "Pasquale Stanzione"),
    },
    "quotes": [
        Q("Regole chiare, non freni", "direct", None, BUTTI, "Butti", "PER"),
        O("AI Italia 2030", ["AI Italia 2030"]),
        Q("Vogliamo regole chiare, non freni. L'Italia non può restare a guardare mentre Stati "
          "Uniti e Cina investono centinaia di miliardi di dollari", "direct", "ha detto", BUTTI,
          "Butti", "PER", ["Italia", "Stati Uniti", "Cina"]),
        Q("l'intelligenza artificiale \"può essere una straordinaria opportunità oppure un grande "
          "rischio per il lavoro\"", "mixed", "ha detto", "Giorgia Meloni", "Giorgia Meloni",
          "PER"),
        # the speaker as a description, named in the previous sentence
        Q("l'Italia è stato il primo Paese dell'Unione europea ad approvare una legge nazionale "
          "sull'intelligenza artificiale, in linea con l'AI Act", "indirect", "ha ricordato",
          "Giorgia Meloni", "La premier", "PER", ["Italia", "Unione europea", "AI Act"]),
        Q("nel 2024 il mercato italiano dell'intelligenza artificiale valeva 1,2 miliardi di "
          "euro, meno di un decimo di quello tedesco", "indirect", "Secondo",
          "Politecnico di Milano", "Politecnico di Milano", "ORG"),
        Q("Cinquecento milioni in cinque anni sono una goccia nel mare", "direct", "commenta",
          "Giulia Conti", "Giulia Conti", "PER", ["AI Italia 2030"]),
        # mismatched marks: "…”
        Q("Negli Stati Uniti OpenAI ha raccolto 40 miliardi di dollari in un solo round",
          "direct", "commenta", "Giulia Conti", "Giulia Conti", "PER", ["Stati Uniti", "OpenAI"]),
        Q('gli investimenti sono benvenuti, ma che "la tutela dei dati dei cittadini non può '
          'diventare un ostacolo da aggirare"', "mixed", "ha affermato", "Pasquale Stanzione",
          "Pasquale Stanzione", "PER"),
        Q("tutti i progetti finanziati dovranno rispettare le norme europee sulla privacy",
          "indirect", "ha fatto sapere", CHIGI, "Palazzo Chigi", "ORG"),
        Q("i progetti finanziati potrebbero creare circa 3.000 posti di lavoro qualificati entro "
          "il 2030, soprattutto nelle università e nei centri di ricerca", "indirect", "Secondo",
          None, "governo", "other"),
    ],
}


# --------------------------------------------------------------------------------------------
# Offsets and checks
# --------------------------------------------------------------------------------------------

def find_nth(text: str, needle: str, nth: int) -> int:
    """Start of the ``nth`` (0-based) occurrence of ``needle``; the needle must be unambiguous."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    assert starts, f"not found: {needle!r}"
    assert nth < len(starts), f"only {len(starts)} occurrence(s) of {needle!r}"
    return starts[nth]


def near(text: str, needle: str, start: int, end: int) -> bool:
    """Whether ``needle`` is written within WINDOW characters of the span (same paragraph)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - WINDOW)
    hi = text.find("\n", end)
    hi = min(len(text) if hi < 0 else hi, end + WINDOW)
    window = text[lo:start] + "\x00" + text[end:hi]
    return needle in window


def build_entities(doc_id: str, text: str, ann: dict) -> list[dict]:
    lexicon: dict = ann["entities"]
    skip = set(ann.get("skip", ()))
    taken: list[tuple[int, int]] = []
    out = []
    for surface in sorted(lexicon, key=len, reverse=True):
        label, canonical = lexicon[surface]
        assert label in LABELS, (doc_id, surface, label)
        pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        hits = 0
        for i, m in enumerate(pattern.finditer(text)):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue  # part of a longer mention
            if (surface, i) in skip:
                continue
            taken.append((s, e))
            out.append({"start": s, "end": e, "label": label, "canonical": canonical})
            hits += 1
        assert hits, f"{doc_id}: entity surface never found: {surface!r}"
    out.sort(key=lambda d: d["start"])
    for ent in out:
        assert text[ent["start"]:ent["end"]] == text[ent["start"]:ent["end"]].strip()
    return out


def build_quotes(doc_id: str, text: str, ann: dict, entities: list[dict]) -> list[dict]:
    canon = {}
    for ent in entities:
        canon.setdefault(ent["canonical"], ent["label"])
    title_end = text.index("\n")
    out = []
    for q in ann["quotes"]:
        content, kind = q["content"], q["kind"]
        where = f"{doc_id}: {content[:40]!r}"
        assert kind in KINDS, where
        occurrences = len(re.findall(re.escape(content), text))
        # a content written more than once must say which occurrence it means
        assert occurrences == 1 or q["nth"] is not None, f"{where}: ambiguous, give nth"
        start = find_nth(text, content, q["nth"] or 0)
        end = start + len(content)
        assert text[start:end] == content, where
        assert content == content.strip(), f"{where}: spaces at the edges"
        assert "\n" not in content, f"{where}: crosses a paragraph"
        if kind != "mixed":  # a mixed quote may end with its partial quote
            assert content[0] not in ALL_MARKS and content[-1] not in ALL_MARKS, \
                f"{where}: quote mark at the edge"
        if kind in ("direct", "other"):
            assert text[start - 1] in OPEN_MARKS, f"{where}: no opening mark before"
            assert text[end] in CLOSE_MARKS, f"{where}: no closing mark after"
        if kind == "indirect":
            assert not (set(content) & ALL_MARKS), f"{where}: quote marks inside indirect speech"
        if kind == "mixed":
            assert set(content) & ALL_MARKS or (text[start - 1] in OPEN_MARKS and text[end] in CLOSE_MARKS), \
                f"{where}: mixed quote without a partial quote"
        if kind in ("indirect", "mixed"):
            assert not content.endswith("."), f"{where}: final period included"
        if kind == "other":
            assert q["speaker"] is None and q["cue"] is None and q["speaker_type"] is None
            assert q["speaker_mention"] is None, where
        else:
            assert q["speaker_type"] in SPEAKER_TYPES, where
            if q["speaker"] is None:
                assert q["speaker_type"] == "other", f"{where}: unnamed speaker must be 'other'"
            else:
                assert q["speaker"] in canon, f"{where}: speaker {q['speaker']!r} not an entity"
                assert canon[q["speaker"]] == q["speaker_type"], f"{where}: speaker type"
            assert q["speaker_mention"], where
            in_title = end <= title_end
            if q["cue"] is None:
                assert in_title, f"{where}: only headlines may lack a cue"
            else:
                assert near(text, q["cue"], start, end), f"{where}: cue {q['cue']!r} not nearby"
            if in_title:
                assert q["speaker_mention"] in text[:title_end], where
            else:
                assert near(text, q["speaker_mention"], start, end), \
                    f"{where}: mention {q['speaker_mention']!r} not nearby"
        for name in q["about"]:
            assert name in canon, f"{where}: about {name!r} is not an entity of the article"
        out.append({"start": start, "end": end, "kind": kind, "cue": q["cue"],
                    "speaker": q["speaker"], "speaker_mention": q["speaker_mention"],
                    "speaker_type": q["speaker_type"], "about": q["about"]})
    out = [frag for q in out for frag in reference_mixed(text, q)]
    out.sort(key=lambda d: d["start"])
    for a, b in zip(out, out[1:]):
        assert a["end"] <= b["start"], f"{doc_id}: overlapping quotes at {b['start']}"
    return out


PAIRS = {"“": "”“", "«": "»", '"': '"', "„": "“”"}


def reference_mixed(text: str, quote: dict) -> list[dict]:
    """The reference annotation (shared/reference) marks a mixed quote by its quoted words:
    a reported clause with partial quotes becomes one mixed quote per partial quote."""
    if quote["kind"] != "mixed" or not set(text[quote["start"]:quote["end"]]) & set(PAIRS):
        return [quote]
    frags, i, end = [], quote["start"], quote["end"]
    while i < end:
        ch = text[i]
        if ch in PAIRS:
            j = i + 1
            while j < end and text[j] not in PAIRS[ch]:
                j += 1
            assert j < end or (j == end and text[j] in PAIRS[ch]), f"unclosed partial quote at {i}"
            frags.append({**quote, "start": i + 1, "end": j})
            i = j + 1
        else:
            i += 1
    assert frags, f"mixed quote without partial quote at {quote['start']}"
    return frags


def article_text(path: Path) -> str:
    """The article as ``kit.load_corpus`` reads it: the file without its front matter (date, source)."""
    return split_front_matter(path.read_bytes().decode("utf-8")).body


def build() -> list[dict]:
    files = sorted(ARTICLES.glob("*.txt"))
    ids = [f.stem for f in files]
    assert ids == sorted(ANNOTATIONS), (ids, sorted(ANNOTATIONS))
    records = []
    for path in files:
        doc_id = path.stem
        text = article_text(path)
        ann = ANNOTATIONS[doc_id]
        entities = build_entities(doc_id, text, ann)
        quotes = build_quotes(doc_id, text, ann, entities)
        records.append({"id": doc_id, "title": text.split("\n", 1)[0], "text": text,
                        "quotes": quotes, "entities": entities})
    return records


def main(argv: list[str]) -> int:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # read back and re-check every span against the file on disk
    for line in OUT.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        disk = article_text(ARTICLES / f"{rec['id']}.txt")
        assert rec["text"] == disk
        for span in rec["quotes"] + rec["entities"]:
            assert 0 <= span["start"] < span["end"] <= len(disk)
    n_q = sum(len(r["quotes"]) for r in records)
    n_e = sum(len(r["entities"]) for r in records)
    print(f"wrote {OUT.name}: {len(records)} articles, {n_q} quotes, {n_e} entities")
    if "--show" in argv:
        for rec in records:
            t = rec["text"]
            print(f"\n=== {rec['id']}")
            for q in rec["quotes"]:
                snippet = t[q["start"]:q["end"]][:70]
                print(f"  Q {q['kind']:8} {q['speaker']!s:28} [{q['cue']}] {snippet!r}")
            for e in rec["entities"]:
                print(f"  E {e['label']:4} {t[e['start']:e['end']]!r} -> {e['canonical']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
