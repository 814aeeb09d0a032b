"""Whose voice a verb of saying is: the writer's own (*credo che*, *si precisa che*, *vorrei
osservare che*), no one's (a verb of saying left unsaid, negated or hypothetical, a thing or a
cause as its subject, a verdict), or someone's, reported.

A part of :class:`kit.speech.cues.CueRules`, which mixes it in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..quotemarks import QUOTE_CHARS
from .base import Cue, DASHES, FinderBase, inflected, norm_word, parsed_subjects


class VoiceRules(FinderBase):
    """Whose voice a verb of saying is: the writer's, no one's or someone reported."""

    def writers_voice(self, doc: Doc, start: int, end: int, lemma: str, sent: Span) -> bool:
        """An impersonal *si* opening the sentence with a verb of ``metadiscourse_verbs`` and no
        source up to its *che* (*Si precisa che…*, *Inoltre, si ribadisce che…*, *Si fa presente
        che…*): the text speaking about itself, no report (*Nel comunicato si precisa che…*,
        *Si precisa nella nota che…* name a source and stay)."""
        k = start - 1
        if lemma not in self.g.metadiscourse_verbs or k < sent.start or norm_word(doc[k]) != "si":
            return False
        if not doc[k].is_title and any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ")) for t in doc[sent.start:k]):
            return False  # (a capital "Si" opens a sentence the splitter missed: "…, etc. Si precisa")
        sources = self.g.forms("in") | self.g.forms("da")
        for tok in doc[end:sent.end]:
            if norm_word(tok) == "che":
                return True
            if norm_word(tok) in sources:
                return False
        return True

    def own_voice(self, doc: Doc, start: int, i: int, lemma: str) -> bool:
        """The first person of whoever writes or speaks, saying it now: a verb of belief or of
        recalling in the present (``own_view_verbs``: *credo che…*, *riteniamo che…*, *tra le
        sue opere ricordiamo…*), a modal in the present before the cue (*non
        voglio dire che…*) or a future or conditional (*aggiungerò che…*, *non dirò di…*). His
        own words, not a report of words said (the guidelines leave out a speech's *penso che*);
        a past (*ho detto che…*, *chiedemmo*) and a narrated present (*chiedo al sindaco di…*)
        stay reports."""
        if not self.context(doc).has_morph:
            return False
        finite = next((t for t in doc[start:i + 1] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if finite is not None and inflected(norm_word(finite), self.lemmas(finite), self.g.first_person_futures):
            return True  # "le dirò che…", "aggiungerei che…" by its ending, whatever person the tagger gives it
        if finite is None and doc[i].pos_ not in ("VERB", "AUX") and self.g.first_person_now.search(norm_word(doc[i])) \
                and i > 0 and norm_word(doc[i - 1]) in self.first_person_clitics:
            # a first person the tagger read as an adjective or a noun, its reflexive clitic of
            # the first person before it: "mi auguro che…", "ci auguriamo che…"
            return lemma.split()[0] in self.g.own_view_verbs
        if finite is None or "1" not in finite.morph.get("Person"):
            return False
        if not self.g.first_person_now.search(norm_word(finite)):
            return False
        if "Fut" in finite.morph.get("Tense") or "Cnd" in finite.morph.get("Mood"):
            return True
        mood = finite.morph.get("Mood")
        if not ("Ind" in mood and "Pres" in finite.morph.get("Tense") or "Imp" in mood):
            return False
        if finite.i == i and start > 0 and norm_word(doc[start - 1]) in self.g.listener_clitics:
            return True  # "vi assicuro che…", "ti dico che…": said to the listener, now (not "ti ho detto")
        if finite.i == i:
            # the bare verbs of speaking (``own_saying_verbs``) in the first person of the present
            # indicative, said to no one named, are the act of speaking now (*io dico che…*,
            # *quando parlo di unità…*); with the one addressed, before or after, they are narrated
            # (*gli dico che…*, *dico al sindaco che…*), like the other verbs (*spiego la cosa alla
            # madre*, *chiediamo che…* in a diary stay reports)
            return lemma.split()[0] in self.g.own_view_verbs or lemma.split()[0] in self.g.own_saying_verbs \
                and "Imp" not in mood and not self._addressed_after(doc, i) \
                and not any(norm_word(t) in self.g.addressee_clitics | self.g.reflexive_clitics for t in doc[max(start - 1, 0):i])
        return bool(self.lemmas(finite) & self.g.modals)

    def asked(self, doc: Doc, start: int, i: int, end: int, lemma: str, sent: Span) -> bool:
        """A cue in the present or the conditional inside a question (:meth:`closing_question`:
        its sentence closes on a question mark, no colon nor *, ma* after the cue; *E crede il senatore
        che…?*, *C'è forse chi ritiene che…?*, *Chi vi parla di autonomia?*): what is asked or
        supposed, nothing said. Verbs of asking (``question_verbs``: *ci domandiamo se…?*) report
        the question, a past tells what was said (*lei ha parlato di crisi: ma…?*), and a
        question about the saying's reason or manner takes it as given (``given_saying_questions``:
        *Perché il sindaco dice che…?*)."""
        if not self.context(doc).has_morph or lemma.split()[0] in self.g.question_verbs:
            return False
        if not self.closing_question(doc, end, sent):
            return False  # (nor "ha detto che…, ma chi ci crede?": the writer's own question after the report)
        if any(norm_word(t) in self.g.given_saying_questions for t in doc[sent.start:start]):
            return False  # ("Perché il sindaco dice che…?": the saying is given, its reason asked)
        finite = next((t for t in doc[start:i + 1] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
        if finite is None or "Part" in doc[i].morph.get("VerbForm"):
            return False  # (a compound past, "ha parlato di…?": what was said)
        return "Cnd" in finite.morph.get("Mood") or "Pres" in finite.morph.get("Tense") \
            and bool({"Ind", "Sub"} & set(finite.morph.get("Mood")))

    def _addressed_after(self, doc: Doc, i: int) -> bool:
        """The cue at ``i`` has the one it is said to right after it, past adverbs: *a* (or its
        articled forms) and a word (*chiedo **al sindaco** di…*, *domandiamo **a tutti** che…*)."""
        k = self.skip_adverbs(doc, i + 1, len(doc))
        return k + 1 < len(doc) and norm_word(doc[k]) in self.g.forms("a") and doc[k + 1].is_alpha

    def _first_person_now_before(self, doc: Doc, k: int, sent: Span):
        """The finite verb nearest before ``k`` in the sentence when it is a first person saying
        it now (present, future, conditional, imperative), else None: an infinitive after a
        preposition there is the speaker's own voice (*vorrei insistere nel rilevare che…*,
        *troviamo conforto nel constatare che…*, *siamo concordi nel ritenere che…*), not a report."""
        if not self.context(doc).has_morph:
            return None
        finite = next((t for t in reversed(doc[sent.start:k]) if t.pos_ in ("VERB", "AUX")
                       and "Fin" in t.morph.get("VerbForm")), None)
        if finite is None or "1" not in finite.morph.get("Person") \
                or finite.dep_ == "aux" and "avere" in self.lemmas(finite) and "Part" in finite.head.morph.get("VerbForm"):
            return None  # (avere before a participle, a past: "abbiamo telefonato per chiedergli di…" is told)
        return None if "Past" in finite.morph.get("Tense") or "Imp" in finite.morph.get("Tense") else finite

    def _own_infinitive(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive cue at ``i`` has for subject whoever writes or speaks, saying it now:
        the finite verb before it is a first person of the present, future, conditional or
        imperative with no participle between (*vorrei limitarmi ad osservare che…*, *non ho
        difficoltà a rilevare che…*, *mi rifiuto di credere che…*, *siamo qui per ribadire…*),
        or he asks leave to say it (:meth:`_leave_to_speak`). His own words, like *credo che…*,
        not a report; a compound past stays told (*ho dovuto constatare che…*, *vi ringrazio di
        aver voluto comunicarmi…*)."""
        if self._leave_to_speak(doc, i, sent):
            return True
        finite = self._first_person_now_before(doc, i, sent)
        return finite is not None and not any(t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm")
                                              for t in doc[finite.i + 1:i])

    def _leave_to_speak(self, doc: Doc, k: int, sent: Span) -> bool:
        """A verb of granting leave (``leave_verbs``) just before ``k``, not in a past, with a
        clitic of the first person before it or attached to it (*mi sia consentito di…*,
        *permettetemi di…*, *mi si permetta di…*, *lasciatemi…*): the one who writes asking leave
        to say it himself (*il sindaco mi ha permesso di…*, a past, is told)."""
        mine = self.first_person_clitics
        for t in reversed(doc[max(sent.start, k - 3):k]):
            if not self.lemmas(t) & self.g.leave_verbs:
                continue
            if any(x.dep_ == "aux" and "avere" in self.lemmas(x) for x in t.children) or "Past" in t.morph.get("Tense") \
                    and "Part" not in t.morph.get("VerbForm"):
                return False
            norm = norm_word(t)
            return any(norm.endswith(c) and len(norm) > len(c) + 3 for c in mine) \
                or any(norm_word(x) in mine for x in doc[max(sent.start, t.i - 3):t.i])
        return False

    def requirement(self, doc: Doc, start: int, i: int, end: int, lemma: str, sent: Span) -> bool:
        """A verb of ``requirement_verbs`` in the present passive with *è*/*sono* and no agent
        (*per l'accesso è richiesto un titolo*, *non è richiesto il periodo minimo*): what a
        rule requires, not a request (*è richiesto dai sindacati* has its speaker and stays;
        so does *è stato richiesto*)."""
        if lemma not in self.g.requirement_verbs:
            return False
        auxiliaries = [norm_word(t) for t in doc[start:i] if t.is_alpha and t.pos_ != "ADV"]
        if len(auxiliaries) != 1 or auxiliaries[0] not in self.g.stative_auxiliaries:
            return False
        return not any(self._agent_at(doc, k, sent.end) for k in range(end, min(end + 8, sent.end)))

    def remembered(self, doc: Doc, start: int, end: int, lemma: str, sent: Span) -> bool:
        """A verb of ``memory_verbs`` in the passive, any tense, with no agent *da X* and no
        clause after it (*è ricordato soprattutto per il suo primo film*, *vengono ricordate le
        imprese dei pionieri*), or in the future with one (*quella sera verrà ricordata dai tifosi
        come la peggiore*, *sarà ricordato dai colleghi per la sua pazienza*): what is or will be
        remembered, no one's words (*è stato ricordato dal sindaco* names who spoke, *viene
        ricordato che…* reports; both stay)."""
        if lemma not in self.g.memory_verbs or not self.is_passive(doc, start, end) \
                or self._clause_after(doc, end, sent.end):
            return False
        if any("Fut" in t.morph.get("Tense") for t in doc[start:end]):
            return True
        return not any(self._agent_at(doc, k, sent.end) for k in range(end, min(end + 8, sent.end)))

    def _thereby(self, doc: Doc, i: int, end: int, sent: Span) -> bool:
        """The cue at ``i`` is a gerund with an adverb of ``consequence_adverbs`` right after it
        and no *che*, *come* or colon after that (*…, **rivelando così** un rapporto di odio e
        amore*, *…, **spiegando così** i colori dello stemma*): what the clause before shows or
        accounts for, no words (*spiegando così che…* reports)."""
        tok = doc[i]
        if not ("Ger" in tok.morph.get("VerbForm") or self.g.gerund.search(norm_word(tok))):
            return False
        if end >= sent.end or norm_word(doc[end]) not in self.g.consequence_adverbs:
            return False
        return not self._clause_after(doc, end + 1, sent.end) and not self._opens_quotation(doc, end + 1, sent.end)

    def _named_in_marks(self, doc: Doc, start: int, i: int, end: int, sent: Span) -> bool:
        """The participle of a verb that also names (``naming_participle_verbs``: *detto*), in
        the passive or bare, with words in marks right after it, adverbs aside: *è detto «golfo
        dei poeti»*, *vengono detti «nativi digitali» i ragazzi…*, *(dette appunto «basette»)*:
        what a thing is called; not *ha detto «basta»* (its auxiliary is *avere*)."""
        verb = doc[i]
        if not (self.g.participle.search(norm_word(verb)) or "Part" in verb.morph.get("VerbForm")):
            return False
        if not (start == i or self.is_passive(doc, start, end)):
            return False
        k = self.skip_adverbs(doc, end, sent.end)
        return k < sent.end and doc[k].text in QUOTE_CHARS

    def _unsaid_passive(self, doc: Doc, start: int, i: int, end: int, sent: Span) -> bool:
        """A negated passive with no agent *da X* after it (*non è mai stato chiarito il ruolo
        di…*, *non è stata annunciata alcuna data*): what no one has said (*non è stato smentito
        dal ministro* names who spoke and stays)."""
        k = start - 1  # (back over the rest of the verb group: "non è mai stato chiarito")
        while k >= sent.start and norm_word(doc[k]) not in self.g.negations and (
                self.lemmas(doc[k]) & self.g.auxiliaries or norm_word(doc[k]) in self.g.cue_adverbs or doc[k].pos_ == "ADV"):
            k -= 1
        if not (k >= sent.start and norm_word(doc[k]) in self.g.negations
                or any(norm_word(t) in self.g.negations for t in doc[start:i])) or not self.is_passive(doc, k + 1, end):
            return False
        return not any(self._agent_at(doc, k, sent.end) for k in range(end, min(end + 8, sent.end)))

    def generic_relative(self, doc: Doc, i: int) -> bool:
        """The cue at token ``i`` defines a class of people in a restrictive relative (*che* as
        subject, no comma before it) on a common noun: with a subjunctive (*gli insegnanti che
        abbiano chiesto il trasferimento*, *… che siano stati trasferiti e chiedano di tornare*)
        or in the present with a modal of ``deontic_modals`` in the main clause (*L'insegnante
        che chiede il passaggio deve documentare…*): whoever does so, not a report (*i
        manifestanti che chiedono le dimissioni* stays)."""
        if not self.context(doc).has_dep:
            return False
        tok = doc[i]
        verb = tok.head if tok.dep_ == "conj" else tok
        noun = verb.head
        opener = verb.left_edge.i  # (the relative word: a comma before it sets the clause off)
        # (a clause opened by *come* is no relative, whatever the parse hangs it on: "Le scuole,
        # come ha spiegato X, resteranno chiuse")
        first = opener + 1 if doc[opener].text == "," and opener + 1 < len(doc) else opener
        set_off = opener > 0 and doc[opener - 1].text == "," or norm_word(doc[first]) == "come"
        if verb.dep_ == "acl:relcl" and opener > 0 and not set_off:
            # any restrictive relative: in the subjunctive, or in the subject of a duty, a
            # permission or a future (*il docente che chiede il passaggio dovrà documentarlo*)
            if any("Sub" in t.morph.get("Mood") and not self.present_indicative_form(t) for t in self._verb_group(verb)):
                return True  # (not "un comunicato che denuncia…": an indicative the tagger took for a subjunctive)
            if noun.dep_ in ("nsubj", "nsubj:pass") and (self._pending(noun.head) or self._future(noun.head)):
                return True
        rel = next((c for c in verb.children if norm_word(c) == "che" and c.dep_.startswith("nsubj")), None)
        if not verb.dep_.startswith("acl") or rel is None or rel.i == 0 or doc[rel.i - 1].text == "," \
                or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i >= rel.i:
            return False
        if self._subjunctive(tok) and not self.present_indicative_form(tok) or self.subjunctive_form(tok) \
                or any(self._subjunctive(c) for c in tok.children if c.dep_.startswith("aux")):
            return True
        # (the main verb or, when the parse hangs the subject elsewhere, the sentence's root)
        return noun.dep_.startswith("nsubj") and "Pres" in tok.morph.get("Tense") and any(
            c.dep_ == "aux" and self.lemmas(c) & self.g.deontic_modals for v in (noun.head, tok.sent.root)
            for c in v.children)

    def pronoun_relative(self, doc: Doc, i: int, sent: Span) -> bool:
        """The cue at token ``i`` is the verb of a relative on a pronoun of a thing
        (``relative_thing_pronouns``), *che* right after it: *ciò che ho detto* (what was said is the
        pronoun, before the verb), *quello che credevamo di fare*, *ciò che ritiene di dover dire*;
        the words after the verb are the sentence's, not what was said. Not with *che* after the
        verb (*quello che aveva detto che…*, the one who said so), nor a verb of a predicate
        (``predicate_only_verbs``) or marks after it (*quello che X ha definito un «bengodi»*),
        nor a cleft (*è per questo che è stato sospettato*)."""
        if not self.context(doc).has_dep:
            return False
        verb = doc[i]
        noun = verb.head
        if verb.dep_ != "acl:relcl" or noun.i >= i or noun.pos_ != "PRON" or norm_word(noun) not in self.g.relative_thing_pronouns \
                or noun.i + 1 >= i or norm_word(doc[noun.i + 1]) != "che" or self.lemmas(verb) & self.g.predicate_only_verbs:
            return False  # (*quello che X ha definito un «bengodi»*: the predicate after the verb is what was said)
        after = doc[i + 1:min(i + 4, sent.end)]
        return not (after and norm_word(after[0]) == "che" or any(t.text in QUOTE_CHARS for t in after))

    def indicative_form(self, tok) -> bool:
        """A finite verb as the tagger reads it, or a word it took for an adjective that is a
        third person indicative of its verb lemma by its ending (``third_person_indicatives``:
        *che le tasse **aumenteranno***, *che il Comune **sgombera***)."""
        return self.is_finite(tok) or tok.pos_ == "ADJ" and tok.is_lower \
            and inflected(norm_word(tok), self.lemmas(tok), self.g.third_person_indicatives)

    def present_indicative_form(self, tok) -> bool:
        """A present indicative by its ending, one no subjunctive has (*denuncia*, *chiamano* of
        a verb in *-are*), whatever the tagger says."""
        return inflected(norm_word(tok), self.lemmas(tok), self.g.present_indicatives)

    def subjunctive_form(self, tok) -> bool:
        """A present subjunctive by its ending, one no indicative has (*chiedano* of *chiedere*,
        *parlino* of *parlare*), whatever the tagger says."""
        return inflected(norm_word(tok), self.lemmas(tok), self.g.present_subjunctives)

    def unsaid(self, doc: Doc, cue: Cue, cues: list[Cue] = ()) -> bool:
        """Speech that has not happened: a rule, a permission or a plan, not a report. The cue's
        verb under a present or future modal of duty or permission (*l'insegnante **può chiedere**
        il trasferimento*; not *ha dovuto ammettere*), opened by a hypothesis (*qualora chiedano il
        trasferimento*) or by *quando*/*se* with a future (*quando il capo chiederà la relazione*);
        a gerund hanging on such a verb or on a future (*trasmetterà il ricorso, **precisando** la
        data*), or on its object as the parse may hang it (*può comprovare la residenza
        **precisando** la data*), or on a present with the impersonal *si* (*si considerano i
        posti, **escludendo** quelli…*); restrictive relatives are :meth:`generic_relative`'s. A future that is someone's words (``cues``: *secondo X, il governo
        durerà, affermando poi…*) is his forecast: the gerund is his speech."""
        if cue.complement == "source" or not self.context(doc).has_dep:
            return False
        verb = self.main_verb(doc, cue)  # (*può **chiedere***, *verranno **evidenziate***)
        if self._pending(verb) or self._hypothetical(verb) or self._exhortation(verb):
            return True
        if self._future_act(cue, verb) or self._future_of_each(verb) or self._either_party(verb):
            return True
        if self._denied_by_anyone(verb, cue.lemma):
            return True
        if cue.gerund and verb.dep_ in ("advcl", "acl") and verb.head.i < verb.i:
            head = verb.head
            while head.pos_ in ("NOUN", "PROPN", "PRON") and head.head.i != head.i:
                head = head.head  # (hung on the verb's object: "può comprovare la residenza precisando…")
            reported = any(c is not cue and c.content_start <= head.idx < c.region_end for c in cues)
            return not reported and (self._pending(head) or self._future(head) or self._impersonal_rule(head))
        return False

    def _denied_by_anyone(self, verb, lemma: str) -> bool:
        """A verb of saying in the present, indicative or subjunctive, with the impersonal *si*
        and the negation before it (*non si pretende che…*, *non si chiede che di lavorare*,
        *non si dica che…*): what no one says, the writer's denial, not a report. Not a past
        (*non si è detto che…* tells what was left unsaid), not a reflexive with its subject (*il
        sindaco non si considera colpevole*: his stance) and not a verb whose denial asserts
        (``assertive_denial_verbs``: *non si escludono altre ipotesi* reports a possibility)."""
        if lemma.split()[0] in self.g.assertive_denial_verbs or not self._impersonal_si(verb) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            return False
        group = self._verb_group(verb)
        finite = [t for t in group if "Fin" in t.morph.get("VerbForm")]
        if not finite or not all("Pres" in t.morph.get("Tense") for t in finite) or len(group) > 1:
            return False
        return any(norm_word(c) in self.g.negations and c.i < verb.i for c in verb.children)

    def _impersonal_rule(self, verb) -> bool:
        """The verb is a present indicative with the impersonal or passive *si* before it (*si
        considerano i posti comuni, escludendo quelli…*): what a rule provides, no one's act
        (*si è scusato, spiegando che…*, a reflexive past, is told)."""
        return "Fin" in verb.morph.get("VerbForm") and self._present(verb) and self._impersonal_si(verb)

    def _impersonal_si(self, verb) -> bool:
        """An impersonal or passive *si* (``impersonal_pronouns``) the parse hangs on the verb,
        before it (*si **considerano**…*, *se si **pensa**…*, *non si **dica**…*)."""
        return any(c.dep_.startswith("expl") and c.i < verb.i and norm_word(c) in self.g.impersonal_pronouns
                   for c in verb.children)

    def _future_act(self, cue: Cue, verb) -> bool:
        """An agentless passive in the future whose noun phrase is what it is about (*con
        allegato a parte **verranno evidenziate** le variazioni dell'elenco*, *saranno comunicati
        i posti disponibili*): what an act or a rule provides will be done, no one's words; with
        its agent (*sarà annunciata dal ministro*) or a clause (*verrà chiesto di esaminare…*,
        *sarà spiegato che…*) it stays."""
        return cue.complement == "passive" and cue.speaker_np is None and self._future(verb)

    def _future_of_each(self, verb) -> bool:
        """A future whose subject is each one of a class, a ``distributive_determiners`` word
        before its noun (*ciascun provveditore comunicherà il totale dei posti*): what a rule has
        each one do, nothing said yet (*il provveditore comunicherà…*, one named, stays)."""
        return self._future(verb) and any(
            norm_word(d) in self.g.distributive_determiners for s in self.verb_subjects(verb)
            for d in s.children if d.dep_ == "det")

    def _either_party(self, verb) -> bool:
        """A simple present whose subjects are alternatives, joined by an
        ``alternative_conjunctions`` word (*il notaio **o** il legale della parte chiedono al
        giudice di…*): whichever party a rule lets act, nothing said (*il sindaco e l'assessore
        chiedono…*, *il sindaco o l'assessore hanno chiesto…* stay)."""
        if not ("Fin" in verb.morph.get("VerbForm") and self._present(verb)):
            return False
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]  # (the parse may give both)
        nouns = subjects + [c for s in subjects for c in s.children if c.dep_ == "conj"]
        doc = verb.doc
        # (the word before the conjunction is another subject or its modifier: not *in tutti o
        # quasi tutti i settori*, a parse that makes *settori* a subject)
        return any(norm_word(cc) in self.g.alternative_conjunctions and cc.i > 0 and any(
            m is not n and (doc[cc.i - 1] == m or doc[cc.i - 1].head == m and doc[cc.i - 1].dep_ != "conj") for m in nouns)
            for n in nouns for cc in n.children if cc.dep_ == "cc")

    @staticmethod
    def _verb_group(verb) -> list:
        """The verb with its auxiliaries and modals (*abbiano chiesto*, *può chiedere*)."""
        return [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i < verb.i]

    def _pending(self, verb) -> bool:
        """A modal of duty or permission in the present or future indicative governs the verb
        (*può chiedere*, *dovranno comunicare*; not *ha dovuto*, *poteva*, *potrebbe*)."""
        return any(self.lemmas(t) & self.g.deontic_modals and "Fin" in t.morph.get("VerbForm")
                   and "Ind" in t.morph.get("Mood") and {"Pres", "Fut"} & set(t.morph.get("Tense"))
                   for t in self._verb_group(verb)[1:])

    @staticmethod
    def _future(verb) -> bool:
        """The verb or its auxiliary is a future (*trasmetterà*, *saranno riportate*)."""
        return any("Fut" in t.morph.get("Tense") for t in VoiceRules._verb_group(verb))

    def _hypothetical(self, verb) -> bool:
        """The verb's clause opens with a hypothesis (*qualora chiedano*), with *quando*/*se*
        and a future (*quando il capo chiederà*), or with *se* and a generic subject, the
        impersonal *si* or a second person with no subject of its own, or a simple present under a
        present, the condition of a rule (*il terzo è obbligato, se il creditore non dichiara di
        liberarlo*): a generic supposition
        (``impersonal_hypothesis_openers``: *se si pensa che…*, *se si negasse che…*, *se credi
        che…*), not when an adverb before *se* makes it concessive (``concessive_adverbs``:
        *anche se non si escludono altre ipotesi* is a report); or with *se* and an imperfect or
        pluperfect subjunctive (``counterfactual_openers``: *se la Camera avesse dichiarato
        che…*, *se il sindaco dicesse che…*), what would have been said."""
        marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
        words = {norm_word(c) for c in marks}
        if words & self.g.hypothetical_conjunctions or words & self.g.future_openers and self._future(verb):
            return True
        if words & self.g.counterfactual_openers and self._past_subjunctive(verb):
            return True  # "se la Camera avesse dichiarato che…": what would have been said
        generic = self._impersonal_si(verb) \
            or "2" in verb.morph.get("Person") and not any(c.dep_.startswith("nsubj") for c in verb.children) \
            or verb.dep_ == "advcl" and self._present(verb) and self._present(verb.head)
        return generic and any(norm_word(m) in self.g.impersonal_hypothesis_openers
                               and not (m.i > 0 and norm_word(m.doc[m.i - 1]) in self.g.concessive_adverbs)
                               for m in marks)

    @staticmethod
    def _past_subjunctive(verb) -> bool:
        """The verb or its auxiliary is an imperfect subjunctive, alone or in the pluperfect
        (*dicesse*, *avesse dichiarato*, *venisse contestata*): with *se*, a counterfactual."""
        return any("Sub" in t.morph.get("Mood") and "Imp" in t.morph.get("Tense") for t in VoiceRules._verb_group(verb))

    @staticmethod
    def _present(verb) -> bool:
        """The verb's group is in the present indicative, with no auxiliary of a past (*dichiara*,
        *è obbligato*; not *ha dichiarato*)."""
        group = VoiceRules._verb_group(verb)
        finite = [t for t in group if "Fin" in t.morph.get("VerbForm")]
        return bool(finite) and all("Pres" in t.morph.get("Tense") and "Ind" in t.morph.get("Mood") for t in finite) \
            and not any(t.dep_ == "aux" and "Part" in verb.morph.get("VerbForm") for t in group[1:])

    def _exhortation(self, verb) -> bool:
        """Words asked for, not said: the verb is a plural imperative with its ending
        (``plural_imperative_endings``: *dite pure che…*, *ricordate che…*; a singular one is
        mostly the tagger's misreading of a third person, *X condanna l'attacco*, and one with
        another ending a past, *disse che…*) or, in a main clause, a present subjunctive with the impersonal
        *si* and no subject, the hortative (*non si dica che…*, *si dica allora che…*; not
        *propone che si dichiari…*, a clause under another verb, nor a reflexive the tagger
        reads as a subjunctive: *il pilota si professa innocente*)."""
        mood = verb.morph.get("Mood")
        if "Imp" in mood and "Plur" in verb.morph.get("Number"):
            return norm_word(verb).endswith(tuple(self.g.plural_imperative_endings))
        subjunctive = "Sub" in mood or self._subjunctive_by_ending(verb)
        return subjunctive and "Pres" in verb.morph.get("Tense") and verb.dep_ in ("ROOT", "parataxis") \
            and not any(c.dep_ == "mark" or c.dep_.startswith("nsubj") for c in verb.children) \
            and self._impersonal_si(verb)

    def _subjunctive_by_ending(self, verb) -> bool:
        """A finite present whose ending is the present subjunctive's for its infinitive (the
        grammar's ``subjunctive_endings``): *si **pensi** ad esempio a…*, *si **avverta** che…*,
        which the tagger reads as a second person or an indicative; with the impersonal *si*
        (which :meth:`_exhortation` asks for) no second person can stand, and the indicative's
        ending is another (*si pensa*, *si avverte*)."""
        if "Fin" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
            return False
        form = norm_word(verb)
        return any(lemma.endswith(infinitive) and form.endswith(ending) and form != lemma
                   for lemma in self.lemmas(verb) for infinitive, ending in self.g.subjunctive_endings.items())

    def verb_subjects(self, token) -> list:
        """The subjects the parse gives the verb ``token`` (:func:`parsed_subjects`), less those
        before the opening comma of an aside (:meth:`aside_comma`): in *L'accordo, ha spiegato il
        ministro, sarà firmato* the parse may make *accordo* the subject of *spiegato*; it is the
        subject of the clause around the aside."""
        subjects = parsed_subjects(token, self.g.relatives)
        if not subjects:
            return subjects
        doc = token.doc
        sent = self.context(doc).sent(token.i)
        start = self.aux_start(doc, token.i, sent.start)
        if self.aside_comma(doc, start, token.i + 1, sent) is not None:
            return [subj for subj in subjects if subj.i > token.i]
        return subjects

    def _no_order(self, doc: Doc, token, start: int, i: int) -> bool:
        """A verb of ordering (``order_verbs``) that reports no one's order: a passive (*è stata
        vietata la veglia*, *erano stati incaricati di indagare*), or a subject the parse gives it
        (through *che* to a relative's antecedent) that is a rule or nothing (``not_sources``,
        ``nothing_words``: *la legge cinese impone che…*, *la direttiva che impone…*, *nulla vieta
        che…*); *l'esercito impone ai civili di restare in casa* is the army's order."""
        if any(self.lemmas(t) & self.g.agreeing_auxiliaries for t in doc[start:i]) \
                or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in token.children):
            return True
        subjects = self.verb_subjects(token)  # ("la direttiva che impone…": the antecedent)
        return bool(subjects) and bool(self.word_forms(subjects[0]) & (self.not_sources | self.g.nothing_words))

    def _voiceless_subjects(self, token) -> bool:
        """The subjects the parse gives the verb (through *che* to a relative's antecedent) are
        texts no one speaks through: a rule, a law or a contract (``rule_texts``: *il
        **contratto** dice che…*, *la **norma** afferma che…*, *il **codice** della strada dice
        che…*; a numbered part of one, *l'**articolo 3** della Costituzione afferma che…*) or a
        saying, a sign or a book of reference (``saying_words``: *come dice il **proverbio**, …*,
        *come spiega il **manuale**, …*), before the verb or after it;
        lower-case common nouns with no one in them, no name of a person or a body, no title, group
        or document (*l'Ordine dei medici ha detto che…* is a body; *un cartello dei
        **contestatori** recitava «…»* is the protesters' words, *lo statuto del **partito**
        afferma che…* the party's)."""
        if not self.context(token.doc).has_dep:
            return False  # (without a parse a token's children are undefined)
        subjects = self.verb_subjects(token)  # ("il regolamento, che stabilisce…": the antecedent)
        if not subjects and token.dep_ == "amod" and token.head.i < token.i and token.head.pos_ == "NOUN":
            subjects = [token.head]  # ("il testo dell'accordo precisa che…": the verb read as its adjective)
        texts = self.g.rule_texts | self.g.saying_words
        voiced = self.voiced_nouns | self.g.person_nouns | self.g.kin_nouns

        def owned(subj) -> bool:
            # (an antecedent's subtree holds its relative clause: only the words before the verb)
            words = [t for t in subj.subtree if t.i != subj.i and (t.i < token.i or subj.i > token.i)]
            return any(t.ent_type_ in ("PER", "ORG") or t.pos_ in ("NOUN", "PROPN") and self.word_forms(t) & voiced
                       for t in words)

        def text(subj) -> bool:
            # (or a numbered part of a rule: "l'articolo 3 della Costituzione afferma che…")
            numbered = subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].like_num
            return bool(self.word_forms(subj) & (texts | (self.not_sources if numbered else frozenset())))

        return bool(subjects) and all(
            subj.pos_ == "NOUN" and subj.is_lower and text(subj) and not owned(subj) for subj in subjects)

    def _means(self, doc: Doc, start: int, i: int) -> bool:
        """The infinitive at ``i`` and the modal before it (adverbs between skipped) mean "to
        mean" (``meaning_idioms``: *ciò non **vuol dire** che…*, *questo **voleva** proprio
        **dire** che…*)."""
        k = i - 1
        while k > start and norm_word(doc[k]) in self.g.cue_adverbs | self.g.negations:
            k -= 1
        return k >= start and f"{norm_word(doc[k])} {norm_word(doc[i])}" in self.g.meaning_idioms

    def _needless(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive at ``i`` follows a word of no need (``needless_words``) or of the
        occasion or duty of speaking (``occasion_words``), directly or through *di* (*non c'è
        bisogno di **dire** che…*, *inutile **ricordare** che…*, *sarà il caso di **ricordare**
        che…*, *si tratta di **aggiungere** che…*), or a word of a reason through *per*
        (``reason_words``: *non vi è ragione per **ritenere** che…*): the writer's rhetoric or a
        duty, no words reported."""
        k = i - 1
        if k > sent.start and norm_word(doc[k]) in self.g.forms("per"):
            return norm_word(doc[k - 1]) in self.g.reason_words
        if k > sent.start and norm_word(doc[k]) in self.g.forms("di"):
            k -= 1
        return k >= sent.start and norm_word(doc[k]) in self.g.needless_words | self.g.occasion_words

    @staticmethod
    def _right_after_marks(doc: Doc, start: int) -> bool:
        """Only a comma or a dash between a closing quote mark and token ``start`` (*«Siamo
        pronti», **raccontano** i residenti, stanchi…*): the verb attributes the quotation, a
        report whatever subject the parse gives it (here *stanchi*), never a likeness."""
        k = start - 1
        while k >= 0 and (doc[k].text == "," or doc[k].text in DASHES):
            k -= 1
        return k >= 0 and k < start - 1 and doc[k].text in QUOTE_CHARS

    def _things_as_subjects(self, token, inherited: bool = False) -> bool:
        """The subject the parse gives the verb (through *che* to a relative's antecedent) is a
        thing: a pointer to a fact (``fact_pronouns``: ***ciò** dimostra che…*) or a common noun
        that is no title, group, medium or document and holds no name of a person or a body
        (***le misurazioni** indicano che…*, ***la morte** del turista conferma che…*); not
        *il rapporto della Fao indica che…*, *il medico legale conferma che…*. ``inherited``: with
        no subject of its own, a finite verb coordinated to another takes that one's (*la crisi
        frena i consumi e **impone** di…*) and a relative opened by *che* its antecedent even when
        the parse reads *che* as a conjunction (*un compito che **esige**…*); a time read as the
        subject (*il fine settimana scorso ha minacciato…*) leaves the subject unknown."""
        if not self.context(token.doc).has_dep:
            return False  # (without a parse a token's children are undefined)
        subjects = self.verb_subjects(token)  # ("testimonianze che indicano che…": the antecedent)
        if inherited and not subjects:
            # a subject the verb shares (for verbs that want one of their own: ordering, threatening, requiring)
            if token.dep_ == "conj" and token.head.i < token.i and ("Fin" in token.morph.get("VerbForm") or token.pos_ == "NOUN"):
                subjects = parsed_subjects(self._first_conjunct(token), self.g.relatives)  # ("la crisi frena i consumi e impone di…": the first verb's)
            elif token.dep_ == "acl:relcl" and token.head.i < token.i and any(
                    norm_word(c) == "che" and c.i < token.i and c.dep_ in ("mark", "nsubj") for c in token.children):
                subjects = [token.head]  # ("un compito che esige…", che read as a conjunction: the antecedent)
            elif token.dep_ == "amod" and token.head.i < token.i and token.head.pos_ == "NOUN":
                subjects = [token.head]  # ("l'alluvione minaccia di…", the verb read as the noun's adjective)
            elif "Ger" in token.morph.get("VerbForm") and token.dep_ in ("advcl", "conj", "xcomp") \
                    and token.head.i < token.i and token.head.pos_ in ("VERB", "AUX"):
                subjects = parsed_subjects(token.head, self.g.relatives)  # ("il gioco si svolge…, evidenziando…": the clause's)
        if inherited and any(self.word_forms(subj) & self.g.time_words for subj in subjects):
            return False  # ("il fine settimana scorso ha minacciato di…": a time read as the subject)
        return bool(subjects) and all(self._thing(subj) for subj in subjects)

    @staticmethod
    def _first_conjunct(token):
        """The clause a verb coordinated by *e* hangs on, for its subject. A present the tagger
        reads as a noun (*e **minaccia** di…*, a cue only as a verb's twin) is finite too, and
        the parse may hang it on the first clause's object or complement (*la stretta ha ridotto
        gli **investimenti** e minaccia di…*): that clause's verb, whose subject it shares; not
        on a predicate noun, which has the subject itself (*l'epidemia è in continua
        **crescita** e minaccia di…*)."""
        head = token.head
        if token.pos_ == "NOUN" and head.pos_ == "NOUN" and head.dep_ in ("obj", "obl") and head.head.i < head.i:
            return head.head
        return head

    def _restoring_phrase(self, token, end: int, sent_end: int) -> bool:
        """Right after the cue (adverbs skipped) *a* or *in*, bare or with an article, and a noun of
        ``restoring_nouns`` (*riportò **alla luce** le mura*, *riportato **in vita***), or the
        same phrase after the verb's object (*riportò le mura alla luce*)."""
        doc = token.doc
        to = self.g.forms("a") | self.g.forms("in")
        j = self.skip_adverbs(doc, end, sent_end)
        if j < sent_end and norm_word(doc[j]) in to:
            k = j + 1
            if k < sent_end and norm_word(doc[k]) in self.g.articles:
                k += 1
            if k < sent_end and self.word_forms(doc[k]) & self.g.restoring_nouns:
                return True
        return self.context(doc).has_dep and any(
            c.dep_ == "obl" and self.word_forms(c) & self.g.restoring_nouns and any(norm_word(x) in to for x in c.children if x.dep_ == "case")
            for c in token.children)

    def _abstract_subjects(self, token) -> bool:
        """Every subject the parse gives the verb is a thing (:meth:`_things_as_subjects`) that is
        a fact pronoun or an abstract noun (``abstract_suffixes`` on its lemma: ***la
        collocazione** del paese spiega come…*, ***le circostanze** spiegano…*); not a noun that
        may name a person the word lists miss (*l'articolista*, *il vicino*)."""
        if not self._things_as_subjects(token):
            return False
        return all(subj.pos_ == "PRON" or any(f.endswith(self.g.abstract_suffixes) for f in self.lemmas(subj))
                   for subj in self.verb_subjects(token))

    def _mute_subjects(self, token) -> bool:
        """A subject the parse gives the verb before it (through *che* to a relative's antecedent)
        is an abstraction, an event or a fact in lower case (``mute_nouns``: *l'**esigenza** di
        frenare i prezzi impone di…*, *la **visita** del presidente Leone conferma la solidità
        di…*, *i recenti **avvenimenti** sottolineano l'urgenza di…*; not *il Fatto Quotidiano*),
        even with a name in it, and the others are things (:meth:`_thing`): a cause or a sign, no
        one's words, whatever the verb of saying; not a document, a study or a figure (*lo studio
        afferma che…*, *i dati dicono che…*)."""
        if not self.context(token.doc).has_dep:
            return False  # (without a parse a token's children are undefined)
        subjects = self.verb_subjects(token)
        # (with a subject before the verb, a second one after it is its object misread: "la visita
        # conferma la solidità dell'amicizia fra Italia e…")
        subjects = [subj for subj in subjects if subj.i < token.i] or subjects
        mute = [subj for subj in subjects if subj.pos_ == "NOUN" and subj.is_lower and self.word_forms(subj) & self.g.mute_nouns]
        return bool(mute) and all(subj in mute or self._thing(subj) for subj in subjects)

    def _thing(self, subj) -> bool:
        """One subject of :meth:`_things_as_subjects`: a fact pronoun, or a common noun that names no
        one (neither a person, *la donna*, *lo zio*, nor a body, *la banda*, *l'accademia*, nor
        rumours, *indiscrezioni rivelano che…*, which someone spread)."""
        if subj.pos_ == "PRON":
            return norm_word(subj) in self.g.fact_pronouns
        phrase = self._own_phrase(subj)
        if subj.pos_ != "NOUN" or any(t.ent_type_ in ("PER", "ORG") for t in phrase):
            return False
        # (the nouns up to the head, for a head the parse misplaced: "l'orchestra cittadina",
        # read as headed by "cittadina")
        words = frozenset().union(*(self.word_forms(t) for t in phrase if t.i <= subj.i and t.pos_ == "NOUN"))
        people = self.g.person_nouns | self.g.kin_nouns | self.g.body_nouns | self.g.ensemble_nouns
        if self.opens_with_synonym(phrase):
            return False  # a title in other words: "la prima cittadina", "il capo del governo"
        return not words & (self.voiced_nouns | people | self.g.rumour_nouns)

    def _object_after(self, token, start: int, end: int, sent) -> bool:
        """The verb, of the third person and told to no one (not *confermano **al giornalista**…*),
        has its object after it (``obj``: *attestano **tre modi***), no colon nor quote mark
        between (not *ha spiegato: «…»*, the quotation read as the object), and no dash right
        before the cue nor a quotation with its comma (not an aside: *«…» - spiega X - «…»*,
        *«…», spiega X*)."""
        doc = token.doc
        if start > sent.start and doc[start - 1].text in DASHES or self._right_after_marks(doc, start) \
                or token.morph.get("Person") in (["1"], ["2"]):
            return False
        to = self.g.forms("a")
        if any(c.dep_ in ("obl", "iobj") and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "LOC"
               and any(norm_word(x) in to for x in c.children if x.dep_ == "case") for c in token.children):
            return False  # told to someone: "gli eredi confermano al giornalista la volontà di vendere"
        return any(c.dep_ == "obj" and c.i >= end and not any(
            t.text == ":" or t.text in QUOTE_CHARS for t in doc[end:c.i]) for c in token.children)

    def _opens_quotation(self, doc: Doc, end: int, sent_end: int) -> bool:
        """A colon or a quote mark right after the cue, adverbs skipped (*l'università ha
        spiegato: «…»*): the cue introduces words, whatever the parse reads as its subject."""
        j = self.skip_adverbs(doc, end, sent_end)
        return j < sent_end and (doc[j].text == ":" or doc[j].text in QUOTE_CHARS)

    @staticmethod
    def _own_phrase(subj):
        """The subject's own words: its subtree without its relative clauses (*il genere **che
        racconta la vita di Gesù***: the clause may be the cue's own, with its content); a
        participle's agent stays (*i dati **pubblicati dall'Istat** indicano che…*: its report)."""
        skip = set()
        for c in subj.children:
            if c.dep_ == "acl:relcl":
                skip.update(t.i for t in c.subtree)
        return [t for t in subj.subtree if t.i not in skip]

    def _going_on_with(self, doc: Doc, j: int, end: int) -> bool:
        """After a verb of going on, *in* (or its contracted forms) opens what is gone on with,
        adverbs skipped: *i teorici hanno proseguito **nei** tentativi di…*, *continua ancora
        **nella** sua opera* (not *prosegue il comunicato*, *ha proseguito dicendo*)."""
        j = self.skip_adverbs(doc, j, end)
        return j < end and norm_word(doc[j]) in self.g.forms("in")

    def _sense_complement(self, doc: Doc, j: int, end: int, nouns: frozenset[str]) -> bool:
        """The first noun after the verb, within a few words and with a preposition before it,
        is one of ``nouns`` (``sense_complements``): *risponde oggi più che mai **alle
        esigenze** di…*, *rispondeva a quell'**esigenza***, *insistiamo **nel tentativo** di…*
        (not *ha risposto che…*, *risponde: «…»*, *ha risposto alle domande*)."""
        preposition = False
        for tok in doc[j:min(j + 8, end)]:
            if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.text in QUOTE_CHARS or tok.text == ":":
                return False
            if tok.pos_ in ("NOUN", "PROPN"):
                return preposition and bool(self.word_forms(tok) & nouns)
            preposition = preposition or norm_word(tok) in self.g.prepositions  # ("all’" may be read as an adjective)
        return False

    def _told_story(self, doc: Doc, end: int, sent) -> bool:
        """A verb of telling (``telling_verbs``) whose object right after it (adverbs, articles
        and adjectives skipped) is a story, a tale or a joke (``story_nouns``): *ha raccontato un
        aneddoto*, *raccontando barzellette*, *racconta la storia di…*; something told to amuse
        or a plot, not words reported (not *ha raccontato che…*, *di aver visto…*, nor *ha
        raccontato la sua esperienza*, a person's account)."""
        if self._clause_after(doc, end, sent.end):
            return False
        j = self.skip_adverbs(doc, end, sent.end)
        for tok in doc[j:min(j + 5, sent.end)]:
            if tok.pos_ not in ("ADV", "DET", "ADJ", "NUM"):
                return tok.pos_ == "NOUN" and bool(self.word_forms(tok) & self.g.story_nouns)
        return False

    def verdict(self, doc: Doc, cue: Cue) -> bool:
        """A court's verdict rather than words (*ha condannato un immigrato*, *è stato condannato
        a dieci anni di carcere*, *condannando Rossi per truffa*): a verdict verb whose object is
        a person, or with a sentence (*a* + a number or *ergastolo*, *carcere*…) after it."""
        if cue.verb not in self.g.verdict_verbs:
            return False
        sent = self.context(doc).sent(cue.start)
        after = doc[cue.end:min(cue.end + 8, sent.end)]
        for k, tok in enumerate(after):
            if norm_word(tok) in self.g.forms("a") and k + 1 < len(after) and (
                    after[k + 1].like_num or norm_word(after[k + 1]) in self.g.verdict_words
                    or k + 2 < len(after) and norm_word(after[k + 2]) in self.g.verdict_words):
                return True
        first = after[1] if len(after) > 1 and norm_word(after[0]) in self.g.articles else (after[0] if len(after) else None)
        return first is not None and first.ent_type_ == "PER"
