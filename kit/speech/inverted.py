"""Cues placed around their content rather than before it: set off by commas with the subject
after the verb (*Il piano, spiega X, è pronto*; *…, sostiene X*), *come ha spiegato X,*, a
headline *Nome: contenuto*, and *Lo ha annunciato X.* after the sentence it reports."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..quotemarks import QUOTE_CHARS
from .base import ASIDE_DASHES, Cue, FinderBase, norm_word


#: parts of speech of a capitalised word that opens a new sentence inside a headline's line
#: (*… per la mostra **Il** festival…*, *… **Dopo** la vittoria…*), not a noun (*il Paese*)
OPENING_POS = frozenset({"DET", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "AUX", "VERB", "NUM"})


#: marks that open and close a quotation (straight marks do both)
_OPENING, _CLOSING = frozenset("«“„‹"), frozenset("»”›")


def _marked_fragments(text: str, lead: str) -> bool:
    """Every quote mark of ``text`` pairs with another inside it and the clause that starts
    after ``lead`` (the words of ``text`` before the clause) opens with words, not a mark:
    the marks hold fragments of a clause of the writer's, not a quotation the clause is."""
    if any(ch in QUOTE_CHARS for ch in lead) or text[len(lead):].lstrip()[:1] in QUOTE_CHARS:
        return False
    depth, straight = 0, False
    for ch in text:
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            if depth == 0:
                return False  # (the end of a quotation opened in an earlier sentence)
            depth -= 1
        elif ch == '"':
            straight = not straight
    return depth == 0 and not straight


