"""What a cue verb governs: *di* + infinitive, a person told and what was told (*ha avvisato i
cittadini che…*), an object, an addressee set off in commas.

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotemarks import QUOTE_CHARS
from .base import FinderBase, norm_word, REFLEXIVE_INFINITIVE


class ComplementRules(FinderBase):
    """What a cue verb governs: di + infinitive, a person told, an object."""

    def _infinitive_after(self, doc: Doc, j: int, end: int) -> bool:
        """A preposition of ``infinitive_openers`` (*di*, *a*, *ad*, *per*) + (*non*, clitics) +
        an infinitive at token ``j``."""
        if j + 1 >= end or norm_word(doc[j]) not in self.g.infinitive_openers:
            return False
        k = j + 1
        while k < end - 1 and norm_word(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        return self.is_infinitive(doc[k]) or norm_word(doc[k]) in self.g.short_infinitives

    def preposition_content_at(self, doc: Doc, j: int, end: int, verb: str) -> int | None:
        """Token index of the preposition by which the speech verb ``verb`` takes what it reports
        (``preposition_contents``), opening at token ``j`` or after one predicative adjective
        (*ci ringrazia **meravigliata** per…*): *si è lamentato **per** i ritardi*, *lamentarsi
        **sulla** chiusura*, *ha protestato **contro** la chiusura*, *ci ha ringraziato **per** il
        dono*. An article after the bare preposition,
        or a noun after its contracted form (not *per strada*, *per ore*, *protestarono per tre
        giorni*). None otherwise."""
        topic = self.g.preposition_contents.get(verb)
        if not topic:
            return None
        if j + 2 < end and (doc[j].pos_ == "ADJ" or "Part" in doc[j].morph.get("VerbForm")) and doc[j].is_alpha \
                and doc[j].is_lower and norm_word(doc[j]) not in self.g.prepositions:
            j += 1  # "ringrazia meravigliata per…": the subject's state (an adjective, a participle), then the preposition
        if j + 1 >= end:
            return None
        norm = norm_word(doc[j])
        if norm in topic and norm_word(doc[j + 1]) in self.g.object_starts \
                or any(norm in self.g.forms(p) - {p} for p in topic) and doc[j + 1].pos_ == "NOUN":
            return j
        return None

    def di_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """``di`` + (``non``, clitics) + an infinitive at token ``j``: *di aver sbagliato*."""
        if j + 1 >= end or norm_word(doc[j]) != "di":
            return False
        k = j + 1
        while k < end - 1 and norm_word(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        # (an infinitive with a reflexive clitic is one after "di" whatever the tagger says:
        # "di sentirsene soddisfatta")
        return self.is_infinitive(doc[k]) or norm_word(doc[k]) in self.g.short_infinitives \
            or doc[k].is_lower and bool(REFLEXIVE_INFINITIVE.search(norm_word(doc[k])))

    def _fatto_che(self, doc: Doc, j: int, end: int) -> int | None:
        """Index of the *che* of *(sul / del / il) fatto che* at token ``j``, else None."""
        k = j + 1 if j < end and norm_word(doc[j]) in self.g.prepositions | self.g.definite else j
        if k + 1 < end and norm_word(doc[k]) == "fatto" and norm_word(doc[k + 1]) == "che":
            return k + 1
        return None

    def _a_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """``a``/``ad`` + (``non``, clitics) + an infinitive at token ``j``: *a riflettere*, *ad
        agire*, *a non abbassare la guardia* (what an appeal or an invitation urges: *l'invito
        di X a non abbassare la guardia*); not *al*, *ai* (an addressee: *l'appello di X ai
        cittadini*)."""
        if j + 1 >= end or norm_word(doc[j]) not in ("a", "ad"):
            return False
        k = j + 1
        while k < end - 1 and norm_word(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        return self.is_infinitive(doc[k]) or norm_word(doc[k]) in self.g.short_infinitives

    def urged_noun(self, doc: Doc, j: int, end: int) -> bool:
        """An articled form of *a* + a common noun at token ``j`` after a verb of appeal
        (``a_infinitive_verbs``): what is urged, as with *a* + infinitive (*esorta **alla calma***,
        *ha invitato **all'unità***, *chiama **alla mobilitazione***); not whom the appeal is
        addressed to (*ha sollecitato **al governo** una risposta*: a person, a body, a title), a
        place or a setting after a bare *a* (*ha invitato **a Roma** il premier*, *a casa
        propria*) nor a gathering one is invited to (``gathering_nouns``: *ha invitato **alla
        cena** i leader*)."""
        if j + 1 >= end or norm_word(doc[j]) not in self.g.forms("a") & self.g.articulated_prepositions:
            return False  # (the articled forms only: a bare "a" is a place or a setting, "a casa", "a cena")
        k = j + 1
        while k < end - 1 and (norm_word(doc[k]) in self.g.articles or doc[k].pos_ == "DET"):
            k += 1  # ("alla nostra", "all'intera")
        head = doc[k]
        return head.is_alpha and head.is_lower and head.pos_ == "NOUN" and not head.ent_type_ \
            and norm_word(head) not in self.speaking_nouns | self.g.person_nouns | self.g.kin_nouns \
            and head.lemma_.lower() not in self.g.gathering_nouns  # ("invita alla cena": an invitation)

    def _object_then_di(self, doc: Doc, j: int, end: int, charge: bool = False, per: bool = False) -> int | None:
        """Token index of ``di`` when a short object (a name, a pronoun, an article + noun)
        comes between the cue and ``di`` + infinitive: *accusa Rossi di aver mentito*. With
        ``charge`` (*accusare*, *incolpare*) ``di`` + a noun is the charge too: *ha accusato il
        governo di Mosca **dell'attacco***, *accusandola **di tradimento*** (a ``di`` before a
        name belongs to the object)."""
        for k in range(j, min(j + 7, end)):
            tok = doc[k]
            if per and self.charge_per(doc, k, end):
                return k  # ("l'aveva denunciata per il furto", "indaga per omicidio": the charge with per)
            if charge and k > j and k + 1 < end and norm_word(tok) in self.g.forms("di") and doc[k + 1].is_alpha:
                if norm_word(tok) == "di" and (doc[k + 1].is_title or doc[k + 1].ent_iob_ == "B"):
                    continue  # "il governo di Vladimir Putin"
                if norm_word(tok) == "di" and norm_word(doc[k - 1]) in self.g.forms("a"):
                    continue  # "la prestazione al di sotto delle aspettative": a preposition of its own
                return k
            if norm_word(tok) == "di" and k > j:
                return k if self.di_infinitive(doc, k, end) else None
            if tok.is_punct or norm_word(tok) == "che" or (k > j and self.is_verbish(tok)):
                return None
        return None

    def _after_indirect_object(self, doc: Doc, j: int, end: int, verb: str = "") -> int:
        """Skip the person addressed between a cue and what it reports: *ha chiesto **alla
        Russia** l'estradizione*, *consiglia **ai turisti** di partire*, *ha detto **ai
        giornalisti** che…*. Only a short phrase opened by *a* (or its forms) and followed by a
        noun phrase opener, *di*, *che* or a question word opening a clause (*ha spiegato **ai
        cittadini** come verranno spesi i fondi*), when the cue ``verb`` takes it (``come_verbs``,
        ``question_verbs``); otherwise ``j`` is returned unchanged."""
        if j + 1 < end and norm_word(doc[j]) in self.g.postverbal_datives:
            # "ha chiesto loro di lasciare…", "ha detto loro che…": the dative pronoun after the
            # verb, then the clause
            k = self.skip_adverbs(doc, j + 1, end)
            return k if k < end and (norm_word(doc[k]) == "che" or self.di_infinitive(doc, k, end)) else j
        if j >= end or norm_word(doc[j]) not in self.g.forms("a"):
            return j
        if j + 1 < end and norm_word(doc[j + 1]) == "chi":
            # "ha risposto a chi lo accusava di immobilismo che…": the people addressed, a clause
            # of chi with its own verb, then che
            for k in range(j + 3, min(j + 14, end)):
                if norm_word(doc[k]) == "che":
                    return k
                if doc[k].is_punct and doc[k].text != "," or doc[k].text in QUOTE_CHARS:
                    break
        for k in range(j + 2, min(j + 10, end)):
            if doc[k].is_punct or norm_word(doc[k]) in self.g.object_starts or norm_word(doc[k]) == "che" \
                    or norm_word(doc[k]) in self.g.appeal_conjunctions | self.g.purpose_conjunctions:
                break  # (the object or a clause of its own comes first: "ai cittadini perché evitino di…")
            if self.di_infinitive(doc, k, end):
                return k  # "ha chiesto al presidente siriano di lasciare" (whatever the tagger says)
        k = j + 1
        while k < min(j + 10, end):
            if k > j + 1 and (m := self.adverbial_end(doc, k, end)) > k:
                k = m  # "ha detto ai giornalisti ancora una volta che…": the phrase is no object
                continue
            tok = doc[k]
            norm = norm_word(tok)
            if tok.is_punct:
                if tok.text == ":" and k > j + 1:
                    return k  # "ha detto a suo figlio: Se l'arbitro…": the colon opens the content
                if tok.text == "," and k > j + 1 and k + 1 < end:
                    described = self._after_addressee_aside(doc, k + 1, end)
                    if described is not None:
                        return described
                if tok.text == "," and k + 1 < end and norm_word(doc[k + 1]) in ("che", "di"):
                    return k + 1
                if tok.text == "," and k > j + 1 and k + 1 < end and self._aside_setting_opener(doc[k + 1]):
                    # "ha detto ai cronisti, al termine del vertice, che…": the setting set off
                    # by commas, then che or di + infinitive
                    found = self._clause_after_setting(doc, k + 1, end)
                    return found if found != k + 1 else j
                return j
            # ("alla torre di controllo dell'aeroporto l'intenzione…": a di that no infinitive
            # follows belongs to the person addressed)
            if k > j + 1 and (norm == "che" or norm == "di" and k > j + 6 or norm in self.g.object_starts):
                return k
            if k > j + 1 and (norm == "come" and verb in self.g.come_verbs or verb in self.g.question_verbs
                              and norm in self.g.question_openers | {"se"}) and self.clause_follows(doc, k + 1, end):
                return k  # "ha spiegato ai cittadini come verranno spesi…", "ha chiesto al sindaco se…"
            if self.is_verbish(tok) and not tok.is_title:
                return j
            k += 1
        return j

    def _after_told_object(self, doc: Doc, j: int, end: int) -> int:
        """The *che* after the person told, the direct object of a verb of informing
        (``told_object_verbs``): *ha avvisato **gli abitanti** che l'acqua non è potabile*, *ha
        informato **i sindacati** che lo stabilimento chiuderà*. The object is a short noun
        phrase (a determiner, a name, a noun or a pronoun first; no comma, no verb); the clause
        after *che* must be no relative on it: a subject of its own before its finite verb, or a
        finite verb right after *che* that does not agree with the object in number or person
        (*ha rassicurato i genitori che **tornerà** presto*; not *gli abitanti che **vivono**
        vicino al fiume*). Otherwise ``j`` is returned unchanged (*ha avvisato la polizia*)."""
        if j >= end or doc[j].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM") or norm_word(doc[j]) == "che":
            return j
        for k in range(j + 1, min(j + 8, end)):
            tok = doc[k]
            if norm_word(tok) == "che":
                return k if self._told_clause(doc, j, k, end) else j
            if any(c.isdigit() for c in tok.text) and not tok.is_punct:
                continue  # an age or a number, whatever the tagger says ("la moglie 40enne")
            if tok.is_punct or tok.text in QUOTE_CHARS or self.is_finite(tok) \
                    or tok.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP"):
                return j
        return j

    def _told_topic(self, doc: Doc, j: int, end: int) -> int | None:
        """Token index of *su* or *di* (or an articled form) opening what a verb of informing
        (``told_object_verbs``) told about, a noun phrase after the person told: *ha informato il
        Parlamento **sull'andamento** dei negoziati*, *li ha informati **dell'arrivo** del
        maltempo* (the person a clitic before the verb), *ha rassicurato Anna Neri **sul**
        sostegno…*. After a common noun *di* is mostly the noun's own complement (*i familiari
        **della vittima***): only after a name, a pronoun or a comma; and never *di* + a name
        (*i sindaci di Roma*) nor + infinitive (read as such before), nor a bare *di*/*su* + noun
        (*informando **di fatto** gli alleati*: an adverbial). None otherwise."""
        topic = self.g.forms("su") | self.g.forms("di")
        k, named, comma = j, True, False
        while k < min(j + 7, end) and norm_word(doc[k]) not in topic:
            tok = doc[k]
            if tok.text == "," and k > j and not comma:
                comma = True
            elif tok.is_punct or tok.text in QUOTE_CHARS or self.is_verbish(tok) \
                    or tok.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON") or norm_word(tok) == "che":
                return None
            else:
                named = named and tok.pos_ in ("PROPN", "PRON")
            k += 1
        if k + 1 >= min(j + 8, end) or norm_word(doc[k]) not in topic or not doc[k + 1].is_alpha:
            return None
        if doc[k + 1].is_title or doc[k + 1].ent_iob_ == "B" or self.di_infinitive(doc, k, end) \
                or self.is_verbish(doc[k + 1]):
            return None
        if norm_word(doc[k]) in ("di", "su") and doc[k + 1].pos_ not in ("DET", "PRON"):
            return None  # a bare preposition and noun: an adverbial ("di fatto", "su misura"), no topic
        if norm_word(doc[k]) in self.g.forms("di") and k > j and not (named or comma):
            return None
        return k

    def _told_clause(self, doc: Doc, j: int, k: int, end: int) -> bool:
        """The clause opened by *che* at ``k`` after the object ``doc[j:k]`` of a verb of
        informing is what was told, not a relative on the object (see ``_after_told_object``)."""
        # (the parser's reading of che is no guide: it takes most of these for relatives)
        # (the object's head: its first noun, not one of a phrase after it, "la moglie al telefono")
        noun = next((t for t in doc[j:k] if t.pos_ in ("NOUN", "PROPN")), None) \
            or next((t for t in doc[j:k] if t.pos_ == "PRON"), None)
        m = k + 1
        while m < end and (norm_word(doc[m]) in self.g.negations or norm_word(doc[m]) in self.g.clitics):
            m += 1
        if m >= end:
            return False
        if self.is_finite(doc[m]):
            # a finite verb first: told only when it cannot agree with the object
            person, number = doc[m].morph.get("Person"), doc[m].morph.get("Number")
            if person and person[0] in ("1", "2"):
                return True
            part = doc[m + 1] if m + 1 < end and self.lemmas(doc[m]) & self.g.auxiliaries else None
            if self._postposed_subject(doc, m, end):
                return True  # "ha avvertito i tifosi che non saranno tollerati i cori razzisti"
            if noun is not None and part is not None and part.pos_ in ("VERB", "ADJ") and part.morph.get("Gender") \
                    and noun.morph.get("Gender") and part.morph.get("Gender") != noun.morph.get("Gender"):
                return True  # "ha rassicurato la moglie che sarebbe tornato presto": the participle is not hers
            return noun is not None and bool(number) and bool(noun.morph.get("Number")) \
                and number != noun.morph.get("Number")
        # a subject of its own (an article, a noun, a name, a pronoun), then a finite verb
        if doc[m].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM"):
            return False
        f = next((t.i for t in doc[m + 1:min(m + 10, end)] if self.indicative_form(t)), None)
        if f is None or any(t.is_punct for t in doc[m:f]):
            return False
        return not self._object_gap(doc, m, f, end)

    def _postposed_subject(self, doc: Doc, m: int, end: int) -> bool:
        """The finite *essere* at ``m`` (an auxiliary of a passive or of an unaccusative verb),
        then a participle, then a noun phrase with no preposition: the clause's subject after its
        verb (*che non saranno tollerati **i cori razzisti***, *che sono arrivati **i soccorsi***), so
        the clause's subject is not a *che* on the person told. Time phrases (*sono stati fermati
        la notte scorsa*, *il 5 maggio*) are no subject."""
        if "essere" not in self.lemmas(doc[m]):
            return False
        p = self.skip_adverbs(doc, m + 1, end)
        if p < end and "essere" in self.lemmas(doc[p]) and "Part" in doc[p].morph.get("VerbForm"):
            p = self.skip_adverbs(doc, p + 1, end)  # "sono stati fermati"
        if p + 1 >= end or "Part" not in doc[p].morph.get("VerbForm") and not (
                doc[p].pos_ == "ADJ" and self.g.participle.search(norm_word(doc[p]))):
            return False
        nxt = doc[p + 1]
        if norm_word(nxt) in self.g.time_words:
            return False
        # (an article first: a bare noun may be a predicate, "sono stati nominati consiglieri")
        return nxt.pos_ == "DET" and p + 2 < end and doc[p + 2].pos_ in ("NOUN", "PROPN", "ADJ") \
            and norm_word(doc[p + 2]) not in self.g.time_words

    def _object_gap(self, doc: Doc, m: int, f: int, end: int) -> bool:
        """The clause after *che*, its subject at ``m`` and its finite verb at ``f``, is a
        compound tense of *avere* whose participle has no direct object of its own: no object
        clitic before the auxiliary, and no noun phrase, pronoun, *che*, *di*/*a* + infinitive or
        infinitive after the participle (adverbs and prepositional phrases skipped) before the
        clause ends. Then *che* is the object of the participle, a relative on the person told
        (*ha avvisato i residenti che **il Comune ha sgomberato***; not *…che il Comune ha
        sgomberato l'edificio*, *…che il Comune **li** ha sgomberati*). Verbs that take *avere*
        and no object (``avere_intransitive_verbs``: *la squadra ha lavorato bene*) leave no gap.
        So too a simple tense: a transitive verb with nothing after it leaves the gap (*…che il
        Comune **sgombera***); an auxiliary, a modal, a copula, a verb with no object
        (``unaccusative_verbs``: *che le tasse **aumenteranno***) or one with a reflexive clitic
        (*che la riunione **si terrà***) leaves none."""
        p = self.skip_adverbs(doc, f + 1, end)
        if "avere" in self.lemmas(doc[f]) and p < end and ("Part" in doc[p].morph.get("VerbForm") or doc[p].pos_ == "ADJ"
                                                           and self.g.participle.search(norm_word(doc[p]))):
            # (the participle as the tagger reads it, or an adjective in a participle's form: "ha deluso")
            if self.lemmas(doc[p]) & self.g.avere_intransitive_verbs:
                return False
        elif self.lemmas(doc[f]) & (self.g.auxiliaries | self.g.modals | self.g.avere_intransitive_verbs
                                    | self.g.unaccusative_verbs) or norm_word(doc[f]) in self.g.copulas \
                or any(norm_word(t) in self.g.reflexive_clitics for t in doc[m + 1:f]):
            # a simple tense of a verb with no object (*che le tasse aumenteranno*, *che la scuola
            # riapre*, *che il bilancio è in rosso*, *che la riunione si terrà*): no gap
            return False
        else:
            p = f  # a simple tense of another verb: its object after it, or the gap (*che il Comune sgombera*)
        c = f - 1
        while c > m and doc[c].pos_ == "PRON" and (norm_word(doc[c]) in self.g.clitics | self.g.object_clitics | self.g.gap_clitics
                                                    or "Yes" in doc[c].morph.get("Clitic")):
            if norm_word(doc[c]) in self.g.object_clitics | self.g.gap_clitics:
                return False  # "che il Comune li ha sgomberati", "l'ha sgomberato": the object is the clitic
            c -= 1
        k = p + 1
        while k < end:
            tok = doc[k]
            norm = norm_word(tok)
            if tok.is_punct or tok.text in QUOTE_CHARS or tok.pos_ == "CCONJ" or norm in self.g.adverbial_subordinators:
                return True  # the clause ends with no object
            if tok.pos_ == "ADV" or norm in self.g.cue_adverbs or norm.endswith(self.g.adverb_suffixes) \
                    or norm in self.g.time_words or tok.pos_ == "DET" and k + 1 < end and norm_word(doc[k + 1]) in self.g.time_words \
                    or tok.pos_ == "ADJ" and norm_word(doc[k - 1]) in self.g.time_words:
                k += 1  # an adverb or a time phrase ("ieri sera", "la settimana scorsa")
            elif tok.pos_ == "ADP" and not (k + 1 < end and doc[k + 1].pos_ in ("VERB", "AUX")):
                # a prepositional phrase ("in centro", "durante la notte"): its noun phrase skipped
                k += 1
                while k < end and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP") \
                        and not doc[k].is_punct:
                    k += 1
            else:
                return False  # an object, an infinitive, a che-clause: no gap
        return True

    def _after_addressee_aside(self, doc: Doc, k: int, end: int) -> int | None:
        """The *che* or *di* + infinitive after an aside on the person addressed, opened at
        ``k`` right after a comma and closed by the next comma: a relative (*ha chiesto **alla
        Regione, che gestisce i fondi,** di riaprire…*; *…, il quale…*, *…, la cui sede…*), a
        participle phrase (*ha chiesto **ai tifosi, delusi dalla sconfitta,** di restare…*) or
        an apposition (:meth:`_apposition_at`: *ha chiesto **al ministro dell'Interno, Mario
        Rossi,** di intervenire*, *ha chiesto **alla Sea, la società che gestisce gli scali,**
        di…*). None when ``k`` opens none, or no comma closes it within a few words, or neither
        clause follows it."""
        for depth in range(2):
            # (a second aside may follow the first: "…, che lo aveva difeso, di cui era fan, di…")
            which = k + 1 < end and norm_word(doc[k]) in self.g.definite | self.g.prepositions \
                and norm_word(doc[k + 1]) in self.g.relative_words  # "la cui sede…", "di cui era fan"
            apposition = not depth and self._apposition_at(doc, k, end)
            if not (self._relative_pronoun(doc[k]) or which or self._participle_phrase(doc[k])
                    or depth and norm_word(doc[k]) in self.g.relative_words or apposition):
                return None
            # (an apposition may hold relatives of its own: "società che controlla gli scali di
            # Malpensa e Linate e che gestisce…")
            close = next((m for m in range(k + 1, min(k + (24 if apposition else 16), end)) if doc[m].is_punct), None)
            if close is None or doc[close].text != "," or close + 1 >= end:
                return None
            m = self.skip_adverbs(doc, close + 1, end)
            if m < end and (norm_word(doc[m]) == "che" or self.di_infinitive(doc, m, end)):
                return m
            k = close + 1
        return None

    def _apposition_at(self, doc: Doc, k: int, end: int) -> bool:
        """A noun phrase in apposition opening at token ``k`` right after a comma: a name (*al
        ministro, **Mario Rossi**,*), an article or a determiner and its noun (*a Mario Rossi, **il
        suo vice**,*), a bare noun the parse hangs on the word before as an apposition or that a
        relative follows (*alla Sea, **società** che…*); no finite verb before a relative word up to the next comma (not
        *ai cronisti, il sindaco ha detto…*: a clause of its own)."""
        tok = doc[k]
        if not (tok.pos_ == "PROPN" and tok.is_title or tok.pos_ == "DET" and norm_word(tok) in self.g.articles
                or tok.pos_ == "NOUN" and tok.is_lower and (tok.dep_ == "appos" or k + 1 < end and self._relative_pronoun(doc[k + 1]))):
            return False
        for m in range(k + 1, min(k + 16, end)):
            if doc[m].is_punct or norm_word(doc[m]) in self.g.relatives | self.g.relative_words:
                return True
            if self.is_finite(doc[m]):
                return False
        return False

    def _relative_pronoun(self, tok) -> bool:
        """*che* read by the parser as a relative pronoun, subject or object of the clause it
        opens (a complementizer is a ``mark``), its verb right after it (negation and clitics
        aside): *al ministro, **che** non ha risposto*, *ai giornalisti, **che** lo attendevano*
        (not *alla stampa, che da lunedì non si occuperà…*: a clause with its own words first)."""
        if norm_word(tok) != "che" or tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "obj", "nsubj:pass"):
            return False
        doc, k = tok.doc, tok.i + 1
        while k < len(doc) and (norm_word(doc[k]) in self.g.negations or norm_word(doc[k]) in self.g.clitics):
            k += 1
        return k < len(doc) and self.is_finite(doc[k])
