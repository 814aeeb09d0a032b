"""Who the cue's subject is when the parse does not say: a postposed subject (*Spiega il
sindaco X che…*), a passive's agent (*è stato annunciato da X*), a subject before an aside
or a setting (*X, in una nota, ha spiegato…*).

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..quotemarks import QUOTE_CHARS
from .base import DASHES, FinderBase, norm_word


class AgentRules(FinderBase):
    """The cue's subject or agent where the parse does not give it."""

    def _verb_first_subject(self, doc: Doc, start: int, end: int, j: int, sent: Span) -> tuple[int, int, int] | None:
        """A finite cue that opens its sentence (only a conjunction, adverbs or the clitic that
        announces the content before it), then its subject (a name, an organisation or a
        speaking noun phrase, maybe after a short setting), then *che* or a colon: ***Spiega il
        sindaco Marco Rossi** che…*, ***Ha aggiunto poi la ministra** che…*, ***Fa sapere in una nota
        il Comune** che…*, ***Lo conferma l'Istat**: i prezzi…*. (subject start, subject end, the
        token of *che* or the colon), else None (*Racconta la storia di un uomo che…*: no speaker)."""
        opening_twin = start == sent.start and doc[start].pos_ in ("PROPN", "NOUN", "ADJ")  # ("Sottolinea X che…")
        if not (self.is_finite(doc[start]) or opening_twin) or self.is_passive(doc, start, end):
            return None
        lead = self.g.and_conjunctions | self.g.cue_adverbs | self.g.said_before_clitics | self.g.colon_so_words
        if any(norm_word(t) not in lead for t in doc[sent.start:start]):
            return None
        while j < sent.end and norm_word(doc[j]) in self.g.colon_so_words:
            j += 1  # "Lo ha spiegato così Marco Rossi: …"
        np = self._subject_after(doc, j, sent)
        if np is None:
            setting_end = self._setting_before_subject(doc, j, sent)
            np = self._subject_after(doc, setting_end, sent) if setting_end is not None else None
        if np is None and ("Plur" in doc[start].morph.get("Number") or norm_word(doc[start]).endswith(("ano", "ono"))):
            # "Fanno sapere dal Comune che…", "Spiegano dalla Regione che…": the body the words come from
            np = self._agent_at(doc, self.skip_adverbs(doc, j, sent.end), sent.end)
            np = np if np is not None and self.speaker_phrase(doc, *np) else None
        if np is None:
            return None
        if np[1] < sent.end and norm_word(doc[np[1]]) in self.g.forms("a"):
            # "Spiega l'assessore al Bilancio Luca Verdi che…": the title's complement, then the name
            name = next((e for e in self.context(doc).ents_in_tokens(np[1] + 1, min(np[1] + 6, sent.end))
                         if e.label_ == "PER"), None)
            if name is not None and not any(t.is_punct or self.is_finite(t) for t in doc[np[1]:name.start]):
                np = (name.start, name.end)
        k = self.skip_adverbs(doc, np[1], sent.end)
        if k + 2 < sent.end and doc[k].text == "," and norm_word(doc[k + 1]) == "che" \
                and any(t.text == "," for t in doc[np[0]:np[1]]):
            k += 1  # (the noun phrase took its apposition in: "il sindaco, Marco Rossi", then ", che")
        elif k < sent.end and doc[k].text == ",":
            # "Spiega il sindaco, Marco Rossi, che…", "Spiega Marco Rossi, sindaco di Roma, che…": an
            # apposition between commas (the name in it when the noun phrase before has none)
            close = next((m for m in range(k + 1, min(k + 10, sent.end)) if doc[m].is_punct
                          or self.is_finite(doc[m]) or norm_word(doc[m]) == "che"), None)
            if close is not None and doc[close].text == ":" and close + 1 < sent.end \
                    and norm_word(doc[k + 1]) in self.g.prepositions:
                return np[0], np[1], close  # "Lo ha detto X, a margine dell'incontro: …": a setting, then the colon
            if close is None or doc[close].text != "," or close + 1 >= sent.end \
                    or not (doc[close + 1].text == ":" or norm_word(doc[close + 1]) == "che"):
                return None
            ctx = self.context(doc)
            named = [e for e in ctx.ents_in_tokens(k + 1, close) if e.label_ in ("PER", "ORG")]
            if named and not [e for e in ctx.ents_in_tokens(*np) if e.label_ in ("PER", "ORG")]:
                np = (named[0].start, named[0].end)
            k = close + 1
        if k + 1 < sent.end and (doc[k].text == ":" or norm_word(doc[k]) == "che"):
            return np[0], np[1], k
        if k < sent.end and norm_word(doc[k]) in self.g.setting_openers:
            # "Lo scrive Legambiente nel suo rapporto: …": a short setting, then the colon
            for m in range(k + 1, min(k + 8, sent.end - 1)):
                if doc[m].text == ":":
                    return np[0], np[1], m
                if doc[m].is_punct or self.is_finite(doc[m]) or norm_word(doc[m]) == "che":
                    break
        return None

    def _antecedent_start(self, doc: Doc, start: int, sent: Span, about_start: int) -> int:
        """Where what a cue is about begins when a gerund's object clitic points back: *ha
        criticato Alfano, definendolo «un traditore»* (the quote is about Alfano), from just after
        the verb before the gerund; ``about_start`` for any other cue."""
        bare = self.gerund_without_clitic(doc[start])
        if bare is None or norm_word(doc[start])[len(bare):] not in self.g.object_clitics:
            return about_start
        k = start - 1
        while k > sent.start and doc[k].pos_ != "VERB":
            k -= 1
        return doc[k + 1].idx if k > sent.start or doc[k].pos_ == "VERB" else sent.start_char

    # -- passives: "è stato accusato di…", "è stato confermato da X il successo…" -------------
    def _agent_at(self, doc: Doc, k: int, end: int) -> tuple[int, int] | None:
        """The agent *da X* starting at token ``k`` (token range of X), or None; *dallo stesso
        pubblico ministero*: the noun phrase after *stesso*."""
        if k + 1 >= end or norm_word(doc[k]) not in self.g.forms("da"):
            return None
        start = k + 2 if norm_word(doc[k + 1]) in self.g.sameness_words and k + 2 < end else k + 1
        np_end = self.source_np_end(doc, start, end)
        # (not into di or a + infinitive: "dalla clientela di non…", "dai sindacati a dimettersi")
        np_end = next((m for m in range(start + 1, np_end) if self.di_infinitive(doc, m, end) or self._a_infinitive(doc, m, end)), np_end)
        if np_end <= start:
            return None
        # a listed speaker, or a common noun after an articled *da* (*dalla clientela*), not a
        # report (*dai dati*)
        head = doc[start]
        if norm_word(head) in self.g.time_words:
            return None  # "indagato dall'inizio di maggio per…": since when, not by whom
        if not (self.speaker_phrase(doc, start, np_end) or norm_word(doc[k]) != "da" and self._common_agent(head)):
            return None
        return start, np_end

    def _common_agent(self, head) -> bool:
        """``head`` is a common noun that may act (*dalla clientela*, *da parte dei residenti*), not a
        report or a document (*dai dati*, *da parte del decreto*)."""
        return head.pos_ == "NOUN" and head.is_lower and norm_word(head) not in self.g.report_nouns | self.g.document_nouns

    def _agent_phrase_at(self, doc: Doc, k: int, end: int) -> tuple[int, int] | None:
        """The agent *da parte di X* (grammar ``agent_phrase``; *da parte del*, *dei*… too)
        starting at token ``k``: the token range of X, as :meth:`_agent_at` reads it; else None."""
        words = self.g.agent_phrase
        n = len(words)
        if not words or k + n >= end or any(norm_word(doc[k + m]) != w for m, w in enumerate(words[:-1])) \
                or norm_word(doc[k + n - 1]) not in self.g.forms(words[-1]):
            return None
        start = k + n
        counted = start + 1 < end and doc[start].pos_ == "NUM"  # "da parte di 12 consiglieri": the noun after the number
        np_end = self.source_np_end(doc, start + counted, end)
        if np_end <= start + counted:
            return None
        head = doc[start + counted]
        if not (self.speaker_phrase(doc, start, np_end) or self._common_agent(head)):
            return None
        return start, np_end

    def _agent_before_clause(self, doc: Doc, j: int, start: int, end: int, sent_end: int,
                             urging: bool = False) -> tuple[int, int] | None:
        """The agent *da X* at token ``j`` of a passive cue without a subject of its own when a
        colon, *che* or *di* + infinitive follows it (*è stato ribadito **dal sindaco** che…*,
        *viene dichiarato **dai testimoni**: …*): the agent speaks, the clause is what is said.
        None with a subject before the cue (*Il premio è stato annunciato dal sindaco che…* is a
        relative; *La notizia è confermata dal ministro: «…»* reports the subject) or a verb
        right after *che* (*fu notato dal critico che lo recensì*: a relative again). A verb of
        urging (``urging``: *invitare*, *esortare*), passive or a bare participle, has its
        subject as the one urged and *a* + infinitive after the agent as what is urged: *è stato
        invitato **dai sindacati** a dimettersi*, *X, esortato **dal sindaco** a restare…*."""
        bare = urging and start == end - 1 and "Part" in doc[start].morph.get("VerbForm")
        if not self.is_passive(doc, start, end) and not bare:
            return None
        agent = self._agent_at(doc, j, sent_end)
        if agent is None or agent[1] + 1 >= sent_end:
            return None
        k = agent[1]
        if urging and self._a_infinitive(doc, k, sent_end):
            return agent
        if bare:
            return None
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < start and not any(g.dep_ == "case" for g in c.children)
               for c in doc[end - 1].children):  # ("Durante l'assemblea": a subject the parser misread)
            return None
        relative = doc[k + 1].pos_ in ("VERB", "AUX") or norm_word(doc[k + 1]) in self.g.clitics
        return agent if doc[k].text == ":" or self.di_infinitive(doc, k, sent_end) \
            or norm_word(doc[k]) == "che" and not relative else None

    def _fronted_agent(self, doc: Doc, start: int, sent: Span) -> tuple[int, int] | None:
        """The agent *da X* that opens the sentence (or the clause after a comma) and ends right
        before the passive cue at ``start``: ***Dalla Regione** è stato precisato che…*, *Ieri,
        **dal Comune**, è stato comunicato che…*; else None."""
        stop = start
        while stop > sent.start and doc[stop - 1].text == ",":
            stop -= 1
        m = stop
        while m > sent.start and doc[m - 1].text != ",":
            m -= 1
        agent = self._agent_at(doc, m, stop)
        return agent if agent is not None and agent[1] == stop else None

    def _agent_past_time(self, doc: Doc, j: int, end: int) -> tuple[int, int] | None:
        """The agent *da X* after a short time phrase that follows a passive verb at ``j``:
        *era stato promesso **nel 2002** dal ministro*, *era stata denunciata **due settimane
        fa** dalla madre*; None when the words before it are not a time (a number or a word of
        ``time_words``, *fa* after them) or open a noun phrase (*è stato annunciato un piano dal…*)."""
        if j >= end or norm_word(doc[j]) in self.g.object_starts | self.g.articles:
            return None
        for m in range(j + 1, min(j + 5, end)):
            words = doc[j:m]
            if words[-1].is_punct or self.is_verbish(words[-1]) and norm_word(words[-1]) not in self.g.ago_words:
                return None
            if any(t.like_num or t.lemma_.lower() in self.g.time_words or norm_word(t) in self.g.news_days for t in words):
                agent = self._agent_at(doc, m, end)
                if agent is not None:
                    return agent
        return None

    def _passive_content(self, doc: Doc, j: int, start: int, end: int, sent: Span, rule: str,
                         opinion: bool = False, bare_agent: bool = False):
        """(content start char, region end char, agent token range or None) of a passive cue
        whose content is a noun phrase: the subject after the verb (*È stato confermato dall'ASE
        **il successo del lancio***), *di* + what the accused is charged with (*è accusato **di
        corruzione***), else the subject before it (***L'attacco** è stato condannato da X*).
        None when nothing is reported: only listed verbs report a noun phrase, and a bare
        participle of opinion (``opinion``, as :meth:`bare_opinion` found it for the cue: *il PKK,
        considerato dall'UE un'organizzazione…*)."""
        lemma = rule.split(":", 1)[-1]
        questioning = lemma in self.g.questioning_passive_verbs  # ("è stata messa in dubbio": no agent needed)
        if not (lemma in self.object_verbs or lemma.split()[0] in self.object_verbs or lemma in self.g.charge_verbs
                or lemma in self.g.charge_per_verbs or opinion or questioning):
            return None
        if lemma in self.g.active_only_verbs:
            return None  # "è stata attaccata una nave": an act, not words
        if lemma in self.g.passive_judgement_verbs and not opinion and not bare_agent:
            found = self._judgement_passive(doc, j, start, end, sent, lemma)
            if found is not None:
                return found
        limit = sent.end
        agent = self._agent_at(doc, j, limit) or self._agent_past_time(doc, j, limit)
        if agent is None and end < j < limit and (norm_word(doc[j]) in self.g.object_starts or norm_word(doc[j]) in self.g.articles) \
                and not any(norm_word(t) in self.g.relatives or t.is_punct for t in doc[end:j]):  # (not "dal sindaco che lo…")
            # "è stato annunciato ieri dalla Regione lo stanziamento…": the setting skipped
            # before the subject holds the agent
            agent = next((a for m in range(end, j) if (a := self._agent_at(doc, m, j)) is not None), None)
        k = agent[1] if agent is not None else j
        if opinion:
            k, agent = self._opinion_holder(doc, end, k, agent, limit)
        k = self.skip_adverbs(doc, k, limit)
        if lemma in self.g.charge_per_verbs and not self.charge_per(doc, k, limit):
            # a time between the verb and its charge: "indagato da settembre per truffa"
            k = next((m for m in range(k + 1, min(k + 6, limit)) if self.charge_per(doc, m, limit)
                      and any(t.like_num or norm_word(t) in self.g.time_words for t in doc[k:m])
                      and not any(t.is_punct or self.is_verbish(t) for t in doc[k:m])), k)
        per = lemma in self.g.charge_per_verbs and self.charge_per(doc, k, limit)  # ("indagati per omicidio")
        if k < limit and (norm_word(doc[k]) in self.g.forms("di") and lemma in self.g.charge_verbs or per):
            # the charge, up to the agent after it ("di corruzione dalla procura")
            stop = next((m for m in range(k + 1, limit) if self._agent_at(doc, m, limit)), None)
            verb = next((m for m in range(k + 1, stop or limit) if self.is_finite(doc[m])), None)
            if verb is not None:  # "di falsità **è** stato ritirato": the writer's clause again
                stop = self._verb_group_start(doc, verb, k + 1)
            region = doc[stop - 1].idx + len(doc[stop - 1]) if stop else doc[limit - 1].idx + len(doc[limit - 1])
            return doc[k + int(per)].idx, region, agent or (self._agent_at(doc, stop, limit) if stop else None)
        before = bare_agent and start > sent.start  # ("la chiusura, richiesta dal prefetto, …": the noun before)
        if not before and k < limit and (norm_word(doc[k]) in self.g.object_starts or norm_word(doc[k]) in self.g.articles
                                         or opinion and self._opens_opinion(doc[k])
                                         or not opinion and self._bare_subject_at(doc, k, limit, lemma)):
            region = self.object_end(doc, doc[k].idx, doc[limit - 1].idx + len(doc[limit - 1]))
            span = doc.char_span(doc[k].idx, region, alignment_mode="expand")
            if agent is None and span is not None:
                # "ne è stata chiesta la rimozione da parte dei residenti": the agent after the
                # subject speaks; what was asked ends before it
                found = next(((m, a) for m in range(k + 1, span.end) if (a := self._agent_phrase_at(doc, m, limit))), None)
                if found is not None:
                    agent, region = found[1], doc[found[0] - 1].idx + len(doc[found[0] - 1])
                    span = doc.char_span(doc[k].idx, region, alignment_mode="expand")
            head = self._np_head_token(doc, k, span.end) if span is not None else None
            if head is not None and (norm_word(head) in self.titles and not opinion or head.ent_type_ == "PER"):
                # "È stato invitato anche il ministro Fabio Mussi": a person, not words (a title is
                # the opinion of a bare participle: "X, considerato il capo del clan")
                return None
            for t in span if span is not None else ():
                if t.is_punct or norm_word(t) in self.g.relatives:
                    break  # ("la chiusura della fabbrica, che avverrà…": a relative describes the object)
                if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                    joined = self._joined_clause_at(doc, t.i, k + 1)
                    if joined is None or head is not None and norm_word(head) in self.g.time_words:
                        # "Qualora le accuse venissero confermate l'Azienda si costituirà…": a clause of its
                        # own; "è stata anticipata la sera del 4 maggio ed è stata…": a time, not what was said
                        return None
                    region = doc[joined - 1].idx + len(doc[joined - 1])
                    break
            return doc[k].idx, region, agent
        if agent is None and not questioning:
            return None
        # the subject before the auxiliary, a short noun phrase opening its clause (before the
        # comma of a bare participle)
        words = self._opening_np(doc, start - 1 if before else start, sent)
        if words is None and not before:
            words = self._proposition_subject(doc, start, sent)
        if words is not None and lemma not in self.g.person_target_verbs:
            head = self._np_head_token(doc, words.start, words.end)
            if head is not None and (norm_word(head) in self.speaking_nouns | self.g.person_nouns | self.g.kin_nouns or head.ent_type_ == "PER"):
                return None  # "Il pilota è stato escluso dalla gara": a person dealt with, not words
        if words is None:
            # "la cui estradizione è stata chiesta", "… ed è stata confermata": not the subject
            # (of a phrase, "è stato messo in dubbio", the participle's)
            subject = self._parsed_subject(doc, start, end - len(lemma.split()) + 1 if questioning else end, sent)
            return None if subject is None else (subject.start_char, subject.end_char, agent)
        return words.start_char, words.end_char, agent

    def _joined_clause_at(self, doc: Doc, i: int, floor: int) -> int | None:
        """The token where a clause joined by *e*/*ma* (``clause_joining_conjunctions``) opens,
        when the finite verb at token ``i`` (with its auxiliaries and clitics) comes right after
        the conjunction, the conjunction after token ``floor``: *è stata confermata la notizia
        della chiusura **e sono** iniziate le proteste*, the subject after the passive ends
        before it; else None."""
        start = self._verb_group_start(doc, i, floor)
        if start - 1 > floor and norm_word(doc[start - 1]) in self.g.clause_joining_conjunctions:
            return start - 1
        return None

    def _judgement_passive(self, doc: Doc, j: int, start: int, end: int, sent: Span, lemma: str):
        """(content start char, content end char, agent token range) of the passive of a verb of
        judging (``passive_judgement_verbs``) with its predicate and an agent *da X* before or
        after it: *le condizioni **erano state giudicate gravi** ieri dai medici*, *il piano è
        ritenuto inadeguato dalla commissione*, *la zona è descritta dai volontari come
        devastata*. The predicate is an adjective or participle, *come* + a phrase, or an
        articled noun phrase right after the verb (or its agent); the content runs from the
        subject's first word (the parse's passive subject before the auxiliary, a relative
        pronoun too) to the predicate's end. None without an agent (*è considerato uno dei
        maggiori poeti*: the writer's description), without a predicate, a subject, or with a
        verdict for predicate (``sense_objects``: *giudicato colpevole*)."""
        if not self.context(doc).has_dep:
            return None
        limit = sent.end
        agent = self._agent_at(doc, j, limit)
        if agent is not None:
            # (the agent's noun phrase ends at *come*, the predicate: "da Rossi come un errore")
            agent = (agent[0], next((m for m in range(agent[0] + 1, agent[1]) if norm_word(doc[m]) == "come"), agent[1]))
        k = self.skip_adverbs(doc, agent[1] if agent is not None else j, limit)
        if k >= limit:
            return None
        p = k + 1 if norm_word(doc[k]) == "come" and k + 1 < limit else k
        first = doc[p]
        if not (first.pos_ == "ADJ" or first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
                or p > k or norm_word(first) in self.g.articles | self.g.indefinite_articles) or first.is_punct:
            return None  # (a predicate: "gravi", "come devastata", "un errore"; not "da tempo", "in mattinata")
        if norm_word(first) in self.g.sense_objects.get(lemma, frozenset()):
            return None  # "è stato giudicato colpevole": a verdict
        stop = limit
        for m in range(p + 1, limit):
            if doc[m].is_punct or norm_word(doc[m]) in self.g.relatives or self.is_finite(doc[m]):
                stop = m  # (the predicate ends at a comma, a relative or another verb)
                break
            if agent is None and (found := self._agent_at(doc, m, limit)) is not None:
                if self._participle_in(doc, p + 1, m) and not self._named_agent(doc, found):
                    break  # ("definita una disgrazia causata da un errore": another participle's agent)
                agent, stop = found, m
                break
        if agent is None:
            return None
        # a time before the agent is the setting, not the predicate ("gravi ieri notte dai medici")
        while stop > p + 1 and (doc[stop - 1].lemma_.lower() in self.g.time_words or norm_word(doc[stop - 1]) in self.g.news_days):
            stop -= 1
        verb = doc[end - 1]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < start]
        if not subjects:
            return None
        first_word = subjects[0].left_edge
        if first_word.i < sent.start or any(t.is_punct and t.text != "'" for t in doc[first_word.i:start]):
            return None  # (a subject before a comma or bracket: not one short clause)
        return first_word.idx, doc[stop - 1].idx + len(doc[stop - 1]), agent

    def _participle_in(self, doc: Doc, start: int, end: int) -> bool:
        """A past participle among tokens ``start``..``end`` (by the parse, or an adjective with a
        participle's ending, ``past_participle``: *una disgrazia **causata** da…*)."""
        return any(t.pos_ in ("VERB", "AUX") or "Part" in t.morph.get("VerbForm")
                   or t.pos_ == "ADJ" and self.g.past_participle.search(norm_word(t)) for t in doc[start:end])

    def _named_agent(self, doc: Doc, agent: tuple[int, int]) -> bool:
        """The agent's head is a name, a person or a group that speaks (a title, a group speaker)."""
        head = self._np_head_token(doc, agent[0], agent[1])
        return head is not None and (head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN"
                                     or norm_word(head) in self.speaking_nouns | self.g.person_nouns)

    def _bare_subject_at(self, doc: Doc, k: int, limit: int, lemma: str) -> bool:
        """Token ``k``, right after a passive cue of ``lemma`` (and its agent), opens a noun
        phrase with no article, the postposed subject of the passive: a bare plural or mass noun
        (*vengono annunciate **riforme** per il paese*, *sono state chieste **garanzie***, *è
        stato chiesto **aiuto***) or a number and its noun, a quantity word maybe before it (*sono
        stati chiesti dal sindaco **300 milioni***, ***almeno 300 milioni***). Only for verbs that announce or ask for a noun phrase
        (``agent_participle_verbs``), not one whose other senses its object decides
        (``sense_objects``: *sono stati proposti problemi*, *confermati casi di…* are raised or
        found, and no article helps tell). Not a time (*è stato annunciato **domenica***,
        *annunciati **tre giorni fa***), a name or a capitalised word, nor a noun the parse
        hangs as an adjunct."""
        if lemma not in self.g.agent_participle_verbs or lemma in self.g.sense_objects:
            return False
        quantity = k + 2 < limit and norm_word(doc[k]) in self.g.quantity_openers and (doc[k + 1].like_num or doc[k + 1].pos_ == "NUM")
        k += quantity  # ("almeno 300 milioni": the number after the quantity word)
        noun = k + 1 if (doc[k].like_num or doc[k].pos_ == "NUM") and k + 1 < limit else k
        tok = doc[noun]
        # (a noun counted after a quantity word, with no preposition, which the parse hangs on
        # the agent or as an adjunct, "da X almeno 300 milioni", is the subject all the same)
        counted = quantity and noun > k and norm_word(tok) not in self.g.cue_adverbs \
            and not any(c.dep_ == "case" for c in tok.children)
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.ent_type_ or tok.dep_ not in ("nsubj", "nsubj:pass", "obj", "ROOT") \
                and not counted:
            return False  # (the parse makes it the verb's subject or object: not an adjunct, "viene ripetuto
            # cinque volte", nor the noun of a preposition, "confermata grazie a un accordo")
        if self.time_word(tok):
            return False
        return not (noun + 1 < limit and norm_word(doc[noun + 1]) in self.g.ago_words)

    def _opening_np(self, doc: Doc, stop: int, sent: Span) -> Span | None:
        """The short noun phrase that opens its clause and ends before token ``stop``: an
        article first, no finite verb, relative or conjunction (*L'attacco* of *L'attacco è
        stato condannato*), also after *, e* / *, ma* (*…, e **la sua versione** è stata messa in
        dubbio*); None when there is none."""
        m = stop
        while m > sent.start and doc[m - 1].text not in (",", ";", ":", "(") and stop - m < 10:
            m -= 1
        if m + 1 < stop and m > sent.start and doc[m - 1].text == "," and norm_word(doc[m]) in self.g.clause_joining_conjunctions:
            m += 1  # (", e la sua autenticità era stata…": the clause opens after its conjunction)
        while stop - 1 > m and norm_word(doc[stop - 1]) in self.g.addressee_clitics | self.g.negations:
            # "Il ritardo **gli** è stato rimproverato", "La chiusura **non** è stata confermata": the
            # one told and the negation, before the auxiliary, are no part of the subject
            stop -= 1
        words = doc[m:stop]
        if not len(words) or any(self.is_finite(t) for t in words) or norm_word(words[0]) not in self.g.articles \
                or any(norm_word(t) in self.g.relatives | self.g.proposition_conjunctions for t in words):
            return None
        return words

    def _proposition_subject(self, doc: Doc, stop: int, sent: Span) -> Span | None:
        """The subject opening the sentence up to the passive cue at token ``stop`` when it is a
        noun of a proposition (``proposition_nouns``, ``claim_nouns``) and its *che*-clause:
        ***L'ipotesi che il governo cada** è stata smentita dal ministro*, ***La possibilità che
        la scuola riapra** è confermata dal sindaco* (the noun's clause holds a verb, so it is
        no short noun phrase); None otherwise."""
        k = sent.start
        if not 4 <= stop - k <= 40 or norm_word(doc[k]) not in self.g.articles \
                or norm_word(doc[k + 1]) not in self.g.proposition_nouns | self.g.claim_nouns or norm_word(doc[k + 2]) != "che":
            return None
        if any(t.text in (";", ":", "(") or t.text in QUOTE_CHARS for t in doc[k:stop]):
            return None
        return doc[k:stop]

    def _parsed_subject(self, doc: Doc, start: int, end: int, sent: Span) -> Span | None:
        """The subject of a passive cue that opens its sentence, as the parse finds it, when it
        is longer than a few words, holds an apposition set off by commas or coordinates two noun
        phrases: ***La scomparsa di Carlo Neri, 50enne di Asolo,** era stata denunciata dalla
        sorella*, ***Il rinnovo del contratto e l'aumento dei salari** erano stati promessi
        dal ministro*. Every word but the commas hangs from the subject's head, and no verb.
        Only with a parse (without one a token's children are undefined)."""
        if not self.context(doc).has_dep:
            return None
        verb = doc[end - 1]
        heads = [t for t in verb.children if t.dep_ in ("nsubj", "nsubj:pass") and t.i < start]
        if len(heads) != 1 or heads[0].left_edge.i != sent.start or norm_word(doc[sent.start]) not in self.g.articles:
            return None
        stop = start
        while stop > sent.start and doc[stop - 1].text == ",":
            stop -= 1
        words = doc[sent.start:stop]
        if not 1 < len(words) <= 30 or any(self.is_verbish(t) or norm_word(t) in self.g.relatives for t in words):
            return None
        inside = {t.i for t in heads[0].subtree}
        if any(t.i not in inside for t in words if not t.is_punct):
            return None
        return words

    def _past_connective(self, doc: Doc, k: int, sent_end: int) -> int:
        """Past a connective set off by commas right after a source (*Secondo il sindaco,
        **infatti,** la strada…*, *Secondo la polizia, **tuttavia,** dopo che…*): it links the
        sentence to the one before and is not reported. ``k`` itself when there is none."""
        if k + 2 < sent_end and norm_word(doc[k]) in self.g.marker_adverbs | self.g.connective_adverbs \
                and doc[k + 1].text == ",":
            return k + 2
        return k

    def _subject_before_marker(self, doc: Doc, marker: int, sent: Span) -> int | None:
        """Start of the short subject (a few words, no verb, no comma) between the opening of a
        clause (its sentence, *che*, a conjunction) and a marker inside it; None when the marker
        opens its clause or follows a comma."""
        if marker <= sent.start or not doc[marker - 1].is_alpha or norm_word(doc[marker - 1]) in self.g.clause_openers:
            return None
        k = marker - 1
        while k > sent.start and not doc[k - 1].is_punct and norm_word(doc[k - 1]) != "che" \
                and norm_word(doc[k - 1]) not in self.g.clause_conjunctions:
            k -= 1
        words = doc[k:marker]
        if len(words) > 6 or any(self.is_verbish(t) or norm_word(t) in self.g.prepositions for t in words):
            return None
        return k

    def _after_aside(self, doc: Doc, j: int, end: int) -> int:
        """Past adverbs set off by commas right after a cue: *ha proposto**, allora,** di…*; past
        the medium that relays it: *ha invitato**, come ha riferito Radio Vaticana,** «a pregare…»*;
        past an aside before the object: *ha rimarcato**, come già fece nel 2009,** la grande
        energia…*, *lamentano** - malgrado le richieste -** una completa inazione*; past a gerund
        of the occasion or a participle phrase before *che* or *di*: *ha detto**, intervenendo
        alla Camera,** che…*, *ha detto**, intervistato dal Tg1,** che…*."""
        if j < end and doc[j].text in DASHES:
            close = next((m for m in range(j + 1, min(j + 15, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text in DASHES and close > j + 1 and close + 1 < end \
                    and norm_word(doc[close + 1]) in self.g.object_starts | {"che", "di"}:
                return close + 1
        if j >= end or doc[j].text != ",":
            return j
        k = j + 1
        if k < end and norm_word(doc[k]) == "come":
            close = next((m for m in range(k + 1, min(k + 10, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text == "," and close + 1 < end and doc[close + 1].text in QUOTE_CHARS:
                return close + 1
            if close is not None and doc[close].text == "," and close + 1 < end \
                    and norm_word(doc[close + 1]) in self.g.object_starts:
                return close + 1
        opener = self.skip_adverbs(doc, k, end)  # ("ha affermato, visibilmente commosso, che…")
        if opener < end and doc[opener].is_lower and (self.g.gerund.search(norm_word(doc[opener])) or self._participle_phrase(doc[opener])
                                                      or doc[opener].pos_ == "VERB" and "Part" in doc[opener].morph.get("VerbForm")):
            # "ha detto, intervenendo alla Camera, che…": a gerund of the occasion set off by
            # commas, then che or di + infinitive; a participle of the speaker's state or of
            # how the words were sought ("ha detto, intervistato dal Tg1, che…", "ha spiegato,
            # raggiunto al telefono, di…")
            close = next((m for m in range(opener + 1, min(opener + 12, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text == "," and close + 1 < end and (
                    norm_word(doc[close + 1]) == "che" or self.di_infinitive(doc, close + 1, end)):
                return close + 1
        k = self.skip_adverbs(doc, k, end)
        # (adverbs again after the closing comma: "afferma, tra l'altro, anche: …")
        return self.skip_adverbs(doc, k + 1, end) if k > j + 1 and k < end and doc[k].text == "," else j

    def _after_setting(self, doc: Doc, j: int, end: int) -> int:
        """Skip a short setting between a cue and *che* or *di* + infinitive: *ha annunciato **in
        una conferenza stampa** che…*, *ha scritto **su Twitter** che…*. Only when the clause
        follows within a few words without a verb or punctuation (a comma right before it is
        allowed); else a setting of a few words before an articled object (*ha annunciato **sul
        proprio Facebook** la riuscita dell'operazione*)."""
        if j + 1 < end and doc[j].text == "," and self._aside_setting_opener(doc[j + 1]):
            # "ha riferito, durante la puntata di ieri, di voler querelare…": a setting set off by
            # a comma, then che or di + infinitive (an object after it is not taken)
            found = self._clause_after_setting(doc, j + 1, end)
            if found == j + 1:
                found = self._clause_after_aside(doc, j + 1, end)
            if found == j + 1:
                # "ha confermato, in una breve conferenza stampa, la chiusura…": an articled
                # object right after the comma that closes the setting
                found = self._object_after_closed_setting(doc, j + 1, end)
            return found if found != j + 1 else j
        if j < end and norm_word(doc[j]) in self.g.object_setting_openers:
            return self._setting_before_object(doc, j, end)  # "reclama dal 1992 la sua estradizione"
        if j >= end or norm_word(doc[j]) not in self.g.setting_openers:
            return j
        found = self._clause_after_setting(doc, j, end)
        return found if found != j else self._setting_before_object(doc, j, end)

    def _clause_after_aside(self, doc: Doc, j: int, end: int) -> int:
        """The *che* or *di* + infinitive after the comma that closes a setting opened at ``j``
        right after a comma, when no finite verb is in it but in a clause of *chi*: *ha detto,
        **prima di entrare in aula,** che…*, *ha detto, **a chi gli chiedeva delle elezioni,**
        che…*; ``j`` when there is none."""
        who = False
        for k in range(j + 1, min(j + 14, end)):
            tok = doc[k]
            if tok.text == ",":
                m = self.skip_adverbs(doc, k + 1, end)
                if m < end and (norm_word(doc[m]) == "che" or self.di_infinitive(doc, m, end)):
                    return m
                return j
            if tok.is_punct or norm_word(tok) == "che":
                return j
            who = who or norm_word(tok) == "chi"
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and not who:
                return j  # (by its form: "il question time" is no verb)
        return j

    def clause_past_asides(self, doc: Doc, start: int, cue_end: int, j: int, end: int) -> int:
        """The *che* or *di* + infinitive right after a chain of asides set off by commas between
        a cue and its content, longer than the settings above reach: a setting or an addressee, a
        gerund's or a participle's phrase, a time, a clause of ``aside_clause_openers`` (its finite
        verb allowed), each with a relative clause of its own (*ha ribadito in una nota diffusa
        nel pomeriggio**, poche ore dopo la frana che ha isolato la valle,** che…*, *ha
        denunciato**, citando i dati raccolti negli ultimi mesi negli ospedali del Veneto,** che…*,
        *ha dichiarato al Corriere**, in un'intervista pubblicata oggi,** di…*). Not past an
        object or an agent (a piece opened by an article, a name, *di* or *da*: *ha approvato del
        nuovo testo, che…*, *approvata dall'Unione, che…*), nor a finite verb outside a relative
        clause; the *che* one the parse reads as a conjunction, not the relative pronoun of the
        noun before the comma (*per la sorte della figlia, che in realtà si trovava…*); ``j``
        when there is none. Only after a finite cue (*ha detto*, *sostiene*: not a gerund, a bare
        participle) outside a clause of *come* (*come ho detto, di…*: the writer's aside)."""
        if j >= end or norm_word(doc[j]) == "che" or self.di_infinitive(doc, j, end) \
                or not any("Fin" in t.morph.get("VerbForm") for t in doc[start:cue_end]) \
                or any(norm_word(t) in self.g.aside_clause_openers for t in doc[max(start - 2, 0):start]):
            return j
        openers = (self.g.setting_openers | self.g.aside_setting_openers | self.g.prepositions) \
            - self.g.forms("di") - self.g.forms("da")
        k, commas = j, 0
        while k < min(j + 45, end):
            if k > j + 1 and (self.di_infinitive(doc, k, end) or norm_word(doc[k]) == "che" and self._conjunction_che(doc, k, end)):
                return k
            m = self.skip_adverbs(doc, k, end)
            if m >= end:
                return j
            if doc[m].text == "," and m == j and not commas:
                k, commas = m + 1, 1  # the comma right after the cue (no aside yet: "egli ha detto, di…")
                continue
            tok, norm = doc[m], norm_word(doc[m])
            clause = norm in self.g.aside_clause_openers
            counted = (tok.pos_ in ("DET", "ADJ", "NUM") or tok.like_num) and any(
                norm_word(t) in self.g.counted_time_nouns for t in doc[m + 1:min(m + 3, end)])
            if not (clause or counted or tok.is_lower and (
                    norm in openers or self.g.gerund.search(norm) or self._participle_phrase(tok))):
                return j
            relative = clause
            n = m + 1
            while n < end and not doc[n].is_punct:
                if norm_word(doc[n]) in self.g.relatives:
                    relative = True  # ("la frana che ha isolato la valle": the relative's verb)
                elif doc[n].pos_ in ("VERB", "AUX") and "Fin" in doc[n].morph.get("VerbForm") and not relative:
                    return j
                n += 1
            if n >= end or doc[n].text != ",":
                return j
            k, commas = n + 1, commas + 1
        return j

    def _conjunction_che(self, doc: Doc, k: int, end: int) -> bool:
        """The *che* at ``k``, after a comma, opens a clause of its own, not a relative one on the
        noun before: the parse reads it as a conjunction, or a subject opens its clause (an
        article, a noun, a name, a pronoun that is no clitic: *, che **gli** occupanti…*, *, che
        **nessuno**…*; not a verb, a clitic, an adverb or a preposition: *, che ha diviso…*, *,
        che in realtà si trovava…*)."""
        if doc[k].dep_ == "mark" or doc[k].pos_ == "SCONJ":
            return True
        nxt = doc[k + 1] if k + 1 < end else None
        return nxt is not None and (nxt.pos_ in ("DET", "NOUN", "PROPN", "NUM")
                                    or nxt.pos_ == "PRON" and norm_word(nxt) not in self.g.clitics)

    def _aside_setting_opener(self, tok) -> bool:
        """A word opening a setting set off by commas after a cue: a preposition of
        ``setting_openers`` or ``aside_setting_openers``, or a number (*, al termine del
        vertice,*, *, 14 anni fa,*)."""
        return norm_word(tok) in self.g.setting_openers | self.g.aside_setting_openers or tok.like_num

    def _clause_after_setting(self, doc: Doc, j: int, end: int) -> int:
        """The *che* or the *di* + infinitive after the setting opened at ``j``; ``j`` when neither."""
        found = self._setting_before_che(doc, j, end)
        return found if found != j else self._setting_before_di(doc, j, end)

    def _setting_before_di(self, doc: Doc, j: int, end: int) -> int:
        """The *di* + infinitive after a setting of a few words without a verb: *ha annunciato
        **attraverso il proprio account di Twitter** di aver violato…*; a comma may close the
        setting. ``j`` when there is none."""
        for k in range(j + 2, min(j + 14, end)):
            tok = doc[k]
            if self.di_infinitive(doc, k, end):
                return k if norm_word(doc[k - 1]) not in self.g.compound_prepositions else j
            if tok.text == "," and k + 1 < end and self.di_infinitive(doc, k + 1, end):
                return k + 1
            if tok.is_punct or norm_word(tok) == "che" or self._setting_verb(doc, k):
                return j
        return j

    def _setting_verb(self, doc: Doc, k: int) -> bool:
        """Token ``k`` inside a setting is a verb that ends it: verbish, not capitalised, and not an
        adjective of time right after a noun of time that the tagger reads as a participle (*nei
        giorni **scorsi***, *nei mesi **passati***: ``time_adjectives`` after ``time_words`` or
        ``counted_time_nouns``), which still belongs to the setting."""
        tok = doc[k]
        if not self.is_verbish(tok) or tok.is_title:
            return False
        return not (k > 0 and norm_word(tok) in self.g.time_adjectives and (
            self.time_word(doc[k - 1]) or norm_word(doc[k - 1]) in self.g.counted_time_nouns))

    def _object_after_closed_setting(self, doc: Doc, j: int, end: int) -> int:
        """The article right after the comma that closes a setting of a few words without a
        verb (*in una breve conferenza stampa**, la** chiusura…*); ``j`` when there is none."""
        articles = self.g.definite | self.g.indefinite_articles
        for k in range(j + 1, min(j + 10, end)):
            tok = doc[k]
            if tok.text == "," and k + 1 < end and norm_word(doc[k + 1]) in articles:
                return k + 1
            if tok.is_punct or self.is_verbish(tok) and not tok.is_title:
                return j
        return j

    def _setting_before_object(self, doc: Doc, j: int, end: int) -> int:
        """The article opening an object after a setting of a few words without a verb (*sul
        proprio Facebook **la** riuscita…*); ``j`` when there is none."""
        articles = self.g.definite | self.g.indefinite_articles
        for k in range(j + 1, min(j + 10, end)):
            tok = doc[k]
            if tok.is_punct or self._setting_verb(doc, k):
                return j
            if k > j + 1 and norm_word(tok) in articles and norm_word(doc[k - 1]) not in \
                    self.g.prepositions | articles | self.g.and_conjunctions:  # ("con la preside ed i Carabinieri")
                return k
        return j

    def _setting_before_che(self, doc: Doc, j: int, end: int) -> int:
        """The *che* after a setting (*in una conferenza stampa, che…*), a past participle
        qualifying its noun too (*in una lunga intervista **pubblicata** oggi dal Corriere della
        Sera che…*), a bracketed aside closing it (*con una sentenza 5 a 4 **(i giudici sono
        nove)** che…*); ``j`` when there is none."""
        participle = False
        for k in range(j + 1, min(j + 14, end)):
            tok = doc[k]
            if norm_word(tok) == "che":
                return k if k > j + 1 else j
            if tok.text == "(" and k > j + 1:
                close = next((m for m in range(k + 1, min(k + 16, end)) if doc[m].text in "()"), None)
                return close + 1 if close is not None and doc[close].text == ")" and close + 1 < end \
                    and norm_word(doc[close + 1]) == "che" else j
            if tok.text == "," and k > j + 1 and k + 1 < end and self._aside_setting_opener(doc[k + 1]):
                # "ha scritto su Facebook, poco dopo le 20, che…": a second setting set off by commas
                found = self._clause_after_aside(doc, k + 1, end)
                return found if found != k + 1 and norm_word(doc[found]) == "che" else j
            if tok.text == ",":
                # "ha dichiarato nelle scorse settimane, ingiustamente, che…"
                m = k
                while m < end and doc[m].text == ",":
                    m = self.skip_adverbs(doc, m + 1, end)
                return m if m < end and norm_word(doc[m]) == "che" else j
            if k - j >= 8 and not participle:
                return j  # (the longer reach only past a participle's phrase)
            if self._participle_phrase(tok) and norm_word(doc[k - 1]) not in self.g.auxiliaries and doc[k - 1].pos_ != "AUX":
                participle = True
                continue
            if tok.is_punct or self._setting_verb(doc, k):
                return j
        return j