class InvertedRules(FinderBase):
    """Cues whose content comes before them or around them (used by :class:`~.cues.CueRules`,
    which supplies ``verb_cue``)."""

    def inverted_cue(self, doc: Doc, i: int, sent: Span, verb: tuple[int, int, str] | None):
        """A cue (``verb``: what ``verb_cue`` found at ``i``) with its subject after it,
        set off by a comma, in a sentence without quote marks: *Il piano, **spiega Mario
        Rossi**, è pronto* (parenthetical: the content is the clause around it), *Gli USA devono ritirarsi, **sostiene la Brookings** in un rapporto*
        (postposed: the clause before); and *come* + cue: ***come ha spiegato il ministro**, il
        piano è pronto*, ***come lui ha dichiarato**, …* (the clause after)."""
        if norm_word(doc[i]) == "come":
            return self._come_cue(doc, i, sent)
        if verb is None:
            return None
        start, end, lemma = verb
        last = doc[i]  # the verb ("ha fatto sapere X": "fatto", not the infinitive that ends the cue)
        # (an infinitive only after a finite modal or aspectual: "…, ha tenuto a precisare il ministro, …")
        twin = not self.is_finite(doc[start])  # (a present read as a noun or an adjective: only in an aside)
        if self.g.gerund.search(norm_word(last)) or self.is_infinitive(last) and start == i \
                or twin and not self._twin_in_aside(doc, start, end):
            return None
        read = self._parenthetical_reading(doc, start, end, lemma, sent)
        if read is not None:
            return read
        pronoun = self._pronoun_aside(doc, start, end, sent)
        if pronoun is not None:
            return (start - 1, end, "inverted", f"verb:{lemma}", pronoun)  # (the cue from the pronoun)
        resumed = self._resumptive_clitic(doc, start, lemma, sent)
        start = start if resumed is None else resumed
        # a cue set off by dashes inside the clause (*Nel pomeriggio – hanno riferito i
        # passeggeri – il motore si è fermato*) reads as one set off by commas
        dashed = resumed is None and start > sent.start and doc[start - 1].text in ASIDE_DASHES
        if start < sent.start + 2 or doc[start - 1].text != "," and resumed is None and not dashed \
                or lemma.split()[0] in self.need_object:
            return None
        # «…», ha detto X: a direct quotation, attached by the quote rules (but see below)
        quoted = any(t.text in QUOTE_CHARS for t in sent)
        after = end
        while resumed is not None and after < sent.end and norm_word(doc[after]) in self.g.marker_adverbs:
            after += 1  # "…, lo ha constatato proprio la Banca d'Italia"
        # (the clitic is the object: a definite noun phrase after the verb is its subject; so in
        # an aside, whose object is the clause around it: "Il sindaco, ha detto il cronista, …")
        aside = self.aside_comma(doc, start, end, sent)  # (read once: the subject, the a-phrase, the null subject)
        if aside is None and twin:
            return None
        np = self.subject_past_setting(doc, after, sent, definite=resumed is not None or aside is not None)
        if np is None and after < sent.end and norm_word(doc[after]) in self.g.forms("da") \
                and "Plur" in doc[start].morph.get("Number"):
            # "…, fanno sapere dalla Prefettura", "…, spiegano dal Comune": an impersonal plural,
            # the office it comes from is who speaks
            np = self._subject_after(doc, after + 1, sent)
        if np is None and resumed is None:
            np = self._null_subject_aside(doc, start, end, sent, aside)
        if np is None:
            return None
        rest = doc[np[1]:sent.end]
        to = next((k for k in range(np[0] + 1, np[1]) if norm_word(doc[k]) in self.g.forms("a")), None)
        if to is not None and self._portfolio_title(doc, np, to):
            to = None  # "…, ha spiegato l'assessore allo sport Marco Gatti, …": the a-phrase is the title's
        if to is not None:
            # "X, in una cerimonia, ha confermato Y alla presidenza": Y is the object; but in an
            # aside with a clause going on after it the clause is what was said, the a-phrase a
            # setting or the addressee, the subject ends before it ("La nave, hanno raccontato i
            # testimoni a bordo, è affondata"; "…, ha spiegato il ministro ai cittadini, …")
            if aside is None:
                return None
            np, rest = (np[0], to), doc[aside:sent.end]
        if aside is not None and np[1] < aside and doc[np[1]].text == "," and self._apposition_close(doc, np[1], sent) == aside:
            np = (np[0], aside)  # (the apposition is the subject's: "il direttore dell'azienda, Paolo Rizzi")
        if dashed and aside is not None and np[1] > aside:
            np, rest = (np[0], aside), doc[aside:sent.end]  # (the subject ends at the closing dash)
        if dashed and (close := self._setting_to_dash(doc, np[1], sent)) is not None:
            rest = doc[close:sent.end]  # ("– hanno raccontato i testimoni a bordo della nave –")
        if dashed and not (len(rest) > 1 and rest[0].text in ASIDE_DASHES):
            return None  # (the dash closes the aside right after its subject)
        if len(rest) and rest[0].text != "," and not dashed and not self._closing_phrase(rest):
            return None
        # a clause on one side: the clause after a verbless lead ("Il piano, spiega X, è
        # pronto"), else the clause before the cue ("Il piano è pronto, spiega X"); not a
        # dateline ("Roma, 12 marzo, dice il comunicato")
        # (the words right before the comma hold the verb: not "…, in una cerimonia, ha
        # confermato Ahmadinejad", where the name is the object)
        lead = self.parenthetical_lead(doc, start, sent, openers=(",", *ASIDE_DASHES), relative=True) if resumed is None else None
        verbal_lead = dashed and lead is None and (lead := self.dashed_clause_start(doc, start, sent)) is not None
        if dashed and (lead is None and not self.lone_opener(doc, start, sent) or self._in_open_quotation(doc, sent)):
            return None
        if (lead is not None or self.lone_opener(doc, start, sent)) and len(rest) and (rest[0].text == "," or dashed):
            if quoted:
                return None
            if len(rest) > 1 and norm_word(rest[1]) in self.g.clause_joining_conjunctions and not verbal_lead:
                # the clause an aside interrupts resumes with its own verb, never with "e" or
                # "ma": "X, sindaco di Y, ha accusato il governo dell'incendio, ma il ministro…"
                # is X's own clause, its verb no aside
                return None
            clause = rest[1:]  # ("Ma, dicono i due fisici, sarebbe grave…": the clause after it)
            if verbal_lead:  # (its verb before the aside too: "Ho accettato – ha detto X – per senso del dovere")
                clause = [*doc[lead:start - 1], *clause]
        else:
            comma = start - 1 if doc[start - 1].text in (",", ":") else start - 2  # (", e lo confermano")
            k = self._clause_back(doc, comma, sent.start, (",", ";", ":", "("))
            clause = doc[k:comma]
            # marked words inside a clause of the writer's (*Le misure sono «inutili» e non c'è
            # «alcun rischio», ha concluso X*): the clause is reported, its marks fragments
            # (mixed); a clause that opens with the marks is the quotation itself, left to the
            # quote rules (*«…», ha detto X*)
            if quoted and not (_marked_fragments(doc[sent.start:comma].text, doc[sent.start:k].text)
                               and not any(t.text in QUOTE_CHARS for t in doc[start:sent.end])):
                return None
        if not any(self.is_finite(t) for t in clause):
            return None
        return (start, end, "inverted", f"verb:{lemma}", np)

    @staticmethod
    def _clause_back(doc: Doc, k: int, floor: int, stops: tuple[str, ...]) -> int:
        """Start of the clause that ends before token ``k``: back from ``k`` to the first token
        after one of ``stops`` (or to ``floor``), a bracket closed before ``k`` passed whole with
        the commas inside it (*La vittima (un uomo di 45 anni, padre di due figli) era nota alla
        polizia, ha spiegato X*: the clause, not the bracket's words); a bracket still open at
        ``k`` stops it, as before."""
        while k > floor and doc[k - 1].text not in stops:
            if doc[k - 1].text == ")" and (opening := FinderBase.bracket_opening(doc, k - 1, floor)) is not None:
                k = opening  # (the opening bracket: the words before it belong to the clause too)
                continue
            k -= 1
        return k

    def _che_awaiting_lead(self, doc: Doc, start: int, sent: Span) -> int | None:
        """Start of a short lead before the comma that opens the aside at ``start`` when the lead
        is a predicate that a *che*-clause after the aside completes: a copula, maybe negated, and
        an adjective of truth or belief (``che_predicates``, ``belief_adjectives``: *È evidente,
        ha detto X, che…*, *Non è vero, dice X, che…*, *Sono convinto, ha aggiunto X, che…*), or a
        first-person verb of belief alone (``own_view_verbs``: *Credo, ha detto X, che…*). None
        otherwise: a lead with a noun, a subject or a clause of its own is the writer's, and
        the *che* after the aside a relative on the speaker (*Il piano è pronto, ha detto X,
        che ha poi lasciato la sala*)."""
        comma = start - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        k = self._clause_back(doc, comma, sent.start, (",", ";", ":", "(", "\n"))
        words = list(doc[k:comma])
        while words and norm_word(words[0]) in self.g.negations:
            words = words[1:]
        if len(words) == 1 and doc[comma - 1].pos_ in ("VERB", "AUX") and "1" in doc[comma - 1].morph.get("Person") \
                and doc[comma - 1].lemma_.lower() in self.g.own_view_verbs:
            return k  # "Credo, ha detto X, che…"
        if len(words) == 2 and doc[comma - 2].pos_ in ("AUX", "VERB") and doc[comma - 2].lemma_.lower() == "essere" \
                and norm_word(doc[comma - 1]) in self.g.che_predicates | self.g.belief_adjectives:
            return k  # "È evidente, ha detto X, che…", "Sono certo, ha proseguito X, che…"
        return None

    def dashed_clause_start(self, doc: Doc, start: int, sent: Span) -> int | None:
        """Start of the clause, maybe with a verb of its own, that a cue set off by dashes at
        ``start`` interrupts (*Ho accettato **– ha detto X –** per senso del dovere*, *È
        inammissibile **– ha sottolineato –** che…*): the sentence start, or the word after a
        semicolon, a colon, an opening bracket or an editor's heading in square brackets, or
        after *e* / *ma* when no verb comes between it and the dash (*…si aprivano i negoziati
        e attualmente – ha ricordato X – anche il Messico…*: the clause after the conjunction);
        None when a quote mark, a closing bracket or another dash comes first, or when a
        relative or a conjunction stands right before the dash (*al Comitato che – ha detto –
        sarà…*: the cue is inside the clause it opens)."""
        dash = start - 1
        if dash - 1 <= sent.start or norm_word(doc[dash - 1]) in self.g.subordinators | self.g.coordinators:
            return None
        k, verb = dash, False
        while k > sent.start and doc[k - 1].text not in (";", ":", "(", "]", "\n"):
            if doc[k - 1].text in ASIDE_DASHES or doc[k - 1].text in QUOTE_CHARS or doc[k - 1].text == ")":
                return None
            if not verb and norm_word(doc[k - 1]) in self.g.clause_joining_conjunctions \
                    and any(self.is_finite(t) for t in doc[sent.start:k - 1]):
                break
            verb = verb or self.is_finite(doc[k - 1])
            k -= 1
        return k if k < dash else None

    def _in_open_quotation(self, doc: Doc, sent: Span) -> bool:
        """``sent`` stands inside a quotation opened by a guillemet earlier in its paragraph and not
        closed before it (*«Essa – ha detto – è stata auspicata… La conferenza si farà – ha
        aggiunto – con voi.*, the mark that would close it lost): an aside there is the
        quotation's own cue, the clause no report in the writer's words."""
        text = doc.text
        before = text[text.rfind("\n", 0, sent.start_char) + 1:sent.start_char]
        return before.count("«") > before.count("»")

    def _setting_to_dash(self, doc: Doc, k: int, sent: Span) -> int | None:
        """The dash closing a cue set off by dashes after a short phrase opened by a preposition
        that follows its subject at token ``k`` (*– hanno raccontato i testimoni **a bordo della
        nave** –*, *– ha detto il ministro **ai giornalisti** –*): a setting or the hearers, the
        subject ends before it; None when no preposition opens there or a verb, another mark or
        more than a few words come before a dash."""
        if k >= sent.end or norm_word(doc[k]) not in self.g.prepositions:
            return None
        for j in range(k + 1, min(k + 8, sent.end)):
            if doc[j].text in ASIDE_DASHES:
                return j
            if doc[j].is_punct or self.is_finite(doc[j]):
                return None
        return None

    def _parenthetical_reading(self, doc: Doc, start: int, end: int, lemma: str, sent: Span):
        """An impersonal *si legge* set off by commas inside a clause without quote marks, maybe
        with the document it reads (*La Regione, **si legge nel comunicato**, ha stanziato due
        milioni*; *Il presidente, **si legge ancora**, concluderà le consultazioni*): the clause
        around it is reported, by the document's issuer or, unsigned, by no one. The cue
        starts at the verb, as *nel comunicato si legge che…* does, so the speaker rules read
        its clitic. So too an unsigned report set off the same way: an impersonal *si* before
        a speech verb in the third person singular (*I lavori, **si dice**, finiranno in
        autunno*; *…, si è appreso, …*), or an impersonal passive, a masculine singular
        participle after *essere*/*venire*, maybe with its agent (*Metà dei fondi, **è stato
        detto**, non è spesa*; *…, **viene riferito dalla polizia**, …*: the agent speaks)."""
        clitic = self._impersonal_clitic(doc, start, lemma, sent)
        # (an indicative: "Tutto ciò, sia detto chiaramente, …" is the writer's own aside)
        passive = not clitic and lemma in self.g.parenthetical_report_verbs and self.is_passive(doc, start, end) \
            and self._impersonal_participle(doc[end - 1]) and "Sub" not in doc[start].morph.get("Mood")
        opener = start - 1 if clitic else start
        if not (clitic or passive) or opener - 1 <= sent.start or doc[opener - 1].text != ",":
            return None
        if any(t.text in QUOTE_CHARS for t in sent):
            return None  # «…», si legge nella nota: the quote rules attach it
        after = self.skip_adverbs(doc, end, sent.end)
        np = self._document_read(doc, after, sent) if lemma in self.g.impersonal_cue_verbs else (
            self._agent_at(doc, after, sent.end) if passive else None)
        comma = np[1] if np is not None else after
        if comma >= sent.end - 1 or doc[comma].text != ",":
            return None
        if (clitic or passive) and lemma not in self.g.impersonal_cue_verbs and (
                norm_word(doc[self.skip_adverbs(doc, comma + 1, sent.end)]) in ("che", *self.g.forms("di"))
                or not self.clause_follows(doc, comma + 1, sent.end)):
            return None  # (", è stato ritenuto, …, che…": its che-clause; the clause goes on with its verb)
        lead = self.parenthetical_lead(doc, opener, sent)
        if lead is None or sent.end - comma < 3:
            return None  # (the lead has no verb: the clause goes on after the parenthesis)
        return (start, end, "inverted", f"verb:{lemma}", np if np is not None else (comma, comma))

    def _pronoun_aside(self, doc: Doc, start: int, end: int, sent: Span) -> tuple[int, int] | None:
        """A person's subject pronoun and a finite active verb of saying in the third person set
        off by commas or dashes between a verbless lead and a clause, in a sentence without quote
        marks (*Le scuole, **egli dice**, resteranno chiuse*; *Il piano **– lui ha spiegato –**
        è pronto*): an empty source phrase at the closing mark, the pronoun left for the speaker
        rules (the person it refers to); None for anything else."""
        pron = start - 1
        if pron - 1 <= sent.start or norm_word(doc[pron]) not in self.g.person_subject_pronouns \
                or doc[pron - 1].text not in (",", *ASIDE_DASHES) or any(t.text in QUOTE_CHARS for t in sent):
            return None
        mark = doc[pron - 1].text
        verb = doc[start]
        if not (self.is_finite(verb) and "3" in verb.morph.get("Person")) or "Sub" in verb.morph.get("Mood") \
                or self.is_passive(doc, start, end):
            return None
        lead = self.parenthetical_lead(doc, pron, sent, openers=(mark,), relative=True)
        if lead is None or any(e.label_ == "PER" for e in doc[lead:pron - 1].ents):
            return None  # ("L'amico X, – egli dice – …": X or another, the pronoun does not say)
        k = self.skip_adverbs(doc, end, sent.end)
        if k >= sent.end - 2 or doc[k].text != mark or not self.clause_follows(doc, k + 1, sent.end):
            return None
        return (k, k)

    def _null_subject_aside(self, doc: Doc, start: int, end: int, sent: Span,
                            comma: int | None) -> tuple[int, int] | None:
        """A finite active indicative speech verb in the third person with no subject of its own, set
        off by commas (adverbs allowed before the closing one) between a verbless lead and a
        clause: *Il ritiro, **aveva annunciato**, sarebbe arrivato entro l'anno*, *Le tasse,
        **ha assicurato**, scenderanno*. The verb's null subject speaks: an empty source phrase
        at the closing comma; None for anything else (*…, ha detto Rossi, …* has its subject; a
        passive, *…, è stato approvato ieri, …*, is read by :meth:`_parenthetical_reading`).
        ``comma``: the aside's closing comma as :meth:`aside_comma` found it, or None."""
        verb = doc[start]
        if "Sub" in verb.morph.get("Mood") or self.is_passive(doc, start, end) \
                or any(self._subjunctive(t) or self.subjunctive_form(t) for t in doc[start:end]):
            return None
        return (comma, comma) if comma is not None and comma == self.skip_adverbs(doc, end, sent.end) else None

    def aside_comma(self, doc: Doc, start: int, end: int, sent: Span) -> int | None:
        """The closing comma when the finite verb group ``start``..``end`` (auxiliaries
        included) of a third person is set off by commas inside a clause: a comma and a verbless
        lead before it (not a setting opened by a preposition after an earlier comma), then (adverbs
        skipped) at most a short phrase with no verb, *che*, colon or quote mark (its postposed
        subject), a comma and a clause going on: *L'accordo, **ha spiegato il ministro**, sarà
        firmato*, *Il piano, **ha detto Luca Neri**, …*, *La nave, **hanno raccontato i testimoni
        a bordo**, è affondata*. Read on the surface, as the parse may make the lead the verb's
        subject and the postposed subject its object; not *Il sindaco ha spiegato il piano ai
        cittadini, che…* (no comma before the verb) nor *…, ha spiegato il piano, che partirà…*;
        else None. So too between two dashes, the closing one returned (*La conferenza **– ha
        aggiunto –** si farà*, the minus sign typed for a dash too: *Il piano **− ha detto Rossi
        −** è pronto*), after a lead with its verb too (:meth:`dashed_clause_start`)."""
        marks = ASIDE_DASHES if start - 1 > sent.start and doc[start - 1].text in ASIDE_DASHES else (",",)
        if start - 1 <= sent.start or doc[start - 1].text not in marks or not (
                self.is_finite(doc[start]) and "3" in doc[start].morph.get("Person") or self._twin_in_aside(doc, start, end)):
            return None
        lead = self.parenthetical_lead(doc, start, sent, openers=tuple(marks))
        verbal = lead is None and marks is ASIDE_DASHES and (lead := self.dashed_clause_start(doc, start, sent)) is not None
        # (a lead with its verb, "Ho accettato – ha detto X – per senso del dovere": no clause
        # need follow the closing dash)
        if lead is None and self.lone_opener(doc, start, sent) \
                and norm_word(doc[start - 2]) in self.g.relative_adverbs | self.g.relatives:
            lead = start - 2  # a relative opening the clause: "…a Roma, dove, ha raccontato la donna, è…"
        last = next((k + 1 for k in range(start - 2, start if lead is None else lead, -1) if doc[k].text == ","), None)
        if lead is None or last is not None and doc[last].pos_ == "ADP":
            # (a prepositional setting after an earlier comma, "L'ayatollah, in una cerimonia,
            # ha confermato X alla presidenza, nonostante…": the subject is before it, the verb the main one)
            return None
        k = self.skip_adverbs(doc, end, sent.end)
        stop = min(k + 9, sent.end)
        while k < stop and doc[k].text not in marks:
            # (a verb form after an article is a noun the tagger misread: "il capitano")
            finite = self.is_finite(doc[k]) and not (k > end and norm_word(doc[k - 1]) in self.g.articles)
            if doc[k].is_punct or finite or norm_word(doc[k]) in self.g.relatives \
                    or doc[k].text in QUOTE_CHARS:
                return None
            k += 1
        if not verbal and k < sent.end - 2 and doc[k].text == "," and (close := self._apposition_close(doc, k, sent)) is not None:
            k = close  # "…, ha ammesso il direttore dell'azienda, Paolo Rizzi, dipendono…": past the apposition
        aside = k < sent.end - 2 and doc[k].text in marks and (verbal or norm_word(doc[k + 1]) not in self.g.relatives
                                                                 and self.clause_follows(doc, k + 1, sent.end))
        return k if aside else None

    def _portfolio_title(self, doc: Doc, np: tuple[int, int], to: int) -> bool:
        """The a-phrase at ``to`` inside the postposed subject ``np`` is the portfolio of a title,
        a name after it (*l'assessore **allo sport** Marco Gatti*, *la delegata **alla cultura**
        Anna Riva*): a title right before it, common lower-case words in it, and the subject
        ending in a person's name; not a person addressed (*il ministro a Mario Rossi*) nor a
        group (*il ministro ai cittadini*)."""
        if to - 1 < np[0] or norm_word(doc[to - 1]) not in self.titles or doc[np[1] - 1].ent_type_ != "PER":
            return False
        k = to + 1
        if k >= np[1] or not (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
            return False
        while k < np[1] and doc[k].ent_type_ != "PER":
            if not doc[k].is_alpha:
                return False
            k += 1
        return k < np[1]

    def _apposition_close(self, doc: Doc, comma: int, sent: Span) -> int | None:
        """The comma closing an apposition right after the postposed subject of an aside cue (at
        ``comma``), when a clause goes on after it: a name after a title (*ha ammesso il
        direttore dell'azienda**, Paolo Rizzi,** dipendono…*) or a title after a name (*ha
        spiegato Paolo Rizzi**, direttore dell'azienda,** che…*): a few words, no verb, no
        relative, opened by a name or a title; None otherwise."""
        k = comma + 1
        first = k + 1 if k < sent.end and norm_word(doc[k]) in self.g.articles else k
        if first >= sent.end or not (doc[first].ent_type_ == "PER" or doc[first].pos_ == "PROPN" and doc[first].is_title
                                     or norm_word(doc[first]) in self.titles):
            return None
        stop = min(k + 9, sent.end)
        while k < stop and doc[k].text != ",":
            if doc[k].is_punct or self.is_finite(doc[k]) or norm_word(doc[k]) in self.g.relatives or doc[k].text in QUOTE_CHARS:
                return None
            k += 1
        if k >= sent.end - 2 or doc[k].text != "," or norm_word(doc[k + 1]) in self.g.relatives \
                or not self.clause_follows(doc, k + 1, sent.end):
            return None
        return k

    def _twin_in_aside(self, doc: Doc, start: int, end: int) -> bool:
        """A lone lower-case word the tagger read as a noun, an adjective or a participle that is
        the third-person present of a verb of saying or estimating (``present_twins``), its
        subject after it opened by an article or a name: the verb of an aside (*In città,
        **calcola** infatti l'Istat, …*; *Il bilancio, **calcola** il Comune, …*, a feminine
        participle to the tagger; *Le imprese, **critica** la Cgil, …*); not a noun in apposition
        (*Il testo, **nota** ufficiale del governo, …*)."""
        token = doc[start]
        if end != start + 1 or token.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB") or not token.is_lower \
                or self.is_finite(token) \
                or not self.present_twins(norm_word(token)) & (self.single_verbs | self.g.forecast_verbs):
            return False
        k = self.skip_adverbs(doc, end, len(doc))
        return k < len(doc) and (norm_word(doc[k]) in self.g.articles or doc[k].pos_ == "PROPN")

    def _impersonal_clitic(self, doc: Doc, start: int, lemma: str, sent: Span) -> bool:
        """An impersonal *si* right before the cue at ``start``, after a comma, with *si legge*
        (``impersonal_cue_verbs``) or a verb of ``parenthetical_report_verbs`` in the third person
        singular that is a report when reflexive (not ``reflexive_not_speech``: *si riferisce*): *, si dice,*,
        *, si è appreso,*."""
        if start - 2 <= sent.start or norm_word(doc[start - 1]) not in self.g.reflexive_clitics \
                or doc[start - 2].text != ",":
            return False
        if lemma in self.g.impersonal_cue_verbs:
            return True
        return lemma in self.g.parenthetical_report_verbs and lemma.split()[0] not in self.g.reflexive_not_speech \
            and "Sing" in doc[start].morph.get("Number") \
            and "3" in doc[start].morph.get("Person")

    def _impersonal_participle(self, token) -> bool:
        """A participle with no gender or number of a subject: masculine singular (*detto*)."""
        return "Fem" not in token.morph.get("Gender") and "Plur" not in token.morph.get("Number")

    def lone_opener(self, doc: Doc, start: int, sent: Span) -> bool:
        """Only a conjunction (``coordinators``, ``clause_conjunctions``) and a comma (or a dash)
        before the cue at ``start``, at the sentence start or after a comma: *Ma, **dicono i due
        fisici**, sarebbe grave…*, *Ma – **ha detto X** – abbiamo il diritto…*, *…in Egitto, dove, **ha detto Omar**, è stato torturato*: the cue sits inside
        the clause that the conjunction opens, which goes on after it. So too a relative adverb
        (``relative_adverbs``) or a relative pronoun (``relatives``) after a comma: *L'incendio,
        che, **ha spiegato il comandante**, è partito dal tetto*."""
        k = start - 2
        if k < sent.start or doc[start - 1].text != "," and doc[start - 1].text not in ASIDE_DASHES or doc[k].text == ",":
            return False
        if norm_word(doc[k]) not in self.g.coordinators | self.g.clause_conjunctions | self.g.relative_adverbs \
                and not (norm_word(doc[k]) in self.g.relatives and k > sent.start):
            return False  # (a relative pronoun after its noun: "L'incendio, che, ha spiegato X, è partito…")
        return k == sent.start or doc[k - 1].text == ","

    def _resumptive_clitic(self, doc: Doc, start: int, lemma: str, sent: Span) -> int | None:
        """The index of an object clitic (``said_before_clitics``) right before the cue at
        ``start`` that takes up the clause before its comma or colon, the subject coming after the
        verb: *La crisi è finita, **lo** ha detto il ministro*, *I prezzi saliranno, e **lo**
        confermano i fornai*, *La scuola riaprirà: **lo** rende noto il Comune* (not a verb whose clitic is mostly a person or a predicate's
        object: *…, lo ha ringraziato X*, *…, lo ha definito X*); else None."""
        k = start - 1
        if k <= sent.start or norm_word(doc[k]) not in self.g.said_before_clitics:
            return None
        head = lemma.split()[0]
        g = self.g
        if head in g.person_target_verbs | g.predicative_verbs | g.charge_verbs | g.reason_verbs \
                | g.a_infinitive_verbs | g.order_verbs:
            return None  # (a person: "…, lo ha ringraziato il prefetto", "…, lo ha invitato X")
        before = k - 1
        if norm_word(doc[before]) in g.and_conjunctions and before - 1 > sent.start:
            before -= 1  # "…, e lo confermano i fornai"
        return k if doc[before].text in (",", ":") and before > sent.start + 1 else None  # (": lo rende noto X")

    def headline_cue(self, doc: Doc, i: int, sent: Span):
        """A headline *Nome: contenuto* without quote marks (the guidelines: indirect, cue
        null): a person or an organisation, a colon, then the rest of the line; a place
        before the colon (*Roma: …*) is a dateline, not a speaker. The name may carry its
        title (:meth:`_titled_label`)."""
        colon = next((k for k in range(i, min(i + 10, sent.end)) if doc[k].text == ":"), None)
        if colon is None or colon + 2 >= sent.end or any(t.text in QUOTE_CHARS for t in doc[colon:sent.end]):
            return None
        if self._roster(doc[colon + 1:sent.end]):
            return None  # "Italia, allenatore Cesare Prandelli: Buffon, Abate, Bonucci…": a line-up
        ents = [e for e in self.context(doc).ents_in_tokens(i, colon) if e.label_ in ("PER", "ORG")]
        if ents and ents[0].start == i and ents[0].end == colon:
            return (colon, colon + 1, "headline", "headline", (i, colon))
        if self._joined_names(doc, ents, i, colon):
            return (colon, colon + 1, "headline", "headline", (i, colon))  # "Adusbef e Codacons: …"
        label = self._titled_label(doc, i, colon, ents)
        return None if label is None else (colon, colon + 1, "headline", "headline", label)

    def _joined_names(self, doc: Doc, ents, i: int, colon: int) -> bool:
        """The label ``i:colon`` is names joined by *e* or commas and nothing else (*Adusbef e
        Codacons*, *Cgil, Cisl e Uil*): joint speakers."""
        if len(ents) < 2 or ents[0].start != i or ents[-1].end != colon:
            return False
        gaps = [doc[a.end:b.start] for a, b in zip(ents, ents[1:])]
        return all(len(gap) == 1 and (gap[0].text == "," or norm_word(gap[0]) in self.g.and_conjunctions) for gap in gaps) \
            and norm_word(gaps[-1][0]) in self.g.and_conjunctions

    def headline_end(self, doc: Doc, start_char: int, end_char: int, titles: bool = False) -> int:
        """Where a headline's words end when its line runs on into the article (*Mario Rossi,
        direttore: grande successo per la mostra **Il** festival si è chiuso…*): before a
        capitalised function word or verb, no name, right after a word in lower case that can
        end a sentence, not a function word (*il Paese* is one noun phrase; *ritengono che Nello…*
        names someone), which only a new sentence opens (with
        ``titles``, as in the content of a verb, not after a noun of works either: *ha detto che
        il film **Il** sorpasso…* names a title);
        ``end_char`` when there is none. A one-letter word opens one only as a preposition
        before a lower-case noun phrase (*…per i perseguitati **A** seguito degli attacchi…*;
        not a letter naming a thing: *l'influenza A sarebbe…*, *la linea A per…*)."""
        if end_char <= start_char:
            return end_char
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for prev, tok in zip(span, span[1:]):
            if tok.is_title and tok.is_alpha and not tok.ent_type_ and tok.pos_ in OPENING_POS \
                    and (len(tok) > 1 or self._letter_preposition(doc, tok.i)) \
                    and prev.is_alpha and prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "VERB", "AUX", "ADV", "NUM") \
                    and not (titles and self.word_forms(prev) & self.g.work_nouns):
                return prev.idx + len(prev)
        return end_char

    @staticmethod
    def _letter_preposition(doc: Doc, i: int) -> bool:
        """A one-letter capital preposition at token ``i`` (*A*) before a lower-case word that
        opens a noun phrase or an adverb (*A seguito di…*, *A quasi dieci anni…*)."""
        return doc[i].pos_ == "ADP" and i + 1 < len(doc) and doc[i + 1].is_lower \
            and doc[i + 1].pos_ in ("NOUN", "DET", "ADJ", "NUM", "ADV")

    def _roster(self, words: Span) -> bool:
        """``words`` are a list of names, not a statement: no verb, at least three items set
        off by commas or semicolons, and nothing but names, numbers, conjunctions and
        punctuation (*Buffon; Abate, Bonucci (1), Chiellini e Pirlo*)."""
        if sum(t.text in (",", ";") for t in words) < 2:
            return False
        return all(t.is_punct or t.pos_ in ("PROPN", "NUM", "CCONJ") or t.ent_type_ for t in words)

    def _titled_label(self, doc: Doc, i: int, colon: int, ents) -> tuple[int, int] | None:
        """The name in a headline label that gives its speaker's title: after the name
        (*Mario Rossi, direttore del festival: …*) or before it, after a place or topic set off
        by a comma (*Francia, il ministro Dupont: …*; a person's bare name too: *Sanità, Bruni: …*);
        None when the label has no such form
        (``ents``: the people and organisations before the colon)."""
        first, last = ents[0] if ents else None, ents[-1] if ents else None
        if last is not None and last.end == colon:
            name, k = last, last.start  # "(Francia,) il ministro Dupont"
            while k > i and doc[k - 1].text != ",":
                k -= 1
            if k > i and (k - i > 3 or any(t.text == "," for t in doc[i:k - 1])):
                return None
            title = doc[k:name.start]
        elif first is not None and first.start == i and first.end + 1 < colon and doc[first.end].text == ",":
            name, title = first, doc[first.end + 1:colon]  # "Mario Rossi, direttore del festival"
        else:
            return None
        if not len(title) and k > i and name.label_ == "PER":
            return (name.start, name.end)  # "Sanità, Bruni: …": a topic, then the name alone (heard only if it speaks elsewhere)
        if not len(title) or any(t.is_punct or self.is_finite(t) for t in title) or not self.is_description(title):
            return None
        return (name.start, name.end)

    def cue_after_report(self, doc: Doc, i: int, sent: Span):
        """*Lo ha annunciato il ministro.* / *Lo riferisce il Viminale.* / *È quanto ha
        dichiarato il portavoce.*: a short sentence whose object clitic (or *quanto*) stands for
        the sentence before, which is the content."""
        if i == 0:
            return None
        lead = [norm_word(t) for t in doc[i:min(i + 3, sent.end)]]
        if lead[:2] == ["è", "quanto"] or lead[:3] == ["questo", "è", "quanto"]:
            pronoun = i + lead.index("quanto")  # (the verb comes right after "quanto", as after "lo")
        elif lead[0] in ("lo", "l'", "ne"):
            pronoun = i
        else:
            pronoun = None
        before = self.context(doc).sent(i - 1)
        if before.start == sent.start or any(t.text in QUOTE_CHARS for t in before) or "\n\n" in doc[before.end - 1:i].text:
            return None
        announced = self._announcement(doc, i, sent) or self._these_claims(doc, i, sent) or self._cleft_report(doc, i, sent) \
            or self._word_of(doc, i, sent)
        if announced is not None or pronoun is None:
            return announced
        for k in range(pronoun + 1, min(pronoun + 4, sent.end)):
            verb = self.verb_cue(doc, k, sent)
            participle = self._participle_cue(doc, k) if verb is None and k == pronoun + 1 and pronoun > i else None
            if verb is None and participle is None:
                continue
            start, end, lemma = verb or participle
            if participle is None and start == pronoun + 2 and norm_word(doc[pronoun + 1]) in self.g.reflexive_clitics \
                    and lemma in self.g.impersonal_cue_verbs and lead[:2] == ["è", "quanto"]:
                # "È quanto si legge in una nota della Cgil.": the document's issuer, or no one
                np = self._document_read(doc, end, sent)
                if np is None or not self._closes_sentence(doc, np[1], sent):
                    return None
                return (i, end, "earlier", f"verb:{lemma}", np)
            if start != pronoun + 1 or lemma.split()[0] in self.need_object:
                return None
            if participle is not None:
                # "È quanto dichiarato dal sindaco al termine del consiglio.": a bare participle, its agent
                np = self._agent_past_setting(doc, end, sent)
                if np is not None and not self.speaker_phrase(doc, *np):
                    return None  # ("È quanto annunciato dagli altoparlanti": no one named)
            else:
                # "Lo ha annunciato su Facebook il sindaco", "Lo ripete da giorni Marco Rossi"
                np = self.subject_past_setting(doc, end, sent)
            rest = doc[np[1]:sent.end] if np is not None else None
            if rest is None or len(rest) and rest[0].text != "," and not self._closing_phrase(rest) \
                    and norm_word(rest[0]) not in self.g.clause_conjunctions:
                # (an apposition after a comma may follow: ", premier ceceno, che…"; a clause of its
                # own: "Lo ha reso noto la polizia mentre l'agenzia Nina parla di…")
                return None
            return (i, end, "earlier", f"verb:{lemma}", np)
        return None

    def _announcement(self, doc: Doc, i: int, sent: Span):
        """A sentence that names who announced the sentence before it, with a noun of
        ``announcement_nouns`` and a verb of ``announcing_verbs``: *L'annuncio è stato dato ieri
        dal sindaco.* (the agent), *Ne ha dato l'annuncio la questura.* (the subject after the
        noun), *A darne l'annuncio è stata la famiglia.* (the subject after the copula)."""
        if any(t.text in QUOTE_CHARS or t.text == ":" for t in sent):
            return None  # (words in marks or after a colon are the announcement itself)
        noun = next((k for k in range(i + 1, min(i + 6, sent.end)) if norm_word(doc[k]) in self.g.announcement_nouns), None)
        verb = None if noun is None else next((k for k in range(i, noun) if self._announcing(doc[k])), None)
        if verb is None:
            return self._passive_report(doc, i, sent)
        if norm_word(doc[i]) == "ne":
            # "Ne ha dato l'annuncio, fra gli altri, anche il presidente X"
            end = k = noun + 1
            if k < sent.end and doc[k].text == ",":
                k = next((m + 1 for m in range(k + 1, min(k + 6, sent.end)) if doc[m].text == ","), k)
            np = self._subject_after(doc, k, sent)
        elif norm_word(doc[i]) in self.g.forms("a") and verb == i + 1:
            # "A darne l'annuncio è stato X", "A diffondere la notizia è una tv"
            end = noun + 1
            k = next((m for m in range(end, min(end + 12, sent.end)) if norm_word(doc[m]) in self.g.copulas), None)
            if k is None:
                return None
            np = self.copula_subject(doc, k, sent)
        else:
            return None
        if np is None:
            return None
        return (i, end, "earlier", "verb:annunciare", np)

    def _word_of(self, doc: Doc, i: int, sent: Span):
        """*Parola di Marco Rossi.*: a sentence of its own that signs the sentence before with
        its speaker's name (``word_of_openers``), nothing after it but a comma's aside."""
        lead = " ".join(norm_word(t) for t in doc[i:min(i + 2, sent.end)])
        if lead not in self.g.word_of_openers or i + 2 >= sent.end:
            return None
        end = self.source_np_end(doc, i + 2, sent.end)
        if end <= i + 2 or not (self._closes_sentence(doc, end, sent) or doc[end].text == ",") \
                or not self.speaker_phrase(doc, i + 2, end):  # (", che ha chiuso la cerimonia…" may follow)
            return None
        return (i, i + 2, "earlier", "verb:dire", (i + 2, end))

    def _cleft_report(self, doc: Doc, i: int, sent: Span):
        """*Ad annunciarlo è stato il sindaco.*, *A dirlo è il ministro X, intervistato…*, *A
        renderlo noto è stata la Farnesina.*: *a* + a speech verb in the infinitive whose clitic
        stands for the sentence before, a copula, then who said it (the subject after it)."""
        if i + 3 >= sent.end or norm_word(doc[i]) not in self.g.forms("a") or any(t.text in QUOTE_CHARS or t.text == ":" for t in sent):
            return None
        said = self.clitic_infinitive(doc, i, sent.end)
        if said is None:
            return None  # ("A dire il vero…", "A confermare la tesi…": no clitic for the sentence before)
        lemma, end = said
        if end >= sent.end or norm_word(doc[end]) not in self.g.copulas:
            return None
        np = self.copula_subject(doc, end, sent)
        return None if np is None else (i, end, "earlier", f"verb:{lemma}", np)

    def clitic_infinitive(self, doc: Doc, i: int, end: int) -> tuple[str, int] | None:
        """(lemma, token after it) of *a* at ``i`` + a speech verb in the infinitive whose clitic
        stands for words said (*ad annunciar**lo***, *a confermar**lo***, *a render**lo** noto*):
        the opening of a cleft; None for any other infinitive (*a dire il vero*)."""
        if i + 1 >= end or norm_word(doc[i]) not in self.g.forms("a"):
            return None
        verb = doc[i + 1]
        bare = self.infinitive_without_clitic(verb)
        if bare is None or norm_word(verb)[len(bare) - 1:] not in self.g.said_before_clitics:  # (annunciar+lo)
            return None
        for rest in self.multi_verbs.get(bare, []):
            if [norm_word(t) for t in doc[i + 2:min(i + 2 + len(rest), end)]] == rest:
                return bare + " " + " ".join(rest), i + 2 + len(rest)  # "a renderlo noto"
        if bare not in self.single_verbs or bare in self.need_object:
            return None
        return bare, i + 2

    def past_copula(self, doc: Doc, k: int, end: int) -> int:
        """The token after the copula at ``k`` and its participle (*è **stata***), before ``end``."""
        k += 1
        return k + 1 if k < end and norm_word(doc[k]) in self.g.auxiliary_participles else k

    def copula_subject(self, doc: Doc, k: int, sent: Span) -> tuple[int, int] | None:
        """Who a cleft names: the definite subject after the copula at ``k`` and its participle
        (*A darne l'annuncio **è stata la famiglia***, *A chiedere le dimissioni **è stata Anna
        Bruni***, *Ad annunciarlo **è il sindaco***); None when no speaker phrase follows."""
        return self._subject_after(doc, self.past_copula(doc, k, sent.end), sent, definite=True)

    def _these_claims(self, doc: Doc, i: int, sent: Span):
        """*Queste sarebbero le ipotesi del professor X.*, *Questa, in sintesi, è la tesi di X.*,
        *Queste sono le previsioni sostenute dallo studio di X.*: a demonstrative, maybe a copula,
        then a noun of words or claims (``answer_nouns``, ``report_nouns``, ``claim_nouns``) and
        whose they are: the sentence before is that source's."""
        if norm_word(doc[i]) not in self.g.demonstrative_subjects:
            return None
        k = i + 1
        if k < sent.end and doc[k].text == ",":  # "Questa, in estrema sintesi, è…"
            k = next((m + 1 for m in range(k + 1, min(k + 6, sent.end)) if doc[m].text == ","), sent.end)
        if k < sent.end and norm_word(doc[k]) in self.g.copulas:
            k = self.skip_adverbs(doc, k + 1, sent.end)
        if k >= sent.end or norm_word(doc[k]) not in self.g.definite:
            return None
        claims = self.g.answer_nouns | self.g.report_nouns | self.g.claim_nouns
        noun, k = None, k + 1
        while k < min(i + 12, sent.end) and doc[k].is_alpha and doc[k].is_lower and not self.is_finite(doc[k]) \
                and norm_word(doc[k]) not in self.g.prepositions - {"e", "ed"}:
            noun = k if norm_word(doc[k]) in claims else noun  # (adjectives and "ed opinioni" around it)
            k += 1
        if noun is None or k >= sent.end:
            return None
        if norm_word(doc[k]) in self.g.forms("di"):
            end = self.source_np_end(doc, k + 1, sent.end)
            np = (k + 1, end) if end > k + 1 and self.speaker_phrase(doc, k + 1, end) else None
        else:
            np = self._agent_at(doc, k, sent.end)  # "… sostenute dallo studio di X" (not "giunte dalla capitale")
            np = np if np is not None and self.speaker_phrase(doc, *np) else None
        if np is None or any(t.text in QUOTE_CHARS or t.text == ":" for t in doc[i:min(np[1] + 1, sent.end)]):
            return None  # ("Queste le parole del ministro: «…»": the words after the colon)
        return (i, noun + 1, "earlier", "verb:sostenere", np)

    def _passive_report(self, doc: Doc, i: int, sent: Span):
        """A bare definite noun that stands for the sentence before, then the verb that reports it
        and its agent: *L'annuncio è stato dato ieri dal sindaco.*, *L'annuncio è arrivato dal
        capogruppo X*, *Il dissequestro è stato confermato da X, figlio dell'ostaggio.* (a verb
        of ``announcing_verbs`` after a noun of ``announcement_nouns``, else one of
        ``report_back_verbs``); a noun with words of its own (*Il rilascio della nave è stato
        confermato da X*) is what was reported, not a pointer back."""
        noun = i + 1
        if noun >= sent.end or norm_word(doc[i]) not in self.g.definite or doc[noun].pos_ != "NOUN" \
                or not (doc[noun].is_lower and doc[noun].is_alpha):
            return None
        k = self.skip_adverbs(doc, noun + 1, sent.end)
        while k < sent.end and (self.lemmas(doc[k]) & self.g.auxiliaries or norm_word(doc[k]) in self.g.auxiliary_participles):
            k = self.skip_adverbs(doc, k + 1, sent.end)
        if k == noun + 1 or k >= sent.end:
            return None
        announced = norm_word(doc[noun]) in self.g.announcement_nouns and self._announcing(doc[k])
        if not announced and not (self.lemmas(doc[k]) & self.g.report_back_verbs):
            return None
        end = k + 1
        np = self._agent_past_setting(doc, end, sent)
        return None if np is None else (i, end, "earlier", "verb:annunciare", np)

    def _agent_past_setting(self, doc: Doc, end: int, sent: Span) -> tuple[int, int] | None:
        """The agent *da X* of a reporting verb ending at ``end``, after a setting without a verb
        (*nella notte fra il 1º e il 2 maggio, **dal presidente***), which a comma may close."""
        agent = next((m for m in range(end, min(end + 20, sent.end)) if norm_word(doc[m]) in self.g.forms("da")), None)
        if agent is None or any(t.text in ";:" or self.is_finite(t) for t in doc[end:agent]) \
                or "," in doc[end:agent - 1].text:
            return None
        return self._agent_at(doc, agent, sent.end)

    def _announcing(self, token) -> bool:
        """A form of a verb of ``announcing_verbs`` (*dato*, *dà*, *darne*, *diffondere*)."""
        bare = self.infinitive_without_clitic(token)
        return token.is_alpha and bool(self.lemmas(token) & self.g.announcing_verbs or bare in self.g.announcing_verbs)

    def _come_cue(self, doc: Doc, i: int, sent: Span):
        """*come* (at a clause start) + a speech verb + its speaker: the subject after it
        (*come ha spiegato il ministro,*), before it (*come lui ha dichiarato,*) or, for a bare
        participle, its agent (*come richiesto ieri dal pm*); then a comma, or the end of the
        sentence after a comma (*…, come ha annunciato X.*: it reports the clause before)."""
        # with no comma or parenthesis before it ("(come richiesto dai genitori)": a parenthesis
        # like a comma), *come* + a report can only close the sentence (*… entro giugno come
        # comunicato a marzo.*): checked below, once the phrase's end is known
        bare = i > sent.start and doc[i - 1].text not in (",", "(")
        for k in range(i + 1, min(i + 5, sent.end)):
            if doc[k].is_punct:
                return None
            verb = self.verb_cue(doc, k, sent) or self._participle_cue(doc, k) or self._aside_only_cue(doc, i, k)
            if verb is None:
                continue
            start, end, lemma = verb
            if start == k and not self.is_finite(doc[k]):
                # "come previsto", "come detto": no agent, no speaker, no cue
                a = self._after_short_setting(doc, self.skip_adverbs(doc, end, sent.end), sent.end)
                # "sia dai medici che dai familiari": a correlative pair of agents
                paired = a + 1 < sent.end and norm_word(doc[a]) in self.g.paired_openers and norm_word(doc[a + 1]) in self.g.forms("da")
                np = self._agent_at(doc, a + paired, sent.end)
                if np is not None:  # "dal Financial Times e dal Guardian": all of them
                    np = (np[0], self.coordinated_agents_end(doc, np[1], sent.end, paired))
                comma = np[1] if np is not None else end
            else:
                # the subject right after the verb, or after a setting that dates or places the
                # report ("come ha spiegato ieri in conferenza stampa il questore", "come aveva
                # annunciato sul suo sito l'azienda"): a finite verb after come takes no object
                np = self.subject_past_setting(doc, end, sent, definite=True)
                if np is not None and self._time_phrase(doc, *np):
                    # "come aveva annunciato la settimana scorsa", "come ha spiegato la mattina
                    # dopo": a definite time after the verb dates it and is never its subject;
                    # the subject may follow it ("come ha ribadito la sera stessa il ministro"),
                    # else the verb's null subject speaks (an empty source phrase)
                    np = self._subject_after(doc, np[1], sent, definite=True) or (np[1], np[1])
                comma = np[1] if np is not None else end
                if np is None and start > i + 1 and (norm_word(doc[i + 1]) in self.g.pronouns
                                                     or self.np_has_speaker(doc, i + 1, start)):
                    np = (i + 1, start)  # "come lui ha dichiarato", "come il ministro ha spiegato"
            if np is None and lemma in self.g.impersonal_cue_verbs and norm_word(doc[k - 1]) in self.g.reflexive_clitics:
                np = self._document_read(doc, end, sent)  # "come si legge nella nota del Quirinale, …"
                comma = np[1] if np is not None else end
            if np is None:
                # "…, come aveva comunicato sul suo sito, …": the null subject (an empty source phrase)
                comma = self._null_subject_report(doc, i, start, end, sent)
                np = (comma, comma) if comma is not None else None
            if np is None:
                comma = self._unnamed_report(doc, i, start, end, lemma, sent)
                if comma is None:
                    return None
                np = (comma, comma)  # (no one named: an empty source phrase before the comma)
            if lemma in self.g.come_aside_verbs and not self.np_has_speaker(doc, *np, strict=True):
                return None  # "come hanno dimostrato i dati": evidence, no one who speaks
            # (a short phrase may close it: "…, come ha spiegato il ministro in un'intervista.")
            closes = i > sent.start and (self._closes_sentence(doc, comma, sent)
                                         or doc[i - 1].text == "," and (self._closing_phrase(doc[comma:sent.end])
                                                                         or self._examples_close(doc, comma, sent)))
            if not closes and (comma >= sent.end - 1 or doc[comma].text != ","):
                return None
            if bare and (not self._closes_sentence(doc, comma, sent)
                         or end == start + 1 and self.is_finite(doc[start]) and "Pres" in doc[start].morph.get("Tense")):
                return None  # (a simple present with no comma is a manner: "Lavora come dice il regolamento.")
            return (i, end, "inverted", f"verb:{lemma}", np)
        return None

    def _document_read(self, doc: Doc, j: int, sent: Span) -> tuple[int, int] | None:
        """After *come si legge*, the document it reads from, from *in* to the comma (*come si
        legge **nella nota del Quirinale**, …*, *come si legge **in un comunicato diramato dalla
        Questura**, …*, *…, come si legge nella nota della Regione.*): the phrase whose issuer
        speaks (none for an unsigned *nella nota*)."""
        if j >= sent.end or norm_word(doc[j]) not in self.g.forms("in"):
            return None
        k = j + 1
        if k < sent.end and norm_word(doc[k]) in self.g.articles:
            k += 1
        if k < sent.end and doc[k].pos_ == "ADJ":
            k += 1
        if k >= sent.end or norm_word(doc[k]) not in self.g.document_nouns:
            return None
        comma = next((m for m in range(k + 1, min(k + 12, sent.end)) if doc[m].is_punct), None)
        if comma is None or doc[comma].text != "," and comma < sent.end - 1 or any(self.is_finite(t) for t in doc[k + 1:comma]):
            return None
        return j, comma

    def _unnamed_report(self, doc: Doc, i: int, start: int, end: int, lemma: str, sent: Span) -> int | None:
        """*come* + a bare participle or a passive of an announcement with no one named
        (***come promesso**, il governo…*, *…, **come era stato annunciato nei giorni scorsi**, il
        piano…*): what was announced is still reported, by someone the sentence leaves unsaid.
        Returns the token after the cue and a short setting (*nei giorni scorsi*, *a marzo*),
        or None for other verbs (*come detto*, *come previsto*: the writer's pointers) and for a
        finite active verb (its subject is someone, found or not)."""
        if lemma not in self.g.unnamed_come_verbs or not (start == end - 1 and not self.is_finite(doc[start])
                                                          or self.is_passive(doc, start, end)):
            return None
        if self.skip_adverbs(doc, i + 1, start) < start:
            return None  # "come il ministro aveva annunciato": a subject, not an unnamed report
        return self._setting_to_comma(doc, end, sent)

    def _setting_to_comma(self, doc: Doc, end: int, sent: Span) -> int | None:
        """After a cue ending at ``end`` with no one named: adverbs and at most a short setting
        opened by a preposition (*nei giorni scorsi*, *sul suo sito*), no verb, then a comma or the
        end of the sentence; that token, else None (*dai dati*: a source, no setting)."""
        k = self.skip_adverbs(doc, end, sent.end)
        if self._closes_sentence(doc, k, sent) or doc[k].text == ",":
            return k
        if norm_word(doc[k]) not in self.g.setting_openers | self.g.prepositions or norm_word(doc[k]) in self.g.forms("da"):
            return None  # ("come confermato dai dati": a source that is no speaker)
        comma = next((m for m in range(k + 1, min(k + 6, sent.end)) if doc[m].is_punct), sent.end)
        if any(self.is_finite(t) for t in doc[k:comma]) or not (
                comma < sent.end and doc[comma].text == "," or self._closes_sentence(doc, comma, sent)):
            return None
        return comma

    def _null_subject_report(self, doc: Doc, i: int, start: int, end: int, sent: Span) -> int | None:
        """*come* + an active finite verb of saying in the third person with nothing between
        them but adverbs, and no subject after it, only a short setting before the comma
        (*…, come aveva comunicato sul suo sito.*, *…, come ha spiegato, scusandosi.*): the verb's
        null subject speaks, whom the sentence does not name again. The token closing the phrase,
        else None (*come abbiamo scritto*: the writer's pointer; *come si è visto*: impersonal)."""
        if self.skip_adverbs(doc, i + 1, start) < start or not self.is_finite(doc[start]) \
                or "3" not in doc[start].morph.get("Person") or self.is_passive(doc, start, end) \
                or norm_word(doc[start - 1]) in self.g.reflexive_clitics:
            return None
        comma = self._setting_to_comma(doc, end, sent)
        # only after a comma and closing its sentence (or before a gerund adjunct): the clause
        # before is what was said; inside or before a clause the null subject is too often another
        # person's (a "Lei" addressed, a name two clauses back)
        if comma is None or i == sent.start or doc[i - 1].text != "," or not (
                self._closes_sentence(doc, comma, sent) or self._gerund_close(doc, comma, sent)):
            return None
        return comma

    def _after_short_setting(self, doc: Doc, j: int, end: int) -> int:
        """The agent's *da* after a short setting of a bare participle (*come confermato **nei
        giorni scorsi** dalla polizia*, *come testimoniato **in aula** dai camerieri*): its token,
        or ``j`` when no setting of at most five words without punctuation comes before one."""
        if j >= end or norm_word(doc[j]) not in self.g.setting_openers:
            return j
        for k in range(j + 1, min(j + 6, end)):
            if doc[k].is_punct or self.is_finite(doc[k]):
                return j
            if norm_word(doc[k]) in self.g.forms("da"):
                return k - 1 if norm_word(doc[k - 1]) in self.g.paired_openers else k  # ("… sia dalla polizia che…")
        return j

    def _examples_close(self, doc: Doc, comma: int, sent: Span) -> bool:
        """A comma at ``comma`` and examples of the plural noun before it to the end of the
        sentence (*come confermato dai suoi familiari**, come il figlio Marco***): no clause after."""
        if comma >= sent.end or doc[comma].text != ",":
            return False
        examples = self.examples_end(doc, comma + 1, sent.end)
        return examples is not None and self._closes_sentence(doc, examples, sent)

    def _gerund_close(self, doc: Doc, comma: int, sent: Span) -> bool:
        """A comma at ``comma`` and a gerund phrase with no finite verb to the end of the sentence
        (*…, come aveva comunicato sul sito**, usando una certa ironia.***): how the report was
        made, an adjunct and no clause of its own for the cue to report."""
        if comma + 1 >= sent.end or doc[comma].text != ",":
            return False
        gerund = doc[comma + 1]  # (with a clitic, "scusandosi", the tagger may read a finite verb)
        if not ("Ger" in gerund.morph.get("VerbForm") or self.gerund_without_clitic(gerund)):
            return False
        return not any(self.is_finite(t) or t.text in ":;" or t.text in QUOTE_CHARS for t in doc[comma + 2:sent.end])

    def _closes_sentence(self, doc: Doc, k: int, sent: Span) -> bool:
        """Nothing but the final punctuation, ``;`` or ``)`` from token ``k`` on."""
        return k >= sent.end - 1 or doc[k].text in (";", ")")

    def _aside_only_cue(self, doc: Doc, i: int, k: int) -> tuple[int, int, str] | None:
        """A verb of ``come_aside_verbs`` after *come* at ``i``, with its auxiliaries (*come **ha
        dimostrato** il quotidiano X,*): it vouches for a clause only in such an aside, and only
        with a person or an organisation named (checked by the caller). (start, end, lemma) or None."""
        hits = self.lemmas(doc[k]) & self.g.come_aside_verbs
        if not hits or not doc[k].is_alpha or doc[k].pos_ not in ("VERB", "AUX"):
            return None
        start = k
        while start - 1 > i and self.lemmas(doc[start - 1]) & self.g.auxiliaries:
            start -= 1
        return start, k + 1, sorted(hits)[0]

    def _participle_cue(self, doc: Doc, k: int) -> tuple[int, int, str] | None:
        """A bare participle of a speech verb (*richiesto*, *ribadito*), which ``verb_cue``
        leaves out as adjectival: (k, k + 1, lemma) or None."""
        if not self.g.participle.search(norm_word(doc[k])) or not doc[k].is_lower:
            return None
        hits = self.lemmas(doc[k]) & self.single_verbs
        return (k, k + 1, sorted(hits)[0]) if hits else None

    def _subject_after(self, doc: Doc, j: int, sent: Span, definite: bool = False) -> tuple[int, int] | None:
        """The speaker noun phrase right after an inverted cue (adverbs skipped): a name, an
        organisation or a description; None for anything else (an object, a clause). With
        ``definite`` (after *come* + a finite verb, which takes no object: *come hanno
        raccontato i sopravvissuti*) any definite common noun phrase too, with the name it
        introduces between quote marks (*come ha rivelato il quotidiano "La Voce"*)."""
        j = self.skip_adverbs(doc, j, sent.end)
        if j >= sent.end:
            return None
        first = doc[j]
        norm = norm_word(first)
        if not (first.is_title or norm in self.g.articles | self.speaking_nouns):
            return None
        end = self.source_np_end(doc, j, sent.end)
        if end <= j:
            return None
        # a common noun and the name it introduces between quote marks ("come ha rivelato il
        # quotidiano "La Voce", …"): the name belongs to the phrase
        end = self.marked_name_end(doc, end, sent.end) or end
        if not self.speaker_phrase(doc, j, end) and not (
                definite and norm in self.g.definite and j + 1 < end and doc[j + 1].is_lower and doc[j + 1].is_alpha):
            return None
        return j, end

    def _time_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """The noun phrase ``start``..``end`` is a time: its head a word of ``time_words`` or
        ``news_days`` (*la settimana scorsa*, *la sera stessa*, *la mattina dopo*)."""
        head = self._np_head_token(doc, start, end)
        return head is not None and self.time_word(head)

    def subject_past_setting(self, doc: Doc, j: int, sent: Span, definite: bool = False) -> tuple[int, int] | None:
        """The subject after a postposed cue ending at ``j``: right after it (:meth:`_subject_after`)
        or after a short setting (:meth:`_setting_before_subject`: *ha detto **ieri ai
        giornalisti** il ministro*); None when neither reads one."""
        np = self._subject_after(doc, j, sent, definite=definite)
        if np is None and (setting_end := self._setting_before_subject(doc, j, sent)) is not None:
            np = self._subject_after(doc, setting_end, sent, definite=definite)
        return np

    def _setting_before_subject(self, doc: Doc, j: int, sent: Span) -> int | None:
        """*…, ha assicurato **ieri sera a Porta a Porta** il premier X*, *…, ha detto **ai
        giornalisti** il ministro*: a short time or place setting (adverbs, time words, phrases
        opened by a preposition other than *di*/*da*, no punctuation, no verb) between a
        postposed cue and its subject; the token of the article that opens the subject, else
        None (*ha detto al premier X*: X is who was told, no article follows)."""
        channel = self.channel_end(doc, j, sent.end)
        if channel is not None and channel < sent.end and (doc[channel].is_title or norm_word(doc[channel]) in self.g.definite):
            return channel  # "Lo scrive in una nota Legambiente", "…, scrive su Facebook Marco Rossi"
        k = j
        if k + 2 < sent.end and norm_word(doc[k]) in self.g.forms("da") and norm_word(doc[k + 1]) in self.g.duration_words:
            k += 2  # "Lo ripete da giorni Marco Rossi": how long, not an agent
            if doc[k].is_title:
                return k
        opened = False
        while k < sent.end and k - j < 8:
            tok = doc[k]
            norm = norm_word(tok)
            if tok.is_punct or self.is_finite(tok) or norm in self.g.forms("di") | self.g.forms("da"):
                return None
            if norm in self.g.definite and norm not in self.g.prepositions and k > j \
                    and norm_word(doc[k - 1]) not in self.g.prepositions:  # (not the article of "durante la conferenza")
                return k if k + 1 < sent.end and (doc[k + 1].is_lower or doc[k + 1].is_title) else None
            if norm in self.g.prepositions:
                opened = True
            elif not (norm in self.g.cue_adverbs or norm in self.g.time_words or norm.endswith(self.g.adverb_suffixes)
                      or opened):
                return None
            k += 1
        return None

    def _closing_phrase(self, words: Span) -> bool:
        """What may follow the subject of a postposed cue up to the end of its sentence:
        nothing, or a short phrase opened by a preposition, without a verb (*in un rapporto*,
        *al Corriere*; not *di aver invaso…*)."""
        words = [t for t in words if not (t.is_punct and t.text in ".!?…")]
        if not words:
            return True
        opener = norm_word(words[0])
        return (len(words) <= 8 and opener in self.g.prepositions - self.g.forms("di") - {"che", "come"}
                and not any(self.is_finite(t) or t.text in ":;," for t in words))

    def _reported_che(self, doc: Doc, k: int, stop: int, sent: Span) -> int | None:
        """The *che* right after a speech verb in the clause from ``k`` to ``stop`` before a
        postposed cue (*Il ministro **ha confermato che** l'accordo è firmato, come anticipato
        dal Corriere*), when a clause follows it; None when there is none."""
        for m in range(k + 1, stop - 1):
            if norm_word(doc[m]) == "che" and doc[m - 1].pos_ in ("VERB", "AUX") \
                    and self.verb_cue(doc, m - 1, sent) is not None and self.clause_follows(doc, m + 1, stop):
                return m
        return None

    def relative_close_end(self, doc: Doc, start: int, after: int, sent: Span) -> int | None:
        """The character offset where a relative clause ends (the end of the token before the
        comma that closes it), when a relative adverb or pronoun before the aside cue at ``start``
        (closing comma at ``after``) opens a relative on the noun phrase that opens the sentence
        (no finite verb before it): the main clause's verb comes after that comma (*La riunione,
        quando, ha detto X, era già finita, **è stata rinviata***; *Nel paese, dove, ha raccontato
        X, è crollata la chiesa, **i danni sono gravi***): the first comma after a finite verb of
        the relative with a clause going on after it. None otherwise (the relative runs to the
        sentence's end)."""
        k = start - 2
        if not (k > sent.start and (norm_word(doc[k]) in self.g.relative_adverbs | self.g.relatives)
                and doc[k - 1].text == ",") or any(self.is_finite(t) for t in doc[sent.start:k - 1]):
            return None
        seen = False
        for m in range(after + 1, sent.end - 1):
            if doc[m].text in (";", ":", "(") or doc[m].text in QUOTE_CHARS:
                return None
            if doc[m].text == "," and seen and self.clause_follows(doc, m + 1, sent.end):
                return doc[m - 1].idx + len(doc[m - 1])
            seen = seen or self.is_finite(doc[m])
        return None

    def build_inverted(self, doc, start, end, rule, np, sent: Span, region_end: int, coordinated: bool) -> Cue:
        cue_span = doc[start:end]
        np_start, np_end = np
        after = max(end, np_end)
        if after < sent.end and doc[after].text != ",":
            after = self.aside_comma(doc, start, end, sent) or after  # (a subject cut before its a-phrase)
            if doc[start - 1].text in ASIDE_DASHES:
                after = self._setting_to_dash(doc, after, sent) or after  # (or before a phrase up to the dash)
        # (", si legge nel comunicato, ": the impersonal clitic opens the parenthesis)
        clitic = self._impersonal_clitic(doc, start, rule.split(":", 1)[-1], sent)
        lead = self.parenthetical_lead(doc, start - 1 if clitic else start, sent, openers=(",", *ASIDE_DASHES), relative=True)
        # ("La crisi è finita, come ha riferito X, e i negoziati riprendono": a clause the
        # writer adds after it does not make the cue's content)
        closes = self._closes_sentence(doc, after, sent) or (
            start > sent.start and doc[start - 1].text == "," and after + 1 < sent.end and doc[after].text == ","
            and norm_word(doc[after + 1]) in self.g.proposition_conjunctions
            or norm_word(doc[start]) == "come" and doc[start - 1].text == "," and (self._closing_phrase(doc[after:sent.end])
                                                                        or self._examples_close(doc, after, sent)
                                                                        or self._gerund_close(doc, after, sent)))
        if norm_word(doc[start]) == "come" and not (closes and start > sent.start):
            # the clause after the comma; with a verbless lead before "come", from the lead
            content_start = doc[lead].idx if lead is not None else doc[after].idx + 1
            if lead is None and after + 2 < sent.end and norm_word(doc[after + 1]) == "che":
                # "È vero, come ha detto X, che il ponte è chiuso": the clause without its che
                content_start = doc[after + 2].idx
        elif after < sent.end and (doc[after].text == "," or doc[after].text in ASIDE_DASHES) and lead is not None:
            content_start = doc[lead].idx  # "Il piano, spiega X, è…"
        elif doc[start - 1].text in ASIDE_DASHES and after < sent.end and doc[after].text in ASIDE_DASHES \
                and (lead := self.dashed_clause_start(doc, start, sent)) is not None:
            content_start = doc[lead].idx  # "Ho accettato – ha detto X – per senso del dovere"
        elif after + 1 < sent.end and (doc[after].text == "," or doc[after].text in ASIDE_DASHES) \
                and (self.after_coordinator(doc, start, sent) or self.lone_opener(doc, start, sent)):
            content_start = doc[after].idx + 1  # "Ci sono feriti e, riferisce X, 200 vittime…": the clause after
            opener = self.aside_opener(doc, start, sent)
            if opener is not None:
                # a relative adverb before the aside opens the clause reported, so it stays in
                # the span with the aside ("in Egitto, dove, ha detto X, è stato torturato")
                content_start = doc[opener].idx
            region_end = self.relative_close_end(doc, start, after, sent) or region_end
        elif after + 2 < sent.end and doc[after].text == "," and norm_word(doc[after + 1]) == "che" \
                and (lead := self._che_awaiting_lead(doc, start, sent)) is not None:
            content_start = doc[lead].idx  # "È evidente, ha detto X, che…": the aside inside the content
        else:
            # a closing *come* with no comma before it reports its own clause only: from the
            # comma before it (*…, opzione che verrà esercitata come comunicato a marzo.*)
            bare = norm_word(doc[start]) == "come" and doc[start - 1].text not in (",", "(")
            stops = (";", ":", "(", "\n", ",") if bare else (";", ":", "(", "\n")
            k = self._clause_back(doc, start - 1, sent.start, stops)
            content_start = doc[k].idx
            said = self._reported_che(doc, k, start - 1, sent)
            if said is not None:
                # "Il ministro ha confermato che l'accordo è firmato, come anticipato dal
                # Corriere": what the cue vouches for is the che-clause, not the other report
                content_start = doc[said + 1].idx
            m = start - 1 if bare else start - 2
            while m > k and (doc[m].text == "," or norm_word(doc[m]) in self.g.and_conjunctions):
                m -= 1  # ("…, e lo confermano X": nor the "e")
            region_end = doc[m].idx + len(doc[m])  # the clause before the comma
        return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                   text=cue_span.text, complement="source", content_start=content_start,
                   region_start=content_start, region_end=region_end, about_start=content_start, rule=rule,
                   coordinated=coordinated, speaker_np=np)
