"""Where a reported content ends: an object noun phrase, a clause, an aside, a list, a charge,
a verbless tail (*ha negato ogni accusa, spiegando…*: the content ends at the comma).

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..components.lemmatizer import lookup_lemma
from ..quotemarks import QUOTE_CHARS
from .base import Cue, FinderBase, norm_word, inflected


class ContentEnds(FinderBase):
    """Where a reported content ends."""

    def appeal(self, cue: Cue) -> bool:
        """The cue is an appeal (*ha fatto appello*, *ha lanciato un appello*): its content opens
        with the addressee and goes on with what is asked (*all'ONU perché intervenga*)."""
        return self._cue_noun(cue) in self.g.appeal_nouns

    def light_noun_cue(self, cue: Cue) -> bool:
        """The cue is a light verb with its speech noun (``need_object``: *ha espresso la sua
        contrarietà*, *ha presentato ricorso*, *ha mosso accuse*): the content may open with the
        noun's target, *a* or *contro* + a noun phrase (*a questa legge*, *al TAR contro l'esito*)."""
        return cue.verb in self.need_object and self._cue_noun(cue) in self.need_object[cue.verb]

    @staticmethod
    def _cue_noun(cue: Cue) -> str:
        """The last word of a nominal cue, its elided article split off (*l'appello*: *appello*)."""
        words = cue.text.lower().replace("’", "'").replace("'", "' ").split()
        return words[-1] if words else ""

    def reasoned(self, cue: Cue) -> bool:
        """The cue's object goes on with its reason after *perché*: an appeal (*appello all'ONU
        perché intervenga*: what is asked) or a verb of blame or praise (*ha criticato l'accordo
        perché è stato raggiunto senza…*)."""
        return self.appeal(cue) or cue.verb in self.g.reason_verbs

    def object_end(self, doc: Doc, start_char: int, end_char: int, cue: Cue | None = None) -> int:
        """Where the object noun phrase reported by a cue ends: before a comma, a colon, a dash
        or a conjunction that opens another clause (*ha negato ogni accusa, spiegando…*); after a
        ``cue`` that gives reasons (:meth:`reasoned`), *perché* goes on with what is asked or blamed."""
        reasoned = cue is not None and self.reasoned(cue)
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        examples_to = -1
        appeal = cue is not None and self.appeal(cue)
        for tok in span:
            if tok.i < examples_to:
                continue  # (examples of the noun before: "altre ipotesi, come X, Y o Z")
            if appeal and tok.i > span.start and (asked := self._asked_verb(doc, tok.i + (tok.text == ","), span.end)):
                # "un appello ai cittadini(,) perché, in nome della legge, si voti": what is asked
                examples_to = asked + 1
                continue
            if tok.text == "," and tok.i > span.start + 1 and (aside := self.relative_aside(doc, tok.i, span.end)) is not None:
                if aside[1] > span.start:
                    return doc[aside[1] - 1].idx + len(doc[aside[1] - 1])  # "…Montefeltro il quale, dopo…, li costrinse"
                examples_to = aside[0] + 1
                continue  # "soluzioni che, se portate avanti, daranno…": the noun's clause goes on
            if tok.i > span.start and self._channel_after_object(doc, tok.i, span.end):
                return doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "ha annunciato il ritiro su Instagram": where, not what
            if tok.i > span.start + 1 and tok.is_lower and self.g.gerund.search(norm_word(tok)) \
                    and (tok.pos_ in ("VERB", "AUX") or self.gerund_without_clitic(tok) is not None) \
                    and not self.progressive(doc, tok.i):
                # (a gerund with a clitic the tagger reads as an adjective: "e lasciandosi andare…")
                if self._bound_gerund(doc, tok):
                    continue  # "ha invocato la calma rivolgendosi ai tifosi": the manner of the act reported
                last = tok.i - 2 if norm_word(doc[tok.i - 1]) in self.g.and_conjunctions else tok.i - 1
                return doc[last].idx + len(doc[last])  # "… la registrazione specificando…", "… e lasciandosi…"
            if tok.i > span.start + 1 and norm_word(tok) in self.g.and_conjunctions and cue is not None \
                    and cue.rule.startswith("verb:") and not cue.passive \
                    and self._conjoined_clause(doc, span.start, tok.i, span.end):
                last = tok.i - 2 if doc[tok.i - 1].text == "," else tok.i - 1
                return doc[last].idx + len(doc[last])  # "ordinò la perquisizione e la polizia trovò…": the writer's
            if tok.i > span.start and cue is not None and (self._second_infinitive(doc, cue, span.start, tok.i)
                                                            or self._second_participle(doc, cue, span.start, tok.i)):
                return doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "per richiedere un sopralluogo e dirigere…"
            if tok.text == "," and tok.i > span.start and self._narrated_cause(doc, tok.i + 1, span.end, cue):
                return tok.idx  # "ha chiesto di votare, poiché il consiglio l'aveva approvata": the writer's why
            if tok.text == "," and tok.i > span.start and self._reason_after(doc, tok.i + 1, span.end) \
                    and not any(t.text == "," for t in doc[span.start:tok.i]):
                # "ha chiesto le dimissioni del direttore, poiché i conti non tornano": the
                # speaker's reason, right after the noun phrase (not after an aside of the writer's)
                examples_to = tok.i + 2  # (past the conjunction, a stop of its own)
                continue
            if tok.text in ",(" and tok.i > span.start and self.summary_apposition(doc, tok.i + 1, span.end):
                return tok.idx  # "il riesame dei risultati (richiesta accolta dall'UE)"
            if tok.text in ",:" and tok.i > span.start and self._summing_up(doc, span.start, tok.i + 1, span.end):
                return tok.idx  # "ha escluso nuove tasse, una promessa che l'opposizione giudica…": the writer's
            if tok.text == "(" and tok.i > span.start and tok.i + 2 < span.end and doc[tok.i + 1].text in QUOTE_CHARS \
                    and doc[tok.i + 2].is_lower:
                # "contestando le loro idee («e lasciatelo governare», …)": the words quoted in
                # brackets are the speaker's own, after the object (not a title or a name in
                # marks, "il nuovo album («Luce», …)", which the object holds)
                return tok.idx
            but = self.g.contrast_openers & self.g.clause_joining_conjunctions  # ("ma": a contrast that joins clauses)
            negated = tok.i > span.start and any(norm_word(t) in self.g.negations and t.i + 1 < tok.i and doc[t.i + 1].pos_ not in ("VERB", "AUX")
                                                 for t in doc[max(0, span.start - 2):tok.i])  # ("non eccessivo", "non solo"; not "di non far…")
            if negated and (norm_word(tok) in but and self._contrast_goes_on(doc, span.start, tok.i + 1, span.end)
                            or tok.text == "," and tok.i + 2 < span.end and norm_word(doc[tok.i + 1]) in but
                            and norm_word(doc[tok.i + 2]) in self.g.contrast_continuers):
                # the second half of a negated object: "un consumo non eccessivo ma nemmeno troppo
                # ridotto", "(non) solo X, ma anche Y" (not "contro X ma anche contro Y": a second act)
                continue
            if tok.i > span.start and norm_word(tok) in self.g.object_stops and not (reasoned and norm_word(tok) == "perché"):
                if tok.text == ":" and self.announced_list(doc, tok.i, span.end):
                    continue  # "ha annunciato il rinvio di due gare: il Rally di X e quello di Y"
                if tok.text == "," and (self._continues_list(doc, tok.i + 1, span.end)
                                        or self._bare_list(doc, tok.i + 1, span.end)):
                    continue  # "ha attaccato la magistratura, il comunismo e l'Europa", "contro scuole, strade e mercati, e…"
                if tok.text == "," and self._preposition_list(doc, span.start, tok.i, span.end):
                    continue  # "ha ringraziato alla squadra, alla società e ai tifosi"
                if tok.text == "," and tok.i + 1 < span.end and (norm_word(doc[tok.i + 1]) in self.g.relatives | self.g.explaining_conjunctions or (
                        tok.i + 2 < span.end and norm_word(doc[tok.i + 1]) in self.g.definite and norm_word(doc[tok.i + 2]) == "cui")) \
                        and not self.writers_relative(doc, tok.i + 1, span.end):
                    continue  # "denuncia la mancanza di una guida, che sappia…", ", il cui…", ", ossia…": the noun's clause
                if tok.text == "," and tok.i + 1 < span.end and norm_word(doc[tok.i + 1]) in self.g.purpose_conjunctions:
                    continue  # "ha chiesto giustizia, affinché non accada più": what is asked for
                if tok.text == "," and cue is not None and self.reports_of(cue) and tok.i + 2 < span.end \
                        and norm_word(doc[tok.i + 1]) in self.g.and_conjunctions and norm_word(doc[tok.i + 2]) in self.g.forms("di"):
                    continue  # "hanno riferito di un solo morto, uno dei macchinisti, e di 15 feriti": the same report
                if tok.text == "," and tok.i + 2 < span.end and norm_word(doc[tok.i + 1]) in self.g.and_conjunctions \
                        and self.di_infinitive(doc, tok.i + 2, span.end):
                    continue  # "ha ribadito la sua opposizione, e di sentirsi vicino alle vittime": a second report
                if tok.text == "," and tok.i + 2 < span.end and self._participle_phrase(doc[tok.i + 1]):
                    continue  # "ha invitato a ratificare l'accordo, firmato con il Cremlino…": the noun's phrase
                if tok.text == "," and (examples := self.examples_end(doc, tok.i + 1, span.end)) is not None:
                    examples_to = examples
                    continue  # "non esclude altre ipotesi, come un guasto ai freni": the object's examples
                if tok.text == "," and self._verbless_tail(doc, tok.i + 1, span.end):
                    continue  # "…a questa parentesi, appendice della guerra civile.": the object's last words
                if tok.text == "," and self._accompaniment(doc, tok.i + 1, span.end):
                    continue  # "un quadro compromesso, con un'insufficienza renale": what goes with it
                if tok.text == "," and self._restriction(doc, tok.i + 1, span.end):
                    continue  # "la classifica dei finalisti, per quanto riguarda i primi sei": the part meant
                return tok.idx
        return self._open_phrase_trimmed(span, end_char)

    def _open_phrase_trimmed(self, span: Span, end_char: int) -> int:
        """``end_char``, or before the preposition (and its article) the object's region ends
        on when the next cue cut the phrase it opens (*ha bocciato il progetto con la
        motivazione che…*: the object is *il progetto*, not *il progetto con la*), or before the
        relative pronoun it ends on when the cue is an aside inside the relative clause (*ha
        parlato del mercato che, ha detto, cresce*: the object is *mercato*, not *mercato che*)."""
        k = span.end
        if k - 1 > span.start and norm_word(span.doc[k - 1]) in self.g.relatives:
            k -= 1  # (with its preposition or article: "la sala nella quale", "il piano di cui")
            while k - 1 > span.start and (span.doc[k - 1].text == "," or norm_word(span.doc[k - 1]) in self.g.prepositions
                                          or norm_word(span.doc[k - 1]) in self.g.definite):
                k -= 1
            return span.doc[k - 1].idx + len(span.doc[k - 1])
        if k - 1 > span.start and norm_word(span.doc[k - 1]) in self.g.definite | self.g.noun_articles:
            k -= 1
        if not (k - 1 > span.start and norm_word(span.doc[k - 1]) in self.g.prepositions):
            return end_char
        return span.doc[k - 2].idx + len(span.doc[k - 2])

    def _channel_after_object(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` inside an object content, the channel or the paper the words went out
        on (:meth:`channel_end`: *in una lettera*, *con un tweet*, *su Instagram*, *sul suo
        profilo*; or *su* and an outlet of ``outlet_nouns``: *sul giornale*, *sul quotidiano
        locale*): it tells where the act took place, not what was said (*ha ammesso le proprie
        responsabilità **in una lettera***). Not after a participle or a verb, whose phrase it
        is (*le foto pubblicate su Instagram*), nor after *di* or a noun of words or channels
        (*la pubblicazione di un post*, *il testo della lettera*)."""
        prev = doc[i - 1]
        if prev.is_punct or norm_word(prev) in self.g.forms("di") | self.g.articles | self.g.prepositions \
                or self.is_verbish(prev) or self._participle_phrase(prev) \
                or norm_word(prev) in self.g.document_nouns | self.g.channel_nouns | self.g.outlet_nouns:
            return False
        for tok in doc[i:end]:  # (no verb of the content's own after it: "gli errori presenti nella lettera non ricadono…")
            if norm_word(tok) in self.g.relatives or tok.text in (",", ";", ":"):
                break
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                return False
        if (channel := self.channel_end(doc, i, end)) is not None:
            # (after su a possessive or the platform's name: not "ha chiesto controlli sui
            # social", the place of what is asked)
            return norm_word(doc[i]) not in self.g.forms("su") or any(
                norm_word(t) in self.g.possessives or t.is_title for t in doc[i + 1:channel])
        if norm_word(doc[i]) not in self.g.forms("su"):
            return False
        k = i + 1
        while k < end and k - i <= 3 and norm_word(doc[k]) in self.g.articles | self.g.possessives:
            k += 1
        return k < end and norm_word(doc[k]) in self.g.outlet_nouns

    def _asked_verb(self, doc: Doc, i: int, end: int) -> int | None:
        """Token ``i`` opens what an appeal asks: a conjunction of ``appeal_conjunctions`` and a
        verb in the subjunctive before the clause ends, whose index is returned (*…, perché
        **restino** a casa*, *perché, in nome della legge, **si voti***; not a cause in the
        indicative, *…, perché la situazione **è** grave*); else None."""
        if norm_word(doc[i]) not in self.g.appeal_conjunctions:
            return None
        for tok in doc[i + 1:min(i + 20, end)]:
            if tok.text in ".;:!?":
                return None
            if "Sub" in tok.morph.get("Mood") or self.subjunctive_form(tok) \
                    or inflected(norm_word(tok), self.lemmas(tok), self.g.singular_subjunctives):
                return tok.i  # (by its ending too, whatever the tagger says: "si pronunci")
        return None

    def _conjoined_clause(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """At the *e* at token ``i`` of a noun-phrase object opened at ``start``, a clause of
        its own: a noun phrase, then a finite verb, before any punctuation, other *e* or word
        that opens a subordinate or relative clause (*ordinò la perquisizione della casa **e** in
        quell'occasione la polizia **trovò**…*), the object itself holding no such word (not
        *…la promessa che i treni e le navi **arrivino**…*, nor *e dei due magazzini*, *e che…*,
        *il generoso ed appassionato impegno di X ed ha fatto…*)."""
        if not self.context(doc).has_morph or any(norm_word(t) in self.g.subordinators or norm_word(t) in QUOTE_CHARS
                                                  for t in doc[start:i]):
            return False
        verb = self._clause_verb(doc, i + 1, end, self.g.and_conjunctions)
        # (not a participle the tagger reads as finite, "ed attribuite a…")
        return verb is not None and not self.g.participle.search(norm_word(verb)) and bool(verb.morph.get("Mood"))

    def _clause_verb(self, doc: Doc, i: int, end: int, stops: frozenset[str] = frozenset()):
        """The finite verb of a clause opening at token ``i`` with a subject or a phrase of its
        own before it (*e il giorno dopo gli operai **hanno**…*, *; le centrali **riapriranno**…*),
        or None: no noun before it, or punctuation, a subordinator, a quote mark or a word of
        ``stops`` first."""
        subject = False
        for tok in doc[i:end]:
            if tok.is_punct or norm_word(tok) in self.g.subordinators | stops or norm_word(tok) in QUOTE_CHARS:
                return None
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                return tok if subject else None
            subject = subject or tok.pos_ in ("DET", "NOUN", "PROPN")
        return None

    def _second_infinitive(self, doc: Doc, cue: Cue, start: int, i: int) -> bool:
        """Token ``i`` is *e* before an infinitive coordinated with the cue's own infinitive, no
        infinitive in the object before it (*per richiedere **un sopralluogo** e dirigere i
        lavori*: a second act, not what was asked; not *per chiedere la possibilità di lavorare e
        studiare*, where the infinitives belong to the object)."""
        if norm_word(doc[i]) not in self.g.and_conjunctions or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        return nxt.pos_ == "VERB" and self.is_infinitive(nxt) and self.is_infinitive(self.main_verb(doc, cue)) \
            and not any(self.is_infinitive(t) for t in doc[start:i])

    def _second_participle(self, doc: Doc, cue: Cue, start: int, i: int) -> bool:
        """Token ``i`` is *e* before a past participle that shares the auxiliary of the cue's
        participle and opens an object of its own with an article, no verb in the object before
        it (*hanno condannato **il gesto** ed espresso il loro cordoglio*: a second act, not
        what was condemned, even when the parse hangs the participle on the object's noun; not
        *ha accusato di aver invaso e occupato la regione*, nor an adjective of the object, *ha
        chiesto un piano chiaro e condiviso*)."""
        if norm_word(doc[i]) not in self.g.and_conjunctions or i + 2 >= len(doc):
            return False
        verb, nxt = self.main_verb(doc, cue), doc[i + 1]
        k = self.skip_adverbs(doc, i + 2, len(doc))
        return "Part" in verb.morph.get("VerbForm") and any(t.pos_ == "AUX" for t in doc[cue.start:verb.i]) \
            and nxt.is_lower and nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm") \
            and self.g.participle.search(norm_word(nxt)) is not None \
            and k < len(doc) and doc[k].pos_ == "DET" and norm_word(doc[k]) in self.g.articles \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:i])

    def _bound_gerund(self, doc: Doc, tok) -> bool:
        """A gerund right after the object, with no comma nor *e* before it, of a verb that
        neither speaks nor draws a reaction (*ha giustificato gli eccessi **considerandoli** una
        forma di linguaggio*, *ha invocato la calma **rivolgendosi** ai tifosi*): the manner of
        what was said, still reported; a speech gerund (*ha attaccato la coppia **sostenendo**
        che…*), one after a comma or a conjunction (*…, **caricando** la foto*, *e
        **lasciandosi** andare…*) is an act of its own."""
        prev = doc[tok.i - 1]
        if prev.is_punct or norm_word(prev) in self.g.and_conjunctions or norm_word(prev) in QUOTE_CHARS:
            return False
        speech = self._speech_gerund(tok) and not self.lemmas(tok) & self.g.small_clause_verbs  # (no cue here: small_clause)
        return not (speech or self.lemmas(tok) & self.g.reaction_verbs)

    def _aside_inside(self, doc: Doc, start: int, comma: int, end: int) -> int | None:
        """The comma closing an aside opened at ``comma`` (*, come ha ricordato anche Verdi,*)
        between a subject the content has opened with no verb yet and its verb right after
        (*che il piano**, come ha ricordato anche Verdi,** è pronto*): the content goes on past
        it; None when the content already has its verb or none follows."""
        if any(self.is_finite(t) for t in doc[start:comma]):
            return None
        close = next((k for k in range(comma + 2, min(comma + 12, end)) if doc[k].is_punct), None)
        if close is None or doc[close].text != "," or close + 1 >= end:
            return None
        k = close + 1
        while k < end - 1 and (norm_word(doc[k]) in self.g.clitics | self.g.negations or norm_word(doc[k]) in self.g.cue_adverbs):
            k += 1
        return close if self.is_finite(doc[k]) else None

    def _reason_after(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), a word of ``reason_conjunctions`` (*poiché*, *dato
        che*) and a clause: the speaker's reason, still reported."""
        k = self._after_conjunction(doc, i, end, self.g.reason_conjunctions)
        return k is not None and self.clause_follows(doc, k, end)

    @staticmethod
    def _after_conjunction(doc: Doc, i: int, end: int, words: frozenset[str]) -> int | None:
        """The token after a conjunction of ``words`` of one or two words (*poiché*, *dato
        che*) at token ``i``, else None (also when ``i`` is past the end: a text may end with
        the comma)."""
        if i >= min(end, len(doc)):
            return None
        if i + 1 < end and norm_word(doc[i]) + " " + norm_word(doc[i + 1]) in words:
            return i + 2
        return i + 1 if norm_word(doc[i]) in words else None

    def _narrated_cause(self, doc: Doc, i: int, end: int, cue: Cue | None) -> bool:
        """At token ``i`` (after a comma), a word of ``reason_conjunctions`` or
        ``cause_conjunctions`` and a clause whose first finite verb, past an aside, is in the
        pluperfect (of *avere*, or with *stato*) or the simple past indicative (*…di essere
        dimessi, perché **avevano scelto** il suicidio*; *…fosse stato lui, poiché, vicino al
        corpo, **era stato ritrovato**…*): the writer's account of why, the content ends (a
        present, a future, a conditional, a subjunctive or an imperfect stays the speaker's
        reason: *…, poiché i conti non tornano*, *…, perché era malato*). A cue that gives reasons
        (:meth:`reasoned`) or accounts for something (``accounting_verbs``: *ha spiegato che il
        volo è stato cancellato, perché il pilota aveva avuto un malore*) reports its cause too."""
        if cue is not None and (self.reasoned(cue) or cue.verb in self.g.accounting_verbs):
            return False
        k = self._after_conjunction(doc, i, end, self.g.reason_conjunctions | self.g.cause_conjunctions)
        if k is None:
            return False
        stop = self.context(doc).sent(i).end  # (past ``end``: a cue of the cause's own may cut the region)
        for tok in doc[k:min(k + 15, stop)]:
            if tok.text in (";", ":") or norm_word(tok) in QUOTE_CHARS:
                return False
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                mood, tense, compound = self._tense(doc, tok)
                if "Ind" not in mood or not ("Imp" in tense and compound or "Past" in tense and not compound):
                    return False
                part = next((t for t in doc[tok.i + 1:stop] if "Part" in t.morph.get("VerbForm")), None)
                # (a pluperfect of *avere* or with *stato*, not *era costretto*, *era malato*:
                # a passive or a copula in the imperfect, the speaker's reason under a past cue)
                return not compound or not (self.lemmas(tok) & self.g.agreeing_auxiliaries) \
                    or part is not None and norm_word(part) in self.g.auxiliary_participles
        return False

    def announced_list(self, doc: Doc, colon: int, end: int) -> bool:
        """The colon at token ``colon`` closes a noun phrase that counts what follows (a number
        and a noun: *il rinvio di **due gare**: il Rally di Argentina e quello…*, *si fonda su
        **tre punti**: una difesa comune, un fondo…*) and noun phrases with no finite verb of their
        own (one in brackets aside) run from it to ``end``: the items counted, still the object."""
        k, nouns = colon - 1, 0
        while k > 0 and nouns < 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "VERB") \
                and not self.is_finite(doc[k]):  # (a noun the tagger reads as a verb: "due gare")
            k, nouns = k - 1, nouns + 1
        if not nouns or doc[k].pos_ != "NUM" or colon + 1 >= end:
            return False
        depth = 0
        for tok in doc[colon + 1:end]:
            depth += (tok.text == "(") - (tok.text == ")")
            if tok.text in (";", ":") or norm_word(tok) in QUOTE_CHARS or not depth and self.is_finite(tok):
                return False
        return True

    def examples_end(self, doc: Doc, i: int, end: int) -> int | None:
        """At token ``i`` (after a comma), a word of ``example_tails`` and noun phrases without a
        verb that give examples of the plural noun before the comma (*altre ipotesi, **come
        l'alta velocità, un guasto ai freni o un malore***; *alcuni paesi, **come la Francia***;
        *nuove misure, **come ad esempio un fondo…***): still what was reported. Returns the token
        where the examples end (``end``, a colon, or the next comma when a verb follows it); None for a
        clause of its own (*, come confermato dalla polizia*, *, come ha spiegato X*), an adverb
        (*, come sempre*) or a likeness after a singular (*è estranea alla vicenda, come il
        sindaco*)."""
        if i + 1 >= end or norm_word(doc[i]) not in self.g.example_tails or not self.context(doc).has_morph:
            return None
        if doc[i + 1].pos_ not in ("DET", "ADP", "PROPN", "NOUN", "NUM"):
            return None
        noun = next((t for t in reversed(doc[max(0, i - 5):i - 1]) if t.pos_ in ("NOUN", "PROPN")), None)
        # (an invariable noun shows its number on the word before it: "altre ipotesi")
        number = noun.morph.get("Number") or doc[noun.i - 1].morph.get("Number") if noun is not None else []
        if "Plur" not in number:
            return None
        comma = None
        for tok in doc[i + 1:end]:
            if tok.text in (";", ":") or norm_word(tok) in QUOTE_CHARS:
                return tok.i
            if tok.text == "," and comma is None:
                comma = tok.i
            if tok.pos_ in ("VERB", "AUX"):
                return comma
        return end

    def lists_examples(self, doc: Doc, start_char: int, end_char: int) -> bool:
        """The content from ``start_char`` to ``end_char`` ends with examples of its noun
        (:meth:`examples_end`: *altre ipotesi, come l'alta velocità o un malore*)."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        return span is not None and any(
            tok.text == "," and self.examples_end(doc, tok.i + 1, span.end) == span.end for tok in span)

    def _verbless_tail(self, doc: Doc, i: int, end: int) -> bool:
        """From token ``i`` (after a comma) to the end of the sentence, a phrase without a verb
        of its own that still qualifies the object (*parla di 6 agenti feriti, **fortunatamente
        in modo non grave**.*; *…per porre fine alla parentesi, **appendice della guerra civile
        che aveva dilaniato il paese**.*): a verb only inside a relative clause, no gerund, no
        opener of the writer's clause (*, mentre…*, *, come…*)."""
        if not self.context(doc).has_morph:
            return False  # (without a tagger no verb can be told apart)
        sent_end = self.context(doc).sent(i).end
        if i >= end or end < sent_end - 1:
            return False
        if norm_word(doc[i]) in self.g.tail_openers | self.g.object_stops:
            return False
        if norm_word(doc[i]) in self.g.and_conjunctions and i + 1 < end and doc[i + 1].text == ",":
            return False  # ("…del Governo, e, quello che più conta, per chiedere…": an aside, then a clause)
        if (doc[i - 2].ent_type_ or doc[i - 2].is_title) and (norm_word(doc[i]) in self.g.articles or doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
            return False  # ("il castello di Calatubo, antica fortezza…": the writer's words about a name)
        relative = False
        for tok in doc[i:end]:
            norm = norm_word(tok)
            if tok.is_punct and tok.text not in (",", ".", "!", "?") or norm in QUOTE_CHARS:
                return False
            # (a verb only in a relative of a noun inside the tail: not "…, e gli autori, che
            # avrebbero…", nor one that opens it, "…, il quale ha rifiutato"; "…feriti, di cui
            # uno in condizioni gravi" has no verb)
            relative = relative or norm in self.g.relatives and tok.i > i + 1 and doc[tok.i - 1].text != ","
            if tok.pos_ in ("VERB", "AUX") and not relative and (
                    self.is_finite(tok) or self.is_infinitive(tok) or self.g.gerund.search(norm) and tok.is_lower):
                return False
        return True

    def _accompaniment(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), a preposition of ``accompaniment_tails`` and a noun
        phrase with no finite verb up to the end of the sentence (*…un quadro compromesso, **con
        un'insufficienza renale, aggravata dall'impossibilità di ricorrere alla dialisi**.*): what
        goes with the object, still reported; a clause after it (*, con la polizia che…*
        … *è arrivata*) is the writer's."""
        if i + 1 >= end or norm_word(doc[i]) not in self.g.accompaniment_tails or not self.context(doc).has_morph:
            return False
        if doc[i + 1].pos_ not in ("DET", "NOUN", "ADJ", "NUM", "PROPN"):
            return False
        sent_end = self.context(doc).sent(i).end
        if end < sent_end - 1:
            return False
        return not any(self.is_finite(t) or t.is_punct and t.text in (";", ":") or norm_word(t) in QUOTE_CHARS
                       for t in doc[i + 1:end])

    def _restriction(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), a phrase of ``restricting_tails`` and a noun phrase
        with no finite verb up to the end of the sentence (*ha annunciato la classifica dei
        finalisti, **per quanto riguarda le prime sei posizioni** decise dal pubblico*): the part
        of the object meant, still reported; a clause after it (*, per quanto riguarda i
        fondi, il governo ha…*) is the writer's."""
        if not self.context(doc).has_morph:
            return False
        k = next((i + n for n in (4, 3) if i + n <= end
                  and " ".join(norm_word(t) for t in doc[i:i + n]) in self.g.restricting_tails), None)
        if k is None or k >= end or doc[k].pos_ not in ("DET", "NOUN", "ADJ", "NUM", "PROPN"):
            return False
        if end < self.context(doc).sent(i).end - 1:
            return False
        return not any(self.is_finite(t) or t.is_punct and t.text in (",", ";", ":") or norm_word(t) in QUOTE_CHARS
                       for t in doc[k:end])

    def _reflexive_group(self, doc: Doc, start: int, i: int, sent: Span) -> bool:
        """A reflexive clitic right before the verb group that ends at token ``i`` (*si
        affermò*, *si è affermata*) or before the auxiliary of its gerund (*si andava affermando*)."""
        k = start - 1 if start == i and self.progressive(doc, i) else start
        return k > sent.start and norm_word(doc[k - 1]) in self.g.reflexive_clitics

    def progressive(self, doc: Doc, i: int) -> bool:
        """The gerund at token ``i`` goes with a form of *stare* before it (*che **stava
        rispondendo** a una segnalazione*, *perché **sta portando** avanti una guerra*): one verb
        of the clause, neither a cue of its own nor the end of an object."""
        return i > 0 and bool(self.lemmas(doc[i - 1]) & self.g.progressive_auxiliaries)

    def writers_relative(self, doc: Doc, i: int, end: int) -> bool:
        """A relative clause opening at token ``i`` (after a comma) whose first verb is in the
        past or imperfect indicative (*…, che si svolgevano a Eugene*, *…, che l'aveva
        denunciata*): the writer's narration, not the reported words (a subjunctive, a
        conditional or a present stays: *…, che sappia guidarci*, *…, che sono andati oltre*)."""
        for k in range(i + 1, min(i + 8, end)):
            tok = doc[k]
            if tok.text in (",", ";", ":") or norm_word(tok) in QUOTE_CHARS:
                return False
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
                # (an imperfect by its ending too: the tagger reads "si svolgevano" as a present)
                return "Ind" in tok.morph.get("Mood") and (bool({"Past", "Imp"} & set(tok.morph.get("Tense")))
                                                          or bool(self.g.imperfect.search(norm_word(tok))))
        return False

    def relative_aside(self, doc: Doc, comma: int, end: int) -> tuple[int, int] | None:
        """A relative pronoun right before ``comma`` that opens an aside inside its clause
        (*…Montefeltro **il quale, dopo un breve assedio,** li costrinse…*, *soluzioni **che, se
        portate avanti,** daranno frutti*): a content never ends on the pronoun. ``(close,
        -1)`` when the clause goes on past the aside's closing comma ``close`` (a present, a
        future, a subjunctive or a conditional: the noun's clause, reported); ``(close,
        start)`` when its first verb there is in the past or imperfect indicative
        (:meth:`writers_relative`; a simple past by its ending too, ``simple_past``: the
        writer's narration), ``start`` the first token of the relative (its article or
        preposition, and a comma before it), where an object ends. None without such a
        pronoun and aside."""
        if comma < 1 or norm_word(doc[comma - 1]) not in self.g.relatives:
            return None
        close = next((k for k in range(comma + 2, min(comma + 15, end - 1)) if doc[k].is_punct), None)
        if close is None or doc[close].text != ",":
            return None
        start = comma - 1
        while start - 1 > 0 and norm_word(doc[start - 1]) in self.g.articles | self.g.prepositions:
            start -= 1  # "il quale", "alla quale", "a cui"
        if doc[start - 1].text == ",":
            start -= 1
        verb = next((t for t in doc[close + 1:min(close + 8, end)] if t.is_punct or t.pos_ in ("VERB", "AUX")
                     and "Fin" in t.morph.get("VerbForm")), None)
        past = verb is not None and not verb.is_punct and self.g.simple_past.search(norm_word(verb)) is not None
        return (close, start) if past or self.writers_relative(doc, close, end) else (close, -1)

    def summary_apposition(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma or a bracket), a bare noun that sums up what was said
        and a relative or a participle of the writer's about it (*…di imporre una zona di
        interdizione, **richiesta che** è stata approvata*; *…, **città nella quale** ha
        vissuto*; *…, **provvedimenti più volte bloccati** dai giudici*): the content ends
        before it (a noun with an article or a preposition after it stays: *…, un presidente
        che…*, *…, appendice della guerra…*)."""
        if i + 1 >= end:
            return False
        noun = doc[i]
        if not (noun.is_alpha and noun.is_lower and noun.pos_ in ("NOUN", "VERB", "ADJ")) \
                or "Fin" in noun.morph.get("VerbForm") or self.g.gerund.search(norm_word(noun)) or self.is_infinitive(noun):
            return False
        nxt = norm_word(doc[i + 1])
        if nxt in self.g.relatives - {"quali"} or doc[i + 1].pos_ == "ADP" \
                and i + 2 < end and norm_word(doc[i + 2]) in self.g.relative_words:
            # "richiesta che…", "città nella quale…" (not "lavori che sarebbero dovuti essere
            # a suo carico": a conditional is still the report)
            return not self._conditional_clause(doc, i + 2, end)
        for k in range(i + 1, min(i + 4, end)):  # ("provvedimenti più volte bloccati dai giudici")
            tok = doc[k]
            if self._participle_phrase(tok):
                return k + 1 < end and doc[k + 1].pos_ == "ADP"  # (not "donna vietnamita presente")
            if not (tok.is_alpha and tok.is_lower and tok.pos_ in ("ADV", "NOUN")):
                return False
        return False

    def _participle_phrase(self, tok) -> bool:
        """A past participle opening a phrase that qualifies the noun before the comma
        (*l'accordo, firmato nel 1993*): lower case, the participle ending, not finite. An
        irregular participle the tagger reads as an adjective (*accolta*, *risolta*, *coinvolti*,
        *vinto*, of *accogliere*, *risolvere*, *vincere*…) by its ending (``irregular_participle``)
        and its lemma, a verb's infinitive (not a finite verb read as an adjective, *giace*)."""
        if not tok.is_lower or tok.pos_ not in ("VERB", "ADJ") or "Fin" in tok.morph.get("VerbForm"):
            return False
        norm = norm_word(tok)
        if self.g.participle.search(norm):
            return True
        lemma = lookup_lemma(tok.text, self.lang)
        return tok.pos_ == "ADJ" and bool(self.g.irregular_participle.search(norm)) and lemma != norm \
            and bool(self.g.infinitive.search(lemma))

    def _continues_list(self, doc: Doc, i: int, end: int) -> bool:
        """After a comma, another noun phrase of a list: an article and a word that is not a
        verb, up to the next comma or ``e`` (*, il comunismo e…*)."""
        if i + 1 >= end or norm_word(doc[i]) in self.g.and_conjunctions and doc[i + 1].text == ",":
            return False  # ("la legge, e, soprattutto, ha chiesto…": a conjunction opening an aside)
        if norm_word(doc[i]) not in self.g.articles:
            # "chiedono riforme, più libertà e più democrazia": a last short list without
            # articles, up to the end of the sentence
            # (or "scuole, ospedali, chiese e strade": single words between the commas)
            rest = doc[i:end]
            commas = [i - 1] + [t.i for t in rest if t.text == ","]
            single = all(b - a == 2 for a, b in zip(commas, commas[1:]))  # one word between two commas
            return len(rest) <= 8 and any(norm_word(t) in self.g.and_conjunctions for t in rest) and not any(
                self.is_verbish(t) or t.is_punct and t.text not in (".", "!", "?") and not (t.text == "," and single)
                for t in rest)
        for k in range(i + 1, min(i + 10, end)):  # (", la sistemazione del vecchio parco di piazza Verdi e…")
            if doc[k].text == "," or norm_word(doc[k]) in self.g.and_conjunctions:
                return k > i + 1
            if self.is_verbish(doc[k]) and not doc[k].is_title:
                return False
        return False

    def _preposition_list(self, doc: Doc, start: int, comma: int, end: int) -> bool:
        """After the ``comma`` of an object content opened at ``start``, one more phrase of a
        list of phrases with the same preposition, the item before the comma opening with it
        too and the list closed by *e* and that preposition before any finite verb or other
        comma (*un ringraziamento **alla** squadra, **alla** federazione **e alla** famiglia*)."""
        if comma + 1 >= end:
            return False
        base = next((p for p, forms in self.g.contracted.items() if norm_word(doc[comma + 1]) in forms), None)
        if base is None:
            return False
        opening = max((t.i for t in doc[start:comma] if t.text == ","), default=start - 1) + 1
        if norm_word(doc[opening]) not in self.g.forms(base):
            return False
        for k in range(comma + 2, end - 1):
            if doc[k].text in (",", ";", ":") or doc[k].pos_ in ("VERB", "AUX") and self.is_finite(doc[k]):
                return doc[k].text == "," and norm_word(doc[k + 1]) in self.g.forms(base)  # (a longer list)
            if norm_word(doc[k]) in self.g.and_conjunctions:
                return norm_word(doc[k + 1]) in self.g.forms(base)
        return False

    def content_end(self, doc: Doc, start_char: int, end_char: int, cue: Cue | None = None) -> int:
        """Where reported content ends (:meth:`_clause_end`), before a source marker set off by
        commas when the content ends at the comma that closes it (:meth:`_before_closing_marker`)."""
        end = self._clause_end(doc, start_char, end_char, cue)
        end = self._before_marker_adverb(doc, start_char, end)
        return end if cue is None else self._before_closing_marker(doc, cue, end)

    def _before_marker_adverb(self, doc: Doc, start_char: int, end_char: int) -> int:
        """A content that ends on a comma and an adverb of ``marker_adverbs`` right before a
        source marker (*ha detto che il ladro è fuggito, **almeno** secondo i testimoni*; *…,
        **sempre** secondo la polizia*) ends before the comma: the adverb bears on the marker
        (:meth:`marker_start`), not on what was said."""
        if end_char <= start_char:
            return end_char
        last = self.context(doc).token_at(end_char - 1)
        if last < 2 or last + 1 >= len(doc) or doc[last].idx + len(doc[last]) != end_char \
                or norm_word(doc[last]) not in self.g.marker_adverbs or doc[last - 1].text != "," \
                or doc[last - 1].idx <= start_char:
            return end_char
        following = [norm_word(t) for t in doc[last + 1:last + 6]]
        if not any(following[:len(m)] == m for m in self.markers_at(doc[last + 1])):
            return end_char
        return doc[last - 1].idx

    def _before_closing_marker(self, doc: Doc, cue: Cue, end_char: int) -> int:
        """A content that starts before its source marker and ends at the comma closing the
        marker's phrase (*si tratta di un incidente, secondo i carabinieri, anche se…*: the
        writer's clause after it) ends before the comma that opens the marker: the marker
        vouches for the clause before it and is not part of it. A content that goes on past the
        marker's phrase keeps it inside (*Si tratta, secondo X, di una moda diffusa…*)."""
        if cue.complement != "source" or cue.speaker_np is None or cue.content_start >= cue.start_char:
            return end_char
        marker = self.marker_start(doc, cue.start, -1)
        np_end = cue.speaker_np[1]
        if marker < 2 or doc[marker - 1].text != "," or np_end <= marker or np_end > len(doc):
            return end_char
        closing = doc[np_end].idx if np_end < len(doc) else len(doc.text)
        if doc[marker - 1].idx < end_char <= closing:
            return doc[marker - 1].idx
        return end_char

    def _clause_end(self, doc: Doc, start_char: int, end_char: int, cue: Cue | None = None) -> int:
        """Where reported content ends: before ``, ma``, ``, come``, ``, dopo``, ``, per``… or a
        comma and a gerund (*…, volgendo particolare attenzione*), which go back to the
        writer's voice; otherwise at ``end_char``. The cue's own words never end it (*La crisi,
        come ha spiegato X, durerà*). What a source reports goes on over a gerund that is not
        of a speech verb (*Secondo X, il film potrebbe fare meglio, arrivando a incassare…*)."""
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        if cue is not None and (comma := self.relative_cue_end(doc, cue, span)) is not None:
            return doc[comma].idx  # "Il governo, che chiedeva che X fosse censurato, ha ceduto": the main clause
        if cue is not None and (comma := self.fronted_cue_end(doc, cue, span)) is not None:
            return doc[comma].idx  # "Dopo aver spiegato che i fondi mancano, il sindaco ha lasciato…": the main clause
        if cue is not None and (conj := self.narrated_conjunct(doc, cue, span)) is not None:
            return doc[conj - 1].idx if doc[conj - 1].text == "," else doc[conj].idx
        examples_to = -1
        for tok in span[1:-1]:
            if tok.text in (",", ":") and (cue is None or tok.idx > cue.end_char) \
                    and self._summing_up(doc, span.start, tok.i + 1, span.end):
                return tok.idx  # "…che si dimetterà: una scelta che nessuno si aspettava": the writer's
            if tok.text not in (",", ";") or tok.i < examples_to:
                continue  # (a parenthesis stays: the annotators keep "(…)" inside 3 times in 4)
            if tok.text == "," and tok.i > span.start + 1 and (cue is None or tok.idx > cue.end_char) \
                    and (aside := self.relative_aside(doc, tok.i, span.end)) is not None:
                # (a relative inside a reported clause is reported, in the past too: "…dopo i
                # fatti che, nel 2007, portarono alla morte di X")
                examples_to = aside[0] + 1
                continue  # "opportunità che, uscendo dal vago, il governo specifichi…": the clause goes on
            nxt = doc[tok.i + 1]
            norm = norm_word(nxt)
            if cue is not None and nxt.idx < cue.end_char:
                continue  # the cue's words, or the subject before a marker inside the content
            if cue is not None and self._closes_source_aside(doc, cue, tok.i) and nxt.pos_ not in ("CCONJ", "SCONJ") \
                    and norm not in self.g.coordinators | self.g.clause_conjunctions:
                continue  # "parevano, a detta dei vicini, ormai integrati": the clause the aside interrupts
                # goes on (not "…, secondo i media, ma la polizia…": a clause of the writer's)
            if cue is not None and self._other_group(doc, cue, nxt.i, span.end):
                return tok.idx  # "alcuni sostengono che…, altri che…": the other part's words
            pair = norm + " " + norm_word(doc[nxt.i + 1]) if nxt.i + 1 < len(doc) else norm  # ", anche se"
            ger = doc[nxt.i + 1] if norm in self.g.gerund_particles and nxt.i + 1 < len(doc) else nxt
            # (", pur ribadendo la fiducia…": a concessive gerund as a bare one)
            if tok.text == "," and self._narrated_cause(doc, nxt.i, span.end, cue):
                return tok.idx  # "…di essere dimessi, perché avevano scelto il suicidio": the writer's why
            if tok.text == "," and self._reason_after(doc, nxt.i, span.end):
                continue  # "di rinviare il voto, visto che mancano i documenti": the speaker's reason
            if tok.text == "," and (close := self._aside_inside(doc, span.start, tok.i, span.end)) is not None:
                examples_to = close + 1
                continue  # "che il piano, come ha ricordato anche Verdi, è pronto": the clause goes on
            if tok.text == "," and self._participle_with_object(doc, nxt.i, span.end):
                return tok.idx  # "…che non era vero, ammesso poi i fatti": the writer's clause goes on
            if tok.text == "," and cue is not None and cue.complement == "di" and self._named_conjunct(doc, nxt.i, span.end):
                return tok.idx  # "…, che promette di chiudere il campo, e Paolo Neri, …": the next one named
            if tok.text == "," and self.summary_apposition(doc, nxt.i, span.end):
                return tok.idx  # "…una zona di interdizione, richiesta che è stata approvata…"
            if tok.text == "," and (self._withheld(doc, nxt.i, span.end) or self._reaction_gerund(doc, span.start, nxt)):
                return tok.idx  # "…, senza fornire dettagli", "…, suscitando le proteste…": the writer's
            if tok.text == ";" or norm in self.g.tail_openers or pair in self.g.tail_openers \
                    or (self.g.gerund.search(norm_word(ger)) and ger.is_lower
                        and (cue is None or cue.complement != "source" or self._speech_gerund(ger))):
                if tok.text == "," and norm in self.g.tail_openers and self._conditional_clause(doc, nxt.i + 1, span.end):
                    continue  # "…sarebbero morte 3 persone, mentre altre 22 risulterebbero ferite": still reported
                if tok.text == ";" and cue is not None and cue.complement == "source" \
                        and self._conditional_clause(doc, nxt.i, span.end, subjunctive=False):
                    continue  # "Dalle prime notizie, i feriti sarebbero 22; le condizioni di sette desterebbero…"
                if tok.text == ";" and cue is not None and cue.complement == "che" \
                        and self._future_series(doc, span.start, nxt.i, span.end):
                    continue  # "annuncia che l'Italia uscirà dall'accordo; le centrali riapriranno": the plan goes on
                if tok.text == "," and norm in self.g.parallel_tails and self._parallel_clause(doc, nxt.i + 1, span.end):
                    continue  # "…3.000 decessi, mentre il contagio è vicino alla soglia…": the other half
                if tok.text == "," and norm in self.g.infinitive_tails and nxt.i + 1 < span.end \
                        and self.is_infinitive(doc[nxt.i + 1]):
                    continue  # "…, dopo aver ricevuto le motivazioni": the speaker's own sequence
                if tok.text == "," and cue is not None and cue.complement == "che" and self._clause_gerund(doc, span.start, ger.i, span.end):
                    continue  # "…che si ritroveranno al parco, accendendo una candela": what the clause's subject will do
                if tok.text == "," and (examples := self.examples_end(doc, nxt.i, span.end)) is not None:
                    examples_to = examples
                    continue  # "…serviranno nuove misure, come un fondo per le imprese": examples of its noun
                if tok.text == "," and norm == "ma" and self._contrast_goes_on(doc, span.start, nxt.i + 1, span.end):
                    continue  # "non è un caso isolato, ma un costume diffuso": the other half of the contrast
                return tok.idx
        return end_char

    def narrated_conjunct(self, doc: Doc, cue: Cue, span: Span) -> int | None:
        """The *e* of a *che*-content where the writer's narration goes on: a finite verb in
        the cue's own past (*passato remoto*) right after it, clitics, negation or adverbs
        between, while the content's verbs so far are in other tenses (*annunciò che la
        squadra aveva deciso di restare **e** ingaggiò un nuovo allenatore*)."""
        tense = {t.morph.get("Tense")[0] for t in doc[cue.start:cue.end]
                 if t.pos_ in ("VERB", "AUX") and self.is_finite(t) and t.morph.get("Tense")}
        if cue.complement != "che" or tense != {"Past"}:
            return None
        seen = False
        for tok in span[1:-1]:
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                if "Past" in tok.morph.get("Tense"):
                    return None  # ("disse che la guerra finì nel 1945 e fu…": the content's own past)
                seen = True
            if not seen or norm_word(tok) not in self.g.and_conjunctions or tok.pos_ != "CCONJ":
                continue
            k = tok.i + 1
            while k < span.end and self.verb_particle(doc[k]):
                k += 1
            if k < span.end and doc[k].pos_ in ("VERB", "AUX") and self.is_finite(doc[k]) \
                    and doc[k].morph.get("Tense") == ["Past"] and doc[k].morph.get("Mood") == ["Ind"]:
                return tok.i
        return None

    def _other_group(self, doc: Doc, cue: Cue, i: int, end: int) -> bool:
        """At ``i`` after a comma, past *mentre* / *ma* (``contrast_openers``), a pronoun of the
        other part of a group (``other_groups``: *altri*, *altre*; not a count, *altre 22*) when
        the cue's speaker is an indefinite part of one (``indefinites``: *Alcune fonti
        sostengono che X, altre che Y*, *Alcuni ritengono che X, mentre altri…*, *secondo
        alcuni X, altri…*): the other part's words begin, the first part's end. Not after a
        named speaker (*X riporta che alcune vittime furono bruciate, altre uccise*: one report)."""
        while i < end and norm_word(doc[i]) in self.g.contrast_openers:
            i += 1
        if i + 1 >= end or norm_word(doc[i]) not in self.g.other_groups or doc[i + 1].like_num:
            return False
        first = self.g.indefinites - self.g.other_groups
        if cue.speaker_np is not None:
            return norm_word(doc[cue.speaker_np[0]]) in first
        verb = next((t for t in doc[cue.start:cue.end] if t.pos_ in ("VERB", "AUX")), doc[cue.start])
        return any(c.dep_.startswith("nsubj") and norm_word(c.left_edge) in first and c.i < cue.start for c in verb.children)

    def _closes_source_aside(self, doc: Doc, cue: Cue, comma: int) -> bool:
        """Token ``comma`` is the comma that closes a source phrase set between commas inside
        the clause it qualifies (*La riforma**,** secondo il ministro**,** sarà approvata…*,
        *parevano**,** a detta dei vicini**,** ormai integrati…*): the content started before
        the marker, so the clause the aside interrupts goes on after that comma."""
        return cue.complement == "source" and cue.speaker_np is not None and cue.content_start < cue.start_char \
            and comma == cue.speaker_np[1] and doc[comma].text == "," and self._aside_interrupts(doc, cue)

    def _aside_interrupts(self, doc: Doc, cue: Cue) -> bool:
        """The source marker of ``cue`` opens after a comma (past adverbs that bear on it: *,
        almeno secondo…*) and interrupts a clause not yet complete: no finite verb from where the
        content starts to that comma (*La riforma, secondo X, sarà…*), or a finite verb right
        before it, past adverbs, whose complement follows the aside (*parevano, a detta di X,
        ormai integrati*). Not an aside after a whole clause
        (*si tratta di un suicidio, secondo X, anche se…*), which closes it."""
        marker = self.marker_start(doc, cue.start, -1)
        if marker < 2 or doc[marker - 1].text != ",":
            return False
        first = self.context(doc).token_at(cue.content_start)
        k = marker - 2
        while k > first and doc[k].pos_ == "ADV":
            k -= 1
        if self.finite_verb(doc[k]):
            return True
        return not any(self.finite_verb(t) for t in doc[first:marker - 1])

    def _after_source_aside(self, doc: Doc, source: Cue, start: int) -> bool:
        """The cue at token ``start`` is the verb right after the comma that closes a source aside
        (:meth:`_closes_source_aside`), past a negation, clitics or adverbs (*Il piano, secondo
        X, non sarà approvato*): the finite verb of the clause the aside interrupts."""
        k = start
        while k > 0 and self.verb_particle(doc[k - 1]):
            k -= 1
        return k > 0 and self._closes_source_aside(doc, source, k - 1)

    def _participle_with_object(self, doc: Doc, i: int, end: int) -> bool:
        """At ``i`` after a comma, a bare past participle with a direct object of its own
        (adverbs between): the participle of a compound tense whose auxiliary came before the
        content, the writer's clause going on (*ha, dopo aver negato…, **ammesso** poi i
        fatti*). Not a participle phrase on a noun (*…, travolto dalla piena*: no object), nor
        an absolute participle agreeing with the noun after it (*…, concluso il vertice, …*)."""
        tok = doc[i]
        if not tok.is_lower or tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") \
                or "Past" not in tok.morph.get("Tense") or not self.g.participle.search(norm_word(tok)):
            return False
        k = self.skip_adverbs(doc, i + 1, end)
        if k + 1 >= end or norm_word(doc[k]) not in self.g.articles or doc[k].pos_ != "DET":
            return False
        noun = next((t for t in doc[k + 1:min(k + 4, end)] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None:
            return False
        agrees = all(tok.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number"))
        return not agrees

    def _named_conjunct(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after the comma that closes a *di* + infinitive content), *e* and a
        proper name (*…di chiudere il campo**, e Paolo Neri**, ex sindaco…*; *…di restare**, e
        Rossi** ha accettato*): someone else the writer goes on to, a list of people or a clause
        of its own; an infinitive's object list rarely takes a comma before its *e* (*di
        incontrare Rossi e Bianchi* stays)."""
        if i + 1 >= end or norm_word(doc[i]) not in self.g.and_conjunctions:
            return False
        name = doc[i + 1]
        return name.pos_ == "PROPN" and name.text[:1].isupper()

    def _summing_up(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """At token ``i`` (after a comma or a colon), an indefinite article, a noun of
        ``summary_nouns`` and a relative, a participle or an adjective qualifying it (*una
        decisione **maturata**…*, *una scelta **che**…*, *un annuncio **inatteso***), or a bare
        noun of ``resumptive_nouns`` and a relative (*…: **cosa che** lui ha smentito*): the
        writer sums up what was said; not the noun the content has already named (*deve
        prendere una decisione, una decisione che…*: the speaker's own repetition)."""
        if i + 1 < end and norm_word(doc[i]) in self.g.resumptive_nouns and norm_word(doc[i + 1]) in self.g.relatives:
            return True  # "…: cosa che lui ha smentito": a bare noun taking up the whole clause
        if i + 2 >= end or norm_word(doc[i]) not in self.g.indefinite_articles or norm_word(doc[i + 1]) not in self.g.summary_nouns:
            return False
        if any(norm_word(t) == norm_word(doc[i + 1]) for t in doc[start:i]):
            return False
        nxt = doc[i + 2]
        # (an adjective the tagger may read as a noun: "una mossa inattesa.")
        return norm_word(nxt) in self.g.relatives or self._participle_phrase(nxt) or nxt.is_lower and (
            nxt.pos_ == "ADJ" or nxt.pos_ == "NOUN" and (i + 3 >= end or doc[i + 3].is_punct))

    def _withheld(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), *senza* and the infinitive of a speech verb or of
        ``withheld_verbs`` (*, senza **fornire** dettagli*, *, senza però **aggiungere** altro*):
        what the speaker left unsaid, the writer's (*, senza aumentare le tasse* goes on)."""
        if norm_word(doc[i]) not in self.g.without_words:
            return False
        k = self.skip_adverbs(doc, i + 1, end)
        if k >= end or not self.is_infinitive(doc[k]):
            return False
        return bool(self.lemmas(doc[k]) & (self.single_verbs | self.object_verbs | self.g.withheld_verbs))

    def _reaction_gerund(self, doc: Doc, start: int, tok) -> bool:
        """A gerund of ``reaction_verbs`` after a comma (*, suscitando le proteste*): the
        reaction the words drew, the writer's; not after a reported clause in the conditional,
        whose own subject may have drawn it (*avrebbe fatto il nome, scatenando la furia…*)."""
        if not (tok.is_lower and self.g.gerund.search(norm_word(tok)) and self.lemmas(tok) & self.g.reaction_verbs):
            return False
        return not any({"Cnd"} & set(t.morph.get("Mood")) or t.is_lower and self.g.conditional.search(norm_word(t))
                       for t in doc[start:tok.i] if t.pos_ in ("VERB", "AUX"))

    def relative_cue_end(self, doc: Doc, cue: Cue, span: Span) -> int | None:
        """The comma where the content of a cue inside a relative clause of a noun ends, before
        the verb of the main clause the relative interrupts (*Il sindaco, **che ha detto che**
        la scuola riaprirà, **è** partito*; *i paesi **che si dice** siano pronti, **non lo
        sono***): :meth:`relative_content_end`, as for *X, secondo il quale…, ha lasciato*. A
        *che*-clause must have its own finite verb before that comma (*che la crisi, iniziata
        nel 2008, è finita* goes on past the participle's comma). None when the cue is not in a
        relative or no such comma follows."""
        if cue.complement not in ("che", "di", "object") or norm_word(doc[span.start]) in self.g.subordinators:
            return None  # ("ha scritto che se i seggi saranno 8, sarà meglio": the comma closes the content's own "se")
        k = cue.start - 1
        while k > 0 and (norm_word(doc[k]) in self.g.clitics | self.g.negations or norm_word(doc[k]) in self.g.cue_adverbs):
            k -= 1
        if k < 1 or norm_word(doc[k]) not in self.g.relatives - {"cui"} or not (
                doc[k - 1].text == "," or doc[k - 1].pos_ in ("NOUN", "PROPN") or norm_word(doc[k]) != "che"):
            return None  # ("ha spiegato che ha detto…": a complementizer after a verb, not a relative)
        sent, comma = self.context(doc).sent(span.start), span.start
        while (comma := self.relative_content_end(doc, comma, sent)) is not None and comma < span.end:
            if cue.complement != "che" or any(
                    t.pos_ in ("VERB", "AUX") and self.is_finite(t) for t in doc[span.start:comma]):
                return comma
        if doc[k - 1].text != "," and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            # a restrictive relative of the sentence's subject (*I sindaci **che hanno chiesto**
            # nuovi fondi **sono stati** ricevuti*): the content ends before the main clause's verb
            verb = self.bare_relative_end(doc, k, span.start, sent, own=cue.complement == "che")
            if verb is not None and span.start < verb < span.end:
                return verb
        return None

    def fronted_cue_end(self, doc: Doc, cue: Cue, span: Span) -> int | None:
        """The comma where the content of a fronted clause of saying ends, before the main
        clause (:meth:`fronted_opening`, :meth:`fronted_end`): *Nel ribadire che la fabbrica
        resterà aperta**,** il ministro ha incontrato…*; also when the cue is the finite verb of
        an adverbial clause before the main one (:meth:`subordinate_opening`: *Quando il
        sindaco annunciò che la scuola chiudeva**,** i genitori protestarono*). A *che*-clause must have its own finite
        verb before that comma."""
        if cue.complement not in ("che", "di", "object"):
            return None
        sent = self.context(doc).sent(cue.start)
        if not self.fronted_opening(doc, cue, sent) and not (
                span.start >= cue.end and self.subordinate_opening(doc, cue, sent)):
            return None
        main = self.fronted_end(doc, span.start, sent)
        comma = None if main is None else main[0]
        if comma is None or comma >= span.end:
            return None
        if cue.complement == "che" and not any(t.pos_ in ("VERB", "AUX") and self.is_finite(t) for t in doc[span.start:comma]):
            return None
        return comma

    def _clause_gerund(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """A gerund at token ``i`` (after a comma) that ends an active *che*-clause opened at
        ``start``: a verb, not of speech, and no comma or semicolon after it up to ``end`` (*ha
        detto che i volontari erano in paese, **portando** aiuti alle famiglie*): what the
        clause's own subject does, still reported; after a speech verb (*, aggiungendo che…*),
        a longer stretch or a passive clause (*che il piano sarà rivisto, rivedendo i conti*:
        no subject that acts) it is the writer's."""
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX") or self._speech_gerund(tok) or self.progressive(doc, i):
            return False
        if any(t.dep_ in ("aux:pass", "nsubj:pass") for t in doc[start:i]):
            return False
        if any(norm_word(t) == "che" for t in doc[i + 1:min(i + 3, end)]):
            return False  # ("…, lasciando intendere che…": a report of its own)
        return not any(t.text in (",", ";", ":") or norm_word(t) in QUOTE_CHARS for t in doc[i + 1:end])

    def _contrast_goes_on(self, doc: Doc, start: int, j: int, end: int) -> bool:
        """After *, ma* at token ``j``, the second half of what was reported: *non solo X, ma
        **anche** Y*, or a phrase without a finite verb up to the next comma after a negated
        first half (*non un'eccezione, ma un costume diffuso*) or opening with an adjective or a
        participle that qualifies what was said (*le condizioni sono gravi, ma stazionarie*, *…, ma
        comunque vivo*); a clause of its own (*, ma la polizia ha smentito*) is the writer's."""
        if j >= end:
            return False
        if norm_word(doc[j]) in self.g.contrast_continuers:
            return True  # ("ma pur sempre capaci di…")
        k = next((t.i for t in doc[j:end] if t.pos_ != "ADV"), end)
        qualifier = k < end and doc[k].is_lower and (doc[k].pos_ == "ADJ" or "Part" in doc[k].morph.get("VerbForm"))
        if not qualifier and not any(norm_word(t) in self.g.negations for t in doc[start:j]):
            return False
        for tok in doc[j:self.context(doc).sent(j).end]:  # (past the content: its region may stop at a cue)
            if tok.text in (";", ":"):
                return False  # ("…, ma la compagnia ribatte: «…»": a clause, whatever the tagger says)
            if tok.text == "," or norm_word(tok) in self.g.subordinators:
                break  # ("ma preceduto da scosse che si sono susseguite": the verb of a clause inside)
            if tok.pos_ in ("VERB", "AUX") and self.is_finite(tok) or self.g.gerund.search(norm_word(tok)) and tok.is_lower:
                return False
        return True

    def _parallel_clause(self, doc: Doc, start: int, end: int) -> bool:
        """The clause from ``start`` after *, mentre* (up to the end of the sentence or a semicolon) is the second
        half of what was reported (*si sono registrati 3.000 decessi, **mentre il contagio è
        vicino** alle 21.000 unità*): it has a verb, none of them a speech verb (*, mentre altri
        hanno espresso soddisfazione*) nor one narrated in the past (*, mentre la Casa Bianca
        aveva smentito*), and no quote mark."""
        if not self.context(doc).has_morph or start >= end:
            return False
        speech_lemmas = self.single_verbs | self.object_verbs
        # (up to the sentence's end: the content's region may stop before the next cue's verb)
        for tok in doc[start:max(end, self.context(doc).sent(start).end)]:
            if tok.text in (";", ":") or norm_word(tok) in QUOTE_CHARS:
                return False
            if tok.pos_ in ("VERB", "AUX") and self.lemmas(tok) & speech_lemmas \
                    and not ("Part" in tok.morph.get("VerbForm") and doc[tok.i - 1].pos_ != "AUX"):
                return False  # (not a participle with no auxiliary: "lasciare esposta la pelle" says nothing)
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and "Ind" in tok.morph.get("Mood") \
                    and ({"Past", "Imp"} & set(tok.morph.get("Tense")) or self.g.imperfect.search(norm_word(tok))):
                return False
            if tok.pos_ == "ADJ" and tok.is_lower and norm_word(tok).endswith("ano") and self.g.imperfect.search(norm_word(tok)):
                return False  # (a plural imperfect read as an adjective: "…, mentre gli abitanti dormivano")
            if tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and doc[tok.i - 1].pos_ == "AUX":
                return False  # (a compound past: "…, mentre X ha assegnato il voto D")
            if tok.pos_ == "PROPN":
                return False  # (a named subject of its own: "…, mentre Zack Handlen…")
        return True

    def narrated_conjunct_end(self, doc: Doc, start_char: int, end_char: int, cue: Cue) -> int:
        """Where a *che*-clause ends before *e* and a verb without a subject of its own that
        agrees with the cue's verb and not with the clause's own (*la polizia dice che **non
        possiamo** passare **e ci porta** in caserma*): the speaker's next act, told by the writer;
        a verb agreeing with the clause's goes on with it (*…che la strada è chiusa e resterà…*)."""
        if end_char <= start_char or not self.context(doc).has_morph:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        cue_verb = next((t for t in doc[cue.start:cue.end] if self._agreement(t)), None)
        if span is None or cue_verb is None:
            return end_char
        own = None
        for tok in span[:-1]:
            if own is None and self._agreement(tok):
                own = tok
                continue
            sequence = tok.text == "," and norm_word(doc[tok.i + 1]) in self.g.sequence_adverbs
            if own is None or norm_word(tok) not in self.g.and_conjunctions and not sequence:
                continue
            k = tok.i + 1
            while k < span.end - 1 and (norm_word(doc[k]) in self.g.clitics or norm_word(doc[k]) in self.g.negations
                                        or norm_word(doc[k]) in self.g.sequence_adverbs):
                k += 1
            verb = doc[k]
            if self._writer_joins(doc, k, span.end, cue_verb):
                last = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
                return doc[last - 1].idx + len(doc[last - 1])  # "…che il decreto è pronto e noi confidiamo che…"
            if not self._agreement(verb) or self._agreement(verb) != self._agreement(cue_verb):
                continue
            # (same person as the clause's verb: the cue's own tense, not the clause's, tells the
            # writer's next act after a clause in the future or the conditional ("ha detto che il
            # decreto arriverà in settimana **e ha lasciato** Palazzo Chigi") or with an adverb of
            # sequence ("…che il piano è pronto**, poi ha lasciato** la sala", "e ha poi
            # incontrato"); not "…che l'azienda è in crisi e ha perso metà dei clienti")
            then = any(norm_word(t) in self.g.sequence_adverbs for t in doc[tok.i + 1:min(k + 3, span.end)])
            away = "Fut" in own.morph.get("Tense") or "Cnd" in own.morph.get("Mood")
            if self._agreement(verb) != self._agreement(own) or (then or away) and \
                    self._tense(doc, verb) == self._tense(doc, cue_verb) != self._tense(doc, own):
                last = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
                return doc[last - 1].idx + len(doc[last - 1])
        return end_char

    def _writer_joins(self, doc: Doc, k: int, end: int, cue_verb) -> bool:
        """At token ``k`` after *e*, a subject pronoun of the first or second person (*noi*,
        *io*, *voi*) and a finite verb of that person (*…che il decreto è pronto **e noi
        confidiamo** che…*), after a cue in the third person: a reported clause shifts its
        persons to the third, so the first person is the writer (or the one he addresses)
        going on in his own voice."""
        pron = doc[k]
        person = pron.morph.get("Person")
        if norm_word(pron) not in self.g.subject_pronouns or not person or person[0] == "3" \
                or (self._agreement(cue_verb) or ("",))[0] != "3":
            return False
        j = k + 1
        while j < end - 1 and (norm_word(doc[j]) in self.g.clitics or norm_word(doc[j]) in self.g.negations):
            j += 1
        return j < end and (self._agreement(doc[j]) or ("",))[0] == person[0]

    def _tense(self, doc: Doc, tok) -> tuple:
        """Mood and tense of a finite verb, and whether it is an auxiliary of a compound tense
        (*ha* in *ha detto*, *è* in *è poi ripartito*): a verb's tense signature."""
        k = tok.i + 1
        while k < len(doc) and (norm_word(doc[k]) in self.g.sequence_adverbs or norm_word(doc[k]) in self.g.cue_adverbs
                                and norm_word(doc[k]) not in self.g.clitics):
            k += 1
        compound = tok.pos_ == "AUX" and k < len(doc) and "Part" in doc[k].morph.get("VerbForm")
        return tuple(tok.morph.get("Mood")), tuple(tok.morph.get("Tense")), compound

    def _agreement(self, tok) -> tuple[str, str] | None:
        """Person and number of a finite verb or auxiliary (*porta* -> 3, Sing), else None."""
        if tok.pos_ not in ("VERB", "AUX") or "Fin" not in tok.morph.get("VerbForm"):
            return None
        person, number = tok.morph.get("Person"), tok.morph.get("Number")
        return (person[0], number[0]) if person and number else None

    def _future_series(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """A *che*-content opened at ``start`` whose first finite verb is in the future, and
        the clause from ``i`` (after a semicolon) with a subject and a future verb before any
        punctuation or subordinator: one more item of the plan announced (*annuncia che il
        paese uscirà dall'accordo; le centrali riapriranno…*)."""
        first = next((t for t in doc[start:i] if t.pos_ in ("VERB", "AUX") and self.is_finite(t)), None)
        if first is None or "Fut" not in first.morph.get("Tense"):
            return False
        verb = self._clause_verb(doc, i, end)
        return verb is not None and "Fut" in verb.morph.get("Tense")

    def _conditional_clause(self, doc: Doc, start: int, end: int, subjunctive: bool = True) -> bool:
        """The clause from ``start`` (up to the next comma or ``end``) has a verb in the
        conditional, the mood of reported news (*risulterebbero*, *sarebbe stato*), or, with
        ``subjunctive``, in the subjunctive, the mood of a reported *che*-clause (*…, ma sia
        stato fermato poco dopo*)."""
        moods = {"Cnd", "Sub"} if subjunctive else {"Cnd"}
        for tok in doc[start:end]:
            if tok.text in (",", ";", ":"):
                return False
            if moods & set(tok.morph.get("Mood")) and tok.pos_ in ("VERB", "AUX") or \
                    tok.is_alpha and tok.is_lower and self.g.conditional.search(norm_word(tok)):
                return True
        return False

    def _speech_gerund(self, token) -> bool:
        """A gerund of a speech verb (*, affermando…*, *, definendolo…*): a new report of the
        speaker's, where the content before it ends; a gerund of another verb (*, causando…*,
        *, arrivando a…*) goes on with the reported clause. A light verb (``need_object``) is one
        only with its speech noun after it (*rivolgendo un appello*, not *rivolgendosi ai tifosi*)."""
        hits = self.lemmas(token) & (self.single_verbs | self.object_verbs)
        if hits and hits <= self.need_object.keys():
            after = {norm_word(t) for t in token.doc[token.i + 1:token.i + 5]}
            return any(after & self.need_object[verb] for verb in hits)
        return bool(hits)

    def news_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where the event a piece of news or a rumour names ends (:meth:`news_cue`): before the
        finite verb of the clause the noun belongs to (*a diffondere la notizia della scomparsa
        del cantante **sono stati** i frati*), not before one of a relative inside it."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        urged = self._a_urged(doc, span.start, span.end)
        for tok in span[1:]:
            if urged and (tok.text in (",", ";", ":") or self._issuing_participle(doc, tok.i, tok.i + 1) is not None):
                # "gli inviti alla responsabilità, che…", "l'appello alla calma rivolto da X": what
                # an appeal urges is a noun phrase, before a comma or the participle that issued it
                return doc[tok.i - 1].idx + len(doc[tok.i - 1])
            if norm_word(tok) in self.g.relatives or norm_word(tok) in self.g.subordinators or tok.text in QUOTE_CHARS:
                return end_char  # "la notizia del crollo del ponte che collegava…": the event's own clause
            if self.is_finite(tok):
                last = self._verb_group_start(doc, tok.i, span.start) - 1
                # (not right after a first word: "di tentato peculato", a participle read as finite)
                return doc[last].idx + len(doc[last]) if last > span.start else end_char
        return end_char

    def verbless_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where a content without a finite verb of its own (*di* + infinitive, an object)
        ends: before a finite verb that is not inside a subordinate clause of it (*di
        continuare il lavoro **ed invita**…*, *dell'omicidio, **dovrà** spiegare…*)."""
        if end_char <= start_char or not self.context(doc).has_morph:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for tok in span[1:]:
            if tok.dep_ != "conj":
                continue  # (and no tree to read without a parse: its edges are undefined)
            comma = tok.left_edge.i if doc[tok.left_edge.i].text == "," else tok.left_edge.i - 1
            if tok.head.i < span.start and comma > span.start \
                    and doc[comma].text == "," and self.is_finite(tok) \
                    and not any(norm_word(t) in self.g.relatives or norm_word(t) in self.g.subordinators for t in doc[comma + 1:tok.i]):
                # a clause of the writer's after a comma, coordinated with the cue's (the parse's
                # conjunct of the cue), its subject first: "di votare a favore, solo alcuni
                # deputati restano contrari"
                return doc[comma - 1].idx + len(doc[comma - 1])
        # the participle of a passive cue right before the content ("vengono accusati di…")
        passive = next((t.head for t in doc[max(0, span.start - 4):span.start]
                        if t.dep_ == "aux:pass" and t.head.i < span.start), None)
        for tok in span[1:]:
            norm = norm_word(tok)
            if passive is not None and tok.pos_ == "VERB" and self._participle_phrase(tok) \
                    and tok.morph.get("Number") == passive.morph.get("Number") \
                    and tok.morph.get("Gender") == passive.morph.get("Gender") \
                    and norm_word(doc[tok.i - 1]) in self.g.and_conjunctions and tok.i - 1 > span.start \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[span.start:tok.i - 1]):
                # a second participle of the passive cue's subject, after "e": "vengono accusati di
                # furto e trasportati in carcere" (not inside a verb of the content's own:
                # "di aver falsificato e nascosto")
                return doc[tok.i - 2].idx + len(doc[tok.i - 2])
            if norm in self.g.relatives and doc[tok.i - 1].text == "," and self.writers_relative(doc, tok.i, span.end):
                return doc[tok.i - 1].idx  # "di essere ammesso ai Trials, che si svolgevano…": the writer's
            if norm in self.g.subordinators or tok.text in QUOTE_CHARS:
                return end_char  # "di dire che…", "il piano che…": a clause of its own follows
            if "Fin" in tok.morph.get("VerbForm") and tok.pos_ in ("VERB", "AUX") and self.is_finite(tok):
                k = self._verb_group_start(doc, tok.i, span.start)
                while k - 1 > span.start and norm_word(doc[k - 1]) in self.g.sequence_adverbs:
                    k -= 1  # "di non voler commentare, poi è salito in auto"
                # only after "e", "ma" or a comma: a coordinated clause of the writer's; a
                # finite verb right after the phrase is too often a tagging error to cut at
                if k - 1 > span.start and (norm_word(doc[k - 1]) in ("e", "ed", "ma") or doc[k - 1].text == ","):
                    while k > span.start and (norm_word(doc[k - 1]) in ("e", "ed", "ma") or doc[k - 1].text == ","):
                        k -= 1
                    return doc[k - 1].idx + len(doc[k - 1])
                if (conj := self._fronted_conjunct(doc, span.start, k)) is not None:
                    return doc[conj - 1].idx + len(doc[conj - 1])
        return end_char

    def _fronted_conjunct(self, doc: Doc, start: int, k: int) -> int | None:
        """The *e* / *ed* before a finite verb group at ``k`` that opens a clause of its own
        with an adjunct or a subject pronoun first (*di ridurre le spese **ed in questo senso
        lavoreremo***, *il sequestro dei conti **e in quell'occasione la polizia troverà**…*,
        *… **e noi speriamo**…*): a content with no finite verb cannot hold it, the writer's
        clause goes on. Only a preposition the content has not used before (not a second
        phrase of a list, *delle conquiste e della grandezza dell'Impero romano*) or a subject
        pronoun right after the *e*, and no verb, comma or subordinator before the verb (not
        *un vero e proprio tiro*, *e una donna incinta*: a noun or an adjective the tagger
        read as a verb)."""
        for j in range(k - 2, start, -1):
            tok = doc[j]
            if norm_word(tok) in self.g.and_conjunctions and tok.pos_ == "CCONJ":
                nxt = doc[j + 1]
                parallel = any(t.pos_ == "ADP" and t.lemma_ == nxt.lemma_ for t in doc[max(0, start - 1):j])  # (its own "di" too)
                opens = nxt.pos_ == "ADP" and not parallel or norm_word(nxt) in self.g.subject_pronouns
                return j if opens and norm_word(doc[k - 1]) not in self.g.articles | self.g.prepositions else None
            if tok.is_punct or tok.pos_ in ("VERB", "AUX") or norm_word(tok) in self.g.subordinators:
                return None
        return None

    def aside_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where a content that ends with a bracketed clause of the writer's ends: before the
        bracket when a finite verb is inside (*…la sera del 26 novembre (tale versione era però
        stata smentita)*, *(ndr …)*); a bracketed phrase without a verb (*(UTC-4)*, *(EPO e
        cortisone)*) stays."""
        span = doc.char_span(start_char, end_char, alignment_mode="contract")
        if span is None or len(span) < 3:
            return end_char
        close = span.end
        while close > span.start + 2 and doc[close - 1].is_punct and doc[close - 1].text not in "()":
            close -= 1  # the sentence's final stop
        close = close - 1 if doc[close - 1].text == ")" else close
        opening = next((t.i for t in reversed(span[1:close - span.start]) if t.text in "()"), None)
        if opening is None or doc[opening].text != "(":
            return end_char
        inside = doc[opening + 1:close]
        if len(inside) and (inside[0].lower_ == "ndr" or any(
                t.pos_ in ("VERB", "AUX") and self.is_finite(t) for t in inside)):
            return doc[opening].idx
        return end_char

    def charge_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where a charge ends (*accusato di crimini di guerra**,** è morto*; *di averla
        accoltellata **è stata** condannata*): at the first comma, semicolon or finite verb, or at
        a definite article right after a noun or an adjective of the charge, with no preposition
        before it, in a charge without a verb: a noun phrase the *di*-phrase cannot hold, the
        passive's subject put after it (*Sono accusati di omicidio volontario **i due
        fratelli***); after a verb an article opens its object, even past a phrase (*di aver
        ucciso **la moglie***, *di voler scaricare sul popolo **la responsabilità***). A comma
        and an explaining conjunction (``explaining_conjunctions``: *di peculato**, ovvero**
        l'uso di fondi pubblici*) go on with the charge told again in plain words. A reach that
        ends before the charge starts (an aside between the charge's verb and its *di*: *sono stato
        accusato – ha detto X – di…*) is returned as it is."""
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for tok in span[1:]:
            if tok.i > span.start + 1 and norm_word(tok) in self.g.definite and tok.pos_ == "DET" \
                    and doc[tok.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
                    and not any(self.is_verbish(t) for t in doc[span.start:tok.i]):
                return doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "di corruzione | il sindaco di Bari"
            if tok.text == "," and (self._continues_list(doc, tok.i + 1, span.end)
                                    or self._bare_list(doc, tok.i + 1, span.end)):
                continue  # "di truffa aggravata, peculato e concussione", "di truffa, peculato e abuso d'ufficio, mentre…"
            if tok.text == "," and tok.i + 1 < span.end and norm_word(doc[tok.i + 1]) in self.g.explaining_conjunctions:
                continue  # "di peculato, ovvero l'uso di fondi pubblici…": the charge told again in plain words
            if tok.text in (",", ";") or self.is_finite(tok) and tok.pos_ in ("VERB", "AUX"):
                k = self._verb_group_start(doc, tok.i, span.start + 1)
                return doc[k - 1].idx + len(doc[k - 1])
        return end_char

    def _bare_list(self, doc: Doc, i: int, end: int) -> bool:
        """After a comma at token ``i`` - 1 inside a charge or an object noun phrase, more items
        of a list: short bare items (at most four words, no article, mark or finite verb), the
        last one after *e* or *o* closed by a comma, a semicolon or the sentence's end (*di
        omicidio colposo**, disastro ferroviario e frana**, mentre…*; *attacchi contro
        scuole**, strade e mercati**, e in alcuni casi…*): still the charge or the object,
        whatever the clause after the list does (:meth:`_continues_list` needs the list to end
        the content)."""
        sent_end = self.context(doc).sent(i).end
        k, size, closed = i, 0, False
        while k < min(end, sent_end):
            tok = doc[k]
            if tok.text in (",", ";") or tok.is_punct and tok.text in (".", "!", "?"):
                if size == 0 or closed:
                    return closed and size > 0
                if tok.text != ",":
                    return False
                size = 0
            elif norm_word(tok) in self.g.and_conjunctions:
                if size == 0 or closed:
                    return False
                closed, size = True, 0
            elif tok.is_punct or self.is_finite(tok) or norm_word(tok) in self.g.articles or size == 4 or tok.text in QUOTE_CHARS:
                return False  # (another mark, a clause, an article or a longer phrase: no list of bare items)
            else:
                size += 1
            k += 1
        return closed and size > 0

    def _verb_group_start(self, doc: Doc, i: int, floor: int) -> int:
        """Where the verb at token ``i`` starts with its auxiliaries, clitics and *non* (not
        before token ``floor``): *non **si è** detto*."""
        while i > floor and (doc[i - 1].pos_ == "AUX" or norm_word(doc[i - 1]) in self.g.clitics | self.g.negations):
            i -= 1
        return i
