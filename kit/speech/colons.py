"""Speech after a colon: a verb of saying, a delivered statement or a stance before it
(*X ha spiegato: …*, *il Comune ha diffuso una nota: …*, *X è stato chiaro: …*), and the
sentences the colon opens.

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotemarks import QUOTE_CHARS
from .base import Cue, FinderBase, norm_word


class ColonCues(FinderBase):
    """Speech after a colon and the sentences it opens."""

    def spoken_sentences_after(self, doc: Doc, end_char: int, cues: list[Cue] = (), limit: int = 4) -> int:
        """Where words reported after a colon without quote marks end: *ha detto al figlio: Se
        l'arbitro non ferma l'incontro, non so cosa dirti. Ma ti dico questo…* goes on over the
        next sentences of the paragraph that speak in the first or second person (the tagger's
        ``Person``; one in the third person between two of them too), hold no quote mark and no cue in the third person (``cues``: *X ha
        dichiarato: …*, not *ti dico*); ``end_char`` itself when none does."""
        ctx = self.context(doc)
        if not ctx.has_morph or end_char >= len(ctx.text):
            return end_char
        sent = ctx.sent(ctx.token_at(max(0, end_char - 1)))
        if ctx.text[end_char:sent.end_char].strip(" .!?…"):
            return end_char  # the content stopped before its sentence's end
        for _ in range(limit):
            if sent.end >= len(doc) or "\n" in doc[sent.end - 1].whitespace_ + doc[sent.end].text:
                break
            nxt = ctx.sent(sent.end)
            if any(t.text in QUOTE_CHARS or "\n" in t.text for t in nxt) or any(
                    nxt.start_char <= c.start_char < nxt.end_char and not self.first_or_second(doc[c.start])
                    for c in cues):
                break
            sent = nxt
            if any(t.pos_ in ("VERB", "AUX", "PRON") and self.first_or_second(t)
                   or norm_word(t) in self.g.own_voice_possessives | self.g.own_voice_elided_clitics for t in nxt):
                # (a possessive too: "Grazie al mio staff"; an elided clitic: "Non m'interessa")
                # (a sentence in the third person between two in the first goes with them: "Non
                # intendeva farlo. È stato un incidente. Sono felice che…")
                end_char = sent.end_char
        return end_char

    def _words_noun_before_colon(self, doc: Doc, lead: int, colon: int, norms: list[str]):
        """A noun of words and *di* + its speaker before a colon (*Netto il no di Luca Verdi: …*,
        *Queste le parole del sindaco: …*, *Il commento di X: …*; the word before the article
        may be read as a verb: *Immediata la risposta di X*), maybe subject of a stance
        (*La replica di X non si è fatta attendere: …*, *Il commento di X è stato lapidario: …*):
        the speaker's token range, None when no speaker phrase follows *di*, False when there is
        no such noun."""
        g = self.g
        nouns = g.answer_nouns | g.colon_stance_nouns
        for k in range(lead, min(colon - 2, lead + 4)):
            # (a noun of several words: "Dura la presa di posizione di X: …"; a bare noun opening a
            # headline: "Denuncia di Legambiente: …")
            size = next((n for n in (3, 2, 1) if " ".join(norms[k - lead:k - lead + n]) in nouns), 0)
            after = k + size
            # (the agent after "da parte" of grammar agent_phrase, its "di" read below: "La
            # risposta da parte del governo è stata immediata: …")
            by = g.agent_phrase[:-1]
            if size and by and norms[after - lead:after - lead + len(by)] == list(by):
                after += len(by)
            opened = norms[k - lead - 1] in g.definite if k > lead else doc[k].is_title and doc[k].i == doc[k].sent.start
            if size and k - 2 == lead and norms[0] in g.definite and norms[1] in g.possessives \
                    and after < colon and self._stance_tail(doc, after, colon):
                # "Il suo commento è stato lapidario: …", "La sua replica non si è fatta attendere:
                # …": the possessive is the speaker's phrase (the speaker rules resolve it)
                return (k - 1, k)
            if not (size and after + 1 < colon and opened and norms[after - lead] in g.forms("di")
                    and all(doc[m].is_alpha and (norms[m - lead] in g.demonstrative_subjects
                                                 or norms[m - lead] not in g.prepositions | g.articles)
                            for m in range(lead, k - 1))):
                continue
            end = self.source_np_end(doc, after + 1, colon)
            if not any(self.is_finite(t) for t in doc[after:colon]):
                return (after + 1, colon) if end == colon and self.speaker_phrase(doc, after + 1, colon) else None
            if end < colon and self._stance_tail(doc, end, colon) and not any(self.is_finite(t) for t in doc[after:end]):
                return (after + 1, end) if self.speaker_phrase(doc, after + 1, end) else None
        return False

    def colon_speech_verb(self, doc: Doc, lead: int, colon: int) -> int | None:
        """The verb whose subject says the words after the colon, in any person, when the clause
        from ``lead`` ends at the colon with: a verb delivering a statement (``issuing_verbs``)
        with a noun of words or of a document as its object, maybe some complements after it
        (*X **ha rilasciato una dichiarazione** ai cronisti davanti al municipio: …*, *Il Comune
        **ha diffuso una nota**: …*, *X **ha affidato** a Facebook **un messaggio**: …*). The
        object is the first noun after the verb, after an article (not *ha letto la lettera di
        Rossi: …*: a noun with *di* + a name is another's words); no finite verb, *che* or quote
        mark comes between the verb and the colon. The token index of the verb (its auxiliary
        for a compound tense), else None. (A speech verb of any kind with its object before the
        colon is the cue finder's, when a clause follows: *X ha criticato la scelta: …*.)"""
        g = self.g
        nouns = g.answer_nouns | g.colon_stance_nouns | g.document_nouns | g.speech_nouns | g.quoted_nouns
        for v in range(lead, colon - 1):
            verb = doc[v]
            if verb.pos_ not in ("VERB", "AUX") or not self.lemmas(verb) & g.issuing_verbs:
                continue
            aux = v > lead and bool(self.lemmas(doc[v - 1]) & g.auxiliaries)
            if not (self.is_finite(verb) or aux):
                continue
            if any(self.is_finite(t) or norm_word(t) == "che" or t.text in QUOTE_CHARS for t in doc[v + 1:colon]):
                continue
            head = v - 1 if aux else v
            k = v + 1
            while k < colon and doc[k].pos_ in ("ADP", "DET", "PROPN", "ADV", "ADJ") and norm_word(doc[k]) not in nouns \
                    and k - v <= 5:
                k += 1  # ("ha affidato a Facebook un lungo messaggio")
            if k >= colon or norm_word(doc[k]) not in nouns or norm_word(doc[k - 1]) not in g.articles | g.indefinite_articles \
                    and doc[k - 1].pos_ != "ADJ":
                continue
            rest = doc[k + 1:colon]
            if len(rest) > 12:
                continue
            if len(rest) > 1 and norm_word(rest[0]) in g.forms("di") and (rest[1].is_title or rest[1].ent_type_):
                continue  # "ha letto il messaggio di Rossi: …": someone else's words
            return head
        return None

    def news_before_colon(self, doc: Doc, lead: int, colon: int) -> bool:
        """A short clause whose subject, right at its start, is a noun of news or rumour after a
        definite article, and whose verb says the news came or was (``news_verbs``: *La notizia
        **arriva** dalla Cina: …*, *La notizia **è** delle otto: …*, *Le indiscrezioni
        **circolano** da giorni: …*): what follows the colon is a report no one signs. Not a
        clause of another verb (*la notizia ha sconvolto il paese: …*) nor a noun with its own
        *di* (*la notizia della morte di X è arrivata: …*, a fact, not the report itself)."""
        g = self.g
        k = lead
        if colon - lead > 10 or colon - lead < 3 or norm_word(doc[k]) not in g.definite:
            return False
        if norm_word(doc[k + 1]) not in g.news_nouns | g.rumour_nouns | {n + "e" for n in g.news_nouns}:
            return False
        v = self.skip_adverbs(doc, k + 2, colon)
        if v >= colon or doc[v].pos_ not in ("VERB", "AUX") or not self.is_finite(doc[v]):
            return False
        verb = v + 1 if self.lemmas(doc[v]) & g.agreeing_auxiliaries and v + 1 < colon \
            and "Part" in doc[v + 1].morph.get("VerbForm") else v  # ("è arrivata")
        return bool(self.lemmas(doc[verb]) & g.news_verbs) and not any(
            t.text in QUOTE_CHARS or self.is_finite(t) for t in doc[verb + 1:colon])

    def _passive_agent_before_colon(self, doc: Doc, lead: int, colon: int) -> tuple[int, int] | None:
        """A passive of a verb of saying or of delivering words, its agent after *da* up to the
        colon (*La dinamica è stata ricostruita **dai carabinieri**: …*, *La notizia è stata
        annunciata **dal sindaco, Mario Rossi**: …*, *L'accusa venne formulata **dal pm**: …*):
        the agent's token range, who says the words after the colon; None for another verb or
        an agent that cannot speak (*è stato colpito dalla pioggia: …*)."""
        g = self.g
        for m in range(lead, colon - 3):
            if doc[m].pos_ not in ("AUX", "VERB") or not self.lemmas(doc[m]) & g.agreeing_auxiliaries:
                continue
            p = self.past_copula(doc, m, colon)
            p = self.skip_adverbs(doc, p, colon)
            if p >= colon or "Part" not in doc[p].morph.get("VerbForm") \
                    or not self.lemmas(doc[p]) & (self.single_verbs | g.issuing_verbs):
                continue
            if not self.lemmas(doc[p]) & self.single_verbs and not any(
                    norm_word(t) in self.reported_nouns | g.charge_nouns | g.answer_nouns | g.colon_stance_nouns
                    for t in doc[lead:m]):
                return None  # an issuing verb delivers words as its subject ("le accuse sono state
                # formalizzate dal pm: …"), not anything ("il pacco è stato consegnato da X: …")
            q = self.skip_adverbs(doc, p + 1, colon)
            if q + 1 >= colon or norm_word(doc[q]) not in g.forms("da"):
                return None
            end = self.source_np_end(doc, q + 1, colon)
            if end < colon and doc[end].text == "," and end + 1 < colon:
                end = self.source_np_end(doc, end + 1, colon)  # "dal pm, Luca Neri:": an apposition
            agent = end
            if end < colon and self._setting_to_colon(doc, end, colon):
                # "è stata ricostruita dai carabinieri in serata: …", "dal sindaco, in una
                # conferenza stampa: …": a short setting of the saying after its agent
                end = colon
                while agent > q + 1 and doc[agent - 1].text == ",":
                    agent -= 1
            return (q + 1, agent) if end == colon and self.speaker_phrase(doc, q + 1, agent) else None
        return None

    def _setting_to_colon(self, doc: Doc, start: int, colon: int) -> bool:
        """The words from ``start`` (after a comma or not) to the colon are a short setting: a
        word of ``setting_openers`` first (*in una conferenza stampa*, *durante l'udienza*), at
        most eight words, no finite verb, no punctuation; not one that names the agent's voice
        (``spokesperson_markers``: *nella persona del ministro X*, *tramite il portavoce X*)."""
        k = start + 1 if doc[start].text == "," else start
        rest = doc[k:colon]
        return 0 < len(rest) <= 8 and norm_word(rest[0]) in self.g.setting_openers \
            and not any(t.is_punct or self.is_finite(t) for t in rest) \
            and not any(norm_word(t) in self.g.spokesperson_markers for t in rest[:3])

    def _stance_tail(self, doc: Doc, start: int, colon: int) -> bool:
        """The words from ``start`` to the colon say how a noun of words came: a phrase of
        ``colon_stance_tails`` (*non si è fatta attendere*) or a copula (and its participle)
        with a stance adjective (*è stato lapidario*, *è netta*)."""
        g = self.g
        norms = [norm_word(t) for t in doc[start:colon]]
        if " ".join(norms) in g.colon_stance_tails:
            return True
        if not norms or norms[0] not in g.copulas and not (
                doc[start].pos_ == "AUX" and self.lemmas(doc[start]) & g.agreeing_auxiliaries):
            return False  # (a copula in any tense: "è stata", "fu", "venne immediata")
        k = self.past_copula(doc, start, colon)
        k = self.skip_adverbs(doc, k, colon)
        while k < colon and norm_word(doc[k]) in g.degree_adverbs:
            k += 1
        return k == colon - 1 and norm_word(doc[k]) in g.colon_stance_adjectives

    def colon_stance(self, doc: Doc, lead: int, colon: int):
        """A frame of stance from token ``lead`` to the colon at ``colon``, after which come the
        words of its subject in any person: a clause (*Marco Rossi **è stato chiaro**: …*, *Anna
        Bruni **non ha dubbi**: …*) gives ``"clause"``; a verbless frame with its speaker
        (*Netto **il no di** Luca Verdi: …*, *Questo **il commento del** sindaco: …*, ***Così** il
        ministro: …*) gives the speaker's token range; None for anything else (*Il bilancio: …*,
        *Il quadro è chiaro: …*, whose subject the caller finds no speaker)."""
        g = self.g
        norms = [norm_word(t) for t in doc[lead:colon]]
        if not norms:
            return None
        said = " ".join(norms)
        phrase = next((p for p in g.colon_stance_phrases if said == p or said.endswith(" " + p)), None)
        if phrase is not None and norms[0] == "per" and len(norms) > len(phrase.split()) + 1:
            # "Per Marco Rossi non ci sono dubbi: …": whose opinion it is, before the stance
            end = colon - len(phrase.split())
            return (lead + 1, end) if self.source_np_end(doc, lead + 1, end) == end \
                and self.speaker_phrase(doc, lead + 1, end) else None
        if phrase is not None:
            return "clause"
        words_of = self._words_noun_before_colon(doc, lead, colon, norms)
        if words_of is not False:
            return words_of
        if self.colon_speech_verb(doc, lead, colon) is not None:
            return "clause"
        agent = self._passive_agent_before_colon(doc, lead, colon)
        if agent is not None:
            return agent
        k = colon - 1
        while k > lead and norm_word(doc[k]) in g.cue_adverbs | g.degree_adverbs:
            k -= 1
        if norm_word(doc[k]) not in g.colon_stance_adjectives:
            # "è stato chiaro con i sindacati: …", "… chiaro ieri sera in tv: …": a short phrase after the adjective
            k = next((m for m in range(colon - 2, max(lead, colon - 7), -1) if norm_word(doc[m]) in g.colon_stance_adjectives
                      and norm_word(doc[m + 1]) in g.prepositions | g.time_words | g.cue_adverbs and not any(
                          t.is_punct or self.is_finite(t) for t in doc[m + 1:colon])), k)
        if norm_word(doc[k]) in g.colon_stance_adjectives and any(
                norm_word(t) in g.copulas or self.lemmas(t) & (g.agreeing_auxiliaries | g.self_report_verbs)
                for t in doc[max(lead, k - 3):k]):
            return "clause"
        # "Ne è convinta Anna Bruni: …", "Ne è certo anche il sindaco: …": a copula, the adjective
        # and its subject after it, up to the colon (the clitic takes up what was said before)
        m = lead + int(norms[0] in g.clitics)
        if colon - m > 3 and norms[m - lead] in g.copulas and norms[m + 1 - lead] in g.colon_stance_adjectives:
            start = m + 2 + int(norms[m + 2 - lead] in g.besides_words)
            if start < colon and self.source_np_end(doc, start, colon) == colon and self.speaker_phrase(doc, start, colon):
                return start, colon
        cleft = self._cleft_before_colon(doc, lead, colon)
        if cleft is not None:
            return cleft
        v = lead + 1 if colon - lead > 2 and self.lemmas(doc[lead]) & g.auxiliaries else lead
        if self.lemmas(doc[v]) & g.colon_floor_verbs and (v == lead or not doc[v].is_title):
            # "Parla il sindaco Marco Rossi: …", "È intervenuto il ministro: …": who takes the floor
            np = self._subject_after(doc, v + 1, doc[lead:colon + 1].sent)
            return np if np is not None and np[1] == colon else None
        if any(self.is_finite(t) for t in doc[lead:colon]):
            return None
        if norms[0] in g.colon_so_words:
            # "Così il ministro Luca Verdi: …": the speaker right after it, a short setting before
            # or after it ("Così in una nota il Comune: …", "Così il sindaco in una nota: …")
            start = self._setting_before_subject(doc, lead + 1, doc[lead].sent) or lead + 1
            end = self.source_np_end(doc, start, colon)
            if end <= start or not self.speaker_phrase(doc, start, end):
                return None
            setting = doc[end:colon]
            if len(setting) and (norm_word(setting[0]) not in g.prepositions or len(setting) > 6
                                 or any(t.is_punct or self.is_finite(t) for t in setting)):
                return None
            return start, end
        return None

    def floor_setting_end(self, doc: Doc, lead: int, colon: int) -> int:
        """*Sulla vicenda è intervenuto X: …*, *In serata ha parlato X: …*: a short setting
        opened by a preposition (not *di*, *da*: whose or by whom) at the clause's start, up to
        a finite auxiliary or verb taking the floor, no punctuation nor other verb in it: the
        token after it (where :meth:`colon_stance` finds who takes the floor); else ``lead``."""
        g = self.g
        if norm_word(doc[lead]) not in g.prepositions or norm_word(doc[lead]) in g.forms("di") | g.forms("da"):
            return lead
        for k in range(lead + 1, min(lead + 6, colon - 1)):
            tok = doc[k]
            if tok.is_punct or tok.text in QUOTE_CHARS:
                return lead
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                verb = doc[k + 1] if self.lemmas(tok) & g.auxiliaries else tok
                return k if self.lemmas(verb) & g.colon_floor_verbs else lead
        return lead

    def _cleft_before_colon(self, doc: Doc, lead: int, colon: int) -> tuple[int, int] | None:
        """*A confermarlo è l'Istat: …*, *Ad annunciarlo è stato il sindaco X: …*, *A parlare è stato
        X: …*: *a* + a speech verb in the infinitive with the clitic that announces the words (or
        without it, maybe with a short object), a copula, then who says them, up to the colon:
        that speaker's token range, else None."""
        if colon - lead < 4 or norm_word(doc[lead]) not in self.g.forms("a"):
            return None
        verb = doc[lead + 1]
        if self.infinitive_without_clitic(verb) is not None:
            said = self.clitic_infinitive(doc, lead, colon)
            if said is None:
                return None
            k = said[1]
        elif self.is_infinitive(verb) and self.lemmas(verb) & (self.single_verbs | self.g.colon_floor_verbs):
            # "A parlare è stato il sindaco: …", "A chiedere le dimissioni è stata X: …" (a short object)
            k = next((m for m in range(lead + 2, min(lead + 7, colon)) if norm_word(doc[m]) in self.g.copulas), None)
            if k is None or any(t.is_punct or self.is_finite(t) for t in doc[lead + 2:k]):
                return None
        else:
            return None
        if norm_word(doc[k]) not in self.g.copulas:
            return None
        k = self.past_copula(doc, k, colon)
        end = self.source_np_end(doc, k, colon) if k < colon else k
        return (k, colon) if k < colon and end == colon and self.speaker_phrase(doc, k, colon) else None

    def own_words_mark(self, token) -> bool:
        """A word only a speaker's own words hold: a verb or pronoun in the first or second
        person (*abbiamo*, *ti*; not ``ambiguous_persons``: *sono*, *ci*) or a possessive of them
        (*mio*, *nostro*)."""
        # (a verb in the second person singular is mostly the tagger's misreading of a third
        # person, a participle or a plural noun: "dispensa", "attardati", "basti", "impegni")
        second = "2" in token.morph.get("Person") and "Sing" in token.morph.get("Number") and token.pos_ != "PRON"
        return norm_word(token) in self.g.own_voice_possessives | self.g.own_voice_elided_clitics \
            or token.pos_ in ("VERB", "AUX", "PRON") \
            and self.first_or_second(token) and norm_word(token) not in self.g.ambiguous_persons \
            and not second

    @staticmethod
    def first_or_second(token) -> bool:
        """The tagger reads the word in the first or second person (*dico*, *ti*, *abbiamo*)."""
        return bool(set(token.morph.get("Person")) & {"1", "2"})
