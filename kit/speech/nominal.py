"""Cues with no verb of saying: nouns of news, requests, appeals, charges, plans and opinions
(*la notizia che…*, *la richiesta di X di…*, *l'appello alla calma*, *l'accusa di…*), with their
issuer when the text names one.

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..components.lemmatizer import lookup_lemma
from ..quotemarks import QUOTE_CHARS
from .base import DASHES, FinderBase, norm_word


class NominalCues(FinderBase):
    """Cues with no verb of saying: nouns of news, requests, appeals, charges, opinions."""

    def news_cue(self, doc: Doc, i: int, sent: Span):
        """*la notizia che…*, *è notizia di oggi che…*: a report no one signs (the speaker is
        null, the content the *che*-clause); rumours with what they are about (*voci di un
        colpo di stato*, *indiscrezioni sulla chiusura delle trattative*: the content is the
        noun phrase after the preposition). It opens only at a word of ``news_openers``
        (:meth:`find_cues` tries it nowhere else)."""
        if norm_word(doc[i]) in self.g.existential_report_nouns:
            stated = self.existential_report(doc, i, sent)
            if stated is not None:
                return stated
        if norm_word(doc[i]) in self.g.rumour_nouns and i + 2 < sent.end and doc[i + 2].is_alpha and (
                norm_word(doc[i + 1]) in self.g.forms("su") | {"circa"} or norm_word(doc[i + 1]) in self.g.forms("di")
                and (norm_word(doc[i + 2]) in self.g.indefinite_articles or norm_word(doc[i + 2]).endswith(tuple(self.g.abstract_suffixes)))):
            # (with di, an event: "voci di un colpo di stato", not "le voci dei bambini")
            if self._listed_entries(doc, i, sent):
                return None  # "Categoria che comprende le voci sui film…": entries, not rumours
            return (i, i + 2, "nominal", f"nominal:{norm_word(doc[i])}", None)
        if norm_word(doc[i]) in self.g.urging_nouns:
            appeal = self.urging_cue(doc, i, sent)
            if appeal is not None:
                return appeal
        if norm_word(doc[i]) in self.g.charge_nouns:
            return self._charge_noun(doc, i, sent)
        if norm_word(doc[i]) in self.g.hypothesis_charge_nouns:
            return self._listed_hypothesis(doc, i, sent) or self._charge_hypothesis(doc, i, sent)
        if norm_word(doc[i]) in self.g.attached_speech_nouns:
            return self._attached_speech(doc, i, sent)
        if norm_word(doc[i]) in self.g.content_che_nouns - self.g.news_nouns:
            # "resta il (legittimo) timore che la diga ceda": after a definite article and at most
            # one adjective (not "un sospetto che"), the noun phrase no preposition's complement
            # (not "nella speranza che", "propende per l'ipotesi che": the writer's reasoning),
            # the clause with its own subject, no preposition first (not "i timori che in
            # precedenza erano stati avanzati": a relative past an adverbial phrase)
            # (not in a direct question: "come potrebbe nascere il sospetto che…?" asserts none)
            k = i - 1 if i > sent.start and doc[i - 1].pos_ != "ADJ" else i - 2
            if doc[sent.end - 1].text == "?":
                return None
            m = k - 1
            while m > sent.start and doc[m].pos_ == "ADV":
                m -= 1
            if m >= sent.start and self.lemmas(doc[m]) & self.reaction_only_verbs:
                return None  # "destando (erroneamente) la preoccupazione che…": a feeling aroused, no one voices it
            if k >= sent.start and norm_word(doc[k]) in self.g.definite and not (
                    k > sent.start and norm_word(doc[k - 1]) in self.g.prepositions) and self._content_che(doc, i + 1, sent.end) \
                    and doc[i + 2].pos_ != "ADP" and norm_word(doc[i + 2]) not in self.g.prepositions:
                return (i, i + 1, "nominal", f"nominal:{norm_word(doc[i])}", None)
            return None
        if norm_word(doc[i]) not in self.g.news_nouns:
            return None
        if self._spread_news(doc, i, sent):
            return (i, i + 2, "nominal", f"nominal:{norm_word(doc[i])}", None)
        j = i + 1
        if j + 1 < sent.end and norm_word(doc[j]) == "di" and norm_word(doc[j + 1]) in self.g.news_days:
            j += 2  # "di oggi", "di ieri"
        if j + 1 >= sent.end or norm_word(doc[j]) != "che":
            return None
        k = j + 1
        while k < sent.end and (norm_word(doc[k]) in self.g.clitics or doc[k].pos_ == "ADV"):
            k += 1
        if k < sent.end and (self.is_finite(doc[k]) or doc[k].pos_ in ("AUX", "VERB")) and not self._news_predicate(doc, i, sent):
            return None  # "la notizia che ha sconvolto il Paese": a relative, not the content
        return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)

    def _news_predicate(self, doc: Doc, i: int, sent: Span) -> bool:
        """The news noun at ``i`` is the predicate of a copula whose subject is the *che*-clause
        after it: bare after the copula (*è notizia di oggi che sarà sospeso*), or after its
        article with the day fronted (*è di ieri la notizia che verrà chiuso il ponte*): the
        clause is the news even with its verb first. Not with the article right after the copula
        (*è la notizia che ha sconvolto il Paese*: a relative)."""
        k = i - 1
        if k >= sent.start and norm_word(doc[k]) in self.g.copulas:
            return True
        if k < sent.start or norm_word(doc[k]) not in self.g.definite:
            return False
        m = k - 1
        while m > max(sent.start, k - 5) and norm_word(doc[m]) not in self.g.forms("di"):
            m -= 1
        return m - 1 >= sent.start and norm_word(doc[m]) in self.g.forms("di") and norm_word(doc[m + 1]) in self.g.news_days \
            and norm_word(doc[m - 1]) in self.g.copulas

    def existential_report(self, doc: Doc, i: int, sent: Span):
        """A charge or a suspicion (``existential_report_nouns``) an existential *essere* states,
        no one named (*in più **vi furono accuse sulle** pressioni della polizia*, *sebbene **vi
        siano sospetti su** carenze di manutenzione*, *ci sono stati pesanti sospetti di doping*):
        the content is the noun phrase after *su* or the *di* phrase. Determiners, adjectives
        and adverbs between the verb and the noun (at most two); not a denied one (*non ci sono
        sospetti su di lui*), nor whose after *di* (*vi sono accuse di Rossi*)."""
        k = i - 1
        while k > max(sent.start, i - 3) and doc[k].pos_ in ("DET", "ADJ", "ADV"):
            k -= 1
        if k - 1 > sent.start and "essere" in self.lemmas(doc[k]) and "essere" in self.lemmas(doc[k - 1]):
            k -= 1  # "ci sono stati sospetti"
        if k - 1 < sent.start or "essere" not in self.lemmas(doc[k]) or norm_word(doc[k - 1]) not in self.g.existential_clitics \
                or k - 2 >= sent.start and norm_word(doc[k - 2]) in self.g.negations:
            return None
        j = i + 1
        if j + 1 >= sent.end or not doc[j + 1].is_alpha:
            return None
        if norm_word(doc[j]) in self.g.forms("su"):
            return (i, j + 1, "nominal", f"nominal:{norm_word(doc[i])}", None)
        if norm_word(doc[j]) in self.g.forms("di") and not (doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ in ("PER", "ORG")):
            return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)
        return None

    def _listed_entries(self, doc: Doc, i: int, sent: Span) -> bool:
        """The noun at ``i`` is the object of a verb of containing or listing (``listing_verbs``),
        right before it past an article (*comprende **le voci** sui…*) or its head in the parse,
        or its present participle (*comprendente voci sui…*): entries of a reference work."""
        if norm_word(doc[i]) not in self.g.entry_nouns:
            return False  # ("raccoglie indiscrezioni su…" reports them)
        k = i - 1
        if k > sent.start and norm_word(doc[k]) in self.g.articles:
            k -= 1
        verbs = self.g.listing_verbs
        participles = {v[:-3] + ("ante" if v.endswith("are") else "ente") for v in verbs}
        before = doc[k] if k >= sent.start else None
        if before is not None and (self.lemmas(before) & verbs or norm_word(before) in participles):
            return True
        head = doc[i].head
        return doc[i].dep_ == "obj" and head.i < i and bool(self.lemmas(head) & verbs)

    def _spread_news(self, doc: Doc, i: int, sent: Span) -> bool:
        """*si è diffusa la notizia del crollo…*, *era arrivata la notizia della chiusura…*, *il
        bollettino reca la notizia dell'aggravamento…*, *la notizia della chiusura, arrivata
        ieri*: news that spreads, arrives or is carried (a verb of ``announcing_verbs`` right
        before its article, or after it in the same phrase) reports the event named after *di*,
        a report no one signs. News that is only learnt or received (*appresa la notizia della
        morte*) is the hearer's, and left alone."""
        if i - 2 < sent.start or i + 2 >= sent.end or norm_word(doc[i - 1]) not in self.g.definite:
            return False
        if norm_word(doc[i + 1]) not in self.g.forms("di") or not doc[i + 2].is_alpha \
                or norm_word(doc[i + 2]) in self.g.news_days:
            return False
        after = []
        for tok in doc[i + 2:min(i + 14, sent.end)]:
            if tok.is_punct or norm_word(tok) in self.g.subordinators:
                break
            after.append(tok)
        return any(self._spreads(tok) for tok in [doc[i - 2]] + after)

    def _spreads(self, token) -> bool:
        """A form of a verb of ``announcing_verbs``, a participle too, whose lemma may be its
        masculine form (*diffusa* -> *diffuso* -> *diffondere*)."""
        return self._announcing(token) or token.is_alpha and any(
            lookup_lemma(lemma, self.lang) in self.g.announcing_verbs for lemma in self.lemmas(token))

    def request_cue(self, doc: Doc, i: int, sent: Span):
        """A request, a proposal or a promise with its agent after *di* (*la richiesta
        dell'ANCI al governo di rinviare la tassa*, *la proposta del leader Mario Rossi di uscire
        dalla maggioranza*, *la promessa della società di ricostruire il ponte*): the agent
        speaks (a name, an organisation or a description), the content is the *di* +
        infinitive after it (or *di* + an indefinite noun phrase after a name: *la richiesta di
        Rossi di un nuovo candidato*); a group after a bare *di* may open with an indefinite
        when its head speaks (*le contestazioni di alcuni dipendenti in merito ai turni*); a noun
        of ``will_nouns`` speaks only with a name (*la volontà di X di restare*, not *la volontà
        dell'attore di…*). Only after an article (not
        *su richiesta di X*, a procedure), with the agent right after the noun (not *la
        richiesta di rinvio a giudizio avanzata da X*). A noun of belief or opinion takes a
        *che*-clause too, right after the agent or after a copula (*la convinzione di X che…*,
        *la tesi della difesa è che…*); a possessive at the head of a clause is its agent (*La
        sua convinzione è che…*). A noun
        of ``target_nouns`` takes, after a named agent, what it is against or about
        (:meth:`_target_opens`: *le critiche del sindaco nei confronti della giunta*, *il
        ricorso di X contro la gara*); only that when it is none of the nouns above."""
        if i <= sent.start or i + 3 >= sent.end or doc[i].pos_ not in ("NOUN", "PROPN", ""):
            return None
        before = norm_word(doc[i - 1])
        if before in self.g.possessives and i - 2 >= sent.start and norm_word(doc[i - 2]) in self.g.definite \
                and (i - 2 == sent.start or doc[i - 3].is_punct or norm_word(doc[i - 3]) in self.g.clause_joining_conjunctions) and (
                self._content_che(doc, i + 1, sent.end)
                or norm_word(doc[i + 1]) in self.g.copulas and self._copular_che(doc, i + 2, sent.end)):
            # "La sua richiesta che il processo sia rinviato…", "Il loro timore è che…": the owner
            # the possessive refers to speaks (the speaker rules resolve it); only at the head of
            # a clause (not "il giudice ha respinto la sua richiesta che…": whose is unclear)
            return (i, i + 1, "request", f"request:{norm_word(doc[i])}", (i - 1, i))
        if before not in self.g.articles | self.g.indefinite_articles and before not in self.articled_prepositions:
            return None
        j = i + 1
        if norm_word(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        agent, named = j + 1, False
        # an opinion noun's owner speaks only through a che-clause ("l'idea di X di creare…": a
        # plan; a colon after the owner is the colon rules')
        che_only = norm_word(doc[i]) in self.g.opinion_nouns - self.g.request_nouns - self.g.belief_nouns
        targeted = norm_word(doc[i]) in self.g.target_nouns
        target_only = targeted and norm_word(doc[i]) not in self.g.request_nouns | self.g.belief_nouns | self.g.opinion_nouns
        if norm_word(doc[j]) in ("di", "d'"):
            # a bare "di": a name (not "la richiesta di rinvio")
            named = doc[agent].is_title or doc[agent].ent_type_ in ("PER", "ORG")
            if not named and not (norm_word(doc[agent]) in self.g.indefinites and doc[agent + 1].is_alpha):
                # "le contestazioni di alcuni dipendenti": a group of speakers (the head is checked below)
                return None
        k = agent + 1
        while k < min(agent + 9, sent.end - 1):
            tok = doc[k]
            if self._colon_content(doc, k, sent.end):
                break  # "È arrivato l'annuncio di Marco Rossi: il festival si farà"
            if norm_word(tok) in self.g.copulas and (self.di_infinitive(doc, k + 1, sent.end)
                                                 or self._a_infinitive(doc, k + 1, sent.end)
                                                 or self._copular_che(doc, k + 1, sent.end)):
                break  # "L'appello del sindaco ai cittadini è di restare a casa", "Il timore degli
                # esperti è che…": the agent stops at the copula
            apposed = self._agent_apposition(doc, k, sent.end) if k > agent else None
            if apposed is not None and (not che_only or self._content_che(doc, apposed, sent.end)):
                # "la richiesta del candidato alla presidenza, Marco Rossi, di rinviare…": the
                # name in commas is the agent, its content right after
                return (i, i + 1, "request", f"request:{norm_word(doc[i])}", (k + 1, apposed - 1))
            if norm_word(tok) in self.g.and_conjunctions and k + 1 < sent.end and norm_word(doc[k + 1]) in self.g.articles:
                return None  # "dei timori del figlio e le paure di morire": a second noun phrase, not the agent's
            if tok.is_punct or tok.text in QUOTE_CHARS or self.is_finite(tok):
                return None
            if self.di_infinitive(doc, k, sent.end) or self._a_infinitive(doc, k, sent.end) \
                    or self._content_che(doc, k, sent.end) \
                    or norm_word(doc[i]) in self.g.urging_nouns and self._a_urged(doc, k, sent.end) \
                    or targeted and self._target_opens(doc, k, sent.end):
                break  # ("l'appello del vescovo alla calma": what an appeal urges, a noun phrase)
            if norm_word(tok) == "di" and named and k == agent + 1 + sum(1 for t in doc[agent + 1:k] if t.ent_iob_ == "I") \
                    and norm_word(doc[k + 1]) in self.g.indefinite_articles:
                break  # "la richiesta di Rossi di un nuovo candidato"
            k += 1
        else:
            return None
        if che_only and not self._content_che(doc, k, sent.end) and not self._copular_che(doc, k + 1, sent.end):
            return None
        if target_only and not self._target_opens(doc, k, sent.end):
            return None
        end = k
        addressee = next((m for m in range(agent + 1, k) if norm_word(doc[m]) in self.g.forms("a")), None)
        if addressee is not None:
            end = addressee  # "del consiglio comunale al sindaco di istituire…": the addressee is not the speaker
        ents = [e for e in self.context(doc).ents_in_tokens(agent, end) if e.end <= end]
        head = self._np_head(doc, agent, end, self.g.indefinites)
        if not (any(e.label_ in ("PER", "ORG") for e in ents) or head in self.speaking_nouns
                or doc[agent].is_title and not any(e.label_ in ("LOC", "GPE") for e in ents)):
            return None  # "la richiesta della presenza di un perito": no one asks
        if norm_word(doc[i]) in self.g.will_nouns and not any(e.label_ in ("PER", "ORG") for e in ents):
            return None  # "la volontà dell'attore di seguire un criterio": a will in theory, no one's words
        return (i, i + 1, "request", f"request:{norm_word(doc[i])}", (agent, end))

    def _target_opens(self, doc: Doc, k: int, end: int) -> bool:
        """A phrase of ``target_openers`` at token ``k``, its last preposition in any contracted
        form, and a word after it: what a noun of ``target_nouns`` is against or about (*contro
        la gara*, *nei confronti della giunta*, *sulla riforma*); not a channel after *su* (*le
        critiche del sindaco su Facebook*: where they were made), nor a compound preposition
        (*sulla base di*, ``su_compound_nouns``)."""
        for opener in self.g.target_openers:
            words = opener.split()
            last = k + len(words) - 1
            if last + 1 >= end or any(norm_word(doc[k + m]) != w for m, w in enumerate(words[:-1])) \
                    or norm_word(doc[last]) not in self.g.forms(words[-1]):
                continue
            j = last + 1
            while j < end and doc[j].pos_ == "DET":
                j += 1
            return j < end and doc[j].is_alpha and norm_word(doc[j]) not in self.g.channel_nouns \
                and not (norm_word(doc[j]) in self.g.su_compound_nouns and j + 1 < end and norm_word(doc[j + 1]) in self.g.forms("di"))
        return False

    def _agent_apposition(self, doc: Doc, k: int, end: int) -> int | None:
        """A name set in commas at token ``k`` after a speech noun's agent (*la richiesta del
        candidato**, Marco Rossi,** di rinviare…*, *il timore del presidente**, Anna Bruni,**
        che…*): the token after the closing comma, when content opens there (*di*/*a* +
        infinitive or a *che*-clause); else None (*la richiesta del sindaco, che è stata
        respinta*, *l'appello del vescovo, Marco Rossi e Anna Bruni*: a list, no apposition)."""
        if doc[k].text != "," or k + 3 >= end or doc[k + 1].ent_iob_ != "B" or doc[k + 1].ent_type_ not in ("PER", "ORG"):
            return None
        m = k + 2
        while m < end and doc[m].ent_iob_ == "I":
            m += 1
        if m + 1 >= end or doc[m].text != ",":
            return None
        m += 1
        if self.di_infinitive(doc, m, end) or self._a_infinitive(doc, m, end) or self._content_che(doc, m, end):
            return m
        return None

    def request_content(self, doc: Doc, np_end: int, end: int, targeted: bool = False) -> tuple[int, int]:
        """(first, end) tokens of what a request asks (:meth:`request_cue`): from the *di* after
        its agent and addressee to the verb of the clause the noun belongs to (*una richiesta
        dell'ANCI di rinviare la tassa **ha portato**…*) or a comma not followed by another
        *di* (*la promessa di X di costruire un ponte, di fare investimenti, il ministro…*), the
        verb's negation left out (*la promessa di X di abbassare le tasse **non è stata**
        mantenuta*). With ``targeted`` (a noun of ``target_nouns``) it may open with what the
        noun is against or about (*contro la gara*)."""
        first = next(k for k in range(np_end, end) if targeted and self._target_opens(doc, k, end)
                     or self._a_infinitive(doc, k, end) or self._a_urged(doc, k, end)
                     or self._content_che(doc, k, end)
                     or self._colon_content(doc, k, end) or self._copular_che(doc, k, end)
                     or norm_word(doc[k]) == "di" and (self.di_infinitive(doc, k, end)
                                                   or norm_word(doc[k + 1]) in self.g.indefinite_articles))
        if doc[first].text == ":":
            return first + 1, end  # "la denuncia di Legambiente: il fiume è inquinato"
        if norm_word(doc[first]) == "che":
            # "la convinzione di X che la crisi sia finita non convince": the clause without its
            # "che", up to the main verb (as after a bare "secondo cui")
            sent = self.context(doc).sent(first)
            stop = next((k for k in range(first + 1, end) if doc[k].text in (";", ":", "(") or doc[k].text in DASHES), end)
            main = self.bare_relative_end(doc, first, first + 1, sent)
            return first + 1, min(stop, main) if main is not None else stop
        verb = first + 1
        while verb < end - 1 and norm_word(doc[verb]) in self.g.di_infinitive_fillers:
            verb += 1  # "di non essere…": the infinitive itself is no verb of the main clause
        for k in range(max(first + 2, verb + 1), end):
            if doc[k].text in (",", ";", ":", "(") or doc[k].text in DASHES:
                if k + 1 < end and norm_word(doc[k + 1]) == "di":
                    continue
                return first, k
            if (self.is_finite(doc[k]) or doc[k].pos_ == "AUX") and norm_word(doc[k - 1]) not in self.g.subordinators | self.g.relatives:
                while k - 1 > first + 2 and norm_word(doc[k - 1]) in self.g.negations:
                    k -= 1
                return first, k
        return first, end

    def _colon_content(self, doc: Doc, k: int, end: int) -> bool:
        """A colon at token ``k`` right after a speech noun's agent, then a clause without
        marks (*l'annuncio di X**: il festival si farà***, *la denuncia di Legambiente**: il
        fiume è inquinato***): what was said; words in marks are a direct quote of their own."""
        if doc[k].text != ":" or k + 3 >= end or doc[k + 1].text in QUOTE_CHARS:
            return False
        return any(self.is_finite(t) for t in doc[k + 1:end])

    def _content_che(self, doc: Doc, k: int, end: int) -> bool:
        """*che* at token ``k`` opens a content clause with its own subject (*la convinzione di
        X **che la crisi** sia finita*), or with its verb in the subjunctive (*il sospetto che
        **abbiano** mentito*, *la richiesta di X che **sia** rinviato*: a relative on a definite
        noun takes the indicative), not a relative whose verb follows it (*la richiesta di X
        **che è stata** respinta*)."""
        if k + 2 >= end or norm_word(doc[k]) != "che":
            return False
        m = k + 1
        while m < end and (norm_word(doc[m]) in self.g.clitics or doc[m].pos_ == "ADV"):
            m += 1
        if m < end and "Sub" in doc[m].morph.get("Mood"):
            return True
        return m < end and not (self.is_finite(doc[m]) or doc[m].pos_ in ("AUX", "VERB", "PUNCT"))

    def _copular_che(self, doc: Doc, k: int, end: int) -> bool:
        """*che* at token ``k`` right after a copula (*il timore degli esperti **è che** il virus
        torni*, *la tesi della difesa **è che**…*): a content clause predicated of the noun
        before the copula, whatever follows *che* (a copula takes no relative there)."""
        return 0 < k and k + 1 < end and norm_word(doc[k]) == "che" and norm_word(doc[k - 1]) in self.g.copulas

    def _attached_speech(self, doc: Doc, i: int, sent: Span):
        """*con la raccomandazione di…*, *con la motivazione che…*, *con l'invito a…*: a speech
        act that comes with the act of the clause (*ha diramato un'allerta **con la
        raccomandazione di** non uscire*, *ha ridotto la pena **con la motivazione che**…*); the
        content is the *di*/*a* + infinitive or the *che*-clause. Only after *con* and a
        definite article (not *con una richiesta di fondi*: a thing asked for, with no clause)."""
        if i < sent.start + 2 or norm_word(doc[i - 1]) not in self.g.definite \
                or norm_word(doc[i - 2]) != "con" and not self._arriving_subject(doc[i - 2]):
            return None
        j = i + 1
        if j + 1 >= sent.end:
            return None
        if norm_word(doc[j]) == "che" or self.di_infinitive(doc, j, sent.end) \
                or norm_word(doc[j]) in self.g.forms("a") and self.is_infinitive(doc[j + 1]):
            return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)
        return None

    def _arriving_subject(self, verb) -> bool:
        """``verb`` right before a speech noun's article is a verb of arriving or spreading
        (``announcing_verbs``) with no subject of its own nor an *avere* auxiliary: the noun after
        it is its subject, the act of no one named (*dalla Farnesina giunge l'invito a…*; not
        *il sindaco ha fatto l'appello a…*, the parse reads such a subject as an object)."""
        return self._spreads(verb) and not any(
            c.dep_.startswith("nsubj") or c.dep_ == "aux" and "avere" in self.lemmas(c) for c in verb.children)

    def _not_lacking(self, doc: Doc, v: int, sent: Span) -> bool:
        """Token ``v`` is a verb of ``lacking_verbs`` denied (*non mancano gli inviti a…*, *non
        sono mancati gli appelli alla calma*): the noun after it, its subject, was issued by
        someone, as after a verb of arriving."""
        if not self.lemmas(doc[v]) & self.g.lacking_verbs:
            return False
        k = v - 1
        if k > sent.start and self.lemmas(doc[k]) & self.g.auxiliaries:
            k -= 1  # "non sono mancati"
        return k >= sent.start and norm_word(doc[k]) in self.g.negations

    def urging_cue(self, doc: Doc, i: int, sent: Span):
        """An appeal whose content is what it urges, a noun phrase after *a* (``urged_objects``),
        with no agent after the noun (*l'appello alla calma*, *gli inviti a un disimpegno
        militare*, *un'esortazione ai cittadini alla prudenza*: an addressee may come first):
        the noun after an article or an articled preposition, adjectives after it skipped; the
        speaker is left to the speaker rules. Only an appeal someone issued: after *con* or a verb
        of arriving (*giunge l'invito alla calma*), or with the participle of a verb that issues
        it after (*l'appello al dialogo, lanciato da X*), not one merely named (*il richiamo alla
        responsabilità deve unirsi a…*). Not an addressee alone (*l'appello ai giovani*, *il
        richiamo ai mercati*), nor a thing one is invited to (*l'invito al pranzo*); an agent
        after *di* is :meth:`request_cue`'s."""
        k = i - 1
        if k > sent.start and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1  # "un forte appello"
        if k < sent.start or norm_word(doc[k]) not in self.g.articles | self.g.indefinite_articles | self.articled_prepositions:
            return None
        j = i + 1
        while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j += 1  # "l'appello accorato alla calma"
        issued = k > sent.start and (norm_word(doc[k - 1]) == "con" or self._arriving_subject(doc[k - 1])
                                     or self._not_lacking(doc, k - 1, sent)) \
            or self._issuing_participle(doc, j, min(j + 10, sent.end)) is not None
        if not issued:
            return None
        if self._a_urged(doc, j, sent.end):
            return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)
        if j >= sent.end or norm_word(doc[j]) not in self.g.forms("a"):
            return None
        for m in range(j + 2, min(j + 6, sent.end)):  # "ai cittadini alla prudenza": past the addressee
            if doc[m].is_punct or self.is_finite(doc[m]) or doc[m].pos_ in ("VERB", "AUX"):
                return None
            if self._a_urged(doc, m, sent.end):
                return (i, m, "nominal", f"nominal:{norm_word(doc[i])}", None)
        return None

    def _issuing_participle(self, doc: Doc, j: int, end: int) -> int | None:
        """The first past participle from token ``j`` to ``end`` of a verb that issues a speech
        noun (the rule file's ``need_object`` verbs: *l'appello alla calma **lanciato** da X*,
        *rivolto*, *espresso*), or None."""
        return next((t.i for t in doc[j:end] if t.is_lower and "Part" in t.morph.get("VerbForm")
                     and self.lemmas(t) & self.need_object.keys()), None)

    def _a_urged(self, doc: Doc, j: int, end: int) -> bool:
        """*a* (or an articled form) at token ``j`` + what an appeal urges (``urged_objects``),
        an article and adjectives between: *alla calma*, *a una tregua*, *al massimo rispetto*.
        The reading of what a noun of urging urges; a verb of appeal takes any common noun
        (:meth:`urged_noun`: *esorta alla calma*), a noun only a listed one, as after a noun *a*
        more often names an addressee or a destination (*l'appello ai giovani*, *l'invito al
        pranzo*)."""
        if j + 1 >= end or norm_word(doc[j]) not in self.g.forms("a"):
            return False
        k = j + 1
        if norm_word(doc[j]) in ("a", "ad") and norm_word(doc[k]) in self.g.articles | self.g.indefinite_articles:
            k += 1
        while k < end - 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower and norm_word(doc[k]) not in self.g.urged_objects:
            k += 1
        return k < end and norm_word(doc[k]) in self.g.urged_objects

    def _charge_noun(self, doc: Doc, i: int, sent: Span):
        """A charge no one signs (*arrestato **con l'accusa di** omicidio*, *L'accusa è di
        rapimento*): the content is the *di* phrase, the speaker null. Not the accusations of
        someone (*le accuse di Microsoft*), a charge merely mentioned (*per quanto riguarda
        l'accusa di doping*) or the object of a cue (*ha respinto le accuse di aver mentito*):
        only after *con* or before a copula."""
        j = i + 1
        copula = j < sent.end and norm_word(doc[j]) in self.g.copulas
        far = None if copula else self._copula_after_charge(doc, i, sent)
        if far is not None and doc[far].text == ":":
            return (i, far, "nominal", f"nominal:{norm_word(doc[i])}", None)  # "L'accusa per il sindaco: abuso d'ufficio"
        if far is not None:
            j, copula = far, True
        j += int(copula)
        if far is not None and j < sent.end and norm_word(doc[j]) in self.g.demonstrative_pronouns:
            j += 1  # "Le accuse a X sono quelle di aver…"
        if far is not None and j + 1 < sent.end and doc[j].text == ":":
            return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)  # "L'accusa per loro è: omicidio"
        if copula and far is None and j + 1 < sent.end and doc[j].pos_ == "NOUN" and doc[j].is_lower \
                and i > sent.start and norm_word(doc[i - 1]) in self.g.definite:
            # "l'accusa sarebbe concorso in omicidio": the charge named bare after the copula,
            # no article (not "l'accusa è falsa", "l'accusa è stata respinta", "l'accusa è la stessa")
            return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)
        issued = False
        article = i - 1 if i > sent.start and norm_word(doc[i - 1]) in self.g.articles else i
        if not copula and j + 2 < sent.end and doc[j].text == "," and self._issuing_participle(doc, j + 1, j + 2) is not None \
                and not (article > sent.start and self.lemmas(doc[article - 1]) & (self.single_verbs | self.object_verbs)):
            # "l'accusa, rivolta a tre dirigenti, di aver…": the participle that issued the charge
            # in commas, the charge after it (reported whatever comes before the noun, but for a
            # speech verb whose object it is: "ha respinto l'accusa, rivolta da X, di…")
            # (with no finite verb after it: not "l'accusa, mossa da X, di… è caduta", the
            # subject of a clause whose verb would end up in the content)
            close = next((m for m in range(j + 2, min(j + 10, sent.end - 1)) if doc[m].text == ","), None)
            if close is not None and norm_word(doc[close + 1]) in self.g.forms("di") \
                    and not any(self.is_finite(t) for t in doc[close + 2:sent.end]):
                j, issued = close + 1, True
        if j + 1 >= sent.end or norm_word(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        if doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ in ("PER", "ORG"):
            return None  # "le accuse di Microsoft": whose, not what
        k = i - 1
        if k >= sent.start and norm_word(doc[k]) in self.g.definite:
            k -= 1
        opened_by_con = k >= sent.start and norm_word(doc[k]) == "con"
        if not (opened_by_con or copula or issued or self._standing_charge(doc, i, sent)):
            return None
        return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)

    def fronted_stance_cue(self, doc: Doc, i: int, sent: Span):
        """A stance put before its verb (``stance_openers`` + a reflexive ``stance_verbs``,
        the subject after it): *A favore della tregua si sono espressi l'ONU e la NATO*,
        *Contro i rimpatri, infatti, si è espresso il comitato*. The phrase from the opener
        (at the start of a clause) to the verb is the content; no finite verb between."""
        if i > sent.start and doc[i - 1].text not in ";:":
            return None
        words = [norm_word(t) for t in doc[i:min(i + 2, sent.end)]]
        opener = next((o for o in self.stance_phrases if words[:len(o)] == o), None)
        if opener is None:
            return None
        for k in range(i + len(opener) + 1, min(i + 20, sent.end - 1)):
            if norm_word(doc[k]) in self.g.reflexive_clitics:
                m = k + 1
                while m < sent.end and (self.lemmas(doc[m]) & self.g.auxiliaries or norm_word(doc[m]) in self.g.auxiliary_participles):
                    m += 1
                hits = self.lemmas(doc[m]) & self.g.stance_verbs if m < sent.end else set()
                np = self._subject_after(doc, m + 1, sent) if hits else None
                return None if np is None else (k, m + 1, "fronted", f"verb:{sorted(hits)[0]}", np)
            if self.is_finite(doc[k]) or doc[k].text in QUOTE_CHARS:
                return None
        return None

    def passive_noun_cue(self, doc: Doc, i: int, sent: Span):
        """A speech noun heading its clause, its *di*-phrase, then the passive of the light verb
        that takes that noun and its agent: *L'accusa di corruzione è stata mossa dai pm*, *La
        richiesta di rinvio è stata presentata dal legale X*, *L'annuncio della morte è stato dato
        dal portavoce* (a noun of ``speech_verbs_need_object`` for that verb, or of
        ``announcement_nouns`` with a verb of ``announcing_verbs``). The agent speaks; the
        *di*-phrase is the content. Only after a definite article that opens the sentence or a
        clause after a colon or semicolon, with no finite verb nor mark before the auxiliary, and
        the *di*-phrase no one who could speak (*il ricorso del Comune*: whose it is)."""
        if i - 1 < sent.start or i + 2 >= sent.end or norm_word(doc[i - 1]) not in self.g.definite \
                or i - 1 > sent.start and doc[i - 2].text not in ";:" or norm_word(doc[i + 1]) not in self.g.forms("di"):
            return None
        if self.speaker_phrase(doc, i + 2, self.source_np_end(doc, i + 2, sent.end)):
            return None  # "Il ricorso del Comune è stato presentato da X": whose it is, not what
        k = i + 2
        while k < min(i + 14, sent.end) and not (self.lemmas(doc[k]) & self.g.auxiliaries and self.is_finite(doc[k])):
            if doc[k].is_punct or self.is_finite(doc[k]) or doc[k].text in QUOTE_CHARS:
                return None
            k += 1
        m = k
        while m < sent.end and (self.lemmas(doc[m]) & self.g.auxiliaries or norm_word(doc[m]) in self.g.auxiliary_participles):
            m = self.skip_adverbs(doc, m + 1, sent.end)
        if m == k or m >= sent.end:
            return None
        noun = norm_word(doc[i])
        light = any(noun in self.need_object.get(lemma, ()) for lemma in self.lemmas(doc[m]))
        if not light and not (noun in self.g.announcement_nouns and self._announcing(doc[m])):
            return None
        np = self._agent_past_setting(doc, m + 1, sent)
        return None if np is None else (i, i + 1, "noun_passive", f"nominal:{noun}", np)

    def relative_report_cue(self, doc: Doc, i: int, sent: Span):
        """*La partecipazione di soldati pakistani, di cui si era parlato, è stata smentita*: a
        noun phrase opening its clause (no finite verb before it) and a relative *di cui* + an
        impersonal *si* + a verb of ``reports_of``: the noun phrase is a report no one signs."""
        if i + 3 >= sent.end or norm_word(doc[i + 1]) not in self.g.relative_words or i < sent.start + 2:
            return None
        first = self._clause_opening(doc, i, sent)
        if any(self.is_finite(t) or t.text in QUOTE_CHARS for t in doc[first:i]):
            return None
        head = first + 1 if norm_word(doc[first]) in self.g.articles and first + 1 < i else first
        if doc[head].is_title or norm_word(doc[head]) in self.speaking_nouns:
            return None  # "Il ministro, di cui si è parlato": a person talked about, not a report
        k = self.skip_adverbs(doc, i + 2, sent.end)
        if k >= sent.end or norm_word(doc[k]) not in self.g.impersonal_pronouns:
            return None
        m = k + 1
        while m < sent.end and (self.lemmas(doc[m]) & self.g.auxiliaries or norm_word(doc[m]) in self.g.auxiliary_participles
                                or norm_word(doc[m]) in self.g.cue_adverbs or norm_word(doc[m]).endswith(self.g.adverb_suffixes)):
            m += 1
        hits = self.lemmas(doc[m]) & self.g.reports_of if m < sent.end else set()
        return (i, m + 1, "fronted", f"nominal:{sorted(hits)[0]}", None) if hits else None

    def _clause_opening(self, doc: Doc, i: int, sent: Span) -> int:
        """The first token of the clause holding token ``i``: the sentence start or the token
        after the last ``;`` or ``:`` before ``i``."""
        first = i
        while first > sent.start and doc[first - 1].text not in ";:":
            first -= 1
        return first

    def scheduled_cue(self, doc: Doc, i: int, sent: Span):
        """A schedule no one signs: a copula (``schedule_copulas``) with a participle of
        ``schedule_participles``, *per* and a time (*I funerali **sono previsti per** sabato*,
        *La chiusura del forum è prevista per il 12 maggio*, *era previsto originariamente per
        il 31 maggio*). The clause, from its subject to the end of the time phrase, is the
        content (:meth:`_schedule_clause`); the speaker is null."""
        k = self.skip_adverbs(doc, i + 1, sent.end)
        while k < sent.end and norm_word(doc[k]) in self.g.auxiliary_participles:
            k += 1  # "è stato previsto per…"
        if k > i + 1 and norm_word(doc[k - 1]) in self.g.auxiliary_participles:
            k = self.skip_adverbs(doc, k, sent.end)  # ("è stato provvisoriamente stimato in…")
        if k < sent.end and norm_word(doc[k]) in self.g.estimate_participles:
            # an estimate no one signs: a figure right after the participle, no agent (*La morte
            # del ragazzo **è stimata** verso le 3*, *il danno **è stato quantificato** in 2 milioni*)
            m = self.skip_adverbs(doc, k + 1, sent.end)
            if not self._figure_at(doc, m, sent.end) or i > sent.start and norm_word(doc[i - 1]) in self.g.negations:
                return None
            first, last = self._schedule_clause(doc, i, m, sent)
            # (a subject the commas or brackets of an aside cut off: "il numero dei coloni, necessario
            # al piano, era stimato in…": from the parse's subject on)
            subject = next((c for c in doc[k].children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < i), None)
            if subject is not None and sent.start <= subject.left_edge.i < first:
                first = subject.left_edge.i
            elif first == i and i - 1 > sent.start and doc[i - 1].text == ",":
                # (no subject parsed: back over the commas to the clause's opening, a finite verb,
                # a subordinator or a semicolon)
                j = i - 1
                while j > sent.start and doc[j - 1].text not in ";:" and not self.is_finite(doc[j - 1]) \
                        and norm_word(doc[j - 1]) not in self.g.subordinators | self.g.relatives:
                    j -= 1
                first = j if j < i - 1 else first
            # (a sentence the splitter joined after an abbreviation: "…al 1600 a.C. La comunità fu
            # stimata…" opens at the capital)
            first = next((t.i + 1 for t in reversed(doc[first:i - 1]) if t.text.endswith(".") and len(t.text) > 1
                          and doc[t.i + 1].is_title), first)
            return (i, k + 1, "scheduled", f"nominal:{norm_word(doc[k])}", (first, last))
        if k >= sent.end or norm_word(doc[k]) not in self.g.schedule_participles:
            return None
        m = self.skip_adverbs(doc, k + 1, sent.end)
        if m + 1 < sent.end and norm_word(doc[m]) in self.g.forms("per") and self._time_at(doc, m + 1, sent.end):
            return (i, k + 1, "scheduled", f"nominal:{norm_word(doc[k])}", self._schedule_clause(doc, i, m + 1, sent))
        if m < sent.end and not (i > sent.start and norm_word(doc[i - 1]) in self.g.negations) \
                and self._forecast_after(doc, i, m, sent):
            # a forecast or a plan with no agent, not negated: a bare subject after it (*Per domani
            # **sono previste nevicate***, *sono previsti 15 centimetri di neve*), or a predicate
            # or a date after the subject before it (*Il cielo **è previsto sereno***, *Il lancio
            # era previsto il 27 maggio*)
            return (i, k + 1, "scheduled", f"nominal:{norm_word(doc[k])}", self._schedule_clause(doc, i, m, sent))
        return None

    def _forecast_after(self, doc: Doc, i: int, m: int, sent: Span) -> bool:
        """What follows the participle at ``m`` of a schedule copula at ``i`` is what is
        foreseen: a time (*era previsto il 27 maggio*), a predicate adjective when a subject
        precedes (*il cielo è previsto sereno*), or the subject itself after the participle with
        no article, in a clause with a time (a number or a bare plural noun: *per domani sono
        previste nevicate*; not *è prevista la riunione*, *è previsto un contributo*, *sono
        previsti collegi militari*: what a plan or a law provides), with no agent nor clause
        (not *è previsto dalla legge*, *è previsto che…*: a norm, a clause of its own). In a
        clause that names the weather (``weather_nouns``) the bare subject needs no time (*In
        Lombardia sono previsti fino a 15 centimetri di neve*), and a range *da* + an adjective
        is its predicate (*il cielo è previsto da poco nuvoloso a sereno*)."""
        norm = norm_word(doc[m])
        if norm in self.g.forms("da") and m + 1 < sent.end and doc[m + 1].pos_ in ("ADJ", "ADV") \
                and self._weather_clause(doc, i, m, sent):
            return True  # ("il cielo è previsto da nuvoloso a sereno": a range, not an agent)
        if norm == "che" or norm in self.g.prepositions or doc[m].is_punct:
            return False
        if self._time_at(doc, m, sent.end):
            return True
        subject_before = i > sent.start and doc[i - 1].pos_ in ("NOUN", "PROPN")
        adjective = m + 1 if doc[m].pos_ == "ADV" and m + 1 < sent.end else m  # ("poco nuvoloso")
        if subject_before and doc[adjective].pos_ == "ADJ":
            return True
        if i > sent.start and doc[i - 1].pos_ == "PRON":
            return False  # "ne sono previsti": the subject was before
        up_to = norm == "fino" and m + 2 < sent.end and norm_word(doc[m + 1]) in self.g.forms("a") and doc[m + 2].like_num
        if not up_to and (norm in self.g.articles | self.g.indefinite_articles | self.g.object_starts
                          or not self._impersonal_object(doc, m, sent.end)):
            return False  # (a bare subject or "fino a" a quantity: "sono previsti fino a 15 centimetri")
        # a bare subject is foreseen only when its clause dates it (*Per domani sono previste
        # nevicate*), not what a project provides (*Tra le due città sono previste due gallerie*)
        first, last = self._schedule_clause(doc, i, m, sent)
        return any(norm_word(t) in self.g.time_words | self.g.news_days for t in doc[first:last]) \
            or self._weather_clause(doc, i, m, sent)

    def _figure_at(self, doc: Doc, m: int, end: int) -> bool:
        """A figure opens at token ``m``: a preposition of ``estimate_figure_openers`` and, within
        the next three words (no punctuation before it), a number (*in ben 300 euro*, *verso le
        3*, *intorno alle 400 vittime*; not *in modo diverso*, *a lungo*)."""
        if m + 1 >= end or norm_word(doc[m]) not in self.g.estimate_figure_openers:
            return False
        for t in doc[m + 1:min(m + 4, end)]:
            if t.like_num or t.pos_ == "NUM":
                return True
            if t.is_punct or self.is_finite(t):
                return False
        return False

    def _weather_clause(self, doc: Doc, i: int, m: int, sent: Span) -> bool:
        """The clause of a schedule copula at ``i`` (its participle's complement at ``m``) names
        the weather (``weather_nouns``): a forecast (*sono previste piogge*, *il cielo è
        previsto…*), not a plan."""
        first, last = self._schedule_clause(doc, i, m, sent)
        return any(norm_word(t) in self.g.weather_nouns for t in doc[first:last])

    def _time_at(self, doc: Doc, j: int, end: int) -> bool:
        """A time opens at token ``j`` past an article: a number or a word of ``time_words``
        (*sabato*, *il 2020*, *il prossimo anno*, *quella data*), not *per legge*."""
        while j < end and (norm_word(doc[j]) in self.g.articles | self.g.demonstrative_pronouns):
            j += 1
        return j < end and (doc[j].like_num or norm_word(doc[j]) in self.g.time_words)

    def _schedule_clause(self, doc: Doc, i: int, j: int, sent: Span) -> tuple[int, int]:
        """(first, end) tokens of the clause of a schedule whose copula is at ``i`` and whose time
        opens at ``j``: back to a comma, a colon or a semicolon (no finite verb nor subordinator
        in between), forward to the next one that opens another clause (*, anche se…*, *e poi
        è stato spostato*) or the end of the sentence."""
        first = i
        while first > sent.start and doc[first - 1].text not in ",;:()" and not self.is_finite(doc[first - 1]) \
                and norm_word(doc[first - 1]) not in self.g.subordinators | self.g.relatives:
            first -= 1
        last = j
        while last < sent.end and doc[last].text not in ";:()" and not (doc[last].is_punct and last + 1 == sent.end):
            if self.is_finite(doc[last]) or doc[last].pos_ == "AUX" or norm_word(doc[last]) in self.g.subordinators \
                    or norm_word(doc[last]) in self.g.coordinators - self.g.and_conjunctions - {","} \
                    or doc[last].text == "," and last + 1 < sent.end and norm_word(doc[last + 1]) in self.g.coordinators | self.g.subordinators | self.g.cue_adverbs:
                break
            last += 1
        while last > j and (norm_word(doc[last - 1]) in self.g.coordinators or norm_word(doc[last - 1]) in self.g.cue_adverbs):
            last -= 1
        return first, last

    def _charge_hypothesis(self, doc: Doc, i: int, sent: Span):
        """The charge investigators suppose (``hypothesis_charge_nouns``), no one signing it:
        *con*/*su* + the noun, an adjective or not, + *di* X in a clause of an investigation (a
        word of ``investigation_words`` before it: *ha aperto un fascicolo **con l'ipotesi di** omicidio colposo*, *la Procura
        lavora sull'ipotesi di strage*, *iscritti nel registro degli indagati con l'ipotesi
        accusatoria di…*): the *di* phrase. Not a hypothesis outside an investigation
        (*incompatibili con l'ipotesi di suicidio*, *si è pensato all'ipotesi di un attentato*)."""
        j = i + 1
        if j < sent.end and doc[j].pos_ == "ADJ":
            j += 1  # "l'ipotesi accusatoria di…"
        if j + 2 >= sent.end or norm_word(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        k = i - 1
        if k >= sent.start and norm_word(doc[k]) in self.g.definite:
            k -= 1
        if k < sent.start or norm_word(doc[k]) not in {"con"} | self.g.forms("su"):
            return None
        first = self._clause_opening(doc, k, sent)
        if not any((self.lemmas(t) | {norm_word(t)}) & self.g.investigation_words for t in doc[max(first, k - 12):k]):
            return None
        return (i, j, "nominal", f"nominal:{norm_word(doc[i])}", None)

    def _listed_hypothesis(self, doc: Doc, i: int, sent: Span):
        """One of the hypotheses no one signs, picked out of them by an existential *essere* and
        a demonstrative (*Tra le ipotesi avanzate **c'è quella di** un guasto ai freni*, *fra le
        prime ipotesi a riguardo ci sono quelle di un malore e di…*): *tra* / *fra*
        (``among_prepositions``), a plural article and an adjective or not before the noun, its
        modifiers after it (no punctuation, no finite verb: not *tra le ipotesi che il professore
        illustra…*), the existential clitic and *essere*, an adverb or not, then *quella* /
        *quelle* + *di*: the content opens at the demonstrative, the speaker is null. Not without
        the demonstrative (*tra le ipotesi c'è anche la costruzione di un ponte*: a plan listed)."""
        k = i - 1
        if k > sent.start and doc[k].pos_ == "ADJ":
            k -= 1  # "tra le prime ipotesi"
        if k - 1 < sent.start or norm_word(doc[k]) not in self.g.definite or norm_word(doc[k - 1]) not in self.g.among_prepositions:
            return None
        m = i + 1
        while m < min(i + 10, sent.end) and not (norm_word(doc[m]) in self.g.existential_clitics
                                                  or doc[m].is_punct or self.is_finite(doc[m])):
            m += 1
        if m + 3 >= sent.end or norm_word(doc[m]) not in self.g.existential_clitics or "essere" not in self.lemmas(doc[m + 1]):
            return None
        d = self.skip_adverbs(doc, m + 2, sent.end)
        if d + 1 >= sent.end or norm_word(doc[d]) not in self.g.demonstrative_pronouns or norm_word(doc[d + 1]) not in self.g.forms("di"):
            return None
        return (i, d, "nominal", f"nominal:{norm_word(doc[i])}", None)

    def _copula_after_charge(self, doc: Doc, i: int, sent: Span) -> int | None:
        """The copula of a charge noun that opens its clause after its article, past a short
        modifier without punctuation (*L'accusa **mossa al sindaco** è di peculato*, *L'accusa
        **che pende su di loro** è di banda armata*, *Le accuse **a Rossi** sono quelle di…*),
        or a colon in its place after such a modifier (*L'accusa per il sindaco: peculato*):
        its token, or None (a finite verb other than one of a charge standing on someone stops it).
        The noun may follow a head of ``charge_heads`` (*I capi d'accusa per loro sono: …*)."""
        k = i - 1
        if k - 1 > sent.start and norm_word(doc[k]) in self.g.forms("di") and norm_word(doc[k - 1]) in self.g.charge_heads:
            k -= 2  # "I capi d'accusa per loro sono: …"
        if k < sent.start or norm_word(doc[k]) not in self.g.definite or k > sent.start and doc[k - 1].text not in ":;":
            return None
        if i + 1 < sent.end and norm_word(doc[i + 1]) in self.g.forms("di"):
            return None  # "L'accusa di Rossi è…", "L'accusa di omicidio è caduta": whose, or which
        for m in range(i + 2, min(i + 14, sent.end)):
            if doc[m].text == ":" and m + 1 < sent.end and m > i + 2:
                # "L'accusa per il sindaco: abuso d'ufficio", a colon for the copula (not after a
                # verb of its own: "L'accusa venne formulata dal procuratore X: …" is X's)
                return None if any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:m]) else m
            if doc[m].is_punct:
                return None
            if norm_word(doc[m]) in self.g.copulas:
                return m
            if self.is_finite(doc[m]) and not self.lemmas(doc[m]) & self.g.charge_standing_verbs:
                return None
        return None

    def _standing_charge(self, doc: Doc, i: int, sent: Span) -> bool:
        """A charge noun after its definite article and a verb of a charge standing on someone
        (``charge_standing_verbs``; adverbs and commas between: *pendono anche le accuse di…*,
        *su di lui gravano, inoltre, l'accusa di…*) or after *oltre a* (*Oltre all'accusa di
        spionaggio, …*): the charge is reported."""
        k = i - 1
        if k > sent.start and norm_word(doc[k]) in self.g.forms("a") and norm_word(doc[k - 1]) in self.g.besides_words:
            return True
        if k < sent.start or norm_word(doc[k]) not in self.g.definite:
            return False
        k -= 1
        while k > sent.start and (doc[k].text == "," or doc[k].pos_ == "ADV" or norm_word(doc[k]) in self.g.cue_adverbs):
            k -= 1
        return k >= sent.start and self.is_finite(doc[k]) and bool(self.lemmas(doc[k]) & self.g.charge_standing_verbs)

    def bare_charge(self, doc: Doc, i: int, end: int, lemmas: set[str] | None = None) -> bool:
        """A participle of *accusare*, *incolpare*… without an auxiliary, followed by the charge
        (*Milošević, **accusato** di crimini di guerra*; *accusato dalla clientela di…*): a
        passive cue whose accuser is the agent or no one."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        if not lemmas & self.g.charge_verbs or not self.g.participle.search(norm_word(doc[i])):
            return False
        j = self.skip_adverbs(doc, i + 1, end)
        if j < end and norm_word(doc[j]) in self.g.forms("da"):  # the accuser first: "dalla clientela di…"
            if lemmas & self.g.charge_per_verbs and self._charge_follows(doc, i, end):
                return True  # ("indagato dai pm di Bari per truffa", "indagato da settembre per truffa")
            j = next((k for k in range(j + 2, min(j + 8, end)) if doc[k].is_punct or norm_word(doc[k]) in self.g.forms("di")), end)
        return j < end and (norm_word(doc[j]) in self.g.forms("di") or bool(lemmas & self.g.charge_per_verbs) and self.charge_per(doc, j, end))

    def _charge_follows(self, doc: Doc, i: int, end: int) -> bool:
        """A charge with *per* follows the verb at ``i`` within its clause, past adverbs, the
        accuser with *da* or the accused (*indagato **dalla Procura di Bari** per truffa*, *ha
        querelato **il giornalista** per diffamazione*): no punctuation, *che* nor finite verb
        between."""
        for m in range(self.skip_adverbs(doc, i + 1, end), min(i + 11, end)):
            if self.charge_per(doc, m, end):
                return True
            if doc[m].is_punct or norm_word(doc[m]) == "che" or self.is_finite(doc[m]):
                return False
        return False

    def charge_per(self, doc: Doc, j: int, end: int) -> bool:
        """Token ``j`` is *per* (or its forms) opening a charge after a verb of
        ``charge_per_verbs`` (*indagato **per** omicidio*, *denunciata per il furto di…*,
        *accusati per aver…*): past its article and a possessive (*sospettati per i suoi
        omicidi*), a noun or an adjective (*per presunta truffa*) or *avere*/*essere* of a past
        infinitive; not a time (*indagato per tre anni*, *per la prima volta*, *per la sua prima
        volta*), a pronoun (*per questo*) nor a name (*per Rossi*)."""
        if j + 1 >= end or norm_word(doc[j]) not in self.g.forms("per"):
            return False
        k = j + 1
        while k < end - 1 and norm_word(doc[k]) in self.g.articles | self.g.possessives:
            k += 1  # ("sospettati per i suoi omicidi")
        tok = doc[k]
        if tok.like_num or tok.is_title:
            return False
        if self.is_infinitive(tok):
            return bool(self.lemmas(tok) & self.g.auxiliaries)
        noun = next((t for t in doc[k:min(k + 3, end)] if t.pos_ == "NOUN"), None)  # ("per la prima volta")
        if noun is None or (self.lemmas(noun) | {norm_word(noun)}) & (self.g.time_words | self.g.not_charges):
            return False
        return tok.pos_ in ("NOUN", "ADJ")

    def bare_opinion(self, doc: Doc, i: int, sent: Span, lemmas: set[str] | None = None) -> bool:
        """A participle of *ritenere*, *considerare*… without an auxiliary right after the noun
        it qualifies (a comma between or not), then, past the holder with *da*, an article,
        *tra* or *essere*: the opinion held of the noun (*un'anatra, **ritenuta** il più vecchio
        esemplare*; *il PKK, **considerato** dall'UE un'organizzazione terroristica*; *elezioni
        **ritenute** tra le più libere*), or an opening quote mark (*le scene **considerate**
        «inopportune»*, *il ponte, ritenuto dai tecnici «pericoloso»*: the judgement in someone's
        words, the guidelines' mixed). Not before an unmarked adjective (*una curva considerata
        pericolosa*, *le attività ritenute essenziali*): a description, not a report."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        if not lemmas & self.g.opinion_participle_verbs or not self.g.participle.search(norm_word(doc[i])):
            return False
        k = i - 1 if i - 1 > sent.start and doc[i - 1].text == "," else i
        if k - 1 < sent.start or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        j = self.skip_adverbs(doc, i + 1, sent.end)
        if any(norm_word(t) in self.g.forms("da") for t in doc[j:j + 2]):  # the holder first: "dall'UE…"
            j = next((k for k in range(j + 1, min(j + 10, sent.end)) if doc[k].is_punct or self._opens_opinion(doc[k])), sent.end)
        elif self._absolute_participle(doc, k - 1, i, sent):
            return False
        return j < sent.end and self._opens_opinion(doc[j])

    def _absolute_participle(self, doc: Doc, noun: int, i: int, sent: Span) -> bool:
        """With no holder (*da*), the participle at ``i`` after a comma opens an absolute clause
        whose noun phrase is what is weighed (*il comune, **considerata** la situazione, ha…*:
        given the situation), not an opinion of the phrase before it: the participle disagrees in
        gender or number with every noun of that phrase, or the phrase is a verbless prepositional
        one opening the sentence (*In Italia, **considerata** la disponibilità dei dati, si usa…*)."""
        if doc[i - 1].text != ",":
            return False
        part = doc[i]
        # the nouns of the phrase before the comma (back to a verb or punctuation: "le elezioni
        # dello scorso gennaio, ritenute…" agrees with its head, not with its last noun)
        nouns, k = [], noun
        while k >= sent.start and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            if doc[k].pos_ in ("NOUN", "PROPN"):
                nouns.append(doc[k])
            k -= 1
        if nouns and all(any(n.morph.get(f) and part.morph.get(f) and n.morph.get(f) != part.morph.get(f)
                             for f in ("Gender", "Number")) for n in nouns):
            return True  # ("il comune, considerata la situazione": the participle agrees with what follows)
        # (the opening phrase holds no verb nor punctuation: "In Italia,", "Nel frattempo,")
        return norm_word(doc[sent.start]) in self.g.prepositions and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[sent.start:noun])

    def bare_agent(self, doc: Doc, i: int, sent: Span, lemmas: set[str] | None = None) -> bool:
        """A participle of ``agent_participle_verbs`` without an auxiliary, its agent with *da*
        right after it, after a noun and a comma (*la chiusura dello stadio, **richiesta dal
        prefetto**, scatterà…*) or opening a headline (***Confermata dal ministero** la
        riapertura delle scuole*): a passive whose agent asked, announced or confirmed the noun;
        of a verb of urging (``a_infinitive_verbs``) with *a* + infinitive after the agent
        (*il presidente, **invitato dai sindacati** a dimettersi, …*)."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        urging = lemmas & self.g.a_infinitive_verbs
        if not (lemmas & self.g.agent_participle_verbs or urging) or not self.g.participle.search(norm_word(doc[i])):
            return False
        if i > sent.start and not (i - 2 >= sent.start and doc[i - 1].text == ","
                                   and doc[i - 2].pos_ in ("NOUN", "PROPN") and self._opening_np(doc, i - 1, sent)):
            return False  # ("ha precisato che la data, proposta da X, …": inside another report)
        agent = self._agent_at(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end)
        if agent is not None and not lemmas & self.g.agent_participle_verbs:
            # a verb of urging: what is urged, a + infinitive, right after its agent ("il
            # presidente, invitato dai sindacati a dimettersi, …"; not "invitato dal re alla cena")
            return self._a_infinitive(doc, agent[1], sent.end)
        return agent is not None

    def _opinion_holder(self, doc: Doc, end: int, k: int, agent, limit: int):
        """(where the opinion starts, the holder) after a bare participle of opinion: the
        holder with *da* may come in pairs (*considerato **sia dalla Turchia che dall'UE**…*: the
        first one), and its noun phrase runs into the opinion (*considerato **dal governo turco**
        un'organizzazione…*)."""
        if agent is None:
            a = self.skip_adverbs(doc, end, limit)
            if a + 1 < limit and norm_word(doc[a]) not in self.g.forms("da") and norm_word(doc[a + 1]) in self.g.forms("da"):
                a += 1  # "sia dalla Turchia che dall'UE": the first holder
            agent = self._agent_at(doc, a, limit)
        if agent is None:
            return k, None
        m = next((m for m in range(agent[0] + 1, min(agent[0] + 10, limit))
                  if doc[m].is_punct or self._opens_opinion(doc[m])), None)
        if m is None or doc[m].is_punct:
            return k, agent
        return m, (agent[0], min(agent[1], m))

    def _opens_opinion(self, tok) -> bool:
        """An article, *tra* or *essere*: what opens the opinion after a bare participle; or a
        quote mark, the opinion in the holder's words (*le scene considerate «inopportune»*)."""
        return norm_word(tok) in self.g.articles | self.g.indefinite_articles or tok.text in QUOTE_CHARS or \
            bool(self.lemmas(tok) & self.g.opinion_participle_openers) and tok.pos_ != "PROPN"

    def _che_after(self, doc: Doc, j: int, end: int) -> bool:
        """*che* right after a cue, adverbs skipped."""
        j = self.skip_adverbs(doc, j, end)
        return j < end and norm_word(doc[j]) == "che"

    def _come_after(self, doc: Doc, j: int, end: int, lemma: str) -> bool:
        """*come* for *che* right after a cue of ``come_verbs``, adverbs skipped, a clause after
        it (*oltre a sottolineare **come** il bilancio sia in ordine*)."""
        j = self.skip_adverbs(doc, j, end)
        return lemma in self.g.come_verbs and j + 1 < end and norm_word(doc[j]) == "come" \
            and self.clause_follows(doc, j + 1, end)

    def _clause_after(self, doc: Doc, j: int, end: int) -> bool:
        """*che*, a colon or *di* + infinitive right after a cue (adverbs and the person
        addressed skipped): what an infinitive cue needs to count (*ha voluto sottolineare
        che…*, not *ha voluto ricordare il collega*)."""
        j = self.skip_adverbs(doc, j, end)
        j = self._after_indirect_object(doc, j, end)
        return j < end and (norm_word(doc[j]) == "che" or doc[j].text == ":" or self.di_infinitive(doc, j, end)
                            or norm_word(doc[j]) == "come" and self.clause_follows(doc, j + 1, end))  # "sottolineare come…"
