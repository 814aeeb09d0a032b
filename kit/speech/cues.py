"""Speech cues: verbs of saying with what they govern (*che*, *di* + infinitive, an object,
a colon) and source markers (*secondo X*, *a detta di X*, *per X*) with their noun phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..components.lemmatizer import lookup_lemma
from ..quotemarks import QUOTE_CHARS
from .base import DASHES, REFLEXIVE_INFINITIVE, Cue, _norm, lemma_reports_of, parsed_subjects, second_np
from .interviews import InterviewRules
from .inverted import InvertedRules
from .sources import SourceRules

#: parts of speech a speech verb never has (the tagger may read a verb as a NOUN or ADJ)
CLOSED_CLASSES = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT", "SPACE", "SYM", "PART", "INTJ"})


def _inflected(norm: str, lemmas, endings: dict) -> bool:
    """``norm`` is a form of one of ``lemmas`` by a table of endings: an infinitive's ending ->
    the endings that replace it (*richiedere* + ``{"ere": ["ente", "enti"]}`` -> *richiedenti*)."""
    return any(lemma.endswith(ending) and norm in {lemma[:-len(ending)] + form for form in forms}
               for lemma in lemmas for ending, forms in endings.items())


class CueRules(SourceRules, InvertedRules, InterviewRules):
    """Finding the cues of a Doc and the region of text each one governs."""

    def verb_cue(self, doc: Doc, i: int, sent: Span) -> tuple[int, int, str] | None:
        """(start, end, lemma) of a cue whose main verb is token ``i``."""
        token = doc[i]
        if not token.is_alpha or token.is_title and i != sent.start and not token.is_sent_start:
            return None
        if token.pos_ in CLOSED_CLASSES and self.gerund_without_clitic(token) is None:
            # tagged: an article, a preposition, a pronoun… never a cue (and fast); but a gerund
            # with a clitic the tagger misreads ("scrivendole", "dicendogli") is a verb
            return None
        lemmas = self.lemmas(token)
        norm = _norm(token)
        twins = self.present_twins(norm) & self.single_verbs if token.pos_ in ("NOUN", "ADJ", "ADV", "VERB") else set()
        if token.pos_ in ("NOUN", "ADJ", "ADV", "VERB", "PROPN") and not lemmas & self.single_verbs and (
                i == sent.start or _norm(doc[i - 1]) not in self.g.articles | self.g.articulated_prepositions
                and doc[self.back_over_adverbs(doc, i - 1, sent.start)].pos_ not in ("VERB", "AUX")):
            # a past the tagger misreads ("X chiese che…" a noun, "ribatté" a name), not after an
            # article or a verb ("le chiese", "delle difese", "avanzare oggi pretese")
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
        lemmas = lemmas | twins  # "critica" tagged as the noun, lemma "critico": criticare too
        end = i + 1
        lemma = None
        for candidate in lemmas:
            for rest in self.multi_verbs.get(candidate, []):
                words = [_norm(t) for t in doc[i + 1:i + 1 + len(rest)]]
                if words == rest or self._adjective_agrees(words, rest):
                    lemma, end = candidate + " " + " ".join(rest), i + 1 + len(rest)
        if lemma is None:
            hits = lemmas & self.single_verbs
            if not hits and self._compound_impersonal(doc, i, sent) and self._impersonal_che(doc, i + 1, sent.end):
                hits = lemmas & self.g.impersonal_che_verbs  # "si è appreso che…", "si era pensato che…"
            if not hits and i > sent.start and _norm(doc[i - 1]) in self.g.reflexive_clitics:
                hits = lemmas & self.g.impersonal_cue_verbs  # "nel comunicato si legge che…"
                if not hits and self._impersonal_che(doc, i + 1, sent.end):
                    hits = lemmas & self.g.impersonal_che_verbs  # "si stima che…"
                if not hits and i + 2 < sent.end and self._bare_a_phrase(doc, i + 1) and "Sub" not in token.morph.get("Mood"):
                    hits = lemmas & self.g.impersonal_a_verbs  # "si pensa a un errore umano" (not "si pensa al futuro")
                if not hits and self._impersonal_object(doc, i + 1, sent.end):
                    hits = lemmas & self.g.impersonal_object_verbs  # "si prevedono nevicate", "si stima un danno"
            if not hits and lemmas & self.g.emerging_verbs and self.words_emerged_from(doc, i, sent) is not None \
                    and self.skip_adverbs(doc, i + 1, sent.end) < sent.end \
                    and _norm(doc[self.skip_adverbs(doc, i + 1, sent.end)]) == "che":
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
            if not hits and lemmas & self.g.forecast_verbs and self._stated_estimate(doc, i, sent):
                hits = lemmas & self.g.forecast_verbs  # "gli analisti stimano che…", "la Coldiretti calcola che…"
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
            if modal is None and i - 2 > sent.start and f"{_norm(doc[i - 2])} {_norm(doc[i - 1])}" in self.g.infinitive_sequels:
                modal = i  # "…, per poi ribadire come la riforma…": and then said
            if modal is None and i > sent.start and _norm(doc[i - 1]) in self.g.infinitive_openers \
                    and (self._che_after(doc, i + 1, sent.end) or self._come_after(doc, i + 1, sent.end, lemma)):
                # "ha indotto le autorità ad affermare che…", "per spiegare che…": a che-clause;
                # "oltre a sottolineare come il bilancio sia in ordine": come for che
                modal = i
            if modal is None and i - 1 >= sent.start and _norm(doc[i - 1]) in self.g.nominal_infinitive_openers \
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
            self_report = lemma in self.g.self_report_verbs and (
                clitic_infinitive is not None and self.attached_reflexive(token)
                or modal is not None and modal < i and modal > sent.start
                and _norm(doc[modal - 1]) in self.g.reflexive_clitics and self.climbed_reflexive(doc, i, modal))
            if modal is None or not (self._clause_after(doc, i + 1, sent.end) or self_report or object_after):
                return None
            if self._own_infinitive(doc, i, sent):
                return None  # "vorrei limitarmi ad osservare che…", "mi sia consentito di dire che…"
        bare = self.gerund_without_clitic(token)  # "accusandolo", "dicendosi"
        clitic_gerund = bare is not None
        if clitic_gerund and norm[len(bare):] in self.g.reflexive_clitics and lemma not in self.g.self_report_verbs \
                and not stance_phrase:
            return None  # "ricordandosi", "riferendosi": remembering, referring, not saying
        if self.context(doc).has_pos and token.pos_ and token.pos_ not in ("VERB", "AUX") and not clitic_gerund \
                and modal is None and not opening_twin:
            after_clitic = i > sent.start and _norm(doc[i - 1]) in self.g.reflexive_clitics  # "si suppone"
            # (a participle opening a headline, capitalised and so read as a name or a noun, with
            # its agent after it: "Confermate dal Viminale le elezioni…", "Smentita dal governo…")
            opening_participle = i == sent.start and token.is_title and bool(self.g.participle.search(norm)) \
                and self.bare_agent(doc, i, sent, lemmas)
            # (an adjective: a participle, "dichiarato", or one of belief, "convinti che…", also
            # when tagged as a noun, "pare sia convinta che…")
            if not (token.pos_ == "ADJ" and self.g.participle.search(norm) or lemma in self.g.belief_adjectives) \
                    and not after_clitic and not opening_participle \
                    and not self._verb_read_as_noun(doc, i, sent) and not self._imperfect_before_clause(doc, i, sent):
                return None
        if modal is None and i > sent.start and _norm(doc[i - 1]) in self.g.articles | self.g.prepositions - {"e"} \
                and not (doc[i - 1].pos_ == "PRON" and token.pos_ == "VERB") \
                and not (_norm(doc[i - 1]) in self.g.conjunction_prepositions and self._is_finite(token)):
            # "il detto", "della dichiarazione" (not the clitic of "lo riferisce", nor a finite
            # verb after "come", there a conjunction: "come spiega il ministro, …")
            return None
        if self._adjective_before_relative(doc, i, sent):
            return None  # "una risposta precisa che ha convinto tutti": an adjective, a relative after it
        start = self.aux_start(doc, i, sent.start) if modal is None else modal
        if start > sent.start and _norm(doc[start - 1]) in self.g.reflexive_clitics and \
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
                or self.generic_relative(doc, i):
            return None  # "Si precisa che…", "è richiesto il relativo titolo": the text's own voice
        if self._unsaid_passive(doc, start, i, end, sent) and not self._clause_after(doc, end, sent.end):
            # "non è mai stato chiarito il ruolo di…": nothing said, a fact unknown ("non è escluso
            # che…", a clause, is a hedge reported with no one's name and stays)
            return None
        if self.own_voice(doc, start, i, lemma):
            return None  # "credo che…", "non voglio dire che…", "aggiungerò che…": the speaker's own words now
        is_participle = self.g.participle.search(norm) and norm not in lemmas
        if self.context(doc).has_morph and token.morph.get("VerbForm"):
            is_participle = "Part" in token.morph.get("VerbForm")
        if twins and self.context(doc).has_pos:
            is_participle = False  # a present the tagger read as a participle: "ammette", "imputa"
        if is_participle and start == i and not clitic_gerund and not self.bare_charge(doc, i, sent.end, lemmas) \
                and not self.bare_opinion(doc, i, sent, lemmas) and not self.bare_agent(doc, i, sent, lemmas) \
                and not (i > sent.start and _norm(doc[i - 1]) in self.g.reflexive_clitics) \
                and not self._shares_auxiliary(doc, i, sent):
            # an adjectival participle: "il comunicato diffuso" (not "si professa", a present
            # tense the tagger read as a participle: no participle follows a bare clitic)
            return None
        if any(" ".join(_norm(t) for t in doc[k:end]) in self.g.not_speech_idioms
               for k in range(max(start - 2, sent.start), start)):
            return None  # "non è detto che…": it is not sure; "vale a dire che…": that is; no one said it
        if modal is not None and self._needless(doc, i, sent):
            return None  # "non c'è bisogno di dire che…", "inutile ricordare che…": needless to say, no report
        if self._means(doc, start, i):
            return None  # "ciò vuol dire che…": a consequence drawn, no one's words
        head = lemma.split()[0]
        if head in self.g.going_on_verbs and self._going_on_with(doc, end, sent.end):
            return None  # "hanno proseguito nei tentativi di…": going on with something
        if head in self.g.naming_participle_verbs and self._named_in_marks(doc, start, i, end, sent):
            return None  # "questo tratto è detto «golfo dei poeti»": a name given, no one's words
        if head in self.g.stage_verbs and self._going_on_with(doc, end, sent.end):
            return None  # "ha recitato in due film, «…» e «…»": a role, the marks hold titles
        if head in self.g.clause_only_verbs and not self._clause_after(doc, end, sent.end):
            return None  # "ha indicato la strada": pointing, not saying
        # (a subject the verb shares with the clause it hangs on, "l'azione, che aveva firmato…,
        # mise in luce…", "il gioco si svolge…, evidenziando…"; not with a clitic object before
        # the verb, whose noun after is its own subject: "e lo confermano produttori di…")
        shared = not any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < token.i for c in token.children)
        if head in self.g.evidence_verbs and self._clause_after(doc, end, sent.end) \
                and self._things_as_subjects(token, inherited=shared) \
                and not self._opens_quotation(doc, end, sent.end):
            return None  # "le misure indicano che…", "ciò dimostra che…": evidence, no one's words
        if head in self.g.evidence_verbs and self._object_after(token, start, end, sent) \
                and self._things_as_subjects(token, inherited=shared) and not any(
                    _norm(subj).endswith(self.g.agent_noun_suffixes) for subj in self.verb_subjects(token)):
            # a thing shows a thing: "i reperti attestano la presenza di…", "la crisi ha messo in
            # luce la debolezza di…", "gli scavi hanno confermato la presenza di…" (not a cue set
            # off by a dash or after a quotation, "- conferma il portavoce -", whose parse is
            # unsure; not a noun of an agent, "gli scopritori hanno suggerito una datazione")
            return None
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
        if head in self.g.threat_verbs and self._things_as_subjects(token, inherited=True):
            return None  # "la frana minaccia di travolgere il paese": a risk, no one's threat
        if self._voiceless_subjects(token):
            return None  # "il contratto dice che…", "come dice il proverbio, …": no one's words
        if head in self.need_object and not stance_phrase:
            nouns = self.need_object[head]
            for j in range(end, min(end + 4, sent.end)):
                if doc[j].text in QUOTE_CHARS:
                    return start, end, lemma  # "ha espresso «forte insoddisfazione»": the marks hold the object
                if _norm(doc[j]) in nouns:
                    if _norm(doc[j]) in self.g.prepositions and any(
                            _norm(t) in self.g.venue_nouns or t.pos_ in ("VERB", "AUX")
                            or t.dep_ == "obj" and _norm(t) not in self.g.time_words for t in doc[end:j]):
                        # the preposition belongs to a word between: a programme or setting
                        # ("parlando ai microfoni di Sky", "in diretta del Tg1"), another verb
                        # ("quando parla si copre di ridicolo") or the verb's direct object, a
                        # language spoken ("parla uno dei dialetti del Sud", "parla la lingua
                        # dei numeri"; not a day the parse takes for one, "ha parlato lunedì dei
                        # ritardi"), not to the verb of speech
                        continue
                    end = j + 1
                    while end + 1 < sent.end and _norm(doc[end]) in self.g.and_conjunctions and _norm(doc[end + 1]) in nouns:
                        end += 2  # "ha espresso preoccupazione e rammarico per…": one stance of two nouns
                    if _norm(doc[j]) not in self.g.prepositions:  # (not "parlare del…": a preposition, no noun)
                        end = self._noun_adjectives_end(doc, end, sent.end)
                        if end >= sent.end or doc[end].text in ",.;)" or doc[end].pos_ in ("VERB", "AUX"):
                            return None  # "si lanciarono le proposte più inverosimili": the noun's adjectives, nothing said
                    if _norm(doc[j]) in self.g.proposition_nouns - self.g.request_nouns - self.g.report_nouns \
                            and _norm(doc[end]) in self.g.forms("di") and not self.di_infinitive(doc, end, sent.end):
                        return None  # "ha espresso la volontà di tutto il paese": whose will, not what
                    if end < sent.end and _norm(doc[end]) in self.g.proposition_conjunctions:
                        return None  # "ha espresso soddisfazione e ha lasciato la sala": no content follows
                    if end + 2 < sent.end and _norm(doc[end]) == "nei" and _norm(doc[end + 1]) == "confronti" \
                            and _norm(doc[end + 2]) in self.g.forms("di"):
                        end += 2  # "nei confronti del Capo dello Stato": the target is what follows
                    elif end < sent.end and _norm(doc[j]) in self.g.request_nouns | self.g.report_nouns \
                            and _norm(doc[end]) in self.g.forms("di") and not self.di_infinitive(doc, end, sent.end):
                        end += 1  # "ha avanzato l'ipotesi di un guasto": what is asked or supposed follows the "di"
                    elif end < sent.end and _norm(doc[end]) in self.g.stance_prepositions:
                        k = end + 1
                        while k < sent.end and doc[k].pos_ == "DET":
                            k += 1
                        if k < sent.end and _norm(doc[k]) in self.g.channel_nouns:
                            # "ha espresso la sua delusione su Twitter", "sui social": where the
                            # stance was voiced; what it is about may follow ("… su Facebook per…")
                            end = k + 1
                            if not (end < sent.end and _norm(doc[end]) in self.g.stance_prepositions):
                                return None
                        end += 1
                    break
            else:
                return None
        pledge = head in self.g.pledge_verbs and self._pledge(doc, i, sent)
        if head in self.g.pledge_verbs and not pledge and self._things_as_subjects(token, inherited=True):
            return None  # "il bando offre aiuti alle famiglie": a thing provides, no one offers
        said = self.g.said_objects.get(head)
        if said and not pledge and not any(_norm(doc[j]) in said for j in range(end, min(end + 5, sent.end))):
            return None  # "ha ricostruito il ponte", "ricostruendo sulla base che…": no account named after the verb
        if head in self.g.proposal_verbs and not (self._proposition_after(doc, end, sent.end) or _norm(doc[end - 1]) in self.g.forms("di")
                                                  or _norm(doc[end - 2]) in self.g.doubt_nouns and _norm(doc[end - 1]) in self.g.forms("su")
                                                  or _norm(doc[end - 1]) in self.g.complaint_nouns and self._against_after(doc, end, sent.end)):
            # "ha avanzato richieste economiche", "ipotesi sul motivo", "ha presentato la relativa
            # richiesta": no proposition put forward (a doubt raised on a thing names what it
            # doubts: "ha sollevato dubbi sulla copertura"; a complaint what it opposes: "ha
            # presentato ricorso al TAR contro l'esito del voto")
            return None
        return start, end, lemma

    def _opens_content(self, doc: Doc, cue: Cue, start: int) -> bool:
        """Token ``start`` opens the *di* + infinitive content of ``cue``: only *di*, a modal or a
        filler of ``di_infinitive_fillers`` before it (*l'intenzione **di voler** chiedere*)."""
        first = self.context(doc).token_at(cue.content_start)
        return first < start and all(_norm(t) in self.g.forms("di") | self.g.di_infinitive_fillers
                                     or self.lemmas(t) & self.g.modals for t in doc[first:start])

    def _noun_adjectives_end(self, doc: Doc, j: int, end: int) -> int:
        """Past the adjectives after a speech noun, with their degree adverb or *e* between
        (*le accuse **più sanguinose***, *la volontà **ferma e dichiarata***, *impegni **onesti***):
        the token where what the noun holds may start."""
        k = j
        while k < end:
            if doc[k].pos_ == "ADJ" and doc[k].is_lower and not _norm(doc[k]) in self.g.forms("di"):
                k += 1
            elif k + 1 < end and doc[k + 1].pos_ == "ADJ" and (_norm(doc[k]) in self.g.quantity_adverbs
                                                               or _norm(doc[k]) in self.g.and_conjunctions and k > j):
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
        if k < end and _norm(doc[k]) == "che" and k > self.skip_adverbs(doc, j, end):
            return self._content_che(doc, k, end)
        return self._clause_after(doc, j, end)

    def _against_after(self, doc: Doc, j: int, end: int) -> bool:
        """*contro* within the phrase after token ``j`` (an addressee between, no punctuation nor
        verb): *ricorso **al TAR contro** l'esito del voto*, *un esposto contro ignoti*."""
        for tok in doc[j:min(j + 6, end)]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX") or _norm(tok) == "che":
                return False
            if _norm(tok) == "contro":
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
        reflexive = start > sent.start and _norm(doc[start - 1]) in self.g.reflexive_only_clitics \
            or bare is not None and _norm(doc[i])[len(bare):] in self.g.reflexive_only_clitics
        if not reflexive:
            return False
        return self.opens_stance(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end)

    def stance_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where a stance phrase after its verb (*si è espresso contro la riforma*) ends: at a
        comma or a bracket, or at a conjunction of ``proposition_conjunctions`` when a finite verb
        follows before the next punctuation (another clause: *…contro la riforma e il premier
        l'ha ritirata*; not *contro la riforma e il decreto*, nor *contro X e contro Y perché…*).
        ``end_char`` when the content does not open with a phrase of ``stance_openers``."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or not len(span) or not self.opens_stance(doc, span.start, span.end):
            return end_char
        for tok in span[1:]:
            if tok.text in ",;:()":
                return tok.idx
            if _norm(tok) in self.g.proposition_conjunctions:
                # (to the next punctuation, past the content's end: that may stop before the verb)
                sent = self.context(doc).sent(tok.i)
                if self.opens_stance(doc, tok.i + 1, sent.end):
                    continue  # "contro X che non lo fa e contro Y": a second stance phrase
                stop = next((t.i for t in doc[tok.i + 1:sent.end] if t.is_punct), sent.end)
                if any(self._is_finite(t) for t in doc[tok.i + 1:stop]):
                    return tok.idx
        return end_char

    def opens_stance(self, doc: Doc, j: int, end: int) -> bool:
        """A phrase of ``stance_openers`` opens at token ``j`` and something follows it
        (*contro la riforma*, *a favore del rinvio*)."""
        words = [_norm(t) for t in doc[j:min(j + 3, end)]]
        return any(words[:len(o)] == o and len(words) > len(o) for o in self.stance_phrases)

    def _reflexive_agrees(self, doc: Doc, clitic: int, verb: int) -> bool:
        """The clitic at ``clitic`` can be the reflexive of the finite verb at ``verb``: *si*
        always; *mi*, *ti*, *ci*, *vi* only with a verb of their person and number (grammar
        ``reflexive_persons``; *ci assicuriamo*, not *ci assicura*, a dative); True when the
        tagger says nothing of the verb's person."""
        said = self.g.reflexive_persons.get(_norm(doc[clitic]))
        person, number = doc[verb].morph.get("Person"), doc[verb].morph.get("Number")
        if said is None or not person or not number:
            return True
        return said == f"{person[0]} {number[0]}"

    def present_participle(self, norm: str, lemmas) -> bool:
        """The form ``norm`` is the present participle of one of ``lemmas`` (*richiedenti* of
        *richiedere*, *attestante* of *attestare*): an adjective or a noun (*gli insegnanti
        richiedenti l'assegnazione*, *i richiedenti asilo*), never a cue."""
        return _inflected(norm, lemmas, self.g.present_participles)

    def writers_voice(self, doc: Doc, start: int, end: int, lemma: str, sent: Span) -> bool:
        """An impersonal *si* opening the sentence with a verb of ``metadiscourse_verbs`` and no
        source up to its *che* (*Si precisa che…*, *Inoltre, si ribadisce che…*, *Si fa presente
        che…*): the text speaking about itself, no report (*Nel comunicato si precisa che…*,
        *Si precisa nella nota che…* name a source and stay)."""
        k = start - 1
        if lemma not in self.g.metadiscourse_verbs or k < sent.start or _norm(doc[k]) != "si":
            return False
        if not doc[k].is_title and any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ")) for t in doc[sent.start:k]):
            return False  # (a capital "Si" opens a sentence the splitter missed: "…, etc. Si precisa")
        sources = self.g.forms("in") | self.g.forms("da")
        for tok in doc[end:sent.end]:
            if _norm(tok) == "che":
                return True
            if _norm(tok) in sources:
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
        if finite is not None and _inflected(_norm(finite), self.lemmas(finite), self.g.first_person_futures):
            return True  # "le dirò che…", "aggiungerei che…" by its ending, whatever person the tagger gives it
        if finite is None and doc[i].pos_ not in ("VERB", "AUX") and self.g.first_person_now.search(_norm(doc[i])) \
                and i > 0 and _norm(doc[i - 1]) in self.first_person_clitics:
            # a first person the tagger read as an adjective or a noun, its reflexive clitic of
            # the first person before it: "mi auguro che…", "ci auguriamo che…"
            return lemma.split()[0] in self.g.own_view_verbs
        if finite is None or "1" not in finite.morph.get("Person"):
            return False
        if not self.g.first_person_now.search(_norm(finite)):
            return False
        if "Fut" in finite.morph.get("Tense") or "Cnd" in finite.morph.get("Mood"):
            return True
        mood = finite.morph.get("Mood")
        if not ("Ind" in mood and "Pres" in finite.morph.get("Tense") or "Imp" in mood):
            return False
        if finite.i == i and start > 0 and _norm(doc[start - 1]) in self.g.listener_clitics:
            return True  # "vi assicuro che…", "ti dico che…": said to the listener, now (not "ti ho detto")
        if finite.i == i:
            # the bare verbs of speaking (``own_saying_verbs``) in the first person of the present
            # indicative, said to no one named, are the act of speaking now (*io dico che…*,
            # *quando parlo di unità…*); with the one addressed, before or after, they are narrated
            # (*gli dico che…*, *dico al sindaco che…*), like the other verbs (*spiego la cosa alla
            # madre*, *chiediamo che…* in a diary stay reports)
            return lemma.split()[0] in self.g.own_view_verbs or lemma.split()[0] in self.g.own_saying_verbs \
                and "Imp" not in mood and not self._addressed_after(doc, i) \
                and not any(_norm(t) in self.g.addressee_clitics | self.g.reflexive_clitics for t in doc[max(start - 1, 0):i])
        return bool(self.lemmas(finite) & self.g.modals)

    def _addressed_after(self, doc: Doc, i: int) -> bool:
        """The cue at ``i`` has the one it is said to right after it, past adverbs: *a* (or its
        articled forms) and a word (*chiedo **al sindaco** di…*, *domandiamo **a tutti** che…*)."""
        k = self.skip_adverbs(doc, i + 1, len(doc))
        return k + 1 < len(doc) and _norm(doc[k]) in self.g.forms("a") and doc[k + 1].is_alpha

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
            norm = _norm(t)
            return any(norm.endswith(c) and len(norm) > len(c) + 3 for c in mine) \
                or any(_norm(x) in mine for x in doc[max(sent.start, t.i - 3):t.i])
        return False

    def requirement(self, doc: Doc, start: int, i: int, end: int, lemma: str, sent: Span) -> bool:
        """A verb of ``requirement_verbs`` in the present passive with *è*/*sono* and no agent
        (*per l'accesso è richiesto un titolo*, *non è richiesto il periodo minimo*): what a
        rule requires, not a request (*è richiesto dai sindacati* has its speaker and stays;
        so does *è stato richiesto*)."""
        if lemma not in self.g.requirement_verbs:
            return False
        auxiliaries = [_norm(t) for t in doc[start:i] if t.is_alpha and t.pos_ != "ADV"]
        if len(auxiliaries) != 1 or auxiliaries[0] not in self.g.stative_auxiliaries:
            return False
        return not any(self._agent_at(doc, k, sent.end) for k in range(end, min(end + 8, sent.end)))

    def _named_in_marks(self, doc: Doc, start: int, i: int, end: int, sent: Span) -> bool:
        """The participle of a verb that also names (``naming_participle_verbs``: *detto*), in
        the passive or bare, with words in marks right after it, adverbs aside: *è detto «golfo
        dei poeti»*, *vengono detti «nativi digitali» i ragazzi…*, *(dette appunto «basette»)*:
        what a thing is called; not *ha detto «basta»* (its auxiliary is *avere*)."""
        verb = doc[i]
        if not (self.g.participle.search(_norm(verb)) or "Part" in verb.morph.get("VerbForm")):
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
        while k >= sent.start and _norm(doc[k]) not in self.g.negations and (
                self.lemmas(doc[k]) & self.g.auxiliaries or _norm(doc[k]) in self.g.cue_adverbs or doc[k].pos_ == "ADV"):
            k -= 1
        if not (k >= sent.start and _norm(doc[k]) in self.g.negations
                or any(_norm(t) in self.g.negations for t in doc[start:i])) or not self.is_passive(doc, k + 1, end):
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
        if verb.dep_ == "acl:relcl" and opener > 0 and doc[opener - 1].text != ",":
            # any restrictive relative: in the subjunctive, or in the subject of a duty, a
            # permission or a future (*il docente che chiede il passaggio dovrà documentarlo*)
            if any("Sub" in t.morph.get("Mood") for t in self._verb_group(verb)):
                return True
            if noun.dep_ in ("nsubj", "nsubj:pass") and (self._pending(noun.head) or self._future(noun.head)):
                return True
        rel = next((c for c in verb.children if _norm(c) == "che" and c.dep_.startswith("nsubj")), None)
        if not verb.dep_.startswith("acl") or rel is None or rel.i == 0 or doc[rel.i - 1].text == "," \
                or noun.pos_ != "NOUN" or noun.ent_type_ or noun.i >= rel.i:
            return False
        if self._subjunctive(tok) or self.subjunctive_form(tok) \
                or any(self._subjunctive(c) for c in tok.children if c.dep_.startswith("aux")):
            return True
        # (the main verb or, when the parse hangs the subject elsewhere, the sentence's root)
        return noun.dep_.startswith("nsubj") and "Pres" in tok.morph.get("Tense") and any(
            c.dep_ == "aux" and self.lemmas(c) & self.g.deontic_modals for v in (noun.head, tok.sent.root)
            for c in v.children)

    def indicative_form(self, tok) -> bool:
        """A finite verb as the tagger reads it, or a word it took for an adjective that is a
        third person indicative of its verb lemma by its ending (``third_person_indicatives``:
        *che le tasse **aumenteranno***, *che il Comune **sgombera***)."""
        return self._is_finite(tok) or tok.pos_ == "ADJ" and tok.is_lower \
            and _inflected(_norm(tok), self.lemmas(tok), self.g.third_person_indicatives)

    def subjunctive_form(self, tok) -> bool:
        """A present subjunctive by its ending, one no indicative has (*chiedano* of *chiedere*,
        *parlino* of *parlare*), whatever the tagger says."""
        return _inflected(_norm(tok), self.lemmas(tok), self.g.present_subjunctives)

    def unsaid(self, doc: Doc, cue: Cue, cues: list[Cue] = ()) -> bool:
        """Speech that has not happened: a rule, a permission or a plan, not a report. The cue's
        verb under a present or future modal of duty or permission (*l'insegnante **può chiedere**
        il trasferimento*; not *ha dovuto ammettere*), opened by a hypothesis (*qualora chiedano il
        trasferimento*) or by *quando*/*se* with a future (*quando il capo chiederà la relazione*);
        a gerund hanging on such a verb or on a future (*trasmetterà il ricorso, **precisando** la
        data*); restrictive relatives are :meth:`generic_relative`'s. A future that is someone's words (``cues``: *secondo X, il governo
        durerà, affermando poi…*) is his forecast: the gerund is his speech."""
        if cue.complement == "source" or not self.context(doc).has_dep:
            return False
        verb = self.main_verb(doc, cue)  # (*può **chiedere***, *verranno **evidenziate***)
        if self._pending(verb) or self._hypothetical(verb) or self._exhortation(verb):
            return True
        if cue.gerund and verb.dep_ == "advcl" and verb.head.i < verb.i:
            head = verb.head
            reported = any(c is not cue and c.content_start <= head.idx < c.region_end for c in cues)
            return not reported and (self._pending(head) or self._future(head))
        return False

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
        return any("Fut" in t.morph.get("Tense") for t in CueRules._verb_group(verb))

    def _hypothetical(self, verb) -> bool:
        """The verb's clause opens with a hypothesis (*qualora chiedano*), with *quando*/*se*
        and a future (*quando il capo chiederà*), or with *se* and a generic subject, the
        impersonal *si* or a second person with no subject of its own: a generic supposition
        (``impersonal_hypothesis_openers``: *se si pensa che…*, *se si negasse che…*, *se credi
        che…*), not when an adverb before *se* makes it concessive (``concessive_adverbs``:
        *anche se non si escludono altre ipotesi* is a report)."""
        marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
        words = {_norm(c) for c in marks}
        if words & self.g.hypothetical_conjunctions or words & self.g.future_openers and self._future(verb):
            return True
        generic = any(c.dep_.startswith("expl") and c.i < verb.i and _norm(c) in self.g.impersonal_pronouns
                      for c in verb.children) \
            or "2" in verb.morph.get("Person") and not any(c.dep_.startswith("nsubj") for c in verb.children)
        return generic and any(_norm(m) in self.g.impersonal_hypothesis_openers
                               and not (m.i > 0 and _norm(m.doc[m.i - 1]) in self.g.concessive_adverbs)
                               for m in marks)

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
            return _norm(verb).endswith(tuple(self.g.plural_imperative_endings))
        return "Sub" in mood and "Pres" in verb.morph.get("Tense") and verb.dep_ in ("ROOT", "parataxis") \
            and not any(c.dep_ == "mark" or c.dep_.startswith("nsubj") for c in verb.children) \
            and any(c.dep_.startswith("expl") and c.i < verb.i and _norm(c) in self.g.impersonal_pronouns
                    for c in verb.children)

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
        while k > start and _norm(doc[k]) in self.g.cue_adverbs | self.g.negations:
            k -= 1
        return k >= start and f"{_norm(doc[k])} {_norm(doc[i])}" in self.g.meaning_idioms

    def _needless(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive at ``i`` follows a word of no need (``needless_words``), directly or
        through *di* (*non c'è bisogno di **dire** che…*, *inutile **ricordare** che…*)."""
        k = i - 1
        if k > sent.start and _norm(doc[k]) in self.g.forms("di"):
            k -= 1
        return k >= sent.start and _norm(doc[k]) in self.g.needless_words

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
            if token.dep_ == "conj" and token.head.i < token.i and "Fin" in token.morph.get("VerbForm"):
                subjects = parsed_subjects(token.head, self.g.relatives)  # ("la crisi frena i consumi e impone di…": the first verb's)
            elif token.dep_ == "acl:relcl" and token.head.i < token.i and any(
                    _norm(c) == "che" and c.i < token.i and c.dep_ in ("mark", "nsubj") for c in token.children):
                subjects = [token.head]  # ("un compito che esige…", che read as a conjunction: the antecedent)
            elif token.dep_ == "amod" and token.head.i < token.i and token.head.pos_ == "NOUN":
                subjects = [token.head]  # ("l'alluvione minaccia di…", the verb read as the noun's adjective)
            elif "Ger" in token.morph.get("VerbForm") and token.dep_ in ("advcl", "conj", "xcomp") \
                    and token.head.i < token.i and token.head.pos_ in ("VERB", "AUX"):
                subjects = parsed_subjects(token.head, self.g.relatives)  # ("il gioco si svolge…, evidenziando…": the clause's)
        if inherited and any(self.word_forms(subj) & self.g.time_words for subj in subjects):
            return False  # ("il fine settimana scorso ha minacciato di…": a time read as the subject)
        return bool(subjects) and all(self._thing(subj) for subj in subjects)

    def _restoring_phrase(self, token, end: int, sent_end: int) -> bool:
        """Right after the cue (adverbs skipped) *a* or *in*, bare or with an article, and a noun of
        ``restoring_nouns`` (*riportò **alla luce** le mura*, *riportato **in vita***), or the
        same phrase after the verb's object (*riportò le mura alla luce*)."""
        doc = token.doc
        to = self.g.forms("a") | self.g.forms("in")
        j = self.skip_adverbs(doc, end, sent_end)
        if j < sent_end and _norm(doc[j]) in to:
            k = j + 1
            if k < sent_end and _norm(doc[k]) in self.g.articles:
                k += 1
            if k < sent_end and self.word_forms(doc[k]) & self.g.restoring_nouns:
                return True
        return self.context(doc).has_dep and any(
            c.dep_ == "obl" and self.word_forms(c) & self.g.restoring_nouns and any(_norm(x) in to for x in c.children if x.dep_ == "case")
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

    def _thing(self, subj) -> bool:
        """One subject of :meth:`_things_as_subjects`: a fact pronoun, or a common noun that names no
        one (neither a person, *la donna*, *lo zio*, nor a body, *la banda*, *l'accademia*, nor
        rumours, *indiscrezioni rivelano che…*, which someone spread)."""
        if subj.pos_ == "PRON":
            return _norm(subj) in self.g.fact_pronouns
        phrase = self._own_phrase(subj)
        if subj.pos_ != "NOUN" or any(t.ent_type_ in ("PER", "ORG") for t in phrase):
            return False
        # (the nouns up to the head, for a head the parse misplaced: "l'orchestra cittadina",
        # read as headed by "cittadina")
        words = frozenset().union(*(self.word_forms(t) for t in phrase if t.i <= subj.i and t.pos_ == "NOUN"))
        people = self.g.person_nouns | self.g.kin_nouns | self.g.body_nouns | self.g.ensemble_nouns
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
               and any(_norm(x) in to for x in c.children if x.dep_ == "case") for c in token.children):
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
        return j < end and _norm(doc[j]) in self.g.forms("in")

    def verdict(self, doc: Doc, cue: Cue) -> bool:
        """A court's verdict rather than words (*ha condannato un immigrato*, *è stato condannato
        a dieci anni di carcere*, *condannando Rossi per truffa*): a verdict verb whose object is
        a person, or with a sentence (*a* + a number or *ergastolo*, *carcere*…) after it."""
        if cue.verb not in self.g.verdict_verbs:
            return False
        sent = self.context(doc).sent(cue.start)
        after = doc[cue.end:min(cue.end + 8, sent.end)]
        for k, tok in enumerate(after):
            if _norm(tok) in self.g.forms("a") and k + 1 < len(after) and (
                    after[k + 1].like_num or _norm(after[k + 1]) in self.g.verdict_words
                    or k + 2 < len(after) and _norm(after[k + 2]) in self.g.verdict_words):
                return True
        first = after[1] if len(after) > 1 and _norm(after[0]) in self.g.articles else (after[0] if len(after) else None)
        return first is not None and first.ent_type_ == "PER"

    def news_cue(self, doc: Doc, i: int, sent: Span):
        """*la notizia che…*, *è notizia di oggi che…*: a report no one signs (the speaker is
        null, the content the *che*-clause); rumours with what they are about (*voci di un
        colpo di stato*, *indiscrezioni sulla chiusura delle trattative*: the content is the
        noun phrase after the preposition). It opens only at a word of ``news_openers``
        (:meth:`find_cues` tries it nowhere else)."""
        if _norm(doc[i]) in self.g.rumour_nouns and i + 2 < sent.end and doc[i + 2].is_alpha and (
                _norm(doc[i + 1]) in self.g.forms("su") | {"circa"} or _norm(doc[i + 1]) in self.g.forms("di")
                and (_norm(doc[i + 2]) in self.g.indefinite_articles or _norm(doc[i + 2]).endswith(tuple(self.g.abstract_suffixes)))):
            # (with di, an event: "voci di un colpo di stato", not "le voci dei bambini")
            if self._listed_entries(doc, i, sent):
                return None  # "Categoria che comprende le voci sui film…": entries, not rumours
            return (i, i + 2, "nominal", f"nominal:{_norm(doc[i])}", None)
        if _norm(doc[i]) in self.g.urging_nouns:
            appeal = self.urging_cue(doc, i, sent)
            if appeal is not None:
                return appeal
        if _norm(doc[i]) in self.g.charge_nouns:
            return self._charge_noun(doc, i, sent)
        if _norm(doc[i]) in self.g.hypothesis_charge_nouns:
            return self._charge_hypothesis(doc, i, sent)
        if _norm(doc[i]) in self.g.attached_speech_nouns:
            return self._attached_speech(doc, i, sent)
        if _norm(doc[i]) in self.g.content_che_nouns - self.g.news_nouns:
            # "resta il (legittimo) timore che la diga ceda": after a definite article and at most
            # one adjective (not "un sospetto che"), the noun phrase no preposition's complement
            # (not "nella speranza che", "propende per l'ipotesi che": the writer's reasoning),
            # the clause with its own subject, no preposition first (not "i timori che in
            # precedenza erano stati avanzati": a relative past an adverbial phrase)
            # (not in a direct question: "come potrebbe nascere il sospetto che…?" asserts none)
            k = i - 1 if i > sent.start and doc[i - 1].pos_ != "ADJ" else i - 2
            if doc[sent.end - 1].text == "?":
                return None
            if k >= sent.start and _norm(doc[k]) in self.g.definite and not (
                    k > sent.start and _norm(doc[k - 1]) in self.g.prepositions) and self._content_che(doc, i + 1, sent.end) \
                    and doc[i + 2].pos_ != "ADP" and _norm(doc[i + 2]) not in self.g.prepositions:
                return (i, i + 1, "nominal", f"nominal:{_norm(doc[i])}", None)
            return None
        if _norm(doc[i]) not in self.g.news_nouns:
            return None
        if self._spread_news(doc, i, sent):
            return (i, i + 2, "nominal", f"nominal:{_norm(doc[i])}", None)
        j = i + 1
        if j + 1 < sent.end and _norm(doc[j]) == "di" and _norm(doc[j + 1]) in self.g.news_days:
            j += 2  # "di oggi", "di ieri"
        if j + 1 >= sent.end or _norm(doc[j]) != "che":
            return None
        k = j + 1
        while k < sent.end and (_norm(doc[k]) in self.g.clitics or doc[k].pos_ == "ADV"):
            k += 1
        if k < sent.end and (self._is_finite(doc[k]) or doc[k].pos_ in ("AUX", "VERB")):
            return None  # "la notizia che ha sconvolto il Paese": a relative, not the content
        return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)

    def _listed_entries(self, doc: Doc, i: int, sent: Span) -> bool:
        """The noun at ``i`` is the object of a verb of containing or listing (``listing_verbs``),
        right before it past an article (*comprende **le voci** sui…*) or its head in the parse,
        or its present participle (*comprendente voci sui…*): entries of a reference work."""
        if _norm(doc[i]) not in self.g.entry_nouns:
            return False  # ("raccoglie indiscrezioni su…" reports them)
        k = i - 1
        if k > sent.start and _norm(doc[k]) in self.g.articles:
            k -= 1
        verbs = self.g.listing_verbs
        participles = {v[:-3] + ("ante" if v.endswith("are") else "ente") for v in verbs}
        before = doc[k] if k >= sent.start else None
        if before is not None and (self.lemmas(before) & verbs or _norm(before) in participles):
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
        if i - 2 < sent.start or i + 2 >= sent.end or _norm(doc[i - 1]) not in self.g.definite:
            return False
        if _norm(doc[i + 1]) not in self.g.forms("di") or not doc[i + 2].is_alpha \
                or _norm(doc[i + 2]) in self.g.news_days:
            return False
        after = []
        for tok in doc[i + 2:min(i + 14, sent.end)]:
            if tok.is_punct or _norm(tok) in self.g.subordinators:
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
        before = _norm(doc[i - 1])
        if before in self.g.possessives and i - 2 >= sent.start and _norm(doc[i - 2]) in self.g.definite \
                and (i - 2 == sent.start or doc[i - 3].is_punct or _norm(doc[i - 3]) in self.g.clause_joining_conjunctions) and (
                self._content_che(doc, i + 1, sent.end)
                or _norm(doc[i + 1]) in self.g.copulas and self._copular_che(doc, i + 2, sent.end)):
            # "La sua richiesta che il processo sia rinviato…", "Il loro timore è che…": the owner
            # the possessive refers to speaks (the speaker rules resolve it); only at the head of
            # a clause (not "il giudice ha respinto la sua richiesta che…": whose is unclear)
            return (i, i + 1, "request", f"request:{_norm(doc[i])}", (i - 1, i))
        if before not in self.g.articles | self.g.indefinite_articles and before not in self.articled_prepositions:
            return None
        j = i + 1
        if _norm(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        agent, named = j + 1, False
        # an opinion noun's owner speaks only through a che-clause ("l'idea di X di creare…": a
        # plan; a colon after the owner is the colon rules')
        che_only = _norm(doc[i]) in self.g.opinion_nouns - self.g.request_nouns - self.g.belief_nouns
        targeted = _norm(doc[i]) in self.g.target_nouns
        target_only = targeted and _norm(doc[i]) not in self.g.request_nouns | self.g.belief_nouns | self.g.opinion_nouns
        if _norm(doc[j]) in ("di", "d'"):
            # a bare "di": a name (not "la richiesta di rinvio")
            named = doc[agent].is_title or doc[agent].ent_type_ in ("PER", "ORG")
            if not named and not (_norm(doc[agent]) in self.g.indefinites and doc[agent + 1].is_alpha):
                # "le contestazioni di alcuni dipendenti": a group of speakers (the head is checked below)
                return None
        k = agent + 1
        while k < min(agent + 9, sent.end - 1):
            tok = doc[k]
            if self._colon_content(doc, k, sent.end):
                break  # "È arrivato l'annuncio di Marco Rossi: il festival si farà"
            if _norm(tok) in self.g.copulas and (self.di_infinitive(doc, k + 1, sent.end)
                                                 or self._a_infinitive(doc, k + 1, sent.end)
                                                 or self._copular_che(doc, k + 1, sent.end)):
                break  # "L'appello del sindaco ai cittadini è di restare a casa", "Il timore degli
                # esperti è che…": the agent stops at the copula
            apposed = self._agent_apposition(doc, k, sent.end) if k > agent else None
            if apposed is not None and (not che_only or self._content_che(doc, apposed, sent.end)):
                # "la richiesta del candidato alla presidenza, Marco Rossi, di rinviare…": the
                # name in commas is the agent, its content right after
                return (i, i + 1, "request", f"request:{_norm(doc[i])}", (k + 1, apposed - 1))
            if _norm(tok) in self.g.and_conjunctions and k + 1 < sent.end and _norm(doc[k + 1]) in self.g.articles:
                return None  # "dei timori del figlio e le paure di morire": a second noun phrase, not the agent's
            if tok.is_punct or tok.text in QUOTE_CHARS or self._is_finite(tok):
                return None
            if self.di_infinitive(doc, k, sent.end) or self._a_infinitive(doc, k, sent.end) \
                    or self._content_che(doc, k, sent.end) \
                    or _norm(doc[i]) in self.g.urging_nouns and self._a_urged(doc, k, sent.end) \
                    or targeted and self._target_opens(doc, k, sent.end):
                break  # ("l'appello del vescovo alla calma": what an appeal urges, a noun phrase)
            if _norm(tok) == "di" and named and k == agent + 1 + sum(1 for t in doc[agent + 1:k] if t.ent_iob_ == "I") \
                    and _norm(doc[k + 1]) in self.g.indefinite_articles:
                break  # "la richiesta di Rossi di un nuovo candidato"
            k += 1
        else:
            return None
        if che_only and not self._content_che(doc, k, sent.end) and not self._copular_che(doc, k + 1, sent.end):
            return None
        if target_only and not self._target_opens(doc, k, sent.end):
            return None
        end = k
        addressee = next((m for m in range(agent + 1, k) if _norm(doc[m]) in self.g.forms("a")), None)
        if addressee is not None:
            end = addressee  # "del consiglio comunale al sindaco di istituire…": the addressee is not the speaker
        ents = [e for e in self.context(doc).ents_in_tokens(agent, end) if e.end <= end]
        head = self._np_head(doc, agent, end, self.g.indefinites)
        if not (any(e.label_ in ("PER", "ORG") for e in ents) or head in self.speaking_nouns
                or doc[agent].is_title and not any(e.label_ in ("LOC", "GPE") for e in ents)):
            return None  # "la richiesta della presenza di un perito": no one asks
        if _norm(doc[i]) in self.g.will_nouns and not any(e.label_ in ("PER", "ORG") for e in ents):
            return None  # "la volontà dell'attore di seguire un criterio": a will in theory, no one's words
        return (i, i + 1, "request", f"request:{_norm(doc[i])}", (agent, end))

    def _target_opens(self, doc: Doc, k: int, end: int) -> bool:
        """A phrase of ``target_openers`` at token ``k``, its last preposition in any contracted
        form, and a word after it: what a noun of ``target_nouns`` is against or about (*contro
        la gara*, *nei confronti della giunta*, *sulla riforma*); not a channel after *su* (*le
        critiche del sindaco su Facebook*: where they were made), nor a compound preposition
        (*sulla base di*, ``su_compound_nouns``)."""
        for opener in self.g.target_openers:
            words = opener.split()
            last = k + len(words) - 1
            if last + 1 >= end or any(_norm(doc[k + m]) != w for m, w in enumerate(words[:-1])) \
                    or _norm(doc[last]) not in self.g.forms(words[-1]):
                continue
            j = last + 1
            while j < end and doc[j].pos_ == "DET":
                j += 1
            return j < end and doc[j].is_alpha and _norm(doc[j]) not in self.g.channel_nouns \
                and not (_norm(doc[j]) in self.g.su_compound_nouns and j + 1 < end and _norm(doc[j + 1]) in self.g.forms("di"))
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
                     or _norm(doc[k]) == "di" and (self.di_infinitive(doc, k, end)
                                                   or _norm(doc[k + 1]) in self.g.indefinite_articles))
        if doc[first].text == ":":
            return first + 1, end  # "la denuncia di Legambiente: il fiume è inquinato"
        if _norm(doc[first]) == "che":
            # "la convinzione di X che la crisi sia finita non convince": the clause without its
            # "che", up to the main verb (as after a bare "secondo cui")
            sent = self.context(doc).sent(first)
            stop = next((k for k in range(first + 1, end) if doc[k].text in (";", ":", "(") or doc[k].text in DASHES), end)
            main = self.bare_relative_end(doc, first, first + 1, sent)
            return first + 1, min(stop, main) if main is not None else stop
        verb = first + 1
        while verb < end - 1 and _norm(doc[verb]) in self.g.di_infinitive_fillers:
            verb += 1  # "di non essere…": the infinitive itself is no verb of the main clause
        for k in range(max(first + 2, verb + 1), end):
            if doc[k].text in (",", ";", ":", "(") or doc[k].text in DASHES:
                if k + 1 < end and _norm(doc[k + 1]) == "di":
                    continue
                return first, k
            if (self._is_finite(doc[k]) or doc[k].pos_ == "AUX") and _norm(doc[k - 1]) not in self.g.subordinators | self.g.relatives:
                while k - 1 > first + 2 and _norm(doc[k - 1]) in self.g.negations:
                    k -= 1
                return first, k
        return first, end

    def _colon_content(self, doc: Doc, k: int, end: int) -> bool:
        """A colon at token ``k`` right after a speech noun's agent, then a clause without
        marks (*l'annuncio di X**: il festival si farà***, *la denuncia di Legambiente**: il
        fiume è inquinato***): what was said; words in marks are a direct quote of their own."""
        if doc[k].text != ":" or k + 3 >= end or doc[k + 1].text in QUOTE_CHARS:
            return False
        return any(self._is_finite(t) for t in doc[k + 1:end])

    def _content_che(self, doc: Doc, k: int, end: int) -> bool:
        """*che* at token ``k`` opens a content clause with its own subject (*la convinzione di
        X **che la crisi** sia finita*), or with its verb in the subjunctive (*il sospetto che
        **abbiano** mentito*, *la richiesta di X che **sia** rinviato*: a relative on a definite
        noun takes the indicative), not a relative whose verb follows it (*la richiesta di X
        **che è stata** respinta*)."""
        if k + 2 >= end or _norm(doc[k]) != "che":
            return False
        m = k + 1
        while m < end and (_norm(doc[m]) in self.g.clitics or doc[m].pos_ == "ADV"):
            m += 1
        if m < end and "Sub" in doc[m].morph.get("Mood"):
            return True
        return m < end and not (self._is_finite(doc[m]) or doc[m].pos_ in ("AUX", "VERB", "PUNCT"))

    def _copular_che(self, doc: Doc, k: int, end: int) -> bool:
        """*che* at token ``k`` right after a copula (*il timore degli esperti **è che** il virus
        torni*, *la tesi della difesa **è che**…*): a content clause predicated of the noun
        before the copula, whatever follows *che* (a copula takes no relative there)."""
        return 0 < k and k + 1 < end and _norm(doc[k]) == "che" and _norm(doc[k - 1]) in self.g.copulas

    def _attached_speech(self, doc: Doc, i: int, sent: Span):
        """*con la raccomandazione di…*, *con la motivazione che…*, *con l'invito a…*: a speech
        act that comes with the act of the clause (*ha diramato un'allerta **con la
        raccomandazione di** non uscire*, *ha ridotto la pena **con la motivazione che**…*); the
        content is the *di*/*a* + infinitive or the *che*-clause. Only after *con* and a
        definite article (not *con una richiesta di fondi*: a thing asked for, with no clause)."""
        if i < sent.start + 2 or _norm(doc[i - 1]) not in self.g.definite \
                or _norm(doc[i - 2]) != "con" and not self._arriving_subject(doc[i - 2]):
            return None
        j = i + 1
        if j + 1 >= sent.end:
            return None
        if _norm(doc[j]) == "che" or self.di_infinitive(doc, j, sent.end) \
                or _norm(doc[j]) in self.g.forms("a") and self.is_infinitive(doc[j + 1]):
            return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)
        return None

    def _arriving_subject(self, verb) -> bool:
        """``verb`` right before a speech noun's article is a verb of arriving or spreading
        (``announcing_verbs``) with no subject of its own nor an *avere* auxiliary: the noun after
        it is its subject, the act of no one named (*dalla Farnesina giunge l'invito a…*; not
        *il sindaco ha fatto l'appello a…*, the parse reads such a subject as an object)."""
        return self._spreads(verb) and not any(
            c.dep_.startswith("nsubj") or c.dep_ == "aux" and "avere" in self.lemmas(c) for c in verb.children)

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
        if k < sent.start or _norm(doc[k]) not in self.g.articles | self.g.indefinite_articles | self.articled_prepositions:
            return None
        j = i + 1
        while j < sent.end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
            j += 1  # "l'appello accorato alla calma"
        issued = k > sent.start and (_norm(doc[k - 1]) == "con" or self._arriving_subject(doc[k - 1])) \
            or self._issuing_participle(doc, j, min(j + 10, sent.end)) is not None
        if not issued:
            return None
        if self._a_urged(doc, j, sent.end):
            return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)
        if j >= sent.end or _norm(doc[j]) not in self.g.forms("a"):
            return None
        for m in range(j + 2, min(j + 6, sent.end)):  # "ai cittadini alla prudenza": past the addressee
            if doc[m].is_punct or self._is_finite(doc[m]) or doc[m].pos_ in ("VERB", "AUX"):
                return None
            if self._a_urged(doc, m, sent.end):
                return (i, m, "nominal", f"nominal:{_norm(doc[i])}", None)
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
        if j + 1 >= end or _norm(doc[j]) not in self.g.forms("a"):
            return False
        k = j + 1
        if _norm(doc[j]) in ("a", "ad") and _norm(doc[k]) in self.g.articles | self.g.indefinite_articles:
            k += 1
        while k < end - 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower and _norm(doc[k]) not in self.g.urged_objects:
            k += 1
        return k < end and _norm(doc[k]) in self.g.urged_objects

    def _charge_noun(self, doc: Doc, i: int, sent: Span):
        """A charge no one signs (*arrestato **con l'accusa di** omicidio*, *L'accusa è di
        rapimento*): the content is the *di* phrase, the speaker null. Not the accusations of
        someone (*le accuse di Microsoft*), a charge merely mentioned (*per quanto riguarda
        l'accusa di doping*) or the object of a cue (*ha respinto le accuse di aver mentito*):
        only after *con* or before a copula."""
        j = i + 1
        copula = j < sent.end and _norm(doc[j]) in self.g.copulas
        far = None if copula else self._copula_after_charge(doc, i, sent)
        if far is not None and doc[far].text == ":":
            return (i, far, "nominal", f"nominal:{_norm(doc[i])}", None)  # "L'accusa per il sindaco: abuso d'ufficio"
        if far is not None:
            j, copula = far, True
        j += int(copula)
        if far is not None and j < sent.end and _norm(doc[j]) in self.g.demonstrative_pronouns:
            j += 1  # "Le accuse a X sono quelle di aver…"
        if far is not None and j + 1 < sent.end and doc[j].text == ":":
            return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)  # "L'accusa per loro è: omicidio"
        issued = False
        article = i - 1 if i > sent.start and _norm(doc[i - 1]) in self.g.articles else i
        if not copula and j + 2 < sent.end and doc[j].text == "," and self._issuing_participle(doc, j + 1, j + 2) is not None \
                and not (article > sent.start and self.lemmas(doc[article - 1]) & (self.single_verbs | self.object_verbs)):
            # "l'accusa, rivolta a tre dirigenti, di aver…": the participle that issued the charge
            # in commas, the charge after it (reported whatever comes before the noun, but for a
            # speech verb whose object it is: "ha respinto l'accusa, rivolta da X, di…")
            # (with no finite verb after it: not "l'accusa, mossa da X, di… è caduta", the
            # subject of a clause whose verb would end up in the content)
            close = next((m for m in range(j + 2, min(j + 10, sent.end - 1)) if doc[m].text == ","), None)
            if close is not None and _norm(doc[close + 1]) in self.g.forms("di") \
                    and not any(self._is_finite(t) for t in doc[close + 2:sent.end]):
                j, issued = close + 1, True
        if j + 1 >= sent.end or _norm(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        if doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ in ("PER", "ORG"):
            return None  # "le accuse di Microsoft": whose, not what
        k = i - 1
        if k >= sent.start and _norm(doc[k]) in self.g.definite:
            k -= 1
        opened_by_con = k >= sent.start and _norm(doc[k]) == "con"
        if not (opened_by_con or copula or issued or self._standing_charge(doc, i, sent)):
            return None
        return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)

    def fronted_stance_cue(self, doc: Doc, i: int, sent: Span):
        """A stance put before its verb (``stance_openers`` + a reflexive ``stance_verbs``,
        the subject after it): *A favore della tregua si sono espressi l'ONU e la NATO*,
        *Contro i rimpatri, infatti, si è espresso il comitato*. The phrase from the opener
        (at the start of a clause) to the verb is the content; no finite verb between."""
        if i > sent.start and doc[i - 1].text not in ";:":
            return None
        words = [_norm(t) for t in doc[i:min(i + 2, sent.end)]]
        opener = next((o for o in self.stance_phrases if words[:len(o)] == o), None)
        if opener is None:
            return None
        for k in range(i + len(opener) + 1, min(i + 20, sent.end - 1)):
            if _norm(doc[k]) in self.g.reflexive_clitics:
                m = k + 1
                while m < sent.end and (self.lemmas(doc[m]) & self.g.auxiliaries or _norm(doc[m]) in self.g.auxiliary_participles):
                    m += 1
                hits = self.lemmas(doc[m]) & self.g.stance_verbs if m < sent.end else set()
                np = self._subject_after(doc, m + 1, sent) if hits else None
                return None if np is None else (k, m + 1, "fronted", f"verb:{sorted(hits)[0]}", np)
            if self._is_finite(doc[k]) or doc[k].text in QUOTE_CHARS:
                return None
        return None

    def relative_report_cue(self, doc: Doc, i: int, sent: Span):
        """*La partecipazione di soldati pakistani, di cui si era parlato, è stata smentita*: a
        noun phrase opening its clause (no finite verb before it) and a relative *di cui* + an
        impersonal *si* + a verb of ``reports_of``: the noun phrase is a report no one signs."""
        if i + 3 >= sent.end or _norm(doc[i + 1]) not in self.g.relative_words or i < sent.start + 2:
            return None
        first = self._clause_opening(doc, i, sent)
        if any(self._is_finite(t) or t.text in QUOTE_CHARS for t in doc[first:i]):
            return None
        head = first + 1 if _norm(doc[first]) in self.g.articles and first + 1 < i else first
        if doc[head].is_title or _norm(doc[head]) in self.speaking_nouns:
            return None  # "Il ministro, di cui si è parlato": a person talked about, not a report
        k = self.skip_adverbs(doc, i + 2, sent.end)
        if k >= sent.end or _norm(doc[k]) not in self.g.impersonal_pronouns:
            return None
        m = k + 1
        while m < sent.end and (self.lemmas(doc[m]) & self.g.auxiliaries or _norm(doc[m]) in self.g.auxiliary_participles
                                or _norm(doc[m]) in self.g.cue_adverbs or _norm(doc[m]).endswith(self.g.adverb_suffixes)):
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
        while k < sent.end and _norm(doc[k]) in self.g.auxiliary_participles:
            k += 1  # "è stato previsto per…"
        if k >= sent.end or _norm(doc[k]) not in self.g.schedule_participles:
            return None
        m = self.skip_adverbs(doc, k + 1, sent.end)
        if m + 1 < sent.end and _norm(doc[m]) in self.g.forms("per") and self._time_at(doc, m + 1, sent.end):
            return (i, k + 1, "scheduled", f"nominal:{_norm(doc[k])}", self._schedule_clause(doc, i, m + 1, sent))
        if m < sent.end and not (i > sent.start and _norm(doc[i - 1]) in self.g.negations) \
                and self._forecast_after(doc, i, m, sent):
            # a forecast or a plan with no agent, not negated: a bare subject after it (*Per domani
            # **sono previste nevicate***, *sono previsti 15 centimetri di neve*), or a predicate
            # or a date after the subject before it (*Il cielo **è previsto sereno***, *Il lancio
            # era previsto il 27 maggio*)
            return (i, k + 1, "scheduled", f"nominal:{_norm(doc[k])}", self._schedule_clause(doc, i, m, sent))
        return None

    def _forecast_after(self, doc: Doc, i: int, m: int, sent: Span) -> bool:
        """What follows the participle at ``m`` of a schedule copula at ``i`` is what is
        foreseen: a time (*era previsto il 27 maggio*), a predicate adjective when a subject
        precedes (*il cielo è previsto sereno*), or the subject itself after the participle with
        no article, in a clause with a time (a number or a bare plural noun: *per domani sono
        previste nevicate*; not *è prevista la riunione*, *è previsto un contributo*, *sono
        previsti collegi militari*: what a plan or a law provides), with no agent nor clause
        (not *è previsto dalla legge*, *è previsto che…*: a norm, a clause of its own)."""
        norm = _norm(doc[m])
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
        up_to = norm == "fino" and m + 2 < sent.end and _norm(doc[m + 1]) in self.g.forms("a") and doc[m + 2].like_num
        if not up_to and (norm in self.g.articles | self.g.indefinite_articles | self.g.object_starts
                          or not self._impersonal_object(doc, m, sent.end)):
            return False  # (a bare subject or "fino a" a quantity: "sono previsti fino a 15 centimetri")
        # a bare subject is foreseen only when its clause dates it (*Per domani sono previste
        # nevicate*), not what a project provides (*Tra le due città sono previste due gallerie*)
        first, last = self._schedule_clause(doc, i, m, sent)
        return any(_norm(t) in self.g.time_words | self.g.news_days for t in doc[first:last])

    def _time_at(self, doc: Doc, j: int, end: int) -> bool:
        """A time opens at token ``j`` past an article: a number or a word of ``time_words``
        (*sabato*, *il 2020*, *il prossimo anno*, *quella data*), not *per legge*."""
        while j < end and (_norm(doc[j]) in self.g.articles | self.g.demonstrative_pronouns):
            j += 1
        return j < end and (doc[j].like_num or _norm(doc[j]) in self.g.time_words)

    def _schedule_clause(self, doc: Doc, i: int, j: int, sent: Span) -> tuple[int, int]:
        """(first, end) tokens of the clause of a schedule whose copula is at ``i`` and whose time
        opens at ``j``: back to a comma, a colon or a semicolon (no finite verb nor subordinator
        in between), forward to the next one that opens another clause (*, anche se…*, *e poi
        è stato spostato*) or the end of the sentence."""
        first = i
        while first > sent.start and doc[first - 1].text not in ",;:()" and not self._is_finite(doc[first - 1]) \
                and _norm(doc[first - 1]) not in self.g.subordinators | self.g.relatives:
            first -= 1
        last = j
        while last < sent.end and doc[last].text not in ";:()" and not (doc[last].is_punct and last + 1 == sent.end):
            if self._is_finite(doc[last]) or doc[last].pos_ == "AUX" or _norm(doc[last]) in self.g.subordinators \
                    or _norm(doc[last]) in self.g.coordinators - self.g.and_conjunctions - {","} \
                    or doc[last].text == "," and last + 1 < sent.end and _norm(doc[last + 1]) in self.g.coordinators | self.g.subordinators | self.g.cue_adverbs:
                break
            last += 1
        while last > j and (_norm(doc[last - 1]) in self.g.coordinators or _norm(doc[last - 1]) in self.g.cue_adverbs):
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
        if j + 2 >= sent.end or _norm(doc[j]) not in self.g.forms("di") or not doc[j + 1].is_alpha:
            return None
        k = i - 1
        if k >= sent.start and _norm(doc[k]) in self.g.definite:
            k -= 1
        if k < sent.start or _norm(doc[k]) not in {"con"} | self.g.forms("su"):
            return None
        first = self._clause_opening(doc, k, sent)
        if not any((self.lemmas(t) | {_norm(t)}) & self.g.investigation_words for t in doc[max(first, k - 12):k]):
            return None
        return (i, j, "nominal", f"nominal:{_norm(doc[i])}", None)

    def _copula_after_charge(self, doc: Doc, i: int, sent: Span) -> int | None:
        """The copula of a charge noun that opens its clause after its article, past a short
        modifier without punctuation (*L'accusa **mossa al sindaco** è di peculato*, *L'accusa
        **che pende su di loro** è di banda armata*, *Le accuse **a Rossi** sono quelle di…*),
        or a colon in its place after such a modifier (*L'accusa per il sindaco: peculato*):
        its token, or None (a finite verb other than one of a charge standing on someone stops it).
        The noun may follow a head of ``charge_heads`` (*I capi d'accusa per loro sono: …*)."""
        k = i - 1
        if k - 1 > sent.start and _norm(doc[k]) in self.g.forms("di") and _norm(doc[k - 1]) in self.g.charge_heads:
            k -= 2  # "I capi d'accusa per loro sono: …"
        if k < sent.start or _norm(doc[k]) not in self.g.definite or k > sent.start and doc[k - 1].text not in ":;":
            return None
        if i + 1 < sent.end and _norm(doc[i + 1]) in self.g.forms("di"):
            return None  # "L'accusa di Rossi è…", "L'accusa di omicidio è caduta": whose, or which
        for m in range(i + 2, min(i + 14, sent.end)):
            if doc[m].text == ":" and m + 1 < sent.end and m > i + 2:
                # "L'accusa per il sindaco: abuso d'ufficio", a colon for the copula (not after a
                # verb of its own: "L'accusa venne formulata dal procuratore X: …" is X's)
                return None if any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:m]) else m
            if doc[m].is_punct:
                return None
            if _norm(doc[m]) in self.g.copulas:
                return m
            if self._is_finite(doc[m]) and not self.lemmas(doc[m]) & self.g.charge_standing_verbs:
                return None
        return None

    def _standing_charge(self, doc: Doc, i: int, sent: Span) -> bool:
        """A charge noun after its definite article and a verb of a charge standing on someone
        (``charge_standing_verbs``; adverbs and commas between: *pendono anche le accuse di…*,
        *su di lui gravano, inoltre, l'accusa di…*) or after *oltre a* (*Oltre all'accusa di
        spionaggio, …*): the charge is reported."""
        k = i - 1
        if k > sent.start and _norm(doc[k]) in self.g.forms("a") and _norm(doc[k - 1]) in self.g.besides_words:
            return True
        if k < sent.start or _norm(doc[k]) not in self.g.definite:
            return False
        k -= 1
        while k > sent.start and (doc[k].text == "," or doc[k].pos_ == "ADV" or _norm(doc[k]) in self.g.cue_adverbs):
            k -= 1
        return k >= sent.start and self._is_finite(doc[k]) and bool(self.lemmas(doc[k]) & self.g.charge_standing_verbs)

    def bare_charge(self, doc: Doc, i: int, end: int, lemmas: set[str] | None = None) -> bool:
        """A participle of *accusare*, *incolpare*… without an auxiliary, followed by the charge
        (*Milošević, **accusato** di crimini di guerra*; *accusato dalla clientela di…*): a
        passive cue whose accuser is the agent or no one."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        if not lemmas & self.g.charge_verbs or not self.g.participle.search(_norm(doc[i])):
            return False
        j = self.skip_adverbs(doc, i + 1, end)
        if j < end and _norm(doc[j]) in self.g.forms("da"):  # the accuser first: "dalla clientela di…"
            if lemmas & self.g.charge_per_verbs and self._charge_follows(doc, i, end):
                return True  # ("indagato dai pm di Bari per truffa", "indagato da settembre per truffa")
            j = next((k for k in range(j + 2, min(j + 8, end)) if doc[k].is_punct or _norm(doc[k]) in self.g.forms("di")), end)
        return j < end and (_norm(doc[j]) in self.g.forms("di") or bool(lemmas & self.g.charge_per_verbs) and self.charge_per(doc, j, end))

    def _charge_follows(self, doc: Doc, i: int, end: int) -> bool:
        """A charge with *per* follows the verb at ``i`` within its clause, past adverbs, the
        accuser with *da* or the accused (*indagato **dalla Procura di Bari** per truffa*, *ha
        querelato **il giornalista** per diffamazione*): no punctuation, *che* nor finite verb
        between."""
        for m in range(self.skip_adverbs(doc, i + 1, end), min(i + 11, end)):
            if self.charge_per(doc, m, end):
                return True
            if doc[m].is_punct or _norm(doc[m]) == "che" or self._is_finite(doc[m]):
                return False
        return False

    def charge_per(self, doc: Doc, j: int, end: int) -> bool:
        """Token ``j`` is *per* (or its forms) opening a charge after a verb of
        ``charge_per_verbs`` (*indagato **per** omicidio*, *denunciata per il furto di…*,
        *accusati per aver…*): past its article, a noun or an adjective (*per presunta truffa*)
        or *avere*/*essere* of a past infinitive; not a time (*indagato per tre anni*, *per la
        prima volta*), a pronoun (*per questo*) nor a name (*per Rossi*)."""
        if j + 1 >= end or _norm(doc[j]) not in self.g.forms("per"):
            return False
        k = j + 1
        while k < end - 1 and _norm(doc[k]) in self.g.articles:
            k += 1
        tok = doc[k]
        if tok.like_num or tok.is_title:
            return False
        if self.is_infinitive(tok):
            return bool(self.lemmas(tok) & self.g.auxiliaries)
        noun = next((t for t in doc[k:min(k + 3, end)] if t.pos_ == "NOUN"), None)  # ("per la prima volta")
        if noun is None or (self.lemmas(noun) | {_norm(noun)}) & (self.g.time_words | self.g.not_charges):
            return False
        return tok.pos_ in ("NOUN", "ADJ")

    def bare_opinion(self, doc: Doc, i: int, sent: Span, lemmas: set[str] | None = None) -> bool:
        """A participle of *ritenere*, *considerare*… without an auxiliary right after the noun
        it qualifies (a comma between or not), then, past the holder with *da*, an article,
        *tra* or *essere*: the opinion held of the noun (*un'anatra, **ritenuta** il più vecchio
        esemplare*; *il PKK, **considerato** dall'UE un'organizzazione terroristica*; *elezioni
        **ritenute** tra le più libere*). Not before an adjective (*una curva considerata
        pericolosa*, *le attività ritenute essenziali*): a description, not a report."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        if not lemmas & self.g.opinion_participle_verbs or not self.g.participle.search(_norm(doc[i])):
            return False
        k = i - 1 if i - 1 > sent.start and doc[i - 1].text == "," else i
        if k - 1 < sent.start or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        j = self.skip_adverbs(doc, i + 1, sent.end)
        if any(_norm(t) in self.g.forms("da") for t in doc[j:j + 2]):  # the holder first: "dall'UE…"
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
        return _norm(doc[sent.start]) in self.g.prepositions and not any(
            t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[sent.start:noun])

    def bare_agent(self, doc: Doc, i: int, sent: Span, lemmas: set[str] | None = None) -> bool:
        """A participle of ``agent_participle_verbs`` without an auxiliary, its agent with *da*
        right after it, after a noun and a comma (*la chiusura dello stadio, **richiesta dal
        prefetto**, scatterà…*) or opening a headline (***Confermata dal ministero** la
        riapertura delle scuole*): a passive whose agent asked, announced or confirmed the noun."""
        lemmas = self.lemmas(doc[i]) if lemmas is None else lemmas
        if not lemmas & self.g.agent_participle_verbs or not self.g.participle.search(_norm(doc[i])):
            return False
        if i > sent.start and not (i - 2 >= sent.start and doc[i - 1].text == ","
                                   and doc[i - 2].pos_ in ("NOUN", "PROPN") and self._opening_np(doc, i - 1, sent)):
            return False  # ("ha precisato che la data, proposta da X, …": inside another report)
        return self._agent_at(doc, self.skip_adverbs(doc, i + 1, sent.end), sent.end) is not None

    def _opinion_holder(self, doc: Doc, end: int, k: int, agent, limit: int):
        """(where the opinion starts, the holder) after a bare participle of opinion: the
        holder with *da* may come in pairs (*considerato **sia dalla Turchia che dall'UE**…*: the
        first one), and its noun phrase runs into the opinion (*considerato **dal governo turco**
        un'organizzazione…*)."""
        if agent is None:
            a = self.skip_adverbs(doc, end, limit)
            if a + 1 < limit and _norm(doc[a]) not in self.g.forms("da") and _norm(doc[a + 1]) in self.g.forms("da"):
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
        """An article, *tra* or *essere*: what opens the opinion after a bare participle."""
        return _norm(tok) in self.g.articles | self.g.indefinite_articles or \
            bool(self.lemmas(tok) & self.g.opinion_participle_openers) and tok.pos_ != "PROPN"

    def _che_after(self, doc: Doc, j: int, end: int) -> bool:
        """*che* right after a cue, adverbs skipped."""
        j = self.skip_adverbs(doc, j, end)
        return j < end and _norm(doc[j]) == "che"

    def _come_after(self, doc: Doc, j: int, end: int, lemma: str) -> bool:
        """*come* for *che* right after a cue of ``come_verbs``, adverbs skipped, a clause after
        it (*oltre a sottolineare **come** il bilancio sia in ordine*)."""
        j = self.skip_adverbs(doc, j, end)
        return lemma in self.g.come_verbs and j + 1 < end and _norm(doc[j]) == "come" \
            and self.clause_follows(doc, j + 1, end)

    def _clause_after(self, doc: Doc, j: int, end: int) -> bool:
        """*che*, a colon or *di* + infinitive right after a cue (adverbs and the person
        addressed skipped): what an infinitive cue needs to count (*ha voluto sottolineare
        che…*, not *ha voluto ricordare il collega*)."""
        j = self.skip_adverbs(doc, j, end)
        j = self._after_indirect_object(doc, j, end)
        return j < end and (_norm(doc[j]) == "che" or doc[j].text == ":" or self.di_infinitive(doc, j, end)
                            or _norm(doc[j]) == "come" and self.clause_follows(doc, j + 1, end))  # "sottolineare come…"

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
                   or _norm(t) in self.g.own_voice_possessives | self.g.own_voice_elided_clitics for t in nxt):
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
            if not (size and after + 1 < colon and opened and norms[after - lead] in g.forms("di")
                    and all(doc[m].is_alpha and (norms[m - lead] in g.demonstrative_subjects
                                                 or norms[m - lead] not in g.prepositions | g.articles)
                            for m in range(lead, k - 1))):
                continue
            end = self.source_np_end(doc, after + 1, colon)
            if not any(self._is_finite(t) for t in doc[after:colon]):
                return (after + 1, colon) if end == colon and self.speaker_phrase(doc, after + 1, colon) else None
            if end < colon and self._stance_tail(doc, end, colon) and not any(self._is_finite(t) for t in doc[after:end]):
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
            if not (self._is_finite(verb) or aux):
                continue
            if any(self._is_finite(t) or _norm(t) == "che" or t.text in QUOTE_CHARS for t in doc[v + 1:colon]):
                continue
            head = v - 1 if aux else v
            k = v + 1
            while k < colon and doc[k].pos_ in ("ADP", "DET", "PROPN", "ADV", "ADJ") and _norm(doc[k]) not in nouns \
                    and k - v <= 5:
                k += 1  # ("ha affidato a Facebook un lungo messaggio")
            if k >= colon or _norm(doc[k]) not in nouns or _norm(doc[k - 1]) not in g.articles | g.indefinite_articles \
                    and doc[k - 1].pos_ != "ADJ":
                continue
            rest = doc[k + 1:colon]
            if len(rest) > 12:
                continue
            if len(rest) > 1 and _norm(rest[0]) in g.forms("di") and (rest[1].is_title or rest[1].ent_type_):
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
        if colon - lead > 10 or colon - lead < 3 or _norm(doc[k]) not in g.definite:
            return False
        if _norm(doc[k + 1]) not in g.news_nouns | g.rumour_nouns | {n + "e" for n in g.news_nouns}:
            return False
        v = self.skip_adverbs(doc, k + 2, colon)
        if v >= colon or doc[v].pos_ not in ("VERB", "AUX") or not self._is_finite(doc[v]):
            return False
        verb = v + 1 if self.lemmas(doc[v]) & g.agreeing_auxiliaries and v + 1 < colon \
            and "Part" in doc[v + 1].morph.get("VerbForm") else v  # ("è arrivata")
        return bool(self.lemmas(doc[verb]) & g.news_verbs) and not any(
            t.text in QUOTE_CHARS or self._is_finite(t) for t in doc[verb + 1:colon])

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
                    _norm(t) in self.reported_nouns | g.charge_nouns | g.answer_nouns | g.colon_stance_nouns
                    for t in doc[lead:m]):
                return None  # an issuing verb delivers words as its subject ("le accuse sono state
                # formalizzate dal pm: …"), not anything ("il pacco è stato consegnato da X: …")
            q = self.skip_adverbs(doc, p + 1, colon)
            if q + 1 >= colon or _norm(doc[q]) not in g.forms("da"):
                return None
            end = self.source_np_end(doc, q + 1, colon)
            if end < colon and doc[end].text == "," and end + 1 < colon:
                end = self.source_np_end(doc, end + 1, colon)  # "dal pm, Luca Neri:": an apposition
            return (q + 1, colon) if end == colon and self.speaker_phrase(doc, q + 1, colon) else None
        return None

    def _stance_tail(self, doc: Doc, start: int, colon: int) -> bool:
        """The words from ``start`` to the colon say how a noun of words came: a phrase of
        ``colon_stance_tails`` (*non si è fatta attendere*) or a copula (and its participle)
        with a stance adjective (*è stato lapidario*, *è netta*)."""
        g = self.g
        norms = [_norm(t) for t in doc[start:colon]]
        if " ".join(norms) in g.colon_stance_tails:
            return True
        if not norms or norms[0] not in g.copulas and not (
                doc[start].pos_ == "AUX" and self.lemmas(doc[start]) & g.agreeing_auxiliaries):
            return False  # (a copula in any tense: "è stata", "fu", "venne immediata")
        k = self.past_copula(doc, start, colon)
        k = self.skip_adverbs(doc, k, colon)
        while k < colon and _norm(doc[k]) in g.degree_adverbs:
            k += 1
        return k == colon - 1 and _norm(doc[k]) in g.colon_stance_adjectives

    def colon_stance(self, doc: Doc, lead: int, colon: int):
        """A frame of stance from token ``lead`` to the colon at ``colon``, after which come the
        words of its subject in any person: a clause (*Marco Rossi **è stato chiaro**: …*, *Anna
        Bruni **non ha dubbi**: …*) gives ``"clause"``; a verbless frame with its speaker
        (*Netto **il no di** Luca Verdi: …*, *Questo **il commento del** sindaco: …*, ***Così** il
        ministro: …*) gives the speaker's token range; None for anything else (*Il bilancio: …*,
        *Il quadro è chiaro: …*, whose subject the caller finds no speaker)."""
        g = self.g
        norms = [_norm(t) for t in doc[lead:colon]]
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
        while k > lead and _norm(doc[k]) in g.cue_adverbs | g.degree_adverbs:
            k -= 1
        if _norm(doc[k]) not in g.colon_stance_adjectives:
            # "è stato chiaro con i sindacati: …", "… chiaro ieri sera in tv: …": a short phrase after the adjective
            k = next((m for m in range(colon - 2, max(lead, colon - 7), -1) if _norm(doc[m]) in g.colon_stance_adjectives
                      and _norm(doc[m + 1]) in g.prepositions | g.time_words | g.cue_adverbs and not any(
                          t.is_punct or self._is_finite(t) for t in doc[m + 1:colon])), k)
        if _norm(doc[k]) in g.colon_stance_adjectives and any(
                _norm(t) in g.copulas or self.lemmas(t) & (g.agreeing_auxiliaries | g.self_report_verbs)
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
        if any(self._is_finite(t) for t in doc[lead:colon]):
            return None
        if norms[0] in g.colon_so_words:
            # "Così il ministro Luca Verdi: …": the speaker right after it, a short setting before
            # or after it ("Così in una nota il Comune: …", "Così il sindaco in una nota: …")
            start = self._setting_before_subject(doc, lead + 1, doc[lead].sent) or lead + 1
            end = self.source_np_end(doc, start, colon)
            if end <= start or not self.speaker_phrase(doc, start, end):
                return None
            setting = doc[end:colon]
            if len(setting) and (_norm(setting[0]) not in g.prepositions or len(setting) > 6
                                 or any(t.is_punct or self._is_finite(t) for t in setting)):
                return None
            return start, end
        return None

    def _cleft_before_colon(self, doc: Doc, lead: int, colon: int) -> tuple[int, int] | None:
        """*A confermarlo è l'Istat: …*, *Ad annunciarlo è stato il sindaco X: …*, *A parlare è stato
        X: …*: *a* + a speech verb in the infinitive with the clitic that announces the words (or
        without it, maybe with a short object), a copula, then who says them, up to the colon:
        that speaker's token range, else None."""
        if colon - lead < 4 or _norm(doc[lead]) not in self.g.forms("a"):
            return None
        verb = doc[lead + 1]
        if self.infinitive_without_clitic(verb) is not None:
            said = self.clitic_infinitive(doc, lead, colon)
            if said is None:
                return None
            k = said[1]
        elif self.is_infinitive(verb) and self.lemmas(verb) & (self.single_verbs | self.g.colon_floor_verbs):
            # "A parlare è stato il sindaco: …", "A chiedere le dimissioni è stata X: …" (a short object)
            k = next((m for m in range(lead + 2, min(lead + 7, colon)) if _norm(doc[m]) in self.g.copulas), None)
            if k is None or any(t.is_punct or self._is_finite(t) for t in doc[lead + 2:k]):
                return None
        else:
            return None
        if _norm(doc[k]) not in self.g.copulas:
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
        return _norm(token) in self.g.own_voice_possessives | self.g.own_voice_elided_clitics \
            or token.pos_ in ("VERB", "AUX", "PRON") \
            and self.first_or_second(token) and _norm(token) not in self.g.ambiguous_persons \
            and not second

    @staticmethod
    def first_or_second(token) -> bool:
        """The tagger reads the word in the first or second person (*dico*, *ti*, *abbiamo*)."""
        return bool(set(token.morph.get("Person")) & {"1", "2"})

    def _compound_impersonal(self, doc: Doc, i: int, sent: Span) -> bool:
        """The participle ``i`` follows an auxiliary of *essere* right after an impersonal *si*
        (``impersonal_pronouns``), adverbs allowed: *si **è** appreso*, *si **era** saputo*,
        *si è **poi** creduto* (the compound tense of *si apprende*)."""
        start = self.aux_start(doc, i, sent.start)
        return sent.start < start < i and _norm(doc[start - 1]) in self.g.impersonal_pronouns \
            and _norm(doc[start]) in self.g.impersonal_auxiliaries

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
                or start > sent.start and _norm(doc[start - 1]) in self.g.reflexive_clitics:
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
        if not (j < sent.end and _norm(doc[j]) == "che"):
            return False
        return any(c.dep_ == "nsubj" and c.i < i and _norm(c) not in self.not_sources
                   and (c.ent_type_ == "ORG" or _norm(c) in self.g.body_nouns | self.g.court_nouns)
                   for c in doc[i].children)

    def _impersonal_che(self, doc: Doc, k: int, end: int) -> bool:
        """A *che*-clause (or a comma before one) opens at token ``k``, past adverbs and a short
        source phrase with *da* (``impersonal_source_prepositions``): *si stima **che**…*, *si
        apprende **infatti da fonti giudiziarie che**…* (not *si apprende dai giornali.*); or a
        subjunctive with *che* left out (*si pensa **avessero** una funzione rituale*, *si era
        creduto **fosse** lui*: the clause the verb of opinion reports, not *si pensa al futuro*)."""
        k = self.skip_adverbs(doc, k, end)
        if k < end and (_norm(doc[k]) in ("che", ",") or self._subjunctive(doc[k])):
            return True
        return k < end and _norm(doc[k]) in self.g.impersonal_source_prepositions \
            and self._after_impersonal_source(doc, k, end) != k

    def _after_impersonal_source(self, doc: Doc, j: int, end: int) -> int:
        """Skip a short source phrase with *da* between an impersonal cue and its *che* (*si
        apprende **da fonti giudiziarie** che…*, *si era saputo**, da una fonte anonima,**
        che…*): the *che* after it; otherwise ``j`` unchanged."""
        k = j + 1 if j < end and doc[j].text == "," else j
        if not (k < end and _norm(doc[k]) in self.g.impersonal_source_prepositions):
            return j
        for m in range(k + 1, min(k + 8, end)):
            if _norm(doc[m]) == "che":
                return m
            if doc[m].text == "," and m + 1 < end and _norm(doc[m + 1]) == "che":
                return m + 1
            if doc[m].is_punct or self._is_finite(doc[m]):
                return j
        return j

    def _bare_a_phrase(self, doc: Doc, k: int) -> bool:
        """A bare *a*/*ad* at token ``k`` before a noun phrase, not an infinitive: *a un errore
        umano*, *ad uno strano rituale*, *a errore umano* (not *al futuro*, *a costruire*)."""
        return _norm(doc[k]) in self.g.forms("a") & self.g.infinitive_openers and doc[k + 1].is_alpha \
            and not self.is_infinitive(doc[k + 1])

    def _impersonal_object(self, doc: Doc, j: int, end: int) -> bool:
        """A noun phrase opens at token ``j`` (past adverbs), the object of an impersonal *si*
        (*si prevedono **infatti nevicate***, *si stima **un danno** di 500 euro*; not *si
        prevedevano di portare*, *si stima che…*)."""
        j = self.skip_adverbs(doc, j, end)
        if j >= end:
            return False
        norm, tok = _norm(doc[j]), doc[j]
        if norm in self.g.articles | self.g.indefinite_articles | self.g.object_starts or tok.like_num:
            return True
        # a bare plural noun, whatever the tagger says ("onde" as ADP, "nevicate" as a participle)
        return tok.is_alpha and tok.is_lower and norm not in self.g.prepositions | self.g.clitics | self.g.subordinators \
            and not self._is_finite(tok) and not self.is_infinitive(tok) and not self.g.gerund.search(norm)

    def _subjunctive(self, token) -> bool:
        return self.context(token.doc).has_morph and "Sub" in token.morph.get("Mood") and token.i > 0

    def clause_follows(self, doc: Doc, j: int, end: int) -> bool:
        """A finite verb within the next words, before any punctuation: a clause, not a
        noun phrase (*come di fronte alla morte di un uomo un cristiano non possa…*)."""
        for k in range(j, min(j + 15, end)):
            if doc[k].is_punct:
                return False
            if self._is_finite(doc[k]):
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
            if self._is_finite(tok):
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
            if tok.is_punct or _norm(tok) in self.g.relatives | {"che"} | self.g.subordinators:
                return False
            if noun is not None and (tok.pos_ in ("DET", "NUM") or tok.like_num) and _norm(doc[k - 1]) not in self.g.forms("di"):
                return False  # a second noun phrase: "Quando ha detto la verità i cittadini hanno…"
            if tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "PRON" and _norm(tok) in self.g.quantity_openers \
                    or tok.pos_ == "ADJ" and k > j and doc[k - 1].pos_ == "DET":  # (a noun the tagger read as an adjective)
                noun = noun or tok
            elif not (tok.pos_ in ("DET", "ADJ", "NUM") or tok.like_num or _norm(tok) in self.g.forms("di")
                      or _norm(tok) in self.g.negations | self.g.clitics or tok.pos_ == "AUX"):
                return False
        return False

    def _modal_before(self, doc: Doc, i: int, sent: Span) -> int | None:
        """Start (auxiliaries included) of a modal or aspectual verb governing the infinitive
        at ``i``: *ha **voluto** sottolineare*, *è **tornata a** minacciare*; else None."""
        k = i - 1
        if k > sent.start and _norm(doc[k]) in ("a", "ad"):
            k -= 1
            verbs = self.g.aspectuals | self.g.reflexive_aspectuals
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
        if start > sent.start and _norm(doc[start - 1]) in self.g.reflexive_clitics:
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
                i - 1 > sent.start and _norm(doc[i - 1]) in ("a", "ad")
                and self.lemmas(doc[i - 2]) & (self.g.aspectuals | self.g.reflexive_aspectuals)
                or lemma in self.g.told_acts and self._speech_modal(doc, i - 1, sent)
                or self.cleft_infinitive(doc, i, sent)):
            return False
        if _norm(doc[i - 1]) not in self.g.infinitive_openers and not self._speech_modal(doc, i - 1, sent):
            return False
        j = self.skip_adverbs(doc, i + 1, sent.end)
        j = self._after_aside(doc, j, sent.end)
        j = self._after_indirect_object(doc, j, sent.end)
        return j < sent.end and _norm(doc[j]) in self.g.object_starts

    def cleft_infinitive(self, doc: Doc, i: int, sent: Span) -> bool:
        """The infinitive at ``i`` is the focus of a cleft: after a sentence-initial *a* (*A
        **chiedere** le dimissioni è stata X*) or after *a* in a sentence opened by a copula (*È
        stato X a **chiedere** le dimissioni*): who said it is the copula's subject."""
        if i - 1 < sent.start or _norm(doc[i - 1]) not in ("a", "ad"):
            return False
        return i - 1 == sent.start or _norm(doc[sent.start]) in self.g.copulas \
            and not any(t.is_punct or self.is_verbish(t) and _norm(t) not in self.g.auxiliary_participles
                        for t in doc[sent.start + 1:i - 1])  # (not "È X, creatore del sito volto a riportare…")

    def cleft_subject(self, doc: Doc, end: int, sent: Span) -> tuple[int, tuple[int, int]] | None:
        """(copula token, subject range) of the cleft whose focus is a sentence-initial *a* +
        infinitive cue ending at ``end``: the last copula (its participle skipped) followed by a
        speaker phrase running to the sentence end (*A chiedere che il sindaco si dimetta **è
        stata Anna Bruni***: the content stops before *è*); else None."""
        for k in range(sent.end - 2, end, -1):
            if _norm(doc[k]) not in self.g.copulas:
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
        while start > sent.start and _norm(doc[start - 1]) in self.g.cue_adverbs | self.g.clitics:
            start -= 1  # ("non gli ha voluto…": "non" and clitics before the auxiliary)
        return not any(_norm(t) in self.g.negations for t in doc[start:k])

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
        if i - 1 <= sent.start or _norm(doc[i - 1]) not in self.g.and_conjunctions:
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
        return token.pos_ == "ADJ" and token.dep_ == "amod" and _norm(rel) == "che" \
            and rel.dep_ in ("nsubj", "obj", "nsubj:pass") and rel.head.dep_ == "acl:relcl" \
            and rel.head.head.i == token.head.i and not (named is not None and named.label_ in ("PER", "ORG"))

    def _imperfect_before_clause(self, doc: Doc, i: int, sent: Span) -> bool:
        """An imperfect the tagger read as an adjective or a noun, right before *che* or *di* +
        infinitive: *una comunicazione radio **riferiva** che…*."""
        if not self.g.imperfect.search(_norm(doc[i])) or i == sent.start or i + 1 >= sent.end:
            return False
        return _norm(doc[i + 1]) == "che" or self.di_infinitive(doc, i + 1, sent.end)

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
        if prev.pos_ in ("DET", "ADP", "NUM", "VERB", "AUX") or _norm(prev) in self.g.articles | self.g.prepositions:
            return False
        norm = _norm(token)
        if self.g.finite_only.search(norm):
            return True
        if token.pos_ == "ADV":
            return False
        di_infinitive = self.di_infinitive(doc, i + 1, sent.end)
        if norm.endswith("i"):  # a subjunctive: "dichiari di spendere"
            return di_infinitive
        if not norm.endswith(("a", "e")):  # a third person: "denuncia", "teme"
            return False
        if nxt.text == ":":
            return self._subject_before_colon_verb(doc, i, sent)
        if _norm(nxt) == "che":
            # an adjective before "che" is a verb only after a name ("l'Istituto X testimonia
            # che…", "Il presidente, Clive Palmer, informa che…"; not "la situazione critica che…")
            before = self.context(doc).ent_before(i - 1 if prev.text == "," and i - 1 > sent.start else i)
            return token.pos_ == "NOUN" or before is not None and before.label_ in ("PER", "ORG")
        # (or a quotation: "La capotreno annuncia «…»")
        # (or a charge with per: "La Procura indaga per omicidio")
        return _norm(nxt) in self.g.articles | self.g.forms("a") or di_infinitive \
            or nxt.text in QUOTE_CHARS and token.pos_ == "NOUN" \
            or bool(self.lemmas(token) & self.g.charge_per_verbs) and self.charge_per(doc, i + 1, sent.end)

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

    def find_cues(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> list[Cue]:
        """Speech cues of ``doc`` in text order; none inside ``blocked`` character ranges
        (defaults to the document's quotations)."""
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
            i = sent.start
            while i < sent.end:
                tok = doc[i]
                norm = norms[i]
                if is_blocked(tok.idx):
                    dashed = i > sent.start and doc[i - 1].text in DASHES
                    verb = self._dashed_cue(doc, i, sent) if dashed else None
                    if verb and self._closing_dash(doc, verb[1], sent):
                        raw.append((verb[0], verb[1], "inside", f"verb:{verb[2]}", None))
                        i = verb[1]
                        continue
                    i += 1
                    continue
                source = self.source_cue(doc, i, sent) if norm in marker_firsts else None
                if source:
                    raw.append(source)
                    np_start, np_end = source[4]
                    # "secondo quanto ha riferito X": the verb belongs to the source, not a new cue
                    i = np_end if _norm(doc[np_start]) == "quanto" else source[1]
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
            opener = start if _norm(doc[start]) == "come" else start - 1
            relay = kind in ("source", "inverted") and opener >= 0 and _norm(doc[opener]) == "come"
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
            if relay and kept and kept[-1][2] == "source" and _norm(doc[kept[-1][0]]) != "come" \
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
                    self.g.gerund.search(_norm(doc[end - 1]))) and not self.progressive(doc, end - 1)
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
                        and not any(self._is_finite(t) for t in doc[self.context(doc).token_at(prev.content_start):start - 1]):
                    own = False  # "che il decreto, come previsto, sarà approvato": the clause's own verb, past an aside
                if prev.complement in ("che", "di") and doc[prev.start].idx < here < prev.content_start and not own:
                    continue  # "ha detto, a chi gli chiedeva delle elezioni, che…": the setting's verb
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
                if inside and not own and kind == "verb" and prev.complement == "che" \
                        and self._nested_report(doc, start, end):
                    nested.add(len(kept))  # "ha detto che il ministro ha annunciato che…": a report of its own
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

    def _comma_subject(self, doc: Doc, start: int, first: int, clause: bool = False) -> int | None:
        """The comma after token ``first`` (where an earlier content starts) after which the verb
        cue at token ``start`` has a subject of its own, a noun phrase with no verb, no
        conjunction and no clause word, adverbs allowed before the verb (*ritiene che la lite sia
        nata per soldi**,** gli inquirenti invece sostengono che…*): a new main clause joined
        without a conjunction, whose report is not part of the first one (with ``clause``, a
        *che*-clause, which must have its finite verb before the comma). None otherwise (*che il
        sindaco, come ha detto, …*; *che Rossi, il sindaco, chiede…*)."""
        k = self._verb_group_start(doc, start, first)
        verb = doc[k]  # (the indicative or the conditional of a main clause: "…, qualche religione garantisca" lists on)
        if not (verb.pos_ in ("VERB", "AUX") and self._is_finite(verb) and {"Ind", "Cnd"} & set(verb.morph.get("Mood"))):
            return None
        while k - 1 > first and (doc[k - 1].pos_ == "ADV" or _norm(doc[k - 1]) in self.g.cue_adverbs):
            k -= 1
        comma = next((c for c in range(k - 2, max(first, k - 9), -1) if doc[c].text == ","), None)
        if comma is None or comma <= first:
            return None
        words = doc[comma + 1:k]
        # (a noun the tagger may read as an adjective after its article: "gli inquirenti")
        headed = any(t.pos_ in ("NOUN", "PROPN") for t in words) or len(words) > 1 and words[0].pos_ == "DET"
        if words[0].pos_ not in ("DET", "NOUN", "PROPN", "NUM") or not headed \
                or any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PUNCT") or _norm(t) in self.g.relatives
                       or _norm(t) in self.g.subordinators for t in words):
            return None
        if clause and not any(self._is_finite(t) and t.pos_ in ("VERB", "AUX") for t in doc[first:comma]):
            return None  # ("che Rossi, il sindaco di Roma chiede…": no clause before the comma)
        return comma

    def _nested_report(self, doc: Doc, start: int, end: int) -> bool:
        """A verb cue inside an earlier cue's *che*-clause that reports in turn with *che*, its
        subject a noun phrase of the clause before it (*Rossi ha detto che **il ministro ha
        annunciato che** il piano è pronto*): the annotators give the inner speaker a quote of
        its own, inside the outer one; not a negated verb (*che le vittime non avevano
        denunciato che…*)."""
        sent = self.context(doc).sent(start)
        if not self._che_after(doc, end, sent.end) or start < 1 or _norm(doc[start - 1]) in self.g.negations:
            return False
        k = self._verb_group_start(doc, start, sent.start)
        # (the subject right before the verb: "se credi che…" has none)
        return k > sent.start and doc[k - 1].pos_ in ("NOUN", "PROPN") and _norm(doc[k - 1]) not in self.g.negations

    def _object_relative(self, doc: Doc, cue: Cue, start: int) -> bool:
        """The cue at token ``start`` opens a relative of the object reported by an earlier
        ``cue``, right after it without punctuation (*aveva raccontato una premonizione **che le
        diceva**…*): words inside the object, not a cue of their own."""
        k = start - 1
        while k > cue.end and _norm(doc[k]) in self.g.clitics:
            k -= 1
        if k - 1 > cue.end and _norm(doc[k]) in self.g.relative_words and _norm(doc[k - 1]) in self.g.definite:
            k -= 1  # "ha ringraziato i partiti i quali hanno offerto…": il quale / i quali for che
            if doc[k].idx < cue.content_start:
                return False
            return not any(t.is_punct for t in doc[cue.end:k]) and doc[k - 1].pos_ in ("NOUN", "ADJ") and doc[k - 1].is_lower \
                and _norm(doc[k - 1]) not in self.titles and doc[k - 1].ent_type_ != "PER"
        if k <= cue.end or _norm(doc[k]) != "che" or doc[k].idx < cue.content_start:
            return False
        noun = doc[k - 1]  # (not a person: "ha elogiato il sindaco che ha detto…" is his words)
        if _norm(noun) in self.g.called_antecedents:
            return not any(t.is_punct for t in doc[cue.end:k])  # "denunciando ciò che considerava «…»"
        if noun.pos_ != "NOUN" or not noun.is_lower or _norm(noun) in self.titles or noun.ent_type_ == "PER":
            return False
        return not any(t.is_punct for t in doc[cue.end:k])

    def _dashed_cue(self, doc: Doc, i: int, sent: Span) -> tuple[int, int, str] | None:
        """A cue right after a dash inside a quotation, auxiliaries included: *– ha detto X –*."""
        for j in range(i, min(i + 4, sent.end)):
            verb = self.verb_cue(doc, j, sent)
            if verb is None and self.lemmas(doc[j]) & self.g.dashed_cue_verbs:
                # «Siamo reduci – continua il ministro – da …»: going on is saying here
                verb = (self.aux_start(doc, j, i), j + 1, sorted(self.lemmas(doc[j]) & self.g.dashed_cue_verbs)[0])
            if verb is not None:
                return (i, verb[1], verb[2]) if verb[0] >= i else None  # ("– gli risponde X –")
            if not (self.lemmas(doc[j]) & self.g.auxiliaries or _norm(doc[j]) in self.g.cue_adverbs):
                return None
        return None

    def _closing_dash(self, doc: Doc, end: int, sent: Span) -> bool:
        """A dash closes the interruption within a few words: *– ha detto il ministro –*."""
        return any(t.text in DASHES for t in doc[end:min(end + 10, sent.end)])

    def _pledge(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is a finite verb or participle of commitment with its reflexive clitic
        before its auxiliaries (*si è impegnato*, *si era offerta*, *mi impegno*) and, past
        adverbs, an infinitive after a preposition of ``infinitive_openers`` (*a riaprire*, *di
        pagare*, *per ridurre*): a pledge stated (not *ha impegnato i fondi*, nor *erano
        impegnati a difendere*, busy, with no clitic; nor a subjunctive, a pledge asked for or
        aimed at: *ha fatto appello all'ONU perché si impegnino a…*)."""
        start = self.aux_start(doc, i, sent.start)
        if start <= sent.start or _norm(doc[start - 1]) not in self.g.reflexive_clitics \
                or not self._reflexive_agrees(doc, start - 1, start):
            return False  # (not "le norme che ci impegnano a…": "ci" the object of a plural verb)
        if any(self._subjunctive(t) or self.subjunctive_form(t) or self.g.past_subjunctive.search(_norm(t))
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

    def _stated_estimate(self, doc: Doc, i: int, sent: Span) -> bool:
        """Token ``i`` is an active verb of estimating (``forecast_verbs``) in the third person,
        with no clitic *si* before its auxiliaries, then a *che*-clause, whose parsed subject is
        anyone who can estimate (*gli analisti stimano che…*, *la Coldiretti calcola che…*): not
        a rule or a place (*la norma calcola che…*), nor the writer (*stimo che…*), nor no one
        (*si stima che…*)."""
        first = self._personal_active(doc, i, sent)
        if first is None or "3" not in first.morph.get("Person") or not self._che_after(doc, i + 1, sent.end):
            return False
        subjects = self._personal_subjects(doc, i)
        return bool(subjects) and not any(self.word_forms(subj) & self.not_sources or subj.ent_type_ == "LOC"
                                          for subj in subjects)

    def _personal_active(self, doc: Doc, i: int, sent: Span):
        """The first token of the verb group of token ``i`` (its auxiliaries) when that group is
        active and no reflexive clitic *si* stands before it (*si prevede…*, *è previsto…*: no
        one plans), else None."""
        start = self.aux_start(doc, i, sent.start)
        if start > sent.start and _norm(doc[start - 1]) in self.g.reflexive_clitics or self.is_passive(doc, start, i + 1):
            return None
        return doc[start]

    def _personal_subjects(self, doc: Doc, i: int) -> list:
        """The subjects the parse gives token ``i`` when each is a noun, a name or a personal
        pronoun (*lei prevede di…*; not *l'altra prevede di…*, a thing left before), else []."""
        subjects = parsed_subjects(doc[i], self.g.relatives)
        if all(subj.pos_ in ("NOUN", "PROPN") or _norm(subj) in self.g.person_pronouns for subj in subjects):
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
        if copula is None and before >= sent.start and _norm(doc[before]) in self.g.copulas:
            copula = doc[before]
        copula = copula or seeming
        if copula is None or "3" not in copula.morph.get("Person") or not self._che_after(doc, i + 1, sent.end):
            return False
        subjects = parsed_subjects(doc[i], self.g.relatives) or parsed_subjects(copula, self.g.relatives) \
            or (parsed_subjects(seeming, self.g.relatives) if seeming is not None else [])
        # (before the adjective: a subject the parse takes from the che-clause, "è ormai certo
        # che la zona fu abitata…", is no one's belief)
        return bool(subjects) and all(
            subj.i < i and (subj.pos_ in ("NOUN", "PROPN", "ADJ") or _norm(subj) in self.g.person_pronouns)
            and not self.word_forms(subj) & self.not_sources for subj in subjects)

    def _infinitive_after(self, doc: Doc, j: int, end: int) -> bool:
        """A preposition of ``infinitive_openers`` (*di*, *a*, *ad*, *per*) + (*non*, clitics) +
        an infinitive at token ``j``."""
        if j + 1 >= end or _norm(doc[j]) not in self.g.infinitive_openers:
            return False
        k = j + 1
        while k < end - 1 and _norm(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        return self.is_infinitive(doc[k]) or _norm(doc[k]) in self.g.short_infinitives

    def di_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """``di`` + (``non``, clitics) + an infinitive at token ``j``: *di aver sbagliato*."""
        if j + 1 >= end or _norm(doc[j]) != "di":
            return False
        k = j + 1
        while k < end - 1 and _norm(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        # (an infinitive with a reflexive clitic is one after "di" whatever the tagger says:
        # "di sentirsene soddisfatta")
        return self.is_infinitive(doc[k]) or _norm(doc[k]) in self.g.short_infinitives \
            or doc[k].is_lower and bool(REFLEXIVE_INFINITIVE.search(_norm(doc[k])))

    def _fatto_che(self, doc: Doc, j: int, end: int) -> int | None:
        """Index of the *che* of *(sul / del / il) fatto che* at token ``j``, else None."""
        k = j + 1 if j < end and _norm(doc[j]) in self.g.prepositions | self.g.definite else j
        if k + 1 < end and _norm(doc[k]) == "fatto" and _norm(doc[k + 1]) == "che":
            return k + 1
        return None

    def _a_infinitive(self, doc: Doc, j: int, end: int) -> bool:
        """``a``/``ad`` + (``non``, clitics) + an infinitive at token ``j``: *a riflettere*, *ad
        agire*, *a non abbassare la guardia* (what an appeal or an invitation urges: *l'invito
        di X a non abbassare la guardia*); not *al*, *ai* (an addressee: *l'appello di X ai
        cittadini*)."""
        if j + 1 >= end or _norm(doc[j]) not in ("a", "ad"):
            return False
        k = j + 1
        while k < end - 1 and _norm(doc[k]) in self.g.di_infinitive_fillers:
            k += 1
        return self.is_infinitive(doc[k]) or _norm(doc[k]) in self.g.short_infinitives

    def urged_noun(self, doc: Doc, j: int, end: int) -> bool:
        """An articled form of *a* + a common noun at token ``j`` after a verb of appeal
        (``a_infinitive_verbs``): what is urged, as with *a* + infinitive (*esorta **alla calma***,
        *ha invitato **all'unità***, *chiama **alla mobilitazione***); not whom the appeal is
        addressed to (*ha sollecitato **al governo** una risposta*: a person, a body, a title), a
        place or a setting after a bare *a* (*ha invitato **a Roma** il premier*, *a casa
        propria*) nor a gathering one is invited to (``gathering_nouns``: *ha invitato **alla
        cena** i leader*)."""
        if j + 1 >= end or _norm(doc[j]) not in self.g.forms("a") & self.g.articulated_prepositions:
            return False  # (the articled forms only: a bare "a" is a place or a setting, "a casa", "a cena")
        k = j + 1
        while k < end - 1 and (_norm(doc[k]) in self.g.articles or doc[k].pos_ == "DET"):
            k += 1  # ("alla nostra", "all'intera")
        head = doc[k]
        return head.is_alpha and head.is_lower and head.pos_ == "NOUN" and not head.ent_type_ \
            and _norm(head) not in self.speaking_nouns | self.g.person_nouns | self.g.kin_nouns \
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
            if charge and k > j and k + 1 < end and _norm(tok) in self.g.forms("di") and doc[k + 1].is_alpha:
                if _norm(tok) == "di" and (doc[k + 1].is_title or doc[k + 1].ent_iob_ == "B"):
                    continue  # "il governo di Vladimir Putin"
                if _norm(tok) == "di" and _norm(doc[k - 1]) in self.g.forms("a"):
                    continue  # "la prestazione al di sotto delle aspettative": a preposition of its own
                return k
            if _norm(tok) == "di" and k > j:
                return k if self.di_infinitive(doc, k, end) else None
            if tok.is_punct or _norm(tok) == "che" or (k > j and self.is_verbish(tok)):
                return None
        return None

    def _after_indirect_object(self, doc: Doc, j: int, end: int, verb: str = "") -> int:
        """Skip the person addressed between a cue and what it reports: *ha chiesto **alla
        Russia** l'estradizione*, *consiglia **ai turisti** di partire*, *ha detto **ai
        giornalisti** che…*. Only a short phrase opened by *a* (or its forms) and followed by a
        noun phrase opener, *di*, *che* or a question word opening a clause (*ha spiegato **ai
        cittadini** come verranno spesi i fondi*), when the cue ``verb`` takes it (``come_verbs``,
        ``question_verbs``); otherwise ``j`` is returned unchanged."""
        if j + 1 < end and _norm(doc[j]) in self.g.postverbal_datives:
            # "ha chiesto loro di lasciare…", "ha detto loro che…": the dative pronoun after the
            # verb, then the clause
            k = self.skip_adverbs(doc, j + 1, end)
            return k if k < end and (_norm(doc[k]) == "che" or self.di_infinitive(doc, k, end)) else j
        if j >= end or _norm(doc[j]) not in self.g.forms("a"):
            return j
        if j + 1 < end and _norm(doc[j + 1]) == "chi":
            # "ha risposto a chi lo accusava di immobilismo che…": the people addressed, a clause
            # of chi with its own verb, then che
            for k in range(j + 3, min(j + 14, end)):
                if _norm(doc[k]) == "che":
                    return k
                if doc[k].is_punct and doc[k].text != "," or doc[k].text in QUOTE_CHARS:
                    break
        for k in range(j + 2, min(j + 10, end)):
            if doc[k].is_punct or _norm(doc[k]) in self.g.object_starts or _norm(doc[k]) == "che":
                break  # (the object or a clause of its own comes first)
            if self.di_infinitive(doc, k, end):
                return k  # "ha chiesto al presidente siriano di lasciare" (whatever the tagger says)
        k = j + 1
        while k < min(j + 10, end):
            if k > j + 1 and (m := self.adverbial_end(doc, k, end)) > k:
                k = m  # "ha detto ai giornalisti ancora una volta che…": the phrase is no object
                continue
            tok = doc[k]
            norm = _norm(tok)
            if tok.is_punct:
                if tok.text == ":" and k > j + 1:
                    return k  # "ha detto a suo figlio: Se l'arbitro…": the colon opens the content
                if tok.text == "," and k > j + 1 and k + 1 < end:
                    described = self._after_addressee_aside(doc, k + 1, end)
                    if described is not None:
                        return described
                if tok.text == "," and k + 1 < end and _norm(doc[k + 1]) in ("che", "di"):
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
        if j >= end or doc[j].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM") or _norm(doc[j]) == "che":
            return j
        for k in range(j + 1, min(j + 8, end)):
            tok = doc[k]
            if _norm(tok) == "che":
                return k if self._told_clause(doc, j, k, end) else j
            if any(c.isdigit() for c in tok.text) and not tok.is_punct:
                continue  # an age or a number, whatever the tagger says ("la moglie 40enne")
            if tok.is_punct or tok.text in QUOTE_CHARS or self._is_finite(tok) \
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
        while k < min(j + 7, end) and _norm(doc[k]) not in topic:
            tok = doc[k]
            if tok.text == "," and k > j and not comma:
                comma = True
            elif tok.is_punct or tok.text in QUOTE_CHARS or self.is_verbish(tok) \
                    or tok.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON") or _norm(tok) == "che":
                return None
            else:
                named = named and tok.pos_ in ("PROPN", "PRON")
            k += 1
        if k + 1 >= min(j + 8, end) or _norm(doc[k]) not in topic or not doc[k + 1].is_alpha:
            return None
        if doc[k + 1].is_title or doc[k + 1].ent_iob_ == "B" or self.di_infinitive(doc, k, end) \
                or self.is_verbish(doc[k + 1]):
            return None
        if _norm(doc[k]) in ("di", "su") and doc[k + 1].pos_ not in ("DET", "PRON"):
            return None  # a bare preposition and noun: an adverbial ("di fatto", "su misura"), no topic
        if _norm(doc[k]) in self.g.forms("di") and k > j and not (named or comma):
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
        while m < end and (_norm(doc[m]) in self.g.negations or _norm(doc[m]) in self.g.clitics):
            m += 1
        if m >= end:
            return False
        if self._is_finite(doc[m]):
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
                doc[p].pos_ == "ADJ" and self.g.participle.search(_norm(doc[p]))):
            return False
        nxt = doc[p + 1]
        if _norm(nxt) in self.g.time_words:
            return False
        # (an article first: a bare noun may be a predicate, "sono stati nominati consiglieri")
        return nxt.pos_ == "DET" and p + 2 < end and doc[p + 2].pos_ in ("NOUN", "PROPN", "ADJ") \
            and _norm(doc[p + 2]) not in self.g.time_words

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
                                                           and self.g.participle.search(_norm(doc[p]))):
            # (the participle as the tagger reads it, or an adjective in a participle's form: "ha deluso")
            if self.lemmas(doc[p]) & self.g.avere_intransitive_verbs:
                return False
        elif self.lemmas(doc[f]) & (self.g.auxiliaries | self.g.modals | self.g.avere_intransitive_verbs
                                    | self.g.unaccusative_verbs) or _norm(doc[f]) in self.g.copulas \
                or any(_norm(t) in self.g.reflexive_clitics for t in doc[m + 1:f]):
            # a simple tense of a verb with no object (*che le tasse aumenteranno*, *che la scuola
            # riapre*, *che il bilancio è in rosso*, *che la riunione si terrà*): no gap
            return False
        else:
            p = f  # a simple tense of another verb: its object after it, or the gap (*che il Comune sgombera*)
        c = f - 1
        while c > m and doc[c].pos_ == "PRON" and (_norm(doc[c]) in self.g.clitics | self.g.object_clitics | self.g.gap_clitics
                                                    or "Yes" in doc[c].morph.get("Clitic")):
            if _norm(doc[c]) in self.g.object_clitics | self.g.gap_clitics:
                return False  # "che il Comune li ha sgomberati", "l'ha sgomberato": the object is the clitic
            c -= 1
        k = p + 1
        while k < end:
            tok = doc[k]
            norm = _norm(tok)
            if tok.is_punct or tok.text in QUOTE_CHARS or tok.pos_ == "CCONJ" or norm in self.g.adverbial_subordinators:
                return True  # the clause ends with no object
            if tok.pos_ == "ADV" or norm in self.g.cue_adverbs or norm.endswith(self.g.adverb_suffixes) \
                    or norm in self.g.time_words or tok.pos_ == "DET" and k + 1 < end and _norm(doc[k + 1]) in self.g.time_words \
                    or tok.pos_ == "ADJ" and _norm(doc[k - 1]) in self.g.time_words:
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
        Regione, che gestisce i fondi,** di riaprire…*; *…, il quale…*, *…, la cui sede…*) or a
        participle phrase (*ha chiesto **ai tifosi, delusi dalla sconfitta,** di restare…*).
        None when ``k`` opens neither, or no comma closes it within a few words, or neither
        clause follows it."""
        for depth in range(2):
            # (a second aside may follow the first: "…, che lo aveva difeso, di cui era fan, di…")
            which = k + 1 < end and _norm(doc[k]) in self.g.definite | self.g.prepositions \
                and _norm(doc[k + 1]) in self.g.relative_words  # "la cui sede…", "di cui era fan"
            if not (self._relative_pronoun(doc[k]) or which or self._participle_phrase(doc[k])
                    or depth and _norm(doc[k]) in self.g.relative_words):
                return None
            close = next((m for m in range(k + 1, min(k + 16, end)) if doc[m].is_punct), None)
            if close is None or doc[close].text != "," or close + 1 >= end:
                return None
            m = self.skip_adverbs(doc, close + 1, end)
            if m < end and (_norm(doc[m]) == "che" or self.di_infinitive(doc, m, end)):
                return m
            k = close + 1
        return None

    def _relative_pronoun(self, tok) -> bool:
        """*che* read by the parser as a relative pronoun, subject or object of the clause it
        opens (a complementizer is a ``mark``), its verb right after it (negation and clitics
        aside): *al ministro, **che** non ha risposto*, *ai giornalisti, **che** lo attendevano*
        (not *alla stampa, che da lunedì non si occuperà…*: a clause with its own words first)."""
        if _norm(tok) != "che" or tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "obj", "nsubj:pass"):
            return False
        doc, k = tok.doc, tok.i + 1
        while k < len(doc) and (_norm(doc[k]) in self.g.negations or _norm(doc[k]) in self.g.clitics):
            k += 1
        return k < len(doc) and self._is_finite(doc[k])

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
        for tok in span:
            if tok.i < examples_to:
                continue  # (examples of the noun before: "altre ipotesi, come X, Y o Z")
            if tok.i > span.start + 1 and tok.is_lower and self.g.gerund.search(_norm(tok)) \
                    and (tok.pos_ in ("VERB", "AUX") or self.gerund_without_clitic(tok) is not None) \
                    and not self.progressive(doc, tok.i):
                # (a gerund with a clitic the tagger reads as an adjective: "e lasciandosi andare…")
                if self._bound_gerund(doc, tok):
                    continue  # "ha invocato la calma rivolgendosi ai tifosi": the manner of the act reported
                last = tok.i - 2 if _norm(doc[tok.i - 1]) in self.g.and_conjunctions else tok.i - 1
                return doc[last].idx + len(doc[last])  # "… la registrazione specificando…", "… e lasciandosi…"
            if tok.text == "," and tok.i > span.start and self._reason_after(doc, tok.i + 1, span.end) \
                    and not any(t.text == "," for t in doc[span.start:tok.i]):
                # "ha chiesto le dimissioni del direttore, poiché i conti non tornano": the
                # speaker's reason, right after the noun phrase (not after an aside of the writer's)
                examples_to = tok.i + 2  # (past the conjunction, a stop of its own)
                continue
            if tok.text in ",(" and tok.i > span.start and self.summary_apposition(doc, tok.i + 1, span.end):
                return tok.idx  # "il riesame dei risultati (richiesta accolta dall'UE)"
            if tok.i > span.start and _norm(tok) in self.g.object_stops and not (reasoned and _norm(tok) == "perché"):
                if tok.text == "," and self._continues_list(doc, tok.i + 1, span.end):
                    continue  # "ha attaccato la magistratura, il comunismo e l'Europa"
                if tok.text == "," and self._preposition_list(doc, span.start, tok.i, span.end):
                    continue  # "ha ringraziato alla squadra, alla società e ai tifosi"
                if tok.text == "," and tok.i + 1 < span.end and (_norm(doc[tok.i + 1]) in self.g.relatives | self.g.explaining_conjunctions or (
                        tok.i + 2 < span.end and _norm(doc[tok.i + 1]) in self.g.definite and _norm(doc[tok.i + 2]) == "cui")) \
                        and not self.writers_relative(doc, tok.i + 1, span.end):
                    continue  # "denuncia la mancanza di una guida, che sappia…", ", il cui…", ", ossia…": the noun's clause
                if tok.text == "," and tok.i + 1 < span.end and _norm(doc[tok.i + 1]) in self.g.purpose_conjunctions:
                    continue  # "ha chiesto giustizia, affinché non accada più": what is asked for
                if tok.text == "," and cue is not None and self.reports_of(cue) and tok.i + 2 < span.end \
                        and _norm(doc[tok.i + 1]) in self.g.and_conjunctions and _norm(doc[tok.i + 2]) in self.g.forms("di"):
                    continue  # "hanno riferito di un solo morto, uno dei macchinisti, e di 15 feriti": the same report
                if tok.text == "," and tok.i + 2 < span.end and _norm(doc[tok.i + 1]) in self.g.and_conjunctions \
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
                return tok.idx
        return end_char

    def _bound_gerund(self, doc: Doc, tok) -> bool:
        """A gerund right after the object, with no comma nor *e* before it, of a verb that
        neither speaks nor draws a reaction (*ha giustificato gli eccessi **considerandoli** una
        forma di linguaggio*, *ha invocato la calma **rivolgendosi** ai tifosi*): the manner of
        what was said, still reported; a speech gerund (*ha attaccato la coppia **sostenendo**
        che…*), one after a comma or a conjunction (*…, **caricando** la foto*, *e
        **lasciandosi** andare…*) is an act of its own."""
        prev = doc[tok.i - 1]
        if prev.is_punct or _norm(prev) in self.g.and_conjunctions or _norm(prev) in QUOTE_CHARS:
            return False
        speech = self._speech_gerund(tok) and not self.lemmas(tok) & self.g.small_clause_verbs  # (no cue here: small_clause)
        return not (speech or self.lemmas(tok) & self.g.reaction_verbs)

    def _aside_inside(self, doc: Doc, start: int, comma: int, end: int) -> int | None:
        """The comma closing an aside opened at ``comma`` (*, come ha ricordato anche Verdi,*)
        between a subject the content has opened with no verb yet and its verb right after
        (*che il piano**, come ha ricordato anche Verdi,** è pronto*): the content goes on past
        it; None when the content already has its verb or none follows."""
        if any(self._is_finite(t) for t in doc[start:comma]):
            return None
        close = next((k for k in range(comma + 2, min(comma + 12, end)) if doc[k].is_punct), None)
        if close is None or doc[close].text != "," or close + 1 >= end:
            return None
        k = close + 1
        while k < end - 1 and (_norm(doc[k]) in self.g.clitics | self.g.negations or _norm(doc[k]) in self.g.cue_adverbs):
            k += 1
        return close if self._is_finite(doc[k]) else None

    def _reason_after(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), a word of ``reason_conjunctions`` (*poiché*, *dato
        che*) and a clause: the speaker's reason, still reported."""
        pair = _norm(doc[i]) + " " + _norm(doc[i + 1]) if i + 1 < end else ""
        k = i + 2 if pair in self.g.reason_conjunctions else i + 1
        return (pair in self.g.reason_conjunctions or _norm(doc[i]) in self.g.reason_conjunctions) \
            and self.clause_follows(doc, k, end)

    def examples_end(self, doc: Doc, i: int, end: int) -> int | None:
        """At token ``i`` (after a comma), a word of ``example_tails`` and noun phrases without a
        verb that give examples of the plural noun before the comma (*altre ipotesi, **come
        l'alta velocità, un guasto ai freni o un malore***; *alcuni paesi, **come la Francia***;
        *nuove misure, **come ad esempio un fondo…***): still what was reported. Returns the token
        where the examples end (``end``, a colon, or the next comma when a verb follows it); None for a
        clause of its own (*, come confermato dalla polizia*, *, come ha spiegato X*), an adverb
        (*, come sempre*) or a likeness after a singular (*è estranea alla vicenda, come il
        sindaco*)."""
        if i + 1 >= end or _norm(doc[i]) not in self.g.example_tails or not self.context(doc).has_morph:
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
            if tok.text in (";", ":") or _norm(tok) in QUOTE_CHARS:
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
        if _norm(doc[i]) in self.g.tail_openers | self.g.object_stops:
            return False
        if _norm(doc[i]) in self.g.and_conjunctions and i + 1 < end and doc[i + 1].text == ",":
            return False  # ("…del Governo, e, quello che più conta, per chiedere…": an aside, then a clause)
        if (doc[i - 2].ent_type_ or doc[i - 2].is_title) and (_norm(doc[i]) in self.g.articles or doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
            return False  # ("il castello di Calatubo, antica fortezza…": the writer's words about a name)
        relative = False
        for tok in doc[i:end]:
            norm = _norm(tok)
            if tok.is_punct and tok.text not in (",", ".", "!", "?") or norm in QUOTE_CHARS:
                return False
            # (a verb only in a relative of a noun inside the tail: not "…, e gli autori, che
            # avrebbero…", nor one that opens it, "…, il quale ha rifiutato"; "…feriti, di cui
            # uno in condizioni gravi" has no verb)
            relative = relative or norm in self.g.relatives and tok.i > i + 1 and doc[tok.i - 1].text != ","
            if tok.pos_ in ("VERB", "AUX") and not relative and (
                    self._is_finite(tok) or self.is_infinitive(tok) or self.g.gerund.search(norm) and tok.is_lower):
                return False
        return True

    def _accompaniment(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), a preposition of ``accompaniment_tails`` and a noun
        phrase with no finite verb up to the end of the sentence (*…un quadro compromesso, **con
        un'insufficienza renale, aggravata dall'impossibilità di ricorrere alla dialisi**.*): what
        goes with the object, still reported; a clause after it (*, con la polizia che…*
        … *è arrivata*) is the writer's."""
        if i + 1 >= end or _norm(doc[i]) not in self.g.accompaniment_tails or not self.context(doc).has_morph:
            return False
        if doc[i + 1].pos_ not in ("DET", "NOUN", "ADJ", "NUM", "PROPN"):
            return False
        sent_end = self.context(doc).sent(i).end
        if end < sent_end - 1:
            return False
        return not any(self._is_finite(t) or t.is_punct and t.text in (";", ":") or _norm(t) in QUOTE_CHARS
                       for t in doc[i + 1:end])

    def _reflexive_group(self, doc: Doc, start: int, i: int, sent: Span) -> bool:
        """A reflexive clitic right before the verb group that ends at token ``i`` (*si
        affermò*, *si è affermata*) or before the auxiliary of its gerund (*si andava affermando*)."""
        k = start - 1 if start == i and self.progressive(doc, i) else start
        return k > sent.start and _norm(doc[k - 1]) in self.g.reflexive_clitics

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
            if tok.text in (",", ";", ":") or _norm(tok) in QUOTE_CHARS:
                return False
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
                # (an imperfect by its ending too: the tagger reads "si svolgevano" as a present)
                return "Ind" in tok.morph.get("Mood") and (bool({"Past", "Imp"} & set(tok.morph.get("Tense")))
                                                          or bool(self.g.imperfect.search(_norm(tok))))
        return False

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
                or "Fin" in noun.morph.get("VerbForm") or self.g.gerund.search(_norm(noun)) or self.is_infinitive(noun):
            return False
        nxt = _norm(doc[i + 1])
        if nxt in self.g.relatives - {"quali"} or doc[i + 1].pos_ == "ADP" \
                and i + 2 < end and _norm(doc[i + 2]) in self.g.relative_words:
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
        norm = _norm(tok)
        if self.g.participle.search(norm):
            return True
        lemma = lookup_lemma(tok.text, self.lang)
        return tok.pos_ == "ADJ" and bool(self.g.irregular_participle.search(norm)) and lemma != norm \
            and bool(self.g.infinitive.search(lemma))

    def _continues_list(self, doc: Doc, i: int, end: int) -> bool:
        """After a comma, another noun phrase of a list: an article and a word that is not a
        verb, up to the next comma or ``e`` (*, il comunismo e…*)."""
        if i + 1 >= end or _norm(doc[i]) in self.g.and_conjunctions and doc[i + 1].text == ",":
            return False  # ("la legge, e, soprattutto, ha chiesto…": a conjunction opening an aside)
        if _norm(doc[i]) not in self.g.articles:
            # "chiedono riforme, più libertà e più democrazia": a last short list without
            # articles, up to the end of the sentence
            # (or "scuole, ospedali, chiese e strade": single words between the commas)
            rest = doc[i:end]
            commas = [i - 1] + [t.i for t in rest if t.text == ","]
            single = all(b - a == 2 for a, b in zip(commas, commas[1:]))  # one word between two commas
            return len(rest) <= 8 and any(_norm(t) in self.g.and_conjunctions for t in rest) and not any(
                self.is_verbish(t) or t.is_punct and t.text not in (".", "!", "?") and not (t.text == "," and single)
                for t in rest)
        for k in range(i + 1, min(i + 10, end)):  # (", la sistemazione del vecchio parco di piazza Verdi e…")
            if doc[k].text == "," or _norm(doc[k]) in self.g.and_conjunctions:
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
        base = next((p for p, forms in self.g.contracted.items() if _norm(doc[comma + 1]) in forms), None)
        if base is None:
            return False
        opening = max((t.i for t in doc[start:comma] if t.text == ","), default=start - 1) + 1
        if _norm(doc[opening]) not in self.g.forms(base):
            return False
        for k in range(comma + 2, end - 1):
            if doc[k].text in (",", ";", ":") or doc[k].pos_ in ("VERB", "AUX") and self._is_finite(doc[k]):
                return doc[k].text == "," and _norm(doc[k + 1]) in self.g.forms(base)  # (a longer list)
            if _norm(doc[k]) in self.g.and_conjunctions:
                return _norm(doc[k + 1]) in self.g.forms(base)
        return False

    def content_end(self, doc: Doc, start_char: int, end_char: int, cue: Cue | None = None) -> int:
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
        examples_to = -1
        for tok in span[1:-1]:
            if tok.text in (",", ":") and (cue is None or tok.idx > cue.end_char) \
                    and self._summing_up(doc, span.start, tok.i + 1, span.end):
                return tok.idx  # "…che si dimetterà: una scelta che nessuno si aspettava": the writer's
            if tok.text not in (",", ";") or tok.i < examples_to:
                continue  # (a parenthesis stays: the annotators keep "(…)" inside 3 times in 4)
            nxt = doc[tok.i + 1]
            norm = _norm(nxt)
            if cue is not None and nxt.idx < cue.end_char:
                continue  # the cue's words, or the subject before a marker inside the content
            if cue is not None and self._closes_source_aside(doc, cue, tok.i) and nxt.pos_ not in ("CCONJ", "SCONJ") \
                    and norm not in self.g.coordinators | self.g.clause_conjunctions:
                continue  # "parevano, a detta dei vicini, ormai integrati": the clause the aside interrupts
                # goes on (not "…, secondo i media, ma la polizia…": a clause of the writer's)
            pair = norm + " " + _norm(doc[nxt.i + 1]) if nxt.i + 1 < len(doc) else norm  # ", anche se"
            ger = doc[nxt.i + 1] if norm in self.g.gerund_particles and nxt.i + 1 < len(doc) else nxt
            # (", pur ribadendo la fiducia…": a concessive gerund as a bare one)
            if tok.text == "," and self._reason_after(doc, nxt.i, span.end):
                continue  # "di rinviare il voto, visto che mancano i documenti": the speaker's reason
            if tok.text == "," and (close := self._aside_inside(doc, span.start, tok.i, span.end)) is not None:
                examples_to = close + 1
                continue  # "che il piano, come ha ricordato anche Verdi, è pronto": the clause goes on
            if tok.text == "," and self._participle_with_object(doc, nxt.i, span.end):
                return tok.idx  # "…che non era vero, ammesso poi i fatti": the writer's clause goes on
            if tok.text == "," and self.summary_apposition(doc, nxt.i, span.end):
                return tok.idx  # "…una zona di interdizione, richiesta che è stata approvata…"
            if tok.text == "," and (self._withheld(doc, nxt.i, span.end) or self._reaction_gerund(doc, span.start, nxt)):
                return tok.idx  # "…, senza fornire dettagli", "…, suscitando le proteste…": the writer's
            if tok.text == ";" or norm in self.g.tail_openers or pair in self.g.tail_openers \
                    or (self.g.gerund.search(_norm(ger)) and ger.is_lower
                        and (cue is None or cue.complement != "source" or self._speech_gerund(ger))):
                if tok.text == "," and norm in self.g.tail_openers and self._conditional_clause(doc, nxt.i + 1, span.end):
                    continue  # "…sarebbero morte 3 persone, mentre altre 22 risulterebbero ferite": still reported
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
                or "Past" not in tok.morph.get("Tense") or not self.g.participle.search(_norm(tok)):
            return False
        k = self.skip_adverbs(doc, i + 1, end)
        if k + 1 >= end or _norm(doc[k]) not in self.g.articles or doc[k].pos_ != "DET":
            return False
        noun = next((t for t in doc[k + 1:min(k + 4, end)] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None:
            return False
        agrees = all(tok.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number"))
        return not agrees

    def _summing_up(self, doc: Doc, start: int, i: int, end: int) -> bool:
        """At token ``i`` (after a comma or a colon), an indefinite article, a noun of
        ``summary_nouns`` and a relative, a participle or an adjective qualifying it (*una
        decisione **maturata**…*, *una scelta **che**…*, *un annuncio **inatteso***), or a bare
        noun of ``resumptive_nouns`` and a relative (*…: **cosa che** lui ha smentito*): the
        writer sums up what was said; not the noun the content has already named (*deve
        prendere una decisione, una decisione che…*: the speaker's own repetition)."""
        if i + 1 < end and _norm(doc[i]) in self.g.resumptive_nouns and _norm(doc[i + 1]) in self.g.relatives:
            return True  # "…: cosa che lui ha smentito": a bare noun taking up the whole clause
        if i + 2 >= end or _norm(doc[i]) not in self.g.indefinite_articles or _norm(doc[i + 1]) not in self.g.summary_nouns:
            return False
        if any(_norm(t) == _norm(doc[i + 1]) for t in doc[start:i]):
            return False
        nxt = doc[i + 2]
        # (an adjective the tagger may read as a noun: "una mossa inattesa.")
        return _norm(nxt) in self.g.relatives or self._participle_phrase(nxt) or nxt.is_lower and (
            nxt.pos_ == "ADJ" or nxt.pos_ == "NOUN" and (i + 3 >= end or doc[i + 3].is_punct))

    def _withheld(self, doc: Doc, i: int, end: int) -> bool:
        """At token ``i`` (after a comma), *senza* and the infinitive of a speech verb or of
        ``withheld_verbs`` (*, senza **fornire** dettagli*, *, senza però **aggiungere** altro*):
        what the speaker left unsaid, the writer's (*, senza aumentare le tasse* goes on)."""
        if _norm(doc[i]) not in self.g.without_words:
            return False
        k = self.skip_adverbs(doc, i + 1, end)
        if k >= end or not self.is_infinitive(doc[k]):
            return False
        return bool(self.lemmas(doc[k]) & (self.single_verbs | self.object_verbs | self.g.withheld_verbs))

    def _reaction_gerund(self, doc: Doc, start: int, tok) -> bool:
        """A gerund of ``reaction_verbs`` after a comma (*, suscitando le proteste*): the
        reaction the words drew, the writer's; not after a reported clause in the conditional,
        whose own subject may have drawn it (*avrebbe fatto il nome, scatenando la furia…*)."""
        if not (tok.is_lower and self.g.gerund.search(_norm(tok)) and self.lemmas(tok) & self.g.reaction_verbs):
            return False
        return not any({"Cnd"} & set(t.morph.get("Mood")) or t.is_lower and self.g.conditional.search(_norm(t))
                       for t in doc[start:tok.i] if t.pos_ in ("VERB", "AUX"))

    def relative_cue_end(self, doc: Doc, cue: Cue, span: Span) -> int | None:
        """The comma where the content of a cue inside a relative clause of a noun ends, before
        the verb of the main clause the relative interrupts (*Il sindaco, **che ha detto che**
        la scuola riaprirà, **è** partito*; *i paesi **che si dice** siano pronti, **non lo
        sono***): :meth:`relative_content_end`, as for *X, secondo il quale…, ha lasciato*. A
        *che*-clause must have its own finite verb before that comma (*che la crisi, iniziata
        nel 2008, è finita* goes on past the participle's comma). None when the cue is not in a
        relative or no such comma follows."""
        if cue.complement not in ("che", "di", "object") or _norm(doc[span.start]) in self.g.subordinators:
            return None  # ("ha scritto che se i seggi saranno 8, sarà meglio": the comma closes the content's own "se")
        k = cue.start - 1
        while k > 0 and (_norm(doc[k]) in self.g.clitics | self.g.negations or _norm(doc[k]) in self.g.cue_adverbs):
            k -= 1
        if k < 1 or _norm(doc[k]) not in self.g.relatives - {"cui"} or not (
                doc[k - 1].text == "," or doc[k - 1].pos_ in ("NOUN", "PROPN") or _norm(doc[k]) != "che"):
            return None  # ("ha spiegato che ha detto…": a complementizer after a verb, not a relative)
        sent, comma = self.context(doc).sent(span.start), span.start
        while (comma := self.relative_content_end(doc, comma, sent)) is not None and comma < span.end:
            if cue.complement != "che" or any(
                    t.pos_ in ("VERB", "AUX") and self._is_finite(t) for t in doc[span.start:comma]):
                return comma
        return None

    def fronted_cue_end(self, doc: Doc, cue: Cue, span: Span) -> int | None:
        """The comma where the content of a fronted clause of saying ends, before the main
        clause (:meth:`fronted_opening`, :meth:`fronted_end`): *Nel ribadire che la fabbrica
        resterà aperta**,** il ministro ha incontrato…*. A *che*-clause must have its own finite
        verb before that comma."""
        if cue.complement not in ("che", "di", "object"):
            return None
        sent = self.context(doc).sent(cue.start)
        if not self.fronted_opening(doc, cue, sent):
            return None
        main = self.fronted_end(doc, span.start, sent)
        comma = None if main is None else main[0]
        if comma is None or comma >= span.end:
            return None
        if cue.complement == "che" and not any(t.pos_ in ("VERB", "AUX") and self._is_finite(t) for t in doc[span.start:comma]):
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
        if any(_norm(t) == "che" for t in doc[i + 1:min(i + 3, end)]):
            return False  # ("…, lasciando intendere che…": a report of its own)
        return not any(t.text in (",", ";", ":") or _norm(t) in QUOTE_CHARS for t in doc[i + 1:end])

    def _contrast_goes_on(self, doc: Doc, start: int, j: int, end: int) -> bool:
        """After *, ma* at token ``j``, the second half of what was reported: *non solo X, ma
        **anche** Y*, or a phrase without a finite verb up to the next comma after a negated
        first half (*non un'eccezione, ma un costume diffuso*); a clause of its own (*, ma
        la polizia ha smentito*) is the writer's."""
        if j >= end:
            return False
        if _norm(doc[j]) in self.g.contrast_continuers:
            return True  # ("ma pur sempre capaci di…")
        if not any(_norm(t) in self.g.negations for t in doc[start:j]):
            return False
        for tok in doc[j:self.context(doc).sent(j).end]:  # (past the content: its region may stop at a cue)
            if tok.text in (";", ":"):
                return False  # ("…, ma la compagnia ribatte: «…»": a clause, whatever the tagger says)
            if tok.text == "," or _norm(tok) in self.g.subordinators:
                break  # ("ma preceduto da scosse che si sono susseguite": the verb of a clause inside)
            if tok.pos_ in ("VERB", "AUX") and self._is_finite(tok) or self.g.gerund.search(_norm(tok)) and tok.is_lower:
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
            if tok.text in (";", ":") or _norm(tok) in QUOTE_CHARS:
                return False
            if tok.pos_ in ("VERB", "AUX") and self.lemmas(tok) & speech_lemmas \
                    and not ("Part" in tok.morph.get("VerbForm") and doc[tok.i - 1].pos_ != "AUX"):
                return False  # (not a participle with no auxiliary: "lasciare esposta la pelle" says nothing)
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and "Ind" in tok.morph.get("Mood") \
                    and ({"Past", "Imp"} & set(tok.morph.get("Tense")) or self.g.imperfect.search(_norm(tok))):
                return False
            if tok.pos_ == "ADJ" and tok.is_lower and _norm(tok).endswith("ano") and self.g.imperfect.search(_norm(tok)):
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
            sequence = tok.text == "," and _norm(doc[tok.i + 1]) in self.g.sequence_adverbs
            if own is None or _norm(tok) not in self.g.and_conjunctions and not sequence:
                continue
            k = tok.i + 1
            while k < span.end - 1 and (_norm(doc[k]) in self.g.clitics or _norm(doc[k]) in self.g.negations
                                        or _norm(doc[k]) in self.g.sequence_adverbs):
                k += 1
            verb = doc[k]
            if not self._agreement(verb) or self._agreement(verb) != self._agreement(cue_verb):
                continue
            # (same person as the clause's verb: the cue's own tense, not the clause's, tells the
            # writer's next act after a clause in the future or the conditional ("ha detto che il
            # decreto arriverà in settimana **e ha lasciato** Palazzo Chigi") or with an adverb of
            # sequence ("…che il piano è pronto**, poi ha lasciato** la sala", "e ha poi
            # incontrato"); not "…che l'azienda è in crisi e ha perso metà dei clienti")
            then = any(_norm(t) in self.g.sequence_adverbs for t in doc[tok.i + 1:min(k + 3, span.end)])
            away = "Fut" in own.morph.get("Tense") or "Cnd" in own.morph.get("Mood")
            if self._agreement(verb) != self._agreement(own) or (then or away) and \
                    self._tense(doc, verb) == self._tense(doc, cue_verb) != self._tense(doc, own):
                last = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
                return doc[last - 1].idx + len(doc[last - 1])
        return end_char

    def _tense(self, doc: Doc, tok) -> tuple:
        """Mood and tense of a finite verb, and whether it is an auxiliary of a compound tense
        (*ha* in *ha detto*, *è* in *è poi ripartito*): a verb's tense signature."""
        k = tok.i + 1
        while k < len(doc) and (_norm(doc[k]) in self.g.sequence_adverbs or _norm(doc[k]) in self.g.cue_adverbs
                                and _norm(doc[k]) not in self.g.clitics):
            k += 1
        compound = tok.pos_ == "AUX" and k < len(doc) and "Part" in doc[k].morph.get("VerbForm")
        return tuple(tok.morph.get("Mood")), tuple(tok.morph.get("Tense")), compound

    def _agreement(self, tok) -> tuple[str, str] | None:
        """Person and number of a finite verb or auxiliary (*porta* -> 3, Sing), else None."""
        if tok.pos_ not in ("VERB", "AUX") or "Fin" not in tok.morph.get("VerbForm"):
            return None
        person, number = tok.morph.get("Person"), tok.morph.get("Number")
        return (person[0], number[0]) if person and number else None

    def _conditional_clause(self, doc: Doc, start: int, end: int) -> bool:
        """The clause from ``start`` (up to the next comma or ``end``) has a verb in the
        conditional, the mood of reported news (*risulterebbero*, *sarebbe stato*), or in the
        subjunctive, the mood of a reported *che*-clause (*…, ma sia stato fermato poco dopo*)."""
        for tok in doc[start:end]:
            if tok.text in (",", ";", ":"):
                return False
            if {"Cnd", "Sub"} & set(tok.morph.get("Mood")) and tok.pos_ in ("VERB", "AUX") or \
                    tok.is_alpha and tok.is_lower and self.g.conditional.search(_norm(tok)):
                return True
        return False

    def _speech_gerund(self, token) -> bool:
        """A gerund of a speech verb (*, affermando…*, *, definendolo…*): a new report of the
        speaker's, where the content before it ends; a gerund of another verb (*, causando…*,
        *, arrivando a…*) goes on with the reported clause. A light verb (``need_object``) is one
        only with its speech noun after it (*rivolgendo un appello*, not *rivolgendosi ai tifosi*)."""
        hits = self.lemmas(token) & (self.single_verbs | self.object_verbs)
        if hits and hits <= self.need_object.keys():
            after = {_norm(t) for t in token.doc[token.i + 1:token.i + 5]}
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
            if _norm(tok) in self.g.relatives or _norm(tok) in self.g.subordinators or tok.text in QUOTE_CHARS:
                return end_char  # "la notizia del crollo del ponte che collegava…": the event's own clause
            if self._is_finite(tok):
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
                    and doc[comma].text == "," and self._is_finite(tok) \
                    and not any(_norm(t) in self.g.relatives or _norm(t) in self.g.subordinators for t in doc[comma + 1:tok.i]):
                # a clause of the writer's after a comma, coordinated with the cue's (the parse's
                # conjunct of the cue), its subject first: "di votare a favore, solo alcuni
                # deputati restano contrari"
                return doc[comma - 1].idx + len(doc[comma - 1])
        # the participle of a passive cue right before the content ("vengono accusati di…")
        passive = next((t.head for t in doc[max(0, span.start - 4):span.start]
                        if t.dep_ == "aux:pass" and t.head.i < span.start), None)
        for tok in span[1:]:
            norm = _norm(tok)
            if passive is not None and tok.pos_ == "VERB" and self._participle_phrase(tok) \
                    and tok.morph.get("Number") == passive.morph.get("Number") \
                    and tok.morph.get("Gender") == passive.morph.get("Gender") \
                    and _norm(doc[tok.i - 1]) in self.g.and_conjunctions and tok.i - 1 > span.start \
                    and not any(t.pos_ in ("VERB", "AUX") for t in doc[span.start:tok.i - 1]):
                # a second participle of the passive cue's subject, after "e": "vengono accusati di
                # furto e trasportati in carcere" (not inside a verb of the content's own:
                # "di aver falsificato e nascosto")
                return doc[tok.i - 2].idx + len(doc[tok.i - 2])
            if norm in self.g.relatives and doc[tok.i - 1].text == "," and self.writers_relative(doc, tok.i, span.end):
                return doc[tok.i - 1].idx  # "di essere ammesso ai Trials, che si svolgevano…": the writer's
            if norm in self.g.subordinators or tok.text in QUOTE_CHARS:
                return end_char  # "di dire che…", "il piano che…": a clause of its own follows
            if "Fin" in tok.morph.get("VerbForm") and tok.pos_ in ("VERB", "AUX") and self._is_finite(tok):
                k = self._verb_group_start(doc, tok.i, span.start)
                while k - 1 > span.start and _norm(doc[k - 1]) in self.g.sequence_adverbs:
                    k -= 1  # "di non voler commentare, poi è salito in auto"
                # only after "e", "ma" or a comma: a coordinated clause of the writer's; a
                # finite verb right after the phrase is too often a tagging error to cut at
                if k - 1 > span.start and (_norm(doc[k - 1]) in ("e", "ed", "ma") or doc[k - 1].text == ","):
                    while k > span.start and (_norm(doc[k - 1]) in ("e", "ed", "ma") or doc[k - 1].text == ","):
                        k -= 1
                    return doc[k - 1].idx + len(doc[k - 1])
        return end_char

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
                t.pos_ in ("VERB", "AUX") and self._is_finite(t) for t in inside)):
            return doc[opening].idx
        return end_char

    def charge_end(self, doc: Doc, start_char: int, end_char: int) -> int:
        """Where a charge ends (*accusato di crimini di guerra**,** è morto*; *di averla
        accoltellata **è stata** condannata*): at the first comma, semicolon or finite verb, or at
        a definite article right after a noun or an adjective of the charge, with no preposition
        before it, in a charge without a verb: a noun phrase the *di*-phrase cannot hold, the
        passive's subject put after it (*Sono accusati di omicidio volontario **i due
        fratelli***); after a verb an article opens its object, even past a phrase (*di aver
        ucciso **la moglie***, *di voler scaricare sul popolo **la responsabilità***)."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            return end_char
        for tok in span[1:]:
            if tok.i > span.start + 1 and _norm(tok) in self.g.definite and tok.pos_ == "DET" \
                    and doc[tok.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") \
                    and not any(self.is_verbish(t) for t in doc[span.start:tok.i]):
                return doc[tok.i - 1].idx + len(doc[tok.i - 1])  # "di corruzione | il sindaco di Bari"
            if tok.text == "," and self._continues_list(doc, tok.i + 1, span.end):
                continue  # "di truffa aggravata, peculato e concussione"
            if tok.text in (",", ";") or self._is_finite(tok) and tok.pos_ in ("VERB", "AUX"):
                k = self._verb_group_start(doc, tok.i, span.start + 1)
                return doc[k - 1].idx + len(doc[k - 1])
        return end_char

    def _verb_group_start(self, doc: Doc, i: int, floor: int) -> int:
        """Where the verb at token ``i`` starts with its auxiliaries, clitics and *non* (not
        before token ``floor``): *non **si è** detto*."""
        while i > floor and (doc[i - 1].pos_ == "AUX" or _norm(doc[i - 1]) in self.g.clitics | self.g.negations):
            i -= 1
        return i

    def reports_object(self, cue: Cue) -> bool:
        """Whether the object of this cue is reported content (*ha evidenziato l'importanza…*)
        rather than a plain object (*ha risposto alle domande*): only listed verbs (and an
        impersonal *si pensa a…*, whose cue only its *a* opens, and *si prevedono nevicate*, whose
        cue only its object opens)."""
        return cue.lemma in self.object_verbs or cue.verb in self.object_verbs or cue.lemma in self.g.impersonal_a_verbs \
            or cue.lemma in self.g.impersonal_object_verbs or cue.verb in self.g.stance_verbs

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
        first = _norm(span[0])
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
        if skipped is not None and any(_norm(t) == "non" for t in skipped):
            return False  # ("li considera non canonici": the content would drop the negation)
        verb = self.main_verb(doc, cue)
        if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
            return False
        if self.g.gerund.search(_norm(doc[cue.start])) and cue.start > 0 and doc[cue.start - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
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
            return k < len(doc) and (_norm(doc[k]) in self.g.articles | self.g.indefinite_articles
                                     or _norm(doc[k]) == "come" or doc[k].pos_ in ("ADP", "NOUN", "NUM"))
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
        return second_np(obj) or end < len(doc) and _norm(doc[end]) == "come" \
            or any(_norm(t) == "come" and t.dep_ == "case" for t in obj.subtree)  # (hung deeper: "gli uomini non contaminati come migliori")

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
        if _norm(doc[start]) not in self.g.forms("da") or start != sent.start and doc[start - 1].text != ",":
            return None
        m = start + 1
        while m < i and (_norm(doc[m]) in self.g.articles | self.g.possessives or doc[m].pos_ == "ADJ"):
            m += 1
        if m >= i or _norm(doc[m]) not in self.g.document_nouns | self.g.speech_nouns \
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
        before = _norm(doc[cue.start - 1])
        if not (before in self.g.said_before_clitics or before == "quanto" and cue.start > 1
                and _norm(doc[cue.start - 2]) in self.g.copulas):
            return False
        span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        channel = self.channel_end(doc, span.start, span.end)  # ("Lo scrive in una nota Marco Rossi")
        first = doc[channel] if channel is not None and channel < span.end else span[0]
        return _norm(first) in self.g.definite or first.is_title

    def _reflexive(self, doc: Doc, start: int, end: int) -> bool:
        """The cue's verb is reflexive: *si dichiara*, *dicendosi*, *professarsi*."""
        return start > 0 and _norm(doc[start - 1]) in self.g.reflexive_clitics or self.attached_reflexive(doc[end - 1])

    def _is_coordinated(self, doc: Doc, start: int, sent: Span) -> bool:
        """The cue follows ``e``/``ma``/``poi``… or a comma that does not close an apposition
        (*L'avvocata, Giulia Neri, ha detto* is not coordinated)."""
        if start <= sent.start:
            return False
        if _norm(doc[start - 1]) not in self.g.coordinators:
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
        if j >= start - 1 or _norm(doc[j]) not in ("e", "ed", "ma"):
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
        # the connecting word before the next cue belongs to neither clause
        while region_end_tok > end and _norm(doc[region_end_tok - 1]) in self.g.coordinators:
            region_end_tok -= 1
        if next_start is not None:
            # the relative pronoun that opens the next cue's clause is that clause's ("ha
            # annunciato un nuovo piano, che aveva promesso in campagna elettorale")
            k = region_end_tok
            while k > end and (_norm(doc[k - 1]) in self.g.clitics or _norm(doc[k - 1]) in self.g.negations):
                k -= 1
            if k > end + 1 and _norm(doc[k - 1]) in self.g.relatives and doc[k - 2].text == ",":
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
        gerund = bool(self.g.gerund.search(_norm(doc[end - 1]))) and kind == "verb"
        if kind == "source":
            np_start, np_end = np
            closes = self.closes_sentence(doc, np_end, sent_end)
            lead = self.parenthetical_lead(doc, start, sent)
            # ("…, come confermato da X, e l'area era vasta": the writer's clause after it; as
            # build_inverted reads a come-cue, it vouches for the clause before)
            come_closes = _norm(doc[start]) == "come" and start > sent.start and doc[start - 1].text == "," \
                and np_end + 1 < sent_end and doc[np_end].text == "," and _norm(doc[np_end + 1]) in self.g.proposition_conjunctions
            if lead is None and np_end + 1 < sent_end and doc[np_end].text == "," and start > sent.start \
                    and not self.relative_source(doc, start, end, sent) and not come_closes:
                lead = self.parenthetical_lead(doc, start, sent, clause=True)
            if lead is None and np_end + 1 < sent_end and doc[np_end].text == "," and not come_closes:
                lead = self.aside_opener(doc, start, sent)  # "quando, secondo le previsioni, il tempo…"
            closes = closes or come_closes
            relative_after = np_end + 1 < sent_end and doc[np_end].text == "," and _norm(doc[np_end + 1]) in self.g.relatives
            after = next((k for k in range(np_end + 2, sent_end - 1) if doc[k].text == ","), None)
            clause_before = any(self._is_finite(t) for t in doc[sent.start:start])
            subject = self._subject_before_marker(doc, start, sent) if np_start < end else None
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
                while m > sent.start and _norm(doc[m]) in self.g.cue_adverbs:
                    m -= 1
                region_end = doc[m].idx + len(doc[m])
            elif self.relative_source(doc, start, end, sent) is not None:
                # "Il ministro, secondo il quale la crisi è finita, ha lasciato…"
                content_start = region_start = about_start = doc[np_end].idx
                comma = self.relative_content_end(doc, np_end, sent)
                if comma is None:
                    comma = self.bare_relative_end(doc, start, np_end, sent)  # "la tesi di X secondo cui … è stata smentita"
                if comma is not None:
                    region_end = min(region_end, doc[comma].idx)
            elif lead is not None and (np_end < sent_end and doc[np_end].text == "," or not closes):
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
                if start - 2 >= sent.start and _norm(doc[start - 1]) == "che" and doc[start - 2].text == ",":
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
                while m > sent.start + 1 and (doc[m].text == "," or _norm(doc[m]) in self.g.marker_focus_adverbs):
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
            while last > first and (doc[last].text == "," or _norm(doc[last]) in self.g.cue_adverbs):
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
            content, content_end = self.request_content(doc, np[1], sent_end, _norm(doc[start]) in self.g.target_nouns)
            region_end = min(region_end, doc[content_end - 1].idx + len(doc[content_end - 1]))
            return Cue(start=start, end=end, start_char=cue_span.start_char, end_char=cue_span.end_char,
                       text=cue_span.text, complement="di", content_start=doc[content].idx,
                       region_start=cue_span.end_char, region_end=region_end, about_start=doc[content].idx,
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
        # (after a verb of appeal, a + a noun right after it is what is urged: "esorta alla calma")
        urged_at = j if kind == "verb" and verb in self.g.a_infinitive_verbs and self.urged_noun(doc, j, sent_end) \
            or kind == "nominal" and verb in self.g.urging_nouns and self._a_urged(doc, j, sent_end) else None
        if end < j < sent_end and _norm(doc[j - 1]) in self.g.quantity_adverbs and doc[j].pos_ == "NOUN":
            j -= 1  # "chiedono più personale": a determiner of the object, not an adverb of the cue
        while end < j < sent_end and _norm(doc[j]) in self.g.time_words and _norm(doc[j - 1]) in self.g.cue_adverbs:
            j += 1  # "ha dichiarato ieri sera a Porta a Porta che…": the part of the day too
        aside = j
        j = self._after_aside(doc, j, sent_end)
        relayed = j > aside and _norm(doc[aside + 1]) == "come"  # (the medium is not what is said)
        addressed = j
        if verb in self.need_object and end - 1 > start and _norm(doc[end - 1]) in self.need_object[verb]:
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
            if k > j and k + 1 < sent_end and doc[k].text == ":":
                j = k
        agent_first = self._agent_before_clause(doc, j, start, end, sent_end) if kind == "verb" else None
        j = agent_first[1] if agent_first is not None else self._after_setting(doc, j, sent_end)
        if stance_at is not None:
            j = stance_at  # "si è espresso a favore del rinvio": the stance phrase, no addressee nor setting
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
        elif j + 1 < sent_end and _norm(doc[j]) == "che" and doc[j + 1].text == ":":
            # "ha dichiarato che: Anche in allenamento consiglio…": the colon opens the words
            complement, content_start, cue_end_tok = "colon", doc[j + 1].idx + 1, j + 1
        elif j < sent_end and _norm(doc[j]) == "che":
            complement, content_start, cue_end_tok = "che", doc[j].idx + len(doc[j]), j + 1
        elif (k := self._fatto_che(doc, j, sent_end)) is not None:
            # "hanno espresso dubbi sul fatto che…", "aveva convenuto sul fatto che…"
            complement, content_start, cue_end_tok = "che", doc[k].idx + len(doc[k]), k + 1
        elif j + 1 < sent_end and _norm(doc[j]) == "come" and verb in self.g.come_verbs \
                and self.clause_follows(doc, j + 1, sent_end):
            # "ha ricordato come l'Italia sia…": come for che
            complement, content_start, cue_end_tok = "che", doc[j].idx + len(doc[j]), j + 1
        elif j + 1 < sent_end and _norm(doc[j]) == "se" and verb in self.g.question_verbs:
            # "ha chiesto se fosse vero": the question, with its "se"
            complement, content_start = "che", doc[j].idx
        elif j + 1 < sent_end and _norm(doc[j]) in self.g.question_openers \
                and verb in self.g.question_verbs and self.clause_follows(doc, j + 1, sent_end):
            # "ha domandato perché i fondi non siano stati spesi", "si è chiesto come sia
            # possibile": the question, with its opening word
            complement, content_start = "che", doc[j].idx
        elif j < sent_end and self._subjunctive(doc[j]):
            # "sostengono sia troppo presto": che left out before a subjunctive
            complement, content_start = "che", doc[j].idx
        elif self.di_infinitive(doc, j, sent_end) or self._a_infinitive(doc, j, sent_end) and (
                verb in self.g.a_infinitive_verbs or verb in self.need_object):
            # "di" + infinitive; "a" + infinitive after invitare, esortare… ("invita a riflettere")
            # or after the speech noun of a light verb ("ha rinnovato l'impegno a proseguire",
            # "ha espresso la disponibilità a trattare": the noun holds the infinitive)
            complement, content_start = "di", doc[j].idx
        elif verb in self.g.pledge_verbs and self._infinitive_after(doc, j, sent_end):
            complement, content_start = "di", doc[j].idx  # "si è impegnato a…", "per…": what was pledged
        elif j + 1 < sent_end and _norm(doc[j]) in self.g.forms("a") and verb in self.g.impersonal_a_verbs:
            content_start = doc[j + 1].idx  # "si pensa a un errore umano": what is supposed
        elif j + 1 < sent_end and _norm(doc[j]) in self.g.forms("di") and lemma_reports_of(self, rule):
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
            k = None if charge and _norm(doc[j]) in self.g.forms("di") or per_charge or self._reflexive(doc, start, end) \
                or kind == "verb" and verb not in self.object_verbs and self.is_passive(doc, start, end) \
                else self._object_then_di(doc, j, sent_end, charge=charge, per=verb in self.g.charge_per_verbs)  # ("confessandosi colpevole di…")
            if k is None and verb in self.g.told_object_verbs and kind == "verb" and not self.is_passive(doc, start, end) \
                    and not self._reflexive(doc, start, end):
                # "ha informato i sindacati sulla chiusura"; not "si è informato del…": asked about it
                k = self._told_topic(doc, j, sent_end)
            if k is not None and _norm(doc[k]) in self.g.forms("per"):
                complement, content_start = "di", doc[k + 1].idx  # a charge with per: what follows it
            elif k is not None:
                # (a noun that holds the infinitive is reported with it: "ha annunciato l'intenzione
                # di lasciare", "non ha escluso la possibilità di stanziare fondi")
                head = next((t for t in doc[j:k] if t.pos_ not in ("DET", "ADJ") and _norm(t) not in self.g.articles), None)
                holds = head is not None and head.is_lower and bool(self.word_forms(head) & self.g.proposition_nouns)
                complement, content_start = "di", doc[j if holds else k].idx
        bare_agent = kind == "verb" and start == end - 1 and self.bare_agent(doc, start, sent)
        passive = kind == "verb" and (self.is_passive(doc, start, end) or start == end - 1 and (
            self.bare_charge(doc, start, sent_end) or opinion) or bare_agent)
        speaker_np = None
        if passive and complement == "object":
            found = self._passive_content(doc, j, start, end, sent, rule, opinion, bare_agent)
            if found is None:
                complement = "none"  # "Il ponte è stato costruito": nothing reported
            else:
                complement, (content_start, region_end, speaker_np) = "passive", found
        elif passive and complement in ("che", "di", "colon"):
            speaker_np = agent_first or self._agent_at(doc, j, sent_end)
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
        about_start = content_start if relayed or described else min(cue_span.end_char, content_start)
        return Cue(start=start, end=cue_end_tok, start_char=cue_span.start_char, end_char=cue_span.end_char,
                   text=cue_span.text, complement=complement, content_start=content_start,
                   region_start=cue_span.end_char, region_end=max(region_end, content_start),
                   about_start=self._antecedent_start(doc, start, sent, about_start), rule=rule,
                   coordinated=coordinated, gerund=gerund, passive=passive, speaker_np=speaker_np)

    def _verb_first_subject(self, doc: Doc, start: int, end: int, j: int, sent: Span) -> tuple[int, int, int] | None:
        """A finite cue that opens its sentence (only a conjunction, adverbs or the clitic that
        announces the content before it), then its subject (a name, an organisation or a
        speaking noun phrase, maybe after a short setting), then *che* or a colon: ***Spiega il
        sindaco Marco Rossi** che…*, ***Ha aggiunto poi la ministra** che…*, ***Fa sapere in una nota
        il Comune** che…*, ***Lo conferma l'Istat**: i prezzi…*. (subject start, subject end, the
        token of *che* or the colon), else None (*Racconta la storia di un uomo che…*: no speaker)."""
        opening_twin = start == sent.start and doc[start].pos_ in ("PROPN", "NOUN", "ADJ")  # ("Sottolinea X che…")
        if not (self._is_finite(doc[start]) or opening_twin) or self.is_passive(doc, start, end):
            return None
        lead = self.g.and_conjunctions | self.g.cue_adverbs | self.g.said_before_clitics | self.g.colon_so_words
        if any(_norm(t) not in lead for t in doc[sent.start:start]):
            return None
        while j < sent.end and _norm(doc[j]) in self.g.colon_so_words:
            j += 1  # "Lo ha spiegato così Marco Rossi: …"
        np = self._subject_after(doc, j, sent)
        if np is None:
            setting_end = self._setting_before_subject(doc, j, sent)
            np = self._subject_after(doc, setting_end, sent) if setting_end is not None else None
        if np is None and ("Plur" in doc[start].morph.get("Number") or _norm(doc[start]).endswith(("ano", "ono"))):
            # "Fanno sapere dal Comune che…", "Spiegano dalla Regione che…": the body the words come from
            np = self._agent_at(doc, self.skip_adverbs(doc, j, sent.end), sent.end)
            np = np if np is not None and self.speaker_phrase(doc, *np) else None
        if np is None:
            return None
        if np[1] < sent.end and _norm(doc[np[1]]) in self.g.forms("a"):
            # "Spiega l'assessore al Bilancio Luca Verdi che…": the title's complement, then the name
            name = next((e for e in self.context(doc).ents_in_tokens(np[1] + 1, min(np[1] + 6, sent.end))
                         if e.label_ == "PER"), None)
            if name is not None and not any(t.is_punct or self._is_finite(t) for t in doc[np[1]:name.start]):
                np = (name.start, name.end)
        k = self.skip_adverbs(doc, np[1], sent.end)
        if k + 2 < sent.end and doc[k].text == "," and _norm(doc[k + 1]) == "che" \
                and any(t.text == "," for t in doc[np[0]:np[1]]):
            k += 1  # (the noun phrase took its apposition in: "il sindaco, Marco Rossi", then ", che")
        elif k < sent.end and doc[k].text == ",":
            # "Spiega il sindaco, Marco Rossi, che…", "Spiega Marco Rossi, sindaco di Roma, che…": an
            # apposition between commas (the name in it when the noun phrase before has none)
            close = next((m for m in range(k + 1, min(k + 10, sent.end)) if doc[m].is_punct
                          or self._is_finite(doc[m]) or _norm(doc[m]) == "che"), None)
            if close is not None and doc[close].text == ":" and close + 1 < sent.end \
                    and _norm(doc[k + 1]) in self.g.prepositions:
                return np[0], np[1], close  # "Lo ha detto X, a margine dell'incontro: …": a setting, then the colon
            if close is None or doc[close].text != "," or close + 1 >= sent.end \
                    or not (doc[close + 1].text == ":" or _norm(doc[close + 1]) == "che"):
                return None
            ctx = self.context(doc)
            named = [e for e in ctx.ents_in_tokens(k + 1, close) if e.label_ in ("PER", "ORG")]
            if named and not [e for e in ctx.ents_in_tokens(*np) if e.label_ in ("PER", "ORG")]:
                np = (named[0].start, named[0].end)
            k = close + 1
        if k + 1 < sent.end and (doc[k].text == ":" or _norm(doc[k]) == "che"):
            return np[0], np[1], k
        if k < sent.end and _norm(doc[k]) in self.g.setting_openers:
            # "Lo scrive Legambiente nel suo rapporto: …": a short setting, then the colon
            for m in range(k + 1, min(k + 8, sent.end - 1)):
                if doc[m].text == ":":
                    return np[0], np[1], m
                if doc[m].is_punct or self._is_finite(doc[m]) or _norm(doc[m]) == "che":
                    break
        return None

    def _antecedent_start(self, doc: Doc, start: int, sent: Span, about_start: int) -> int:
        """Where what a cue is about begins when a gerund's object clitic points back: *ha
        criticato Alfano, definendolo «un traditore»* (the quote is about Alfano), from just after
        the verb before the gerund; ``about_start`` for any other cue."""
        bare = self.gerund_without_clitic(doc[start])
        if bare is None or _norm(doc[start])[len(bare):] not in self.g.object_clitics:
            return about_start
        k = start - 1
        while k > sent.start and doc[k].pos_ != "VERB":
            k -= 1
        return doc[k + 1].idx if k > sent.start or doc[k].pos_ == "VERB" else sent.start_char

    # -- passives: "è stato accusato di…", "è stato confermato da X il successo…" -------------
    def _agent_at(self, doc: Doc, k: int, end: int) -> tuple[int, int] | None:
        """The agent *da X* starting at token ``k`` (token range of X), or None; *dallo stesso
        pubblico ministero*: the noun phrase after *stesso*."""
        if k + 1 >= end or _norm(doc[k]) not in self.g.forms("da"):
            return None
        start = k + 2 if _norm(doc[k + 1]) in self.g.sameness_words and k + 2 < end else k + 1
        np_end = self.source_np_end(doc, start, end)
        np_end = next((m for m in range(start + 1, np_end) if self.di_infinitive(doc, m, end)), np_end)  # "dalla clientela di non…"
        if np_end <= start:
            return None
        # a listed speaker, or a common noun after an articled *da* (*dalla clientela*), not a
        # report (*dai dati*)
        head = doc[start]
        if _norm(head) in self.g.time_words:
            return None  # "indagato dall'inizio di maggio per…": since when, not by whom
        if not (self.speaker_phrase(doc, start, np_end) or _norm(doc[k]) != "da" and self._common_agent(head)):
            return None
        return start, np_end

    def _common_agent(self, head) -> bool:
        """``head`` is a common noun that may act (*dalla clientela*, *da parte dei residenti*), not a
        report or a document (*dai dati*, *da parte del decreto*)."""
        return head.pos_ == "NOUN" and head.is_lower and _norm(head) not in self.g.report_nouns | self.g.document_nouns

    def _agent_phrase_at(self, doc: Doc, k: int, end: int) -> tuple[int, int] | None:
        """The agent *da parte di X* (grammar ``agent_phrase``; *da parte del*, *dei*… too)
        starting at token ``k``: the token range of X, as :meth:`_agent_at` reads it; else None."""
        words = self.g.agent_phrase
        n = len(words)
        if not words or k + n >= end or any(_norm(doc[k + m]) != w for m, w in enumerate(words[:-1])) \
                or _norm(doc[k + n - 1]) not in self.g.forms(words[-1]):
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

    def _agent_before_clause(self, doc: Doc, j: int, start: int, end: int, sent_end: int) -> tuple[int, int] | None:
        """The agent *da X* at token ``j`` of a passive cue without a subject of its own when a
        colon, *che* or *di* + infinitive follows it (*è stato ribadito **dal sindaco** che…*,
        *viene dichiarato **dai testimoni**: …*): the agent speaks, the clause is what is said.
        None with a subject before the cue (*Il premio è stato annunciato dal sindaco che…* is a
        relative; *La notizia è confermata dal ministro: «…»* reports the subject) or a verb
        right after *che* (*fu notato dal critico che lo recensì*: a relative again)."""
        if not self.is_passive(doc, start, end):
            return None
        agent = self._agent_at(doc, j, sent_end)
        if agent is None or agent[1] + 1 >= sent_end:
            return None
        k = agent[1]
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < start and not any(g.dep_ == "case" for g in c.children)
               for c in doc[end - 1].children):  # ("Durante l'assemblea": a subject the parser misread)
            return None
        relative = doc[k + 1].pos_ in ("VERB", "AUX") or _norm(doc[k + 1]) in self.g.clitics
        return agent if doc[k].text == ":" or self.di_infinitive(doc, k, sent_end) \
            or _norm(doc[k]) == "che" and not relative else None

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
        if j >= end or _norm(doc[j]) in self.g.object_starts | self.g.articles:
            return None
        for m in range(j + 1, min(j + 5, end)):
            words = doc[j:m]
            if words[-1].is_punct or self.is_verbish(words[-1]) and _norm(words[-1]) not in self.g.ago_words:
                return None
            if any(t.like_num or t.lemma_.lower() in self.g.time_words or _norm(t) in self.g.news_days for t in words):
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
        if not (lemma in self.object_verbs or lemma.split()[0] in self.object_verbs or lemma in self.g.charge_verbs
                or lemma in self.g.charge_per_verbs or opinion):
            return None
        if lemma in self.g.active_only_verbs:
            return None  # "è stata attaccata una nave": an act, not words
        if lemma in self.g.passive_judgement_verbs and not opinion and not bare_agent:
            found = self._judgement_passive(doc, j, start, end, sent, lemma)
            if found is not None:
                return found
        limit = sent.end
        agent = self._agent_at(doc, j, limit) or self._agent_past_time(doc, j, limit)
        if agent is None and end < j < limit and (_norm(doc[j]) in self.g.object_starts or _norm(doc[j]) in self.g.articles) \
                and not any(_norm(t) in self.g.relatives or t.is_punct for t in doc[end:j]):  # (not "dal sindaco che lo…")
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
                      and any(t.like_num or _norm(t) in self.g.time_words for t in doc[k:m])
                      and not any(t.is_punct or self.is_verbish(t) for t in doc[k:m])), k)
        per = lemma in self.g.charge_per_verbs and self.charge_per(doc, k, limit)  # ("indagati per omicidio")
        if k < limit and (_norm(doc[k]) in self.g.forms("di") and lemma in self.g.charge_verbs or per):
            # the charge, up to the agent after it ("di corruzione dalla procura")
            stop = next((m for m in range(k + 1, limit) if self._agent_at(doc, m, limit)), None)
            verb = next((m for m in range(k + 1, stop or limit) if self._is_finite(doc[m])), None)
            if verb is not None:  # "di falsità **è** stato ritirato": the writer's clause again
                stop = self._verb_group_start(doc, verb, k + 1)
            region = doc[stop - 1].idx + len(doc[stop - 1]) if stop else doc[limit - 1].idx + len(doc[limit - 1])
            return doc[k + int(per)].idx, region, agent or (self._agent_at(doc, stop, limit) if stop else None)
        before = bare_agent and start > sent.start  # ("la chiusura, richiesta dal prefetto, …": the noun before)
        if not before and k < limit and (_norm(doc[k]) in self.g.object_starts or _norm(doc[k]) in self.g.articles
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
            if head is not None and (_norm(head) in self.titles or head.ent_type_ == "PER"):
                return None  # "È stato invitato anche il ministro Fabio Mussi": a person, not words
            for t in span if span is not None else ():
                if t.is_punct or _norm(t) in self.g.relatives:
                    break  # ("la chiusura della fabbrica, che avverrà…": a relative describes the object)
                if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm"):
                    return None  # "Qualora le accuse venissero confermate l'Azienda si costituirà…": a clause of its own
            return doc[k].idx, region, agent
        if agent is None:
            return None
        # the subject before the auxiliary, a short noun phrase opening its clause (before the
        # comma of a bare participle)
        words = self._opening_np(doc, start - 1 if before else start, sent)
        if words is not None and lemma not in self.g.person_target_verbs:
            head = self._np_head_token(doc, words.start, words.end)
            if head is not None and (_norm(head) in self.speaking_nouns | self.g.person_nouns | self.g.kin_nouns or head.ent_type_ == "PER"):
                return None  # "Il pilota è stato escluso dalla gara": a person dealt with, not words
        if words is None:
            # "la cui estradizione è stata chiesta", "… ed è stata confermata": not the subject
            subject = self._parsed_subject(doc, start, end, sent)
            return None if subject is None else (subject.start_char, subject.end_char, agent)
        return words.start_char, words.end_char, agent

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
            agent = (agent[0], next((m for m in range(agent[0] + 1, agent[1]) if _norm(doc[m]) == "come"), agent[1]))
        k = self.skip_adverbs(doc, agent[1] if agent is not None else j, limit)
        if k >= limit:
            return None
        p = k + 1 if _norm(doc[k]) == "come" and k + 1 < limit else k
        first = doc[p]
        if not (first.pos_ == "ADJ" or first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
                or p > k or _norm(first) in self.g.articles | self.g.indefinite_articles) or first.is_punct:
            return None  # (a predicate: "gravi", "come devastata", "un errore"; not "da tempo", "in mattinata")
        if _norm(first) in self.g.sense_objects.get(lemma, frozenset()):
            return None  # "è stato giudicato colpevole": a verdict
        stop = limit
        for m in range(p + 1, limit):
            if doc[m].is_punct or _norm(doc[m]) in self.g.relatives or self._is_finite(doc[m]):
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
        while stop > p + 1 and (doc[stop - 1].lemma_.lower() in self.g.time_words or _norm(doc[stop - 1]) in self.g.news_days):
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
                   or t.pos_ == "ADJ" and self.g.past_participle.search(_norm(t)) for t in doc[start:end])

    def _named_agent(self, doc: Doc, agent: tuple[int, int]) -> bool:
        """The agent's head is a name, a person or a group that speaks (a title, a group speaker)."""
        head = self._np_head_token(doc, agent[0], agent[1])
        return head is not None and (head.ent_type_ in ("PER", "ORG") or head.pos_ == "PROPN"
                                     or _norm(head) in self.speaking_nouns | self.g.person_nouns)

    def _bare_subject_at(self, doc: Doc, k: int, limit: int, lemma: str) -> bool:
        """Token ``k``, right after a passive cue of ``lemma`` (and its agent), opens a noun
        phrase with no article, the postposed subject of the passive: a bare plural or mass noun
        (*vengono annunciate **riforme** per il paese*, *sono state chieste **garanzie***, *è
        stato chiesto **aiuto***) or a number and its noun (*sono stati chiesti dal sindaco **300
        milioni***). Only for verbs that announce or ask for a noun phrase
        (``agent_participle_verbs``), not one whose other senses its object decides
        (``sense_objects``: *sono stati proposti problemi*, *confermati casi di…* are raised or
        found, and no article helps tell). Not a time (*è stato annunciato **domenica***,
        *annunciati **tre giorni fa***), a name or a capitalised word, nor a noun the parse
        hangs as an adjunct."""
        if lemma not in self.g.agent_participle_verbs or lemma in self.g.sense_objects:
            return False
        noun = k + 1 if (doc[k].like_num or doc[k].pos_ == "NUM") and k + 1 < limit else k
        tok = doc[noun]
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.ent_type_ or tok.dep_ not in ("nsubj", "nsubj:pass", "obj", "ROOT"):
            return False  # (the parse makes it the verb's subject or object: not an adjunct, "viene ripetuto
            # cinque volte", nor the noun of a preposition, "confermata grazie a un accordo")
        if self.time_word(tok):
            return False
        return not (noun + 1 < limit and _norm(doc[noun + 1]) in self.g.ago_words)

    def _opening_np(self, doc: Doc, stop: int, sent: Span) -> Span | None:
        """The short noun phrase that opens its clause and ends before token ``stop``: an
        article first, no finite verb, relative or conjunction (*L'attacco* of *L'attacco è
        stato condannato*); None when there is none."""
        m = stop
        while m > sent.start and doc[m - 1].text not in (",", ";", ":", "(") and stop - m < 10:
            m -= 1
        words = doc[m:stop]
        if not len(words) or any(self._is_finite(t) for t in words) or _norm(words[0]) not in self.g.articles \
                or any(_norm(t) in self.g.relatives | self.g.proposition_conjunctions for t in words):
            return None
        return words

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
        if len(heads) != 1 or heads[0].left_edge.i != sent.start or _norm(doc[sent.start]) not in self.g.articles:
            return None
        stop = start
        while stop > sent.start and doc[stop - 1].text == ",":
            stop -= 1
        words = doc[sent.start:stop]
        if not 1 < len(words) <= 30 or any(self.is_verbish(t) or _norm(t) in self.g.relatives for t in words):
            return None
        inside = {t.i for t in heads[0].subtree}
        if any(t.i not in inside for t in words if not t.is_punct):
            return None
        return words

    def _past_connective(self, doc: Doc, k: int, sent_end: int) -> int:
        """Past a connective set off by commas right after a source (*Secondo il sindaco,
        **infatti,** la strada…*, *Secondo la polizia, **tuttavia,** dopo che…*): it links the
        sentence to the one before and is not reported. ``k`` itself when there is none."""
        if k + 2 < sent_end and _norm(doc[k]) in self.g.marker_adverbs | self.g.connective_adverbs \
                and doc[k + 1].text == ",":
            return k + 2
        return k

    def _subject_before_marker(self, doc: Doc, marker: int, sent: Span) -> int | None:
        """Start of the short subject (a few words, no verb, no comma) between the opening of a
        clause (its sentence, *che*, a conjunction) and a marker inside it; None when the marker
        opens its clause or follows a comma."""
        if marker <= sent.start or not doc[marker - 1].is_alpha or _norm(doc[marker - 1]) in self.g.clause_openers:
            return None
        k = marker - 1
        while k > sent.start and not doc[k - 1].is_punct and _norm(doc[k - 1]) != "che" \
                and _norm(doc[k - 1]) not in self.g.clause_conjunctions:
            k -= 1
        words = doc[k:marker]
        if len(words) > 6 or any(self.is_verbish(t) or _norm(t) in self.g.prepositions for t in words):
            return None
        return k

    def _after_aside(self, doc: Doc, j: int, end: int) -> int:
        """Past adverbs set off by commas right after a cue: *ha proposto**, allora,** di…*; past
        the medium that relays it: *ha invitato**, come ha riferito Radio Vaticana,** «a pregare…»*;
        past an aside before the object: *ha rimarcato**, come già fece nel 2009,** la grande
        energia…*, *lamentano** - malgrado le richieste -** una completa inazione*; past a gerund
        of the occasion before *che* or *di*: *ha detto**, intervenendo alla Camera,** che…*."""
        if j < end and doc[j].text in DASHES:
            close = next((m for m in range(j + 1, min(j + 15, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text in DASHES and close > j + 1 and close + 1 < end \
                    and _norm(doc[close + 1]) in self.g.object_starts | {"che", "di"}:
                return close + 1
        if j >= end or doc[j].text != ",":
            return j
        k = j + 1
        if k < end and _norm(doc[k]) == "come":
            close = next((m for m in range(k + 1, min(k + 10, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text == "," and close + 1 < end and doc[close + 1].text in QUOTE_CHARS:
                return close + 1
            if close is not None and doc[close].text == "," and close + 1 < end \
                    and _norm(doc[close + 1]) in self.g.object_starts:
                return close + 1
        if k < end and doc[k].is_lower and self.g.gerund.search(_norm(doc[k])):
            # "ha detto, intervenendo alla Camera, che…": a gerund of the occasion set off by
            # commas, then che or di + infinitive
            close = next((m for m in range(k + 1, min(k + 12, end)) if doc[m].is_punct), None)
            if close is not None and doc[close].text == "," and close + 1 < end and (
                    _norm(doc[close + 1]) == "che" or self.di_infinitive(doc, close + 1, end)):
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
        if j < end and _norm(doc[j]) in self.g.object_setting_openers:
            return self._setting_before_object(doc, j, end)  # "reclama dal 1992 la sua estradizione"
        if j >= end or _norm(doc[j]) not in self.g.setting_openers:
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
                if m < end and (_norm(doc[m]) == "che" or self.di_infinitive(doc, m, end)):
                    return m
                return j
            if tok.is_punct or _norm(tok) == "che":
                return j
            who = who or _norm(tok) == "chi"
            if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and not who:
                return j  # (by its form: "il question time" is no verb)
        return j

    def _aside_setting_opener(self, tok) -> bool:
        """A word opening a setting set off by commas after a cue: a preposition of
        ``setting_openers`` or ``aside_setting_openers``, or a number (*, al termine del
        vertice,*, *, 14 anni fa,*)."""
        return _norm(tok) in self.g.setting_openers | self.g.aside_setting_openers or tok.like_num

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
                return k if _norm(doc[k - 1]) not in self.g.compound_prepositions else j
            if tok.text == "," and k + 1 < end and self.di_infinitive(doc, k + 1, end):
                return k + 1
            if tok.is_punct or _norm(tok) == "che" or self.is_verbish(tok) and not tok.is_title:
                return j
        return j

    def _object_after_closed_setting(self, doc: Doc, j: int, end: int) -> int:
        """The article right after the comma that closes a setting of a few words without a
        verb (*in una breve conferenza stampa**, la** chiusura…*); ``j`` when there is none."""
        articles = self.g.definite | self.g.indefinite_articles
        for k in range(j + 1, min(j + 10, end)):
            tok = doc[k]
            if tok.text == "," and k + 1 < end and _norm(doc[k + 1]) in articles:
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
            if tok.is_punct or self.is_verbish(tok) and not tok.is_title:
                return j
            if k > j + 1 and _norm(tok) in articles and _norm(doc[k - 1]) not in \
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
            if _norm(tok) == "che":
                return k if k > j + 1 else j
            if tok.text == "(" and k > j + 1:
                close = next((m for m in range(k + 1, min(k + 16, end)) if doc[m].text in "()"), None)
                return close + 1 if close is not None and doc[close].text == ")" and close + 1 < end \
                    and _norm(doc[close + 1]) == "che" else j
            if tok.text == "," and k > j + 1 and k + 1 < end and self._aside_setting_opener(doc[k + 1]):
                # "ha scritto su Facebook, poco dopo le 20, che…": a second setting set off by commas
                found = self._clause_after_aside(doc, k + 1, end)
                return found if found != k + 1 and _norm(doc[found]) == "che" else j
            if tok.text == ",":
                # "ha dichiarato nelle scorse settimane, ingiustamente, che…"
                m = k
                while m < end and doc[m].text == ",":
                    m = self.skip_adverbs(doc, m + 1, end)
                return m if m < end and _norm(doc[m]) == "che" else j
            if k - j >= 8 and not participle:
                return j  # (the longer reach only past a participle's phrase)
            if self._participle_phrase(tok) and _norm(doc[k - 1]) not in self.g.auxiliaries and doc[k - 1].pos_ != "AUX":
                participle = True
                continue
            if tok.is_punct or self.is_verbish(tok) and not tok.is_title:
                return j
        return j
