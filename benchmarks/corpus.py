"""The benchmark corpus: the kit's sample articles plus generated Italian news text.

The sample articles in ``kit/lang/it/articles`` are short (about 3,400 words in all), so the corpus is
topped up with articles generated here from hand-written sentence templates: titles, reporting
verbs, quotations in every mark style the kit reads (« » “ ” „ “ " " ‘ ’), reported speech
(*ha detto che*, *secondo X*), nested and unbalanced marks, numbers and prices. Every person and
organisation in the templates is invented; the text is written for this file and copies nothing.

Generation is deterministic (a seeded ``random.Random``), so every run measures the same text.

    from benchmarks.corpus import build_corpus, count_words
    texts = build_corpus(min_words=200_000)        # list of article strings
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "kit" / "lang" / "it" / "articles"

# -- language data for the generator (fictional people and bodies) ------------------------------
FIRST_NAMES = {"f": ("Giulia", "Elena", "Chiara", "Francesca", "Silvia", "Martina", "Valentina", "Irene"),
               "m": ("Marco", "Paolo", "Lorenzo", "Davide", "Andrea", "Stefano", "Tommaso", "Luca")}
LAST_NAMES = ("Ferrante", "Bellandi", "Colonna", "Marchetti", "Rinaldi", "Santoro", "Galli",
              "Testa", "Fabbri", "Pellegrini", "Morelli", "Caruso", "Villa", "Serra", "Lombardo")
ROLES = {"m": ("il ministro dell'Economia", "il presidente della Regione", "l'assessore ai Trasporti",
               "il segretario del sindacato", "il procuratore", "l'allenatore", "il rettore",
               "l'economista", "il commissario europeo"),
         "f": ("la sindaca", "la portavoce del governo", "la direttrice dell'ospedale",
               "la presidente dell'associazione", "la virologa", "l'economista", "la rettrice")}
ORGS = ("l'Agenzia nazionale per la mobilità", "la Fondazione Orizzonti", "il Consorzio dei produttori",
        "l'Osservatorio sui prezzi", "la Camera di commercio", "l'Istituto di ricerca Aurora",
        "il Comitato dei residenti", "l'Ordine dei medici", "la Federazione degli artigiani")
CITIES = ("Torino", "Bologna", "Napoli", "Palermo", "Genova", "Verona", "Bari", "Trieste", "Perugia",
          "Cagliari", "Firenze", "Ancona")
COUNTRIES = ("Francia", "Germania", "Spagna", "Austria", "Grecia", "Portogallo", "Svizzera", "Belgio")
TOPICS = ("il nuovo piano per i trasporti", "la riforma delle pensioni", "il bilancio comunale",
          "la stagione turistica", "il cantiere della metropolitana", "la carenza di medici",
          "il prezzo dell'energia", "la chiusura dello stabilimento", "il calendario scolastico",
          "la gestione dei rifiuti", "il festival del cinema", "la campagna vaccinale")
SPEECH_VERBS = ("ha detto", "ha dichiarato", "ha spiegato", "ha sottolineato", "ha ribadito",
                "ha aggiunto", "ha precisato", "ha osservato", "ha ricordato", "ha assicurato",
                "ha commentato", "ha replicato", "ha annunciato", "ha ammesso")
CLAUSES = (
    "i lavori saranno conclusi entro la fine dell'anno",
    "i fondi arriveranno solo dopo il voto del consiglio",
    "la situazione è sotto controllo ma serve prudenza",
    "non ci sarà alcun aumento delle tariffe per le famiglie",
    "il progetto verrà presentato ai cittadini in un'assemblea pubblica",
    "le prime misure entreranno in vigore già dal mese prossimo",
    "i numeri degli ultimi mesi sono incoraggianti",
    "la decisione è stata presa dopo un lungo confronto con le categorie",
    "servono più risorse per le scuole e per gli ospedali",
    "il calo degli ordini preoccupa soprattutto le piccole imprese",
    "la collaborazione con le altre regioni ha dato buoni risultati",
    "il governo dovrà chiarire i tempi dell'intervento",
)
QUOTES = (
    "Abbiamo fatto tutto il possibile e continueremo a farlo",
    "Non possiamo permetterci di perdere altro tempo",
    "Questa è una giornata importante per tutta la città",
    "Chiediamo soltanto che le regole siano uguali per tutti",
    "I cittadini meritano risposte chiare e non promesse",
    "Il lavoro non è finito, anzi è appena cominciato",
    "Siamo pronti a discutere, ma non a qualsiasi condizione",
    "Ogni euro speso deve tornare ai cittadini sotto forma di servizi",
    "Ci vorrà pazienza, però la strada è quella giusta",
    "Nessuno verrà lasciato indietro, lo abbiamo promesso e lo faremo",
)
SCARE = ("decreto semplificazioni", "piano bianco", "tassa sul biglietto", "zona rossa",
         "bonus bici", "patto per il lavoro", "modello Verona")
NARRATIVE = (
    "La riunione è durata oltre tre ore e si è chiusa in tarda serata.",
    "Secondo i dati diffusi ieri, la spesa è cresciuta del {pct} per cento rispetto all'anno scorso.",
    "Il costo complessivo dell'opera è stimato in {money} milioni di euro.",
    "All'incontro hanno partecipato anche i rappresentanti dei comuni vicini.",
    "Nel pomeriggio una delegazione è stata ricevuta in prefettura.",
    "Le associazioni dei consumatori hanno chiesto un incontro urgente.",
    "Il biglietto costerà {price} euro, con riduzioni per studenti e pensionati.",
    "La prossima seduta è stata fissata per il {day} {month}.",
    "A {city} la notizia è stata accolta con prudenza.",
    "Il tema sarà discusso anche al vertice con {country} e {country2}.",
    "Negli ultimi {n} anni la popolazione del quartiere è diminuita.",
    "I sindacati hanno annunciato uno sciopero di {n} ore.",
)
MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "settembre",
          "ottobre", "novembre", "dicembre")
MARKS = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"), ("“", "“"))


class ArticleWriter:
    """Writes one fictional news article at a time from the templates above."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

    def _person(self) -> tuple[str, str]:
        rng = self.rng
        gender = rng.choice("fm")
        return rng.choice(ROLES[gender]), f"{rng.choice(FIRST_NAMES[gender])} {rng.choice(LAST_NAMES)}"

    def _fill(self, template: str) -> str:
        rng = self.rng
        country, country2 = rng.sample(COUNTRIES, 2)
        return template.format(pct=f"{rng.randint(12, 30)},{rng.randint(0, 9)}",
                               money=rng.randint(2, 900), price=f"{rng.randint(1, 40)},{rng.choice(('00', '50'))}",
                               day=rng.randint(1, 28), month=rng.choice(MONTHS), city=rng.choice(CITIES),
                               country=country, country2=country2, n=rng.randint(2, 24))

    def sentence(self, speaker: tuple[str, str]) -> str:
        """One sentence: speech in one of several shapes, or plain narrative."""
        rng = self.rng
        role, name = speaker
        opener, closer = rng.choice(MARKS)
        quote, clause, verb = rng.choice(QUOTES), rng.choice(CLAUSES), rng.choice(SPEECH_VERBS)
        shape = rng.randrange(12)
        if shape == 0:  # cue + colon + direct quote
            return f"{name} {verb}: {opener}{quote}.{closer}"
        if shape == 1:  # quote, then cue and speaker
            return f"{opener}{quote}{closer}, {verb} {role} {name}."
        if shape == 2:  # reported speech with "che"
            return f"{role[0].upper()}{role[1:]} {name} {verb} che {clause}."
        if shape == 3:  # source marker
            return f"Secondo {name}, {clause}."
        if shape == 4:  # mixed quote inside reported speech
            return f"{name} {verb} che {clause}, definendo la scelta {opener}{rng.choice(SCARE)}{closer}."
        if shape == 5:  # nested marks
            return (f"{opener}Lo chiamano “{rng.choice(SCARE)}”, ma è solo buon senso{closer}, "
                    f"{verb} {name}.")
        if shape == 6:  # an organisation as the source
            org = rng.choice(ORGS)
            return f"{org[0].upper()}{org[1:]} {verb} che {clause}."
        if shape == 7:  # a term in quotes, no speech
            return f"Il cosiddetto {opener}{rng.choice(SCARE)}{closer} divide ancora la maggioranza a {rng.choice(CITIES)}."
        if shape == 8:  # an unbalanced mark, as sometimes printed
            return f"{name} {verb}: {opener}{quote}, e poi ha lasciato la sala."
        return self._fill(rng.choice(NARRATIVE))

    def article(self, words: int = 350) -> str:
        """A title line, then paragraphs of 2-5 sentences, one per line."""
        rng = self.rng
        speakers = [self._person() for _ in range(rng.randint(2, 4))]
        city, topic = rng.choice(CITIES), rng.choice(TOPICS)
        lines = [f"{city}, {topic}: {speakers[0][1]} {rng.choice(('interviene', 'risponde', 'rilancia'))}"]
        count = len(lines[0].split())
        while count < words:
            para = " ".join(self.sentence(rng.choice(speakers)) for _ in range(rng.randint(2, 5)))
            lines.append(para)
            count += len(para.split())
        return "\n".join(lines) + "\n"


