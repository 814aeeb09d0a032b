"""Source markers: *secondo X*, *a detta di X*, *stando a X*, *per X* (in X's opinion), *X, secondo
cui…*, with the noun phrase of the source and where the clause around them starts."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..rules import normalize
from ..quotemarks import QUOTE_CHARS
from .base import SPEAKER_LABELS, FinderBase, marker_at, norm_word

#: *lo stesso schema*: the head is the noun after *stesso*
class SourceRules(FinderBase):
    """Finding source markers and the noun phrase of their source."""

    def source_cue(self, doc: Doc, i: int, sent: Span):
        """``secondo X, …`` / ``secondo X …`` / ``a detta di X`` / ``stando a X`` / ``per X, …``.

        The source X is a noun phrase (:meth:`source_np_end`): a name, an organisation, a
        description (*il governatore*, *il ministro dell'Economia*, *fonti della Procura*), with
        an apposition (*il ministro, Marco Bianchi,*). The content is the clause after it (with
        or without a comma), or, for a marker closing its sentence (*…, secondo l'Istat.*), the
        clause before it. ``per X`` counts only when it means "in X's opinion": at the start
        of a clause, a person, an organisation or a description (not a place: *per Parigi
        sedeva…*) and a comma (*Per Legambiente, …*). It opens only at the first word of a
        marker (:meth:`~.cues.CueRules.find_cues` tries it nowhere else).
        """
        for words in self.markers_at(doc[i]):
            mend = i + len(words) if marker_at(doc, i, words, self.g) else self._dated_marker_end(doc, i, words, sent)
            if mend is None:
                continue
            if self.closing_question(doc, i, sent):
                return None  # "Secondo lei, la crisi è finita?", "Quali sono a suo giudizio le cause?": asked
            j = mend
            if words[-1] == "quanto":
                if not self._reported_quanto(doc, j, sent.end):
                    continue  # "a quanto pare", "da quanto tempo": no report
                j -= 1  # "da quanto si è appreso (da X)": the source phrase as after "secondo"
            own = next((k for k, word in enumerate(words) if word in self.g.possessives), None)
            if own is not None:
                # "a suo dire", "a detta loro", "a suo avviso": the source is whom the possessive
                # refers to (the speaker rules resolve it); the marker itself is its phrase
                return (i, j, "source", f"source:{' '.join(words)}", (i + own, j))
            if j >= sent.end:
                return None
            first = doc[j]
            relative = self.relative_source(doc, i, j, sent) if words[0] == "secondo" else \
                self._opinion_relative(doc, i, j, sent) if words == ["per"] else None
            if relative is not None:
                return (i, mend, "source", f"source:{' '.join(words)}", relative)
            if j + 1 < sent.end and norm_word(first) in self.g.definite and norm_word(doc[j + 1]) in self.g.relative_words:
                # "…, voluto dal papa e secondo il quale…": a relative pronoun whose antecedent
                # relative_source did not take (a rule, a thing, one too far back) is no source
                return None
            starts_clause = i == sent.start or norm_word(doc[i - 1]) in self.g.clause_openers \
                or words != ["per"] and self._after_opening_time(doc, i, sent)  # (not "Sabato per i tifosi è festa")
            paired = not starts_clause and self._paired_marker(doc, i, words, sent)
            starts_clause = starts_clause or paired
            between = words != ["per"] and not starts_clause and self._subject_before_marker(doc, i, sent) is not None
            if i > sent.start and norm_word(doc[i - 1]) in self.g.articles:
                return None  # "il secondo posto"
            if len(words) == 1 and doc[i].whitespace_ == "" and i + 1 < len(doc) and doc[i + 1].is_alpha:
                return None
            if words[0] in ("secondo", "per"):
                bare_report = words[0] == "secondo" and norm_word(first) in self.g.report_nouns  # "secondo indiscrezioni"
                if not (norm_word(first) in self.g.articles | self.g.source_pronouns | {"quanto", "fonti", "gli", "le"}
                        or self._whole_group(doc, j, sent.end)
                        or norm_word(first) in self.g.person_demonstratives and not self._determines_noun(doc, j, sent.end)
                        or self.marked_name_end(doc, j, sent.end) is not None
                        or first.is_title or first.text[:1].isupper() and first.is_alpha  # "TuttoSport"
                        or norm_word(first).endswith("'") or bare_report):
                    return None
            np_end = self.source_np_end(doc, j, sent.end)
            if np_end <= j:
                return None
            if words[-1] in self.g.forms("da"):
                np_end = self.coordinated_agents_end(doc, np_end, sent.end)  # "come riportato da A e da B"
            elif words[-1] in self.g.forms("di"):
                np_end = self.coordinated_agents_end(doc, np_end, sent.end, preposition="di")  # "a giudizio di A e di B"
            after = doc[np_end].text if np_end < sent.end else ""
            if paired and after == ",":
                return None  # "Se per i cittadini la tassa aumenta, per le imprese…": no clause after the phrase
            closes = self.closes_sentence(doc, np_end, sent.end)
            if words == ["per"]:
                # "Per Legambiente, …", "Per il fondatore del M5S Beppe Grillo è solo l'inizio"
                whole = self.g.both_words | self.g.all_words if self._whole_group(doc, j, np_end) else frozenset()
                head_token = self._np_head_token(doc, j, np_end, skip=whole)
                head = norm_word(head_token) if head_token is not None else ""
                described = head in self.speaking_nouns
                grouped = head in self.g.group_speakers and \
                    not any(e.label_ == "LOC" for e in self.context(doc).ents_in_tokens(j, np_end))
                pronoun = np_end == j + 1 and norm_word(first) in self.g.person_pronouns  # "per lui è importante…"
                if i > sent.start and norm_word(doc[i - 1]) in self.g.and_conjunctions:
                    return None  # "un regalo per lui e per la moglie": a beneficiary, not an opinion
                if self._per_looks_back(doc, np_end, sent.end, closes):
                    return None  # "…, per la ricerca del relitto.": a purpose, not an opinion
                if self._np_goes_on(doc, np_end, sent.end):
                    return None  # "per i docenti delle scuole di II grado il cui servizio…": a beneficiary
                if self._adverb_inside_clause(doc, i, sent):
                    return None  # "di pagare le spese anche per i feriti, vittime…": a beneficiary
                if not (starts_clause and np_end - j <= 10
                        and (after == "," or described or pronoun or self._judging_clause(doc, j, np_end, sent.end)
                             or self._contrasts_source(doc, i, j, np_end, sent))
                        and (grouped or pronoun or self.np_has_speaker(doc, j, np_end, strict=True, places=False))):
                    return None
                noun = next((t for t in doc[j:np_end] if t.is_alpha and norm_word(t) not in self.g.articles | whole), None)
                if not (described or grouped or pronoun) and noun is not None and noun.is_lower:
                    # "Per il centenario del naufragio del Titanic, …", "Per il 100º anniversario
                    # del Titanic, …": a lower-case head that speaks for no one
                    return None
            elif not (starts_clause or closes or between and self._verb_follows(doc, np_end, sent.end)) \
                    or self._writers_possessive(doc, j, np_end):
                return None
            elif closes and self._manner_adjunct(doc, i, words) and not self._speaking_head(doc, j, np_end):
                return None
            elif (words[0] in ("secondo", "stando") or words[-1] == "quanto") and self._by_rule(doc, j, np_end):
                return None  # "secondo le regole", "secondo quanto stabilito dalla legge": no source
            if self._whole_group(doc, j, np_end):
                j += 1  # "per entrambi i sindacati": the speaker is the group after the article
            return (i, mend, "source", f"source:{' '.join(words)}", (j, np_end))
        return None

    def _dated_marker_end(self, doc: Doc, i: int, words: list[str], sent: Span) -> int | None:
        """End of a *come* + participle + *da* marker with words of time or adverbs before its *da*
        (*come riportato **ieri** dal Sole 24 Ore*, *come confermato **anche** dalla polizia*:
        :meth:`_time_after_verb`, as after a *quanto* source); else None."""
        n = len(words)
        if words[0] != "come" or n < 3 or words[-1] != "da" or not marker_at(doc, i, words[:-1], self.g):
            return None
        k = self._time_after_verb(doc, i + n - 1, sent.end)
        if k == i + n - 1 or k >= sent.end or norm_word(doc[k]) not in self.g.forms("da"):
            return None
        return k + 1

    def report_source_cue(self, doc: Doc, i: int, sent: Span):
        """A report named as the source at the start of a clause (*Dalle prime notizie, i feriti
        sarebbero dieci*, *In base alle stime della Regione, …*, *Dai primi accertamenti dei
        carabinieri, …*): a preposition of ``report_source_prepositions`` (contracted or not),
        at most two adjectives (or two joined by *e*: *Dalle poche e confuse dichiarazioni del
        testimone, …*), a noun of ``report_nouns`` or ``speech_nouns`` (*Dal racconto
        della vicina, …*), its own phrase (:meth:`source_np_end`, a participle and its *da*-agent
        too: *Dalle stime fornite dalla Regione*) and a comma; the clause after the comma is the
        content, as after *secondo*. Not a time, a place or a rule (*Dalle prime ore del mattino,
        …*, *In base alla legge, …*): no report noun heads them. Nor a finding (*Dalle indagini,
        è risultato che…*: an ``emerging_verbs`` verb + *che* after the comma takes the phrase)."""
        if not (i == sent.start or norm_word(doc[i - 1]) in self.g.clause_openers):
            return None
        for phrase in self.g.report_source_prepositions:
            words = phrase.split()
            if i + len(words) >= sent.end or any(norm_word(doc[i + k]) != w for k, w in enumerate(words[:-1])) \
                    or norm_word(doc[i + len(words) - 1]) not in self.g.forms(words[-1]):
                continue
            j = i + len(words)
            k = j + 1 if norm_word(doc[j]) in self.g.articles else j
            if k + 3 < sent.end and doc[k].pos_ in ("ADJ", "DET") and norm_word(doc[k + 1]) in self.g.and_conjunctions \
                    and doc[k + 2].pos_ == "ADJ" and norm_word(doc[k + 3]) in self.report_source_nouns:
                k += 3  # "Dalle poche e confuse dichiarazioni del testimone, …": two adjectives joined by e
            while k < min(j + 3, sent.end) and doc[k].pos_ == "ADJ" and norm_word(doc[k]) not in self.report_source_nouns:
                k += 1
            if k >= sent.end or norm_word(doc[k]) not in self.report_source_nouns:
                return None
            np_end = self.source_np_end(doc, j, sent.end)
            if k < np_end < sent.end and doc[np_end].is_lower and self.g.participle.search(norm_word(doc[np_end])):
                np_end += 1  # "Dalle prime notizie diffuse, …", "Dalle stime fornite dalla Regione, …"
                if np_end + 1 < sent.end and norm_word(doc[np_end]) in self.g.forms("da"):
                    np_end = self.source_np_end(doc, np_end + 1, sent.end)
            if np_end <= k or np_end + 1 >= sent.end or doc[np_end].text != ",":
                return None
            clause = np_end + 1
            if i == sent.start and norm_word(doc[clause]) in self.g.relatives:
                # a relative on the source at the head of the sentence is the source's own (*Dalle
                # dichiarazioni del testimone, che non parla italiano, i ladri sarebbero tre*): the
                # clause after its closing comma is what is reported
                clause = next((m + 1 for m in range(clause, sent.end - 1) if doc[m].text == ","), sent.end)
            if clause >= sent.end or norm_word(doc[clause]) in self.g.subordinators:
                return None  # (not "Si è saputo, da fonti vicine al governo, che…": the verb's agent)
            for m in range(clause, sent.end):
                if doc[m].is_punct or norm_word(doc[m]) in self.g.subordinators:
                    break
                after = self.skip_adverbs(doc, m + 1, sent.end)
                if self.lemmas(doc[m]) & self.g.emerging_verbs and after < sent.end and norm_word(doc[after]) == "che":
                    return None  # "Dalle indagini, è risultato che…": the verb's own phrase, a finding
            return (i, j, "source", f"source:{phrase}", (j, np_end))
        return None

    def _verb_follows(self, doc: Doc, np_end: int, end: int) -> bool:
        """A finite verb (past clitics, negations and adverbs) right after the source's noun
        phrase: *Le due leggi **a giudizio di molti osservatori sono** dirette a…*, a marker
        between the subject of its clause and the verb."""
        k = np_end
        while k < end and self.verb_particle(doc[k]):
            k += 1
        return k < end and self.is_finite(doc[k])

    def _after_opening_time(self, doc: Doc, i: int, sent: Span) -> bool:
        """Only a time opens the sentence before the marker at ``i``: time words (``time_words``,
        ``news_days``), numbers, adverbs, a date in brackets (*Ieri sera secondo fonti della
        polizia…*, *Oggi (3 maggio) secondo il sindaco…*): the marker still opens the clause."""
        before = doc[sent.start:i]
        return any(self.time_word(t) for t in before) and all(
            self.time_word(t) or t.like_num or t.text in ("(", ")") or t.pos_ == "ADV" for t in before)

    def _paired_marker(self, doc: Doc, i: int, words: list[str], sent: Span) -> bool:
        """The marker at ``i`` follows a conditional that opens its clause (``paired_conditionals``)
        and the same marker comes again after a comma later in the sentence: *Se **per** X la
        riforma è un passo avanti, per Y…*, *Se **secondo** X…, secondo Y…*: two opinions side
        by side, the first marker opening its clause as the second does."""
        k = i - 1
        if k < sent.start or norm_word(doc[k]) not in self.g.paired_conditionals \
                or k > sent.start and norm_word(doc[k - 1]) not in self.g.clause_openers:
            return False
        n = len(words)
        return any(doc[m - 1].text == "," and [norm_word(t) for t in doc[m:m + n]] == words
                   for m in range(i + n + 1, sent.end - n))

    def _whole_group(self, doc: Doc, j: int, end: int) -> bool:
        """The source's noun phrase at ``j`` opens with a word for a whole group (``both_words``,
        ``all_words``) right before its definite article: *per entrambi i sindacati, …*, *per
        tutte le associazioni, …*; its head is the noun after the article."""
        return j + 2 < end and norm_word(doc[j]) in self.g.both_words | self.g.all_words \
            and norm_word(doc[j + 1]) in self.g.definite

    def _contrasts_source(self, doc: Doc, i: int, j: int, np_end: int, sent: Span) -> bool:
        """*per X* right after a word of contrast (``contrast_openers``) in a sentence opened by
        *secondo*: the second of two opinions set side by side (*Secondo Marco Rossi il piano è
        pronto, **mentre per** Luca Verdi mancano i fondi*), "in X's opinion" with no comma. Both
        sources are names (not *Secondo la tradizione…, mentre per i turisti mancano i posti*)."""
        if not (i - 1 > sent.start and norm_word(doc[i - 1]) in self.g.contrast_openers
                and norm_word(doc[sent.start]) == "secondo"):
            return False
        named = lambda a, b: any(t.ent_type_ in ("PER", "ORG") for t in doc[a:b])
        return named(j, np_end) and named(sent.start + 1, min(sent.start + 6, i))

    def _judging_clause(self, doc: Doc, j: int, np_end: int, end: int) -> bool:
        """After *per* + a name with no comma, a clause that judges: a definite subject and a
        copula with no participle after it (*Per Anna Bruni **la riforma è un errore***, *Per
        Legambiente **il piano è inutile***); not *Per Marco Rossi il premio è arrivato tardi*
        (what happened to someone) nor *Per Marco Rossi è stata una giornata difficile*."""
        if np_end + 2 >= end:
            return False
        if not all(t.ent_type_ in ("PER", "ORG") for t in doc[j:np_end]
                   if norm_word(t) not in self.g.articles | self.g.and_conjunctions and t.text != ","):
            return False  # (names only, maybe joined: "Per Cgil e Uil si tratta di…")
        if norm_word(doc[np_end]) in self.g.reflexive_clitics and self.lemmas(doc[np_end + 1]) & self.g.judging_impersonals \
                and norm_word(doc[np_end + 2]) == "di":
            # "Per Legambiente si tratta di un errore", "Per Marco Rossi si tratta di «…»"; not
            # "Per Marco Rossi si tratta del terzo titolo": a definite count, what happened to him
            return True
        if norm_word(doc[np_end]) not in self.g.definite:
            return False
        for k in range(np_end + 1, min(np_end + 5, end - 1)):
            if doc[k].is_punct or self.is_finite(doc[k]) and norm_word(doc[k]) not in self.g.copulas:
                return False
            if norm_word(doc[k]) in self.g.copulas:
                nxt = doc[k + 1]
                return not (nxt.pos_ in ("VERB", "AUX") or "Part" in nxt.morph.get("VerbForm"))
        return False

    def _writers_possessive(self, doc: Doc, j: int, np_end: int) -> bool:
        """The source phrase belongs to the writer or to whom the text addresses (*secondo **il
        nostro** parere*, *secondo **la mia** esperienza*, *secondo le **vostre** stime*): the
        text's own voice, no one else's report."""
        return any(norm_word(t) in self.g.own_voice_possessives for t in doc[j:min(j + 3, np_end)])

    def _speaking_head(self, doc: Doc, j: int, np_end: int) -> bool:
        """The source phrase is headed by someone who speaks: a person or an organisation named
        (*Legambiente*, *il ministro Luca Verdi*) or a noun of ``speaking_nouns`` (*i tecnici*):
        *Il ponte è sicuro secondo i tecnici.* reports them even without a comma, also past an
        indefinite (*secondo alcuni esperti*, *secondo vari giornali*)."""
        head = self._np_head_token(doc, j, np_end, skip=self.g.indefinites)
        if head is None:
            return False
        if norm_word(head) in self.speaking_nouns:
            return True
        return head.ent_type_ in ("PER", "ORG") and head.is_title

    def _manner_adjunct(self, doc: Doc, i: int, words: list[str]) -> bool:
        """*secondo X* closing its sentence straight after a word, with no comma or bracket
        before it (*Ogni tipo è indicato da una lettera **secondo la classificazione del
        ministero**.*): "in accordance with", a manner of the verb before. A source that ends
        the sentence is set off (*…, secondo l'Istat.*, *(secondo la polizia)*)."""
        return words[0] == "secondo" and i > 0 and doc[i - 1].is_alpha and norm_word(doc[i - 1]) not in self.g.clause_openers

    def _reported_quanto(self, doc: Doc, j: int, end: int) -> bool:
        """After a marker ending in *quanto* (*da quanto*, *a quanto*), a verb of saying or
        learning, past an impersonal *si*, auxiliaries and adverbs: *da quanto **si è appreso***,
        *a quanto **riferito** dalla polizia*, *da quanto è stato **dichiarato***; not *a quanto
        pare* (a hedge) nor *da quanto tempo*."""
        k = j
        while k < end and (norm_word(doc[k]) in self.g.impersonal_pronouns | self.g.cue_adverbs
                           or self.lemmas(doc[k]) & self.g.auxiliaries and doc[k].is_alpha
                           or norm_word(doc[k]) in self.g.auxiliary_participles):
            k += 1
        if k >= end:
            return False
        lemmas = self.lemmas(doc[k])
        return bool(lemmas & (self.single_verbs | self.g.impersonal_che_verbs))

    def _per_looks_back(self, doc: Doc, np_end: int, sent_end: int, closes: bool) -> bool:
        """*per X* whose content would be the clause before it: closing its sentence (*…una
        tecnologia costosa, **per la ricerca del relitto**.*) or with a relative after it
        (*segno più **per Banca Intesa**, che guadagna il 5%*). "In X's opinion" opens the
        clause it qualifies (*Per Legambiente, il piano…*); at the end it is a purpose or a
        beneficiary."""
        return closes or np_end + 1 < sent_end and doc[np_end].text == "," and norm_word(doc[np_end + 1]) == "che"

    def _adverb_inside_clause(self, doc: Doc, i: int, sent: Span) -> bool:
        """*per* at token ``i`` after an adverb of ``clause_openers`` (*anche*, *proprio*,
        *sempre*…) that itself follows a word of the clause, not its start (*di pagare le spese
        **anche per** i feriti, vittime…*): the adverb qualifies the phrase of the clause going
        on, a beneficiary or a purpose; "in X's opinion" opens a clause (*Anche per Rossi, …*,
        *…, e proprio per il sindaco, …*, *che anche per il governo…*)."""
        if i - 1 <= sent.start or doc[i - 1].pos_ != "ADV" or norm_word(doc[i - 1]) not in self.g.clause_openers:
            return False
        before = doc[i - 2]
        return before.is_alpha and norm_word(before) not in self.g.clause_openers

    def _np_goes_on(self, doc: Doc, np_end: int, sent_end: int) -> bool:
        """The noun phrase after *per* goes on past where the source phrase stops, with no comma:
        a preposition (*per i docenti delle scuole **di** II grado*) or a restrictive relative
        (*per gli insegnanti di musica **il cui** diploma…*, *per i medici **che** lavorano…*):
        whom something is for. "In X's opinion" is followed by its clause (*Per il regista si
        tratta di…*)."""
        if np_end >= sent_end:
            return False
        word = norm_word(doc[np_end])
        if word in self.g.prepositions or word == "che" or word in self.g.relative_words:
            return True
        return word in self.g.articles and np_end + 1 < sent_end and norm_word(doc[np_end + 1]) in self.g.relative_words

    def _by_rule(self, doc: Doc, j: int, np_end: int) -> bool:
        """*secondo* + a rule, an order, a rank or a standard (``not_sources``: *secondo le regole*,
        *secondo posto*, *secondo il diritto internazionale*, *secondo una formula che…*, *secondo
        le sue competenze*), also as the agent of *quanto* + participle
        (*secondo quanto stabilito dalla legge Severino*): "in accordance with", not a source."""
        # (a possessive before the noun skipped as the article is: *secondo le sue competenze*;
        # an adjective before it too: *secondo la comune aspirazione*, *secondo le antiche usanze*)
        skip = self.g.sameness_words | self.g.possessives
        if self._np_head(doc, j, np_end, skip) in self.not_sources \
                or self._np_head(doc, j, np_end, skip, nominal=True) in self.not_sources \
                or self._lays_down(doc, j, np_end):
            return True
        start, end = self.source_speaker(doc, j, np_end)
        return start > j and self._names_a_rule(doc, start, end)

    def _names_a_rule(self, doc: Doc, start: int, end: int) -> bool:
        """The noun after *quanto* + participle names a rule or a part of one (``not_sources``),
        past prepositions and adjectives: *(secondo quanto stabilito) dalla **legge**
        Severino*, *nel successivo **art.** 108* (read through its lemma, *articolo*; a phrase
        of function words and adjectives only has its noun right after it)."""
        skip = self.g.articles | self.g.prepositions | self.g.sameness_words
        head = next((t for t in doc[start:min(end + 1, len(doc))] if norm_word(t) not in skip and t.pos_ != "ADJ"), None)
        return head is not None and (norm_word(head) in self.not_sources or head.lemma_.lower() in self.not_sources)

    def _lays_down(self, doc: Doc, j: int, np_end: int) -> bool:
        """*quanto* + a participle of a rule (``norm_participles``: *secondo quanto **previsto**
        dalle disposizioni*, *secondo quanto **stabilito** al precedente articolo*): what a text
        lays down. Not when a person or a body says it (*secondo quanto stabilito dal
        giudice*): the agent after *da* holds a speaker."""
        k = j + 1
        stop = max(np_end, min(j + 4, len(doc)))  # ("…, secondo quanto previsto.": the phrase may stop at quanto)
        if not (k < stop and norm_word(doc[j]) == "quanto"):
            return False
        while k < stop and (self.lemmas(doc[k]) & self.g.auxiliaries or norm_word(doc[k]) in self.g.cue_adverbs):
            k += 1
        if k >= stop or norm_word(doc[k]) not in self.g.norm_participles:
            return False
        start, end = self.source_speaker(doc, j, np_end)
        return not (start > k and self.speaker_phrase(doc, start, end))

    def closes_sentence(self, doc: Doc, np_end: int, sent_end: int) -> bool:
        """The source noun phrase ending at ``np_end`` closes its sentence or bracket (*…, secondo
        l'Istat.*), or only a short setting follows it (*…, secondo quanto affermato dalla
        compagnia nel suo sito ufficiale.*): what it reports is the clause before it."""
        if np_end >= sent_end - 1 or doc[np_end].text in (")", ";"):
            return True
        rest = doc[np_end:sent_end - 1]
        return norm_word(doc[np_end]) in self.g.setting_openers and len(rest) <= 12 and not any(
            t.text == "," or self.is_verbish(t) for t in rest)

    def other_version(self, doc: Doc, np_start: int, np_end: int, sent_end: int) -> bool:
        """The source phrase at ``np_start``..``np_end`` is the other part of a group
        (``other_groups``: *altri*, *altri commentatori*) and words follow it in its sentence
        (*fu costruito nel 1520, secondo altri nel 1540*; *…, secondo altri in seguito a una
        lite*): what follows is that part's own version, short as it may be, not a setting of
        a marker that closes the clause before (which the first part vouches for)."""
        return norm_word(doc[np_start]) in self.g.other_groups and np_end < sent_end - 1 \
            and doc[np_end].text not in (")", ";", ",") and not doc[np_end].is_punct

    def relative_source(self, doc: Doc, i: int, j: int, sent: Span) -> tuple[int, int] | None:
        """*…, secondo cui* / *…, secondo il quale*: the relative pronoun (token range) whose
        antecedent, the name before the comma, is the source; None for anything else. The
        comma may be missing after a noun of speech, claims, reports or documents, alone or
        with its author (:meth:`_reported_antecedent`); a rule before the comma (``not_sources``:
        *il decreto, secondo cui…*) lays down, no one says."""
        if i <= sent.start or j >= sent.end:
            return None
        if doc[i - 1].text != "," and not self._reported_antecedent(doc, i, sent):
            return None
        if doc[i - 1].text == "," and i - 2 >= sent.start and norm_word(doc[i - 2]) in self.not_sources:
            return None  # "Il decreto, secondo cui i negozi devono chiudere…": what a rule lays down
        if norm_word(doc[j]) == "cui":
            return j, j + 1
        if j + 1 < sent.end and norm_word(doc[j]) in self.g.definite and norm_word(doc[j + 1]) in ("quale", "quali"):
            return j, j + 2
        return None

    def _reported_antecedent(self, doc: Doc, i: int, sent: Span) -> bool:
        """The words right before *secondo* (no comma) are a noun of speech, claims, reports or
        documents, alone or with its author after *di*: *le indiscrezioni secondo cui…*, *la
        notizia secondo cui…*, *uno studio secondo il quale…*, *la tesi di Marco Rossi secondo
        cui…*, *le parole del ministro secondo cui…*; not *un accordo secondo il quale* (terms,
        not words) nor *il secondo cui…*."""
        nouns = self.reported_nouns
        k = i - 1
        if norm_word(doc[k]) in nouns:
            return True
        for m in range(k, max(sent.start, i - 8), -1):
            if doc[m].is_punct or self.is_finite(doc[m]):
                return False
            if norm_word(doc[m]) in self.g.forms("di") and m - 1 >= sent.start:
                return norm_word(doc[m - 1]) in nouns  # "la tesi di Marco Rossi", "le parole del ministro"
        return False

    def bare_reported_antecedent(self, doc: Doc, i: int) -> bool:
        """The word right before *secondo* (token ``i``) is itself a noun of reports, claims or
        documents, with no comma and no author after it: *le indiscrezioni secondo cui…*."""
        return norm_word(doc[i - 1]) in self.reported_nouns

    def _opinion_relative(self, doc: Doc, i: int, j: int, sent: Span) -> tuple[int, int] | None:
        """*Anna Bruni, per la quale la riforma è un errore, …*: *per il quale* (not *per cui*,
        "therefore") after a comma and a person or an organisation, an opinion like *secondo
        il quale*; only after a person, not *il progetto, per il quale sono stati stanziati…*
        nor *la Banca d'Italia, per la quale è prevista…* (a purpose, a beneficiary)."""
        if i < sent.start + 2 or doc[i - 1].text != "," or norm_word(doc[j]) == "cui":
            return None
        if doc[i - 2].ent_type_ != "PER":
            return None  # (not "la Banca d'Italia, per la quale è prevista…": a beneficiary)
        return self.relative_source(doc, i, j, sent)

    def _time_after_verb(self, doc: Doc, k: int, limit: int) -> int:
        """Past the words of time, the adverbs and the one told right after the verb of a
        *quanto* source (*secondo quanto ha dichiarato **ieri sera** il premier*, *quanto
        riferito **oggi** dalla polizia*, *quanto ha detto **ai giornalisti** il sindaco*): when
        it was said and to whom, not who said it."""
        while k < limit and doc[k].is_alpha and doc[k].is_lower:
            if self.time_word(doc[k]) or norm_word(doc[k]) in self.g.cue_adverbs:
                k += 1
            elif k + 1 < limit and self._addressee_start(doc, k - 1, k + 2) == k:
                k += 2
            else:
                break
        return k

    def source_speaker(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """The part of a source phrase that names the speaker: all of it, but in *quanto
        (ha) riferito (da) X* / *quanto riferiscono testimoni* only the words after the verb,
        and in *il racconto dei media*, *le parole del ministro*, *una nota della Regione* the
        words after *di*; never a participle between commas that describes it (*lo studio,
        pubblicato su Addiction,*)."""
        end = next((c for c in range(start + 1, end) if doc[c].text == ","
                    and self._participial_apposition(doc, start, c, len(doc)) == end), end)
        issuer = self._document_issuer(doc, start, end)
        if issuer is not None and (issuer[0] < end or norm_word(doc[start]) in self.g.forms("in")):
            # ("secondo una nota della Regione", "secondo l'ultimo rapporto di Legambiente"; "come si
            # legge nella nota, …": no one)
            return issuer
        if norm_word(doc[start]) != "quanto":
            return start, end
        k = start + 1
        while k < end and (self.lemmas(doc[k]) & self.g.auxiliaries or norm_word(doc[k]) in self.g.cue_adverbs
                           or norm_word(doc[k]) in self.g.impersonal_pronouns):
            k += 1
        if k < end and self.is_verbish(doc[k]) and not doc[k].is_title:
            k += 1  # the verb
        k = self._time_after_verb(doc, k, end)
        if k < end and norm_word(doc[k]) in self.g.forms("in"):
            # "quanto si legge nella nota (della Regione)", "quanto riportato in un comunicato":
            # the document speaks for its issuer, and an unsigned one for no one
            issuer = self._document_issuer(doc, k + 1, end)
            if issuer is not None:
                return issuer
        if k < end and norm_word(doc[k]) in self.g.forms("da"):
            k += 1
        return (k, self._addressee_start(doc, k, end)) if k < end else (start, end)

    def _addressee_start(self, doc: Doc, k: int, end: int) -> int:
        """Where the one told begins after the subject of a *quanto* source (*quanto ha detto il
        sindaco **ai giornalisti***, *quanto hanno spiegato i medici **ai familiari***, *quanto
        ha dichiarato X **ai microfoni** del Tg1*): *a* + a lower-case noun of people, of a group
        or of a venue; ``end`` when none (*l'assessore al Turismo*: a title's field)."""
        told = self.g.group_speakers | self.g.person_nouns | self.g.kin_nouns | self.g.venue_nouns
        for m in range(k + 1, end - 1):
            if norm_word(doc[m]) in self.g.forms("a") and doc[m + 1].is_lower and self.word_forms(doc[m + 1]) & told:
                return m
        return end

    def _document_issuer(self, doc: Doc, start: int, end: int, signs: bool = False) -> tuple[int, int] | None:
        """A phrase from ``start`` that opens with a document or speech noun (an article and
        one adjective, or two joined by *e*, may come before it, one adjective after it): the words of its issuer, after *di* or a
        participle and *da* (*una nota **della Regione***, *l'ultimo rapporto **di
        Legambiente***, *un comunicato diramato **dalla Questura***, but not *le testimonianze
        raccolte dalla polizia*: the police collected them), or an empty range at
        ``end`` when it names none (*nella nota*: no one); ``None`` for any other phrase. With
        ``signs``, a sign opens one too (``saying_words``: *un cartello **dei contestatori***)."""
        k = start + 1 if start < end and norm_word(doc[start]) in self.g.forms("in") else start  # "nella nota"
        k = k + 1 if k < end and norm_word(doc[k]) in self.g.articles else k
        # ("le accuse della Procura"; an opinion speaks for its holder: "secondo il parere del
        # ministro", "afferma la tesi difensiva": no one)
        nouns = self.g.speech_nouns | self.g.document_nouns | self.g.charge_nouns | self.g.opinion_nouns
        nouns = nouns | self.g.saying_words if signs else nouns
        if k + 1 < end and doc[k].pos_ == "ADJ" and norm_word(doc[k + 1]) in nouns:
            k += 1  # "l'ultimo rapporto"
        elif k + 3 < end and doc[k].pos_ in ("ADJ", "DET") and norm_word(doc[k + 1]) in self.g.and_conjunctions \
                and doc[k + 2].pos_ == "ADJ" and norm_word(doc[k + 3]) in nouns:
            k += 3  # "le poche e confuse dichiarazioni"
        if k >= end or norm_word(doc[k]) not in nouns:
            return None
        document = norm_word(doc[k]) in self.g.document_nouns
        k += 1
        if k < end and doc[k].pos_ == "ADJ" and not self.is_verbish(doc[k]):
            k += 1  # "la nota ufficiale"
        if k + 1 < end and self.is_verbish(doc[k]) and (document or self.lemmas(doc[k]) & self.g.statement_giving_verbs):
            # "un comunicato diramato dalla Questura", "le dichiarazioni rilasciate (alla stampa)
            # da X": who gave them (not "le testimonianze raccolte dalla polizia"); the addressee
            # after *a* comes before the giver (*fornite alla polizia da X*)
            m = k + 1
            if norm_word(doc[m]) in self.g.forms("a"):
                m = next((x for x in range(m + 1, min(m + 6, end)) if norm_word(doc[x]) in self.g.forms("da")), m)
            k = m if norm_word(doc[m]) in self.g.forms("da") else k
        if k < end and norm_word(doc[k]) in self.g.forms("di") | self.g.forms("da"):
            # (not "di ieri sera" after the issuer: "nella nota del Comune di ieri sera" is the Comune's)
            return k + 1, next((m for m in range(k + 2, end - 1) if norm_word(doc[m]) in self.g.forms("di")
                                and norm_word(doc[m + 1]) in self.g.time_words | self.g.cue_adverbs), end)
        return (end, end) if k >= end else None

    def names_no_one(self, doc: Doc, cue) -> bool:
        """A source cue whose source is a report or an indefinite group (*secondo le
        ricostruzioni*, *secondo indiscrezioni*, *secondo alcuni analisti*): no one speaks. Not
        *secondo il tabloid* or a name the NER missed (*secondo Contribuenti.it*), which a reader
        still resolves; nor a passive without an agent (keeping those null lost 2 speakers on
        the tune part) — except a charge (*è accusato di corruzione*, *accusato di crimini di
        guerra*): its accuser is not named; nor one of appeal (``a_infinitive_verbs``: *è stato
        invitato a dimettersi*), whose subject is who was urged, not who urged."""
        if cue.passive and cue.lemma in self.g.charge_verbs | self.g.a_infinitive_verbs and cue.speaker_np is None \
                or cue.rule.startswith("nominal:"):
            return True
        if not cue.rule.startswith("source") or cue.speaker_np is None:
            return False
        if self.relative_source(doc, cue.start, cue.end, self.context(doc).sent(cue.start)) is not None:
            # "le indiscrezioni secondo cui…", "uno studio secondo il quale…": a report with no
            # author named before it (not "la tesi di Marco Rossi secondo cui…", "Rossi, secondo cui…")
            return cue.start > 0 and self.bare_reported_antecedent(doc, cue.start)
        start, end = self.source_speaker(doc, *cue.speaker_np)
        head = self._np_head_token(doc, start, end, nominal=True)
        return head is not None and bool(self.word_forms(head) & (self.g.report_nouns | self.g.not_speakers)) or \
            start < end and doc[start].lower_ in self.g.indefinites

    def relative_content_end(self, doc: Doc, np_end: int, sent: Span) -> int | None:
        """Where the content of *X, secondo il quale …, ha lasciato* ends: the comma before
        the main clause's verb (auxiliaries, adverbs and a named subject allowed: *…, Rossi ha
        risposto*); None when the content runs to the end of its sentence."""
        for k in range(np_end + 1, sent.end - 1):
            if doc[k].text != ",":
                continue
            m = k + 1
            if doc[m].ent_iob_ == "B" and doc[m].ent_type_ in ("PER", "ORG"):
                while m + 1 < sent.end and doc[m + 1].ent_iob_ == "I":
                    m += 1
                m += 1  # "X, per il quale …, Travaglio ha risposto…": the main clause's own subject
            while m < sent.end and (norm_word(doc[m]) in self.g.cue_adverbs or norm_word(doc[m]).endswith(self.g.adverb_suffixes)
                                    or doc[m].pos_ == "ADV" and doc[m].is_lower and doc[m].is_alpha):
                m += 1  # ("…, adesso tace": the tagger's adverbs too)
            if m < sent.end and (self.is_finite(doc[m]) or self.lemmas(doc[m]) & self.g.auxiliaries
                                 or self.verb_read_as_adjective(doc[m])):
                return k
        return None

    def bare_relative_end(self, doc: Doc, marker: int, np_end: int, sent: Span, own: bool = True) -> int | None:
        """Where the content of a relative source with no commas around it ends, when its
        antecedent is the subject of the sentence (*Le parole di X secondo cui la riforma è un
        errore **hanno diviso** il partito*, *La tesi di X secondo cui il virus è nato in
        laboratorio **non è stata** confermata*): before the last finite verb, with its
        negation, clitics and auxiliaries, after a first one of the content's own and not
        opened by a subordinator; None with a comma before the marker, a verb before it in
        its sentence (*È uscito uno studio secondo il quale…*) or a single verb after it. Without
        ``own`` (a content with no verb of its own: an object, *di* + an infinitive), before the
        first finite verb after ``np_end``."""
        if doc[marker - 1].text == "," or any(self.is_finite(t) for t in doc[sent.start:marker]):
            return None
        finite = [k for k in range(np_end, sent.end) if doc[k].pos_ in ("VERB", "AUX") and self.is_finite(doc[k])]
        if len(finite) < (2 if own else 1):
            return None
        k = finite[-1] if own else finite[0]
        floor = finite[0] if own else np_end
        while k - 1 > floor and (norm_word(doc[k - 1]) in self.g.clitics | self.g.negations
                                 or doc[k - 1].pos_ == "AUX"):
            k -= 1
        if k <= floor or norm_word(doc[k - 1]) in self.g.relatives or doc[k - 1].pos_ == "SCONJ":
            return None  # "…secondo cui il sindaco ha detto che si dimetterà": the content's own
        return k

    def parenthetical_lead(self, doc: Doc, marker: int, sent: Span, clause: bool = False,
                           openers: tuple[str, ...] = (",",), relative: bool = False) -> int | None:
        """Start of the clause before a marker set off by commas (*L'incendio, secondo…*),
        when that clause is a short subject without a verb; else None. With ``clause``, a
        clause with its verb too (*Il fatto è avvenuto all'alba, secondo i media, tra le due e
        le tre*: the marker sits inside the content). ``openers``: the marks that may set the
        marker off (a dash too for a cue: *Nel pomeriggio – **hanno riferito i passeggeri** – il
        motore…*). With ``relative``, a subject whose relative holds the only verb before the
        marker (:meth:`_relative_head`: the cue set off by commas inside the clause)."""
        marker = self.marker_start(doc, marker, sent.start)  # "Il convegno, almeno secondo le previsioni, …"
        if marker <= sent.start or doc[marker - 1].text not in openers:
            return None
        if self.after_coordinator(doc, marker, sent):
            return None  # "Le offerte non mancano e, secondo X, …": the content follows the marker
        if clause and (opener := self._nonfinite_opener(doc, marker - 1, sent)) is not None:
            return opener
        k = marker - 1
        while k > sent.start and doc[k - 1].text not in (";", ":", "(", "\n") \
                and (norm_word(doc[k - 1]) != "che" or self._comparative_che(doc, k - 1, sent.start)) \
                and norm_word(doc[k - 1]) not in self.g.clause_conjunctions:
            k -= 1  # (", mentre l'ipocentro, secondo X, si trova…": the clause after the conjunction)
            if norm_word(doc[k - 1]) in self.g.clause_joining_conjunctions and self._finite_after(doc, k, marker - 1):
                break  # ("frequentavano la scuola e parevano, secondo X, integrati": the last conjunct)
        if relative and not clause and (head := self._relative_head(doc, k - 1, marker - 1, sent)) is not None:
            k = head  # "Il piano che abbiamo presentato, ha detto X, è pronto": the subject and its relative
            words = doc[k:marker - 1]
            if len(words) > 20:
                return None
        else:
            words = doc[k:marker - 1]
            if not len(words) or len(words) > (25 if clause else 12) or not clause and any(self.is_finite(t) for t in words):
                return None
        if any(t.text in ("«", "»", "“", "”", '"') for t in words):
            return None
        return k

    def _relative_head(self, doc: Doc, rel: int, comma: int, sent: Span) -> int | None:
        """Start of a verbless lead whose noun or pronoun is followed by a relative *che* at
        token ``rel`` that runs with one finite verb to the ``comma`` opening an aside (*Le
        misure **che il governo ha preso**, ha detto X, non bastano*; *In tutto quello che
        abbiamo visto, …*): the relative belongs to the lead, whose own verb comes after the
        aside. None when the word before *che* is no noun, pronoun or adjective, when the
        relative holds more than one finite verb (*Il piano che abbiamo presentato è pronto,
        ha detto X*: the main verb before the aside) or when the words before *che* hold one."""
        if rel <= sent.start or norm_word(doc[rel]) != "che" or doc[rel - 1].pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") \
                or sum(self.is_finite(t) for t in doc[rel + 1:comma]) != 1:
            return None
        k = rel
        while k > sent.start and doc[k - 1].text not in (";", ":", "(", "\n") \
                and norm_word(doc[k - 1]) != "che" and norm_word(doc[k - 1]) not in self.g.clause_conjunctions:
            k -= 1
        if k == rel or any(self.is_finite(t) for t in doc[k:rel]) \
                or any(t.text in ("«", "»", "“", "”", '"') for t in doc[k:comma]):
            return None
        return k

    def aside_opener(self, doc: Doc, marker: int, sent: Span) -> int | None:
        """The word that opens a subordinate clause right before a marker set off by commas, the
        clause's subject and verb after the aside: a relative adverb (``relative_adverbs``:
        *domenica, quando, secondo le previsioni, il tempo sarà migliore*). What the source
        reports is that clause, its opening word included; not a causal *perché, secondo lui,
        …* (the writer's link) nor a relative *che* (*un virus che, a detta sua, viene…*: the
        annotators start after the aside); None otherwise."""
        marker = self.marker_start(doc, marker, sent.start)
        k = marker - 2
        if k < sent.start or doc[marker - 1].text != ",":
            return None
        word = norm_word(doc[k])
        if word in self.g.relative_adverbs:
            return k
        return None

    def _nonfinite_opener(self, doc: Doc, comma: int, sent: Span) -> int | None:
        """Start of the non-finite clause whose verb stands right before the ``comma`` that opens
        an aside, the verb's complement after the aside: what the source vouches for is that
        clause, not the main one before it. A gerund opens it itself (*la nave è affondata,
        **perdendo**, secondo i testimoni, gasolio*); a bare past participle right after its noun
        starts at that noun's phrase when the phrase is a verb's object or follows a comma or a
        conjunction (*scoperti **due templi costruiti**, secondo gli studi, 3000 anni fa*). Not a
        participle of a compound tense (*è stato costruito, …*), nor one after the sentence's
        subject (*Le case costruite, secondo X, …*) or inside a prepositional phrase: the whole
        clause, as before. None otherwise."""
        v = comma - 1
        if v <= sent.start:
            return None
        verb, norm = doc[v], norm_word(doc[v])
        if verb.pos_ in ("VERB", "AUX") and ("Ger" in verb.morph.get("VerbForm") or self.g.gerund.search(norm)):
            return v
        # a participle the tagger reads as a noun or an adjective after a noun is one still
        # (*due necropoli costruite*): the regular ending, a word of the noun's phrase before it
        participle = "Part" in verb.morph.get("VerbForm") and verb.pos_ in ("VERB", "ADJ") \
            or verb.pos_ in ("VERB", "NOUN", "ADJ") and self.g.past_participle.search(norm) is not None
        if not participle or doc[v - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        start = v
        while start - 1 >= sent.start and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
            start -= 1  # (the noun's phrase: its adjectives, to its article or numeral)
            if doc[start].pos_ in ("NUM", "DET"):
                break  # ("riportato alla luce due templi costruiti": not the noun before)
        if start == sent.start or doc[start - 1].pos_ not in ("VERB", "PUNCT", "CCONJ"):
            return None  # (the sentence's subject: the whole clause, as before; "è stato costruito";
            # a noun inside a prepositional phrase, "dopo l'evacuazione dei territori occupati, secondo
            # X, …": the clause; a word the tagger misread inside the phrase: no phrase to trust)
        return start

    def _finite_after(self, doc: Doc, k: int, end: int) -> bool:
        """A finite verb at token ``k`` (before ``end``), past clitics, a negation and adverbs: after
        *e*/*ma*, a clause coordinated with the one before (*…e **parevano**, secondo X, …*), not
        a second noun (*il piano e la riforma, secondo X, …*)."""
        while k < end and self.verb_particle(doc[k]):
            k += 1
        return k < end and self.finite_verb(doc[k])

    def _comparative_che(self, doc: Doc, m: int, floor: int) -> bool:
        """The *che* at token ``m`` is the second term of a comparison, not a clause: *più*/*meno*
        (``quantity_adverbs``) before it in the same stretch, no comma nor finite verb between
        (*era rivolto **più** alla protezione delle spiagge **che** dei volontari*), its second term
        a preposition, an adjective or an adverb as the first (not *più preoccupata **che i
        manifestanti** possano…*: a clause)."""
        n = m + 1 + (m + 1 < len(doc) and norm_word(doc[m + 1]) in self.g.negations)
        if n >= len(doc) or doc[n].pos_ not in ("ADP", "ADJ", "ADV"):
            return False
        for k in range(m - 1, max(floor, m - 10) - 1, -1):
            if doc[k].text in (",", ";", ":") or self.is_finite(doc[k]):
                return False
            if norm_word(doc[k]) in self.g.quantity_adverbs:
                return True
        return False

    def after_coordinator(self, doc: Doc, marker: int, sent: Span) -> bool:
        """A marker or cue set off by a comma right after *e*, *ma*, *mentre*… (*Le offerte non
        mancano e, secondo X, …*, *I feriti sono numerosi e, riferisce X, …*) or *o* / *oppure*
        (``alternative_conjunctions``: *era un dialetto (o, secondo alcuni, una lingua)*): what
        it reports is what comes after it, not the words before."""
        if not (marker - 2 >= sent.start and doc[marker - 1].text == ","
                and norm_word(doc[marker - 2]) in (self.g.coordinators - {","}) | self.g.alternative_conjunctions):
            return False
        # an adverb of them (*quindi*, *poi*) links only where it opens its clause (*…, quindi,
        # secondo X, i prezzi…*); after its verb it is inside the clause the marker reports on
        # (*Si tratta **quindi**, secondo X, del mese più caldo*)
        word = doc[marker - 2]
        return word.pos_ != "ADV" or marker - 3 < sent.start or doc[marker - 3].is_punct \
            or norm_word(doc[marker - 3]) in self.g.coordinators

    def _determines_noun(self, doc: Doc, k: int, limit: int) -> bool:
        """*alcuni* / *molti* before a noun (*alcuni analisti*, *molte fonti*) is a determiner."""
        if k + 1 >= limit:
            return False
        nxt = doc[k + 1]
        norm = norm_word(nxt)
        return (nxt.is_alpha and nxt.is_lower and norm not in self.g.articles | self.g.prepositions | {"che"}
                and not self.is_verbish(nxt))

    def coordinated_agents_end(self, doc: Doc, np_end: int, limit: int, paired: bool = False,
                               preposition: str = "da") -> int:
        """The end of the agents coordinated after the agent noun phrase ending at ``np_end``, each
        with its own *da* (*come raccontato **dal Financial Times e da Der Spiegel***; after a
        correlative opener, *che*/*sia*/*quanto* join too: *come confermato **sia dai medici che
        dai familiari***), or its own ``preposition`` (*a giudizio **di molti osservatori e della
        stampa***): all of them speak; ``np_end`` when none follows."""
        links = self.g.and_conjunctions | (self.g.paired_links if paired else frozenset())
        k = np_end
        while k + 2 < limit and norm_word(doc[k]) in links and norm_word(doc[k + 1]) in self.g.forms(preposition):
            after = self.source_np_end(doc, k + 2, limit)
            if after <= k + 2:
                break
            k = after
        return k

    def marked_name_end(self, doc: Doc, j: int, limit: int) -> int | None:
        """A name of an organisation or a person between quote marks at token ``j`` (a newspaper,
        an agency: *dal **"Corriere della Sera"***, *secondo **«La Stampa»***): the marks are a
        name, not a quotation (the guidelines: ``other``). The token after the closing mark, or
        None."""
        if j + 2 >= limit or doc[j].text not in QUOTE_CHARS:
            return None
        ent = next((e for e in self.context(doc).ents_in_tokens(j + 1, min(j + 9, limit)) if e.start == j + 1), None)
        if ent is None or ent.label_ not in SPEAKER_LABELS or ent.end >= limit or doc[ent.end].text not in QUOTE_CHARS:
            return None
        return ent.end + 1

    def source_np_end(self, doc: Doc, j: int, limit: int) -> int:
        """End (token index) of the source noun phrase starting at ``j``: *il governatore*,
        *Coldiretti*, *il quotidiano Tiempo Argentino*, *le indagini appena avviate,*, *quanto
        riferito dal Tg regionale*, *loro*, with an apposition between commas (*il ministro,
        Marco Bianchi,*). It stops before a verb, an article opening the content, or a comma."""
        ctx = self.context(doc)
        marked = self.marked_name_end(doc, j, limit)
        if marked is not None:
            return marked  # 'come riportato dal "Corriere della Sera"', 'secondo «La Stampa»'
        ent_at = {e.start: e for e in ctx.ents_in_tokens(j, limit)}
        k = j
        if k < limit and norm_word(doc[k]) == "quanto":  # "secondo quanto riferito (da X)"
            k += 1
            active = False  # "secondo quanto ha riferito X": the subject follows the verb
            while k < limit and (norm_word(doc[k]) in self.g.cue_adverbs or norm_word(doc[k]).endswith(self.g.adverb_suffixes)
                                 or self.lemmas(doc[k]) & self.g.auxiliaries and doc[k].is_alpha):
                active = active or bool(self.lemmas(doc[k]) & self.g.auxiliaries)
                k += 1
            if k < limit and doc[k].is_alpha and self.is_verbish(doc[k]):
                active = active or self.is_finite(doc[k])  # "secondo quanto riferiscono testimoni"
                k += 1
            k = self._time_after_verb(doc, k, limit)  # "secondo quanto ha riferito ieri sera (ai giornalisti) X"
            if k < limit and norm_word(doc[k]) in self.g.forms("da") | self.g.forms("in") | self.g.forms("su"):
                k += 1
            elif not (active and k < limit and (doc[k].is_title or norm_word(doc[k]) in self.g.articles | self.titles
                                                  | self.g.group_speakers)):
                return k
        if k < limit and norm_word(doc[k]) in self.g.source_pronouns | self.g.person_demonstratives \
                and not self._determines_noun(doc, k, limit) \
                and not self._whole_group(doc, k, limit):
            return k + 1  # "secondo alcuni, …", "secondo lui" (but "secondo alcuni analisti", "tutti i medici")
        listed = self._name_list_end(doc, k, limit, ent_at)
        if listed is not None:
            return listed  # "secondo Cgil, Cisl e Uil i salari…": the whole list
        # with a comma close by and no finite verb before it, the phrase runs to the comma
        c, stop = k, min(k + 14, limit)
        while c < stop:
            if doc[c].text == ",":
                if c > k and not any(self.is_finite(t) and not (t.i > k and norm_word(doc[t.i - 1]) in self.g.noun_articles)
                                     or norm_word(t) == "che" for t in doc[k:c]):
                    # (a word after "il", "un" is a noun the tagger may read as a verb: "secondo il tabloid, …")
                    return self._participial_apposition(doc, j, self._apposition(doc, c, limit, ent_at), limit)
                break
            if doc[c].text == "(" and c > k:
                # an acronym or a gloss in brackets belongs to the phrase: "del Servizio
                # geologico (USGS), …"
                close = next((m for m in range(c + 1, min(c + 8, limit)) if doc[m].text == ")"), None)
                if close is not None:
                    c = close + 1
                    continue
            if doc[c].text in (";", ":", ".", "(", "«", "“", '"'):
                break
            c += 1
        if k < limit and norm_word(doc[k]) in self.g.articles:
            k += 1
            if k < limit and norm_word(doc[k]) in self.g.possessives:
                k += 1  # "il suo avvocato", "i loro legali"
        start = k
        lowercase_nouns = 0
        ent_ends = {e.end - 1 for e in ent_at.values()}
        while k < limit and k - j < 14:
            tok = doc[k]
            norm = norm_word(tok)
            if k in ent_at:
                if k > start and self._subject_after_body(doc, start, k, ent_at[k], limit):
                    break  # "Secondo la polizia Rossi era armato": the person is the content's subject
                k = ent_at[k].end
                continue
            if k > start and norm in self.g.and_conjunctions and (k - 1) in ent_ends:
                m = k + 1
                while m < limit and m - k <= 2 and norm_word(doc[m]) in self.g.articles:
                    m += 1
                if m in ent_at and ent_at[m].label_ in ("PER", "ORG"):
                    k = m  # "secondo Cgil e Uil", "secondo la Cgil e la Uil": joint sources
                    continue
            if norm in self.titles or norm in self.g.group_speakers:
                k += 1
                continue
            if tok.is_title and not self.is_verbish(tok) and norm not in self.g.articles | self.g.prepositions:
                k += 1
                continue
            if k > start and tok.is_lower and (norm in self.g.quantity_openers or tok.like_num or tok.pos_ == "NUM"
                                               or self.is_infinitive(tok)):
                # "Secondo il sindaco tutti i cittadini…", "…l'accusa parte dei fondi…", "…tre persone…",
                # "Secondo questa ricerca essere bilingue…": the content's subject
                break
            after_common = k == start or (norm_word(doc[k - 1]) in self.speaking_nouns or doc[k - 1].is_lower)
            if tok.is_alpha and tok.is_lower and norm not in self.g.prepositions | self.g.articles | self.g.cue_adverbs | {"che"} \
                    and not self.is_finite(tok) and after_common and lowercase_nouns < 2 and (k - 1) not in ent_ends:
                # a head noun or an adjective: "i rilievi", "fonti governative" (not a conjunction
                # before a second di-phrase: "molti osservatori e della stampa estera")
                lowercase_nouns += not (norm in self.g.and_conjunctions and k + 1 < limit
                                        and norm_word(doc[k + 1]) in self.g.forms("di"))
                k += 1
                continue
            if k > start and self._seat_before_name(doc, k, ent_at):
                k = ent_at[k + 1].end  # "il capogruppo al Senato Vincenzo Santangelo"
                continue
            if k > start and norm in self.g.forms("di") | self.g.forms("da") and k + 1 < limit:
                nxt = doc[k + 1]
                if nxt.is_title or norm_word(nxt) in self.speaking_nouns or norm_word(nxt) in self.g.articles:
                    k += 1
                    continue
                if nxt.is_alpha and nxt.is_lower and not self.is_finite(nxt) and (k + 1) not in ent_at:
                    k += 2  # "la ricostruzione dei fatti"
                    continue
            if k > start and norm in self.g.forms("a") and k + 1 < limit \
                    and (self.lemmas(doc[k - 1]) | {norm_word(doc[k - 1])}) & self.g.a_complement_adjectives:
                # "fonti vicine al governo", "ambienti legati alla famiglia": the adjective's
                # a-phrase (an article, a name or a noun) belongs to the source
                nxt = doc[k + 1]
                if nxt.is_title or norm_word(nxt) in self.g.articles or (k + 1) in ent_at:
                    k += 1
                    continue
                if nxt.is_alpha and nxt.is_lower and not self.is_verbish(nxt):
                    k += 2
                    continue
            if k > start and tok.text == "(":
                # an acronym or a name in brackets right after the source, no comma after it:
                # "secondo l'Organizzazione mondiale della sanità (OMS) non ci sono…"
                close = next((m for m in range(k + 1, min(k + 6, limit)) if doc[m].text == ")"), None)
                if close is not None and close > k + 1 and all(t.text[:1].isupper() for t in doc[k + 1:close]):
                    k = close + 1
                    continue
            break
        return self._participial_apposition(doc, j, self._apposition(doc, k, limit, ent_at), limit)

    def _subject_after_body(self, doc: Doc, start: int, k: int, ent, limit: int) -> bool:
        """A person's name right after the noun of a body or a group heading the source (*Secondo
        **la polizia** Rossi era armato*, *Secondo **gli inquirenti** Mario Bianchi conosceva la
        vittima*) or after the organisation's name that is the whole source (*Secondo **la Cgil** Rossi ha
        sbagliato*), then a finite verb (past negation, clitics, adverbs): a body or a group has no
        personal name in apposition, so the name is the subject of the content. After a title or
        a person's noun the name is the source's (*Secondo il ministro Rossi…*, *secondo il
        fratello Marco…*), and so after a body that only qualifies the head (*Secondo il
        presidente della procura Marco Neri sarà…*)."""
        head = doc[k - 1]
        if ent.label_ != "PER":
            return False
        # "Secondo la Cgil Rossi ha sbagliato": the organisation is the whole source (not "il
        # presidente della Fiat Luca Neri", where it qualifies the head)
        organisation = head.ent_type_ == "ORG" and doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "B" \
            and all(t.ent_type_ == "ORG" for t in doc[start:k])
        # "Secondo la polizia Rossi…", "Secondo gli inquirenti Mario Bianchi…": determiners and the
        # lower-case noun of a body or a plural group
        body = all(t.pos_ == "DET" for t in doc[start:k - 1]) and head.is_lower and (
            norm_word(head) in self.g.institution_nouns
            or norm_word(head) in self.g.group_speakers and head.morph.get("Number") == ["Plur"])
        if not (organisation or body):
            return False
        m = ent.end
        while m < limit and (norm_word(doc[m]) in self.g.negations | self.g.clitics or doc[m].pos_ == "ADV"):
            m += 1
        return m < limit and self.is_finite(doc[m])

    def _participial_apposition(self, doc: Doc, j: int, k: int, limit: int) -> int:
        """Past a participle or an adjective between commas that agrees with the head of the
        source phrase ``j``–``k`` (*secondo lo studio**, pubblicato su Addiction,** …*, *secondo
        i primi bilanci**, tuttavia provvisori,** …*, *secondo i carabinieri**, intervenuti sul
        posto,** …*): it describes the source, and the content starts after its comma."""
        if not (k + 2 < limit and doc[k].text == ","):
            return k
        head = self._np_head_token(doc, j, k, nominal=True)
        m = k + 1
        while m < limit and (norm_word(doc[m]) in self.g.cue_adverbs | self.g.connective_adverbs
                             or norm_word(doc[m]).endswith(self.g.adverb_suffixes) and doc[m].pos_ == "ADV"):
            m += 1
        if head is None or m >= limit or self.is_finite(doc[m]) or not doc[m].is_lower \
                or not ("Part" in doc[m].morph.get("VerbForm") or doc[m].pos_ == "ADJ"):
            return k
        if not all(doc[m].morph.get(f) and doc[m].morph.get(f) == head.morph.get(f) for f in ("Gender", "Number")) \
                and not (j <= doc[m].head.i < k and doc[m].dep_ in ("acl", "amod")):
            return k  # ("secondo la polizia, arrestati ieri i due…": it agrees with no source)
        comma = next((c for c in range(m + 1, min(m + 12, limit)) if doc[c].is_punct), None)
        if comma is None or doc[comma].text != "," or comma + 1 >= limit or any(
                self.is_finite(t) or norm_word(t) in self.g.relatives for t in doc[m:comma]):
            return k
        return comma

    def _name_list_end(self, doc: Doc, k: int, limit: int, ent_at: dict) -> int | None:
        """The end of a list of names from token ``k`` joined by commas and closed by *e* (*Cgil,
        Cisl e Uil*, *la Cgil, la Cisl e la Uil*); None when no such list starts there."""
        while k < limit and norm_word(doc[k]) in self.g.articles:
            k += 1
        ent = ent_at.get(k)
        if ent is None or ent.label_ not in ("PER", "ORG"):
            return None
        names, closed = self.coordinated_names(doc, ent, limit, lambda other: other.label_ in ("PER", "ORG"))
        return names[-1].end if closed and len(names) > 2 else None

    def _seat_before_name(self, doc: Doc, k: int, ent_at: dict) -> bool:
        """*a* + the body or place where a titled person sits, right before the person's name:
        *il capogruppo **al Senato** Vincenzo Santangelo*, *l'ambasciatore **a Mosca** Mario
        Rossi* (an organisation or a place, then a person)."""
        seat = ent_at.get(k + 1)
        if norm_word(doc[k]) not in self.g.forms("a") or seat is None or seat.label_ not in ("ORG", "LOC"):
            return False
        name = ent_at.get(seat.end)
        return name is not None and name.label_ == "PER"

    def _apposition(self, doc: Doc, k: int, limit: int, ent_at: dict) -> int:
        """Past an apposition: "il ministro dell'Economia, Marco Bianchi, …", or one that ends
        the sentence: "…, secondo il direttore tecnico della società, Mario Rossi."."""
        if k + 1 < limit and doc[k].text == "," and (k + 1) in ent_at:
            end, label = ent_at[k + 1].end, ent_at[k + 1].label_
            if label == "PER" and end < limit and doc[end].text == ",":
                return end
            if label in ("PER", "ORG") and (end == limit or end == limit - 1 and doc[end].text in (".", "!", "?")):
                return end  # (the name that ends the sentence: the model may read a person as ORG)
        if k + 2 < limit and doc[k].text == "," and k > 0 and doc[k - 1].ent_type_ == "PER":
            # "secondo Marco Rossi, presidente della Regione, i fondi…": a bare title (or a possessive
            # and a title) after the name
            # (not "secondo la rivista Voici, l'attrice, …": with an article, the content's subject)
            m = k + 1 + int(norm_word(doc[k + 1]) in self.g.possessives)  # ("Joe Zarzaur, suo legale, …")
            if m < limit and norm_word(doc[m]) in self.titles:
                comma = next((c for c in range(m + 1, min(m + 10, limit)) if doc[c].is_punct), None)
                if comma is not None and doc[comma].text == "," and not any(
                        self.is_finite(t) or norm_word(t) == "che" for t in doc[m:comma]):
                    return comma
        return k

    def speaker_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """A noun phrase that can speak: it holds a speaker entity or a title, or a title or a
        group noun heads it (*il portavoce del Pentagono*, *i carabinieri*)."""
        # (the head read through the title synonyms: "il pubblico ministero" is a "pm")
        words = self._with_title([norm_word(t) for t in doc[start:min(end, start + 5)]])
        return self.np_has_speaker(doc, start, end) or bool(words) and words[0] in self.speaking_nouns

    def np_has_speaker(self, doc: Doc, start: int, end: int, strict: bool = False, places: bool = True) -> bool:
        labels = SPEAKER_LABELS if places else SPEAKER_LABELS - {"LOC"}
        ents = [e for e in self.context(doc).ents_in_tokens(start, end) if e.end <= end]
        place = next((e for e in ents if e.label_ == "LOC"), None) if not places else None
        if place is not None and not any(e.label_ in labels and e.start < place.start for e in ents) \
                and not any(norm_word(t) in self.titles for t in doc[start:place.start]):
            return False  # "per Parigi": a place, not an opinion (not "per la Procura di Milano", "per il sindaco di Roma")
        if any(e.label_ in labels for e in ents):
            return True
        if not places and any(norm_word(t) in self.titles for t in doc[start:end]):
            return True
        if strict:
            return False
        return any(norm_word(t) in self.titles for t in doc[start:end]) or \
            normalize(doc[start:end].text) in self.aliases
