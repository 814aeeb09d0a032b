"""Speech cues: verbs of saying with what they govern (*che*, *di* + infinitive, an object,
a colon) and source markers (*secondo X*, *a detta di X*, *per X*) with their noun phrase.

The rules are one class, :class:`CueRules`, mixed from one module per question:
:mod:`.voice` (whose voice), :mod:`.nominal` (cues with no verb), :mod:`.colons`,
:mod:`.complements` (what a verb governs), :mod:`.content_ends`, :mod:`.agents` (subjects
the parse misses), :mod:`.sources` (*secondo X*), :mod:`.inverted` (postposed cues and
asides) and :mod:`.interviews`."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..components.lemmatizer import lookup_lemma
from ..quotemarks import QUOTE_CHARS
from .agents import AgentRules
from .base import ASIDE_DASHES, CLOSED_CLASSES, DASHES, Cue, norm_word, inflected, lemma_reports_of, parsed_subjects, second_np
from .colons import ColonCues
from .complements import ComplementRules
from .content_ends import ContentEnds
from .interviews import InterviewRules
from .inverted import InvertedRules
from .nominal import NominalCues
from .sources import SourceRules
from .voice import VoiceRules


class CueRules(VoiceRules, NominalCues, ColonCues, ComplementRules, ContentEnds, AgentRules,
               SourceRules, InvertedRules, InterviewRules):
    """Finding the cues of a Doc and the region of text each one governs."""

    def _modal_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """*di* + an infinitive of a modal of duty or permission (``deontic_modals``) at token
        ``j``: *di poter costruire*, *di dover affrontare*."""
        if not self.di_infinitive(doc, j, end):
            return False
        k = j + 1
        while k < end - 1 and norm_word(doc[k]) in self.g.di_infinitive_fillers:
            k += 1  # (not, clitics: "di non poter restare")
        return bool(self.lemmas(doc[k]) & self.g.deontic_modals)

    def _own_fear(self, doc: Doc, start: int, i: int, end: int, sent: Span) -> bool:
        """A verb of fear (``fear_verbs``) before *di* + an infinitive (*temeva di confessare…*:
        afraid of doing something oneself) or in the first person (*ho temuto la beffa*, *abbiamo
        temuto che…*: the writer's own fear): a feeling, no report; *X teme che…*, *temono
        un'invasione*, *temevano per la bambina* still are."""
        if self.di_infinitive(doc, self.skip_adverbs(doc, end, sent.end), sent.end):
            return True
        # (an auxiliary of the first person, "ho temuto", or a present by its ending, "temiamo":
        # the tagger reads the "teme" of "si teme che…" as a first person too)
        return any("Fin" in t.morph.get("VerbForm") and "1" in t.morph.get("Person")
                   and (t.pos_ == "AUX" or t.pos_ == "VERB" and self.g.first_person_now.search(norm_word(t)))
                   for t in doc[start:i + 1])

    def _left_out(self, doc: Doc, start: int, i: int, end: int, sent: Span) -> bool:
        """A verb of ruling out (``ruling_out_verbs``: *escludere*) with no clause after it
        (*ha escluso che…*, *non ha escluso di…*, *si esclude nel modo più netto che…*) and no
        noun of a possibility, a lead or a plan (``ruled_out_nouns``) among the five words after
        it, nor, in the passive, among the five before it (*non esclude l'ipotesi*, *la presenza
        di fiamme è stata esclusa*), whose subject is no one who could speak: an infinitive, a
        gerund or a passive (*decise di escludere i progetti*, *escludendone altri*, *fu esclusa
        la squadra*) or things as its subjects (*un limite che escluda l'evoluzione*): a thing or
        a person left out, nothing ruled out in words. A finite verb with a person, a body or no
        subject of its own still reports (*il regista non esclude un nuovo film*)."""
        if self._clause_after(doc, end, sent.end):
            return False
        j = self.skip_adverbs(doc, end, sent.end)
        if j < sent.end and norm_word(doc[j]) in self.g.prepositions and any(
                norm_word(t) == "che" for t in doc[j + 1:min(j + 6, sent.end)]
                if not any(x.is_punct for x in doc[j:t.i])):
            return False  # "si esclude nel modo più netto che…": a manner between the verb and its clause
        passive = self.is_passive(doc, start, end)
        window = list(doc[end:min(end + 5, sent.end)])
        if passive:
            window += list(doc[max(sent.start, start - 5):start])
            if any((agent := self._agent_at(doc, k, sent.end)) and not self._thing(doc[agent[0]])
                   for k in range(end, min(end + 8, sent.end))):
                # "fu esclusa dal giudice X l'aggravante…": the one who ruled it out named (not
                # "è stata esclusa dalla gara", "escluso dal torneo": what it was left out of)
                return False
        if any(self.word_forms(t) & self.g.ruled_out_nouns for t in window):
            return False
        token = doc[i]
        if passive or "Fin" not in token.morph.get("VerbForm") and not any(
                "Fin" in t.morph.get("VerbForm") for t in doc[start:i]):
            return True
        if self._things_as_subjects(token, inherited=True):
            return True
        # (a relative the parse did not hang on its antecedent: "un limite invalicabile che escluda…")
        k = start - 1
        while k > sent.start and (norm_word(doc[k]) in self.g.negations or norm_word(doc[k]) in self.g.clitics):
            k -= 1
        if k <= sent.start or norm_word(doc[k]) != "che" or self.verb_subjects(token):
            return False
        k -= 1
        while k > sent.start and doc[k].pos_ == "ADJ":
            k -= 1
        return doc[k].pos_ == "NOUN" and self._thing(doc[k])

    def _object_head_of(self, doc: Doc, verb_item: tuple, k: int) -> bool:
        """Token ``k`` (a noun opening a nominal cue) heads the object right after the finite verb
        cue ``verb_item``, with at most a determiner between (*ha smentito **le voci** di…*); not
        a noun with its own *che*-clause (*hanno lasciato trapelare la notizia che…*), nor after
        a verb with no subject of its own (*Confermate le voci su…*: the rumour is the report)."""
        end = verb_item[1]
        between = doc[end:k]
        return 0 <= k - end <= 2 and all(t.pos_ == "DET" or norm_word(t) in self.g.articles for t in between) \
            and doc[k].dep_ == "obj" and doc[k].head.i == end - 1 and self.is_finite(doc[verb_item[0]]) \
            and bool(parsed_subjects(doc[end - 1], self.g.relatives)) and not (k + 1 < len(doc) and norm_word(doc[k + 1]) == "che")

    def verb_cue(self, doc: Doc, i: int, sent: Span) -> tuple[int, int, str] | None:
        """(start, end, lemma) of a cue whose main verb is token ``i``."""
        token = doc[i]
        if not token.is_alpha or token.is_title and i != sent.start and not token.is_sent_start:
            return None
        opening = self._opening_null_subject(doc, i, sent)
        past_form = self._past_read_as_other(doc, i, sent)
        if token.pos_ in CLOSED_CLASSES and self.gerund_without_clitic(token) is None \
                and self.participle_without_clitic(token) is None and not opening and not past_form:
            # tagged: an article, a preposition, a pronoun… never a cue (and fast); but a gerund
            # or a participle with a clitic the tagger misreads ("scrivendole", "dicendogli",
            # "dettosi") is a verb
            return None
        lemmas = self.lemmas(token)
        if self._urged_verb(doc, i, sent):
            return None  # "un appello al Senato perché approvi la riforma": what is urged, not said
        norm = norm_word(token)
        twins = self.present_twins(norm) & self.single_verbs if token.pos_ in ("NOUN", "ADJ", "ADV", "VERB") else set()
        if past_form or token.pos_ in ("NOUN", "ADJ", "ADV", "VERB", "PROPN") and not lemmas & self.single_verbs and (
                i == sent.start or norm_word(doc[i - 1]) not in self.g.articles | self.g.articulated_prepositions
                and doc[self.back_over_adverbs(doc, i - 1, sent.start)].pos_ not in ("VERB", "AUX")):
            # a past the tagger misreads ("X chiese che…" a noun, "ribatté" a name), not after an
            # article or a verb ("le chiese", "delle difese", "avanzare oggi pretese"); by its form
            # after a preposition or pronoun reading, or a clitic of the one asked ("X criticò
            # l'uso di…", "X gli chiese se…": _past_read_as_other)
            twins = twins | self.past_twins(norm) & self.single_verbs
        if token.pos_ in ("NOUN", "ADJ", "ADV", "VERB", "PROPN") and not lemmas & self.single_verbs:
            # a future or a conditional the lemmatizer leaves alone ("sosterrebbero che…"): only a
            # verb has these endings, so after an article too
            twins = twins | self.future_twins(norm) & self.single_verbs
        opening_twin = token.pos_ in ("PROPN", "NOUN", "ADJ") and i == sent.start and token.is_title \
            and not self.context(doc).ents_in_tokens(i, i + 1) and bool(self.present_twins(norm) & self.single_verbs) \
            and self._verb_first_subject(doc, i, i + 1, i + 1, sent) is not None
        if opening_twin:
            # "Sottolinea il sindaco X che…", "Precisano da Palazzo Chigi che…", "Informa con una nota
            # l'Istituto X: …": a verb opening the sentence, capitalised and so read as a name or a
            # noun, when its subject (or the body it comes from) and che or a colon follow
            twins = self.present_twins(norm) & self.single_verbs
        colon = self.skip_adverbs(doc, i + 1, sent.end)
        if not opening_twin and token.pos_ in ("PROPN", "NOUN", "ADJ") and i == sent.start and token.is_title \
                and colon < sent.end and doc[colon].text == ":" and norm not in self.g.words_nouns:
            # "Spiega: «…»", "Aggiunse poi: …": a present or a past of a speech verb opening the
            # sentence right before a colon (adverbs of a cue between), its subject null (carried
            # from the sentence before); capitalised, the tagger reads it as a name or a noun
            # (not a label naming words: "Domanda: …", "Risposta: …" in an interview)
            twins = (self.present_twins(norm) | self.past_twins(norm)) & self.single_verbs
            opening_twin = bool(twins)
        lemmas = lemmas | twins | opening  # "critica" tagged as the noun, lemma "critico": criticare too
        opening_twin = opening_twin or bool(opening)
        end = i + 1
        lemma = None
        for candidate in lemmas:
            for rest in self.multi_verbs.get(candidate, []):
                k = self._locution_determiners_end(doc, i + 1, rest, sent)
                words = [norm_word(t) for t in doc[k:k + len(rest)]]
                if words == rest or self._adjective_agrees(words, rest):
                    lemma, end = candidate + " " + " ".join(rest), k + len(rest)
        if lemma is None and self.g.participle.search(norm):
            k = self.back_over_adverbs(doc, i - 1, sent.start)
            for phrase in self.g.questioning_passive_verbs:
                # "è stata messa in discussione": a phrase of questioning that is a cue in the passive only
                head, *rest = phrase.split()
                if head in lemmas and [norm_word(t) for t in doc[i + 1:i + 1 + len(rest)]] == rest \
                        and k >= sent.start and self.is_passive(doc, k, i + 1):
                    lemma, end = phrase, i + 1 + len(rest)
        if lemma in self.g.locution_prepositions:
            end = self._locution_preposition_end(doc, end, lemma, sent)
            if end is None:
                return None
        if lemma is None:
            hits = lemmas & self.single_verbs
            if not hits and self._compound_impersonal(doc, i, sent) and self._impersonal_che(doc, i + 1, sent.end):
                hits = lemmas & self.g.impersonal_che_verbs  # "si è appreso che…", "si era pensato che…"
            if not hits and i > sent.start and norm_word(doc[i - 1]) in self.g.reflexive_clitics:
                hits = lemmas & self.g.impersonal_cue_verbs  # "nel comunicato si legge che…"
                if not hits and self._impersonal_che(doc, i + 1, sent.end):
                    hits = lemmas & self.g.impersonal_che_verbs  # "si stima che…"
                if not hits and i + 2 < sent.end and self._bare_a_phrase(doc, i + 1) and "Sub" not in token.morph.get("Mood"):
                    hits = lemmas & self.g.impersonal_a_verbs  # "si pensa a un errore umano" (not "si pensa al futuro")
                if not hits and self._impersonal_object(doc, i + 1, sent.end):
                    hits = lemmas & self.g.impersonal_object_verbs  # "si prevedono nevicate", "si stima un danno"
            if not hits and lemmas & self.g.emerging_verbs and self.words_emerged_from(doc, i, sent) is not None \
                    and self.skip_adverbs(doc, i + 1, sent.end) < sent.end \
                    and norm_word(doc[self.skip_adverbs(doc, i + 1, sent.end)]) == "che":
                hits = lemmas & self.g.emerging_verbs  # "Dal comunicato della Regione emerge che…"
            if not hits and lemmas & self.g.impersonal_passive_verbs and self._impersonal_passive(doc, i, sent):
                hits = lemmas & self.g.impersonal_passive_verbs  # "è stato stabilito che…", "fu deciso che…"
            if not hits and lemmas & self.g.ruling_verbs and self._ruling_body(doc, i, sent):
                hits = lemmas & self.g.ruling_verbs  # "la Corte ha stabilito che…"
            if not hits and lemmas & self.g.charge_only_verbs and self._charge_follows(doc, i, sent.end):
                hits = lemmas & self.g.charge_only_verbs  # "la Procura indaga per omicidio", "indagato dai pm per truffa"
            if not hits and self.bare_opinion(doc, i, sent, lemmas):
                hits = lemmas & self.g.opinion_participle_verbs  # "il PKK, considerato dall'UE un'organizzazione…"
            if not hits and lemmas & self.g.stance_verbs and self.stance_phrase_after(doc, i, sent):
                hits = lemmas & self.g.stance_verbs  # "si è espresso contro la riforma", "scagliandosi contro…"
            if not hits and lemmas & self.g.pledge_verbs and self._pledge(doc, i, sent):
                hits = lemmas & self.g.pledge_verbs  # "si è impegnato a riaprire…", "si era offerta di pagare…"
            if not hits and lemmas & self.g.plan_verbs and self._stated_plan(doc, i, sent):
                hits = lemmas & self.g.plan_verbs  # "il governo prevede di abolire…"
            if not hits and lemmas & self.g.poll_verbs and self._poll_subject(doc, i, sent):
                hits = lemmas & self.g.poll_verbs  # "i sondaggi danno per favorito Rossi"
            estimating = self.g.forecast_verbs | self.g.finding_verbs
            if not hits and token.pos_ in ("NOUN", "ADJ") and self.present_twins(norm) & estimating \
                    and self._stated_estimate(doc, i, sent, present=True):
                hits = self.present_twins(norm) & estimating  # "il pm stima che…" read as the noun
            if not hits and (lemmas | self.present_twins(norm)) & self.g.forecast_verbs \
                    and self.aside_comma(doc, self.aux_start(doc, i, sent.start), i + 1, sent) is not None:
                hits = (lemmas | self.present_twins(norm)) & self.g.forecast_verbs  # "I prezzi, calcola l'Istat, …"
                twins = twins | self.present_twins(norm) & hits  # (a present, though the tagger read a participle)
            if not hits and lemmas & estimating and self._stated_estimate(doc, i, sent):
                hits = lemmas & estimating  # "gli analisti stimano che…", "la società ha accertato che…"
            if not hits and norm in self.g.belief_adjectives and self._held_belief(doc, i, sent):
                hits = {norm}  # "gli inquirenti sono convinti che…"
            if not hits:
                return None
            lemma = sorted(hits)[0]
        stance_phrase = lemma.split()[0] in self.g.stance_verbs and self.stance_phrase_after(doc, i, sent)
        if self.present_participle(norm, lemmas):
            return None  # "gli insegnanti richiedenti l'assegnazione": an adjective, not a cue
        modal = None
        clitic_infinitive = self.infinitive_without_clitic(token)
        if self.g.infinitive.search(norm) and norm in lemmas or clitic_infinitive is not None:
            # an infinitive is a cue only after a modal: "ha voluto sottolineare", "è tornata
            # a minacciare" (not "per ringraziare"); "continuano a professarsi innocenti"; or
            # after a preposition with che: "ad affermare che…"
            modal = self._modal_before(doc, i, sent)
            if modal is None and i - 2 > sent.start and f"{norm_word(doc[i - 2])} {norm_word(doc[i - 1])}" in self.g.infinitive_sequels:
                modal = i  # "…, per poi ribadire come la riforma…": and then said
            if modal is None and i > sent.start and norm_word(doc[i - 1]) in self.g.infinitive_openers \
                    and (self._che_after(doc, i + 1, sent.end) or self._come_after(doc, i + 1, sent.end, lemma)):
                # "ha indotto le autorità ad affermare che…", "per spiegare che…": a che-clause;
                # "oltre a sottolineare come il bilancio sia in ordine": come for che
                modal = i
            if modal is None and i - 1 >= sent.start and norm_word(doc[i - 1]) in self.g.nominal_infinitive_openers \
                    and (self._che_after(doc, i + 1, sent.end) or self._come_after(doc, i + 1, sent.end, lemma)) \
                    and (i - 1 > sent.start or self.fronted_end(doc, i + 2, sent) is not None) \
                    and self._first_person_now_before(doc, i - 1, sent) is None:
                # "sono concordi nell'affermare che…", "ha chiuso col ribadire che…": the infinitive
                # made a noun by an articled preposition after the word it completes, a che-clause
                # after it; opening the sentence, only with the comma where the main clause
                # begins after it ("Nel ribadire che…, il ministro ha…": fronted_end)
                modal = i
            object_after = self._infinitive_object(doc, i, lemma, sent)
            if modal is None and object_after:
                modal = i  # "per sollecitare il Governo…", "a criticare la scelta…": an object it reports
            if modal is None and self._purposed_di_infinitive(doc, i, lemma, sent):
                modal = i  # "ha contattato le ambasciate per chiedere loro di votare…": what was asked
            self_report = lemma in self.g.self_report_verbs and (
                clitic_infinitive is not None and self.attached_reflexive(token)
                or modal is not None and modal < i and modal > sent.start
                and norm_word(doc[modal - 1]) in self.g.reflexive_clitics and self.climbed_reflexive(doc, i, modal))
            topic = modal is not None and self.preposition_content_at(
                doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end, lemma) is not None  # "è tornato a protestare contro…"
            # (a light verb after a modal: "ha voluto lanciare un appello ai giovani perché…";
            # its speech noun is looked for below, as after a finite light verb)
            light = modal is not None and modal < i and (
                lemma in self.need_object or " " in lemma and lemma.split()[-1] in self.light_nouns)  # ("vuole fare appello a…")
            if modal is None or not (self._clause_after(doc, i + 1, sent.end) or self_report or object_after or topic or light):
                return None
            if self._own_infinitive(doc, i, sent):
                return None  # "vorrei limitarmi ad osservare che…", "mi sia consentito di dire che…"
        bare = self.gerund_without_clitic(token)  # "accusandolo", "dicendosi"
        clitic_gerund = bare is not None
        # a participle with its reflexive attached, of a verb that reports what its subject
        # says of itself: "i sindaci, dichiaratisi contrari ai tagli, …" (read like "dicendosi")
        clitic_participle = lemma in self.g.self_report_verbs and self.participle_without_clitic(token) == lemma
        if clitic_participle and not self._person_before_comma(doc, i, sent):
            return None  # ("l'azione dettasi necessaria", "la regione, dichiaratasi indipendente": no one's words)
        if clitic_gerund and norm[len(bare):] in self.g.reflexive_clitics and lemma not in self.g.self_report_verbs \
                and not stance_phrase:
            return None  # "ricordandosi", "riferendosi": remembering, referring, not saying
        if self.context(doc).has_pos and token.pos_ and token.pos_ not in ("VERB", "AUX") and not clitic_gerund \
                and not clitic_participle and modal is None and not opening_twin and not past_form:
            after_clitic = i > sent.start and norm_word(doc[i - 1]) in self.g.reflexive_clitics  # "si suppone"
            # (a participle opening a headline, capitalised and so read as a name or a noun, with
            # its agent after it: "Confermate dal Viminale le elezioni…", "Smentita dal governo…")
            opening_participle = i == sent.start and token.is_title and bool(self.g.participle.search(norm)) \
                and self.bare_agent(doc, i, sent, lemmas)
            # (an adjective: a participle, "dichiarato", or one of belief, "convinti che…", also
            # when tagged as a noun, "pare sia convinta che…")
            # (not an adjective that is a cue only as the twin of a present, its ending a
            # participle's by chance, inside a noun phrase: "una precisa previsione", "la più
            # sollecita assimilazione", "farsi precisa menzione"; precisare's participle is
            # "precisata"; after a comma, a noun or a word of time that closes a noun phrase it
            # may be the verb, "l'opposizione, contesta…", "la nota di ieri precisa che…")
            participle = token.pos_ == "ADJ" and bool(self.g.participle.search(norm)) and (
                bool(self.lemmas(token) & self.single_verbs) or lemma.split()[0] not in self.present_twins(norm)
                or i == sent.start or doc[i - 1].pos_ not in ("DET", "ADV", "ADJ", "CCONJ", "VERB", "AUX", "ADP")
                or self.time_word(doc[i - 1]))
            if not (participle or lemma in self.g.belief_adjectives or self._participle_read_as_noun(doc, i, sent)) \
                    and not after_clitic and not opening_participle \
                    and not self._verb_read_as_noun(doc, i, sent) and not self._imperfect_before_clause(doc, i, sent):
                return None
        if modal is None and i > sent.start and norm_word(doc[i - 1]) in self.g.articles | self.g.prepositions - {"e"} \
                and not (doc[i - 1].pos_ == "PRON" and token.pos_ == "VERB") and not past_form \
                and not (norm_word(doc[i - 1]) in self.g.conjunction_prepositions and self.is_finite(token)):
            # "il detto", "della dichiarazione" (not the clitic of "lo riferisce", nor a finite
            # verb after "come", there a conjunction: "come spiega il ministro, …")
            return None
        if self._adjective_before_relative(doc, i, sent):
            return None  # "una risposta precisa che ha convinto tutti": an adjective, a relative after it
        if self._adjective_before_noun(doc, i, sent):
            return None  # "quale preciso segnale di…", "come nostro preciso dovere": an adjective before its noun
        start = self.aux_start(doc, i, sent.start) if modal is None else modal
        if start > sent.start and norm_word(doc[start - 1]) in self.g.reflexive_clitics and \
                lemma.split()[0] in self.g.reflexive_not_speech and self._reflexive_agrees(doc, start - 1, start):
            return None  # "si sono rivelati troppo elevati": turning out, not revealing
        if lemma.split()[0] in self.g.reflexive_not_speech and (self.g.infinitive.search(norm) or self.g.gerund.search(norm)) \
                and norm.endswith(tuple(self.g.reflexive_only_clitics)):
            # the same reflexive joined to an infinitive or a gerund: "per assicurarsi che i lavori
            # fossero finiti" (making sure), "rivelandosi un successo", "proporsi di…"
            return None
        if lemma.split()[0] in self.g.reflexive_unless_clause and self._reflexive_group(doc, start, i, sent) \
                and not self._clause_after(doc, end, sent.end):
            return None  # "si affermò la scuola classica": establishing itself ("si afferma che…" is said)
        if self.writers_voice(doc, start, end, lemma, sent) or self.requirement(doc, start, i, end, lemma, sent) \
                or self.generic_relative(doc, i) or self.pronoun_relative(doc, i, sent):
            return None  # "Si precisa che…", "è richiesto il relativo titolo": the text's own voice
        if self.remembered(doc, start, end, lemma, sent):
            return None  # "è ricordato per il suo primo film": remembered, no one recalls it aloud
        if self._unsaid_passive(doc, start, i, end, sent) and not self._clause_after(doc, end, sent.end):
            # "non è mai stato chiarito il ruolo di…": nothing said, a fact unknown ("non è escluso
            # che…", a clause, is a hedge reported with no one's name and stays)
            return None
        if self.own_voice(doc, start, i, lemma):
            return None  # "credo che…", "non voglio dire che…", "aggiungerò che…": the speaker's own words now
        if self.asked(doc, start, i, end, lemma, sent):
            return None  # "E crede il senatore che…?", "C'è forse chi ritiene che…?": asked, not said
        is_participle = self.g.participle.search(norm) and norm not in lemmas
        if self.context(doc).has_morph and token.morph.get("VerbForm"):
            is_participle = "Part" in token.morph.get("VerbForm")
        if twins and self.context(doc).has_pos:
            is_participle = False  # a present the tagger read as a participle: "ammette", "imputa"
        if is_participle and start == i and not clitic_gerund and not clitic_participle \
                and not self.bare_charge(doc, i, sent.end, lemmas) \
                and not self.bare_opinion(doc, i, sent, lemmas) and not self.bare_agent(doc, i, sent, lemmas) \
                and not (i > sent.start and norm_word(doc[i - 1]) in self.g.reflexive_clitics) \
                and not self._shares_auxiliary(doc, i, sent) \
                and not (lemma in self.object_verbs and self._agent_after_marks(doc, i + 1, sent.end) is not None):
            # an adjectival participle: "il comunicato diffuso" (not "si professa", a present
            # tense the tagger read as a participle: no participle follows a bare clitic; nor one
            # whose agent follows its marked words: "la legge, definita «…» da X, …")
            return None
        if any(" ".join(norm_word(t) for t in doc[k:end]) in self.g.not_speech_idioms
               for k in range(max(start - 2, sent.start), start)):
            return None  # "non è detto che…": it is not sure; "vale a dire che…": that is; no one said it
        if modal is not None and self._needless(doc, i, sent):
            return None  # "non c'è bisogno di dire che…", "inutile ricordare che…": needless to say, no report
        if self._means(doc, start, i):
            return None  # "ciò vuol dire che…": a consequence drawn, no one's words
        head = lemma.split()[0]
        if head in self.g.going_on_verbs and self._going_on_with(doc, end, sent.end):
            return None  # "hanno proseguito nei tentativi di…": going on with something
        if head in self.g.sense_complements and self._sense_complement(doc, i + 1, sent.end, self.g.sense_complements[head]):
            return None  # "risponde alle esigenze del paese": meeting needs, not answering
        if head in self.g.naming_participle_verbs and self._named_in_marks(doc, start, i, end, sent):
            return None  # "questo tratto è detto «golfo dei poeti»": a name given, no one's words
        if head in self.g.stage_verbs and self._going_on_with(doc, end, sent.end):
            return None  # "ha recitato in due film, «…» e «…»": a role, the marks hold titles
        if head in self.g.clause_only_verbs and not self._clause_after(doc, end, sent.end):
            return None  # "ha indicato la strada": pointing, not saying
        if head in self.g.observing_verbs and (self.g.gerund.search(norm) or self.g.infinitive.search(norm)) \
                and not self._clause_after(doc, end, sent.end):
            return None  # "constatando la gravità della situazione, ha chiuso…": a fact seen, no report
        if head in self.g.self_belief_verbs and self._modal_infinitive(doc, self.skip_adverbs(doc, end, sent.end), sent.end):
            return None  # "credette di poter costruire…": a belief in one's own power or duty, no report
        if head in self.g.fear_verbs and self._own_fear(doc, start, i, end, sent):
            return None  # "temeva di confessare…", "ho temuto che…": a fear felt, no report
        if head in self.g.ruling_out_verbs and self._left_out(doc, start, i, end, sent):
            return None  # "escludendone altri", "un limite che escluda l'evoluzione": left out, not ruled out in words
        if head in self.g.telling_verbs and self._told_story(doc, end, sent):
            return None  # "ha raccontato un aneddoto": a story told, not a report
        # (a subject the verb shares with the clause it hangs on, "l'azione, che aveva firmato…,
        # mise in luce…", "il gioco si svolge…, evidenziando…"; not with a clitic object before
        # the verb, whose noun after is its own subject: "e lo confermano produttori di…")
        shared = not any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < token.i for c in token.children)
        if head in self.g.evidence_verbs and self._clause_after(doc, end, sent.end) \
                and self._things_as_subjects(token, inherited=shared) \
                and not self._opens_quotation(doc, end, sent.end):
            return None  # "le misure indicano che…", "ciò dimostra che…": evidence, no one's words
        if head in self.g.evidence_verbs and self._object_after(token, start, end, sent) \
                and self._things_as_subjects(token, inherited=shared) and not self._agent_noun_subject(token):
            # a thing shows a thing: "i reperti attestano la presenza di…", "la crisi ha messo in
            # luce la debolezza di…", "gli scavi hanno confermato la presenza di…" (not a cue set
            # off by a dash or after a quotation, "- conferma il portavoce -", whose parse is
            # unsure; not a noun of an agent, "gli scopritori hanno suggerito una datazione")
            return None
        if head in self.g.evidence_verbs | self.g.accounting_verbs and self._thereby(doc, i, end, sent):
            return None  # "…, rivelando così un rapporto difficile": what the clause before shows
        if head in self.g.restoring_verbs and self._restoring_phrase(token, end, sent.end):
            return None  # "riportò alla luce le mura", "riporta alla mente l'infanzia": brought back, not reported
        if head in self.g.accounting_verbs and self._abstract_subjects(token) and not self._opens_quotation(doc, end, sent.end) \
                and not (start > sent.start and doc[start - 1].text in DASHES) and not self._right_after_marks(doc, start):
            # "la posizione della valle spiega come…", "ciò spiega perché…": a cause, no one's words
            # (not an aside, "«La presenza - spiega X - è…»", whose parse takes a noun of the
            # quotation for the subject)
            return None
        if head in self.g.likeness_verbs and not self._clause_after(doc, end, sent.end) and self._things_as_subjects(token) \
                and not self._right_after_marks(doc, start):
            return None  # "la sua forma ricorda quella di un uovo": a likeness, no one's words
        if head in self.g.requirement_verbs and self._things_as_subjects(token, inherited=True) \
                and not any(c.dep_ == "aux:pass" for c in token.children):
            return None  # "il nuovo impianto richiede manutenzione": a thing needs it, no one asks
        if head in self.g.order_verbs and (self._no_order(doc, token, start, i) or self._things_as_subjects(token, inherited=True)):
            return None  # "è stata vietata la veglia", "la legge impone che…", "la crisi impone di…": no one's order
        if head in self.g.prospect_verbs and self._things_as_subjects(token, inherited=True) \
                and not self.is_passive(doc, start, i + 1) and not self._agent_noun_subject(token):
            # "la frana minaccia di travolgere il paese", "le ricerche promettono…", "la crisi
            # sconsiglia di…": a risk, a prospect, a counsel of circumstance (not a passive, whose
            # subject is what was promised: "il raddoppio era stato promesso"; not a noun of an
            # agent, "gli specialisti ne consigliano un consumo moderato")
            return None
        if self._voiceless_subjects(token) and not self.is_passive(doc, start, i + 1) \
                and not (start == i and self._agent_after_marks(doc, i + 1, sent.end) is not None):
            # "il contratto dice che…", "come dice il proverbio, …": no one's words (not a passive,
            # whose subject is what was said of: "l'accordo è stato definito «storico» da X")
            return None
        if self._mute_subjects(token) and not self._opens_quotation(doc, end, sent.end) \
                and not (start > sent.start and doc[start - 1].text in DASHES) and not self._right_after_marks(doc, start):
            return None  # "la visita del presidente conferma…", "l'esigenza di… impone di…": a sign or a cause
        if head in self.need_object and not stance_phrase:
            nouns = self.need_object[head]
            # (the noun within four words of the verb, cue adverbs and an emphatic subject
            # pronoun not counted: "ha espresso anche lui il proprio rammarico per…")
            first = self.skip_adverbs(doc, end, sent.end)
            for j in range(end, min(first + 4, sent.end)):
                if doc[j].text in QUOTE_CHARS:
                    return start, end, lemma  # "ha espresso «forte insoddisfazione»": the marks hold the object
                if norm_word(doc[j]) in nouns:
                    if norm_word(doc[j]) in self.g.prepositions and any(
                            norm_word(t) in self.g.venue_nouns or t.pos_ in ("VERB", "AUX")
                            or t.dep_ == "obj" and norm_word(t) not in self.g.time_words for t in doc[max(first, end):j]):
                        # the preposition belongs to a word between: a programme or setting
                        # ("parlando ai microfoni di Sky", "in diretta del Tg1"), another verb
                        # ("quando parla si copre di ridicolo") or the verb's direct object, a
                        # language spoken ("parla uno dei dialetti del Sud", "parla la lingua
                        # dei numeri"; not a day the parse takes for one, "ha parlato lunedì dei
                        # ritardi"), not to the verb of speech
                        continue
                    end = j + 1
                    while end + 1 < sent.end and norm_word(doc[end]) in self.g.and_conjunctions and norm_word(doc[end + 1]) in nouns:
                        end += 2  # "ha espresso preoccupazione e rammarico per…": one stance of two nouns
                    if norm_word(doc[j]) not in self.g.prepositions:  # (not "parlare del…": a preposition, no noun)
                        end = self._noun_adjectives_end(doc, end, sent.end)
                        if end >= sent.end or doc[end].text in ",.;)" or doc[end].pos_ in ("VERB", "AUX"):
                            return None  # "si lanciarono le proposte più inverosimili": the noun's adjectives, nothing said
                        if self._stance_setting(doc, end, sent.end):
                            # "ha espresso la sua preoccupazione a margine del vertice": when and
                            # where, nothing held; what it is about may follow the setting ("…
                            # al termine della riunione per l'accordo raggiunto")
                            about = self._stance_object_after_setting(doc, end, sent.end)
                            if about is None:
                                return None
                            end = about
                            break
                    if norm_word(doc[j]) in self.g.proposition_nouns - self.g.request_nouns - self.g.report_nouns \
                            and norm_word(doc[end]) in self.g.forms("di") and not self.di_infinitive(doc, end, sent.end):
                        return None  # "ha espresso la volontà di tutto il paese": whose will, not what
                    if end < sent.end and norm_word(doc[end]) in self.g.proposition_conjunctions:
                        return None  # "ha espresso soddisfazione e ha lasciato la sala": no content follows
                    if end + 2 < sent.end and norm_word(doc[end]) == "nei" and norm_word(doc[end + 1]) == "confronti" \
                            and norm_word(doc[end + 2]) in self.g.forms("di"):
                        end += 2  # "nei confronti del Capo dello Stato": the target is what follows
                    elif end < sent.end and norm_word(doc[j]) in self.g.request_nouns | self.g.report_nouns \
                            and norm_word(doc[end]) in self.g.forms("di") and not self.di_infinitive(doc, end, sent.end):
                        end += 1  # "ha avanzato l'ipotesi di un guasto": what is asked or supposed follows the "di"
                    elif end < sent.end and norm_word(doc[end]) in self.g.stance_prepositions:
                        k = end + 1
                        while k < sent.end and doc[k].pos_ == "DET":
                            k += 1
                        if k < sent.end and norm_word(doc[k]) in self.g.channel_nouns:
                            # "ha espresso la sua delusione su Twitter", "sui social": where the
                            # stance was voiced; what it is about may follow ("… su Facebook per…")
                            end = k + 1
                            if not (end < sent.end and norm_word(doc[end]) in self.g.stance_prepositions):
                                return None
                        end += 1
                    break
            else:
                return None
        pledge = head in self.g.pledge_verbs and self._pledge(doc, i, sent)
        if head in self.g.pledge_verbs and not pledge and self._things_as_subjects(token, inherited=True):
            return None  # "il bando offre aiuti alle famiglie": a thing provides, no one offers
        said = self.g.said_objects.get(head)
        if said and not pledge and not any(norm_word(doc[j]) in said for j in range(end, min(end + 5, sent.end))):
            return None  # "ha ricostruito il ponte", "ricostruendo sulla base che…": no account named after the verb
        if head in self.g.proposal_verbs and not (self._proposition_after(doc, end, sent.end) or norm_word(doc[end - 1]) in self.g.forms("di")
                                                  or norm_word(doc[end - 2]) in self.g.doubt_nouns and norm_word(doc[end - 1]) in self.g.forms("su")
                                                  or norm_word(doc[end - 1]) in self.g.complaint_nouns and self._against_after(doc, end, sent.end)):
            # "ha avanzato richieste economiche", "ipotesi sul motivo", "ha presentato la relativa
            # richiesta": no proposition put forward (a doubt raised on a thing names what it
            # doubts: "ha sollevato dubbi sulla copertura"; a complaint what it opposes: "ha
            # presentato ricorso al TAR contro l'esito del voto")
            return None
        if lemma in self.g.poll_verbs and self._poll_standing(doc, after := self.skip_adverbs(doc, end, sent.end),
                                                               sent.end):
            end = after + 2  # "danno per favorito": the standing is the cue's
        return start, end, lemma

    def _urged_verb(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is a verb in the subjunctive right after a conjunction of appeal
        (``appeal_conjunctions``; a negation or a clitic between): what an appeal or a purpose
        urges someone to do (*perché **approvi** la riforma*, *affinché non **dichiari**…*), not a
        saying of its own."""
        if "Sub" not in doc[i].morph.get("Mood"):
            return False
        k = i - 1
        while k > sent.start and norm_word(doc[k]) in self.g.negations | self.g.reflexive_clitics:
            k -= 1
        return k >= sent.start and norm_word(doc[k]) in self.g.appeal_conjunctions

    def _locution_determiners_end(self, doc: Doc, k: int, rest: list[str], sent: Span) -> int:
        """Where the words after the verb of a multi-word cue are looked for from token ``k``:
        past the adverbs of a cue between (*mette **subito** in evidenza che…*, *ha fatto **poi**
        sapere che…*) and, for a noun written bare (*dare disponibilità*, *fare richiesta*), past
        the determiners and adjectives the text puts before it (*ha dato **la sua piena**
        disponibilità*, *ha fatto **una** richiesta*); a locution with its own article
        (*prendere le difese*) is matched as written."""
        for j in dict.fromkeys((k, self.skip_adverbs(doc, k, sent.end))):
            if j >= sent.end:
                continue
            if norm_word(doc[j]) == rest[0]:
                return j
            m = j
            while len(rest) == 1 and m < min(j + 3, sent.end) and doc[m].pos_ in ("DET", "ADJ"):
                m += 1
            if m > j and m < sent.end and norm_word(doc[m]) == rest[0]:
                return m
        return k

    def _locution_preposition_end(self, doc: Doc, end: int, lemma: str, sent: Span) -> int | None:
        """The end of a multi-word cue whose content follows its own preposition
        (``locution_prepositions``: *fa riferimento **all'**ultimo attacco*, *ha puntato il dito
        **contro** la Regione*, *ha preso le difese **del** sindaco*): the cue takes the
        preposition (adverbs before it too: *fa riferimento in particolare a…*), its content
        is what follows, as after *parlare di*. Without the preposition the locution says
        nothing (*ha puntato il dito.*), unless a che-clause or a colon follows (*ha dato notizia
        che…*, *ha dato notizia: …*)."""
        j = self.skip_adverbs(doc, end, sent.end)
        if j < sent.end and norm_word(doc[j]) in self.g.forms(self.g.locution_prepositions[lemma]):
            return j + 1
        return end if self._che_after(doc, end, sent.end) or j < sent.end and doc[j].text == ":" else None

    def _opens_content(self, doc: Doc, cue: Cue, start: int) -> bool:
        """Token ``start`` opens the *di* + infinitive content of ``cue``: only *di*, a modal or a
        filler of ``di_infinitive_fillers`` before it (*l'intenzione **di voler** chiedere*)."""
        first = self.context(doc).token_at(cue.content_start)
        return first < start and all(norm_word(t) in self.g.forms("di") | self.g.di_infinitive_fillers
                                     or self.lemmas(t) & self.g.modals for t in doc[first:start])

    def _stance_setting(self, doc: Doc, j: int, end: int) -> bool:
        """Right after a light verb's speech noun (token ``j``), the occasion, the time or the
        venue of the act, not what the stance holds: a phrase of ``occasion_phrases`` (*ha
        espresso la sua preoccupazione **a margine del** vertice*, *soddisfazione **al termine
        della** riunione*, *rammarico **a nome della** giunta*), or *in* / *a* (contracted or
        not) and, past its determiners, a word of time or a venue (*soddisfazione **nel
        pomeriggio***, *preoccupazione **nella conferenza** stampa*); not *per*, *su* or
        *verso*, which name the stance's object (*preoccupazione per la notte di violenze*)."""
        if self._listed_phrase_end(doc, j, end, self.occasion_phrases) > j:
            return True
        if norm_word(doc[j]) not in self.g.forms("in") | self.g.forms("a") - self.g.stance_prepositions:
            return False
        k = j + 1
        while k < end and (doc[k].pos_ == "DET" or norm_word(doc[k]) in self.g.possessives):
            k += 1
        return k < end and (norm_word(doc[k]) in self.g.venue_nouns | self.g.speech_event_nouns or self.time_word(doc[k]))

    def _stance_object_after_setting(self, doc: Doc, j: int, end: int) -> int | None:
        """After a setting opening at token ``j`` (:meth:`_stance_setting`), within eight words
        and no punctuation or verb, *per* and what the stance is about (*soddisfazione al termine
        della riunione **per** l'accordo*): the token after *per*, else None."""
        for k in range(j + 1, min(j + 9, end - 1)):
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                return None
            if norm_word(doc[k]) == "per":
                return k + 1
        return None

    def _noun_adjectives_end(self, doc: Doc, j: int, end: int) -> int:
        """Past the adjectives after a speech noun, with their degree adverb or *e* between
        (*le accuse **più sanguinose***, *la volontà **ferma e dichiarata***, *impegni **onesti***):
        the token where what the noun holds may start."""
        k = j
        while k < end:
            if doc[k].pos_ == "ADJ" and doc[k].is_lower and not norm_word(doc[k]) in self.g.forms("di"):
                k += 1
            elif k + 1 < end and doc[k + 1].pos_ == "ADJ" and (norm_word(doc[k]) in self.g.quantity_adverbs
                                                               or norm_word(doc[k]) in self.g.and_conjunctions and k > j):
                k += 2
            else:
                break
        return k

    def _proposition_after(self, doc: Doc, j: int, end: int) -> bool:
        """What a proposal verb's noun puts forward, after it (:meth:`_clause_after`): but a *che*
        after the person addressed opens a content clause only with a subject of its own (*ha
        presentato al giudice la richiesta che il processo sia rinviato*), not a relative of the
        person (*ha presentato un reclamo al giornale **che ha spinto** il direttore a…*)."""
        k = self._after_indirect_object(doc, self.skip_adverbs(doc, j, end), end)
        if k < end and norm_word(doc[k]) == "che" and k > self.skip_adverbs(doc, j, end):
            return self._content_che(doc, k, end)
        return self._clause_after(doc, j, end)

    def _against_after(self, doc: Doc, j: int, end: int) -> bool:
        """*contro* within the phrase after token ``j`` (an addressee between, no punctuation nor
        verb): *ricorso **al TAR contro** l'esito del voto*, *un esposto contro ignoti*."""
        for tok in doc[j:min(j + 6, end)]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX") or norm_word(tok) == "che":
                return False
            if norm_word(tok) == "contro":
                return True
        return False

    def stance_phrase_after(self, doc: Doc, i: int, sent: Span) -> bool:
        """A reflexive verb of ``stance_verbs`` at token ``i`` (its *si* before the verb or its
        auxiliaries, or joined to a gerund) with a phrase of ``stance_openers`` right after it
        (adverbs between): *si è espresso contro la riforma*, *si sono pronunciati a favore
        del rinvio*, *scagliandosi duramente contro la decisione*. The stance phrase, from the
        preposition, is the content."""
        start = self.aux_start(doc, i, sent.start)
        bare = self.gerund_without_clitic(doc[i])
        reflexive = start > sent.start and norm_word(doc[start - 1]) in self.g.reflexive_only_clitics \
            or bare is not None and norm_word(doc[i])[len(bare):] in self.g.reflexive_only_clitics
        if not reflexive:
            return False
        return self.opens_stance(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end)

    def stance_end(self, doc: Doc, start_char: int, end_char: int, verb: str = "") -> int:
        """Where a stance phrase after its verb (*si è espresso contro la riforma*) ends: at a
        comma or a bracket, or at a conjunction of ``proposition_conjunctions`` when a finite verb
        follows before the next punctuation (another clause: *…contro la riforma e il premier
        l'ha ritirata*; not *contro la riforma e il decreto*, nor *contro X e contro Y perché…*).
        So does the phrase by which ``verb`` takes what it reports (``preposition_contents``:
        *protestando contro la Regione, che invece…*: the relative is on the body, not said).
        ``end_char`` when the content opens with neither."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or not len(span) or not (self.opens_stance(doc, span.start, span.end)
                                                 or self.preposition_content_at(doc, span.start, span.end, verb) == span.start):
            return end_char
        for tok in span[1:]:
            if tok.text in ",;:()":
                return tok.idx
            if norm_word(tok) in self.g.proposition_conjunctions:
                # (to the next punctuation, past the content's end: that may stop before the verb)
                sent = self.context(doc).sent(tok.i)
                if self.opens_stance(doc, tok.i + 1, sent.end):
                    continue  # "contro X che non lo fa e contro Y": a second stance phrase
                stop = next((t.i for t in doc[tok.i + 1:sent.end] if t.is_punct), sent.end)
                if any(self.is_finite(t) for t in doc[tok.i + 1:stop]):
                    return tok.idx
        return end_char

    def opens_stance(self, doc: Doc, j: int, end: int) -> bool:
        """A phrase of ``stance_openers`` opens at token ``j`` and something follows it
        (*contro la riforma*, *a favore del rinvio*)."""
        words = [norm_word(t) for t in doc[j:min(j + 3, end)]]
        return any(words[:len(o)] == o and len(words) > len(o) for o in self.stance_phrases)

    def _reflexive_agrees(self, doc: Doc, clitic: int, verb: int) -> bool:
        """The clitic at ``clitic`` can be the reflexive of the finite verb at ``verb``: *si*
        always; *mi*, *ti*, *ci*, *vi* only with a verb of their person and number (grammar
        ``reflexive_persons``; *ci assicuriamo*, not *ci assicura*, a dative); True when the
        tagger says nothing of the verb's person."""
        said = self.g.reflexive_persons.get(norm_word(doc[clitic]))
        person, number = doc[verb].morph.get("Person"), doc[verb].morph.get("Number")
        if said is None or not person or not number:
            return True
        return said == f"{person[0]} {number[0]}"

    def present_participle(self, norm: str, lemmas) -> bool:
        """The form ``norm`` is the present participle of one of ``lemmas`` (*richiedenti* of
        *richiedere*, *attestante* of *attestare*): an adjective or a noun (*gli insegnanti
        richiedenti l'assegnazione*, *i richiedenti asilo*), never a cue."""
        return inflected(norm, lemmas, self.g.present_participles)

    def _compound_impersonal(self, doc: Doc, i: int, sent: Span) -> bool:
        """The participle ``i`` follows an auxiliary of *essere* right after an impersonal *si*
        (``impersonal_pronouns``), adverbs allowed: *si **è** appreso*, *si **era** saputo*,
        *si è **poi** creduto* (the compound tense of *si apprende*)."""
        start = self.aux_start(doc, i, sent.start)
        return sent.start < start < i and norm_word(doc[start - 1]) in self.g.impersonal_pronouns \
            and norm_word(doc[start]) in self.g.impersonal_auxiliaries

    def _impersonal_passive(self, doc: Doc, i: int, sent: Span) -> bool:
        """The participle ``i`` is an impersonal passive with *che* after it: a finite *essere* or
        *venire* before it (not a future, nor after *si*), a masculine singular participle and no
        subject (*è stato stabilito che…*, *venne deciso che…*; not *la data è stata stabilita*,
        nor *sarà deciso che…*, a plan). Only with a parse, which says whether it has a subject."""
        if not self.context(doc).has_dep:
            return False
        token = doc[i]
        start = self.aux_start(doc, i, sent.start)
        if start >= i or not self.lemmas(doc[start]) & self.g.agreeing_auxiliaries \
                or "Fin" not in doc[start].morph.get("VerbForm") or "Fut" in doc[start].morph.get("Tense") \
                or start > sent.start and norm_word(doc[start - 1]) in self.g.reflexive_clitics:
            return False
        if "Fem" in token.morph.get("Gender") or "Plur" in token.morph.get("Number") \
                or any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < i for c in token.children):
            return False
        return self._che_after(doc, i + 1, sent.end)

    def _ruling_body(self, doc: Doc, i: int, sent: Span) -> bool:
        """The verb ``i`` has *che* after it (adverbs, an aside or a setting between: *ha
        decretato **oggi, con una sentenza 5 a 4,** che…*) and, as the parse reads it, a subject
        that is a body or a court (an organisation the entities name, or a noun of
        ``body_nouns`` or ``court_nouns``: *la Corte*, *il giudice X*): a ruling or a decision is
        reported (*la Corte Suprema ha stabilito che…*, README round 7), not a finding (*le
        indagini hanno stabilito che…*, *il medico ha stabilito che…*) nor a law's text (*la
        legge stabilisce che…*). Only with a parse (a token's children are undefined without one)."""
        if not self.context(doc).has_dep:
            return False
        j = self._after_aside(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end)
        j = self._after_setting(doc, j, sent.end)
        if not (j < sent.end and norm_word(doc[j]) == "che"):
            return False
        return any(c.dep_ == "nsubj" and c.i < i and norm_word(c) not in self.not_sources
                   and (c.ent_type_ == "ORG" or norm_word(c) in self.g.body_nouns | self.g.court_nouns)
                   for c in doc[i].children)

    def _impersonal_che(self, doc: Doc, k: int, end: int) -> bool:
        """A *che*-clause (or a comma before one) opens at token ``k``, past adverbs and a short
        source phrase with *da* (``impersonal_source_prepositions``): *si stima **che**…*, *si
        apprende **infatti da fonti giudiziarie che**…* (not *si apprende dai giornali.*); or a
        subjunctive with *che* left out (*si pensa **avessero** una funzione rituale*, *si era
        creduto **fosse** lui*: the clause the verb of opinion reports, not *si pensa al futuro*)."""
        k = self.skip_adverbs(doc, k, end)
        if k < end and (norm_word(doc[k]) in ("che", ",") or self._subjunctive(doc[k])):
            return True
        return k < end and norm_word(doc[k]) in self.g.impersonal_source_prepositions \
            and self._after_impersonal_source(doc, k, end) != k

    def _after_impersonal_source(self, doc: Doc, j: int, end: int) -> int:
        """Skip a short source phrase with *da* between an impersonal cue and its *che* (*si
        apprende **da fonti giudiziarie** che…*, *si era saputo**, da una fonte anonima,**
        che…*): the *che* after it; otherwise ``j`` unchanged."""
        k = j + 1 if j < end and doc[j].text == "," else j
        if not (k < end and norm_word(doc[k]) in self.g.impersonal_source_prepositions):
            return j
        for m in range(k + 1, min(k + 8, end)):
            if norm_word(doc[m]) == "che":
                return m
            if doc[m].text == "," and m + 1 < end and norm_word(doc[m + 1]) == "che":
                return m + 1
            if doc[m].is_punct or self.is_finite(doc[m]):
                return j
        return j

    def _bare_a_phrase(self, doc: Doc, k: int) -> bool:
        """A bare *a*/*ad* at token ``k`` before a noun phrase, not an infinitive: *a un errore
        umano*, *ad uno strano rituale*, *a errore umano* (not *al futuro*, *a costruire*)."""
        return norm_word(doc[k]) in self.g.forms("a") & self.g.infinitive_openers and doc[k + 1].is_alpha \
            and not self.is_infinitive(doc[k + 1])

    def _impersonal_object(self, doc: Doc, j: int, end: int) -> bool:
        """A noun phrase opens at token ``j`` (past adverbs), the object of an impersonal *si*
        (*si prevedono **infatti nevicate***, *si stima **un danno** di 500 euro*; not *si
        prevedevano di portare*, *si stima che…*)."""
        j = self.skip_adverbs(doc, j, end)
        if j >= end:
            return False
        norm, tok = norm_word(doc[j]), doc[j]
        if norm in self.g.articles | self.g.indefinite_articles | self.g.object_starts or tok.like_num:
            return True
        # a bare plural noun, whatever the tagger says ("onde" as ADP, "nevicate" as a participle)
        return tok.is_alpha and tok.is_lower and norm not in self.g.prepositions | self.g.clitics | self.g.subordinators \
            and not self.is_finite(tok) and not self.is_infinitive(tok) and not self.g.gerund.search(norm)

    def _subjunctive(self, token) -> bool:
        return self.context(token.doc).has_morph and "Sub" in token.morph.get("Mood") and token.i > 0

    def clause_follows(self, doc: Doc, j: int, end: int) -> bool:
        """A finite verb within the next words, before any punctuation: a clause, not a
        noun phrase (*come di fronte alla morte di un uomo un cristiano non possa…*)."""
        for k in range(j, min(j + 15, end)):
            if doc[k].is_punct:
                return False
            if self.is_finite(doc[k]):
                return True
        return False

    def bare_clause(self, doc: Doc, cue: Cue) -> bool:
        """The content of a verb of saying is a finite clause with no *che* (frequent in
        translated news: *Il portavoce ha detto **l'ambasciata resterà chiusa***): right after the
        cue, a noun phrase (determiners, nouns, names, adjectives, numbers, *di* + noun), then the
        negation, clitics or auxiliaries, then a finite verb in the third person that agrees in
        number with the phrase's noun. The cue has its subject before it, so the phrase is not
        the cue's postposed subject (*«…», ha detto il ministro ai giornalisti* stays as it is)."""
        ctx = self.context(doc)
        sent = ctx.sent(cue.start)
        j, end = ctx.token_at(cue.content_start), min(ctx.token_at(cue.region_end - 1) + 1, sent.end)
        verb = doc[cue.end - 1]
        if j <= cue.start or verb.dep_ not in ("ROOT", "conj", "parataxis") \
                or not any(subj.i < cue.start for subj in self.verb_subjects(verb)):
            return False  # (the cue in a main clause, not "Il ministro che ha detto la frase è stato criticato")
        noun = None
        for k in range(j, min(j + 9, end)):
            tok = doc[k]
            if self.is_finite(tok):
                if noun is None or k == j:
                    return False
                head = next((c for c in tok.children if c.dep_.startswith("nsubj") and j <= c.i < k), noun)
                if tok.pos_ == "AUX" and tok.head.i > k:
                    head = next((c for c in tok.head.children if c.dep_.startswith("nsubj") and j <= c.i < k), head)
                person, number = tok.morph.get("Person"), tok.morph.get("Number")
                participle = next((t for t in doc[k + 1:min(k + 4, end)] if "Part" in t.morph.get("VerbForm")), None)
                if tok.pos_ == "AUX" and participle is not None and self.lemmas(tok) & self.g.agreeing_auxiliaries:
                    # ("sono rimasti": the participle of essere agrees; "sono" is first singular or third plural)
                    person, number = [], participle.morph.get("Number")
                return (not person or person == ["3"]) and (not number or not head.morph.get("Number")
                                                            or number == head.morph.get("Number"))
            if tok.is_punct or norm_word(tok) in self.g.relatives | {"che"} | self.g.subordinators:
                return False
            if noun is not None and (tok.pos_ in ("DET", "NUM") or tok.like_num) and norm_word(doc[k - 1]) not in self.g.forms("di"):
                return False  # a second noun phrase: "Quando ha detto la verità i cittadini hanno…"
            if tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "PRON" and norm_word(tok) in self.g.quantity_openers \
                    or tok.pos_ == "ADJ" and k > j and doc[k - 1].pos_ == "DET":  # (a noun the tagger read as an adjective)
                noun = noun or tok
            elif not (tok.pos_ in ("DET", "ADJ", "NUM") or tok.like_num or norm_word(tok) in self.g.forms("di")
                      or norm_word(tok) in self.g.negations | self.g.clitics or tok.pos_ == "AUX"):
                return False
        return False

    def _person_before_comma(self, doc: Doc, i: int, sent: Span) -> bool:
        """A comma right before token ``i`` and, before it, a person's name or a title (*il
        deputato Marco Galli, **dichiaratosi**…*, *l'assessore, **dettosi**…*): the one a
        participle set off after it qualifies."""
        k = i - 2
        return k >= sent.start and doc[i - 1].text == "," and (doc[k].ent_type_ == "PER" or norm_word(doc[k]) in self.titles)

    def _modal_before(self, doc: Doc, i: int, sent: Span) -> int | None:
        """Start (auxiliaries included) of a modal or aspectual verb governing the infinitive
        at ``i``: *ha **voluto** sottolineare*, *è **tornata a** minacciare*; else None."""
        k = i - 1
        if k > sent.start and norm_word(doc[k]) in ("a", "ad"):
            k -= 1
            # (a verb of beginning too, "ha cominciato a gridare: «…»", but only here: not for
            # the object of an act, "ha iniziato a reclamare un ruolo")
            verbs = self.g.aspectuals | self.g.reflexive_aspectuals | self.g.inceptive_aspectuals
        else:
            verbs = self.g.modals
        if k > sent.start + 2 and doc[k].text == ",":
            # "continuano, infatti, a professarsi": adverbs set off by commas
            m = k - 1
            while m > sent.start and self._adverb(doc[m]):
                m -= 1
            k = m - 1 if m < k - 1 and doc[m].text == "," else k
        if k < sent.start or not (self.lemmas(doc[k]) & verbs) or not doc[k].is_alpha:
            return None
        start = self.aux_start(doc, k, sent.start)
        if start > sent.start and norm_word(doc[start - 1]) in self.g.reflexive_clitics:
            if self.climbed_reflexive(doc, i, k):
                return start  # "si continuano a dichiarare innocenti": the infinitive's clitic
            if not self.lemmas(doc[k]) & self.g.reflexive_aspectuals:
                return None  # "si può dire che": the writer's voice
            start -= 1  # "si è limitato a dire": the verb's own clitic
        return start

    def climbed_reflexive(self, doc: Doc, i: int, k: int) -> bool:
        """The reflexive clitic before the aspectual verb at ``k`` belongs to the infinitive of a
        self-report at ``i`` (*si continuano a **dichiarare** innocenti*: they keep declaring
        themselves innocent), when an adjective follows it (not *si continua a dire che…*)."""
        return bool(self.lemmas(doc[i]) & self.g.self_report_verbs and self.lemmas(doc[k]) & self.g.aspectuals) \
            and i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ" and doc[i + 1].is_lower

    def _infinitive_object(self, doc: Doc, i: int, lemma: str, sent: Span) -> bool:
        """The infinitive at ``i`` of a verb that reports its object, after an opener (*a*,
        *di*, *per*) or a speech modal not negated (*ha voluto*), with a noun phrase opening
        after it (adverbs, an aside and the person addressed skipped): *per **sollecitare** il
        Governo sulla questione*, *ha voluto **ribadire** la sua opposizione*, *è la Chiesa a
        **criticare** la scelta*; not *non ha voluto rivelare il nome*, *dovranno confermare
        l'organizzazione*, nor a verb whose infinitive is mostly an act (*per assicurare…*)
        unless an aspectual verb or a speech modal carries it (*è tornato a **chiedere** le
        dimissioni*, *continua a **negare** ogni responsabilità*, *si è limitato a **chiedere** il
        rispetto delle regole*, *ha voluto **ringraziare** i volontari*, the latter only for
        ``told_acts``, not *hanno voluto ricordare il collega scomparso*: the act is told)."""
        if lemma not in self.object_verbs or lemma in self.need_object or i == sent.start:
            return False
        if lemma in self.g.infinitive_acts and not (
                i - 1 > sent.start and norm_word(doc[i - 1]) in ("a", "ad")
                and self.lemmas(doc[i - 2]) & (self.g.aspectuals | self.g.reflexive_aspectuals)
                or lemma in self.g.told_acts and self._speech_modal(doc, i - 1, sent)
                or lemma in self.g.told_acts and self._purpose_of_act(doc, i, sent)
                or self.cleft_infinitive(doc, i, sent)):
            return False
        if norm_word(doc[i - 1]) not in self.g.infinitive_openers and not self._speech_modal(doc, i - 1, sent):
            return False
        j = self.skip_adverbs(doc, i + 1, sent.end)
        j = self._after_aside(doc, j, sent.end)
        j = self._after_indirect_object(doc, j, sent.end)
        return j < sent.end and norm_word(doc[j]) in self.g.object_starts

    def _action_object(self, verb: Token) -> bool:
        """The direct object of ``verb`` (or a conjunct in it) is an action noun (``action_suffixes``):
        *ha ordinato **la chiusura** delle scuole*, *il cessate il fuoco e **la chiusura** dello
        spazio aereo*; not goods (*ha ordinato venti nuovi aerei*, *una pizza*)."""
        objects = [c for c in verb.children if c.dep_ == "obj"]
        objects += [c for o in objects for c in o.subtree if c.dep_ == "conj"]
        return any(o.pos_ == "NOUN" and norm_word(o).endswith(tuple(self.g.action_suffixes)) for o in objects)

    def _purposed_di_infinitive(self, doc: Doc, i: int, lemma: str, sent: Span) -> bool:
        """The infinitive at ``i`` of a told act (``told_acts``) after *per*, the purpose of an act
        told before it (:meth:`_purpose_of_act`), with *di* + an infinitive after it (adverbs and
        the person addressed skipped): *ha scritto ai sindaci **per chiedere loro di** chiudere le
        scuole*, *ha convocato i giornalisti **per chiedere di** essere ascoltato*; the request
        was made. Not *per chiedere il rimborso* (an object: :meth:`_infinitive_object`), nor after
        an infinitive (*possono rivolgersi all'ufficio per chiedere di…*: possible, not made)."""
        if lemma not in self.g.told_acts or not self._purpose_of_act(doc, i, sent):
            return False
        j = self.skip_adverbs(doc, i + 1, sent.end)
        j = self._after_indirect_object(doc, j, sent.end)
        return j < sent.end and self.di_infinitive(doc, j, sent.end)

    def _purpose_of_act(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive at ``i`` after *per* (``purpose_openers``) is the purpose of an act told
        before it in the same clause: the nearest verb before it, with no punctuation between, is
        finite or a participle (*ha contattato le scuole **per chiedere** un incontro*, *è stato
        chiamato il tecnico **per richiedere** un sopralluogo*: the request was made); not an
        infinitive (*è pronto ad avviare le pratiche per chiedere il rimborso*, *possono
        rivolgersi all'ufficio per chiedere informazioni*: planned or possible) nor opening the
        sentence (*Per chiedere spiegazioni, si era recata…*)."""
        if i - 1 <= sent.start or norm_word(doc[i - 1]) not in self.g.purpose_openers:
            return False
        for tok in reversed(doc[sent.start:i - 1]):
            if tok.is_punct:
                return False
            if tok.pos_ in ("VERB", "AUX"):
                forms = tok.morph.get("VerbForm")
                return "Fin" in forms or "Part" in forms
        return False

    def cleft_infinitive(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive at ``i`` is the focus of a cleft: after a sentence-initial *a* (*A
        **chiedere** le dimissioni è stata X*) or after *a* in a sentence opened by a copula (*È
        stato X a **chiedere** le dimissioni*): who said it is the copula's subject."""
        if i - 1 < sent.start or norm_word(doc[i - 1]) not in ("a", "ad"):
            return False
        return i - 1 == sent.start or norm_word(doc[sent.start]) in self.g.copulas \
            and not any(t.is_punct or self.is_verbish(t) and norm_word(t) not in self.g.auxiliary_participles
                        for t in doc[sent.start + 1:i - 1])  # (not "È X, creatore del sito volto a riportare…")

    def cleft_subject(self, doc: Doc, end: int, sent: Span) -> tuple[int, tuple[int, int]] | None:
        """(copula token, subject range) of the cleft whose focus is a sentence-initial *a* +
        infinitive cue ending at ``end``: the last copula (its participle skipped) followed by a
        speaker phrase running to the sentence end (*A chiedere che il sindaco si dimetta **è
        stata Anna Bruni***: the content stops before *è*); else None."""
        for k in range(sent.end - 2, end, -1):
            if norm_word(doc[k]) not in self.g.copulas:
                continue
            np = self.copula_subject(doc, k, sent)
            if np is not None and (np[1] >= sent.end or doc[np[1]].is_punct):  # ("…è la Cgil, che teme…")
                return k, np
            return None
        return None

    def _speech_modal(self, doc: Doc, k: int, sent: Span) -> bool:
        """Token ``k`` is a speech modal (*ha **voluto** ribadire*) without *non* before its
        auxiliaries and adverbs (*non ha mai voluto rivelare*: nothing was said)."""
        if k <= sent.start or not self.lemmas(doc[k]) & self.g.speech_modals:
            return False
        start = self.aux_start(doc, k, sent.start)
        while start > sent.start and norm_word(doc[start - 1]) in self.g.cue_adverbs | self.g.clitics:
            start -= 1  # ("non gli ha voluto…": "non" and clitics before the auxiliary)
        return not any(norm_word(t) in self.g.negations for t in doc[start:k])

    def _adjective_agrees(self, words: list[str], rest: list[str]) -> bool:
        """*rende nota*, *ha reso noti*: the adjective closing a multi-word verb agreeing with its
        object (the grammar's ``adjective_agreement``: an ending and the endings it becomes)."""
        if len(words) != len(rest) or words[:-1] != rest[:-1] or not words:
            return False
        word, base = words[-1], rest[-1]
        for ending, forms in self.g.adjective_agreement.items():
            stem = base[:-len(ending)]
            if base.endswith(ending) and word.startswith(stem) and word[len(stem):] in forms:
                return True
        return False

    def _shares_auxiliary(self, doc: Doc, i: int, sent: Span) -> bool:
        """*hanno occupato la sede e **invitato** la popolazione a…*: a bare participle after *e*
        coordinated with a participle that has its auxiliary."""
        if i - 1 <= sent.start or norm_word(doc[i - 1]) not in self.g.and_conjunctions:
            return False
        tok = doc[i]
        if not self.context(doc).has_dep or tok.dep_ != "conj":
            return False
        head = tok.head
        if head.i < i and head.pos_ == "VERB" and any(c.dep_ == "aux" and c.i < head.i for c in head.children):
            return True
        # the parser may hang the participle on the object before e ("ha negato tutto e
        # rassicurato i colleghi che…"): then the nearest verb before e, no punctuation between,
        # is a participle with its auxiliary, active (not "essendo stato sottoposto a… e indagato per…")
        for k in range(i - 2, sent.start - 1, -1):
            if doc[k].is_punct:
                return False
            if doc[k].pos_ in ("VERB", "AUX"):
                return doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm") \
                    and any(c.dep_ == "aux" and c.i < k for c in doc[k].children) \
                    and not any(c.dep_ == "aux:pass" for c in doc[k].children)
        return False

    def _agent_noun_subject(self, token) -> bool:
        """A subject the parse gives the verb is a noun of an agent (``agent_noun_suffixes``: *gli
        **scopritori***, *gli **specialisti***), who may speak though the word lists miss it."""
        return any(norm_word(subj).endswith(self.g.agent_noun_suffixes) for subj in self.verb_subjects(token))

    def _adjective_before_noun(self, doc: Doc, i: int, sent: Span) -> bool:
        """The parse reads the word at ``i`` as an adjective of the noun right after it, a
        determiner or a preposition before it: *quale **preciso** segnale di…*, *come nostro
        **preciso** dovere*, an adjective inside a noun phrase (not *Preciso che…*, *il ministro
        precisa che…*, verbs)."""
        if not self.context(doc).has_dep or i + 1 >= sent.end or i == sent.start:
            return False
        token = doc[i]
        return token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i == i + 1 \
            and token.head.pos_ == "NOUN" and doc[i - 1].pos_ in ("DET", "ADP")

    def _adjective_before_relative(self, doc: Doc, i: int, sent: Span) -> bool:
        """The parse reads the word at ``i`` as an adjective of the noun before it and the *che*
        after it as the subject or object of a relative clause on that noun: *una risposta
        **precisa** che ha convinto tutti*, *una condanna **ferma** che…* (not *il sindaco precisa
        che…*, where *che* opens the clause said, nor *il ministro Mario Rossi specifica che…*: no
        adjective follows a person's or a body's name)."""
        if not self.context(doc).has_dep or i + 1 >= sent.end or i == sent.start:
            return False
        token, rel = doc[i], doc[i + 1]
        named = self.context(doc).ent_before(i)
        return token.pos_ == "ADJ" and token.dep_ == "amod" and norm_word(rel) == "che" \
            and rel.dep_ in ("nsubj", "obj", "nsubj:pass") and rel.head.dep_ == "acl:relcl" \
            and rel.head.head.i == token.head.i and not (named is not None and named.label_ in ("PER", "ORG"))

    def _imperfect_before_clause(self, doc: Doc, i: int, sent: Span) -> bool:
        """An imperfect the tagger read as an adjective or a noun, right before *che* or *di* +
        infinitive: *una comunicazione radio **riferiva** che…*."""
        if not self.g.imperfect.search(norm_word(doc[i])) or i == sent.start or i + 1 >= sent.end:
            return False
        return norm_word(doc[i + 1]) == "che" or self.di_infinitive(doc, i + 1, sent.end)

    def _participle_read_as_noun(self, doc: Doc, i: int, sent: Span) -> bool:
        """A past participle in *-o* the tagger read as a noun right after *avere* (adverbs
        between, as :meth:`aux_start` skips them), its verb a speech verb by the lookup table:
        *che ha **ripercorso** brevemente la storia…*, *aveva **escluso** di…*; after
        *avere* a participle in *-o* is the verb of a compound tense, not a noun (unlike
        *ha diritto*, *ha accesso*, whose table lemma is the noun itself)."""
        token = doc[i]
        norm = norm_word(token)
        if token.pos_ != "NOUN" or not token.is_lower or not norm.endswith("o") or not self.g.participle.search(norm):
            return False
        start = self.aux_start(doc, i, sent.start)
        if start >= i or not self.lemmas(doc[start]) & {"avere"} or norm_word(doc[start]) in self.g.auxiliary_participles:
            return False
        return bool(self.lemmas(token) & self.single_verbs)

    def _past_read_as_other(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is a third-person past (*passato remoto*) of a speech verb that the tagger
        read as another word: a form only a verb has (``finite_only``: *criticò*, *ribadì*) read as
        a preposition or a pronoun, or a past read as the noun after an article that is the
        clitic of the person addressed: *gli* before a feminine form (*il direttore **gli chiese**
        se…*; *gli* is no article of *chiese*), *mi* / *ti* / *ci* / *vi*, or *le* with *se* or *di* +
        an infinitive after it (*le chiese di partire*; not *le chiese di Roma*, the churches)."""
        token = doc[i]
        if not token.is_alpha or not token.is_lower or i == sent.start:
            return False
        norm = norm_word(token)
        if not self.past_twins(norm) & self.single_verbs:
            return False
        if token.pos_ in ("ADP", "PRON", "DET", "CCONJ", "SCONJ", "ADV") and self.g.finite_only.search(norm):
            # (right after its subject, a person or a body, an aside in commas skipped: "Marco
            # Neri, qualche tempo dopo, criticò…"; not "la Guerra del Vietnam rivelò…", a thing)
            k = i - 1
            if doc[k].text == ",":
                k = next((m - 1 for m in range(k - 1, sent.start, -1) if doc[m].text == ","), sent.start)
            return k >= sent.start and (doc[k].ent_type_ in ("PER", "ORG") or norm_word(doc[k]) in self.speaking_nouns | self.g.person_nouns)
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        clitic = norm_word(doc[i - 1])
        if clitic in ("mi", "ti", "ci", "vi") or clitic == "gli" and "Fem" in token.morph.get("Gender"):
            return True
        return clitic == "le" and i + 1 < sent.end and (
            norm_word(doc[i + 1]) == "se" or self.di_infinitive(doc, i + 1, sent.end))

    def _agent_after_marks(self, doc: Doc, j: int, end: int) -> tuple[int, int] | None:
        """The agent *da X* right after the quotation that opens at token ``j``, the marked words
        of a passive (*l'accordo è stato definito **«storico»** dal segretario dell'Onu*, *la
        riforma è stata definita «inutile» dai sindacati*): who said those words; else None."""
        if j >= end or doc[j].text not in QUOTE_CHARS:
            return None
        close = next((m for m in range(j + 1, end) if doc[m].text in QUOTE_CHARS), None)
        return None if close is None else self._agent_at(doc, close + 1, end)

    def _verb_read_as_noun(self, doc: Doc, i: int, sent: Span) -> bool:
        """A finite verb the tagger read as its noun or adjective twin (*denuncia*, *critica*,
        *ammette*): after a subject (not an article, a preposition or a number) and before an
        object, *che*, *a* + someone or *di* + infinitive: *Amnesty International **denuncia**
        la situazione*, *X **ammette** di aver mentito*; not *la denuncia di Rossi*, *una dura
        critica al governo*, *la situazione critica che…*. Forms only a verb has (*accusò*,
        *lamentano*, *ripeté*, *insistette*) are verbs wherever they stand."""
        token = doc[i]
        if token.pos_ not in ("NOUN", "ADJ", "ADV", "PROPN") or token.is_title or i == sent.start or i + 1 >= sent.end:
            return False  # (a lower-case "name": "X ribatté che…")
        prev, nxt = doc[i - 1], doc[i + 1]
        if prev.pos_ in ("DET", "ADP", "NUM", "VERB", "AUX") or norm_word(prev) in self.g.articles | self.g.prepositions:
            return False
        norm = norm_word(token)
        if self.g.finite_only.search(norm):
            return True
        if token.pos_ == "ADV":
            return False
        if prev.text == "," and self.aside_comma(doc, i, i + 1, sent) is not None:
            return True  # set off by commas, its subject after it: "Il piano, denuncia la Cgil, …"
        di_infinitive = self.di_infinitive(doc, i + 1, sent.end)
        if norm.endswith("i") or norm.endswith("a") and self._subjunctive_in_a(token):
            return di_infinitive  # a subjunctive: "dichiari di spendere"; "tema" (temere) is the noun before "che"
        if not norm.endswith(("a", "e")):  # a third person: "denuncia", "teme"
            return False
        if nxt.text == ":":
            return self._subject_before_colon_verb(doc, i, sent)
        if norm_word(nxt) == "che":
            # an adjective before "che" is a verb only after a name ("l'Istituto X testimonia
            # che…", "Il presidente, Clive Palmer, informa che…"; not "la situazione critica che…")
            before = self.context(doc).ent_before(i - 1 if prev.text == "," and i - 1 > sent.start else i)
            return token.pos_ == "NOUN" or before is not None and before.label_ in ("PER", "ORG")
        # (or a quotation: "La capotreno annuncia «…»")
        # (or a charge with per: "La Procura indaga per omicidio")
        # (or a name, its object: "il quotidiano accusa Rossi di…", "Microsoft critica Google sul…";
        # after a subject of its own, a name, a noun or a noun and its adjective, "il giornale cinese
        # accusa Google…"; not an adjective opening a noun phrase: "la nuova critica Rossi")
        named_object = any(e.start == i + 1 and e.label_ in ("PER", "ORG", "LOC") for e in self.context(doc).ents_in_tokens(i + 1, i + 2)) \
            and (prev.pos_ in ("NOUN", "PROPN") or self.context(doc).ent_before(i) is not None
                 or prev.pos_ == "ADJ" and i - 2 >= sent.start and doc[i - 2].pos_ in ("NOUN", "PROPN"))
        # (or, after a name that speaks, a bare plural noun: "Teheran minaccia ritorsioni",
        # "Fiat denuncia perdite"; or a manner adverb, then an article or a name: "il governo
        # critica duramente Pechino")
        subject = self.context(doc).ent_before(i)
        named_subject = subject is not None and subject.label_ in ("PER", "ORG", "LOC")
        bare_object = named_subject and nxt.pos_ == "NOUN" and nxt.is_lower and "Plur" in nxt.morph.get("Number")
        manner = nxt.pos_ == "ADV" and norm_word(nxt).endswith(self.g.adverb_suffixes) and i + 2 < sent.end \
            and named_subject and (norm_word(doc[i + 2]) in self.g.articles or any(e.start == i + 2 and e.label_ in ("PER", "ORG", "LOC")
                                                           for e in self.context(doc).ents_in_tokens(i + 2, i + 3)))
        return norm_word(nxt) in self.g.articles | self.g.forms("a") or di_infinitive or named_object or bare_object or manner \
            or nxt.text in QUOTE_CHARS and token.pos_ == "NOUN" \
            or bool(self.lemmas(token) & self.g.charge_per_verbs) and self.charge_per(doc, i + 1, sent.end)

    def _subjunctive_in_a(self, token) -> bool:
        """A form in *-a* whose verbs are all of the second or third conjugation (*-ere*, *-ire*,
        *-rre*) and no imperfect (*definiva*) is no third person of the present but a subjunctive
        (*tema*: temere; not *denuncia*, *critica*, of *-are*): read as a noun, it is the noun
        (*tema che…*)."""
        if self.g.imperfect.search(norm_word(token)):
            return False  # ("definiva", "sosteneva": an imperfect)
        verbs = [lemma for lemma in self.lemmas(token) if lemma.endswith(("are", "ere", "ire", "rre"))]
        return bool(verbs) and not any(lemma.endswith("are") for lemma in verbs)

    def _subject_before_colon_verb(self, doc: Doc, i: int, sent: Span) -> bool:
        """A verb's third person the tagger read as a noun, right before a colon, stands after
        its subject: a person or an organisation (*L'UEFA **avverte**: …*, *…, e la Lega
        **accusa**: …*) or a bare noun phrase opening the sentence (*Giornale cinese **accusa**:
        …*); not after an adjective (*Nuova accusa: …*)."""
        before = self.context(doc).ent_before(i)
        if before is not None and before.end == i and before.label_ in ("PER", "ORG"):
            return True
        words = doc[sent.start:i]
        return 0 < len(words) <= 3 and words[0].pos_ in ("NOUN", "PROPN") \
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words)

    def find_cues(self, doc: Doc, blocked: list[tuple[int, int]] | None = None,
                  within: tuple[int, int] | None = None) -> list[Cue]:
        """Speech cues of ``doc`` in text order; none inside ``blocked`` character ranges
        (defaults to the document's quotations); with ``within`` (a character range), only those
        of the sentences that overlap it (a look at one passage stays linear in a long document)."""
        if blocked is None:
            blocked = self.quoted_ranges(doc)
        raw: list[tuple[int, int, str, str, tuple[int, int] | None]] = []
        ctx = self.context(doc, blocked)
        is_blocked = ctx.is_blocked
        # a source marker and a news noun open only at their first words (the tests would reject
        # any other token at once): the other tokens skip both calls
        marker_firsts, news_firsts = self._markers_by_first, self.news_openers
        stance_firsts = self.stance_firsts
        di_forms = self.g.forms("di")
        norms = ctx.norms
        for sent in ctx.sents:
            if within is not None and (sent.end_char <= within[0] or sent.start_char >= within[1]):
                continue
            i = sent.start
            while i < sent.end:
                tok = doc[i]
                norm = norms[i]
                if is_blocked(tok.idx):
                    dashed = i > sent.start and doc[i - 1].text in ASIDE_DASHES
                    verb = self._dashed_cue(doc, i, sent) if dashed else None
                    if verb and self._closing_dash(doc, verb[1], sent):
                        raw.append((verb[0], verb[1], "inside", f"verb:{verb[2]}", None))
                        i = verb[1]
                        continue
                    i += 1
                    continue
                source = self.source_cue(doc, i, sent) if norm in marker_firsts else None
                if not source and norm in self.report_source_firsts:
                    source = self.report_source_cue(doc, i, sent)
                if source:
                    raw.append(source)
                    np_start, np_end = source[4]
                    # "secondo quanto ha riferito X": the verb belongs to the source, not a new cue
                    i = np_end if norm_word(doc[np_start]) == "quanto" else source[1]
                    continue
                headline = self.headline_cue(doc, i, sent) if i == sent.start else None
                if headline:
                    raw.append(headline)
                    i = headline[1]
                    continue
                earlier = self.cue_after_report(doc, i, sent) if i == sent.start else None
                if earlier:
                    raw.append(earlier)
                    i = max(earlier[1], earlier[4][1])
                    continue
                fronted = self.fronted_stance_cue(doc, i, sent) if norm in stance_firsts else (
                    self.relative_report_cue(doc, i, sent) if norm in di_forms else None)
                if fronted:
                    raw.append(fronted)
                    i = max(fronted[1], fronted[4][1] if fronted[4] else 0)
                    continue
                passive = self.passive_noun_cue(doc, i, sent) if norm in self.passive_nouns else None
                if passive:
                    raw.append(passive)
                    i = passive[4][1]
                    continue
                scheduled = self.scheduled_cue(doc, i, sent) if norm in self.g.schedule_copulas else None
                if scheduled:
                    raw.append(scheduled)
                    i = scheduled[4][1]
                    continue
                request = self.request_cue(doc, i, sent) if norm in self.g.request_nouns | self.g.belief_nouns \
                    | self.g.opinion_nouns | self.g.target_nouns else None
                if request:
                    raw.append(request)
                    i = request[1]
                    continue
                news = self.news_cue(doc, i, sent) if norm in news_firsts else None
                if news:
                    raw.append(news)
                    i = news[1]
                    continue
                verb = self.verb_cue(doc, i, sent)
                if verb is not None and i > sent.start and norms[i - 1] in self.g.conjunction_prepositions:
                    verb = None  # (the come rule, tried on the word before, owns its verb: not "come ricorda una canzone")
                inverted = self.inverted_cue(doc, i, sent, verb) if verb is not None or norm == "come" else None
                if inverted:
                    raw.append(inverted)
                    i = max(inverted[1], inverted[4][1])
                    continue
                if verb:
                    start, end, lemma = verb
                    raw.append((start, end, "verb", f"verb:{lemma}", None))
                    i = end
                    continue
                i += 1
        # a verb of small_clause_verbs without its object's predicate is no cue, and cuts no
        # other cue's content ("bisogna considerare che…", "considera l'offerta": weighing)
        raw = [item for item in raw if item[2] != "verb" or item[3].split(":", 1)[-1] not in self.g.small_clause_verbs
               or self.small_clause(doc, self._build_cue(doc, *item, self.context(doc).sent(item[0]), None))]
        # a cue inside the reported clause of an earlier cue is part of what was reported
        # ("ha spiegato che le vittime non avevano denunciato…"), unless it is coordinated
        # with it ("… e ha affermato che") or a gerund/source of its own
        kept: list[tuple] = []
        nested: set[int] = set()
        for item in raw:
            start, end, kind, rule, np = item
            if kind == "inside":
                kept.append(item)
                continue
            if kind == "verb" and kept and kept[-1][2] == "headline" and self._subject_after_label(doc, kept[-1][1], start):
                # "OMC: il direttore generale annuncia le dimissioni": the clause after the label
                # has a subject and a verb of saying of its own; the label is its topic
                kept.pop()
                kept.append(item)
                continue
            opener = start if norm_word(doc[start]) == "come" else start - 1
            relay = kind in ("source", "inverted") and opener >= 0 and norm_word(doc[opener]) == "come"
            prev = self._build_cue(doc, *kept[-1], self.context(doc).sent(kept[-1][0]), None) \
                if kept and (kind in ("verb", "scheduled", "request") or relay and kept[-1][2] == "verb") else None
            if kind == "request" and prev is not None and kept[-1][2] == "verb" and prev.complement in ("object", "che", "di") \
                    and prev.content_start <= doc[start].idx < prev.region_end:
                # "ha criticato l'intenzione di X di chiudere…": the noun's report is inside the
                # verb's content, which goes on past it
                nested.add(len(kept))
            if kind == "nominal" and norms[start] in self.g.content_che_nouns and kept and kept[-1][2] == "verb":
                outer = self._build_cue(doc, *kept[-1], self.context(doc).sent(kept[-1][0]), None)
                if outer.complement in ("object", "che", "di") and outer.content_start <= doc[start].idx < outer.region_end:
                    continue  # "ha ribadito il timore che…": the verb's report holds the noun's
            if kind == "nominal" and kept and kept[-1][2] == "verb" and self._object_head_of(doc, kept[-1], start):
                continue  # "ha smentito le voci di una crisi": the verb's object, not a report of its own
            if relay and kept and kept[-1][2] == "source" and norm_word(doc[kept[-1][0]]) != "come" \
                    and self.context(doc).sent(kept[-1][0]).start == self.context(doc).sent(start).start \
                    and self._closes_sentence(doc, max(end, np[1]), self.context(doc).sent(start)):
                # "Secondo il giornale, gli hacker…, come raccontato dal FT.": a come-cue closing a
                # sentence whose clause a source already reports (not an aside that opens its own
                # clause: "secondo indiscrezioni…, se, come lui ha dichiarato, ha camminato…")
                continue
            if relay and prev is not None and prev.end_char < doc[opener].idx < prev.content_start:
                continue  # "ha invitato, come ha riferito Radio Vaticana, «…»": the medium, not a cue
            if relay and prev is not None and prev.complement == "che" and prev.content_start < doc[opener].idx < prev.region_end:
                nested.add(len(kept))  # "che i fondi, come promesso, sono arrivati": the outer content goes on
            if kept and kind in ("verb", "scheduled"):
                # … unless the earlier content ends before it ("…, mentre la Casa Bianca aveva smentito…")
                # (a source's content too: "Secondo X, Google non avrebbe chiesto il permesso")
                here = doc[start].idx
                reach = self.content_end(doc, prev.content_start, min(prev.region_end, here + 1), prev)
                if prev.complement == "di" and prev.lemma in self.g.charge_verbs:
                    # "X, accusato di non aver…, è stato scagionato da Y, la quale si è detta…": a
                    # charge ends where the quotes would end it
                    reach = self.charge_end(doc, prev.content_start, self.verbless_end(doc, prev.content_start, reach))
                inside = prev.complement in ("che", "di", "source", "colon") and prev.content_start <= here < reach \
                    or prev.complement == "object" and self._object_relative(doc, prev, start)
                own = self._is_coordinated(doc, start, self.context(doc).sent(start)) or bool(
                    self.g.gerund.search(norm_word(doc[end - 1]))) and not self.progressive(doc, end - 1)
                if own and kept[-1][2] == "inverted" and prev.content_start < prev.start_char \
                        and start == max(kept[-1][1], kept[-1][4][1]) + 1 and doc[start - 1].text == ",":
                    # "Il presidente, si legge ancora, concluderà le consultazioni": the verb right
                    # after a parenthesis is the lead's own, inside what is reported
                    own = False
                if own and inside and kept[-1][2] == "source" and self._after_source_aside(doc, prev, start):
                    # "La riforma, secondo il ministro, sarà approvata…": the verb right after the
                    # aside is the clause's own; it does not end what the source reports
                    nested.add(len(kept))
                    kept.append(item)
                    continue
                if own and inside and prev.complement == "che" and doc[start - 1].text == "," \
                        and not any(self.is_finite(t) for t in doc[self.context(doc).token_at(prev.content_start):start - 1]):
                    own = False  # "che il decreto, come previsto, sarà approvato": the clause's own verb, past an aside
                if prev.complement in ("che", "di") and doc[prev.start].idx < here < prev.content_start and (
                        not own or start == end - 1 and doc[start - 1].text == "," and self.g.gerund.search(norm_word(doc[start]))):
                    # "ha detto, a chi gli chiedeva delle elezioni, che…": the setting's verb; a
                    # gerund's too ("ha annunciato, rispondendo alle domande dei consiglieri, che…")
                    continue
                if inside and not own and kind == "verb" and prev.complement == "di" and self.light_noun_cue(prev) \
                        and self._opens_content(doc, prev, start):
                    # "hanno manifestato l'intenzione di voler chiedere che…": a verb of saying opens
                    # the noun's infinitive and reports in turn; what it asks is the report, not the intent
                    kept.pop()
                    kept.append(item)
                    continue
                # (from the verb of speech itself: "…, Tironi non era là dove affermava" is no report of its own)
                said = next((t.i for t in doc[start:end] if self.lemmas(t) & {rule.split(":", 1)[-1]}), start)
                if inside and not own and kind == "verb" and self._comma_subject(
                        doc, said, self.context(doc).token_at(prev.content_start), prev.complement == "che") is not None:
                    own = True  # "ritiene che X, gli inquirenti invece sostengono che…": a report of its own
                if inside and not own and kind == "verb" and prev.complement in ("che", "source") \
                        and self._nested_report(doc, start, end, self.context(doc).token_at(prev.content_start)):
                    # "ha detto che il ministro ha annunciato che…": a report of its own (in what a
                    # source reports too: "Secondo X, il ministro ha annunciato che…")
                    nested.add(len(kept))
                elif inside and not own:
                    continue
            kept.append(item)
        cues = []
        for n, (start, end, kind, rule, np) in enumerate(kept):
            sent = self.context(doc).sent(start)
            # (a report nested in the content does not end it)
            later = next((m for m in range(n + 1, len(kept)) if m not in nested), None)
            nxt = kept[later][0] if later is not None and kept[later][0] < sent.end else None
            cues.append(self._build_cue(doc, start, end, kind, rule, np, sent, nxt))
        return [c for c in cues if c is not None]

    def _subject_after_label(self, doc: Doc, first: int, start: int) -> bool:
        """The words from token ``first`` (right after a headline's colon) to the verb cue at
        ``start`` are a bare noun phrase, the subject of a finite verb: *OMC: **il direttore
        generale** annuncia…*, *PD: **Cuperlo** chiede…* (not a phrase opened by a preposition,
        *Roma: a Milano dicono…*, nor one holding a verb or a mark, nor a participle after it,
        *Rossi: confermata la notizia*)."""
        words = doc[first:start]
        return 0 < len(words) <= 8 and words[0].pos_ != "ADP" and self.is_finite(doc[start]) \
            and any(t.pos_ in ("NOUN", "PROPN") for t in words) \
            and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM") for t in words)

    def _comma_subject(self, doc: Doc, start: int, first: int, clause: bool = False) -> int | None:
        """The comma after token ``first`` (where an earlier content starts) after which the verb
        cue at token ``start`` has a subject of its own, a noun phrase with no verb, no
        conjunction and no clause word, adverbs allowed before the verb (*ritiene che la lite sia
        nata per soldi**,** gli inquirenti invece sostengono che…*): a new main clause joined
        without a conjunction or by one after the comma (*…, e il senatore ha risposto che…*),
        whose report is not part of the first one (with ``clause``, a
        *che*-clause, which must have its finite verb before the comma). None otherwise (*che il
        sindaco, come ha detto, …*; *che Rossi, il sindaco, chiede…*)."""
        k = self._verb_group_start(doc, start, first)
        verb = doc[k]  # (the indicative or the conditional of a main clause: "…, qualche religione garantisca" lists on)
        if not (verb.pos_ in ("VERB", "AUX") and self.is_finite(verb) and {"Ind", "Cnd"} & set(verb.morph.get("Mood"))):
            return None
        while k - 1 > first and (doc[k - 1].pos_ == "ADV" or norm_word(doc[k - 1]) in self.g.cue_adverbs):
            k -= 1
        k = self._apposition_before_verb(doc, k, first)  # "…, e il vicesindaco, Paolo Neri, ha aggiunto che…"
        comma = next((c for c in range(k - 2, max(first, k - 9), -1) if doc[c].text == ","), None)
        if comma is None or comma <= first:
            return None
        words = doc[comma + 1:k]
        if len(words) > 1 and words[0].is_alpha and norm_word(words[0]) in self.g.coordinators:
            words = words[1:]  # "…, e il senatore Paolo Neri ha risposto che…": joined by a conjunction
        # (a noun the tagger may read as an adjective after its article: "gli inquirenti")
        headed = any(t.pos_ in ("NOUN", "PROPN") for t in words) or len(words) > 1 and words[0].pos_ == "DET"
        if words[0].pos_ not in ("DET", "NOUN", "PROPN", "NUM") or not headed \
                or any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PUNCT") or norm_word(t) in self.g.relatives
                       or norm_word(t) in self.g.subordinators for t in words):
            return None
        if clause and not any(self.is_finite(t) and t.pos_ in ("VERB", "AUX") for t in doc[first:comma]):
            return None  # ("che Rossi, il sindaco di Roma chiede…": no clause before the comma)
        return comma

    def _apposition_before_verb(self, doc: Doc, k: int, first: int) -> int:
        """The comma that opens an apposition set off by commas right before the verb group at
        token ``k`` (*…, e il vicesindaco**,** Paolo Neri, ha aggiunto che…*, *il suo vice**,** il
        senatore Luca Bassi, ha risposto che…*): a name or a title with no verb, no clause word
        and no conjunction, so that the subject before it is read as the one of a new clause;
        ``k`` when there is none."""
        if k - 1 <= first or doc[k - 1].text != ",":
            return k
        opening = next((c for c in range(k - 3, max(first, k - 8), -1) if doc[c].text == ","), None)
        if opening is None or opening <= first:
            return k
        words = doc[opening + 1:k - 1]
        if not any(t.pos_ == "PROPN" for t in words) or any(
                t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM") or norm_word(t) in self.g.relatives
                or norm_word(t) in self.g.subordinators for t in words):
            return k
        return opening

    def _nested_report(self, doc: Doc, start: int, end: int, first: int | None = None) -> bool:
        """A verb cue inside an earlier cue's *che*-clause (or a source's clause: *Secondo X, **il
        ministro ha annunciato che**…*) that reports in turn with *che*, its
        subject a noun phrase of the clause before it (*Rossi ha detto che **il ministro ha
        annunciato che** il piano è pronto*): the annotators give the inner speaker a quote of
        its own, inside the outer one; not a negated verb (*che le vittime non avevano
        denunciato che…*). The person addressed may come between the verb and *che* (*che il
        ministro ha detto **ai sindaci** che…*); with *di* + infinitive (*che la presidente ha
        chiesto ai ministri di…*) only a verb of speech in the active whose subject, a name, opens
        the earlier content at token ``first`` (not *che i naziskin progettavano di…*, *che il
        presidente è sospettato di…*, *dopo che l'autore avrebbe chiesto di…*)."""
        sent = self.context(doc).sent(start)
        j = self._after_indirect_object(doc, self.skip_adverbs(doc, end, sent.end), sent.end)
        if j >= sent.end or start < 1 or norm_word(doc[start - 1]) in self.g.negations:
            return False
        k = self._verb_group_start(doc, start, sent.start)
        # (the subject right before the verb: "se credi che…" has none)
        if not (k > sent.start and doc[k - 1].pos_ in ("NOUN", "PROPN") and norm_word(doc[k - 1]) not in self.g.negations):
            return False
        if norm_word(doc[j]) == "che":
            return True
        # (a named or titled subject: a generic one, "che le donne dichiarano di…", speaks for no one)
        return self.di_infinitive(doc, j, sent.end) and first is not None and first < k \
            and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].ent_type_ in ("PER", "ORG", "LOC")
                 or norm_word(doc[k - 1]) in self.speaking_nouns) \
            and self._active_speech(doc, k, end) and all(
                t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") or t.text == "," for t in doc[first:k])

    def _active_speech(self, doc: Doc, k: int, end: int) -> bool:
        """The verb group from token ``k`` to ``end`` is a verb of speech in the active (*ha
        chiesto*, *avrebbe promesso*; not *è sospettato*, *è stato accusato*: an *essere*
        auxiliary without a reflexive clitic is a passive)."""
        words = doc[k:end]
        if not any(self.lemmas(t) & self.single_verbs for t in words):
            return False
        return not any("essere" in self.lemmas(t) and t.pos_ == "AUX" for t in words) \
            or any(norm_word(t) in self.g.reflexive_clitics for t in words)

    def _object_relative(self, doc: Doc, cue: Cue, start: int) -> bool:
        """The cue at token ``start`` opens a relative of the object reported by an earlier
        ``cue``, right after it without punctuation (*aveva raccontato una premonizione **che le
        diceva**…*): words inside the object, not a cue of their own."""
        k = start - 1
        while k > cue.end and norm_word(doc[k]) in self.g.clitics:
            k -= 1
        if k - 1 > cue.end and norm_word(doc[k]) in self.g.relative_words and norm_word(doc[k - 1]) in self.g.definite:
            k -= 1  # "ha ringraziato i partiti i quali hanno offerto…": il quale / i quali for che
            if doc[k].idx < cue.content_start:
                return False
            return not any(t.is_punct for t in doc[cue.end:k]) and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].is_lower \
                and norm_word(doc[k - 1]) not in self.titles and doc[k - 1].ent_type_ != "PER"
        if k <= cue.end or norm_word(doc[k]) != "che" or doc[k].idx < cue.content_start:
            return False
        noun = doc[k - 1]  # (not a person: "ha elogiato il sindaco che ha detto…" is his words)
        if norm_word(noun) in self.g.called_antecedents:
            return not any(t.is_punct for t in doc[cue.end:k])  # "denunciando ciò che considerava «…»"
        if noun.pos_ != "NOUN" or not noun.is_lower or norm_word(noun) in self.titles or noun.ent_type_ == "PER":
            return False
        return not any(t.is_punct for t in doc[cue.end:k])

    def _opening_null_subject(self, doc: Doc, i: int, sent: Span) -> frozenset[str]:
        """The lemma of a capitalised finite verb of saying that opens the sentence at ``i``, its
        subject null (carried from the sentence before), right before its *che*-clause or *di* +
        infinitive, adverbs and commas between (*Propone che si rinvii la seduta*, *Ammette
        tuttavia che…*, *Conferma di accettare*): misled by the capital, the
        tagger reads it as a name, a noun or even a preposition; the lookup table knows the
        form. Not a participle, an infinitive, a gerund (*Detto che…*) or a subjunctive (*Tema
        che…*, the noun), nor a noun naming words (``words_nouns``); empty otherwise."""
        token = doc[i]
        if i != sent.start or not token.is_title or token.pos_ in ("VERB", "AUX"):
            return frozenset()
        norm = norm_word(token)
        if norm in self.g.words_nouns or self.g.infinitive.search(norm) or self.g.gerund.search(norm):
            return frozenset()
        lemma = lookup_lemma(norm, self.lang)
        if lemma == norm or lemma not in self.single_verbs:
            return frozenset()
        if self.g.participle.search(norm) and lemma not in \
                self.present_twins(norm) | self.past_twins(norm) | self.future_twins(norm):
            return frozenset()  # (a participle's ending, not a present's or a past's: "Detto che…")
        if inflected(norm, frozenset({lemma}), self.g.present_subjunctives):
            return frozenset()  # (a subjunctive: "Tema che…" is the noun, no one fears)
        k = i + 1
        while k < min(i + 7, sent.end):  # (commas and adverbs: "tuttavia", ", infine,")
            after = self.skip_adverbs(doc, k, sent.end)
            if after == k and doc[k].text != "," and doc[k].pos_ != "ADV":
                break
            k = max(k + 1, after)
        if self._che_after(doc, k, sent.end) or self.di_infinitive(doc, k, sent.end):
            return frozenset({lemma})
        return frozenset()

    def _dashed_cue(self, doc: Doc, i: int, sent: Span) -> tuple[int, int, str] | None:
        """A cue right after a dash inside a quotation, auxiliaries included: *– ha detto X –*;
        not a clause of the quotation opened by a conjunction of condition or time
        (``future_openers``: *il voto che il Parlamento – se crederà – vorrà darmi*)."""
        if norm_word(doc[i]) in self.g.future_openers:
            return None
        for j in range(i, min(i + 4, sent.end)):
            if doc[j].pos_ == "SCONJ" and norm_word(doc[j]) in self.g.subordinators:
                return None
            verb = self.verb_cue(doc, j, sent)
            if verb is None and j == i:
                verb = self._dashed_twin(doc, j, sent) or self._dashed_stance(doc, j, sent)
            if verb is None and self.lemmas(doc[j]) & self.g.dashed_cue_verbs:
                # «Siamo reduci – continua il ministro – da …»: going on is saying here
                verb = (self.aux_start(doc, j, i), j + 1, sorted(self.lemmas(doc[j]) & self.g.dashed_cue_verbs)[0])
            if verb is not None:
                return (i, verb[1], verb[2]) if verb[0] >= i else None  # ("– gli risponde X –")
            if not (self.lemmas(doc[j]) & self.g.auxiliaries or norm_word(doc[j]) in self.g.cue_adverbs):
                return None
        return None

    def _dashed_twin(self, doc: Doc, j: int, sent: Span) -> tuple[int, int, str] | None:
        """A speech verb's third-person present the tagger read as its noun or adjective twin,
        right after a dash inside a quotation and before its subject, a name or an article
        (*«Ma no – **replica** Rossi –.»*, *«… – **conferma** il sindaco – …»*): the cue of
        the aside."""
        token = doc[j]
        if token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.is_title or j + 1 >= sent.end:
            return None
        nxt = doc[j + 1]
        if not (nxt.pos_ == "PROPN" or norm_word(nxt) in self.g.articles):
            return None
        hits = (self.lemmas(token) | self.present_twins(norm_word(token))) & self.single_verbs
        return (j, j + 1, sorted(hits)[0]) if hits else None

    def _dashed_stance(self, doc: Doc, j: int, sent: Span) -> tuple[int, int, str] | None:
        """A phrase of stance (``colon_stance_phrases``) right after a dash inside a quotation,
        its subject (a name or an article) after it (*«Non mi riguarda – **taglia corto**
        Rossi –»*, *«… – **non usa mezzi termini** il sindaco – …»*): the aside's cue."""
        for phrase in self.g.colon_stance_phrases:
            end = j + len(phrase.split())
            if end < sent.end and " ".join(norm_word(t) for t in doc[j:end]) == phrase \
                    and (doc[end].pos_ == "PROPN" or norm_word(doc[end]) in self.g.articles):
                return j, end, phrase
        return None

    def _closing_dash(self, doc: Doc, end: int, sent: Span) -> bool:
        """A dash closes the interruption within a few words: *– ha detto il ministro –* (the
        minus sign typed for one too: *− ha detto il ministro −*)."""
        return any(t.text in ASIDE_DASHES for t in doc[end:min(end + 10, sent.end)])

    def _pledge(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is a finite verb or participle of commitment with its reflexive clitic
        before its auxiliaries (*si è impegnato*, *si era offerta*, *mi impegno*) and, past
        adverbs, an infinitive after a preposition of ``infinitive_openers`` (*a riaprire*, *di
        pagare*, *per ridurre*): a pledge stated (not *ha impegnato i fondi*, nor *erano
        impegnati a difendere*, busy, with no clitic; nor a subjunctive, a pledge asked for or
        aimed at: *ha fatto appello all'ONU perché si impegnino a…*)."""
        start = self.aux_start(doc, i, sent.start)
        if start <= sent.start or norm_word(doc[start - 1]) not in self.g.reflexive_clitics \
                or not self._reflexive_agrees(doc, start - 1, start):
            return False  # (not "le norme che ci impegnano a…": "ci" the object of a plural verb)
        if any(self._subjunctive(t) or self.subjunctive_form(t) or self.g.past_subjunctive.search(norm_word(t))
               for t in doc[start:i + 1]):
            return False
        return self._infinitive_after(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end)

    def _stated_plan(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is an active verb of planning, with no clitic *si* before its auxiliaries,
        whose parsed subject is someone (a name, a person, a body: not a thing, a text, a
        plan), then *di* + infinitive past adverbs: *il rettore prevede di aprire…*, *la Regione
        programma di assumere…* (not *il progetto prevede di costruire…*, *si prevede di…*, *è
        previsto di…*, nor a subject left to the parse's guess)."""
        if self._personal_active(doc, i, sent) is None \
                or not self.di_infinitive(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end):
            return False
        subjects = self._personal_subjects(doc, i)
        return bool(subjects) and not self._things_as_subjects(doc[i])

    def _poll_subject(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is an active verb of ``poll_verbs`` whose parsed subject is a poll, an
        estimate or a count (``poll_nouns``), then past adverbs *per* + a predicate, or a noun
        phrase that opens with a determiner, a name or a number and a number in the clause: *i
        sondaggi danno per favorito Rossi*, *le prime stime davano un totale di 19 morti*, *i
        risultati davano Bianchi primo con il 41%* (not *i risultati danno ragione a…*, *hanno
        dato esito negativo*, *una spinta alla borsa*: other senses, no standing nor figure)."""
        if self._personal_active(doc, i, sent) is None \
                or not any(self.word_forms(s) & self.g.poll_nouns for s in parsed_subjects(doc[i], self.g.relatives)):
            return False
        k = self.skip_adverbs(doc, i + 1, sent.end)
        if self._poll_standing(doc, k, sent.end):
            return True
        # a standing or a figure: a number in the clause after the object's first word
        # ("Bianchi primo con il 41%", "un totale di 19 morti"; not "una spinta alla borsa")
        return k < sent.end and doc[k].pos_ in ("DET", "PROPN", "NUM") \
            and any(t.like_num for t in doc[k:sent.end])

    def _poll_standing(self, doc: Doc, k: int, end: int) -> bool:
        """*per* + a predicate at token ``k`` after a verb of ``poll_verbs``: *per favorito*, *per
        vincente* (the standing, then who holds it)."""
        return k + 1 < end and norm_word(doc[k]) == "per" and doc[k + 1].pos_ in ("ADJ", "VERB", "NOUN")

    def _stated_estimate(self, doc: Doc, i: int, sent: Span, present: bool = False) -> bool:
        """Token ``i`` is an active verb of estimating (``forecast_verbs``) in the third person,
        with no clitic *si* before its auxiliaries, then a *che*-clause, whose parsed subject is
        anyone who can estimate (*gli analisti stimano che…*, *la Coldiretti calcola che…*): not
        a rule or a place (*la norma calcola che…*), nor the writer (*stimo che…*), nor no one
        (*si stima che…*). With ``present``, token ``i`` is a third-person present the tagger
        read as a noun or an adjective (*il pm **stima** che…*, *la società **calcola** che…*),
        with no person of its own: only a subject the parse gives it and no auxiliary count."""
        first = self._personal_active(doc, i, sent)
        third = first is not None and (present and first.i == i or "3" in first.morph.get("Person"))
        if not third or not self._che_after(doc, i + 1, sent.end):
            return False
        subjects = self._personal_subjects(doc, i)
        if present and not subjects and doc[i].dep_ == "amod" and doc[i].head.i == i - 1 \
                and doc[i].head.pos_ in ("NOUN", "PROPN"):
            subjects = [doc[i].head]  # ("il sindacato stima che…" read as the noun and its adjective)
        return bool(subjects) and not any(self.word_forms(subj) & self.not_sources or subj.ent_type_ == "LOC"
                                          for subj in subjects)

    def _personal_active(self, doc: Doc, i: int, sent: Span):
        """The first token of the verb group of token ``i`` (its auxiliaries) when that group is
        active and no reflexive clitic *si* stands before it (*si prevede…*, *è previsto…*: no
        one plans), else None."""
        start = self.aux_start(doc, i, sent.start)
        if start > sent.start and norm_word(doc[start - 1]) in self.g.reflexive_clitics or self.is_passive(doc, start, i + 1):
            return None
        return doc[start]

    def _personal_subjects(self, doc: Doc, i: int) -> list:
        """The subjects the parse gives token ``i`` when each is a noun, a name or a personal
        pronoun (*lei prevede di…*; not *l'altra prevede di…*, a thing left before), else []."""
        subjects = parsed_subjects(doc[i], self.g.relatives)
        if all(subj.pos_ in ("NOUN", "PROPN") or norm_word(subj) in self.g.person_pronouns for subj in subjects):
            return subjects
        return []

    def _held_belief(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is an adjective of belief (``belief_adjectives``) after a copula in the
        third person (its ``cop`` child or the word before, adverbs between), a *che*-clause
        after it, and a subject the parse gives it that is someone (a name, a noun that is no
        rule, a personal pronoun): *gli esperti sono convinti che…*, *la polizia è certa che…*;
        a verb of seeming (``seeming_verbs``) heading the adjective links it as a copula does
        and gives the subject (*gli inquirenti sembrano convinti che…*, *la polizia pare sia
        convinta che…*; a nominal adjective as subject, *gli inquirenti*, counts)."""
        before = i - 1
        while before > sent.start and doc[before].pos_ == "ADV":
            before -= 1
        head = doc[i].head
        # (right before it, a copula or an adverb between: not a verb of an earlier clause the
        # parse hangs it on)
        seeming = head if 0 < i - head.i <= 3 and self.lemmas(head) & self.g.seeming_verbs else None
        copula = next((c for c in doc[i].children if c.dep_ == "cop" and c.i < i), None)
        if copula is None and before >= sent.start and norm_word(doc[before]) in self.g.copulas:
            copula = doc[before]
        copula = copula or seeming
        if copula is None or "3" not in copula.morph.get("Person") or not self._che_after(doc, i + 1, sent.end):
            return False
        subjects = parsed_subjects(doc[i], self.g.relatives) or parsed_subjects(copula, self.g.relatives) \
            or (parsed_subjects(seeming, self.g.relatives) if seeming is not None else [])
        # (before the adjective: a subject the parse takes from the che-clause, "è ormai certo
        # che la zona fu abitata…", is no one's belief)
        return bool(subjects) and all(
            subj.i < i and (subj.pos_ in ("NOUN", "PROPN", "ADJ") or norm_word(subj) in self.g.person_pronouns)
            and not self.word_forms(subj) & self.not_sources for subj in subjects)

    def reports_object(self, cue: Cue) -> bool:
        """Whether the object of this cue is reported content (*ha evidenziato l'importanza…*)
        rather than a plain object (*ha risposto alle domande*): only listed verbs (and an
        impersonal *si pensa a…*, whose cue only its *a* opens, and *si prevedono nevicate*, whose
        cue only its object opens)."""
        return cue.lemma in self.object_verbs or cue.verb in self.object_verbs or cue.lemma in self.g.impersonal_a_verbs \
            or cue.lemma in self.g.impersonal_object_verbs or cue.verb in self.g.stance_verbs \
            or cue.lemma in self.g.poll_verbs

    def reports_of(self, cue: Cue) -> bool:
        """The cue reports what it is about with *di* (*parlano di sei morti*)."""
        return lemma_reports_of(self, cue.rule)

    def self_report(self, doc: Doc, cue: Cue) -> bool:
        """A reflexive cue and an adjective: *si è detto soddisfatto*, *si dichiara innocente*;
        the adjective phrase is what was reported."""
        if not self.reflexive_self_report(doc, cue):
            return False
        span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        first = norm_word(span[0])
        return (span[0].is_alpha and span[0].is_lower and first != "che"
                and first not in self.g.articles | self.g.prepositions | self.g.object_starts)

    def small_clause(self, doc: Doc, cue: Cue | None) -> bool:
        """A cue of ``small_clause_verbs`` holds an object and its predicate: a predicate the parse
        gives the verb (``xcomp``: *considera **inaccettabile** la riforma*), a clitic or enclitic
        object and a noun phrase or adjective after the verb (*lo considera **un traditore***,
        *considerandola **inutile***), one object and a second noun phrase juxtaposed to it or
        *come* after it (*considera la riforma **un errore***, *la considera **come** una resa*); in
        the passive, the holder with *da* (*è considerato **dai pm** il mandante*) or a bare
        participle after its noun (:meth:`bare_opinion`). Not a bare participle of its own
        (*considerato il periodo*: given), not a gerund right after another verb's object with no
        comma (*ha giustificato i ritardi considerandoli inevitabili*), not an agentless passive (*è considerato uno dei massimi
        poeti*: the writer's description), not a bare object (*considera l'offerta*: weighs it)."""
        if cue is None:
            return False
        if cue.complement == "passive":
            return cue.speaker_np is not None or self.bare_opinion(doc, cue.start, self.context(doc).sent(cue.start))
        if cue.complement != "object" or not self.context(doc).has_dep:
            return False
        skipped = doc.char_span(cue.end_char, cue.content_start, alignment_mode="expand")
        if skipped is not None and any(norm_word(t) == "non" for t in skipped):
            return False  # ("li considera non canonici": the content would drop the negation)
        verb = self.main_verb(doc, cue)
        if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
            return False
        if self.g.gerund.search(norm_word(doc[cue.start])) and cue.start > 0 and doc[cue.start - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            return False  # ("ha giustificato i ritardi considerandoli inevitabili": how the object before was meant, inside it)
        after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
        k = self.skip_adverbs(doc, verb.i + 1, len(doc))
        if any(c.dep_ == "xcomp" for c in after) or k < len(doc) and doc[k].pos_ == "ADJ":
            return True  # (an adjective right after the verb, before a heavier object, is its predicate)
        clitic = self.gerund_without_clitic(verb) is not None or self.infinitive_without_clitic(verb) is not None \
            or any(c.pos_ == "PRON" and c.dep_ == "obj" and c.i < verb.i for c in verb.children)
        if clitic:
            # what the clitic is held to be: a noun phrase, *come* + one, or a phrase with a
            # preposition (*considerandoli alla stregua di…*, *lo considera tra i migliori*)
            return k < len(doc) and (norm_word(doc[k]) in self.g.articles | self.g.indefinite_articles
                                     or norm_word(doc[k]) == "come" or doc[k].pos_ in ("ADP", "NOUN", "NUM"))
        objects = [c for c in after if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objects) == 2:
            # "considera la riforma un errore", "considera i simboli, i simboli della nazione":
            # both read as objects (not a second one inside brackets: "i rapporti tra le classi
            # (proprietari, …) fondamentali")
            return not any(t.text in "([" for t in doc[objects[0].i + 1:objects[1].i])
        if len(objects) != 1:
            return False
        obj = objects[0]
        end = obj.right_edge.i + 1
        return second_np(obj) or end < len(doc) and norm_word(doc[end]) == "come" \
            or any(norm_word(t) == "come" and t.dep_ == "case" for t in obj.subtree)  # (hung deeper: "gli uomini non contaminati come migliori")

    def reflexive_self_report(self, doc: Doc, cue: Cue) -> bool:
        """The cue is a reflexive verb of ``self_report_verbs``, which reports what its subject
        says of itself: *si è detto*, *si dichiara*, *dicendosi*, *professarsi*."""
        return cue.lemma in self.g.self_report_verbs and cue.start > 0 and self._reflexive(doc, cue.start, cue.end)

    def words_emerged_from(self, doc: Doc, i: int, sent: Span) -> tuple[int, int] | None:
        """Before the verb at ``i`` (an ``emerging_verbs`` one), a phrase opening its clause:
        *da* + an article, a possessive and a noun of words or a document (with *di* + its
        issuer): *Dal comunicato della Regione* (emerge che…), *Dal loro racconto*; the span of
        the phrase after *da*, else None (*Dall'autopsia emerge che…*: a finding, no one's words)."""
        k = i - 1
        start = k
        while start > sent.start and not doc[start - 1].is_punct and i - start < 9:
            start -= 1
        if norm_word(doc[start]) not in self.g.forms("da") or start != sent.start and doc[start - 1].text != ",":
            return None
        m = start + 1
        while m < i and (norm_word(doc[m]) in self.g.articles | self.g.possessives or doc[m].pos_ == "ADJ"):
            m += 1
        if m >= i or norm_word(doc[m]) not in self.g.document_nouns | self.g.speech_nouns \
                or self.word_forms(doc[m]) & (self.g.report_nouns | self.g.not_speakers):
            return None
        return start + 1, i

    def said_before(self, doc: Doc, cue: Cue) -> bool:
        """The cue's object is a clitic or *quanto* standing for words before it (*«Si vota il 12
        giugno»: **lo** ha annunciato il ministro*, *È **quanto** ha dichiarato il portavoce*,
        *Lo hanno messo in luce le indagini*): the definite noun phrase after the verb is its
        subject, not what it reports (not *lo ha definito un errore*, a predicate)."""
        if cue.start == 0 or cue.lemma in self.g.predicative_verbs:
            return False
        before = norm_word(doc[cue.start - 1])
        if not (before in self.g.said_before_clitics or before == "quanto" and cue.start > 1
                and norm_word(doc[cue.start - 2]) in self.g.copulas):
            return False
        span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        channel = self.channel_end(doc, span.start, span.end)  # ("Lo scrive in una nota Marco Rossi")
        first = doc[channel] if channel is not None and channel < span.end else span[0]
        return norm_word(first) in self.g.definite or first.is_title

    def _reflexive(self, doc: Doc, start: int, end: int) -> bool:
        """The cue's verb is reflexive: *si dichiara*, *dicendosi*, *professarsi*."""
        return start > 0 and norm_word(doc[start - 1]) in self.g.reflexive_clitics or self.attached_reflexive(doc[end - 1])

    def _is_coordinated(self, doc: Doc, start: int, sent: Span) -> bool:
        """The cue follows ``e``/``ma``/``poi``… or a comma that does not close an apposition
        (*L'avvocata, Giulia Neri, ha detto* is not coordinated)."""
        if start <= sent.start:
            return False
        if norm_word(doc[start - 1]) not in self.g.coordinators:
            return self._coordinator_before_adverbial(doc, start, sent) is not None
        if doc[start - 1].text == "," and start - 2 >= sent.start:
            before = doc[start - 2]
            if before.ent_iob_ in ("B", "I") or before.text == ")" or (before.is_title and not before.is_sent_start):
                return False
        return True

    def _coordinator_before_adverbial(self, doc: Doc, start: int, sent: Span) -> int | None:
        """The index of the *e*/*ma* before a short adverbial that precedes the cue at ``start``
        (*… e in più occasioni ha ribadito che*, *e poi più volte ha ripetuto*), or None."""
        j = start - 1
        while j > sent.start and start - j <= 4 and (doc[j].pos_ in ("ADV", "ADP", "DET", "ADJ", "NUM") or
                                                    doc[j].pos_ == "NOUN" and doc[j].is_lower):
            j -= 1
        if j >= start - 1 or norm_word(doc[j]) not in ("e", "ed", "ma"):
            return None
        run = doc[j + 1:start]
        for k, tok in enumerate(run):
            # "… e alcuni deputati hanno chiesto": a noun after a determiner is a subject, not an
            # adverbial, unless a preposition opens it ("in più occasioni", "più volte" stay)
            if tok.pos_ == "NOUN" and any(t.pos_ == "DET" for t in run[:k]) and not any(t.pos_ == "ADP" for t in run[:k]):
                return None
        return j

    def _build_cue(self, doc, start, end, kind, rule, np, sent: Span, next_start: int | None):
        verb = rule.split(":", 1)[-1]  # (the lemma of a verb cue: "verb:dire" -> "dire")
        text = self.context(doc).text
        sent_end = sent.end
        region_end_tok = next_start if next_start is not None else sent_end
        if next_start is not None:
            # the next cue's "e" and adverbial belong to neither clause ("… e più volte ha ripetuto")
            j = self._coordinator_before_adverbial(doc, next_start, sent)
            region_end_tok = j if j is not None and j > end else region_end_tok
        if next_start is not None:
            # the clitic of a reflexive next cue after its connecting word is that cue's ("ha
            # chiesto nuovi fondi e si è detto soddisfatto": the object is "nuovi fondi")
            k = region_end_tok
            while k > end and norm_word(doc[k - 1]) in self.g.reflexive_clitics:
                k -= 1
            if end < k < region_end_tok and norm_word(doc[k - 1]) in self.g.coordinators:
                region_end_tok = k
        # the connecting word before the next cue belongs to neither clause
        while region_end_tok > end and norm_word(doc[region_end_tok - 1]) in self.g.coordinators:
            region_end_tok -= 1
        if next_start is not None:
            # the relative pronoun that opens the next cue's clause is that clause's ("ha
            # annunciato un nuovo piano, che aveva promesso in campagna elettorale")
            k = region_end_tok
            while k > end and (norm_word(doc[k - 1]) in self.g.clitics or norm_word(doc[k - 1]) in self.g.negations):
                k -= 1
            if k > end + 1 and norm_word(doc[k - 1]) in self.g.relatives and doc[k - 2].text == ",":
                region_end_tok = k - 1
            elif kind != "source" and (comma := self._comma_subject(doc, next_start, end)) is not None:
                region_end_tok = comma  # "…, gli inquirenti invece sostengono": the next cue's subject is its own
        region_end = doc[region_end_tok - 1].idx + len(doc[region_end_tok - 1]) if region_end_tok > end else doc[end - 1].idx + len(doc[end - 1])
        colon = text.find(":", doc[end - 1].idx, region_end)
        while colon != -1:
            after = text[colon + 1:region_end].lstrip()
            if after[:1] in "«“„\"‘":
                region_end = colon  # "ha ribadito che X: «…»": the quote is direct
                break
            colon = text.find(":", colon + 1, region_end)
        cue_span = doc[start:end]
        coordinated = self._is_coordinated(doc, start, sent)
        gerund = bool(self.g.gerund.search(norm_word(doc[end - 1]))) and kind == "verb"
        if kind == "source":
            np_start, np_end = np
            closes = self.closes_sentence(doc, np_end, sent_end) and not self.other_version(doc, np_start, np_end, sent_end)
            # (a subject with its relative clause: "La frana che ha colpito la valle, secondo X, è…")
            lead = self.parenthetical_lead(doc, start, sent, relative=True)
            # ("…, come confermato da X, e l'area era vasta": the writer's clause after it; as
            # build_inverted reads a come-cue, it vouches for the clause before)
            come_closes = norm_word(doc[start]) == "come" and start > sent.start and doc[start - 1].text == "," \
                and np_end + 1 < sent_end and doc[np_end].text == "," and norm_word(doc[np_end + 1]) in self.g.proposition_conjunctions
            if lead is None and np_end + 1 < sent_end and doc[np_end].text == "," and start > sent.start \
                    and not self.relative_source(doc, start, end, sent) and not come_closes:
                lead = self.parenthetical_lead(doc, start, sent, clause=True)
            if lead is None and np_end + 1 < sent_end and doc[np_end].text == "," and not come_closes:
                lead = self.aside_opener(doc, start, sent)  # "quando, secondo le previsioni, il tempo…"
            if lead is None and start > sent.start and doc[start - 1].text in DASHES and np_end + 1 < sent_end \
                    and doc[np_end].text in DASHES and not self.relative_source(doc, start, end, sent):
                # "Il governo – secondo il ministro – approverà…": a marker set off by dashes sits
                # inside the content, as between commas
                lead = self.parenthetical_lead(doc, start, sent, clause=True, openers=tuple(DASHES))
            bracketed = lead is None and start > sent.start and doc[start - 1].text == "(" and np_end + 1 < sent_end \
                and doc[np_end].text == ")" and doc[np_end + 1].is_alpha and not self.relative_source(doc, start, end, sent)
            if bracketed:
                # "La crisi durerà (secondo il ministro) ancora due anni": a marker alone in
                # brackets, the clause going on after them, sits inside the content, as between
                # dashes (with the subject's relative: "I processi che… rafforzeranno (secondo X)…")
                lead = self.parenthetical_lead(doc, start, sent, clause=True, openers=("(",))
                if lead is not None and lead - 1 > sent.start and norm_word(doc[lead - 1]) in self.g.relatives \
                        and not any(self.is_finite(t) or t.is_punct for t in doc[sent.start:lead - 1]):
                    lead = sent.start  # the subject the relative hangs on, from the sentence's start
            closes = closes or come_closes
            relative_after = np_end + 1 < sent_end and doc[np_end].text == "," and norm_word(doc[np_end + 1]) in self.g.relatives
            after = next((k for k in range(np_end + 2, sent_end - 1) if doc[k].text == ","), None)
            clause_before = any(self.is_finite(t) for t in doc[sent.start:start])
            inside = np_start < end or not closes and self._verb_follows(doc, np_end, sent_end) \
                and not self._after_opening_time(doc, start, sent)  # ("Le due leggi a giudizio di X sono…")
            subject = self._subject_before_marker(doc, start, sent) if inside else None
            if subject is not None:
                # "quella attuale a loro dire favorirebbe…": a possessive marker between the
                # subject of its clause and the verb, without commas: the content holds both
                content_start = region_start = about_start = doc[subject].idx
            elif relative_after and after is not None and not clause_before and lead is not None:
                # "La situazione, secondo quanto ha riferito X, che dirige…, è gravissima": the
                # marker and its relative sit inside the content
                content_start = region_start = about_start = doc[lead].idx
            elif relative_after and after is not None and not clause_before:
                # "Secondo una mappa, che riporta i dati, 12 vetture…": the clause after the relative
                # (past a cue inside the relative, which would end the region before it starts)
                content_start = region_start = about_start = doc[after].idx + 1
                if region_end <= content_start:
                    region_end = sent.end_char
            elif relative_after and clause_before:
                # "…, sempre secondo Cervellera, che ha aggiunto…": the clause before the marker
                content_start = region_start = about_start = doc[sent.start].idx
                m = start - 1
                while m > sent.start and norm_word(doc[m]) in self.g.cue_adverbs:
                    m -= 1
                region_end = doc[m].idx + len(doc[m])
            elif np_end < len(doc) and self.relative_source(doc, start, end, sent) is not None:
                # "Il ministro, secondo il quale la crisi è finita, ha lasciato…" (not at the text's end)
                content_start = region_start = about_start = doc[np_end].idx
                comma = self.relative_content_end(doc, np_end, sent)
                if comma is None:
                    comma = self.bare_relative_end(doc, start, np_end, sent)  # "la tesi di X secondo cui … è stata smentita"
                if comma is not None:
                    region_end = min(region_end, doc[comma].idx)
            elif lead is not None and (np_end < sent_end and doc[np_end].text == "," or not closes or bracketed):
                # "L'incendio, secondo le testimonianze, è scoppiato…": the marker sits inside
                # the content, which starts with the clause
                content_start = doc[lead].idx
                about_start = region_start = content_start
                # "La città, dove, secondo X, …, è…": the content ends with the relative
                region_end = min(region_end, self.relative_close_end(doc, start, np_end, sent) or region_end)
            elif np_end < sent_end and doc[np_end].text == "," and not come_closes:
                first = self._past_connective(doc, np_end + 1, sent_end)
                content_start = doc[first].idx if first > np_end + 1 else doc[np_end].idx + 1
                about_start = content_start
                region_start = content_start
                # "La nave, che, secondo X, …, è affondata": the content ends with the relative
                region_end = min(region_end, self.relative_close_end(doc, start, np_end, sent) or region_end)
            elif not closes or start == sent.start:
                # "Secondo il governatore i fondi arriveranno…": the clause after the source
                content_start = doc[min(np_end, sent_end - 1)].idx
                region_start = about_start = content_start
                colon = next((m for m in range(np_end + 1, min(np_end + 8, sent_end - 1)) if doc[m].text == ":"), None)
                if colon is not None and self.colon_stance(doc, np_end, colon) == "clause":
                    # "Secondo X non ci sono dubbi: il governo cadrà": the words after the stance
                    content_start = region_start = about_start = doc[colon].idx + 1
                if start - 2 >= sent.start and norm_word(doc[start - 1]) == "che" and doc[start - 2].text == ",":
                    # "i parlamentari, che secondo il fondatore riprenderanno il nome, hanno
                    # minacciato…": the relative clause, to the comma that closes it
                    comma = next((m for m in range(np_end + 1, sent_end) if doc[m].text == ","), None)
                    if comma is not None:
                        region_end = min(region_end, doc[comma].idx)
            else:
                # "La crisi è grave, secondo il ministro." -> the sentence before the marker
                content_start = doc[sent.start].idx
                bracket = next((k for k in range(start - 1, sent.start - 1, -1) if doc[k].text in "()"), None)
                if bracket is not None and doc[bracket].text == "(":
                    # "(stimabile fra 0,5 e 2,5 kilotoni secondo fonti coreane, fra 5 e 15 secondo
                    # fonti russe)": the words inside the bracket, from the last comma in it
                    comma = next((k for k in range(start - 1, bracket, -1) if doc[k].text == ","), None)
                    content_start = doc[(comma if comma is not None and comma < start - 1 else bracket) + 1].idx
                region_start = about_start = content_start
                m = start - 1
                while m > sent.start + 1 and (doc[m].text == "," or norm_word(doc[m]) in self.g.marker_focus_adverbs):
                    m -= 1  # ("Il ponte è sicuro, almeno secondo i tecnici": the adverb bears on the marker)
                region_end = doc[m].idx + len(doc[m]) if start > sent.start else cue_span.end_char
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=content_start,
                       region_start=region_start, region_end=region_end, about_start=about_start, rule=rule,
                       coordinated=coordinated, speaker_np=np)
        if kind == "fronted":
            # "A favore della tregua si sono espressi X e Y": the fronted phrase, to the cue
            # ("La partecipazione di X, di cui si era parlato, …": the noun phrase before di cui)
            first = self._clause_opening(doc, start, sent)
            last = start - 1
            while last > first and (doc[last].text == "," or norm_word(doc[last]) in self.g.cue_adverbs):
                last -= 1
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=doc[first].idx,
                       region_start=doc[first].idx, region_end=doc[last].idx + len(doc[last]),
                       about_start=doc[first].idx, rule=rule, speaker_np=np)
        if kind == "scheduled":
            # "I funerali sono previsti per sabato": the clause, the cue inside it
            first, last = np
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=doc[first].idx,
                       region_start=doc[first].idx, region_end=doc[last - 1].idx + len(doc[last - 1]),
                       about_start=doc[first].idx, rule=rule, speaker_np=None)
        if kind == "noun_passive":
            # "L'accusa di corruzione è stata mossa dai pm": the di-phrase to the auxiliary, its
            # di only before an infinitive ("la richiesta di rinviare…"); the agent speaks
            last = next(k for k in range(end, sent_end) if self.lemmas(doc[k]) & self.g.auxiliaries) - 1
            first = end if self.di_infinitive(doc, end, sent_end) else end + 1
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=doc[first].idx,
                       region_start=doc[first].idx, region_end=doc[last].idx + len(doc[last]),
                       about_start=doc[first].idx, rule=rule, speaker_np=np, passive=True)
        if kind == "headline":
            content = doc[end].idx
            answer = self.interview_answer_end(doc, np, sent)
            return Cue(start=start, end=end, start_char=content, end_char=content, text="",
                       complement="source" if answer is None else "colon", content_start=content,
                       region_start=content, region_end=region_end if answer is None else answer,
                       about_start=content, rule=rule, speaker_np=np)
        if kind == "earlier":
            before = self.context(doc).sent(start - 1)
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="source", content_start=before.start_char,
                       region_start=before.start_char, region_end=before.end_char, about_start=before.start_char,
                       rule=rule, speaker_np=np)
        if kind == "request":
            content, content_end = self.request_content(doc, np[1], sent_end, norm_word(doc[start]) in self.g.target_nouns)
            region_end = min(region_end, doc[content_end - 1].idx + len(doc[content_end - 1]))
            # (the one a request is addressed to, after its agent, is what it is about, as after a
            # verb of asking: "la richiesta del consiglio al sindaco X di istituire…")
            addressed = np[1] < content and norm_word(doc[np[1]]) in self.g.forms("a")
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="di", content_start=doc[content].idx,
                       region_start=cue_span.end_char, region_end=region_end,
                       about_start=doc[np[1] if addressed else content].idx,
                       rule=rule, coordinated=coordinated, speaker_np=np, passive=True)  # (the agent speaks)
        if kind == "inverted":
            return self.build_inverted(doc, start, end, rule, np, sent, region_end, coordinated)
        if kind == "inside":
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="object", content_start=cue_span.end_char,
                       region_start=cue_span.end_char, region_end=cue_span.end_char,
                       about_start=cue_span.end_char, rule=rule, inside_quote=True)
        j = end
        j = self.skip_adverbs(doc, j, sent_end)
        stance_at = j if kind == "verb" and verb in self.g.stance_verbs \
            and self.opens_stance(doc, j, sent_end) else None
        # (the preposition by which the verb takes what it reports: "ha protestato contro la chiusura")
        topic_at = self.preposition_content_at(doc, j, sent_end, verb) if kind == "verb" else None
        # (after a verb of appeal, a + a noun right after it is what is urged: "esorta alla calma")
        urged_at = j if kind == "verb" and verb in self.g.a_infinitive_verbs and self.urged_noun(doc, j, sent_end) \
            or kind == "nominal" and verb in self.g.urging_nouns and self._a_urged(doc, j, sent_end) else None
        if end < j < sent_end and norm_word(doc[j - 1]) in self.g.quantity_adverbs and doc[j].pos_ == "NOUN":
            j -= 1  # "chiedono più personale": a determiner of the object, not an adverb of the cue
        while end < j < sent_end and norm_word(doc[j]) in self.g.time_words and norm_word(doc[j - 1]) in self.g.cue_adverbs:
            j += 1  # "ha dichiarato ieri sera a Porta a Porta che…": the part of the day too
        aside = j
        j = self._after_aside(doc, j, sent_end)
        relayed = j > aside and norm_word(doc[aside + 1]) == "come"  # (the medium is not what is said)
        addressed = j
        if verb in self.need_object and end - 1 > start and norm_word(doc[end - 1]) in self.need_object[verb]:
            # after the speech noun of a light verb the a-phrase is its target, inside the content
            # ("ha espresso contrarietà a questa legge, che giudica…", "ha lanciato un attacco
            # all'informazione"), unless a di + infinitive or a colon follows ("un appello ai
            # giovani di…", "un appello ai giovani: …")
            k = self._after_indirect_object(doc, j, sent_end, verb)
            j = k if k < sent_end and (self.di_infinitive(doc, k, sent_end) or doc[k].text == ":") else j
        elif verb not in self.g.impersonal_a_verbs and not (verb in self.g.pledge_verbs and self._infinitive_after(doc, j, sent_end)):
            # ("si pensa a…": what, not whom; "si è impegnato a sforzarsi di…": the pledge, no addressee)
            j = self._after_indirect_object(doc, j, sent_end, verb)
            if j == addressed and verb in self.g.told_object_verbs:
                j = self._after_told_object(doc, j, sent_end)  # "ha avvisato gli abitanti che…"
        comma = next((m for m in range(addressed, j) if doc[m].text == ","), None)
        # (an aside on the person addressed, "ai paesi membri, interessati ai traffici…, di…", is
        # not what is said: the entities it names are not what the words are about)
        described = comma is not None and self._after_addressee_aside(doc, comma + 1, sent_end) == j
        if verb in self.g.impersonal_che_verbs:
            j = self._after_impersonal_source(doc, j, sent_end)
        subject_after = self._verb_first_subject(doc, start, end, j, sent) if kind == "verb" else None
        if subject_after is not None:
            j = subject_after[2]
        elif kind == "verb" and self._reflexive(doc, start, end) and verb in self.g.self_report_verbs:
            # "si è detta fiduciosa: il bilancio sarà approvato": the stance, then the words after the colon
            k = self.skip_adverbs(doc, j, sent_end)
            while k < sent_end and (doc[k].pos_ in ("ADJ", "ADV") or "Part" in doc[k].morph.get("VerbForm")) and k - j < 3:
                k = self.skip_adverbs(doc, k + 1, sent_end)
            belief = self.skip_adverbs(doc, j, sent_end)
            if k > j and k + 1 < sent_end and doc[k].text == ":":
                j = k
            elif belief + 2 < sent_end and norm_word(doc[belief]) in self.g.belief_adjectives and norm_word(doc[belief + 1]) == "che":
                j = belief + 1  # "si è detto convinto che il piano passerà": the belief's clause is what is held
        agent_first = self._agent_before_clause(doc, j, start, end, sent_end, verb in self.g.a_infinitive_verbs) \
            if kind == "verb" else None
        j = agent_first[1] if agent_first is not None else self._after_setting(doc, j, sent_end)
        past_asides = kind == "verb" and agent_first is None and (k := self.clause_past_asides(doc, start, end, j, sent_end)) != j \
            and not (verb in self.g.impersonal_che_verbs and norm_word(doc[k]) != "che")  # ("si pensa, …, di": not "si pensa che")
        if past_asides:
            j = k  # "ha detto, durante…, poche ore dopo…, che…" (the asides are not what is said)
        if stance_at is not None:
            j = stance_at  # "si è espresso a favore del rinvio": the stance phrase, no addressee nor setting
        if topic_at is not None:
            j = topic_at  # "ha protestato contro la Regione, che…": the phrase, no setting nor relative after it
        if urged_at is not None:
            j = urged_at  # "ha invitato alla prudenza gli automobilisti": what is urged, then whom
        opinion = kind == "verb" and start == end - 1 and self.bare_opinion(doc, start, sent)
        if opinion:
            j = self.skip_adverbs(doc, end, sent_end)  # (its holder, "sia da X che da Y", is no setting)
        complement = "object"
        cue_end_tok = end
        content_start = doc[j].idx if j < sent_end else cue_span.end_char
        if opinion:
            pass  # the holder and the opinion: read as a passive's below
        elif j < sent_end and doc[j].text == ":":
            complement, content_start = "colon", doc[j].idx + 1
        elif j + 1 < sent_end and norm_word(doc[j]) == "che" and doc[j + 1].text == ":":
            # "ha dichiarato che: Anche in allenamento consiglio…": the colon opens the words
            complement, content_start, cue_end_tok = "colon", doc[j + 1].idx + 1, j + 1
        elif j < sent_end and norm_word(doc[j]) == "che":
            complement, content_start, cue_end_tok = "che", doc[j].idx + len(doc[j]), j + 1
        elif (k := self._fatto_che(doc, j, sent_end)) is not None:
            # "hanno espresso dubbi sul fatto che…", "aveva convenuto sul fatto che…"
            complement, content_start, cue_end_tok = "che", doc[k].idx + len(doc[k]), k + 1
        elif j + 1 < sent_end and norm_word(doc[j]) == "come" and verb in self.g.come_verbs \
                and self.clause_follows(doc, j + 1, sent_end):
            # "ha ricordato come l'Italia sia…": come for che
            complement, content_start, cue_end_tok = "che", doc[j].idx + len(doc[j]), j + 1
        elif j + 1 < sent_end and norm_word(doc[j]) == "se" and verb in self.g.question_verbs:
            # "ha chiesto se fosse vero": the question, with its "se"
            complement, content_start = "che", doc[j].idx
        elif j + 1 < sent_end and norm_word(doc[j]) in self.g.question_openers \
                and verb in self.g.question_verbs and self.clause_follows(doc, j + 1, sent_end):
            # "ha domandato perché i fondi non siano stati spesi", "si è chiesto come sia
            # possibile": the question, with its opening word
            complement, content_start = "che", doc[j].idx
        elif j < sent_end and self._subjunctive(doc[j]):
            # "sostengono sia troppo presto": che left out before a subjunctive
            complement, content_start = "che", doc[j].idx
        elif self.di_infinitive(doc, j, sent_end) or self._a_infinitive(doc, j, sent_end) and (
                verb in self.g.a_infinitive_verbs or verb in self.need_object
                or " " in verb and verb.split()[-1] in self.light_nouns):
            # "di" + infinitive; "a" + infinitive after invitare, esortare… ("invita a riflettere")
            # or after the speech noun of a light verb ("ha rinnovato l'impegno a proseguire",
            # "ha espresso la disponibilità a trattare": the noun holds the infinitive), also one
            # closing a locution ("ha dato disponibilità a studiare…")
            complement, content_start = "di", doc[j].idx
        elif kind == "verb" and verb in self.g.charge_verbs and j + 1 < sent_end and norm_word(doc[j]) in self.g.forms("di") \
                and start > sent.start and norm_word(doc[start - 1]) in self.g.object_clitics | self.g.gap_clitics \
                and not self.is_passive(doc, start, end):
            # "lo ha accusato di corruzione", "l'hanno accusata di frode": the one charged a
            # clitic before the verb, the charge right after it
            complement, content_start = "di", doc[j].idx
        elif verb in self.g.pledge_verbs and self._infinitive_after(doc, j, sent_end):
            complement, content_start = "di", doc[j].idx  # "si è impegnato a…", "per…": what was pledged
        elif j + 1 < sent_end and norm_word(doc[j]) in self.g.forms("a") and verb in self.g.impersonal_a_verbs:
            content_start = doc[j + 1].idx  # "si pensa a un errore umano": what is supposed
        elif j + 1 < sent_end and norm_word(doc[j]) in self.g.forms("di") and lemma_reports_of(self, rule):
            # "hanno riferito di un solo morto", "parlavano di due vittime": what was reported
            content_start = doc[j + 1].idx  # (after "di", "dell'", "dei" too: the annotators leave it out)
        else:
            # "ha accusato la Russia di aver invaso…": the accused, then di + infinitive
            charge = verb in self.g.charge_verbs
            # (a passive's charge comes right after it: "accusato di crimini di guerra")
            # (after the passive of a verb that reports no noun phrase the noun phrase is its
            # subject and a di + infinitive after it belongs to that noun: "è stata aggiunta la
            # possibilità di…", nothing said)
            # (so does a charge with per: "indagato per corruzione dalla Procura")
            per_charge = verb in self.g.charge_per_verbs and kind == "verb" and self._charge_follows(doc, end - 1, sent_end) and (
                self.is_passive(doc, start, end) or start == end - 1 and self.bare_charge(doc, start, sent_end))
            k = None if charge and j < sent_end and norm_word(doc[j]) in self.g.forms("di") or per_charge or self._reflexive(doc, start, end) \
                or kind == "verb" and verb not in self.object_verbs and self.is_passive(doc, start, end) \
                else self._object_then_di(doc, j, sent_end, charge=charge, per=verb in self.g.charge_per_verbs)  # ("confessandosi colpevole di…")
            if k is None and verb in self.g.told_object_verbs and kind == "verb" and not self.is_passive(doc, start, end) \
                    and not self._reflexive(doc, start, end):
                # "ha informato i sindacati sulla chiusura"; not "si è informato del…": asked about it
                k = self._told_topic(doc, j, sent_end)
            if k is not None and norm_word(doc[k]) in self.g.forms("per"):
                complement, content_start = "di", doc[k + 1].idx  # a charge with per: what follows it
            elif k is not None:
                # (a noun that holds the infinitive is reported with it: "ha annunciato l'intenzione
                # di lasciare", "non ha escluso la possibilità di stanziare fondi", "ha descritto
                # un modo nuovo di calcolare")
                head = next((t for t in doc[j:k] if t.pos_ not in ("DET", "ADJ") and norm_word(t) not in self.g.articles), None)
                holds = head is not None and head.is_lower and bool(self.word_forms(head) & (self.g.proposition_nouns | self.g.holding_nouns))
                complement, content_start = "di", doc[j if holds else k].idx
        bare_agent = kind == "verb" and start == end - 1 and self.bare_agent(doc, start, sent)
        passive = kind == "verb" and (self.is_passive(doc, start, end) or start == end - 1 and (
            self.bare_charge(doc, start, sent_end) or opinion) or bare_agent)
        if kind == "verb" and not passive and start == end - 1 and self.g.participle.search(norm_word(doc[start])) \
                and self._agent_after_marks(doc, j, sent_end) is not None:
            passive = True  # "Il ponte, definito «inutile» dal sindaco, …": a bare participle, its agent after the marks
        phrase = rule.split(":", 1)[-1]
        if kind == "verb" and phrase in self.g.questioning_passive_verbs:
            # "è stata messa in dubbio": the participle before the phrase's last words is the passive's
            passive = self.is_passive(doc, start, end - len(phrase.split()) + 1)
        speaker_np = None
        if passive and complement == "object":
            found = self._passive_content(doc, j, start, end, sent, rule, opinion, bare_agent)
            if found is None:
                complement = "none"  # "Il ponte è stato costruito": nothing reported
                speaker_np = self._agent_after_marks(doc, j, sent_end)  # "è stato definito «storico» dall'Onu"
            else:
                complement, (content_start, region_end, speaker_np) = "passive", found
        elif passive and complement in ("che", "di", "colon"):
            speaker_np = agent_first or self._agent_at(doc, j, sent_end)
        if complement == "object" and kind == "verb" and not passive and verb in self.g.guest_verbs \
                and not any(self._a_infinitive(doc, m, sent_end) or self.urged_noun(doc, m, sent_end)
                            and doc[m].head.head.i == end - 1 for m in range(j, sent_end)):
            # "invitò a casa alcuni compagni contrari alla guerra": a guest, nothing urged (not
            # "invitò i manifestanti alla calma": the urged noun hangs on the verb)
            complement = "none"
        if complement == "object" and kind == "verb" and not passive and verb in self.g.action_object_verbs \
                and not self._action_object(doc[end - 1]):
            # "ha ordinato venti nuovi aerei": goods bought, nothing ordered said
            complement = "none"
        if speaker_np is None and complement in ("di", "object") and verb not in self.g.charge_verbs \
                and (passive or kind == "verb" and any(t.dep_ == "aux:pass" for t in doc[start:end])):
            # "è stata avanzata l'ipotesi di una mozione da parte di dieci consiglieri" (a passive,
            # also of a verb with its speech noun): the agent after the content speaks, and ends it
            # (not after a charge: "accusato di complotto da parte di X" may name the plotters)
            first = self.context(doc).token_at(content_start)
            found = next(((m, a) for m in range(first + 1, sent_end)
                          if doc[m].idx < region_end and (a := self._agent_phrase_at(doc, m, sent_end))), None)
            if found is not None:
                speaker_np, region_end = found[1], doc[found[0] - 1].idx + len(doc[found[0] - 1])
        if subject_after is not None and not passive and complement in ("che", "colon"):
            speaker_np = subject_after[:2]  # "Spiega il sindaco X che…": the subject after the verb
        if kind == "verb" and passive and speaker_np is None and complement in ("che", "di", "colon"):
            speaker_np = self._fronted_agent(doc, start, sent)  # "Dalla Regione è stato precisato che…"
        if kind == "verb" and speaker_np is None and start - 1 == sent.start and self.cleft_infinitive(doc, start, sent) \
                and (cleft := self.cleft_subject(doc, end, sent)) is not None:
            # "A chiedere le dimissioni è stata Anna Bruni": what is asked, then who asked it
            copula, speaker_np = cleft
            region_end = min(region_end, doc[copula - 1].idx + len(doc[copula - 1]))
        if kind == "nominal" and speaker_np is None and (urged_at is not None or verb in self.g.charge_nouns):
            # "l'appello al dialogo, lanciato da X", "l'accusa, formulata da X, di…": the agent of
            # the participle that issued it speaks (in commas inside the cue, or after what is urged)
            issuing = self._issuing_participle(doc, start + 1, end) if urged_at is None \
                else self._issuing_participle(doc, j, sent_end)
            agent = None if issuing is None else self._agent_at(doc, self.skip_adverbs(doc, issuing + 1, sent_end), sent_end)
            if agent is not None:
                speaker_np, passive = agent, True
        cue_span = doc[start:cue_end_tok]
        # (whom a verb of asking, answering or bidding addresses with a before its che-clause is
        # what the words are about, as before di + infinitive: "ha chiesto al ministro X che…",
        # "ha risposto a Y che «…»"; not the paper told, "ha dichiarato all'ANSA che…", nor where
        # one asks, "propone nelle università di X che…")
        told = addressed < sent_end and verb in self.g.addressee_topic_verbs and norm_word(doc[addressed]) in self.g.forms("a")
        about_start = content_start if relayed or described or past_asides else \
            min(doc[addressed].idx if told else cue_span.end_char, content_start)
        return Cue(start=start, end=cue_end_tok, start_char=cue_span.start_char, end_char=cue_span.end_char,
                   text=cue_span.text, complement=complement, content_start=content_start,
                   region_start=cue_span.end_char, region_end=max(region_end, content_start),
                   about_start=self._antecedent_start(doc, start, sent, about_start), rule=rule,
                   coordinated=coordinated, gerund=gerund, passive=passive, speaker_np=speaker_np)