def count_words(texts: list[str]) -> int:
    """Words as white-space separated pieces (what ``words/s`` counts)."""
    return sum(len(text.split()) for text in texts)


def sample_articles() -> list[str]:
    """The kit's sample articles (empty when ``kit/lang/it/articles`` is missing)."""
    from kit.corpus.frontmatter import split_front_matter  # the articles without their date and outlet lines

    return [split_front_matter(p.read_text(encoding="utf-8")).body for p in sorted(ARTICLES.glob("*.txt"))]


def build_corpus(min_words: int = 200_000, seed: int = 0, article_words: int = 350,
                 include_samples: bool = True) -> list[str]:
    """At least ``min_words`` words of Italian news: the sample articles, then generated ones."""
    texts = sample_articles() if include_samples else []
    writer = ArticleWriter(seed)
    total = count_words(texts)
    while total < min_words:
        text = writer.article(article_words)
        texts.append(text)
        total += len(text.split())
    return texts


def long_document(min_chars: int, seed: int = 1) -> str:
    """One document of at least ``min_chars`` characters (paragraphs of generated articles)."""
    writer = ArticleWriter(seed)
    parts: list[str] = []
    size = 0
    while size < min_chars:
        part = writer.article(400)
        parts.append(part)
        size += len(part)
    return "".join(parts)


if __name__ == "__main__":
    corpus = build_corpus()
    print(f"{len(corpus)} texts, {count_words(corpus):,} words, {sum(map(len, corpus)):,} characters")
    print(corpus[-1])
