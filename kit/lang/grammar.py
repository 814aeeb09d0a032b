"""The closed word classes of a language (articles, prepositions, clitics...), read from
``kit/lang/<code>/grammar.json``: what the quotation finder needs to know about a language's
grammar, as data. The analyst's rules (speech verbs, titles, markers) are in ``rules.json``.

A language without a ``grammar.json`` gets an empty grammar: the finder still pairs quote marks
and applies the rule file, it just knows no function words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib.resources import files

from ..text import unique_keys

NEVER = re.compile(r"(?!x)x")  # a pattern that matches nothing


@dataclass(frozen=True)
class Grammar:
    lang: str
    articles: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    #: demonstratives before a noun (*questa donna*, *quel ragazzo*): a definite subject, the
    #: one the text just spoke of
    demonstrative_determiners: frozenset[str] = frozenset()
    #: articles that are never clitic pronouns (*il*, *i*, *un*): the word after one is a noun,
    #: not a finite verb, however the tagger reads it (*secondo il tabloid, …*)
    noun_articles: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    #: words of ``prepositions`` that open a clause before a finite verb, as conjunctions
    #: (*come spiega il ministro, …*: the verb after it can be a cue; *come presidente*: none)
    conjunction_prepositions: frozenset[str] = frozenset()
    #: prepositions that open a predicate, not a noun's slot (*lo hanno descritto **come** un «genio»*):
    #: marked words after them are a label someone gives, not a term set apart
    predicative_prepositions: frozenset[str] = frozenset()
    #: adverbs of degree between a stance adjective and its colon (*è stato **molto** chiaro: …*)
    degree_adverbs: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    #: verbs the learned cue model (:mod:`kit.speech.cue_model`) never tries as a cue: modals,
    #: light and support verbs whose complement is the next verb's, not words reported
    cue_model_excluded_verbs: frozenset[str] = frozenset()
    cue_adverbs: frozenset[str] = frozenset()
    #: adverbial phrases of several words that may stand between a cue and its content, like a
    #: cue adverb (*ha ribadito **ancora una volta** che…*, *ha criticato **di nuovo** la legge*,
    #: *ha detto **tra l'altro** che…*): words split at spaces and after an apostrophe; the content
    #: never starts inside one (not at *una volta*); an emphatic subject pronoun after the verb
    #: stands there the same way (*ha detto **anche lui** che…*, *ha chiesto **lei stessa** le
    #: dimissioni*, *ha confermato **anch'egli** che…*)
    adverbial_phrases: frozenset[str] = frozenset()
    #: adjectives that make a time noun a time adverbial (*la settimana **scorsa***, *lo **scorso**
    #: anno*, *la **prossima** settimana*, *sabato **scorso***): such a noun phrase between a cue
    #: and its content is when, not what is said
    time_adjectives: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    #: relative pronouns (*che*, *cui*, *il quale*): a relative clause opens at them
    relatives: frozenset[str] = frozenset()
    #: words opening a clause inside a content (*che*, *se*, *perché*, *quando*…): its finite
    #: verbs belong to the content
    subordinators: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    tail_openers: frozenset[str] = frozenset()
    #: words after *, ma* that go on with the other half of a contrast (*non solo X, ma **anche**
    #: Y*, *ma **pur** sempre capaci*), or the complementizer or relative again (*ha detto che il
    #: ponte è riaperto, ma **che** i camion restano fuori*): still the reported content
    contrast_continuers: frozenset[str] = frozenset()
    #: the negation (*non*): part of a verb group (*non si è detto*), it voids a speech modal (*non
    #: ha voluto rivelare*) and announces a contrast (*non un'eccezione, ma…*)
    negations: frozenset[str] = frozenset()
    #: verbs of saying whose denial with the impersonal *si* asserts something (*non si escludono
    #: altre ipotesi*: a possibility reported), unlike *non si pretende che…*, the writer's denial
    assertive_denial_verbs: frozenset[str] = frozenset()
    #: the word that with *a* means "besides" (*oltre all'accusa di spionaggio*: a charge
    #: standing beside others)
    besides_words: frozenset[str] = frozenset()
    #: words that may stand between *di* and its infinitive (*di **non** aver sbagliato*, *di
    #: **non averne** mai parlato*)
    di_infinitive_fillers: frozenset[str] = frozenset()
    #: conjunctions of purpose (*affinché*): after a comma they go on with what is asked for
    purpose_conjunctions: frozenset[str] = frozenset()
    #: words opening the speaker's reason after an object or *di* + infinitive and a comma
    #: (*ha chiesto le dimissioni del direttore**, poiché** i conti non tornano*): still reported,
    #: as after a *che*-clause; two words for *dato che*, *visto che*
    reason_conjunctions: frozenset[str] = frozenset()
    #: words opening a cause that are not in ``reason_conjunctions`` (*perché* also opens a
    #: purpose): with them, a cause narrated in the pluperfect or the simple past after a comma
    #: is the writer's account of why (*ha chiesto di essere dimesso, perché aveva scelto…*)
    cause_conjunctions: frozenset[str] = frozenset()
    #: tail openers that go on with the reported clause before an infinitive (*, dopo aver
    #: ricevuto le motivazioni*; not *, dopo la condanna*)
    infinitive_tails: frozenset[str] = frozenset()
    #: tail openers of a parallel clause (*, mentre altre 22 sono ferite*): still the reported
    #: content when that clause has no speech verb and no verb narrated in the past
    parallel_tails: frozenset[str] = frozenset()
    #: words that after a comma open examples of the noun before them (*altre ipotesi, **come**
    #: un guasto ai freni*): still the reported object when a noun phrase without a verb follows
    example_tails: frozenset[str] = frozenset()
    #: prepositions that after a comma add what goes with the reported object (*un quadro
    #: clinico compromesso, **con** un'insufficienza renale*): still the object when no finite
    #: verb follows to the end of the sentence
    accompaniment_tails: frozenset[str] = frozenset()
    #: phrases that after a comma restrict the reported object to a part of it (*la classifica
    #: dei finalisti, **per quanto riguarda** le prime sei posizioni*): still the object when a
    #: noun phrase with no finite verb of its own follows to the end of the sentence
    restricting_tails: frozenset[str] = frozenset()
    #: the names of the months: after a definite article and a day's number, a date (*il 3
    #: marzo*), an adverbial of time between a cue and what it reports
    month_names: frozenset[str] = frozenset()
    #: conjunctions that open a new clause after a comma (*, mentre l'ipocentro, secondo X, …*):
    #: a subject before a source marker starts after them
    clause_conjunctions: frozenset[str] = frozenset()
    #: relative adverbs of time and place, which open a clause about the noun before them, right
    #: before a source set off by commas (*domenica, quando, secondo le previsioni, il tempo sarà
    #: migliore*): the content opens with them (not a causal *perché*, the writer's link)
    relative_adverbs: frozenset[str] = frozenset()
    #: conjunctions that join a clause to the one before it (*e*, *ma*): before a verb and a
    #: source aside (*frequentavano la scuola e parevano, secondo X, integrati*), the content is
    #: the last conjunct
    clause_joining_conjunctions: frozenset[str] = frozenset()
    #: endings of relational adjectives (*strategico*, *globale*, *nucleare*): a noun with
    #: only such adjectives in quote marks is a term, not the speaker's words
    relational_suffixes: frozenset[str] = frozenset()
    #: cue verbs whose form with a reflexive clitic before it is not speech (*si sono rivelati
    #: troppo alti*, *si ricordi che…*, *si chiarisce l'identità*)
    reflexive_not_speech: frozenset[str] = frozenset()
    #: the person and number a reflexive clitic takes up ({"mi": "1 Sing", "ci": "1 Plur"…});
    #: before a verb of another person it is a dative, whom the verb addresses (*ci assicura*,
    #: *mi spiega*: he assures us, he explains to me), not a reflexive (*ci assicuriamo*)
    reflexive_persons: dict[str, str] = field(default_factory=dict)
    #: the clitics of the one spoken to (*ti*, *vi*): before a verb of saying in the first person
    #: present (*vi assicuro che…*, *ti dico che…*) the speaker's own words now, no report
    listener_clitics: frozenset[str] = frozenset()
    #: endings of abstract nouns (*motivazione*, *provvedimento*): never a person's description
    abstract_suffixes: tuple[str, ...] = ()
    #: endings of the nouns that call a person by age (*il sessantenne*, *la 25enne*): the person
    #: the article named before
    age_noun_suffixes: tuple[str, ...] = ()
    #: the nouns of an age after a number (*47 **anni***): an apposition may give it before a
    #: person's title (*Anna Neri, 47 anni, sindaca di Asti*)
    age_words: frozenset[str] = frozenset()
    #: the ending of adverbs of manner (*duramente*, *successivamente*): an adverb whatever the tagger says
    adverb_suffixes: tuple[str, ...] = ()
    #: the impersonal pronoun (*si ipotizza un prezzo…*: no one signs the report)
    impersonal_pronouns: frozenset[str] = frozenset()
    #: *l'interessato*, *il diretto interessato*, *lo stesso interessato*: the person the story is
    #: about, named before
    concerned_nouns: frozenset[str] = frozenset()
    #: titles of a role, not an office (*il portavoce*, *il medico*, *l'avvocato*): never the
    #: person the article named with another title or none; only one it named with the same
    role_titles: frozenset[str] = frozenset()
    #: articles of one unnamed person (*un poliziotto*, *una fonte*): such a speaker is null,
    #: like an indefinite group (the guidelines)
    indefinite_articles: frozenset[str] = frozenset()
    #: nouns of news no one signs whose *che*-clause is reported (*la notizia che…*), and the
    #: days of *è notizia di oggi che…*
    news_nouns: frozenset[str] = frozenset()
    #: nouns of a hope, a fear, a suspicion, a supposition or a report whose *che*-clause with
    #: its own subject is reported when the noun, after a definite article, heads its own phrase
    #: (*resta il timore che la diga ceda*, *cresce l'ipotesi che…*, *giunge la voce che…*):
    #: no one signs it (not *nella speranza che…*, a purpose; not inside a verb's report)
    content_che_nouns: frozenset[str] = frozenset()
    #: verbs of supposing whose impersonal *si* reports the phrase after *a* (*si pensa a un
    #: errore umano*): no one signs it
    impersonal_a_verbs: frozenset[str] = frozenset()
    #: phrases of a stance put before a reflexive verb of stance, and those verbs (*A favore
    #: della tregua si sono espressi X e Y*, *Contro i rimpatri si è espresso il comitato*);
    #: after the verb too, the phrase from its preposition the content (*si è pronunciato a
    #: favore del rinvio*, *si è scagliato contro la decisione*)
    stance_openers: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    #: the prepositions that open what a noun of stance is about, after the noun (*la sua
    #: preoccupazione **per**…*, *dubbi **sulla**…*, *fiducia **nel**…*)
    stance_prepositions: frozenset[str] = frozenset()
    #: nouns heading a charge noun (*il capo d'accusa*, *i capi di accusa*)
    charge_heads: frozenset[str] = frozenset()
    #: pronouns that stand for a noun before its di-phrase (*le accuse sono **quelle** di…*)
    demonstrative_pronouns: frozenset[str] = frozenset()
    news_days: frozenset[str] = frozenset()
    #: nouns of an announcement and the verbs that give it (*L'annuncio è stato dato da X.*,
    #: *Ne ha dato l'annuncio X.*, *A darne l'annuncio è stato X.*): who reported the sentence before
    announcement_nouns: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()
    #: verbs that report back, after a bare definite noun standing for the sentence before
    #: (*Il dissequestro è stato confermato da X.*)
    report_back_verbs: frozenset[str] = frozenset()
    #: a demonstrative subject and nouns of claims, after a copula: the sentence before is
    #: the source's (*Queste sarebbero le ipotesi del professor X.*)
    demonstrative_subjects: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    #: stressed personal pronouns that can be a source (*per lui*, *secondo lei*)
    person_pronouns: frozenset[str] = frozenset()
    #: verbs that are a court's verdict, not words, with a person or a sentence after them
    #: (*ha condannato l'imputato*, *è stato condannato a dieci anni*), and the words of a sentence
    verdict_verbs: frozenset[str] = frozenset()
    verdict_words: frozenset[str] = frozenset()
    #: nouns of quoted words whose *di* names the speaker right before a quotation (*le
    #: parole del figlio «…»*)
    quoted_nouns: frozenset[str] = frozenset()
    #: nouns that, after a quotation, say whose words it held (*«…», sono le parole del
    #: presidente*, *«…»: questo il giudizio dell'avvocato X*, *è stata la risposta di X*)
    answer_nouns: frozenset[str] = frozenset()
    #: words between the quotation and such a noun (*è stata*, *sono*, *questo*, *così*), and
    #: the possessives that make them the words of the speaker named before (*le sue parole*)
    answer_glue: frozenset[str] = frozenset()
    #: adverbs that, right after a quotation and before a name, sign it (*«…», **così** il
    #: ministro X*)
    signing_adverbs: frozenset[str] = frozenset()
    #: capitalised articles that, after a word with no punctuation and before a lower-case word,
    #: start the article a headline ran into (*…nozze a Natale **Il** quotidiano britannico…*),
    #: and the words after which such an article opens a title instead (*il film La febbre…*,
    #: *sono Il romanzo dei mille…*)
    headline_openers: frozenset[str] = frozenset()
    #: capitalised words that open a sentence and are almost never capitalised inside one
    #: (*Nonostante*, *Ieri*, *Sono*, *Nella*): a headline that ran into its article without a
    #: full stop ends before one of them followed by a lower-case word, or, after a headline of
    #: the form *Luogo: fatto*, followed by any word (counted on KIND's training sentences:
    #: ``python -m kit.train --step openers``)
    sentence_openers: frozenset[str] = frozenset()
    #: abbreviated titles written before a name, lower case without their full stop (*sen.*,
    #: *on.*, *dott.*, *Prof.*, *Mons.*): the tokenizer keeps each one token with its full stop,
    #: which then ends no sentence (*ha detto il sen. Mario Rossi*; kit.pipeline.load)
    name_title_abbreviations: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    #: words before a title that make it a former one (*l'ex presidente*, *l'ex-ministro*): the
    #: description still names the person the title introduced
    former_words: frozenset[str] = frozenset()
    #: words after a title that make it an office one held before (*il papa **emerito** X*): a
    #: bare *il papa* later is not that person
    emeritus_words: frozenset[str] = frozenset()
    #: words before a title that keep its person (*il rieletto presidente*, *il nuovo premier*,
    #: *il presidente uscente* reads the same way)
    title_modifiers: frozenset[str] = frozenset()
    #: the ``title_modifiers`` that say the title was just won (*il **neo**-campione*, *il
    #: **rieletto** presidente*): the story's news, whose protagonist holds it
    new_title_words: frozenset[str] = frozenset()
    #: the writer's own subject pronouns (*io*, *noi*): the writer already speaking in the first
    #: person before a first-person cue, which is then the writer's too
    first_person_subjects: frozenset[str] = frozenset()
    #: pet first names and the full first name they stand for (*Beppe* -> *Giuseppe*): two names
    #: of an article that differ only so are one person, named with the full first name
    pet_names: dict = field(default_factory=dict)
    #: well-known people and bodies of the news under another name: {the name the press uses: [other
    #: names]} (*Joseph Ratzinger* is *Benedetto XVI*, *ONU* the *Nazioni Unite*); applied in an
    #: article that writes the first
    known_referents: dict = field(default_factory=dict)
    #: stems of adjectives of a people the press uses for the usual one: {their stem: the usual
    #: adjective's stem} (*nipponico* for *giapponese*, *elvetico* for *svizzero*); a name with
    #: one takes the article's name with the usual adjective (*governo nipponico* -> *governo
    #: giapponese*)
    adjective_synonyms: dict = field(default_factory=dict)
    #: common nouns that KIND keeps inside a place's name (*provincia di Varese*, *piazza
    #: Navona*, *golfo del Messico*): those its training data includes three times in four or more
    place_nouns: frozenset[str] = frozenset()
    #: prepositions that put a place where something happens (*a Dakar*, *in piazza San Pietro*,
    #: *nella zona*): a place after one is the setting, never who speaks (with their contracted forms)
    place_prepositions: frozenset[str] = frozenset()
    #: prepositions whose phrase is a circumstance or an addressee of the clause (*durante
    #: l'incontro con X*, *dopo l'attacco a X*, *in un'intervista a X*, *A X, invece, chiese*):
    #: a name governed by one is not who speaks in that clause (with their contracted forms);
    #: not *tramite*, *per voce di*: through whom a body speaks
    circumstance_prepositions: frozenset[str] = frozenset()
    #: endings of adjectives of nationality or place (*siriano*, *tedesca*, *israeliano*), for a
    #: pipeline without a tagger; after a place's name less its last vowel, a capitalised word
    #: the tagger took for a name is that place's adjective (*Meranese*, beside *Merano*)
    adjective_suffixes: tuple[str, ...] = ()
    #: endings of present participles (*formanti*, *rappresentante*): one the parse hangs on the
    #: noun before it, then an article, governs the name after it as its object (*i Paesi
    #: formanti la CBI*), which is not the subject
    present_participle_suffixes: tuple[str, ...] = ()
    #: endings an adjective of place shares with a third-person plural verb (*napoletano*,
    #: *affermano*): after a singular noun the word is the adjective, whatever the tagger says
    plural_verb_adjective_suffixes: tuple[str, ...] = ()
    #: plural endings of nouns of a people (*i turchi*, *i giapponesi*) and the plural definite
    #: articles before them
    demonym_plural_suffixes: tuple[str, ...] = ()
    plural_articles: frozenset[str] = frozenset()
    #: prepositions merged with those plural articles (*dei*, *degli*, *ai*): a number after one
    #: is a group named before (*il racconto dei due*, as *i due*)
    plural_articulated_prepositions: frozenset[str] = frozenset()
    #: relative pronouns after a preposition (*tra cui*, *con il quale*) and the words that may
    #: come before them (*assieme alla quale*)
    relative_words: frozenset[str] = frozenset()
    #: relatives of the place where something is written (*l'ordine del giorno X, **dove** è
    #: detto che…*, *la mozione X, **nella quale** si chiede…*): right after a name, they make
    #: that name the author of the text a passive cue reads
    text_relatives: tuple[str, ...] = ()
    #: dative pronouns that follow the verb (*ha chiesto **loro** di…*, *ha detto **loro** che…*)
    postverbal_datives: frozenset[str] = frozenset()
    relative_leads: frozenset[str] = frozenset()
    #: nouns of groups that name the same people (*i dottori*, *i sanitari* for *i medici*)
    group_synonyms: dict = field(default_factory=dict)
    possessives: frozenset[str] = frozenset()
    #: verbs that are cues only impersonal, after *si* (*nella nota si legge che…*)
    impersonal_cue_verbs: frozenset[str] = frozenset()
    #: verbs that are cues only impersonal and with a che-clause right after them: an
    #: estimate or a supposition no one signs (*si stima che…*, *si suppone che…*; not *si
    #: pensi al ragazzo che…*)
    impersonal_che_verbs: frozenset[str] = frozenset()
    #: forms of *essere* that make the compound tense of an impersonal *si* (*si **è** appreso
    #: che…*, *si **era** pensato che…*)
    impersonal_auxiliaries: frozenset[str] = frozenset()
    #: prepositions of a short source phrase between an impersonal cue and its *che* (*si
    #: apprende **da** fonti giudiziarie che…*)
    impersonal_source_prepositions: frozenset[str] = frozenset()
    #: documents that speak for whoever issued them (*si legge in un comunicato diramato
    #: dall'ospedale*, *nella nota del Quirinale*)
    document_nouns: frozenset[str] = frozenset()
    #: verbs by which a subject makes public a document of its own (*i ricercatori **hanno
    #: pubblicato** uno studio secondo il quale…*): the subject speaks through the document;
    #: not verbs of reading or receiving it (*hanno letto un articolo secondo cui…*)
    publishing_verbs: frozenset[str] = frozenset()
    #: a verb and the adjective after its participle that publish a document as one verb does
    #: (*uno studio **reso pubblico** dalla X*, *i dati **resi noti** dall'ISTAT*), as lemmas
    publishing_locutions: frozenset[str] = frozenset()
    #: adverbs between a comma and a source marker (*, almeno secondo le previsioni, …*)
    marker_adverbs: frozenset[str] = frozenset()
    object_stops: frozenset[str] = frozenset()
    source_pronouns: frozenset[str] = frozenset()
    #: what a *secondo* or a subject can name that is no one's voice besides ``rule_texts``:
    #: orders, ranks, methods, plans and times (*secondo le **modalità** previste*, *secondo
    #: **posto***, *secondo il **programma***), doctrines, precedents and classifications
    #: (*secondo la **dottrina** della Chiesa*, *secondo un **precedente***); the finder reads
    #: the two as one set
    not_sources: frozenset[str] = frozenset()
    #: possessives of the writer or the one addressed (*mio*, *nostro*, *vostro*): *secondo il
    #: nostro parere* is the text's own voice, not a source it reports
    own_voice_possessives: frozenset[str] = frozenset()
    #: the elided clitics of the first and second person singular (*m'*, *t'* for *mi*, *ti*
    #: before a vowel: *non m'interessa*, *t'ho detto*), which the tagger often reads as an
    #: article: a speaker's own words like a verb in the first person
    own_voice_elided_clitics: frozenset[str] = frozenset()
    #: verbs of showing (*indicare*, *dimostrare*, *rivelare*): with a thing as subject (*le
    #: misure indicano che…*) they report evidence, not anyone's words; *escludere* too: a
    #: thing rules out (*ciò esclude che…*, *le analisi escludono la presenza di…*)
    evidence_verbs: frozenset[str] = frozenset()
    #: verbs of saying that also mean "to account for", "to bring out" (*spiegare*, *chiarire*,
    #: *sottolineare*, *segnalare*, *illustrare*): with a fact pronoun or an abstract noun as
    #: subject (*ciò spiega come…*, *la posizione della valle spiega come…*, *la frequenza dei crolli
    #: sottolinea la fragilità di…*) they give a cause or a sign, not anyone's words
    accounting_verbs: frozenset[str] = frozenset()
    #: verbs of saying that with *a*/*in* + one of ``restoring_nouns`` mean "to bring back"
    #: (*riportare alla luce*, *alla mente*, *in vita*, *a galla*): an excavation, a memory, no report
    restoring_verbs: frozenset[str] = frozenset()
    restoring_nouns: frozenset[str] = frozenset()
    #: verbs that pass on someone else's words (*riportare*, *citare*, *ripetere*, *ricordare*,
    #: *leggere*): with *le parole di X* as object before a colon (*Il giornale riporta le parole
    #: del ministro: «…»*) the words after it are X's, not the subject's
    relaying_verbs: frozenset[str] = frozenset()
    #: verbs whose object is the person quoted (*citare*): *L'agenzia cita il portavoce X: «…»*
    #: gives X's words, not the agency's
    citing_verbs: frozenset[str] = frozenset()
    #: adverbs that open a place phrase with a preposition after them (*davanti a*, *fuori da*,
    #: *accanto a*): no adjective of the noun before them (*i tifosi fuori dallo stadio*)
    place_adverbs: frozenset[str] = frozenset()
    #: verbs of saying that also mean "to resemble", "to commemorate" or "to depict"
    #: (*ricordare*, *riportare*, *raccontare*, *descrivere*): with a thing as subject and no
    #: clause after (*la sua forma ricorda quella di un uovo*, *una lapide ricorda i caduti*,
    #: *lo stemma riporta un leone*, *il film racconta la storia di…*) no one speaks
    likeness_verbs: frozenset[str] = frozenset()
    #: common nouns for people that are no title, group nor kin (*la donna*, *un uomo*, *una
    #: voce* at the phone): as a subject they, like the ``kin_nouns`` (*lo zio*), act and
    #: speak, they are never a thing that shows, resembles or requires
    person_nouns: frozenset[str] = frozenset()
    #: common nouns of ensembles of people and of institutions, with the ``body_nouns``, that are
    #: no listed group speaker (*la banda*, *l'orchestra*, *l'accademia*, *la giuria*): as a
    #: subject they act and speak like the ``person_nouns``, never a thing that shows or requires
    ensemble_nouns: frozenset[str] = frozenset()
    #: endings of nouns of agents, people by what they do (*gli scopritori*, *il corridore*, *i
    #: manifestanti*, *gli studenti*, *i giornalisti*, *il pilota*, *l'atleta*): as the subject
    #: of a verb of showing with an object, never taken for a thing that shows (a thing of
    #: these endings, *il valore conferma la tendenza*, stays a possible speaker)
    agent_noun_suffixes: tuple[str, ...] = ()
    #: a modal and a verb of saying that together mean "to mean" (*vuol dire*, *voleva dire*):
    #: *questo vuol dire che…* draws a consequence, no one says it
    meaning_idioms: frozenset[str] = frozenset()
    #: words of meaning right before marked words (*che significa «…»*, *letteralmente «…»*):
    #: the marks hold a translation or a gloss, no one's words
    gloss_words: frozenset[str] = frozenset()
    #: verbs of saying that take a reflexive *si* of their own (*si augura*, *si chiede*, *si
    #: lamenta*): with a dropped subject they are someone's, not impersonal
    pronominal_speech_verbs: frozenset[str] = frozenset()
    #: the clitic before an impersonal *si* of a reflexive verb (*ci si augura*)
    impersonal_doublers: frozenset[str] = frozenset()
    #: pronouns that point back to a fact (*ciò*, *questo*): *ciò dimostra che…* is the writer's
    #: own inference
    #: pronouns of a thing that a relative on *che* right after them makes the object of its
    #: verb (*ciò che ho detto*, *quello che credevamo di fare*): that verb reports no words after it
    relative_thing_pronouns: frozenset[str] = frozenset()
    fact_pronouns: frozenset[str] = frozenset()
    #: participles of a rule after *secondo quanto* (*secondo quanto previsto dall'art. 6*,
    #: *secondo quanto stabilito dalla legge*): what a text lays down, not what someone says
    norm_participles: frozenset[str] = frozenset()
    group_speakers: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    #: online channels words are written on, after *su*/*in*/*con* (*su Facebook*, *sul suo
    #: profilo Instagram*, *sui social*): with a document noun, a channel phrase between a
    #: cue and its speaker (*Lo scrive su Facebook Marco Rossi*, *«…». Così in una nota X*)
    channel_nouns: frozenset[str] = frozenset()
    #: nouns of the programme or setting words are said in, after *a*/*in*/*su* with its name
    #: (*ai microfoni di Radio Uno*, *alla trasmissione Porta a Porta*, *in conferenza stampa*):
    #: such an opening phrase is where a null subject speaks, its name never the speaker
    venue_nouns: frozenset[str] = frozenset()
    #: papers and sites words are printed on, after *su* (*sul giornale*, *sul suo sito*): after an
    #: object content, where the words went out, not what they said (*descriveva i delitti **sul
    #: giornale** per cui lavorava*)
    outlet_nouns: frozenset[str] = frozenset()
    #: participles of issuing a text, before *da* + its author (*il messaggio **pubblicato** da
    #: X*, *la lettera **firmata** da Y*); not a relay (*una frase riportata dal quotidiano*)
    issuing_participles: frozenset[str] = frozenset()
    #: nouns of a kind of organisation that, definite and singular in a quote's content, name the
    #: one the article named (*il club* for the Juventus, *della banca* for Montepaschi)
    body_nouns: frozenset[str] = frozenset()
    #: nouns of a country that, so used, name the place the passage keeps naming (*il paese*)
    country_nouns: frozenset[str] = frozenset()
    #: singular nouns of a person by age, sex or standing in a case (*la ragazza*, *l'uomo*, *il
    #: condannato*, *il suo assistito*) that, definite in a quote's content, name the person of
    #: their gender the passage before keeps naming (*la bambina* for Madeleine McCann)
    story_person_nouns: frozenset[str] = frozenset()
    #: nouns of a person's part in a story, neither title nor relative (*il convivente*, *la
    #: compagna*, *l'accusatrice*): a description that *l'uomo*, *la donna* after it may stand for
    story_role_nouns: frozenset[str] = frozenset()
    #: those of them that name a child (*la bambina*, *il neonato*): never a person the article
    #: introduced with a title of an office or a trade (*la senatrice X*, *il conduttore X*)
    child_nouns: frozenset[str] = frozenset()
    #: nouns of one kind of body, by the noun that stands for the kind (*quotidiano*,
    #: *testata* -> *giornale*): *il giornale* after *il quotidiano cinese Beijing News*
    media_synonyms: dict = field(default_factory=dict)
    #: holders of an office that a capitalised domain names, by the title of the office
    #: (*il titolare dello Sviluppo economico* -> *ministro*)
    holder_titles: dict = field(default_factory=dict)
    #: ordinals that open a sentence as its subject and pick one of the two people named just
    #: before (*Marco Rossi e Luca Verdi… Il secondo ha detto*), by position (0 first, 1 second)
    ordinal_anaphors: dict = field(default_factory=dict)
    #: names of an office's domain that the press uses for another one (*Tesoro* -> *economia*,
    #: *Farnesina* -> *esteri*, *Carroccio* -> *lega*), lower case: the same office
    domain_synonyms: dict = field(default_factory=dict)
    #: domains any holder of a title may have (*il presidente della Regione* after *il
    #: governatore della Campania X*): they never tell two offices apart
    generic_domains: frozenset[str] = frozenset()
    short_infinitives: frozenset[str] = frozenset()
    object_starts: frozenset[str] = frozenset()
    term_openers: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    #: verbs whose "di + noun phrase" is what was reported (*riferire di*, *parlare di*)
    reports_of: frozenset[str] = frozenset()
    #: verbs that report a state of mind when reflexive + adjective (*si è detto soddisfatto*)
    self_report_verbs: frozenset[str] = frozenset()
    reflexive_clitics: frozenset[str] = frozenset()
    #: conjunctions that open an adverbial clause (*quando*, *mentre*, *dopo che*, *se*): such a
    #: clause set off by commas after a relative pronoun is an aside before its verb (*X, il
    #: quale, **quando gli è stato chiesto se…**, ha dichiarato…*)
    adverbial_subordinators: frozenset[str] = frozenset()
    #: clitics of whom a verb of saying is addressed to (*«…», **ci** spiega il sindaco*,
    #: *«…», **mi** ha detto X*, *«…», **gli** risponde X*): between the closing mark and its cue
    addressee_clitics: frozenset[str] = frozenset()
    #: third-person object clitics a gerund carries (*definendo**lo***): what it points back to
    object_clitics: frozenset[str] = frozenset()
    #: determiners of indefinite sources (*alcuni analisti*, *molte fonti*): the speaker is null
    indefinites: frozenset[str] = frozenset()
    #: nouns of an anonymous source (*fonti della polizia*, *secondo fonti locali*, *una fonte
    #: anonima*): an unsigned report, whose speaker is null unless a name is in apposition
    anonymous_source_nouns: frozenset[str] = frozenset()
    #: quantifiers, approximators and demonstratives that open a noun phrase of their own and
    #: never modify the noun before them (*tutti, parte, ciascuno, nessuno, ogni, entrambi,
    #: circa, oltre, quasi, metà, questa…*): after the head of a source with no comma they open
    #: the content (*Secondo il sindaco **tutti** i cittadini…*, *Secondo l'accusa **parte** dei
    #: fondi…*), as a number does (*Secondo la prefettura **tre** persone…*)
    quantity_openers: frozenset[str] = frozenset()
    #: nouns of time and of times counted after a number (*oltre 10 **volte***, *per oltre due
    #: **ore***): a quantity opener before them measures the verb, it does not open its object
    #: (*ha criticato oltre 10 volte la riforma*; not *ha annunciato oltre 300 assunzioni*)
    counted_time_nouns: frozenset[str] = frozenset()
    #: lemmas of adjectives and participles whose complement is an *a*-phrase inside a source
    #: noun phrase (*fonti **vicine al** governo*, *ambienti **legati alla** famiglia*, *persone
    #: **fedeli al** leader*): the source runs past the *a*-phrase
    a_complement_adjectives: frozenset[str] = frozenset()
    #: pronouns that are an indefinite or generic subject on their own (*chi risponde dice che*,
    #: *qualcuno ha gridato*): no one in particular speaks
    generic_subjects: frozenset[str] = frozenset()
    #: verbs whose impersonal *si* + object is a report no one signs (*si ipotizza un prezzo di
    #: 500 euro*, *si è invocata una soluzione*), beside ``impersonal_che_verbs``; those that
    #: are no speech verbs (*prevedere*, *stimare*) are cues only there (*si prevedono nevicate*)
    impersonal_object_verbs: frozenset[str] = frozenset()
    #: a schedule stated without a speaker (*I funerali **sono previsti per** sabato*, *La chiusura
    #: del forum **è prevista per il 12 maggio***): a copula of ``schedule_copulas``, a participle of
    #: ``schedule_participles``, *per* and a time (a number or a word of ``time_words``)
    schedule_copulas: frozenset[str] = frozenset()
    schedule_participles: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    #: the weather a forecast names (*In Lombardia **sono previsti** fino a 15 centimetri di
    #: **neve***, *il **cielo** è previsto da poco nuvoloso a sereno*): a schedule participle with
    #: one of them in its clause foresees it, a time phrase or not
    weather_nouns: frozenset[str] = frozenset()
    #: participles of estimating after a copula with a figure and no agent: an estimate no one
    #: signs (*La morte **è stimata verso le 3***, *il danno **è stato quantificato in** 2 milioni*);
    #: the figure opens with a preposition of ``estimate_figure_openers`` and holds a number
    estimate_participles: frozenset[str] = frozenset()
    estimate_figure_openers: frozenset[str] = frozenset()
    #: prepositions opening the setting between a cue and its *che* (*ha annunciato **in una
    #: conferenza stampa** che…*)
    setting_openers: frozenset[str] = frozenset()
    #: words opening a setting set off by commas between a cue and its *che* or *di*, besides
    #: ``setting_openers`` (*ha detto ai cronisti**, al termine del vertice,** che…*, *lo disse
    #: subito**, 14 anni fa,** che…*); a number opens one too
    aside_setting_openers: frozenset[str] = frozenset()
    #: conjunctions opening a clause set off by commas between a cue and its *che* or *di*, its
    #: finite verb the writer's (*ha detto**, come aveva fatto a marzo,** che…*, *ha ribadito**,
    #: quando gli è stato chiesto del voto,** di…*)
    aside_clause_openers: frozenset[str] = frozenset()
    #: adverbs of sequence that open the speaker's next act, told by the writer, after what was
    #: reported (*ha ribadito di non voler commentare**, poi** è salito in auto*)
    sequence_adverbs: frozenset[str] = frozenset()
    #: verbs whose gerund after the content tells the reaction it drew, the writer's words
    #: (*ha detto che il piano è pronto**, suscitando** le proteste…*); before a noun of
    #: ``content_che_nouns``, a feeling aroused, not voiced (*destando la preoccupazione che…*)
    reaction_verbs: frozenset[str] = frozenset()
    #: nouns with which the writer sums up what was just said (*…, **una decisione** maturata
    #: nelle ultime settimane*, *…: **una scelta** che nessuno si aspettava*)
    summary_nouns: frozenset[str] = frozenset()
    #: the words of a government's portfolios and offices after a title and *di* (*il ministro
    #: **dello Sport** Giovanni Spadafora*, *il ministro **del Lavoro** Poletti*, *la ministra
    #: **per le Pari Opportunità** Elena Bonetti*): the capitalised words after them are the
    #: person's name, not a body's
    portfolio_words: frozenset[str] = frozenset()
    #: prepositions of place after which a town whose name is also a word is the town (*a
    #: Fermo*, *in Centro* are not *Fermo restando*, *il Centro*)
    town_prepositions: frozenset[str] = frozenset()
    #: nouns of a kind of place that KIND leaves out of the name (*la **città di** Minneapolis*,
    #: *la **stazione di** Garbagnate*, *l'**ospedale di** Tora*): a "person" after one and *di*
    #: is the place (the nouns KIND keeps inside, *provincia di Varese*, are ``place_nouns``)
    town_nouns: frozenset[str] = frozenset()
    #: the last words of places named in English (*Hyde **Park***, *Trafalgar **Square***): a
    #: model "person" or "body" of two words or more ending with one is the place (not *Street*:
    #: *Downing Street*, *Wall Street* speak for a government or a market, KIND's ORG)
    place_heads: frozenset[str] = frozenset()
    #: bare nouns that, with a relative after them and no article, take up the whole clause
    #: before as the writer's comment on it (*…: **cosa che** lui ha smentito*)
    resumptive_nouns: frozenset[str] = frozenset()
    #: adverbs that bear on a postposed source marker, not on the content before it (*Il ponte
    #: è sicuro, **almeno** secondo i tecnici*)
    marker_focus_adverbs: frozenset[str] = frozenset()
    #: the preposition of what the speaker left unsaid (*, **senza** fornire dettagli*) and the
    #: verbs besides the speech verbs whose infinitive after it says so (*fornire*, *dare*)
    without_words: frozenset[str] = frozenset()
    withheld_verbs: frozenset[str] = frozenset()
    #: verbs after which an infinitive cue counts (*ha voluto sottolineare*; *è tornata a
    #: minacciare* for the aspectuals, with *a*; *è arrivato a definire*, *giunse a
    #: negare*: went as far as saying, said)
    modals: frozenset[str] = frozenset()
    #: the verb that makes a progressive with a gerund (*sta portando*, *stava rispondendo*)
    progressive_auxiliaries: frozenset[str] = frozenset()
    aspectuals: frozenset[str] = frozenset()
    #: verbs that are a cue only between dashes inside a quotation, where they mean "went on
    #: saying" (*«Siamo reduci – continua il ministro – da un successo»*; not *continua a lavorare*)
    dashed_cue_verbs: frozenset[str] = frozenset()
    #: verbs of going on speaking (*aggiunge*, *prosegue*, *conclude*): between dashes with a
    #: description the lexicon cannot resolve (*– ha continuato il legale –*), the speaker of
    #: the quotation before is meant
    continuation_verbs: frozenset[str] = frozenset()
    #: verbs of going on that, with *in* and what is gone on with, say nothing (*hanno proseguito
    #: nei tentativi di…*, *continua nella sua opera*)
    going_on_verbs: frozenset[str] = frozenset()
    #: cue verbs with a sense that is no speech, and the nouns that show it when they head the
    #: verb's first complement after a preposition (*risponde **alle esigenze** del paese*: meets;
    #: *insistiamo **nel tentativo** di…*: persist); not *ha risposto alle domande*, *insiste
    #: sulla necessità di…*
    sense_complements: dict[str, frozenset[str]] = field(default_factory=dict)
    #: verbs of the stage that, with *in* and a work or a place, tell a role played or a debut,
    #: not words recited or opening a speech (*ha recitato in due film*, *recita nel nuovo
    #: spettacolo*, *esordì in alcune storie a fumetti*; not *il cartello recita: «…»*, *ha
    #: esordito con una frase: «…»*)
    stage_verbs: frozenset[str] = frozenset()
    #: verbs whose participle, passive or bare, before words in marks gives a name (*è detto
    #: «golfo dei poeti»*, *vengono detti «nativi digitali»*): no one's words
    naming_participle_verbs: frozenset[str] = frozenset()
    #: the reflexive clitic that is no one's dative (*si*; not *mi*, *ci*: *ricordarci che…* is
    #: "remind us that…"): joined to an infinitive or a gerund of ``reflexive_not_speech``
    #: (*assicurarsi che…*, *rivelandosi*) it makes the verb no saying
    reflexive_only_clitics: frozenset[str] = frozenset()
    #: participles of the auxiliaries (*stato*, *stata*…: a lemmatizer may read them as *stare*)
    auxiliary_participles: frozenset[str] = frozenset()
    #: verbs whose passive reports a charge with *di* (*è accusato di corruzione*)
    charge_verbs: frozenset[str] = frozenset()
    #: verbs whose charge may also follow with *per* + a noun phrase (*indagato **per** omicidio*,
    #: *la Procura indaga per truffa*, *l'aveva denunciata per furto*, *accusati per la strage*)
    charge_per_verbs: frozenset[str] = frozenset()
    #: verbs that report only the charge they name (*la Procura **indaga per** omicidio*, *è
    #: stato **querelato per** diffamazione*; not *la polizia indaga sulle cause*)
    charge_only_verbs: frozenset[str] = frozenset()
    #: nouns of a charge the investigators suppose (*ipotesi*): a charge only in an investigation
    #: (*ha aperto un fascicolo **con l'ipotesi di** omicidio*, *lavora sull'ipotesi di strage*)
    hypothesis_charge_nouns: frozenset[str] = frozenset()
    #: verbs of lacking whose denial states that their subject was there (*non mancano gli
    #: inviti alla prudenza*: appeals were made, :meth:`NominalCues._not_lacking`)
    lacking_verbs: frozenset[str] = frozenset()
    #: the prepositions that pick one out of a group (*tra*, *fra*: *tra le ipotesi c'è quella
    #: di…*, :meth:`NominalCues._listed_hypothesis`)
    among_prepositions: frozenset[str] = frozenset()
    #: lemmas of an investigation and its actors (*fascicolo*, *indagine*, *procura*, *procedere*)
    investigation_words: frozenset[str] = frozenset()
    #: nouns after *per* that make no charge (*per la prima volta*, *per mesi*, *per conto di*,
    #: *per motivi di salute*); the ``time_words`` neither
    not_charges: frozenset[str] = frozenset()
    #: verbs whose bare participle after a noun reports an opinion held of it, with a noun
    #: phrase after it (*un'anatra, **ritenuta** il più vecchio esemplare*; *il PKK, considerato
    #: dall'UE un'organizzazione terroristica*)
    opinion_participle_verbs: frozenset[str] = frozenset()
    #: words that open the opinion after such a participle besides an article (*ritenute **tra** le
    #: più democratiche*, *ritenuti **essere** le fasi iniziali*)
    opinion_participle_openers: frozenset[str] = frozenset()
    #: verbs that are no speech verbs but whose impersonal passive with *che* reports a decision,
    #: a ruling or an estimate no one signs (*è stato **stabilito** che…*, *fu **deciso** che…*,
    #: *è stato **stimato** che…*)
    impersonal_passive_verbs: frozenset[str] = frozenset()
    #: verbs that are no speech verbs but report a ruling with *che* when a body or a court is
    #: their subject (*la Corte **ha stabilito** che…*, *il giudice X **ha decretato** che…*; not
    #: *le indagini hanno stabilito che…*)
    ruling_verbs: frozenset[str] = frozenset()
    #: verbs whose bare participle with its agent reports what the agent asked, announced or
    #: confirmed (*la chiusura dello stadio, **richiesta dal prefetto**, …*; ***Confermata dal
    #: ministero** la riapertura*): not verbs of making or judging (*diretto da*, *condannato da*)
    agent_participle_verbs: frozenset[str] = frozenset()
    #: verbs of questioning whose noun phrase is reported only as the subject of their passive,
    #: with its agent or none (*la sua versione **è stata messa in dubbio***: a doubt no one signs);
    #: their active object is not reported (*ha messo in discussione il modello*); a phrase not
    #: among the rules' speech verbs (*mettere in discussione*) is a cue in the passive only
    questioning_passive_verbs: frozenset[str] = frozenset()
    #: words before a person speaking for a body (*tramite la portavoce X*, *per bocca di X*)
    spokesperson_markers: frozenset[str] = frozenset()
    #: nouns of someone who speaks for a body: *un portavoce di X* is X speaking
    spokesperson_nouns: frozenset[str] = frozenset()
    #: nouns besides those of words, documents, bodies and organs (``answer_nouns``,
    #: ``speech_nouns``, ``document_nouns``, ``institution_nouns``…) whose *di X* names the one
    #: who speaks (*i vertici di X*, *il discorso di X*, *il voto di X*, *un fonogramma di X*):
    #: the ranker may name X; after
    #: other nouns X is what is spoken about (*la madre di X*, *la morte di X*:
    #: :func:`kit.speech.ranker._possessor`)
    voice_of_nouns: frozenset[str] = frozenset()
    #: the conjunctions that join two of a kind: names (*Rossi, Bianchi **e** i Verdi*), *di*-phrases
    and_conjunctions: frozenset[str] = frozenset()
    #: the first word of a correlative pair (*sia da A che da B*, *tanto da A quanto da B*)
    paired_openers: frozenset[str] = frozenset()
    #: the word joining its second half (*che*, *sia*, *quanto*): a coordinator after an opener
    paired_links: frozenset[str] = frozenset()
    #: cue verbs that report a question with *se* (*ha chiesto se…*)
    question_verbs: frozenset[str] = frozenset()
    #: words opening an indirect question after those verbs, kept in the span like *se*
    #: (*ha domandato perché…*, *si è chiesto come…*)
    question_openers: frozenset[str] = frozenset()
    #: particles before a gerund that leave it a gerund for where content ends (*…, **pur**
    #: ribadendo la fiducia*: concessive)
    gerund_particles: frozenset[str] = frozenset()
    #: verbs of ``infinitive_acts`` whose infinitive after a speech modal is what was said
    #: (*ha voluto **ringraziare** i volontari*; not *ha voluto ricordare il collega*)
    told_acts: frozenset[str] = frozenset()
    #: prepositions of purpose before the infinitive of a told act whose act was done (*ha
    #: contattato le scuole **per** chiedere un incontro*)
    purpose_openers: frozenset[str] = frozenset()
    #: verbs of informing whose direct object is the person told, a *che*-clause with words of
    #: its own after it (*ha avvisato **gli abitanti** che l'acqua non è potabile*, *ha
    #: rassicurato le famiglie che…*; not the relative *gli abitanti che vivono…*)
    told_object_verbs: frozenset[str] = frozenset()
    #: verbs of asking, answering and bidding whose person or body addressed before a *che*-clause
    #: is what the words are about (*ha chiesto al ministro X che…*, *ha risposto a Y che…*);
    #: not verbs of declaring, whose addressee is mostly a paper (*ha dichiarato all'ANSA che…*)
    addressee_topic_verbs: frozenset[str] = frozenset()
    #: prepositions (with their contracted forms) that open a clause with whom its words are about
    #: (*Su Marco Neri gli inquirenti scrivono: «…»*)
    topic_prepositions: frozenset[str] = frozenset()
    #: phrases ending in a preposition that name, right after them, whom the words of their
    #: clause are about, at its opening or set off by a comma before the cue (*A proposito di
    #: Marco Neri, il sindaco ha detto: «…»*, *Il sindaco, parlando di Neri, ha detto…*)
    topic_phrases: frozenset[str] = frozenset()
    #: gerunds of referring whose object after a preposition is whom the words of the clause
    #: are about (*ha detto, **riferendosi a** Marco Neri, che «…»*)
    referring_gerunds: frozenset[str] = frozenset()
    #: clitics that stand for a direct object before an auxiliary, beyond ``object_clitics``:
    #: the elided *l'* and the partitive *ne* (*che il Comune **l'**ha sgomberato*, *che **ne** ha
    #: fermati due*): the participle after them has its object
    gap_clitics: frozenset[str] = frozenset()
    #: verbs that take *avere* and no direct object (*ha lavorato*, *ha parlato*, *ha
    #: protestato*): after the person told, *che il sindacato ha protestato* leaves no object
    #: gap, so it is what was told, not an object relative on the person
    avere_intransitive_verbs: frozenset[str] = frozenset()
    #: verbs with no direct object in their common news use, taking *essere* or used
    #: anticausatively (*le tasse **aumenteranno***, *la scuola **riapre***, *il volo **parte***):
    #: after the person told, *che* + subject + one of them in a simple tense leaves no object gap
    unaccusative_verbs: frozenset[str] = frozenset()
    #: endings of the third person indicative (present, imperfect, future, simple past) that
    #: replace an infinitive's ending (*aument-are* -> *aument-eranno*): a finite verb the tagger
    #: took for an adjective (*che le tasse **aumenteranno***) read from its form and lemma
    third_person_indicatives: dict = field(default_factory=dict)
    #: cue verbs whose *a* + infinitive is what was reported (*invita a riflettere*)
    a_infinitive_verbs: frozenset[str] = frozenset()
    #: multi-word cues whose content follows a preposition of their own (*fare riferimento **a**
    #: X*, *puntare il dito **contro** X*, *prendere le difese **di** X*): the cue takes the
    #: preposition, its content is what comes after it (as *parlare di*)
    locution_prepositions: dict[str, str] = field(default_factory=dict)
    #: gatherings one is invited to (*ha invitato **alla cena** i leader*, *invita **al
    #: concerto***): after a verb of appeal, *a* + one of them is an invitation, not what is urged
    gathering_nouns: frozenset[str] = frozenset()
    #: verbs of appeal whose bare object is a guest (*invitò a casa alcuni compagni*): their
    #: object is reported only with what it is urged to after it, *a* + an infinitive or an
    #: urged noun (*ha invitato i cittadini a votare*, *… i manifestanti alla calma*)
    guest_verbs: frozenset[str] = frozenset()
    #: verbs of commitment that report a stated pledge only as reflexives with an infinitive of
    #: ``infinitive_openers`` (*si è impegnato a riaprire…*, *si era offerta di pagare…*, *si
    #: sono impegnati per ridurre…*): the infinitive is what was pledged (not *ha impegnato i
    #: fondi*, *erano impegnati a difendere*: spending, being busy)
    pledge_verbs: frozenset[str] = frozenset()
    #: verbs of planning that report a stated plan only with *di* + infinitive and a subject that
    #: is someone (*il governo prevede di abolire…*, *la società programma di assumere…*; not *il
    #: piano prevede di costruire…*, a text, nor *si prevede di…*, no one)
    plan_verbs: frozenset[str] = frozenset()
    #: verbs of estimating and betting that report a stated expectation only with a *che*-clause
    #: and a subject that is someone in the third person (*gli analisti stimano che…*, *la
    #: Coldiretti calcola che…*; not *stimo che…*, the writer, nor *stimano il presidente*,
    #: esteem); not *prevedere*, whose subject is mostly a rule (*la legge prevede che…*)
    forecast_verbs: frozenset[str] = frozenset()
    #: verbs of finding out, concluding and doubting that report a stated finding or doubt only as
    #: :attr:`forecast_verbs` do, with a *che*-clause and a subject that is someone in the third
    #: person (*la società ha accertato che…*, *gli psicologi deducono che…*, *gli esperti
    #: dubitano che…*; not *si è accertato che…*, *non dubito che…*, nor *per accertare la
    #: gestione*, an act)
    finding_verbs: frozenset[str] = frozenset()
    #: verbs by which a poll, an estimate or a count reports a standing or a figure, only with
    #: such a subject (:attr:`poll_nouns`) and an object after them: *i sondaggi danno per
    #: favorito Rossi*, *le stime davano un totale di 19 morti* (not *ha dato ragione*, *le
    #: ricerche hanno dato esito negativo*, a search, nor *il sindaco dà il via libera*)
    poll_verbs: frozenset[str] = frozenset()
    #: nouns of polls, estimates, projections and counts that report through :attr:`poll_verbs`
    poll_nouns: frozenset[str] = frozenset()
    #: adjectives of a held belief that report it after a copula with a *che*-clause and a
    #: subject that is someone in the third person (*gli inquirenti sono convinti che…*, *il
    #: ministro è certo che…*; not *è certo che…*, no one, nor *sono sicuro che…*, the writer)
    belief_adjectives: frozenset[str] = frozenset()
    #: predicates of a truth or a certainty that a *che*-clause completes after an aside (*È
    #: evidente, ha detto X, che…*, *Non è vero, dice X, che…*): a cue set off by commas
    #: between them sits inside the content, which runs from the predicate to the clause's end
    che_predicates: frozenset[str] = frozenset()
    #: verbs of seeming and staying that link a subject to an adjective of belief as a copula
    #: does (*gli inquirenti **sembrano** convinti che…*, *la polizia **pare** sia convinta che…*)
    seeming_verbs: frozenset[str] = frozenset()
    #: cue verbs whose *come* introduces the reported clause (*ha ricordato come l'Italia sia…*)
    come_verbs: frozenset[str] = frozenset()
    #: verbs of a public announcement that report with no one named after *come*: a bare
    #: participle or a passive (*come annunciato*, *come era stato promesso*); not the writer's
    #: own pointers back (*come detto*, *come ricordato*, *come previsto*)
    unnamed_come_verbs: frozenset[str] = frozenset()
    #: verbs that vouch for a clause only in a *come* aside with a person or an organisation
    #: named (*come ha dimostrato il quotidiano X, …*), never as cues elsewhere (*ha dimostrato
    #: di essere…*) nor with evidence for subject (*come dimostrano i dati*)
    come_aside_verbs: frozenset[str] = frozenset()
    #: verbs of saying, reporting and believing whose impersonal form set off by commas inside a
    #: clause reports that clause (*I lavori, **si dice**, finiranno presto*; *Metà dei fondi,
    #: **è stato detto**, non è spesa*): not verbs of deciding (*, è stato approvato,*)
    parenthetical_report_verbs: frozenset[str] = frozenset()
    #: nouns of a speech act attached by *con* to the act it comes with (*ha ridotto la pena **con
    #: la motivazione che**…*, *un'allerta **con la raccomandazione di**…*)
    attached_speech_nouns: frozenset[str] = frozenset()
    #: nouns of urging (*appello*, *invito*, *esortazione*, *monito*…) whose content may be a noun
    #: phrase after *a* naming what is urged, one of ``urged_objects`` (*l'appello **alla
    #: calma***, *gli inviti **a un disimpegno militare***): :meth:`~kit.speech.nominal.NominalCues.urging_cue`
    urging_nouns: frozenset[str] = frozenset()
    #: what an appeal urges, as a noun after *a* (*alla pace*, *al dialogo*, *alla massima
    #: prudenza*), as against an addressee (*ai giovani*, *alla nazione*, *al governo*)
    urged_objects: frozenset[str] = frozenset()
    #: verbs whose subject gives the news that is their object (*la stampa ha diffuso la
    #: notizia che…*, *il ministro ha confermato la notizia che…*): not those that receive or
    #: deny it (*apprendere*, *smentire*)
    news_giving_verbs: frozenset[str] = frozenset()
    #: verbs whose subject, or agent in the passive, holds the charge or hypothesis a noun of
    #: ``charge_nouns``/``hypothesis_charge_nouns`` names when the noun is their *su*-oblique or
    #: comes with *con* on them or on the file they open (*la Procura lavora sull'ipotesi
    #: di…*, *indagato dalla magistratura con l'accusa di…*, *un fascicolo con l'ipotesi di…
    #: aperto dalla Procura*): acts of investigating and charging, not of arresting or holding
    #: (*arrestato dalla polizia con l'accusa di…*: the police do not bring the charge)
    charge_holding_verbs: frozenset[str] = frozenset()
    #: verbs of arriving whose *da* phrase names who a speech noun, their subject, comes from
    #: (*dalla Farnesina **giunge** l'invito a…*, *dal Viminale **filtra** la notizia che…*)
    arrival_verbs: frozenset[str] = frozenset()
    #: words that address the person asked (*Le piace il suo lavoro?*): a question of an
    #: interview; and the stem of the words that say an article is one (*intervista*)
    addressing_words: frozenset[str] = frozenset()
    interview_stem: str = ""
    #: the pronoun of polite address, a third person that stands for the one spoken to (*lei
    #: ha detto che…* put to the interviewee of a transcript)
    polite_pronouns: frozenset[str] = frozenset()
    #: titles one addresses a person with, before the name in a vocative (*Onorevole Moro, lei…*,
    #: *Signor Presidente, …*)
    address_titles: frozenset[str] = frozenset()
    #: words right before the name of the one who writes an account in the first person, in
    #: the article's opening (*Resoconto **a cura di** Marco Neri*, *Diario **scritto da** Anna Bruni*)
    writer_markers: tuple[str, ...] = ()
    #: first-person pronouns right before the writer's own name (*Carlo ed **io** Marco Neri…*)
    writer_pronouns: frozenset[str] = frozenset()
    #: prepositions opening a setting between a cue and its object, besides ``setting_openers``
    #: (*ha denunciato **presso** i Carabinieri un tentativo…*, *reclama **dal** 1992 la sua
    #: estradizione*, *contestando **per** diversi minuti le loro idee*)
    object_setting_openers: frozenset[str] = frozenset()
    #: verbs of blame and praise whose object, a person too, is what is reported (*ha duramente
    #: criticato Alfano e la sua scelta*, *Travaglio attacca Schifani*)
    person_target_verbs: frozenset[str] = frozenset()
    #: the word after a span of time that dates it back (*alcuni giorni **fa***): not a verb
    ago_words: frozenset[str] = frozenset()
    #: modals whose infinitive is what the speaker did say (*ha voluto ribadire la sua
    #: opposizione*); not *dovranno confermare*, *potranno chiedere*: a duty or a possibility
    speech_modals: frozenset[str] = frozenset()
    #: modals of duty and permission: a speech verb under them in the present or future is a
    #: rule or a possibility, nothing said yet (*l'insegnante **può** chiedere il trasferimento*,
    #: *il docente che chiede il passaggio **deve** documentarlo*); not *ha dovuto ammettere*
    deontic_modals: frozenset[str] = frozenset()
    #: determiners of each one of a class (*ciascun provveditore*, *ogni ufficio*): a subject
    #: with them and a future is what a rule has each one do, nothing said yet
    distributive_determiners: frozenset[str] = frozenset()
    #: conjunctions of alternatives (*il pm **o** il difensore chiedono al gip…*): subjects
    #: joined by them in the present are whichever party a rule lets act, no one who spoke
    alternative_conjunctions: frozenset[str] = frozenset()
    #: conjunctions opening a hypothesis (*qualora chiedano il trasferimento*): what follows has
    #: not been said
    hypothetical_conjunctions: frozenset[str] = frozenset()
    #: conjunctions that with a future open an event still to come (*quando il capo chiederà la
    #: relazione*, *se il sindaco dirà di no*)
    future_openers: frozenset[str] = frozenset()
    #: conjunctions that with the impersonal *si* open the writer's generic supposition (*se si
    #: pensa che…*, *se si nega che…*): no one's words
    impersonal_hypothesis_openers: frozenset[str] = frozenset()
    #: conjunctions that with a verb in the imperfect or pluperfect subjunctive open a
    #: counterfactual (*se la Camera **avesse dichiarato** che…*, *se il sindaco **dicesse**
    #: che…*): what would have been said, not a report
    counterfactual_openers: frozenset[str] = frozenset()
    #: question words that, before a cue, ask about a saying taken as given (*Perché il sindaco
    #: dice che…?*, *Come spiega il ministro che…?*): the cue stays a report, unlike a cue
    #: in a question that asks whether it holds (*E crede il senatore che…?*)
    given_saying_questions: frozenset[str] = frozenset()
    #: adverbs that before *se* make it concessive (*anche se non si escludono altre ipotesi*):
    #: what follows is still reported
    concessive_adverbs: frozenset[str] = frozenset()
    #: the endings of a second person plural imperative, alone or with a clitic (*dite*,
    #: *ricordate*, *ditemi*): a word the tagger calls a plural imperative without one is
    #: another form (*disse*)
    plural_imperative_endings: frozenset[str] = frozenset()
    #: the ending of the present subjunctive's third person singular by the infinitive's ending
    #: (*pensare* -> *si pensi*, *avvertire* -> *si avverta*): a present with that ending is a
    #: subjunctive whatever the tagger says (it reads *si pensi* as *tu pensi*, *si avverta* as
    #: an indicative); the indicative's ending is another (*pensa*, *avverte*)
    subjunctive_endings: dict[str, str] = field(default_factory=dict)
    #: cue verbs whose infinitive with an object is mostly an act, not words (*per assicurare
    #: la segretezza*, *per chiarire le cause*, *per riportare il trofeo*, *per ringraziare i volontari*)
    infinitive_acts: frozenset[str] = frozenset()
    #: cue verbs whose bare object is what was said only when it is an action noun (``action_suffixes``):
    #: *ha ordinato la chiusura delle scuole*, not *ha ordinato venti nuovi aerei* (goods bought)
    action_object_verbs: frozenset[str] = frozenset()
    #: endings of action nouns, what an order orders (*chiusura*, *demolizione*, *ampliamento*; a
    #: short one, *sequestro*, *arresto*, is not read: it looks like goods)
    action_suffixes: tuple[str, ...] = ()
    #: cue verbs that are speech only in the active voice (*è stata attaccata una nave*, *sono
    #: stati aggiunti nuovi servizi*: an act, not words)
    active_only_verbs: frozenset[str] = frozenset()
    #: nouns of words said or written right before quote marks (*la scritta "…"*, *il coro
    #: "…"*, *con su scritto «…»*, *la seguente domanda: «…»*): the marked words, however short,
    #: are someone's words (direct), not a name
    words_nouns: frozenset[str] = frozenset()
    #: nouns of a word mentioned as a word (*la parola latina "castrum"*, *il termine
    #: "pianeta"*): one marked word after them, with no exclamation, is the word itself, not
    #: anyone's utterance (*ha gridato la parola "Basta!"* is one)
    mention_nouns: frozenset[str] = frozenset()
    #: nouns of a meaning, before *di* and marks (*col significato di "paese fuori della via"*):
    #: the marks hold a translation, no one's words
    meaning_nouns: frozenset[str] = frozenset()
    #: examinations whose findings are the writer's facts, not anyone's words (*l'autopsia
    #: conferma…*, *gli esami hanno rivelato…*: the guidelines' factive findings)
    evidence_nouns: frozenset[str] = frozenset()
    #: cue verbs that report only a clause right after them (*che*, *come* + a clause, *di* +
    #: infinitive): *i dati indicano che…*, not *ha indicato la strada*
    clause_only_verbs: frozenset[str] = frozenset()
    #: verbs of observing that, as a gerund or an infinitive, report only a clause right after
    #: them: with an object noun phrase they name the fact seen that grounds an act
    #: (*constatando la gravità della situazione, ha chiuso…*, *sforzarsi di constatare le
    #: possibilità*), while the finite verb in a report states it (*ha constatato il buon
    #: andamento dei rapporti*)
    observing_verbs: frozenset[str] = frozenset()
    #: verbs of belief that, before *di* and a modal of duty or permission (``deontic_modals``),
    #: tell what one thought one could or had to do (*credette di poter costruire…*, *ha creduto
    #: di dover affrontare…*), no report; *credere che…* still is one
    self_belief_verbs: frozenset[str] = frozenset()
    #: verbs of fear that tell a feeling, no report, before *di* + an infinitive (*temeva di
    #: confessare…*) or in the first person (*ho temuto che…*); *X teme che…* still is one
    fear_verbs: frozenset[str] = frozenset()
    #: verbs of ruling out (*escludere*) that report only with a clause after them (*ha escluso
    #: che…*, *non ha escluso di…*) or a noun of ``ruled_out_nouns`` near them; else a thing or a
    #: person is left out (*escludendone altri*, *un limite che escluda l'evoluzione*), no report
    ruling_out_verbs: frozenset[str] = frozenset()
    #: nouns of a possibility, a lead or a plan that a verb of ``ruling_out_verbs`` rules out in
    #: words (*non ha escluso l'ipotesi*, *la presenza di fiamme è stata esclusa*, *esclude un rimpasto*),
    #: a charge included (*fu esclusa l'aggravante*)
    ruled_out_nouns: frozenset[str] = frozenset()
    #: verbs of telling that tell a story rather than report when their object is one of
    #: ``story_nouns`` (*ha raccontato un aneddoto*, *raccontando barzellette*)
    telling_verbs: frozenset[str] = frozenset()
    #: nouns of a story, a tale or a joke told: the object of a verb of ``telling_verbs`` that
    #: reports no words (*la storia*, *un aneddoto*, *le battute*)
    story_nouns: frozenset[str] = frozenset()
    #: verbs that put forward a hypothesis, a request or a proposal named by one of the rule
    #: file's ``speech_verbs_need_object`` nouns (*ha avanzato l'ipotesi che…*, *ha formulato la
    #: richiesta di un rinvio*): reported only with a *che*-clause, *di* + infinitive or the *di*
    #: phrase after the noun, not a bare noun (*ha avanzato richieste economiche*)
    proposal_verbs: frozenset[str] = frozenset()
    #: verbs of ordering and banning: a body's order is reported speech only in the active
    #: voice with a subject that can give orders (*il comune vieta la manifestazione*, *ha
    #: ordinato ai giudici di…*), not an impersonal passive (*è stata vietata la veglia*) nor a
    #: law or *nulla* as subject (*la legge impone che…*, *nulla vieta che…*); which of them
    #: report a bare object is the rule file's ``object_speech_verbs`` (*vietare*, not
    #: *ordinare venti aerei*, *imporre il proprio ritmo*)
    order_verbs: frozenset[str] = frozenset()
    #: verbs of threatening: an act as their object is what the speaker said they would do
    #: (*ha minacciato **lo sciopero***, *minaccia **il suicidio***), not an act done
    threat_verbs: frozenset[str] = frozenset()
    #: verbs of threatening, promising or counselling that, with a thing as their subject, tell a
    #: risk, a prospect or what the circumstances advise, no one's threat, pledge or advice (*la
    #: frana minaccia di travolgere il paese*, *gli acceleratori promettono nuove scoperte*, *la
    #: prudenza ci consiglia di fermarci*; not *il sindacato minaccia lo sciopero*)
    prospect_verbs: frozenset[str] = frozenset()
    #: words of contrast that open a second clause beside a first opinion (*…, **mentre** per X…*)
    contrast_openers: frozenset[str] = frozenset()
    #: a conditional that sets one opinion beside another in a pair of source markers (*Se per
    #: X la riforma è un passo avanti, per Y è un regalo*): the first marker opens its clause
    paired_conditionals: frozenset[str] = frozenset()
    #: pronouns that name the other part of a group split in two (*alcuni sostengono che…, **altri**
    #: che…*): after an indefinite speaker, the other part's words, not the first one's
    other_groups: frozenset[str] = frozenset()
    #: verbs of posting on social media, and the nouns of a picture or a link that, heading their
    #: object, make it something shown rather than said (*ha twittato **una foto** del concerto*;
    #: not *ha twittato la sua soddisfazione*)
    posting_verbs: frozenset[str] = frozenset()
    posted_objects: frozenset[str] = frozenset()
    #: pronouns of nothing as a subject (*nulla vieta che…*: nobody forbids)
    nothing_words: frozenset[str] = frozenset()
    #: nouns of a report that follow *secondo* without an article (*secondo indiscrezioni*)
    report_nouns: frozenset[str] = frozenset()
    #: prepositions (the last word read with its contracted forms) that, opening a clause
    #: before a noun of ``report_nouns`` and a comma, give the source of the clause after it as
    #: *secondo* does (*Dalle prime notizie, i feriti sarebbero…*, *In base alle stime, …*)
    report_source_prepositions: tuple[str, ...] = ()
    #: words before a quote-marked name rather than words spoken (*il cosiddetto "…"*, *la
    #: campagna "…"*): a feature of the fragment model (kit.speech.fragments)
    naming_words: frozenset[str] = frozenset()
    #: verbs of calling something a name (*quello che essi **chiamano** "il loro dovere"*) and the
    #: pronouns that open the relative clause around them (***quello** che*, ***ciò** che*): the
    #: marked name is someone's own words
    calling_verbs: frozenset[str] = frozenset()
    called_antecedents: frozenset[str] = frozenset()
    #: verbs of giving something a name or a label (*definire*, *chiamare*, *bollare*…): in the
    #: passive with no agent (*possono essere definiti "precari"*, *vengono chiamati "…"*) the
    #: marked name is no one's words, the guidelines' *other*
    naming_verbs: frozenset[str] = frozenset()
    #: nouns of a work, a show or an award whose title follows in marks (*la pubblicazione
    #: "…"*, *il riconoscimento "…"*, *il premio speciale "…"*): a name, not words spoken
    work_nouns: frozenset[str] = frozenset()
    #: nouns of a campaign, a project, an operation or a body whose capitalised name follows in
    #: marks (*la campagna «Puliamo il mondo»*, *l'operazione «Mare nostro»*): a name; not
    #: lower-case words after them (*ha definito la campagna «una truffa»*)
    named_thing_nouns: frozenset[str] = frozenset()
    #: nouns of a saying no one in the sentence utters, a proverb, a motto or a slogan (*il detto
    #: popolare: "…"*, *lo slogan della campagna era "…"*): the marks after them, with no cue,
    #: name the saying (other), they are nobody's words here
    saying_nouns: frozenset[str] = frozenset()
    #: verbs of a work's coming out, whose subject may follow them (*nel 1963 viene **pubblicato**
    #: "…"*, *l'anno dopo **esce** "…"*): capitalised marks right after them hold its title
    release_verbs: frozenset[str] = frozenset()
    #: literary contractions of *in* + article used only before a title that opens with its own
    #: article (*ne "I promessi sposi"*, *ne "La coscienza di Zeno"*): the marks after them hold a work
    title_contractions: frozenset[str] = frozenset()
    #: symbols and names of units of measure (*km*, *MHz*, *°C*, *chilometri*): a straight mark
    #: between a number and one of them (*42 "km*, *70" km*) is an inch or second sign or a
    #: separator left by a conversion, never a quotation mark
    measure_units: frozenset[str] = frozenset()
    #: *cosiddetto* and its forms: the marked words after it are a name or a scare quote
    #: (*i cosiddetti "Monti bond"*), never someone's words
    so_called_words: frozenset[str] = frozenset()
    #: the writer's hedges before a word in marks (*un vero e proprio "mercato"*, *una sorta di
    #: "tariffa"*): the marked word is a metaphor the writer keeps at a distance, a scare quote
    hedge_phrases: frozenset[str] = frozenset()
    #: function words of English, the usual foreign language of slogans and titles in marks
    foreign_function_words: frozenset[str] = frozenset()
    #: nouns of what someone said or reported, whose *di* names the speaker (*il racconto dei
    #: media*, *le parole del ministro*)
    speech_nouns: frozenset[str] = frozenset()
    #: nouns that make a cue's object a formal act or a bare gesture rather than something said
    #: (*ha proclamato il lutto*, *lo stato d'assedio*, *ha chiesto scusa*)
    act_objects: frozenset[str] = frozenset()
    #: acts among ``act_objects`` that report words when they name whom they address or what
    #: for (*ha chiesto scusa **ai telespettatori***, *scusa **per quanto fatto***): the
    #: prepositions (with their contracted forms) in ``addressed_act_prepositions``
    addressed_acts: frozenset[str] = frozenset()
    addressed_act_prepositions: frozenset[str] = frozenset()
    #: speech verbs whose content comes with a preposition, and those prepositions (their
    #: contracted forms too): complaint (*si è lamentato **per** i ritardi*, *lamentarsi **sulla**
    #: chiusura*), protest (*ha protestato **contro** la chiusura*), thanks (*ci ha ringraziato **per** il dono*): the phrase is reported
    preposition_contents: dict[str, frozenset[str]] = field(default_factory=dict)
    #: verbs of a decision (*respingere*, *rigettare*, *accogliere*) and the procedural nouns that
    #: make their object an act of an office rather than words (*ha respinto il ricorso*; not
    #: *ha respinto ogni accusa*)
    decision_verbs: frozenset[str] = frozenset()
    procedural_objects: frozenset[str] = frozenset()
    #: cue verbs with a sense that is no speech, and the object nouns that show it (*respingere
    #: **l'offensiva*** repels, *difendere **il titolo*** keeps, *spiegare **le vele*** unfurls,
    #: *riportare **la vittoria*** wins, *assicurare **i finanziamenti*** secures, *dichiarare **guerra**
    #: o **il fallimento*** acts, *negare **l'accesso*** refuses, *anticipare **la chiusura***
    #: moves earlier, *giudicare **colpevole*** is a verdict, *ricordare **le vittime***
    #: commemorates, *si proclamarono **imperatori*** and *fu dichiarato **santo*** take or give a
    #: title, *gli ha proposto **un contratto*** offers, *confermò **i privilegi*** keeps, *un'associazione
    #: che difende **i diritti** dei detenuti* protects, *i più vecchi ricordano **i tempi** in cui…*
    #: remember): the object is
    #: then no words, whatever its sentence (not *ha respinto le accuse*, *ha difeso la scelta*)
    sense_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: cue verbs whose object reports words only when one of these nouns heads it: an account
    #: or a stance laid out (*ha esposto **le sue ragioni***, *ha ricostruito **la dinamica***,
    #: *ha ripercorso **le tappe** della vicenda*, *ha delineato **un quadro***); any other object
    #: is a thing shown, built or travelled (*ha esposto i quadri*, *ha ricostruito il ponte*);
    #: so is a verb with no object (*deve apparire giustificato*)
    said_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    #: cue verbs whose reflexive form is no speech unless *che*, a colon or *di* + infinitive
    #: follows (*si affermò la scuola classica*, *si andava affermando la pittura*: establishing
    #: itself; *si afferma che…* is impersonal speech; so *si conferma campione* stays, *si ripete*
    #: wins again, *si rilevarono fondati* turned out, *si difende* protects itself, *si osservano
    #: affreschi* are seen, *il libro si conclude con…* ends)
    reflexive_unless_clause: frozenset[str] = frozenset()
    #: verbs of telling a story (*raccontare*, *descrivere*, *parlare di*) and the works whose
    #: story they tell as their subject (*il film racconta…*, *la serie parla di…*): a plot
    narration_verbs: frozenset[str] = frozenset()
    story_works: frozenset[str] = frozenset()
    #: verbs of asking that also mean *to require* (*chiedere*, *richiedere*, *esigere*,
    #: *pretendere*, *reclamare*) and the things that require as their subject: tasks, works,
    #: processes, devices and undertakings (*il **lavoro** chiede tempo*, *un **veicolo** del
    #: genere richiede esperienza*, *la **messa** a punto richiederà mesi*): no one asks
    require_verbs: frozenset[str] = frozenset()
    requiring_things: frozenset[str] = frozenset()
    #: nouns of abstractions (a need, a situation, a chance) and of events and facts (a visit, an
    #: accident, a war) that, as the subject of a verb of saying, are a cause, a sign or a
    #: circumstance, never a speaker (*l'**esigenza** di frenare i prezzi impone di…*, *la **visita**
    #: del presidente conferma la solidità di…*, *i recenti **avvenimenti** sottolineano l'urgenza
    #: di…*); documents, studies and figures speak (*lo studio afferma che…*, *i dati dicono che…*)
    mute_nouns: frozenset[str] = frozenset()
    #: the courts and judges that pass a sentence as the subject of a verdict verb
    #: (``verdict_verbs``: *il **giudice** ha condannato l'imputato*, *il **Tribunale** lo ha
    #: condannato*): a verdict, no words reported
    court_nouns: frozenset[str] = frozenset()
    #: rules, laws and contracts, and sayings, signs and books of reference, that no one speaks
    #: through: as the subject of a verb of saying they report no one's words (*il **contratto**
    #: dice che…*, *come dice il **proverbio**, …*, *come spiega il **manuale**, …*)
    rule_texts: frozenset[str] = frozenset()
    saying_words: frozenset[str] = frozenset()
    #: object clitics that stand for what was said before the cue (*«…»: **lo** ha annunciato il
    #: ministro*): the noun phrase after the verb is then its subject, not what it reports
    said_before_clitics: frozenset[str] = frozenset()
    #: verbs of saying whose object clitic, after their subject, takes up the quotation just
    #: before (*«Sono innocente». Marco Rossi **lo ripete** da giorni.*); not verbs of blame,
    #: whose clitic is a person (*Anna Bruni lo ha criticato*)
    words_clitic_verbs: frozenset[str] = frozenset()
    #: verbs whose object clitic takes a predicate after the verb (*lo ha definito un errore*)
    predicative_verbs: frozenset[str] = frozenset()
    #: endings of a gerund or an infinitive an object clitic joins (*definendo*-lo, *definir*-lo)
    enclitic_verb_endings: tuple[str, ...] = ()
    #: verbs of naming or judging that report an opinion only with a predicate (*ha definito la
    #: proposta inaccettabile*, *la giudica un errore*): with a bare object they lay down or
    #: examine something (*ha definito una nuova strategia*, *giudica i ricorsi*)
    predicate_only_verbs: frozenset[str] = frozenset()
    #: verbs of judging that report only an object and its predicate, a small clause (*considera
    #: la riforma un errore*, *considera inaccettabile la riforma*, *lo considera un traditore*,
    #: *è considerato dai pm il mandante*): never a clause (*bisogna considerare che…* weighs a
    #: fact; *considerato che…* is "given that"), never a bare object (*considera l'offerta*)
    small_clause_verbs: frozenset[str] = frozenset()
    #: verbs of judging whose passive with a predicate and an agent reports the agent's judgement
    #: of the subject (*le condizioni sono state giudicate gravi dai medici*, *il piano è ritenuto
    #: inadeguato dalla commissione*, *la zona viene descritta dai volontari come devastata*):
    #: the whole clause, subject to predicate, is the content; without an agent the writer's
    #: description (*è considerato uno dei maggiori poeti*), no one's words
    passive_judgement_verbs: frozenset[str] = frozenset()
    #: cue verbs whose physical sense is as common as the verbal one (*attaccare i soldati* /
    #: *attaccare il ministro*, *si è scagliato contro l'agente* / *contro la riforma*): a cue
    #: with an object only when its sentence shows speech or the object is a verbal target
    physical_sense_verbs: frozenset[str] = frozenset()
    #: verbs that govern a + infinitive with their own reflexive clitic (*si è limitato a dire*,
    #: *si è spinto a dire*): not the impersonal *si* of the writer's voice
    reflexive_aspectuals: frozenset[str] = frozenset()
    #: verbs of beginning that govern a + infinitive (*ha cominciato a gridare: «…»*): the
    #: infinitive's cue starts at them, as after an aspectual
    inceptive_aspectuals: frozenset[str] = frozenset()
    #: phrases that stand for a title (*il primo cittadino* for *il sindaco*): {phrase: title}
    title_synonyms: dict[str, str] = field(default_factory=dict)
    #: phrases that stand for a title only as a whole description (*il presidente del Consiglio*
    #: is the premier; *il presidente del consiglio comunale* is not): {phrase: title}
    whole_title_synonyms: dict[str, str] = field(default_factory=dict)
    #: subject pronouns and "the latter" words with the gender they refer to (*lei*: "F",
    #: *quest'ultimo*: "M"), and the demonstratives that open "the latter" (*quest'*)
    anaphora_gender: dict[str, str] = field(default_factory=dict)
    #: object clitics that can stand for a person and the gender each says ("" for the elided
    #: *l'*, whose gender the participle says: *l'ha definit**a***); not the dative *gli*
    object_clitic_gender: dict[str, str] = field(default_factory=dict)
    #: nouns of one relative (*il figlio*, *della madre*): inside a quotation's content, the
    #: speaker's relative the article names (what the quotation is about)
    kin_nouns: frozenset[str] = frozenset()
    #: titles of an office one person holds at a time (*papa*; its synonyms, *pontefice*, *santo
    #: padre*, map to it): when an article gives it to several people, the one it names most is
    #: the one *il papa* stands for, the others are predecessors recalled
    sole_office_titles: frozenset[str] = frozenset()
    latter_openers: frozenset[str] = frozenset()
    latter_words: frozenset[str] = frozenset()
    #: subject pronouns that stand for a person (not *esso*, *essa*: things too), read right
    #: before a cue inside a sentence (*…Marco Bellini, ma **lui** replica: «…»*)
    person_subject_pronouns: frozenset[str] = frozenset()
    #: personal pronouns that can be the subject of a main clause after a fronted one (*Se il
    #: ministro dice che…, **io** mi oppongo*, *Benché X abbia detto che…, **essa** aveva…*)
    subject_pronouns: frozenset[str] = frozenset()
    #: words that point back to a referent named before (*lo stesso quotidiano*, *dallo stesso
    #: pubblico ministero*, *secondo lo stesso schema*)
    sameness_words: frozenset[str] = frozenset()
    #: the phrase naming a passive's agent after its subject (*è stata chiesta la chiusura **da
    #: parte dei** residenti*): its words, the last one the preposition before the agent
    agent_phrase: tuple[str, ...] = ()
    #: the word that joins the names of joint speakers (*Marco Rossi e Anna Conti*)
    joint_word: str = "&"
    #: the word between an unnamed speaker and the owner a possessive gives it (*i suoi
    #: familiari* -> *familiari di Gabriel García Márquez*)
    owner_word: str = "of"
    #: numbers that head a group of people named before (*i due parlamentari*): {word: count}
    group_counts: dict[str, int] = field(default_factory=dict)
    #: pronouns for the two people named last, opening a sentence as its subject (*Entrambi
    #: hanno detto…*)
    both_words: frozenset[str] = frozenset()
    #: words for a whole group before its article (*tutti i medici*, *tutte le sigle*): with
    #: ``both_words``, what comes before the head of a source's noun phrase (*per entrambi i
    #: sindacati, …*, *per tutte le associazioni, …*)
    all_words: frozenset[str] = frozenset()
    #: demonstrative pronouns for people named before, a source's whole noun phrase after
    #: *secondo* (*secondo questi, …*, *secondo costoro, …*); not before a noun (*questi dati*)
    person_demonstratives: frozenset[str] = frozenset()
    #: first names whose ending says the other gender than the usual one (*Andrea*, *Luca*)
    male_names_in_a: frozenset[str] = frozenset()
    #: professions of sport, the arts and show business by which a story names its protagonist
    #: (*l'attrice*, *il cantante*, *la tennista*, *il regista*): not offices one may hold unnamed
    protagonist_titles: frozenset[str] = frozenset()
    #: first names of women that do not end in *-a* (*Beatrice*, *Irene*, *Hillary*, *Marine*)
    female_first_names: frozenset[str] = frozenset()
    #: first names of men that do not end in *-o* (*Giuseppe*, *Giovanni*, *Emmanuel*, *Boris*)
    male_first_names: frozenset[str] = frozenset()
    #: endings of nouns of people in *-a* whose gender only the article or an adjective shows
    #: (*l'atleta*, *l'economista*, *il/la pediatra*, *l'omicida*, *il/la pilota*, *il/la
    #: collega*): after an elided *l'* such a noun says nothing of who it is
    common_gender_endings: tuple[str, ...] = ()
    #: a preposition and its forms joined with an article: {"di": {"di", "del", "della"...}}
    contracted: dict[str, frozenset[str]] = field(default_factory=dict)
    participle: re.Pattern = NEVER
    #: the endings of irregular past participles outside ``participle`` (*accolta*, *risolto*,
    #: *coinvolti*, *vinto*, *aggiunte*), read as participles only with a verb for their lemma;
    #: not *-ante*, *-enti*, the present participle (*importanti*)
    irregular_participle: re.Pattern = NEVER
    #: the infinitive ending of a regular participle's stem (*accusat-* -> *accusare*): the lemma of
    #: a participle the lemmatizer left alone (a capitalised one opening a sentence: *Accusata da…*)
    participle_infinitives: dict[str, str] = field(default_factory=dict)
    #: the endings of a third-person past (*passato remoto*, singular and plural) and the infinitive
    #: endings it may come from (*chiese* -> *chiedere*, *rispose* -> *rispondere*, *disse* -> *dire*,
    #: *ripeté* -> *ripetere*, *aggiunsero* -> *aggiungere*): the lemma of a past the tagger reads as
    #: a noun, an adjective or a name and the lemmatizer leaves alone
    past_infinitives: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the endings of a third-person future or conditional (singular and plural) and the infinitive
    #: endings it may come from (*dichiareranno* -> *dichiarare*, *sosterrebbero* -> *sostenere*,
    #: *annuncerebbe* -> *annunciare*, *proporrà* -> *proporre*): the lemma of a future or a
    #: conditional the lemmatizer leaves alone (it knows few plural conditionals)
    future_infinitives: dict[str, frozenset[str]] = field(default_factory=dict)
    #: an adjective's ending and the endings it takes to agree (*noto* -> *nota, noti, note*): the
    #: adjective of a multi-word cue (*rendere noto*) agrees with its object
    adjective_agreement: dict[str, frozenset[str]] = field(default_factory=dict)
    infinitive: re.Pattern = NEVER
    gerund: re.Pattern = NEVER
    #: the endings of a regular past participle (*causata*, *dovuti*, *colpito*), which the tagger
    #: may read as a plain adjective
    past_participle: re.Pattern = NEVER
    #: the endings of the conditional, the mood of reported news (*risulterebbero*), which the
    #: tagger may read as a noun
    conditional: re.Pattern = NEVER
    #: the endings of the lemma of a noun or an adjective whose plural the tagger may read as a
    #: verb in the first person of the conditional (*aereo* -> *aerei*, *cartaceo* -> *cartacei*:
    #: *navi ed aerei militari*): no finite verb
    noun_lemma: re.Pattern = NEVER
    #: two words after which an infinitive goes on the sentence's story (*…, per poi ribadire che…*):
    #: a cue like a finite verb, whose subject is the sentence's
    infinitive_sequels: frozenset[str] = frozenset()
    #: a cue with the one or two words before it that say no one speaks (*non è detto che…*: it is
    #: not sure; *vale a dire che…*: that is; *si sa che…*, *non si sa se…*: known or unknown, not
    #: *si è saputo che…*, news that got out)
    not_speech_idioms: frozenset[str] = frozenset()
    #: heads of a subject that names no speaker but data, an event or a decision (*il bilancio
    #: provvisorio*, *i dati telemetrici*, *la revoca*): a verb of saying after them has no speaker
    not_speakers: frozenset[str] = frozenset()
    #: nouns of intent whose *di* + infinitive cue has the subject of the verb governing them
    #: (*le autorità hanno dimostrato **l'intenzione** di voler chiedere…*)
    intention_nouns: frozenset[str] = frozenset()
    #: nouns whose *di* + infinitive states what they hold (*l'intenzione di lasciare*, *la
    #: possibilità di stanziare fondi*): after a cue, the noun phrase with it is the content
    #: (*ha annunciato **l'intenzione di lasciare***), not an object before the content
    proposition_nouns: frozenset[str] = frozenset()
    #: nouns of a way, a means, a permission, an attempt, a sign or a fall, which hold the *di*
    #: after them as their own complement (*ha descritto **un modo nuovo di** calcolare…*, *gli
    #: è stato negato **il permesso di** uscire*, *accusano **segni di** debolezza*, *accusa
    #: **un calo del** tre per cento*): the noun phrase with it is the content, as with
    #: ``proposition_nouns``, not a person the cue speaks to or of (*accusa Rossi di…*)
    holding_nouns: frozenset[str] = frozenset()
    #: nouns of doubt and objection a proposal verb raises about a thing named after *su*
    #: (*ha sollevato dubbi sulla copertura*, *ha avanzato perplessità sul piano*): what is doubted
    #: is reported, unlike a bare request (*ha avanzato richieste economiche*)
    doubt_nouns: frozenset[str] = frozenset()
    #: nouns of a complaint or an appeal filed against something (*ha presentato ricorso al TAR
    #: contro l'esito del voto*, *un esposto contro ignoti*): what it opposes is reported
    complaint_nouns: frozenset[str] = frozenset()
    #: words of how long after *da* (*da giorni*, *da tempo*, *da sempre*): a setting between a
    #: postposed cue and its subject (*Lo ripete **da giorni** Marco Rossi*), not an agent
    duration_words: frozenset[str] = frozenset()
    #: prepositions of time (``time_adverb_prepositions``) that are adverbs after a word of time
    #: of ``time_adverb_leads`` (*il giorno **dopo** il medico ha detto*, *poco **dopo** il
    #: ministro ha dichiarato*): the noun after it is no object of the preposition but may be a
    #: subject (not *al tempo **di** X*)
    time_adverb_prepositions: frozenset[str] = frozenset()
    time_adverb_leads: frozenset[str] = frozenset()
    #: how a noun of words came, between it and a colon (*La replica di X **non si è fatta
    #: attendere**: …*): the words after the colon are the noun's speaker's
    colon_stance_tails: frozenset[str] = frozenset()
    #: nouns of rumours, whose *di* / *su* phrase is what no one named reports (*voci di un
    #: colpo di stato*, *indiscrezioni sulla chiusura*, *polemiche sul trasferimento*; only the
    #: plural of *polemica*: *la polemica sulla disoccupazione è andata avanti* is a topic)
    rumour_nouns: frozenset[str] = frozenset()
    #: nouns of charges and suspicions whose *su* / *di* phrase, after an existential *c'è*,
    #: *vi sono*, *vi furono* (``existential_clitics`` + *essere*), is what no one named
    #: reports (*vi furono accuse sulle pressioni della polizia*, *ci sono sospetti di doping*;
    #: not *ha respinto le accuse sulle…*, *limitare i sospetti su…*: :meth:`existential_report`)
    existential_report_nouns: frozenset[str] = frozenset()
    #: the clitics of an existential *essere* (*c'è*, *vi sono*)
    existential_clitics: frozenset[str] = frozenset()
    #: verbs of containing or listing whose object *voci* are the entries of a reference work,
    #: not rumours (*Categoria che **comprende** le voci sui film…*, *il portale **raccoglie** voci
    #: sulle città…*, also as a present participle: *comprendente voci sui…*)
    listing_verbs: frozenset[str] = frozenset()
    #: the rumour nouns that also name the entries of a reference work (*voci*)
    entry_nouns: frozenset[str] = frozenset()
    #: nouns of a charge, whose *di* phrase is what the accused is charged with (*con l'accusa
    #: di omicidio*): a report no one signs
    charge_nouns: frozenset[str] = frozenset()
    #: verbs of a charge that stands on someone, before the charge noun (*su di lui **pendono**
    #: le accuse di truffa*, *gravano l'accusa di traffico di armi*): a charge no one signs
    charge_standing_verbs: frozenset[str] = frozenset()
    #: forms of *essere* linking a noun to what it is (*l'accusa è di rapimento*)
    copulas: frozenset[str] = frozenset()
    #: participles of *essere* that, after a copula, still wait for what the subject is (*Questa
    #: è **stata**: «la peggiore…»*): a clause that ends on one is unfinished
    copula_participles: frozenset[str] = frozenset()
    #: adverbs of quantity that determine a bare noun after a cue (*chiedono **più** personale*,
    #: *vogliono **meno** tasse*): part of the object, not adverbs of the verb
    quantity_adverbs: frozenset[str] = frozenset()
    #: verbs by which a clause comes out of someone's words or text, after *da* + a noun of
    #: words or a document (*Dal comunicato della Regione **emerge** che…*, *Dal loro racconto
    #: emerge che…*, *Dal verbale **risulta** che…*): the issuer speaks
    emerging_verbs: frozenset[str] = frozenset()
    #: verbs of an impersonal *si* + *di* that judge what something is, like a copula (*Per
    #: Legambiente **si tratta di** un errore*): after *per* + a name, an opinion
    judging_impersonals: frozenset[str] = frozenset()
    #: prepositions before an infinitive cue that takes a che-clause (*ad affermare che…*, *per
    #: spiegare che…*): a cue without a modal
    infinitive_openers: frozenset[str] = frozenset()
    #: articled prepositions that make a speech infinitive a noun of the act of saying, with a
    #: che-clause after it, after the word it completes (*sono concordi **nell'**affermare
    #: che…*, *ha chiuso **col** ribadire che…*): a cue without a modal, its subject the clause's
    nominal_infinitive_openers: frozenset[str] = frozenset()
    #: words that may open a clause of saying fronted before the main clause, ahead of its
    #: infinitive or gerund (*Dopo aver spiegato che…, il sindaco…*, *Prima di dichiarare
    #: che…*, *Pur ammettendo di…*, *Nel ribadire che…*): the clause ends at the comma before
    #: the main clause's subject and finite verb
    fronting_words: frozenset[str] = frozenset()
    #: words that make the *di* after them part of a preposition or of a noun's complement, not
    #: the start of what a cue reports (*prima di partire*, *nel tentativo di calmarli*)
    compound_prepositions: frozenset[str] = frozenset()
    #: verbs of blame or praise, whose object goes on with its reason after *perché* (*ha
    #: criticato l'accordo perché…*)
    reason_verbs: frozenset[str] = frozenset()
    #: nouns of a request, a proposal, a promise, an appeal or a charge, whose agent after *di*
    #: is the speaker and whose *di* / *a* + infinitive is what was asked (*la richiesta del
    #: sindaco di chiudere…*, *l'invito di X a restare a casa*, *l'accusa di X a Y di aver mentito*)
    request_nouns: frozenset[str] = frozenset()
    #: nouns of a criticism, a request or a complaint whose named agent after *di* may
    #: be followed by what it is against or about, a phrase of ``target_openers`` (*le critiche
    #: del sindaco nei confronti della giunta*, *il ricorso di X contro la gara*)
    target_nouns: frozenset[str] = frozenset()
    #: phrases opening what a noun of ``target_nouns`` is against or about, their last word a
    #: preposition read with its contracted forms (*contro*, *sulla*, *in merito ai*)
    target_openers: frozenset[str] = frozenset()
    #: words that open a topic right before a noun phrase with no preposition of their own,
    #: which the tagger reads as adverbs (*circa la questione coloniale rileva che…*, *riguardo
    #: la riforma*): the noun phrase after them is what is spoken of, never a subject
    topic_words: frozenset[str] = frozenset()
    #: nouns that, between *su* and *di*, make a compound preposition, no topic (*sulla base
    #: di*, *sulla scia di*, *sull'onda di*)
    su_compound_nouns: frozenset[str] = frozenset()
    #: nouns of saying, assuring, warning, hoping, fearing or intending (by their singular and
    #: plural forms) that take their agent after *di* and their content as a request's, or as a
    #: *che*-clause (*la convinzione di X che la crisi sia finita*, *i timori di X di perdere*,
    #: *l'intenzione del ministro X di reintrodurre…*, *la volontà di X di restare*, *la conferma del
    #: portavoce che…*)
    belief_nouns: frozenset[str] = frozenset()
    #: nouns of will among ``belief_nouns`` (*la volontà*): its owner speaks only when a name
    #: (*la volontà di Mario Rossi di restare*), not a description in theory (*la volontà
    #: dell'attore di seguire un criterio*)
    will_nouns: frozenset[str] = frozenset()
    #: nouns of an opinion, a view, a judgement or an answer (*la tesi*, *l'impressione*, *la
    #: posizione*, *la risposta*) whose owner after *di* speaks only through a *che*-clause, right
    #: after the owner or after a copula (*la tesi della difesa è che…*): never through *di* +
    #: infinitive (*l'idea di X di creare…* is a plan, not words); after *secondo* the holder
    #: after *di* is the source (*secondo il parere di X*)
    opinion_nouns: frozenset[str] = frozenset()
    #: nouns of an appeal, whose cue's content opens with its addressee (*ha fatto appello
    #: all'ONU perché…*, *ha lanciato un appello ai cittadini a…*)
    appeal_nouns: frozenset[str] = frozenset()
    #: conjunctions that after an appeal and its addressee open what is asked, past a comma too
    #: (*ha rivolto un appello ai cittadini**, perché** restino a casa*)
    appeal_conjunctions: frozenset[str] = frozenset()
    #: conjunctions that join two propositions of one reported clause (*che X, ma Y*, *di X e di Y*)
    proposition_conjunctions: frozenset[str] = frozenset()
    #: words that open an explanation of the noun before them, after a comma (*la mancanza di
    #: una guida, **ossia** di…*): the noun's own phrase goes on
    explaining_conjunctions: frozenset[str] = frozenset()
    #: sentence connectives that can open a clause with a null subject (*Intanto si dichiara
    #: soddisfatto*, *Infine ha ricordato*): no subject of the verb after them
    connective_adverbs: frozenset[str] = frozenset()
    #: sentence connectives (one word or a phrase) that link a sentence to the one before
    #: (*Tuttavia, …*, *Al contrario, …*, *Anche questa volta, …*): the writer's, not
    #: part of the content a report opens with
    opening_connectives: frozenset[str] = frozenset()
    #: verbs whose participle after a speech noun tells who gave the words (*le dichiarazioni
    #: **rilasciate** da X*, *le parole **pronunciate** da X*): the *da* phrase speaks
    statement_giving_verbs: frozenset[str] = frozenset()
    #: words that alone before a colon go on with the quotation before (*E poi: …*, *Ed
    #: ancora: …*, *Più sinteticamente: …*): its speaker says what follows
    colon_continuations: frozenset[str] = frozenset()
    #: modal verbs whose conditional, as the auxiliary of a main clause right after a report,
    #: states what the source expects (*I lavori **dovrebbero** durare pochi giorni*): the
    #: source's words go on (the news conditional of expectation, not of hypothesis)
    expectation_modals: frozenset[str] = frozenset()
    #: adjectives of a stance after a copula before a colon (*X è stato **chiaro**: …*, *X si è
    #: detta **netta**: …*): what follows the colon is the subject's words, in any person
    colon_stance_adjectives: frozenset[str] = frozenset()
    #: closing words of a clause of stance before a colon (*X **non ha dubbi**: …*, *X **non usa
    #: mezzi termini**: …*, *X **taglia corto**: …*): the same
    colon_stance_phrases: frozenset[str] = frozenset()
    #: nouns of a verbless stance frame before a colon besides ``answer_nouns`` (*Netto **il no**
    #: di X: …*, *Questa **la posizione** di X: …*)
    colon_stance_nouns: frozenset[str] = frozenset()
    #: verbs that deliver a statement as their object (*X **ha rilasciato** una dichiarazione ai
    #: cronisti: …*, *X **ha diffuso** una nota: …*): with a noun of words or of a document as
    #: object right before a colon, the words after it are the subject's, in any person
    issuing_verbs: frozenset[str] = frozenset()
    #: verbs by which news comes or is, after *la notizia* before a colon (*La notizia **arriva**
    #: dalla Cina: …*): what follows is an unsigned report
    news_verbs: frozenset[str] = frozenset()
    #: words that open the report of a noun of news or rumour right after it (*la notizia **che**…*,
    #: *le voci **secondo** le quali…*): the subject of a passive of saying up to them is a bare
    #: noun that points at that report
    noun_report_openers: frozenset[str] = frozenset()
    #: words that open a verbless frame before a colon, then its speaker (***Così** il ministro: …*)
    colon_so_words: frozenset[str] = frozenset()
    #: verbs of taking the floor that open a sentence before their subject and a colon (***Parla**
    #: il sindaco: …*, ***È intervenuto** il ministro: …*): the words after the colon are the subject's
    colon_floor_verbs: frozenset[str] = frozenset()
    #: the two words of a sentence that signs the sentence before with a name (***Parola di**
    #: Marco Rossi.*)
    word_of_openers: frozenset[str] = frozenset()
    #: forms the tagger may read in the first or second person that need not be (*sono*, also
    #: the third plural; *ci* and *vi*, also "there" and impersonal *ci si*)
    ambiguous_persons: frozenset[str] = frozenset()
    #: possessives of more than one owner (*loro*): *i loro legali* names no one person's
    plural_possessives: frozenset[str] = frozenset()
    #: titles that cover narrower ones (*magistrato*: *giudice*, *gip*, *pm*…; *artista*:
    #: *cantante*…; *atleta*: *tennista*…): a description by the broader title refers to a person
    #: the article introduced with a narrower one (as a speaker, and in a quotation's content
    #: when the article gave the broader title to no one)
    title_hyponyms: dict[str, frozenset[str]] = field(default_factory=dict)
    #: kinds of people and the titles each kind holds (the church, politics and the state, the
    #: courts, business, sport, the arts, science and medicine, the family; a title may name
    #: several kinds, *presidente*; a title in none, *dottore*, names any kind): a description
    #: by a title of some kinds (*il papa*) is not a person the article gave only titles of
    #: other kinds (*il presidente François Hollande*, *la scrittrice Doris Lessing*)
    title_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    #: prepositions joined to a definite article (*del*, *al*, *nel*…): *nei confronti **del**
    #: presidente del Senato* opens a description as *il* does
    articulated_prepositions: frozenset[str] = frozenset()
    #: names a tagger reads as a person, body or place that the guidelines do not count as
    #: what a quote is about: feasts (*Natale*, *Pasqua*) and deities (*Dio*, *Allah*)
    not_about: frozenset[str] = frozenset()
    #: how the name of an event ends (*Merano **WineFestival***, *Champions **League***, *Davis
    #: **Cup***), also joined to the word before: an event (MISC), not what a quote is about
    event_name_ends: tuple[str, ...] = ()
    #: nouns that open the name of an agreement, a law or an event after which a place or person
    #: only completes that name (*gli accordi di **Parigi***, *il trattato di **Maastricht***,
    #: *il rally **Dakar***, *l'Expo di **Milano***): not what a quote is about
    name_heads: frozenset[str] = frozenset()
    #: words that give another name of what was just named (*nota anche come la **Monna Lisa***,
    #: *soprannominato **Canelo***, *alias **Zorro***), an adverb perhaps inside: that name and
    #: those joined to it by an ``alias_joiners`` word (*o **Gioconda***) name the same again,
    #: not one more thing a quote is about
    alias_words: frozenset[str] = frozenset()
    alias_joiners: frozenset[str] = frozenset()
    #: words of a local time after which a bracket gives the same hour elsewhere (*alle 10:36
    #: **ora locale** (in Italia le 3:36)*): the writer's conversion, no place a quote is about
    local_time_words: frozenset[str] = frozenset()
    #: prepositions that put where a cue's words were spoken or filed (*ha denunciato **presso** i
    #: Carabinieri di X che…*): a name after one between the cue and its content is the setting,
    #: not what the content is about (``a`` and ``in`` also bring the hearer or the topic)
    setting_prepositions: frozenset[str] = frozenset()
    #: singular common nouns of an institution or a kind of organisation that, capitalised alone
    #: after an article (*la Commissione*, *della Banca*, *la Lega*), stand for one the article
    #: names in full (*Commissione parlamentare Antimafia*, *Lega Nord*): not a name of their own
    institution_nouns: frozenset[str] = frozenset()
    #: nouns of an organ inside a body (*il Consiglio d'amministrazione*, *la Giunta*, *il
    #: Comitato esecutivo*): never the organisation a body's noun stands for (*la banca*)
    organ_nouns: frozenset[str] = frozenset()
    #: nouns of a public body of the state never named after a person (*Provincia*, *Senato*,
    #: *Camera*): capitalised after an office title and *di*, the capitalised words after one
    #: that are no place are the title's holder (*il presidente della Provincia **Giulio
    #: Serra***), not part of the body's name (not *Fondazione Giorgio Cini*)
    public_body_nouns: frozenset[str] = frozenset()
    #: common nouns of a state that an office title takes as its domain, besides the
    #: ``institution_nouns`` and ``generic_domains`` (*presidente della **Repubblica***, *Capo
    #: dello **Stato***): capitalised alone after a title, an institution word and no name
    state_nouns: frozenset[str] = frozenset()
    #: auxiliaries after which a participle agrees with its subject (*Anna è arrivata*, *Marco è
    #: stato condannato*), telling the subject's gender; not *avere* (*Anna ha parlato*)
    agreeing_auxiliaries: frozenset[str] = frozenset()
    #: verbs by which a text speaks about itself, impersonal and opening its sentence (*Si
    #: precisa che…*, *Inoltre, si ribadisce che…*, *Si fa presente che…*): the writer's own voice,
    #: no report (with a source it is one: *nel comunicato si precisa che…*)
    metadiscourse_verbs: frozenset[str] = frozenset()
    #: verbs of belief and of recalling: in the first person of the present (*credo che…*,
    #: *riteniamo che…*, *ricordiamo che…*, *tra le sue opere ricordiamo…*) the one who writes or
    #: speaks states his own view or points something out now, no report (*ho creduto*,
    #: *credeva*, *ha ricordato* and the third person stay cues)
    own_view_verbs: frozenset[str] = frozenset()
    #: the bare verbs of speaking: in the first person of the present indicative, said to no one
    #: named (*io dico che…*, *quando parlo di unità…*), the speaker's own act of speaking now
    own_saying_verbs: frozenset[str] = frozenset()
    #: verbs of granting leave: with a clitic of the first person and not in a past (*mi sia
    #: consentito di dire…*, *permettetemi di ricordare…*) the speaker asks leave to say it himself
    leave_verbs: frozenset[str] = frozenset()
    #: the endings of the first person of the present, future and conditional (*credo*,
    #: *riteniamo*, *dirò*, *crederemo*, *direi*, *diremmo*; not the imperfect *credevo*,
    #: *credevamo* nor the past *ritenemmo*): a check on the tagger, which reads those and the
    #: *teme* of *si teme* as a first person of the present too
    first_person_now: re.Pattern = NEVER
    #: verbs of asking that, in the present passive with no agent, state a requirement (*è
    #: richiesto il relativo titolo*, *non è richiesto il periodo minimo*), not a request; with
    #: a thing as subject they mean "to need" (*l'impianto richiede manutenzione*)
    requirement_verbs: frozenset[str] = frozenset()
    #: adverbs that, right after a gerund, make it the consequence of the clause before, a thing
    #: shown or accounted for by it (*…, **rivelando così** un rapporto difficile*, *…, **spiegando
    #: così** i colori dello stemma*): no words
    consequence_adverbs: frozenset[str] = frozenset()
    #: verbs of recalling whose passive with no agent and no clause is memory, not words
    #: recalled (*è ricordato per il suo primo film*, *vengono ricordate le imprese di…*; not
    #: *è stato ricordato dal sindaco*, *viene ricordato che…*)
    memory_verbs: frozenset[str] = frozenset()
    #: the present forms of *essere* that make that stative passive (*è*, *sono*)
    stative_auxiliaries: frozenset[str] = frozenset()
    #: an infinitive's ending and the endings of its present participle (*richiedere* ->
    #: *richiedente, richiedenti*): an adjective or a noun (*gli insegnanti richiedenti
    #: l'assegnazione*, *il certificato attestante…*), never a cue
    present_participles: dict = field(default_factory=dict)
    #: an infinitive's ending and the endings of its present subjunctive, third person, where no
    #: indicative has them (*chiedere* -> *chieda, chiedano*; *parlare* -> *parlino*): a small
    #: tagger reads *chiedano* as an indicative
    present_subjunctives: dict = field(default_factory=dict)
    #: present indicative endings no subjunctive has, by the infinitive's ending (*denuncia*,
    #: *denunciano* of *denunciare*): the tagger's subjunctive on such a form is a slip
    present_indicatives: dict = field(default_factory=dict)
    #: endings of the singular present subjunctive shared with the indicative's second person
    #: (*pronunci*, *approvi* of *-are*): read as a subjunctive only where one is expected (what
    #: an appeal asks after *perché*)
    singular_subjunctives: dict = field(default_factory=dict)
    #: an infinitive's ending and the endings of its future and conditional, first person
    #: (*aggiungere* -> *aggiungerò, aggiungeremo, aggiungerei*; *dire* -> *dirò, direi*), which
    #: no other person or tense has (not the past *dichiarò* of *dichiarare*): a small tagger
    #: reads *dirò* as a third person of the past
    first_person_futures: dict = field(default_factory=dict)
    #: words of no need before an infinitive of saying, directly or through *di* (*non c'è
    #: **bisogno di** dire che…*, ***inutile** ricordare che…*, *è **superfluo** aggiungere che…*):
    #: the writer's rhetorical "needless to say", no one's words reported
    needless_words: frozenset[str] = frozenset()
    #: words of the occasion or the duty of speaking before an infinitive of saying, directly or
    #: through *di* (*sarà il **caso di** ricordare che…*, *si **tratta di** aggiungere che…*, *è
    #: nostro **dovere** ricordare che…*, *ha il **dovere di** avvertire che…*): the writer's own
    #: argument or a duty, no words reported
    occasion_words: frozenset[str] = frozenset()
    #: phrases opening the occasion of an act right after its speech noun, not what the
    #: stance holds (*ha espresso la sua preoccupazione **a margine del** vertice*,
    #: *soddisfazione **al termine della** riunione*, *rammarico **a nome della** giunta*)
    occasion_phrases: tuple[str, ...] = ()
    #: nouns of an occasion of speaking after *in* / *a* (*nel suo **intervento***, *nel
    #: **discorso** di fine anno*), with ``venue_nouns``: where a stance was voiced
    speech_event_nouns: frozenset[str] = frozenset()
    #: words of a reason before an infinitive of thinking or saying through *per* (*non vi è
    #: alcuna **ragione per** ritenere che…*): the writer's argument (not through *di*: *gli
    #: inquirenti hanno **motivo di** ritenere che…* is their belief)
    reason_words: frozenset[str] = frozenset()
    #: words that open reported syntax (*che*, *se*, *di* + infinitive): marks opening with one
    #: right after a verb of saying (*domanda «se ha avuto notizie»*, *dichiararono «di
    #: impegnarsi…»*) hold a fragment of the reported clause (mixed), not a whole utterance
    reported_openers: frozenset[str] = frozenset()
    #: adverbs that make one subordinator or preposition with the opener of ``reported_openers``
    #: after them (*prima che*, *anche se*, *come se*, *invece di*): any other adverb the tagger
    #: reads between a cue and that opener is the cue's (*ha chiesto **infine** se…*, *ha detto
    #: **addirittura** che…*), not the content's first word
    subordinator_adverbs: frozenset[str] = frozenset()
    #: the imperfect tense (*riferiva*, *assicuravano*), which a small tagger often reads as an
    #: adjective
    imperfect: re.Pattern = NEVER
    #: the third person of the simple past (*arrivò*, *partì*, *poté*, *arrivarono*, *stette*),
    #: which the small tagger often reads as a present: the writer's narration in a relative
    simple_past: re.Pattern = NEVER
    #: endings of the imperfect subjunctive (*impegnasse*, *offrissero*, *fosse*): a verb of
    #: commitment in it is a pledge wished or asked for, not stated
    past_subjunctive: re.Pattern = NEVER
    #: endings only a finite verb has (*accusò*, *esordì*, *lamentano*), whatever the tagger says
    finite_only: re.Pattern = NEVER

    def forms(self, preposition: str) -> frozenset[str]:
        """A preposition with its contracted forms (*di* -> *del, della, dell'…*)."""
        return self.contracted.get(preposition, frozenset({preposition}))


@lru_cache(maxsize=8)
def grammar(lang: str) -> Grammar:
    """The grammar of ``lang`` (cached); an empty one when the kit ships none."""
    path = files("kit.lang").joinpath(lang, "grammar.json")
    if not path.is_file():
        return Grammar(lang)
    data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=unique_keys)
    values: dict = {"lang": lang}
    for f in fields(Grammar):
        if f.name == "lang":
            continue
        kind = str(f.type)  # (the annotation says how a field is read: no list of names to keep)
        if kind == "dict[str, frozenset[str]]":
            values[f.name] = {k: frozenset(v) for k, v in data.get(f.name, {}).items()}
        elif kind.startswith("dict"):
            values[f.name] = dict(data.get(f.name, {}))
        elif kind.startswith("tuple"):
            values[f.name] = tuple(data.get(f.name, ()))
        elif kind == "str":
            values[f.name] = data.get(f.name, f.default)
        elif kind == "re.Pattern":  # (written "<name>_suffix" in the file)
            pattern = data.get(f"{f.name}_suffix")
            values[f.name] = re.compile(pattern) if pattern else NEVER
        else:
            values[f.name] = frozenset(data.get(f.name, ()))
    return Grammar(**values)
