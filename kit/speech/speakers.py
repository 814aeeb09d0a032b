"""Speakers of cues: the subject before the cue, a relative pronoun's antecedent, a coordinated
cue's or a gerund's shared subject, the parser's subject (or a passive's agent), the name after a
postposed cue, the previous sentence's subject for a null subject."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from spacy.tokens import Doc, Span

from ..extensions import span_key
from ..names import same_name
from ..quotemarks import QUOTE_CHARS
from ..rules import normalize
from .base import ASIDE_DASHES, DASHES, SPEAKER_LABELS, Cue, FinderBase, Speaker, norm_word, strip_article, tag_speaker

#: what ends the name after a cue (*«…», ha detto X.*), besides a dash
STOPS = frozenset({".", ";", ":", "!", "?", "«", "»", "“", "”", '"'})
#: the most tokens an aside between a polite pronoun and its cue runs over (*Lei, come presidente del
#: Consiglio, si ritiene…*)
MAX_ASIDE = 12


class SpeakerRules(FinderBase):
    """Choosing the speaker of a cue; each Speaker records the rule that chose it (``how``)."""

    def _np_start(self, doc: Doc, start: int, floor: int) -> int:
        """Extend a name leftwards over its title and article: *il presidente russo* Putin."""
        j = start - 1
        new_start = start
        qualifier = self._qualifier_before(doc, start, floor)
        if qualifier is not None:
            # "il segretario *del PD* Guglielmo Epifani": a body or place qualifying the title
            j, new_start = qualifier - 1, qualifier
        while j >= floor and j >= start - 4:
            norm = norm_word(doc[j])
            if norm in self.titles and not self._title_preposition(doc, j):
                new_start = j
            elif norm in self.g.articles and new_start == j + 1:
                new_start = j
                break
            elif doc[j].is_alpha and doc[j].is_lower and norm not in self.g.prepositions and new_start == j + 1 and j - 1 >= floor and norm_word(doc[j - 1]) in self.titles:
                pass  # an adjective after a title: "presidente *russo*"
            else:
                break
            j -= 1
        return new_start

    def _title_preposition(self, doc: Doc, j: int) -> bool:
        """A title written like a preposition and read as one: lower case, after no article
        (*consegnato **ad** Anna Neri*, not *l'**ad** Marco Bruni*, *dall'**ad** Marco Bruni*)."""
        return norm_word(doc[j]) in self.g.prepositions and doc[j].is_lower and (
            j == 0 or norm_word(doc[j - 1]) not in self.g.articles | self.g.articulated_prepositions)

    def _qualifier_before(self, doc: Doc, start: int, floor: int) -> int | None:
        """Index of the *di* of *<title> di <ORG/LOC> <name>* right before token ``start``
        (*il presidente della Lombardia* Attilio Fontana); else None."""
        ent = self.context(doc).ent_before(start) if start - 1 >= floor else None
        if ent is None or ent.label_ not in ("ORG", "LOC") or ent.end != start or ent.end - ent.start > 4:
            return None
        k = ent.start - 1
        if k - 1 < floor or norm_word(doc[k]) not in self.g.forms("di") or norm_word(doc[k - 1]) not in self.titles:
            return None
        return k

    def _is_free(self, doc: Doc, np_start: int, floor: int) -> bool:
        """A name is a possible subject unless a preposition or a verb governs it (also through
        a coordination: *interrogato da carabinieri e **polizia***)."""
        if np_start <= floor:
            return True
        prev = doc[np_start - 1]
        norm = norm_word(prev)
        if norm in self.g.prepositions and not (norm in self.g.time_adverb_prepositions and np_start - 2 >= floor
                                                and norm_word(doc[np_start - 2]) in self.g.time_adverb_leads) \
                or self._in_route(doc, np_start, floor):
            return False  # (not after "il giorno dopo", "poco dopo": an adverb of time)
        if self._outlet_addressed(doc, np_start, floor):
            return False
        if prev.text == "," and self._apposed_to_governed(doc, np_start, floor):
            return False
        if norm in self.g.former_words and np_start - 2 >= floor and doc[np_start - 2].text in (",", "("):
            return False  # "Mario Neri, ex Forza Italia, che…": a former affiliation apposed to a name
        if norm in self.g.relative_words and np_start - 2 >= floor and norm_word(doc[np_start - 2]) in self.g.prepositions:
            return False  # "sette comuni, tra cui Mistretta, hanno…": one of them, not the subject
        if any(self.channel_end(doc, j, np_start + 1) == np_start + 1 for j in range(max(floor, np_start - 5), np_start - 1)):
            return False  # "Sul suo profilo Facebook, X ha scritto…": the platform that ends a channel phrase
        if norm in self.g.coordinators and self.context(doc).has_dep:
            head = doc[np_start]
            while head.dep_ in ("flat:name", "flat", "compound", "det", "amod") and head.head.i != head.i:
                head = head.head
            case = next((c for c in head.head.children if c.dep_ == "case"), None) if head.dep_ == "conj" else None
            if case is not None and not self._before_finite(doc, np_start):
                # (not "contro la riforma e Marco Rossi l'ha definita": a new clause)
                channel = self.channel_end(doc, case.i, np_start)
                if not (channel is not None and doc[channel].text == ","):
                    return False
                # ("In una nota, Cgil e Uil scrivono…": the parse joins the names to the channel
                # across its comma; they are the subject)
        if prev.is_alpha and self.is_verbish(prev) and not self.lemmas(prev) & self.g.auxiliaries \
                and not self._noun_after_article(doc, np_start - 1, floor):
            return False
        return not self._after_present_participle(doc, np_start, floor)

    def _after_present_participle(self, doc: Doc, np_start: int, floor: int) -> bool:
        """*i 66 Paesi formanti la CBI hanno proposto…*: a present participle (the grammar's
        ``present_participle_suffixes``) said of the noun before it, then an article, then the
        name at ``np_start`` (or its article): the participle's object, not the subject (but
        *il presidente uscente Mario Rossi*: no article, the name is the apposition)."""
        k = np_start - 1
        if k > floor and norm_word(doc[k]) in self.g.articles:
            k -= 1
        elif not norm_word(doc[np_start]) in self.g.articles:
            return False
        tok = doc[k]
        return k > floor and tok.is_lower and tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("amod", "acl") \
            and tok.head.i < k and norm_word(tok).endswith(self.g.present_participle_suffixes)

    def _outlet_addressed(self, doc: Doc, np_start: int, floor: int) -> bool:
        """The name at ``np_start`` (with the capitalised words and *e* before it) is the title of
        a newspaper or work whose noun a preposition governs (the grammar's ``title_words``): *al settimanale
        **Diva e Donna**, ha dichiarato*, *Anna Neri, al quotidiano **La Stampa**, ha detto*: the
        outlet one spoke to, not the subject (a *di* makes it the body of a description before
        it: *il direttore del quotidiano La Stampa*)."""
        k, joined = np_start - 1, False
        while k > floor and doc[k].is_alpha:
            # (back over "Diva e", "Casa e": words of the same name, not another entity right
            # before it, "La Stampa Marco Rossi")
            if norm_word(doc[k]) in self.g.coordinators and doc[k - 1].text[:1].isupper():
                joined = True
            elif not (doc[k].text[:1].isupper() and (joined or not doc[k].ent_type_)):
                break
            k -= 1
        return k - 1 >= floor and doc[k].is_lower and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
            and norm_word(doc[k]) in self.g.title_words and norm_word(doc[k - 1]) in self.g.prepositions - self.g.forms("di")

    def _apposed_to_governed(self, doc: Doc, np_start: int, floor: int) -> bool:
        """The name at ``np_start`` follows a comma that closes a title a preposition governs, the
        title's domain in between (*avvicinato **dal conduttore** del Processo del lunedì, Aldo
        Biscardi,*; *ha scritto **al ministro** dell'Interno, Marco Neri,*): the apposition names
        the agent or addressee, not the subject (not *il presidente del Milan, Marco Rossi, ha
        detto*)."""
        k = np_start - 2
        while k > floor and k > np_start - 10 and norm_word(doc[k]) not in self.titles \
                and not doc[k].is_punct and not self.is_finite(doc[k]):
            k -= 1
        return k - 1 >= floor and k < np_start - 1 and norm_word(doc[k]) in self.titles \
            and norm_word(doc[k - 1]) in self.g.prepositions and not self._title_preposition(doc, k)

    def _before_finite(self, doc: Doc, np_start: int) -> bool:
        """The name opening at ``np_start`` runs right into a finite verb, its clitics and
        auxiliaries first (*e Marco Rossi **l'ha** definita*, *e Anna Bruni **ha** detto*): the
        subject of a clause of its own, whatever the parse coordinated it with."""
        k = np_start
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].is_lower and doc[k].pos_ in ("DET", "NOUN", "ADJ")
                                and not norm_word(doc[k]).endswith("'") and not self.is_finite(doc[k])):
            k += 1  # ("il deputato Marco Rossi")
        while k < len(doc) and norm_word(doc[k]) in self.g.clitics | self.g.object_clitics | self.g.said_before_clitics:
            k += 1
        return k > np_start and k < len(doc) and self.is_finite(doc[k])

    @staticmethod
    def _in_route(doc: Doc, k: int, floor: int) -> bool:
        """Token ``k`` opens one of two names joined by a dash inside a noun phrase (*il treno
        **Milano** - **Mantova***, *la capotreno della linea Torino - **Genova***): a route or a
        pair, part of a name, not a subject; a dateline (*ROMA - Renzi ha detto*) opens the
        sentence."""
        if k - 3 >= floor and doc[k - 1].text in DASHES and doc[k - 2].pos_ == "PROPN" \
                and not doc[k - 3].is_punct:
            return True
        end = k
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1  # "il treno **Milano** - Mantova": the first name of the pair
        return end > k and k - 1 >= floor and not doc[k - 1].is_punct and end + 1 < len(doc) \
            and doc[end].text in DASHES and doc[end + 1].pos_ == "PROPN"

    def _noun_after_article(self, doc: Doc, k: int, floor: int) -> bool:
        """Token ``k`` follows an article that is no clitic pronoun (*il*, *un*, not *la*,
        *lo*): a noun, whatever the tagger read (*il **reverendo** Pete Broadbent*)."""
        return k - 1 >= floor and norm_word(doc[k - 1]) in self.g.articles - self.g.clitics - self.g.pronouns

    def _candidates(self, doc: Doc, sent: Span, before: int, blocked) -> list[tuple[int, int, Span | None]]:
        """(np_start, end, entity or None) candidates ending before token ``before``."""
        cands = []
        ents = [e for e in self.context(doc).ents_in_tokens(sent.start, before)
                if e.end <= before and e.label_ in SPEAKER_LABELS]
        covered = set()
        for ent in ents:
            if self.context(doc).is_blocked(ent.start_char, blocked):
                continue
            np_start = self._np_start(doc, ent.start, sent.start)
            if ent.label_ != "PER" and np_start < ent.start:
                # "la senatrice Pd": a person described by an organisation, not the organisation
                cands.append((np_start, ent.end, None))
            else:
                cands.append((np_start, ent.end, ent))
            covered.update(range(np_start, ent.end))
        for start, end in self._descriptions(doc, sent):
            if start + 1 < before < end and self.titles & {norm_word(t) for t in doc[start:before]}:
                end = before  # "Il sindaco precisa che…": the tagger read the cue as an adjective of the title
            if end <= before and start not in covered and not self.context(doc).is_blocked(doc[start].idx, blocked):
                # a description followed by a name is that name (handled above), also as an
                # apposition: "Il presidente della Commissione, José Manuel Barroso, ha…"
                apposition = self._apposition_start(doc, end, before)
                if not any(e.start == end or e.start == apposition or self._titled_name_at(doc, apposition, e)
                           for e in ents):
                    cands.append((start, self._body_after(doc, end, before, ents), None))
        group = self._group_before(doc, sent, before)
        if group is not None and group[0] not in covered and not self.context(doc).is_blocked(doc[group[0]].idx, blocked):
            cands.append((*group, None))
        cands.sort()
        return cands

    def _body_after(self, doc: Doc, end: int, before: int, ents: list[Span]) -> int:
        """The end of a description that goes on with the body or place it belongs to (*il
        portavoce **di Vodafone Italia***, *la direttrice **del Museo Egizio***): past that name
        when no person's name follows it (that one is the speaker); else ``end``."""
        if end + 1 >= before or norm_word(doc[end]) not in self.g.forms("di"):
            return end
        person = next((e for e in ents if e.start == end + 1 and e.label_ == "PER"), None)
        if person is not None:
            # "la portavoce di Anna Ferri", "l'avvocato di Marco Neri": an unnamed description of
            # someone named keeps its whole phrase (the guidelines' *portavoce della top model*)
            return person.end
        body = next((e for e in ents if e.start == end + 1 and e.label_ != "PER"), None)
        if body is None or len(body) == 1 or any(e.start == body.end and e.label_ == "PER" for e in ents):
            # (a one-word institution is part of an office title, *il Presidente del Consiglio*,
            # which names its holder: the title is resolved as such, as in ``about``)
            return end
        return body.end

    def _person_of_body(self, doc: Doc, subj) -> Span | None:
        """*Sveva Belviso **del Nuovo Centrodestra** aggiunge*, *Lisa Palmer **di TV Fanatic** ha
        valutato*: a subject the parse finds in the body after *di* that follows a person's name
        is the person's affiliation; the person speaks. The person's entity, else None."""
        ent = subj.ent_type_ and self.context(doc).ent_at(subj.i)
        if not ent or ent.label_ == "PER" or ent.start < 2 or norm_word(doc[ent.start - 1]) not in self.g.forms("di"):
            return None
        person = self.context(doc).ent_before(ent.start - 1)
        return person if person is not None and person.label_ == "PER" else None

    def _group_before(self, doc: Doc, sent: Span, before: int) -> tuple[int, int] | None:
        """The group noun right before token ``before`` (a verb), with its definite article or
        after a punctuation mark, an adjective after it: *Data la natura del frammento, **i
        medici** sostengono…*, *(…) **testimoni** riferiscono…*: the verb's subject however the
        parse reads the sentence, also when the tagger reads the noun as an adjective (*gli
        inquirenti scrivono*); None when the noun and the verb differ in number."""
        k = before - 1
        # a group noun the tagger reads as an adjective right after its article is the noun ("gli
        # inquirenti scrivono", "i giudici scrivono"), not an adjective after one ("i medici legali")
        article_noun = k > sent.start and norm_word(doc[k - 1]) in self.g.definite
        if k > sent.start and doc[k].pos_ == "ADJ" and doc[k].is_lower and not (
                article_noun and self.word_forms(doc[k]) & self.g.group_speakers):
            k -= 1  # "i medici legali"
        if k - 2 > sent.start and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k - 2].is_lower \
                and norm_word(doc[k - 1]) in self.g.forms("di") and norm_word(doc[k - 1]) != "di" \
                and not self.word_forms(doc[k]) & self.g.group_speakers \
                and self.word_forms(doc[k - 2]) & self.g.group_speakers and norm_word(doc[k - 3]) in self.g.definite:
            k -= 2  # "gli abitanti del quartiere sono…", "i genitori degli alunni temono…": whose group
        if k < sent.start or not (doc[k].pos_ == "NOUN" or doc[k].pos_ == "ADJ" and article_noun) \
                or not doc[k].is_lower or not self.word_forms(doc[k]) & self.g.group_speakers:
            return None
        number, verb_number = doc[k].morph.get("Number"), doc[before].morph.get("Number") if before < len(doc) else []
        if number and verb_number and number != verb_number and not (
                before < len(doc) and norm_word(doc[before]) in self.g.ambiguous_persons):
            # ("sono" the tagger may read as "io sono": its number says nothing)
            return None  # "il presidente dei medici sostiene": not the group
        if k == sent.start or doc[k - 1].is_punct:
            return k, before  # "(…) testimoni riferiscono"
        if norm_word(doc[k - 1]) in self.g.definite:
            return k - 1, before
        if k - 2 >= sent.start and norm_word(doc[k - 1]) in self.g.possessives and norm_word(doc[k - 2]) in self.g.definite:
            return k - 2, before  # "i suoi familiari comunicarono": the article before the possessive
        return None  # "in sala stampa ha definito", "i due parlamentari", "varie fonti": another phrase

    def _apposition_start(self, doc: Doc, end: int, before: int) -> int:
        """Token after the comma that follows a description ending at ``end`` (over the body it
        is the title of: *della Commissione Europea*); -1 when no comma follows."""
        k = end
        ent = next(iter(self.context(doc).ents_in_tokens(k + 1, k + 2)), None) if k + 1 < before else None
        if ent is not None and norm_word(doc[k]) in self.g.forms("di") and ent.start == k + 1:
            k = ent.end
        return k + 1 if k + 1 < before and doc[k].text == "," else -1

    def _titled_name_at(self, doc: Doc, k: int, ent: Span) -> bool:
        """An apposition opening at token ``k`` is the person's name ``ent`` behind its article and
        a few lower-case words of title (*un vescovo inglese, **il reverendo** John Smith,*): the
        description before the comma is that person."""
        if k < 0 or ent.label_ != "PER" or not 0 < ent.start - k <= 4 or norm_word(doc[k]) not in self.g.articles:
            return False
        return all(t.is_alpha and t.is_lower and norm_word(t) not in self.g.prepositions for t in doc[k + 1:ent.start])

    def _first_verb(self, doc: Doc, sent: Span) -> int:
        for tok in sent:
            if self.is_verbish(tok):
                return tok.i
        return sent.end

    def sentence_subject(self, doc: Doc, sent: Span, blocked) -> tuple[int, int, Span | None] | None:
        """The subject of a sentence: the first free name before its first verb (or the person
        a pronoun opening it refers to)."""
        first_verb = self._first_verb(doc, sent)
        referent = self._anaphor(doc, sent, first_verb, blocked)
        if referent is not None:
            return referent.start, referent.end, referent
        for cand in self._candidates(doc, sent, first_verb, blocked):
            if cand[2] is not None and cand[2].label_ == "LOC" and not (
                    cand[0] < cand[2].start and norm_word(doc[cand[0]]) in self.g.definite):
                continue  # a bare place (*Genova*, *Mantova*) opens a sentence as a setting, not a speaker
            if self._is_free(doc, cand[0], sent.start):
                return cand
        if first_verb < sent.end and not self.has_words_before(doc, sent, first_verb, blocked):
            # "Ha infine preso la parola Umberto Bossi": a verb first, its subject after it (not
            # the object right after it, titled or not: "Ha incontrato il ministro Luca Verdi")
            for ent in self.context(doc).ents_in_tokens(first_verb + 1, min(first_verb + 8, sent.end)):
                if ent.label_ == "PER" and not self.context(doc).is_blocked(ent.start_char, blocked) \
                        and self._is_free(doc, self._np_start(doc, ent.start, first_verb + 1), first_verb + 1) and not any(
                            t.is_punct or self.is_finite(t) for t in doc[first_verb + 1:ent.start]):
                    return ent.start, ent.end, ent
        return None

    def _anaphor(self, doc: Doc, sent: Span, before: int, blocked) -> Span | None:
        """*Quest'ultima ha detto…*, *Lei ha poi aggiunto…*: a sentence opened by a subject
        pronoun or by "the latter" before token ``before``: the person it refers to, as an entity
        mention: for "the latter" the person named last, for a pronoun the person subject of
        the sentence before, else (when that one is of the other gender) the person named last,
        in both cases of the pronoun's gender (read from first names: *Giulia*, *Marco*; unknown
        ones always agree); else None."""
        k = sent.start
        while k < before and (not doc[k].is_alpha and not doc[k].text.endswith(("'", "’"))
                              or norm_word(doc[k]) in self.g.cue_adverbs | self.g.coordinators):
            k += 1
        if k >= before:
            return None
        word = norm_word(doc[k])
        if word in self.g.definite and k + 2 <= before and norm_word(doc[k + 1]) in self.g.ordinal_anaphors \
                and (k + 2 == before or doc[k + 2].text == "," or self.is_verbish(doc[k + 2])):
            # "Marco Rossi e Luca Verdi… Il secondo ha detto": one of the two people the sentence
            # before named, by its place (not "il primo ministro", "il secondo tempo")
            named: list[Span] = []
            for ent in self._people_before(doc, sent, k, None, blocked, sentences=1):
                if not any(same_name(ent._.kit_canonical, e._.kit_canonical) for e in named):
                    named.append(ent)
            return named[-2:][self.g.ordinal_anaphors[norm_word(doc[k + 1])]] if len(named) >= 2 else None
        latter = word in self.g.latter_openers and k + 1 < before and norm_word(doc[k + 1]) in self.g.latter_words
        if latter:
            word = norm_word(doc[k + 1])
        elif word not in self.g.anaphora_gender or word in self.g.latter_words:
            return None
        gender = self.g.anaphora_gender.get(word)
        ctx = self.context(doc)
        people = self._people_before(doc, sent, k, gender, blocked, sentences=2)
        if not people:
            return None
        if latter:
            return people[-1]
        subject = self.sentence_subject(doc, ctx.sent(sent.start - 1), blocked) if sent.start > 0 else None
        if subject is not None and word in self.g.person_subject_pronouns and (
                subject[2].label_ != "PER" if subject[2] is not None
                else self._np_head(doc, subject[0], subject[1]) not in self.titles | self.g.kin_nouns):
            # "La polizia ha arrestato Marco Rossi. Lui ha detto…": a person's pronoun never takes
            # up a body (a name or a noun that is no title); the person of its gender named last
            return people[-1]
        if subject is None or subject[2] is None or subject[2].label_ != "PER":
            return None  # "Il ministro è intervenuto. Egli ha detto": the subject carried as before
        # "Marco Rossi ha incontrato Giulia Neri. Lei ha detto…": the subject, if of that gender
        return subject[2] if self._agrees(doc, subject[2], gender) else people[-1]

    def _polite_subject(self, doc: Doc, cue: Cue) -> int | None:
        """The token of the polite pronoun (*lei*, ``polite_pronouns``) that is the cue's subject
        inside a transcript's turn (:meth:`InterviewRules.turn_addressee`): right before the cue
        (adverbs and clitics aside), inside it (*come lei dice*) or the parse's subject of its
        verb; else None."""
        if not self.g.polite_pronouns:
            return None
        sent = self.context(doc).sent(cue.start)
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        while k > sent.start and norm_word(doc[k]) in self.g.clitics | self.g.reflexive_clitics:
            k -= 1
        if doc[k].text == ",":
            # "Lei, come presidente del Consiglio, si ritiene…": the pronoun before an aside
            k = next((m - 1 for m in range(k - 1, max(sent.start, k - MAX_ASIDE), -1) if doc[m].text == ","), k)
        found = [k] if k >= sent.start and norm_word(doc[k]) in self.g.polite_pronouns else []
        found += [t.i for t in doc[cue.start:cue.end] if norm_word(t) in self.g.polite_pronouns]
        found += [c.i for t in doc[cue.start:cue.end] for c in t.children
                  if c.dep_ == "nsubj" and norm_word(c) in self.g.polite_pronouns]
        if not found or self.turn_addressee(doc, found[0]) is None:
            return None
        return found[0]

    def _opens_with_person_pronoun(self, doc: Doc, sent: Span, before: int) -> bool:
        """The sentence opens (adverbs and coordinators aside) with a person's subject pronoun
        (*lui*, *lei*, *egli*) before token ``before``."""
        k = sent.start
        while k < before and (not doc[k].is_alpha or norm_word(doc[k]) in self.g.cue_adverbs | self.g.coordinators):
            k += 1
        return k < before and norm_word(doc[k]) in self.g.person_subject_pronouns

    def _subject_after_clitic(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*Lo ha annunciato il sindaco, spiegando che…*, *Lo ha detto su Facebook la moglie del
        cantante, …*: a sentence opened by an object clitic that takes up what was said
        (``said_before_clitics``) and the cue: the noun phrase after the verb (adverbs and a
        short setting skipped) is its subject, whatever the parse makes of it; else None."""
        k = cue.start - 1
        if k != sent.start or norm_word(doc[k]) not in self.g.said_before_clitics or not self.is_finite(doc[cue.start]):
            return None
        np = self.subject_past_setting(doc, cue.end, sent, definite=True)
        if np is None or np[1] < sent.end and doc[np[1]].text not in (",", ".", ";", ":"):
            return None
        found = self._from_range(doc, *np) or self._phrase(doc[np[0]:np[1]])
        head = self._np_head_token(doc, np[0], np[1], nominal=True)
        if found is not None and found.label is None and head is not None \
                and self.word_forms(head) & (self.g.not_speakers | self.g.rule_texts):
            return None  # "Lo dicono i numeri: …", "Lo dice il regolamento: …": data, a rule, no one
        return tag_speaker(found, "after-cue")

    def _both_before(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*Marco Rossi e Anna Bruni si sono incontrati. **Entrambi** hanno detto che…*: a
        sentence opened by "both" right before its cue (adverbs aside): the two people named
        last, joined (*Marco Rossi e Anna Bruni*); else None."""
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        if k < sent.start or norm_word(doc[k]) not in self.g.both_words:
            return None
        j = k - 1
        while j >= sent.start and (norm_word(doc[j]) in self.g.cue_adverbs | self.g.coordinators or not doc[j].is_alpha):
            j -= 1
        if j >= sent.start:
            return None  # "I sindaci di Bari e di Lecce, entrambi…": the subject before it
        found = self._last_people(doc, doc[k].idx, 2)
        if found is None:
            return None
        return Speaker(found[0], found[1], doc[k].text, doc[k].idx, doc[k].idx + len(doc[k]), "pronoun")

    def _latter_before(self, doc: Doc, cue: Cue, sent: Span, blocked) -> Span | None:
        """*quest'ultimo* / *quest'ultima* right before a cue inside its sentence (after *ma*,
        *e*, a comma): the person of that gender named last before it; else None."""
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        if k <= sent.start or norm_word(doc[k]) not in self.g.latter_words or norm_word(doc[k - 1]) not in self.g.latter_openers:
            return None
        people = self._people_before(doc, sent, k - 1, self.g.anaphora_gender.get(norm_word(doc[k])), blocked, sentences=1)
        return people[-1] if people else None

    def _pronoun_before(self, doc: Doc, cue: Cue, sent: Span, blocked) -> Span | None:
        """*La giunta ha sospeso Marco Bellini, ma lui replica: «…»*: a person's subject pronoun
        right before a cue inside its sentence: the person it refers to
        (:meth:`_pronoun_referent`); else None."""
        return self._pronoun_referent(doc, self.back_over_adverbs(doc, cue.start - 1, sent.start), sent, blocked)

    def pronoun_before_colon(self, doc: Doc, char: int, blocked) -> Speaker | None:
        """*Un uomo le si avvicina e lei fa: «Buonasera!»*: a person's subject pronoun and a
        finite verb right before the colon that introduces the marks opening at ``char``, inside
        the sentence: the person it refers to (:meth:`_pronoun_referent`); else None."""
        ctx = self.context(doc)
        colon = ctx.token_at(char) - 1
        sent = ctx.sent(max(colon, 0))
        if colon - 2 <= sent.start or doc[colon].text != ":" or not self.is_finite(doc[colon - 1]):
            return None
        person = self._pronoun_referent(doc, self.back_over_adverbs(doc, colon - 2, sent.start), sent, blocked)
        return self._from_span(doc, person).tagged("pronoun") if person is not None else None

    def _pronoun_referent(self, doc: Doc, k: int, sent: Span, blocked) -> Span | None:
        """The person a subject pronoun at token ``k`` refers to when it opens a new clause
        inside ``sent`` (after a comma, a colon or a coordinator: *…, ma **lui** replica*): the
        person of its gender named last before it (an overt pronoun switches from the subject
        before it to another person); else None."""
        if k <= sent.start or norm_word(doc[k]) not in self.g.person_subject_pronouns:
            return None
        before = doc[k - 1]
        if norm_word(before) not in self.g.coordinators and before.text not in (":", ";"):
            return None
        people = self._people_before(doc, sent, k, self.g.anaphora_gender.get(norm_word(doc[k])), blocked, sentences=1)
        return people[-1] if people else None

    def _people_before(self, doc: Doc, sent: Span, k: int, gender: str | None, blocked, sentences: int) -> list[Span]:
        """The people of ``gender`` named before token ``k``, from ``sentences`` sentences before
        ``sent`` on, outside quotations, in text order."""
        ctx = self.context(doc)
        floor = sent.start
        for _ in range(sentences):
            floor = ctx.sent(floor - 1).start if floor > 0 else floor
        return [e for e in ctx.ents_in_tokens(floor, k) if e.label_ == "PER" and e.end <= k
                and not ctx.is_blocked(e.start_char, blocked) and self._agrees(doc, e, gender)]

    def speaker_for(self, doc: Doc, cue: Cue, previous: Speaker | None = None,
                    earlier: Speaker | None = None) -> Speaker | None:
        """The speaker of a cue (see the module docstring for the rules).

        ``previous`` is the speaker of the cue before it in the same sentence, which a
        coordinated cue or a gerund shares (*Putin ha elogiato… e ha assicurato…*);
        ``earlier`` the speaker of the last cue of the sentence before, which a null subject
        carries before the subject of that sentence (*Ha infine preso la parola Bossi: … ha
        ribadito… . **Ha quindi ricordato**…*).
        """
        if cue.rule.startswith("nominal:") and not (cue.passive and cue.speaker_np):
            # "la notizia che…": no one signs it, unless a verb of giving news or the clause
            # the speech noun is attached to names who does (or the agent of the participle
            # that issued it: "l'appello alla calma lanciato da X", the passive rule below)
            return self._giver_of_noun(doc, cue, previous, earlier)
        polite = self._polite_subject(doc, cue)
        if polite is not None:
            # "Arrigo Benedetti - Signor Presidente, lei parla di…": the polite "lei" of a
            # transcript's turn is the one the turn speaks to, not its own speaker
            return self.turn_addressee(doc, polite)
        if (earlier is None or self._writer_spoke_before(doc, cue, earlier)) and self.writers_report(doc, cue):
            # "Ho chiesto al Senato il suo concorso": the writer, whom no name stands for unless
            # the article names him (after a sentence that reports someone, "X dichiara che… .
            # Non abbiamo mai chiesto…", the first person goes on with X's words, unmarked: the
            # null subject carries X)
            return self.named_writer(doc, cue)
        if self.unsigned_document_relative(doc, cue):
            return None  # "X ha trovato una lettera in cui si parla di…": not X's words
        if cue.start > 0 and norm_word(doc[cue.start - 1]) in self.g.reflexive_clitics and (
                cue.verb in self.g.impersonal_cue_verbs or cue.verb in self.g.impersonal_che_verbs
                or cue.verb in self.g.impersonal_object_verbs) and not self._personal_self_report(doc, cue):
            return self.document_issuer(doc, cue)  # "nella nota del Quirinale si legge che…"
        signed = self._signed_document_subject(doc, cue)
        if signed is not None:
            return signed  # "Il documento, firmato da Cgil, Cisl e Uil, denuncia che…"
        if cue.verb in self.g.emerging_verbs:
            # "Dal comunicato della Regione emerge che…": the issuer, or the possessor ("dal loro racconto")
            phrase = self.words_emerged_from(doc, cue.start, self.context(doc).sent(cue.start))
            if phrase is None:
                return None
            start, end = self.source_speaker(doc, *phrase)
            return tag_speaker(self._from_range(doc, start, end), "source") if start < end and start > phrase[0] + 1 else None
        if self.impersonal_speech(doc, cue):
            return self.document_issuer(doc, cue)  # "Si racconta che…", "si è detto che…": no one named
        if self._generic_clause_subject(doc, cue):
            return None  # "Chi conosce Anna Bruni racconta che…": no one in particular
        if cue.passive:
            # "è stato accusato da X di…": the agent, or no one ("è stato annunciato che…")
            if not cue.speaker_np:
                return self._belief_holder(doc, cue)
            if norm_word(doc[cue.speaker_np[0]]) in self.g.possessives:
                # "La sua convinzione è che…": whom the possessive before the noun refers to
                sent = self.context(doc).sent(cue.start)
                return tag_speaker(self._possessor(doc, cue, sent, previous, earlier), "request+possessive")
            # "accusato dalla clientela": the agent the grammar names, a common noun too
            found = self._from_range(doc, *cue.speaker_np) or self._phrase(doc[cue.speaker_np[0]:cue.speaker_np[1]])
            return found.tagged("agent")
        if cue.speaker_np is not None and not self._null_subject_come(doc, cue):
            sent = self.context(doc).sent(cue.start)
            if self.relative_source(doc, cue.start, cue.end, sent) == cue.speaker_np:
                # "Anna Bruni, secondo cui…": the name before the comma
                comma = cue.start - 1 if doc[cue.start - 1].text == "," else cue.start  # "la tesi di X secondo cui"
                return tag_speaker(self._speaker_before(doc, previous, comma)
                            or self._antecedent(doc, sent, comma, self.quoted_ranges(doc)), "relative") \
                    or tag_speaker(self._publisher_of_document(doc, cue), "subject")
            start, end = cue.speaker_np
            if start < cue.end and norm_word(doc[start]) in self.g.possessives:
                # "a suo dire", "a detta loro": the subject of the sentence before the marker,
                # else the speaker or the subject the sentences before carry
                return tag_speaker(self._possessor(doc, cue, sent, previous, earlier), "source+possessive")
            if end == start + 1 and norm_word(doc[start]) in self.g.person_pronouns:
                # "per lui", "secondo lei": the person named last
                named = self._last_named(doc, doc[start].idx, "PER")
                if named is not None:
                    return Speaker(named[0], named[1], doc[start].text, doc[start].idx,
                                   doc[start].idx + len(doc[start]), "source+description")
            named_start, named_end = self.source_speaker(doc, *cue.speaker_np)
            found = self._from_range(doc, named_start, named_end)
            if found is not None and found.label is not None:
                # "secondo Cgil e Uil", "secondo una nota di Marco Rossi e Anna Bruni": joint sources
                ent = next((e for e in self.context(doc).ents_in_tokens(named_start, named_end)
                            if e.end_char == found.end), None)
                found = self.joined_after(doc, ent, found, named_end) if ent is not None else found
            if found is None and norm_word(doc[cue.start]) == "come" and norm_word(doc[start]) in self.g.definite:
                found = self._phrase(doc[start:end])  # "come hanno raccontato i sopravvissuti": the subject
            elif found is None and self._definite_people(doc, named_start, named_end):
                # "secondo le persone presenti", "secondo quanto raccontato dal suo personale": an
                # unnamed, definite source keeps its description (the guidelines)
                found = self._phrase(doc[named_start:named_end])
            if found is not None and self._abstract(doc, found):
                return None  # "secondo i primi bilanci", "secondo l'ultimo censimento": no one speaks
            joint = self._joint_agents(doc, found) if found is not None and found.label is None else found
            if joint is not found:
                # "come confermato sia dai medici che dai familiari": the agents the grammar names,
                # which the ranker (scoring single names) must keep
                return tag_speaker(joint, "agent")
            return tag_speaker(found, "source")
        fronted = self._fronted_body(doc, cue)
        if fronted is not None:
            return fronted
        main = self._fronted_clause_subject(doc, cue)
        if main is not None:
            return main
        blocked = self.quoted_ranges(doc)
        sent = self.context(doc).sent(cue.start)
        antecedent = self._relative_antecedent(doc, cue, sent, blocked, previous) \
            or self._restrictive_antecedent(doc, cue, sent)
        if antecedent is not None:
            return antecedent.tagged("relative")
        if cue.complement != "object" and self.relative_subject(doc, cue, sent):
            # "ha parlato con le regioni che hanno chiesto che…": not the main clause's subject (an
            # object cue keeps it: with no speaker the object would be no one's words)
            return None
        latter = self._latter_before(doc, cue, sent, blocked) or self._pronoun_before(doc, cue, sent, blocked)
        if latter is not None:
            # "X ha accusato Y, ma quest'ultimo ha respinto…", "…, ma lui replica": the person
            # named last, not the subject the coordinated verb would share
            return self._from_span(doc, latter).tagged("pronoun")
        before_aside = self._subject_before_aside(doc, cue, sent, previous)
        if before_aside is not None:
            return before_aside
        after_relative = cue.coordinated and not cue.gerund and cue.start - 1 > sent.start \
            and doc[cue.start - 1].text == "," and self.closes_relative(doc, cue.start - 1, sent)
        group = self._subject_before_relative(doc, cue, sent)
        if group is not None:
            return group
        named = self._name_before_aside(doc, cue, sent) if cue.coordinated and previous is None else None
        if named is not None:
            return tag_speaker(self._joint(doc, (named.start, named.end, named), sent), "subject")
        if self._after_adjuncts(doc, cue, sent) or self._after_venue(doc, cue, sent):
            # "Nel corso del collegamento si è lamentato…", "Commentando l'elezione del papa, ha
            # dichiarato…": only adjuncts before the verb, whose names are not its subject
            carried = self._carried_subject(doc, cue, sent, previous or earlier, blocked)
            if carried is not None:
                # (an infinitive of purpose shares its governing verb's subject, as a gerund
                # does: the ranker keeps it, not a name in the adjuncts before)
                return carried if self.is_finite(doc[cue.start]) else carried.tagged("shared")
        if (cue.coordinated or cue.gerund) and not after_relative:
            if previous is not None and not previous.how.startswith("agent"):
                # (the agent of a passive is not the subject a coordinated verb shares)
                later = self._subject_since(doc, sent, previous, cue, blocked)
                if later is not None:
                    return later.tagged("subject")
                return previous.tagged("shared")
            subject = self.sentence_subject(doc, sent, blocked)
            voice = self._voice_in_aside(doc, subject[1], cue.start) \
                if subject is not None and subject[1] < cue.start and doc[subject[1]].text == "," else None
            if voice is not None:
                # "Confindustria, nella persona del direttore X, si oppone e considera…": the
                # person the aside after the shared subject names as its voice
                return tag_speaker(self._from_span(doc, voice), "shared+spokesperson")
            if subject is not None:
                return tag_speaker(self.from_candidate(doc, subject), "shared")
            parsed = self._from_parse(doc, cue, blocked)
            if parsed is not None and (self._speaks(doc, parsed) or self._own_clause_subject(doc, cue, sent, parsed)
                                       or self._shares_auxiliary(doc, cue.start, sent) and not self._abstract(doc, parsed)):
                # the subject the parse gives the verb this one depends on, a description too
                # (*il Governo ha ritirato il decreto criticando…*); any noun phrase for a participle
                # that shares the auxiliary of the one before (*gli organi di polizia hanno
                # individuato e reso note…*: one clause)
                return parsed.tagged("parse")
            inverted = self._parenthetical_subject(doc, cue, sent)
            if inverted is not None:
                # "Se l'accordo salta, ha detto Medvedev, «…»": the name after the verb, not the
                # subject of the sentence before
                return inverted.tagged("after-cue")
            # a gerund or a verb coordinated with a clause that names no one: the subject of
            # the sentence before ("Detta la sua linea … e propone un ritorno all'Ulivo"), not
            # when the comma before the verb only closes an aside after its own subject
            plural = self.third_plural(doc[cue.start])
            carried = None if self._closes_aside(doc, cue, sent) else \
                earlier or self._previous_subject(doc, sent, blocked, joint=plural)
            if carried is not None and not self.plural_for_one(doc[cue.start], carried.name, carried.label,
                                                               carried.start, carried.end):
                return carried.tagged("null-subject")
        cands = self._candidates(doc, sent, self._governing_start(doc, cue), blocked)
        for n in range(len(cands) - 1, -1, -1):
            cand = cands[n]
            if cand[2] is not None and cand[2].label_ == "PER" and self._spokesperson(doc, cand[0], sent.start):
                # "Il Ministero, tramite la portavoce Maria Zakharova, ha affermato": the person
                return tag_speaker(self.from_candidate(doc, cand), "subject+spokesperson")
            if cand[2] is not None and self._bracketed(doc, cand[2], sent.start) and any(
                    c[1] == cand[0] - 1 and (c[2] is None or c[2].label_ != "ORG"
                                             or c[2].text[:1].upper() != cand[2].text[:1].upper())
                    for c in cands[:n]):
                # "Il sindaco di Pisa (FdI) ha detto", "il presidente della Regione (Pd)": the party of
                # the one named before; not an acronym, which opens with its body's initial
                # ("l'Istituto Superiore di Sanità (ISS)")
                continue
            if self._is_free(doc, cand[0], sent.start):
                voice = next((c for c in cands[:n] if c[2] is not None and c[2].label_ == "PER"
                              and (cand[2] is None or cand[2].label_ != "PER")
                              and self._spokesperson(doc, c[0], sent.start)), None)
                if voice is not None:
                    # "Per voce di Manlio Di Stefano, il M5S respinge…": the person speaks for the body
                    return tag_speaker(self.from_candidate(doc, voice), "subject+spokesperson")
                before = self._before_dashed_aside(doc, cands[:n], cand, cue, sent)
                if before is not None:
                    # "L'ambasciatore – rimasto in silenzio da quando gli Stati Uniti… – ha
                    # dichiarato": the subject the dashes interrupt (the ranker keeps it)
                    return tag_speaker(self._joint(doc, before, sent), "subject+aside")
                before = self._before_aside(doc, cands[:n], cand, cue, sent)
                if before is not None:
                    # "Carla Del Ponte, membro della commissione UNHCR, ha annunciato": the name
                    # before the aside, not the one inside it
                    return tag_speaker(self._joint(doc, before, sent), "subject")
                before = self._parsed_before_aside(doc, cands[:n], cand, cue)
                if before is not None:
                    # "Il teologo, durante l'incontro al quale era presente Georg Gänswein, ha
                    # proposto": the subject the parse gives, before the aside the name is in
                    return tag_speaker(self._joint(doc, before, sent), "subject")
                parsed = self._from_parse(doc, cue, blocked)
                if parsed is not None and parsed.start >= doc[cand[1] - 1].idx + len(doc[cand[1] - 1]) and (
                        self._speaks(doc, parsed) or self._own_clause_subject(doc, cue, sent, parsed, after=cand[1])):
                    # the parse names a subject between that name and the cue (*…Australia)
                    # che hanno registrato…; l'agenzia giapponese ha assicurato*), a noun phrase
                    # no list names too (*…c'era Marco Neri, dove la torre di controllo aveva…*)
                    return parsed.tagged("parse")
                return tag_speaker(self._joint(doc, cand, sent), "subject")
        if previous is not None and not previous.how.startswith("agent") and self._coordinated_governor(doc, cue, sent):
            return previous.tagged("shared")  # "…, ma hanno colto l'occasione per chiedere…"
        resumed = self._subject_after_clitic(doc, cue, sent)
        if resumed is not None:
            return resumed
        if cue.start > sent.start and doc[cue.start - 1].text in ASIDE_DASHES:
            # "Il processo – ha detto X – è considerato «irreversibile»": the name after the verb
            # set off by dashes, not the subject of the clause it interrupts
            inverted = self._parenthetical_subject(doc, cue, sent)
            if inverted is not None:
                return inverted.tagged("after-cue")
        parsed = self._from_parse(doc, cue, blocked)
        if parsed is not None and not self._abstract(doc, parsed):
            return parsed.tagged("parse")
        both = self._both_before(doc, cue, sent)
        if both is not None:
            return both
        referent = self._anaphor(doc, sent, cue.start, blocked)
        if referent is not None:
            return self._from_span(doc, referent).tagged("pronoun")
        # null subject: carry the previous sentence's subject
        if not self.has_words_before(doc, sent, cue.start, blocked):
            inverted = self._subject_before_colon(doc, cue, sent)
            if inverted is not None:
                return inverted.tagged("subject")
            carried = self._carried_subject(doc, cue, sent, previous or earlier, blocked)
            if carried is not None and carried.label in ("ORG", "LOC") and self._opens_with_person_pronoun(doc, sent, cue.start):
                return None  # "Il Comune ha approvato il piano. Lui ha detto…": a person, not the body
            return carried
        if self._opening_adjunct(doc, cue, sent):
            # (shared: the ranker keeps it, as it keeps a gerund's, not the object nearer the cue)
            return tag_speaker(self._carried_subject(doc, cue, sent, previous or earlier, blocked), "shared")
        return None

    def _belief_holder(self, doc: Doc, cue: Cue) -> Speaker | None:
        """*X è certo / convinto / sicuro che…* (``belief_adjectives`` after a copula, read as a
        passive with no agent): the subject the parse gives the adjective holds the belief, a
        place too (*l'Italia è certa che…*, LOC speaking), which the ranker does not fill in."""
        if not any(norm_word(t) in self.g.belief_adjectives for t in doc[cue.start:cue.end]):
            return None
        parsed = self._from_parse(doc, cue, self.quoted_ranges(doc))
        return parsed.tagged("parse") if parsed is not None and not self._abstract(doc, parsed) else None

    def _giver_of_noun(self, doc: Doc, cue: Cue, previous: Speaker | None,
                       earlier: Speaker | None) -> Speaker | None:
        """The speaker of a nominal cue, read off the verb its noun depends on:

        - a noun of ``news_nouns`` that is the object of a verb of ``news_giving_verbs`` (*la
          stampa ha diffuso **la notizia che**…*, *il bollettino reca la notizia…*), or the
          subject of its passive (*è stata confermata dal ministro la notizia che…*, a noun
          the parse hangs on the agent too: *Confermata dal ministro X la notizia che…*);
        - a noun of ``attached_speech_nouns`` after *con*, hung on a verb or on that verb's
          object (*il giudice ha ridotto la pena **con la motivazione che**…*, *la Protezione
          civile ha diramato un'allerta **con la raccomandazione di**…*): whoever does the act.
        - any speech noun that is the subject of a verb of arriving (``arrival_verbs``): the
          *da* phrase it comes from (*dalla Farnesina giunge l'invito a…*, :meth:`_arrival_source`);
        - a noun of ``charge_nouns``/``hypothesis_charge_nouns`` hung on a verb of
          ``charge_holding_verbs`` (after *con* or *su*), or on its object or passive subject
          (*la Procura lavora **sull'ipotesi di**…*, *indagato dalla magistratura **con l'accusa
          di**…*, *un fascicolo **con l'ipotesi di**… è stato aperto dalla Procura*): who
          investigates or charges; no one for other verbs (*arrestato dalla polizia con l'accusa*).

        The verb's subject speaks (found as for a verb cue there), its agent when it is
        passive; no one when it has neither (*si è diffusa la notizia*, *viene diffusa la
        notizia*, *è stato arrestato con l'accusa*) or when the verb only receives the news
        (*ha appreso la notizia che*)."""
        if not self.context(doc).has_dep:
            return None
        noun = doc[cue.start]
        if noun.dep_ in ("nsubj", "obj") and self.lemmas(noun.head) & self.g.arrival_verbs:
            return self._arrival_source(doc, noun.head)
        if norm_word(noun) in self.g.news_nouns:
            fronted = self._fronted_participle_agent(doc, noun)
            if fronted is not None:
                return fronted
            verb = noun.head
            while noun.dep_ in ("nmod", "appos") and verb.dep_ in ("nmod", "appos", "flat:name") and verb.head.i != verb.i \
                    and verb.head.pos_ in ("NOUN", "PROPN"):
                verb = verb.head  # ("dal ministro della Salute Mario Rossi, la notizia": hung on the name in the agent)
            if noun.dep_ in ("nmod", "appos") and (verb.dep_ == "obl:agent" or self._da_oblique(verb)):
                verb = verb.head  # "Confermata (,) dal ministro X(,) la notizia": hung on the agent
            elif noun.dep_ not in ("obj", "nsubj:pass", "nsubj"):
                return None
            if not self.lemmas(verb) & self.g.news_giving_verbs:
                return None
        elif norm_word(noun) in self.g.attached_speech_nouns | self.g.charge_nouns | self.g.hypothesis_charge_nouns:
            verb = noun.head
            charge = norm_word(noun) not in self.g.attached_speech_nouns
            if verb.pos_ != "VERB" and noun.dep_ == "nmod" and (
                    verb.dep_ == "obj" or charge and verb.dep_ == "nsubj:pass"):
                # "un'allerta con la raccomandazione di", "un fascicolo con l'ipotesi di… è stato
                # aperto da": the act of the verb whose object (or passive subject) the noun is on
                verb = verb.head
            if charge and not self.lemmas(verb) & self.g.charge_holding_verbs:
                return None  # "arrestato dalla polizia con l'accusa di": who arrests does not charge
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
            return None
        if any(c.dep_ in ("expl", "expl:impers", "expl:pass") or norm_word(c) in self.g.reflexive_clitics
               and c.i < verb.i for c in verb.children):
            return None  # "si è diffusa la notizia": the news spreads, no one spreads it
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if agent is None and (any(c.dep_ == "aux:pass" for c in verb.children) and noun.dep_ == "nsubj:pass"
                              or "Part" in verb.morph.get("VerbForm") and noun.i > verb.i):
            # the agent of a passive (or of a bare participle before its subject) the parse reads
            # as a bare oblique: "è stata confermata dalla questura la notizia che…"
            agent = next((c for c in verb.children if self._da_oblique(c)), None)
        if agent is not None:
            # "dal ministro della Salute Marco Rossi": the phrase after "da", up to the noun
            end = min(agent.right_edge.i + 1, noun.left_edge.i if noun.left_edge.i > agent.i else len(doc))
            return self._da_phrase_speaker(doc, agent, end)
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) or \
                noun.dep_ in ("nsubj", "nsubj:pass"):
            return None  # "viene diffusa la notizia", "è stato arrestato con l'accusa": no agent named
        lemma = next(iter(sorted(self.lemmas(verb))), verb.lemma_)
        at_verb = replace(cue, start=verb.i, end=verb.i + 1, start_char=verb.idx,
                          end_char=verb.idx + len(verb), text=verb.text, rule=f"verb:{lemma}",
                          complement="object", speaker_np=None, passive=False)
        return self.speaker_for(doc, at_verb, previous, earlier)

    def _coordinated_governor(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """An infinitive cue hung, directly or through its object, on a finite verb before it
        that has no subject of its own and that a coordinator opens (*I sindacati hanno detto
        che…, **ma hanno colto** l'occasione per chiedere…*, *…, **e ha deciso** di chiedere…*):
        a clause coordinated with the one before, whose subject it shares (the speaker of the
        cue before in the sentence), however the parse attaches it."""
        if cue.gerund or not self.context(doc).has_dep or self.is_finite(doc[cue.start]):
            return False
        verb = self.main_verb(doc, cue)
        gov = verb.head
        if gov.pos_ == "NOUN" and gov.dep_ == "obj":
            gov = gov.head  # "colto l'occasione per chiedere"
        if gov.pos_ != "VERB" or not sent.start < gov.i < cue.start \
                or any(c.dep_ in ("nsubj", "nsubj:pass", "expl", "expl:impers", "expl:pass") for c in gov.children):
            return False
        start = min([gov.i] + [c.i for c in gov.children if c.dep_ in ("aux", "aux:pass") and c.i < gov.i])
        if not (self.is_finite(doc[start]) and all(t.pos_ in ("AUX", "ADV") for t in doc[start:gov.i])):
            return False
        k = self.back_over_adverbs(doc, start - 1, sent.start)
        return k > sent.start and norm_word(doc[k]) in self.g.coordinators and doc[k - 1].text == ","

    def _fronted_participle_agent(self, doc: Doc, noun) -> Speaker | None:
        """*Confermata oggi, dal ministro della Salute Marco Neri, la notizia che…*: a news noun
        right after (its article and a comma) a *da* phrase that follows, over its adverbs, a
        participle of giving news (``news_giving_verbs``) opening the sentence: the agent of
        that participle, read off the words however the parse hangs them (it splits the name off
        the phrase, or makes the noun the name's apposition). None for another form."""
        k = noun.i - 1
        if k >= 0 and norm_word(doc[k]) in self.g.articles:
            k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        da = next((j for j in range(k, max(-1, k - 10), -1) if norm_word(doc[j]) in self.g.forms("da")), None)
        if da is None or da == k or any(self.is_verbish(t) or t.is_punct or t.is_space for t in doc[da + 1:k + 1]):
            return None
        j = da - 1
        while j >= 0 and not doc[j].is_space and (doc[j].text == "," or doc[j].pos_ == "ADV"):
            j -= 1  # "oggi", "ieri"
        if j < 0 or "Part" not in doc[j].morph.get("VerbForm") or not self.lemmas(doc[j]) & self.g.news_giving_verbs \
                or not (j == 0 or doc[j - 1].is_space or doc[j - 1].text in (".", "!", "?", ";", ":")):
            return None
        found = self._from_range(doc, da + 1, k + 1)
        return found.tagged("agent") if found is not None else None

    def _arrival_source(self, doc: Doc, verb) -> Speaker | None:
        """Whoever a speech noun comes from when it is the subject of a verb of arriving
        (``arrival_verbs``; the parse may read it as the object): the person or body of the
        verb's *da* phrase (*dalla Farnesina giunge l'invito a…*, *dal sindaco arriva l'appello
        a…*, *dal Viminale filtra la notizia che…*); no one without one, nor for a place or a
        vague source (*da Roma arriva la notizia*, *da più parti giunge l'invito*)."""
        source = next((c for c in verb.children if c.dep_ in ("obl", "obl:agent") and self._with_da(c)), None)
        if source is None:
            return None
        found = self._da_phrase_speaker(doc, source, source.right_edge.i + 1)
        return found if found is not None and found.label in ("PER", "ORG") else None

    def _da_phrase_speaker(self, doc: Doc, phrase, end: int) -> Speaker | None:
        """Who the parse's *da* phrase headed by ``phrase`` names, from after its preposition up
        to token ``end``, tagged as an agent; None when it names no one."""
        start = phrase.left_edge.i + int(phrase.left_edge.pos_ == "ADP")
        found = self._from_range(doc, start, end) if start < end else None
        return found.tagged("agent") if found is not None else None

    def _da_oblique(self, tok) -> bool:
        """A noun or name the parse hangs on a verb as a bare oblique with *da* (*dalla questura*):
        how it reads the agent of a passive now and then."""
        return tok.dep_ == "obl" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ == "VERB" and self._with_da(tok)

    def _with_da(self, tok) -> bool:
        """``tok`` heads a phrase opened by *da* (or its forms: *dalla*, *dai*…) in the parse."""
        return any(k.dep_ == "case" and norm_word(k) in self.g.forms("da") for k in tok.children)

    def _name_before_aside(self, doc: Doc, cue: Cue, sent: Span) -> Span | None:
        """The name right before an aside without a verb that ends at the cue (*il suo rivale
        Mitt Romney, tramite un portavoce, ha annunciato*; *Sulla sua pagina Facebook, Mario
        Rossi, marito della sindaca, ha scritto*): the comma before the cue closes that aside,
        not a clause the cue is coordinated with, and the name is its subject, not the one that
        opens the sentence; None when no person or body that opens its clause ends there."""
        opening = self._aside_before(doc, cue, sent)
        if opening is None or opening - 1 <= sent.start:
            return None
        ent = self.context(doc).ent_before(opening)
        if ent is None or ent.label_ not in ("PER", "ORG"):
            return None
        start = ent.start  # back over the words of its noun phrase: "il suo rivale", "l'avvocato"
        while start > sent.start and ent.start - start < 4 and doc[start - 1].pos_ in ("DET", "ADJ", "NOUN") \
                and doc[start - 1].is_lower and norm_word(doc[start - 1]) not in self.g.prepositions:
            start -= 1
        if start > sent.start and not (doc[start - 1].text in (",", ":", ";")
                                       or norm_word(doc[start - 1]) in self.g.and_conjunctions):
            return None  # "interrogati dal sostituto procuratore Franco Neri, titolare…,": inside a phrase
        return ent

    def _aside_before(self, doc: Doc, cue: Cue, sent: Span) -> int | None:
        """The comma opening an aside set off by commas that ends right before a finite cue
        (*, interpellato sulla sostituzione di Cuperlo, afferma*; *, capeggiata da X, contesta*):
        no finite verb and no relative word inside it; else None."""
        verb = doc[cue.start]
        if cue.gerund or cue.speaker_np is not None or not verb.is_alpha \
                or set(verb.morph.get("VerbForm")) & {"Part", "Inf", "Ger"} \
                or self.g.infinitive.search(norm_word(verb)) or self.g.gerund.search(norm_word(verb)):
            return None  # (a finite verb however the parse tags it: *contesta* may be an adjective)
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        if k <= sent.start or doc[k].text != ",":
            return None
        opening = next((m for m in range(k - 1, max(sent.start, k - 20), -1) if doc[m].text == ","), None)
        if opening is None or opening == k - 1 or any(
                self.is_finite(t) or norm_word(t) in self.g.relative_words | {"che"} for t in doc[opening + 1:k]):
            return None
        return opening

    def _closes_aside(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """The comma before a finite cue closes an aside after the cue's own subject, which the
        parse gives its verb earlier in the sentence (*Alcuni residenti, spaventati, hanno
        raccontato…*, *Un passante, invece, ha detto…*): the verb is the main clause's, coordinated
        with nothing, and does not carry the subject of the sentence before."""
        if not self.context(doc).has_dep or not self.is_finite(doc[cue.start]):
            return False
        return any(sent.start <= s.i < cue.start - 1 and s.pos_ != "PRON" and norm_word(s) not in self.g.pronouns
                   and not s.like_num  # ("Il mese successivo, il 12 settembre…, annuncia": a date read as the subject)
                   and not self._bare_predicative(s)
                   for s in self._subjects_of(self.main_verb(doc, cue)))

    @staticmethod
    def _bare_predicative(token) -> bool:
        """*Poi, **commosso**, ha ringraziato…*: an adjective or participle set off by commas with
        no article of its own, which the parse may read as the subject, describes the subject the
        sentences before carry; it is no subject."""
        doc = token.doc
        return token.pos_ in ("ADJ", "VERB") and not any(c.dep_ == "det" for c in token.children) \
            and 0 < token.i < len(doc) - 1 and doc[token.i + 1].text == "," \
            and (doc[token.i - 1].text == "," or token.i > 1 and doc[token.i - 2].text == "," and doc[token.i - 1].pos_ == "ADV")

    def _subject_before_aside(self, doc: Doc, cue: Cue, sent: Span, previous: Speaker | None) -> Speaker | None:
        """The subject of a cue an aside without a verb of its own separates from what comes
        before it, whose names are never the subject: after a coordinator, the speaker of the cue
        before (*Auspica una collaborazione e, interpellato sulla sostituzione di Cuperlo,
        afferma…*: not Cuperlo); after a group noun, the group (*l'opposizione, capeggiata da
        Raila Odinga, contesta…*); else None."""
        opening = self._aside_before(doc, cue, sent)
        if opening is None:
            return None
        voice = self._voice_in_aside(doc, opening, cue.start)
        if voice is not None:
            # "Il sindacato, per bocca del segretario Luca Verdi, ha detto…", "La Regione, nella
            # persona dell'assessore Anna Neri, ha annunciato…": the person the aside names as the
            # body's voice speaks (as "tramite la portavoce X" before the verb)
            return tag_speaker(self._from_span(doc, voice), "subject+spokesperson")
        if opening - 1 > sent.start and norm_word(doc[opening - 1]) in self.g.and_conjunctions:
            return previous.tagged("shared") if previous is not None and not previous.how.startswith("agent") else None
        group = self._group_before(doc, sent, opening)
        if group is None or not self._is_free(doc, group[0], sent.start):
            return None
        return tag_speaker(self.from_candidate(doc, (*group, None)), "subject")

    def _voice_in_aside(self, doc: Doc, opening: int, end: int) -> Span | None:
        """The person an aside opened by the comma at ``opening`` (up to its closing comma, before
        token ``end``) names as a body's voice (*, per bocca del segretario X,*, *, nella persona
        di X,*, *, tramite la portavoce X,*: ``spokesperson_markers`` before the name), or None."""
        close = next((k for k in range(opening + 1, end) if doc[k].text == ","), end)
        return next((e for e in self.context(doc).ents_in_tokens(opening + 1, close) if e.label_ == "PER"
                     and self._spokesperson(doc, self._np_start(doc, e.start, opening + 1), opening + 1)), None)

    def _opening_adjunct(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """An infinitive cue opened by a preposition in the clause that opens its sentence, adjunct
        of a later finite verb with no subject of its own (*Inoltre, **dopo aver accusato** Rossi
        di…, ha fatto notare…*): the clause's subject is that verb's, the one the sentences before
        carry. (The parse may hang the later verb on the cue's: either way round.)"""
        if not self.context(doc).has_dep or self.is_finite(doc[cue.start]):
            return False
        verb = self.main_verb(doc, cue)
        if not any(c.dep_ == "mark" and c.pos_ == "ADP" and c.i < verb.i for c in verb.children):
            return False  # "dopo aver accusato", "prima di dichiarare": not a bare infinitive
        if verb.dep_ == "advcl" and verb.head.i >= cue.end:
            main = verb.head
        else:
            main = next((c for c in verb.children if c.dep_ in ("advcl", "conj") and c.i >= cue.end), None)
        if main is None or self._subjects_of(main) or not (
                self.is_finite(main) or any(c.dep_ == "aux" and self.is_finite(c) for c in main.children)):
            return False
        inside = {t.i for t in verb.subtree} - ({t.i for t in main.subtree} if main.head.i == verb.i else set())
        return all(t.i in inside or not t.is_alpha or norm_word(t) in self.g.cue_adverbs | self.g.coordinators
                   | self.g.connective_adverbs for t in doc[sent.start:cue.start])

    def _carried_subject(self, doc: Doc, cue: Cue, sent: Span, known: Speaker | None, blocked) -> Speaker | None:
        """A null subject: ``known`` (the speaker carried so far), else the subject of the
        sentence before, with the cue's verb as its mention (rule ``null-subject``); None when
        there is none."""
        plural = self.third_plural(doc[cue.start])
        carried = known or self._previous_subject(doc, sent, blocked, joint=plural)
        if carried is None or self.plural_for_one(doc[cue.start], carried.name, carried.label, carried.start, carried.end):
            return None  # ("«…» urlavano dalle tribune": not the one person named before)
        mention = doc[cue.start]
        return Speaker(carried.name, carried.label, mention.text, mention.idx, mention.idx + len(mention), "null-subject")

    def _after_adjuncts(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """A finite cue without a subject of its own that only adjuncts precede in its sentence:
        phrases opened by a preposition (*Nel suo discorso, ha evidenziato…*; after a sentence
        adverb and its comma too: *Successivamente, insieme alla vicepresidente del Senato X, ha
        comunicato…*), clauses of a gerund or an infinitive (*Dopo aver visitato Milano, ha
        detto…*) and adverbs; or an infinitive of purpose or time hung on such a finite verb
        (*…, si è recata alla Corte per comunicare…*). Its speaker is the subject the sentences
        before carry."""
        if not self.context(doc).has_dep or cue.gerund or cue.speaker_np is not None:
            return False
        verb, end = self.main_verb(doc, cue), cue.start
        if not self.is_finite(doc[cue.start]):
            # "Poi, insieme alla vicepresidente X, si è recata al Senato per comunicare…": an
            # infinitive of purpose or time speaks for the finite verb that governs it
            end = self._governing_start(doc, cue)
            if end == cue.start or not self.is_finite(doc[end]):
                return False
            verb = verb.head
        if any(c.dep_ == "expl:impers" for c in verb.children):
            return False
        covered = set()
        for child in verb.children:
            if child.i >= end or child.dep_ not in ("obl", "advcl", "advmod", "nsubj"):
                continue
            if not self._adjunct(child):
                return False  # a subject, or "Mentre Rossi parlava, …": a clause with a subject of its own
            covered.update(t.i for t in child.subtree)
        if any(t.i not in covered for t in self._subjects_of(verb)):
            return False
        if any(e.label_ == "PER" and e.start > 0 and e.start in covered and (
                doc[e.start - 1].text == "," or self._name_after_place(doc, e))
               for e in self.context(doc).ents_in_tokens(sent.start, end)):
            # "Dal lato opposto, Igor Guskov, agente dei servizi, ha negato", "A Berlino Marco
            # Neri, presidente…, ha detto" (the parse joins the two names): the subject
            return False
        rest = [t for t in doc[sent.start:end] if t.i not in covered and t.is_alpha
                and norm_word(t) not in self.g.cue_adverbs | self.g.coordinators | self.g.reflexive_clitics
                and not norm_word(t).endswith(self.g.adverb_suffixes)]
        return bool(covered) and not rest

    def _name_after_place(self, doc: Doc, ent: Span) -> bool:
        """The person's name ``ent`` follows right after the name of a place or a body (*A Berlino
        **Marco Neri**…*, *In Senato **Anna Bruni**…*): the subject after a setting, not part of it."""
        before = self.context(doc).ent_before(ent.start)
        # (not a body after "di" and a title: "insieme alla vicepresidente del Senato Anna Bruni"
        # names the title's holder, inside the adjunct)
        return before is not None and before.end == ent.start and before.label_ in ("LOC", "ORG") \
            and not (before.start > 0 and norm_word(doc[before.start - 1]) in self.g.forms("di"))

    def _after_venue(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """A finite cue that only a phrase of where the words were said precedes: *a*/*in*/*su*,
        a noun of a programme or setting (``venue_nouns``), its words and name (*Ai microfoni di
        Radio Uno ha spiegato…*, *Alla trasmissione radiofonica Radio Anch'io spiega…*), however
        the parse reads that name. Its speaker is the subject the sentences before carry."""
        if cue.gerund or cue.speaker_np is not None or not self.is_finite(doc[cue.start]):
            return False
        k = sent.start
        while k < cue.start and norm_word(doc[k]) in self.g.connective_adverbs | self.g.cue_adverbs | self.g.coordinators:
            k += 1
        if k + 1 >= cue.start or norm_word(doc[k]) not in self.g.forms("a") | self.g.forms("in") | self.g.forms("su"):
            return False
        k += 1 + int(norm_word(doc[k + 1]) in self.g.articles)
        if k >= cue.start or norm_word(doc[k]) not in self.g.venue_nouns:
            return False
        end = cue.start - int(doc[cue.start - 1].text == ",")
        return not any(t.is_punct and t.text not in ("'", "’") or self.is_finite(t) for t in doc[k + 1:end]) and not any(
            e.label_ == "PER" for e in self.context(doc).ents_in_tokens(k + 1, end))

    def _adjunct(self, tok) -> bool:
        """``tok`` heads an adjunct before its verb, whatever the parse labels it: an adverb, a
        phrase opened by a preposition (*in una intervista*, which the parse may read as the
        subject), or a clause of a gerund or an infinitive with no subject and no finite
        auxiliary (*rivolgendosi ai colleghi*, *dopo aver accusato…*)."""
        if tok.dep_ == "advmod":
            return True
        if tok.pos_ != "VERB":
            # (past adverbs and their comma that the parse hangs on the phrase: "Successivamente,
            # insieme al…", "Poco dopo, con il…")
            first, k = tok.left_edge, tok.left_edge.i
            while k < tok.i and tok.doc[k].pos_ == "ADV":
                k += 1  # (the tagger's adverbs: "Poco dopo", which no list holds)
            if first.i < k < tok.i - 1 and tok.doc[k].text == ",":
                first = tok.doc[k + 1]
            return tok.dep_ != "advcl" and first.pos_ == "ADP"
        return not self.is_finite(tok) and (tok.dep_ == "advcl" or bool(self.g.gerund.search(norm_word(tok)))) \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") or c.dep_ == "aux" and self.is_finite(c)
                        for c in tok.children)

    def _governing_start(self, doc: Doc, cue: Cue) -> int:
        """Where to look for the subject of a cue before: the cue itself, or for an infinitive
        cue in a clause of purpose or time (*i marittimi scrivono a Berlusconi **per
        rivendicare**…*) the verb that governs it, whose subject speaks: a name between that
        verb and the cue is its object, not the speaker."""
        if not self.context(doc).has_dep or cue.gerund or cue.coordinated or self.is_finite(doc[cue.start]):
            return cue.start
        verb = self.main_verb(doc, cue)
        head = verb.head
        if verb.dep_ != "advcl" or head.i >= cue.start or head.pos_ != "VERB" \
                or not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
            return cue.start
        return min([head.i] + [c.i for c in head.children if c.dep_ in ("aux", "aux:pass") and c.i < head.i])

    def _parenthetical_subject(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*Se l'accordo salta, **ha detto Medvedev**, «il mondo non sarà più sicuro»*: a finite
        cue set off by a comma (or a dash), in a sentence that names no subject before it, whose subject
        comes right after the verb (a name or a description); else None (*…, ha incontrato
        Obama*: a verb that needs an object takes the name as its object)."""
        if cue.gerund or cue.start - 2 <= sent.start or doc[cue.start - 1].text != "," and doc[cue.start - 1].text not in ASIDE_DASHES \
                or cue.verb in self.need_object or not self.is_finite(doc[cue.start]):
            return None
        if cue.complement in ("che", "di") or doc[cue.start - 2].text in QUOTE_CHARS:
            return None  # "…, ha detto che il ministro…": the clause's subject; "«…», ha detto X": the quote rules'
        np = self._subject_after(doc, cue.end, sent)
        if np is None or cue.complement == "object" and cue.verb in self.g.reason_verbs \
                and doc[np[0]].idx == cue.content_start and any(
                    t.dep_ == "obj" and cue.start <= t.head.i < cue.end for t in doc[np[0]:np[1]]):
            # "Poi, commosso, ha ringraziato i tifosi che…": the object of a verb of praise or
            # blame (``reason_verbs``) is whom it reports on, not its subject (a verb of saying
            # takes its subject after it: "Se ciò avviene, ha detto X in conferenza stampa, «…»")
            return None
        return self._from_range(doc, *np) or self._phrase(doc[np[0]:np[1]])

    def subject_between(self, doc: Doc, start_char: int, end_char: int) -> Speaker | None:
        """*«…», mentre **Jovanotti** ha reagito così: «…»*: a free name followed by a finite verb
        between two quotations, the subject of a clause of its own; else None."""
        ctx = self.context(doc)
        for ent in ctx.ents_in_chars(start_char, end_char):
            if ent.label_ not in SPEAKER_LABELS or ent.end_char > end_char:
                continue
            sent = ctx.sent(ent.start)
            np_start = self._np_start(doc, ent.start, sent.start)
            if not self._is_free(doc, np_start, sent.start) or np_start > 0 and doc[np_start - 1].text == "(":
                continue
            stop = ctx.token_at(end_char)
            if any(self.is_finite(t) for t in doc[ent.end:stop]):
                return self._joint(doc, (np_start, ent.end, ent), sent).tagged("subject")
        return None

    def _subject_since(self, doc: Doc, sent: Span, previous: Speaker, cue: Cue, blocked) -> Speaker | None:
        """*X ha dato il voto 4, affermando…, mentre **Y** ha assegnato il voto 2, definendolo…*:
        a free subject between the speaker of the cue before and this gerund or coordinated cue
        starts a clause of its own, whose subject the cue shares; else None."""
        for cand in reversed(self._candidates(doc, sent, cue.start, blocked)):
            if doc[cand[0]].idx < previous.end:
                break
            if cand[2] is not None and cand[2].label_ == "PER" and self._is_free(doc, cand[0], sent.start) \
                    and (cand[0] == 0 or doc[cand[0] - 1].text != "(") \
                    and any(self.is_finite(t) for t in doc[cand[1]:cue.start]):
                return self.from_candidate(doc, cand)
        return None

    def _subject_before_colon(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*Ricordano ai microfoni del Tg1 **i suoi amici**: «…»*: a sentence opened by the cue
        whose subject follows it, right before the colon that opens the quotation (a name, or
        a definite noun phrase no preposition governs); else None."""
        colon = next((k for k in range(cue.end, min(cue.end + 14, sent.end)) if doc[k].text in ":.;«“\""), None)
        if colon is None or doc[colon].text != ":" or colon == cue.end:
            return None
        if any(self.is_finite(t) for t in doc[cue.end:colon]):
            return None
        ent = self.context(doc).ent_before(colon)
        if ent is not None and ent.label_ in SPEAKER_LABELS and ent.start > cue.end \
                and self._is_free(doc, self._np_start(doc, ent.start, cue.end), cue.end):
            return self._from_span(doc, ent)
        for k in range(colon - 2, cue.end - 1, -1):
            if norm_word(doc[k]) in self.g.definite and k > cue.end and norm_word(doc[k - 1]) not in self.g.prepositions \
                    and all(t.is_alpha and t.is_lower and not self.is_verbish(t) for t in doc[k + 1:colon]):
                return self._from_range(doc, k, colon) or self._phrase(doc[k:colon])
            if not doc[k].is_alpha or norm_word(doc[k]) in self.g.prepositions:
                break
        return None

    def _before_aside(self, doc: Doc, earlier, cand, cue: Cue, sent: Span):
        """The candidate right before an aside set off by commas or brackets that holds
        ``cand`` and ends at the cue (*X, membro della commissione Y, ha detto*; *X (Y) ha
        detto*), when no finite verb is inside the aside; else None."""
        prev = next((c for c in reversed(earlier) if c[1] < cand[0] and doc[c[1]].text in (",", "(")), None)
        if prev is None:
            return None
        opening = doc[prev[1]]
        k = self.back_over_adverbs(doc, cue.start - 1, cand[1])
        closing = ")" if opening.text == "(" else ","
        if doc[k].text != closing or k - prev[1] > 20:
            return None
        if cand[0] == prev[1] + 1 and cand[1] == k and opening.text == ",":
            return None  # "Il portavoce del governo, Marco Neri, ha detto": the name is the apposition
        words = {norm_word(t) for t in doc[prev[1] + 1:min(prev[1] + 4, k)]}
        if words & self.g.spokesperson_markers:
            return None  # "La Farnesina, attraverso il portavoce X, ha detto": the person speaks
        if not self._relative_aside(doc, prev[1] + 1, k) and \
                any(self.is_finite(t) or norm_word(t) in ("che", "cui") for t in doc[prev[1] + 1:k]):
            return None  # "X, che…": a clause, not an aside (unless the relative clause ends before the cue)
        if not self._is_free(doc, prev[0], sent.start):
            return None
        return prev

    def _before_dashed_aside(self, doc: Doc, earlier, cand, cue: Cue, sent: Span):
        """The candidate that ends right at a dash opening an aside which holds ``cand`` and
        whose closing dash is right before the cue (*L'ambasciatore russo – rimasto in silenzio
        da giugno, quando gli Stati Uniti imposero le sanzioni – ha dichiarato…*): the subject
        the aside interrupts, whatever clause the aside holds; else None."""
        k = self.back_over_adverbs(doc, cue.start - 1, cand[1])
        if doc[k].text not in ASIDE_DASHES:
            return None
        opening = next((m for m in range(k - 1, sent.start, -1) if doc[m].text in ASIDE_DASHES), None)
        if opening is None or not opening < cand[0] or k - opening > 40:
            return None
        for prev in reversed(earlier):
            if prev[1] > opening:
                continue
            if opening - prev[1] > 6 or any(
                    t.is_punct or t.pos_ == "AUX" or norm_word(t) in self.g.relative_words | {"che"}
                    or self.is_verbish(t) and t.i > prev[1] for t in doc[prev[1]:opening]):
                # (the name of a clause before, not the aside's subject; an adjective the tagger
                # reads as a verb may end the noun phrase: "l'ambasciatore iraniano in Iraq")
                return None
            if self._is_free(doc, prev[0], sent.start) or self._relative_subject_at(doc, prev[0], sent.start):
                # (past the names its modifiers hold: a description runs up to the dash, "l'ambasciatore
                # russo in Italia")
                whole = (prev[0], opening, None)
                return prev if prev[2] is not None or self._joint(doc, whole, sent) is None else whole
        return None

    def _relative_subject_at(self, doc: Doc, np_start: int, floor: int) -> bool:
        """The noun phrase at ``np_start`` opens a relative clause after a preposition and a
        relative word (*nel giorno **nel quale l'ambasciatore**… ha dichiarato*): its subject,
        not one of a set (*tra cui*, ``among_prepositions``)."""
        return np_start - 2 >= floor and norm_word(doc[np_start - 1]) in self.g.relative_words \
            and norm_word(doc[np_start - 2]) in self.g.prepositions - self.g.among_prepositions

    def _parsed_before_aside(self, doc: Doc, earlier, cand, cue: Cue):
        """The candidate before ``cand`` that holds a subject the parse gives the cue's verb,
        when ``cand`` is inside an aside set off by commas or dashes that ends at the cue and
        opens after that candidate (*Il teologo, durante l'incontro al quale era presente il
        segretario del papa, Georg Gänswein, ha proposto*; *L'O2, azienda che fa capo alla
        spagnola Telefónica, ha dichiarato*); else None."""
        k = self.back_over_adverbs(doc, cue.start - 1, cand[1])
        closing = doc[k].text
        if not self.context(doc).has_dep or closing not in DASHES | {","}:
            return None
        subjects = self._subjects_of(self.main_verb(doc, cue))
        heads = {t.i for s in subjects for t in [s, *s.conjuncts]}
        if any(cand[0] <= i < cand[1] for i in heads):
            return None
        found = next((c for c in reversed(earlier) if any(c[0] <= i < c[1] for i in heads)), None)
        opening = next((m for m in range(found[1], cand[0]) if doc[m].text == closing), None) if found else None
        if opening is None:
            return None
        if cand[1] == k and all(t.is_alpha and norm_word(t) not in self.g.prepositions | self.g.relative_words | {"che"}
                                and not self.is_verbish(t) for t in doc[opening + 1:cand[0]]):
            return None  # "Il presidente della Provincia, il ds Cataldo Salerno, ha detto": an apposition
        return found

    def _relative_aside(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` are a relative clause with its own subject, set off by commas
        before the cue: *La cantante X, **assieme alla quale Y aveva inciso un disco**, si è
        detta…*, *X, **il cui partito** ha vinto, ha detto*."""
        words = [norm_word(t) for t in doc[start:min(start + 4, end)]]
        k = 0
        while k < len(words) and words[k] in self.g.prepositions | self.g.articles | self.g.relative_leads:
            k += 1
        return 0 < k < len(words) and words[k] in self.g.relative_words

    def _joint(self, doc: Doc, cand, sent: Span) -> Speaker | None:
        """The speaker of a subject candidate, joined with a name coordinated before it (*Marco
        Rossi e Anna Conti hanno chiesto…*: "Marco Rossi e Anna Conti", as the guidelines write
        joint speakers)."""
        speaker = self.from_candidate(doc, cand)
        ent = cand[2]
        k = cand[0] - 1
        if speaker is None or ent is None or k - 1 < sent.start:
            return speaker
        # (a correlative pair too: "Sia Marco Rossi sia Anna Bruni hanno detto", "sia X che Y")
        paired = norm_word(doc[k]) in self.g.paired_links and norm_word(doc[k]) not in self.g.coordinators
        if norm_word(doc[k]) not in self.g.coordinators and not paired:
            return speaker
        while k - 1 > sent.start and norm_word(doc[k - 1]) in self.g.articles:
            k -= 1  # "la NATO e gli USA"
        other = self.context(doc).ent_before(k)
        if other is None or other.label_ not in SPEAKER_LABELS or (other.label_ == "PER") != (ent.label_ == "PER"):
            return speaker
        opener = other.start - 1
        while paired and opener > sent.start and norm_word(doc[opener]) in self.g.articles:
            opener -= 1
        if paired and not (opener >= sent.start and norm_word(doc[opener]) in self.g.paired_openers
                           and self._is_free(doc, opener, sent.start)):
            return speaker
        if not paired and not self._is_free(doc, self._np_start(doc, other.start, sent.start), sent.start):
            return speaker
        names = [self._from_span(doc, other).name, speaker.name]
        while other.start - 2 >= sent.start and doc[other.start - 1].text == ",":
            # "Cgil, Cisl e Uil denunciano…": the whole list
            before = self.context(doc).ent_before(other.start - 1)
            if before is None or before.label_ not in SPEAKER_LABELS or (before.label_ == "PER") != (ent.label_ == "PER"):
                break
            other = before
            names.insert(0, self._from_span(doc, other).name)
        return Speaker(self.join_names(names), speaker.label, doc[other.start:ent.end].text,
                       other.start_char, ent.end_char, speaker.how)

    def _signed_document_subject(self, doc: Doc, cue: Cue) -> Speaker | None:
        """A subject that is a document with its signatories between commas right before the
        cue (*La lettera, firmata da Marco Rossi e Anna Bruni, chiede…*, *Il documento, firmato
        da Cgil, Cisl e Uil, denuncia che…*): the signatories, joined; else None."""
        sent = self.context(doc).sent(cue.start)
        k = sent.start + int(norm_word(doc[sent.start]) in self.g.articles)
        if k + 4 >= cue.start or norm_word(doc[k]) not in self.g.document_nouns or doc[k + 1].text != "," \
                or norm_word(doc[k + 2]) not in self.g.issuing_participles or norm_word(doc[k + 3]) not in self.g.forms("da"):
            return None
        ent = next((e for e in self.context(doc).ents_in_tokens(k + 4, cue.start) if e.start == k + 4), None)
        if ent is None or ent.label_ not in SPEAKER_LABELS:
            return None
        speaker = self.joined_after(doc, ent, self._from_span(doc, ent), cue.start)
        end = self.context(doc).token_at(speaker.end - 1) + 1
        if end + 1 != cue.start and not (end < cue.start and doc[end].text == "," and
                                         self.skip_adverbs(doc, end + 1, cue.start) == cue.start):
            return None
        return speaker.tagged("agent")

    def joined_after(self, doc: Doc, ent: Span, speaker: Speaker, limit: int) -> Speaker:
        """``speaker`` (from the entity ``ent``) joined with a name of the same kind coordinated
        right after it (*scrivono Cgil e Uil*, *secondo Marco Rossi e Anna Bruni*: "Cgil e
        Uil", as the guidelines write joint speakers), or a list closed by *e* (*denunciano
        Cgil, Cisl e Uil*); else ``speaker``."""
        names, closed = self.coordinated_names(doc, ent, limit, lambda other: other.label_ in SPEAKER_LABELS
                                               and (other.label_ == "PER") == (ent.label_ == "PER"))
        if not closed:
            return speaker
        return Speaker(self.join_names([speaker.name, *(self._from_span(doc, e).name for e in names[1:])]),
                       speaker.label, doc[ent.start:names[-1].end].text, ent.start_char, names[-1].end_char, speaker.how)

    def _own_clause_subject(self, doc: Doc, cue: Cue, sent: Span, parsed: Speaker,
                            after: int | None = None) -> bool:
        """The subject the parse gives the verb a gerund depends on is a noun phrase of the
        gerund's own sentence, before it and not a thing (*L'uomo ha consegnato il gatto al
        canile chiedendo che…*, *La rivista adottò una linea prudente, dichiarando che…*): the
        gerund shares it, even when no list names it a speaker, rather than the subject of the
        sentence before; not the subject of a passive (*La porta è stata chiusa per decenni,
        affermando che…*: a thing that undergoes, no one who says).

        With ``after`` (the token after a name earlier in the sentence), any cue: the parse's
        subject of the cue's own verb is such a noun phrase opened by an article after that
        name, right before the cue with no punctuation in between (*Sul volo c'era Marco Neri,
        dove la torre di controllo aveva invitato…*, *…con striscioni; un cartello dei
        manifestanti recitava…*), rather than the name; not the subject of a verb the cue
        depends on (*che la colpa è dei radicali, per concludere che…*), a noun phrase before an
        aside cue (*Il processo di pace – ha detto Rossi – è…*), after a relative *che* (*che la
        sera prima aveva annunciato*: the relative is the subject) or in the name's own clause,
        no punctuation nor finite verb between them (*Mario Rossi conclusa la riunione ha
        annunciato*: the subject of the participle)."""
        span = doc.char_span(parsed.start, parsed.end, alignment_mode="expand")
        if span is None or not (sent.start <= span.start and span.end <= cue.start) \
                or not any(t.dep_ == "nsubj" for t in span) or self._abstract(doc, parsed):
            return False
        if after is None:
            return cue.gerund
        verb = self.main_verb(doc, cue)
        return span.start > after and norm_word(span[0]) in self.g.definite | self.g.indefinite_articles \
            and any(t.dep_ == "nsubj" and t.head.i == verb.i for t in span) \
            and not any(t.is_punct or t.text in ASIDE_DASHES for t in doc[span.start:cue.start]) \
            and norm_word(doc[span.start - 1]) != "che" \
            and any(t.is_punct or self.is_finite(t) for t in doc[after:span.start])

    def _speaks(self, doc: Doc, speaker: Speaker) -> bool:
        """A name or a title/group description (not *il fine settimana*)."""
        if speaker.label is not None:
            return True
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and self.is_description(span)

    def _abstract(self, doc: Doc, speaker: Speaker) -> bool:
        """A description headed by a thing, not by people or a body: an abstract noun (*la
        revoca dello scritto*, *la gestione dei fondi*, *l'assenza di macchie*) or a word of
        the grammar's ``not_speakers``; never a name, a listed title or group, or a document that
        speaks for who issued it (*la motivazione ufficiale afferma*)."""
        if speaker.label is not None:
            return False
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        head = self._np_head_token(doc, span.start, span.end, nominal=True) if span is not None else None
        if head is None or not head.is_lower:
            return False
        words = self.word_forms(head)
        if norm_word(head) in self.g.not_speakers:
            # the listed form itself, though its lemma names an issuer: the plural of a study,
            # poll or charge noun is a body of findings, not one voice (*secondo gli studi
            # effettuati*, *i sondaggi condotti in primavera*, *stando alle accuse*; but *lo studio*,
            # *l'accusa* speak for their authors)
            return True
        if words & self.voiced_nouns:
            return False
        return bool(words & self.g.not_speakers) or norm_word(head).endswith(tuple(self.g.abstract_suffixes))

    def _spokesperson(self, doc: Doc, np_start: int, floor: int) -> bool:
        """The name follows *tramite*, *attraverso*, *per bocca di*, *per voce di* (a title in
        between allowed): someone speaking for the body named before it."""
        k = np_start - 1
        while k > floor and (norm_word(doc[k]) in self.titles | self.g.articles or doc[k].is_lower and doc[k].is_alpha
                             and norm_word(doc[k]) not in self.g.prepositions) and np_start - k < 6:
            k -= 1
        word = norm_word(doc[k]) if k >= floor else ""
        if word in self.g.spokesperson_markers:
            return True
        return k - 1 >= floor and word in self.g.forms("di") and norm_word(doc[k - 1]) in self.g.spokesperson_markers

    @staticmethod
    def _speaker_before(doc: Doc, previous: Speaker | None, comma: int) -> Speaker | None:
        """``previous`` (the speaker of the cue before in the sentence) when its mention ends
        right before the comma at token ``comma``: the antecedent of a relative after that comma
        is the speaker already found (*si è espresso il comitato dell'ONU per i diritti umani,
        secondo il quale…*, *ha detto il vicepresidente del Consiglio, che ha aggiunto…*), however
        long its description; else None."""
        if previous is None or comma < 1 or previous.how.startswith("agent"):
            return None
        last = doc[comma - 1]
        return previous if previous.end == last.idx + len(last) else None

    def _relative_antecedent(self, doc: Doc, cue: Cue, sent: Span, blocked,
                             previous: Speaker | None = None) -> Speaker | None:
        """*…Nicolas Sarkozy, che ha detto…*: the subject of a cue introduced by the relative
        pronoun ``che`` is the name or description right before the comma."""
        k = self._relative_pronoun_before(doc, cue, sent)
        if doc[k].text == "," and k - sent.start > 3:
            # "Haneke, che, dopo l'annuncio della vittoria, si è limitato a dire": over an aside
            # set off by commas (no verb of its own) to the relative before it
            opening = next((m for m in range(k - 1, max(sent.start, k - 20), -1) if doc[m].text == ","), None)
            if opening is not None and (not any(self.is_finite(t) for t in doc[opening + 1:k])
                                        or self._adverbial_clause(doc, opening + 1, k)):
                # ("il quale, quando gli è stato chiesto se…, ha dichiarato": an adverbial
                # clause, verbs and all, is an aside too)
                k = opening - 1
        if k > sent.start + 2 and norm_word(doc[k]) in self.g.reflexive_clitics:
            k -= 1  # "…, la quale si è detta soddisfatta"
        if k > sent.start + 2 and norm_word(doc[k]) in ("quale", "quali") and norm_word(doc[k - 1]) in self.g.definite:
            k -= 1  # "il quale", "la quale", "i quali", "le quali": the relative starts at the article
        elif norm_word(doc[k]) != "che":
            return None
        if k <= sent.start + 1 or doc[k - 1].text != ",":
            return None
        return self._speaker_before(doc, previous, k - 1) or self._antecedent(doc, sent, k - 1, blocked) \
            or self._noun_antecedent(doc, sent, k - 1)

    def _publisher_of_document(self, doc: Doc, cue: Cue) -> Speaker | None:
        """*I ricercatori del CNR hanno pubblicato uno studio secondo il quale…*, *Legambiente ha
        diffuso un rapporto secondo cui…*, *L'Oms ha pubblicato uno studio, secondo cui…*: a
        document right before the source's relative pronoun (or before its comma) that the parse
        makes the object of a verb of publishing (``publishing_verbs``) speaks for that verb's own
        subject, a noun or a name before it; None else (*hanno letto un articolo secondo cui…*, a
        passive, a pronoun)."""
        if not self.context(doc).has_dep or cue.start < 1:
            return None
        k = cue.start - 1 - int(cue.start >= 2 and doc[cue.start - 1].text == ",")
        return self._publisher_of(doc, doc[k])

    def _publisher_of(self, doc: Doc, noun) -> Speaker | None:
        """The subject of the verb of publishing whose object is the document ``noun`` (see
        :meth:`_publisher_of_document`); None else."""
        if not self.word_forms(noun) & self.g.document_nouns:
            return None
        verb = noun.head
        if noun.dep_ not in ("obj", "parataxis") or verb.i >= noun.i or not self.lemmas(verb) & self.g.publishing_verbs \
                or any(t.is_punct for t in doc[verb.i:noun.i]):
            return None  # (the parse may read an object after an adjunct as a parataxis)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            return None
        left, right = subj.left_edge.i, subj.right_edge.i + 1
        right = min([doc[k].left_edge.i for k in range(subj.i + 1, right) if doc[k].dep_.startswith("acl")
                     and doc[k].head.i == subj.i] + [right])  # (not the subject's own clause)
        while left < subj.i and not doc[left].is_alpha:
            left += 1
        return self._from_range(doc, left, right) or self._phrase(doc[left:right])

    def _subject_before_relative(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*I senatori della Lega, che secondo il loro leader cambieranno nome, hanno minacciato…*,
        *Anche i socialisti, che hanno posto qualche ostacolo, non hanno mai messo in dubbio…*:
        a finite cue right after the comma that closes a relative clause (after its negation and
        adverbs) speaks for the group or description the relative is said of, when no
        preposition governs it; names are left to the candidates before the aside. None else."""
        k = self.back_over_adverbs(doc, self.aux_start(doc, cue.start, sent.start) - 1, sent.start)
        while k > sent.start and norm_word(doc[k]) in self.g.negations:
            k = self.back_over_adverbs(doc, k - 1, sent.start)
        opening = None if cue.gerund or k <= sent.start or doc[k].text != "," else self.relative_opening(doc, k, sent)
        if opening is None:
            return None
        ent = self.context(doc).ent_before(opening)
        if ent is not None and self._is_free(doc, ent.start, sent.start):
            return None  # a name before the relative: the candidates' (before the aside)
        for found in (self._antecedent(doc, sent, opening, self.quoted_ranges(doc)),
                      self._noun_antecedent(doc, sent, opening), self._group_of_body_before(doc, sent, opening)):
            start = next((t.i for t in doc[sent.start:opening] if t.idx >= found.start), None) if found else None
            if start is None or self._abstract(doc, found) or self._np_head(doc, start, opening) in self.g.document_nouns:
                continue  # ("Il rapporto dei cittadini, che…, dice": a document no one signs)
            if self._is_free(doc, start - 1 if start - 1 >= sent.start
                             and norm_word(doc[start - 1]) in self.g.definite else start, sent.start):
                return found.tagged("subject")  # (not "dei cittadini greci, che…, hanno detto")
        return None

    def _group_of_body_before(self, doc: Doc, sent: Span, end: int) -> Speaker | None:
        """*i parlamentari del PDL*, *i dipendenti della Regione* right before token ``end``: a
        plural group noun after its definite article, then the body it belongs to, as written
        (a group is not one person of the article); else None."""
        art = next((j for j in range(end - 3, max(sent.start, end - 7) - 1, -1) if norm_word(doc[j]) in self.g.definite), None)
        if art is None or not doc[art + 1].is_lower or doc[art + 1].morph.get("Number") != ["Plur"] \
                or norm_word(doc[art + 2]) not in self.g.forms("di") or doc[end - 1].is_lower:
            return None
        span = doc[art:end]
        return self._phrase(span) if self.is_description(span) else None

    def _counted_group(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a number of people after a plural article, with no noun of its own
        (*I **due** hanno detto*, *I **tre**, che…*): the people named last, that many
        (:meth:`resolve_description`)."""
        return i > 0 and norm_word(doc[i]) in self.g.group_counts and norm_word(doc[i - 1]) in self.g.plural_articles \
            and not (i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN")

    def _adverbial_clause(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` open with a conjunction of an adverbial clause (*quando*, *dopo
        che*: the grammar's ``adverbial_subordinators``) and hold no comma."""
        if start + 1 >= end or any(t.text == "," for t in doc[start:end]):
            return False
        return norm_word(doc[start]) in self.g.adverbial_subordinators \
            or f"{norm_word(doc[start])} {norm_word(doc[start + 1])}" in self.g.adverbial_subordinators

    def _relative_pronoun_before(self, doc: Doc, cue: Cue, sent: Span) -> int:
        """The token before a cue where its relative pronoun may be: back over adverbs and an
        object pronoun (*che **l'**ha definito*), or the *che* the parse makes the subject of the
        cue's verb a few words before it (*che **la sera precedente** aveva confermato*)."""
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        if k > sent.start + 1 and doc[k].pos_ == "PRON" and doc[k].dep_ in ("obj", "iobj") \
                and norm_word(doc[k - 1]) == "che":
            return k - 1  # "che l'ha definito"
        if norm_word(doc[k]) != "che" and self.context(doc).has_dep:
            verb = self.main_verb(doc, cue)
            rel = next((c for c in verb.children if c.dep_ == "nsubj" and norm_word(c) == "che"
                        and sent.start < c.i < cue.start and cue.start - c.i <= 5), None)
            if rel is not None and not any(self.is_finite(t) or t.text == "," for t in doc[rel.i + 1:cue.start]):
                return rel.i
        return k

    def relative_subject(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """The parse makes a relative *che* before the cue its verb's subject (*il ministro ha
        parlato con le regioni che hanno chiesto che…*, *le province, che ritengono che…*): whoever
        speaks is the relative's antecedent, never the subject of the clause it hangs on. False
        when that antecedent is a name, a pronoun, the apposition of a name or the predicate of
        the main subject, which the other rules find."""
        if not self.context(doc).has_dep:
            return False
        rel = doc[self._relative_pronoun_before(doc, cue, sent)]
        if not sent.start + 1 < rel.i < cue.start or norm_word(rel) != "che" or rel.dep_ != "nsubj" or rel.pos_ != "PRON" \
                or rel.head.i != self.main_verb(doc, cue).i or any(t.pos_ == "PROPN" for t in doc[rel.i:cue.start]):
            return False  # ("risulta che Rossi avrebbe chiesto…": a name of its own, the che a conjunction)
        k = rel.i - 2 if doc[rel.i - 1].text == "," else rel.i - 1
        if doc[k].text in ASIDE_DASHES:
            # "è uno dei paesi − ha aggiunto il ministro − che ritiene…": the words before the aside
            k = next((j - 1 for j in range(k - 1, sent.start, -1) if doc[j].text == doc[k].text), k)
        if doc[k].ent_type_ or doc[k].pos_ == "PRON":
            # "il ministro Mario Rossi che ha sottolineato…": the name, found as the subject; "ciò
            # che ritiene di dover dire": a free relative, whose che may be the object
            return False
        while k > sent.start and doc[k].text != "," and not self.is_finite(doc[k]):
            k -= 1
        # "Anna Bruni, la chirurga che l'ha operata, …", "X, fondatore del movimento che…": the
        # apposition of the name, who is found; "l'Iran è uno dei paesi che ritiene…": the
        # predicate of the main subject, who speaks
        return not (doc[k].text == "," and k > sent.start and doc[k - 1].ent_type_ or doc[k].dep_ == "cop")

    def _plain_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` hold no finite verb and no comma: one apposition (*, presidente
        dell'Ascom di Torino,*), not a clause."""
        return not any(self.is_finite(t) or t.text == "," for t in doc[start:end])

    def _noun_antecedent(self, doc: Doc, sent: Span, comma: int) -> Speaker | None:
        """*…da parte dei cittadini greci, che accusarono…*: the noun phrase without a name right
        before the comma, after its preposition or article, when a title or a group noun heads
        it (the description it resolves to, else the phrase); else None."""
        k, start = comma - 1, comma
        closed = self.g.prepositions | self.g.articles
        while k > sent.start and comma - k <= 4 and doc[k].is_alpha and doc[k].is_lower and norm_word(doc[k]) not in closed:
            start, k = k, k - 1
        if start < comma and k - 2 >= sent.start and norm_word(doc[k]) in self.g.forms("di") and doc[k - 1].is_alpha \
                and doc[k - 1].is_lower and self.is_description(doc[k - 1:k]):
            m = k - 2
            while m > sent.start and norm_word(doc[m]) in self.g.sameness_words | self.g.title_modifiers | self.g.former_words:
                m -= 1  # "dallo stesso presidente della giuria, il quale…": its modifiers before the noun
            if norm_word(doc[m]) in closed:
                # "delle guardie di confine, che dicevano…": the noun "di confine" qualifies
                start, k = k - 1, m
        counted = start + 1 == comma and k + 1 == start and self._counted_group(doc, start)  # "I due, che…"
        # "l'uomo, che…", "dell'imputato, che…", "la moglie, che…": a definite person with no title
        # (not "a una signora, che…": no one in particular)
        person = start < comma and self.word_forms(doc[start]) & (self.g.person_nouns | self.g.kin_nouns) \
            and norm_word(doc[k]) in self.g.definite | self.g.articulated_prepositions
        if start == comma or norm_word(doc[k]) not in closed \
                or not (counted or person or self.is_description(doc[start:comma])) \
                or norm_word(doc[start]) in self.g.indefinites | self.g.indefinite_articles:
            return None  # (not "di alcuni poliziotti, i quali…": no one in particular)
        if counted:
            return self._from_range(doc, k, comma)
        head = doc[start]
        if person and self.word_forms(head) & self.g.person_nouns and head.morph.get("Number") != ["Plur"] \
                and not self.is_description(doc[start:comma]):
            # "Un uomo, Marco Neri, è stato condannato; l'uomo, che si è detto innocente…": one
            # person with no title stands for the person named last (as a subject would); not a
            # relative ("la moglie" is not the husband named before her); else, as for an age noun
            # ("il sessantenne"), the person of its gender named last, close before
            # (not a woman for "l'uomo", not a man for "la donna")
            recent = self._recent_person(doc, head)
            named = self._last_named(doc, head.idx, "PER", window=600, female=self._feminine(doc[start:comma]),
                                     male=head.morph.get("Gender") == ["Masc"])
            if recent is not None and named is not None and not same_name(recent[0], named[0]):
                named = None
            if named is not None:
                return Speaker(named[0], named[1], doc[start:comma].text, doc[start].idx,
                               doc[comma - 1].idx + len(doc[comma - 1]), "description")
        m = k - 1
        while m > sent.start and doc[m].is_title:
            m -= 1  # "il sito Facebook del cantante": the noun before the name
        if m >= sent.start and norm_word(doc[k]) in self.g.forms("di") and self.word_forms(doc[m]) & (
                self.speaking_nouns | self.g.media_nouns):
            return None  # "dal sito del cantante, che…": the noun the phrase qualifies may be the one
        return self._from_range(doc, start, comma) or self._phrase(doc[start:comma])

    def _restrictive_antecedent(self, doc: Doc, cue: Cue, sent: Span) -> Speaker | None:
        """*i due ragazzi che hanno confessato…*, *gli oppositori politici che avevano
        contestato…*: a cue whose subject is a relative *che* with no comma before it speaks for
        the noun phrase right before it that the parse attaches the clause to: a name or a
        description; else None (no parse, no such noun, or *che* is not the subject)."""
        if not self.context(doc).has_dep:
            return None
        k = self.back_over_adverbs(doc, cue.start - 1, sent.start)
        if k > sent.start and norm_word(doc[k]) in self.g.reflexive_clitics:
            k -= 1  # "Arcipedia che si definisce…"
        rel = doc[k]
        if k <= sent.start or norm_word(rel) != "che" or rel.dep_ != "nsubj" \
                or not (cue.start <= rel.head.i < cue.end) or not rel.head.dep_.startswith("acl"):
            return None
        end = k - 1 if doc[k - 1].text == "," else k  # "Il sindacato dei medici, che ha chiesto…"
        head = rel.head.head
        if end <= sent.start or not doc[end - 1].is_alpha or not (max(sent.start, end - 4) <= head.i < end) \
                or head.pos_ not in ("NOUN", "PROPN") or any(not t.is_alpha for t in doc[head.i:end]):
            return None  # the noun phrase right before "che", nothing between
        if self._number_disagrees(head, rel.head):
            # "una circolare ai dirigenti che invita a…": a singular verb is not the plural
            # noun's; the document before the noun's preposition speaks, for its publisher
            last = doc[end - 1]
            if last.i != head.i and last.pos_ == "NOUN" and not self._number_disagrees(last, rel.head):
                # "l'allargamento dei Paesi che si impegnano…": the noun right before "che"
                # agrees where the one the parse chose does not
                return self._noun_phrase_before(doc, last, end, sent.start)
            start = head.i
            while start > sent.start + 1 and doc[start - 1].pos_ in ("DET", "NUM", "ADJ") \
                    and norm_word(doc[start - 1]) not in self.g.prepositions:
                start -= 1
            if start - 2 > sent.start and norm_word(doc[start - 1]) in self.g.prepositions \
                    and not self._number_disagrees(doc[start - 2], rel.head):
                return self._publisher_of(doc, doc[start - 2])
            return None
        ent = next((e for e in self.context(doc).ents_in_tokens(head.i, head.i + 1)), None)
        if ent is not None:
            return self._from_span(doc, ent) if ent.label_ in SPEAKER_LABELS else None
        return self._noun_phrase_before(doc, head, end, sent.start)

    def _number_disagrees(self, noun, verb) -> bool:
        """The finite verb of ``verb``'s group (an auxiliary, or the verb itself) and ``noun``
        differ in number as the tagger reads them (*ai dirigenti che invita*): the noun is not
        the verb's subject."""
        finite = next((t for t in [*(c for c in verb.children if c.dep_.startswith("aux")), verb]
                       if "Fin" in t.morph.get("VerbForm")), None)
        return _numbers_differ(noun, finite)

    def _noun_phrase_before(self, doc: Doc, head, end: int, floor: int) -> Speaker | None:
        """The noun phrase of ``head`` up to token ``end``, with its determiners, numbers and
        adjectives (not its preposition): a name or a description; a plural group as written."""
        start = head.i
        while start > floor and doc[start - 1].pos_ in ("DET", "NUM", "ADJ") \
                and norm_word(doc[start - 1]) not in self.g.prepositions:
            start -= 1
        span = doc[start:end]
        if head.morph.get("Number") == ["Plur"]:
            # a group is not one person of the article: "gli oppositori politici", as written
            return self._phrase(span) if self.is_description(span) else None
        return self._from_range(doc, start, end)

    def _antecedent(self, doc: Doc, sent: Span, comma: int, blocked) -> Speaker | None:
        """The name or description right before the comma at token ``comma`` (the antecedent
        of a relative pronoun after it)."""
        cands = self._candidates(doc, sent, comma, blocked)
        opening = next((k for k in range(comma - 1, sent.start, -1) if doc[k].text == ","), None)
        words_end = comma if opening is None else self._apposition_words_end(doc, opening + 1, comma)
        if words_end < comma:
            # "X, ex sindaco al quale le banche hanno bloccato i conti, che…": the names inside
            # the apposition's own relative clause are not the antecedent
            cands = [c for c in cands if c[1] <= words_end]
        if len(cands) > 1 and cands[-1][2] is not None and not self._is_free(doc, cands[-1][0], sent.start):
            # "Maria Rossi, presidente dell'Ascom di Torino, che…": the place a preposition governs
            # inside an apposition is not the antecedent; the name before the apposition is
            prev = next((c for c in reversed(cands[:-1]) if doc[c[1]].text == ","), None)
            if prev is not None and prev[2] is not None and prev[2].label_ == "PER" and words_end - prev[1] <= 16 \
                    and self._plain_phrase(doc, prev[1] + 1, words_end):
                return self.from_candidate(doc, prev)
        if cands and cands[-1][2] is not None and cands[-1][2].label_ in ("PER", "ORG") and cands[-1][1] < comma - 1 \
                and doc[cands[-1][1]].text == "," and words_end - cands[-1][1] <= 12 \
                and self.is_description(doc[cands[-1][1] + 1:words_end]) \
                and self._plain_phrase(doc, cands[-1][1] + 1, words_end):
            # "Matteo Pollastrini, avvocato dell'istituto dell'Apostolato del Mare, che…": the name
            # before an apposition that a title heads
            return self.from_candidate(doc, cands[-1])
        if len(cands) > 1 and cands[-1][2] is not None and cands[-2][2] is None and cands[-1][1] == comma \
                and cands[-2][1] in (cands[-1][0] - 1, comma) and cands[-2][0] < cands[-1][0] - 1 \
                and norm_word(doc[cands[-1][0] - 1]) in self.g.forms("di"):
            # "…, ha detto il presidente di Confindustria, che ha aggiunto…", "il nuovo numero due
            # di Palazzo Chigi, che…": a name right after the di of a description is the body its
            # title belongs to; the relative is said of the title's holder (the description up to
            # the comma), not of the body
            return self._from_range(doc, cands[-2][0], comma) or self.from_candidate(doc, cands[-2])
        titled = self._title_after_preposition(doc, sent, cands[-1], comma) if cands else None
        if titled is not None:
            return titled
        if cands and cands[-1][2] is not None and self._with_own_people(doc, cands[-1][1], comma):
            # "le accuse di Paolo Verdi e della sua squadra, che incolpano…": the name, with its own people
            return self.from_candidate(doc, cands[-1])
        if cands:
            cand = cands[-1]
            if cand[1] == comma or (cand[1] < comma and all(t.text in ",)" or t.is_title for t in doc[cand[1]:comma])):
                if len(cands) > 1 and cand[0] > sent.start and doc[cand[0] - 1].text == "(" \
                        and cands[-2][1] == cand[0] - 1:
                    return self.from_candidate(doc, cands[-2])  # "Angelino Alfano (NCD), che…": the name before the brackets
                return self.from_candidate(doc, cand)
        return None

    def _title_after_preposition(self, doc: Doc, sent: Span, cand: tuple[int, int, Span | None],
                                 comma: int) -> Speaker | None:
        """*La decisione spetta **al sindaco di Pisa**, che ha detto…*, *…preferita **dal
        presidente della Regione**, il quale…*: a name right before the comma after the *di* of
        a title that an articled preposition opens (``articulated_prepositions``) is the body or
        place the title belongs to; the relative is said of the title's holder (the description
        up to the comma, as after an article); else None."""
        if cand[2] is None or cand[1] != comma or cand[0] - 1 <= sent.start \
                or norm_word(doc[cand[0] - 1]) not in self.g.forms("di"):
            return None
        start = next((s for s, e in self._descriptions(doc, sent, prepositions=True)
                      if e == cand[0] - 1 and norm_word(doc[s - 1]) in self.g.articulated_prepositions), None)
        if start is None:
            return None
        return self._from_range(doc, start, comma) or self._phrase(doc[start:comma])

    def _apposition_words_end(self, doc: Doc, start: int, end: int) -> int:
        """Where the relative clause that closes an apposition at tokens ``start:end`` opens (its
        preposition and article, then *quale* / *cui*: *X, ex sindaco **al quale le banche hanno
        bloccato i conti**, che…*), a clause of at most 12 words; else ``end``."""
        for k in range(start + 1, end):
            if norm_word(doc[k]) in self.g.relative_words and end - k <= 12:
                while k > start + 1 and norm_word(doc[k - 1]) in self.g.prepositions | self.g.articles:
                    k -= 1
                return k
        return end

    def _with_own_people(self, doc: Doc, start: int, end: int) -> bool:
        """Tokens ``start:end`` coordinate the people of the name before them with it: *e*, a
        preposition or an article, a possessive and one or two nouns (*X **e della sua
        squadra***, *X **e i suoi legali***)."""
        words = [norm_word(t) for t in doc[start:end]]
        k = 1 if words[:1] and words[0] in self.g.and_conjunctions else len(words)
        k += k < len(words) and words[k] in self.g.prepositions | self.g.articles
        return k < len(words) and words[k] in self.g.possessives and 1 <= len(words) - k - 1 <= 2 \
            and all(t.pos_ in ("NOUN", "ADJ") for t in doc[start + k + 1:end])

    def has_words_before(self, doc, sent, start, blocked=()) -> bool:
        """Whether a word that can be a subject comes between the sentence start and token
        ``start`` (adverbs, connectives, coordinators and pronouns cannot: *Successivamente
        minaccia…*, *Intanto si dichiara…* still have no subject)."""
        words = self.g.cue_adverbs | self.g.coordinators | self.g.pronouns | self.g.connective_adverbs
        return any(t.is_alpha and norm_word(t) not in words and not norm_word(t).endswith(self.g.adverb_suffixes)
                   and not self.context(doc).is_blocked(t.idx, blocked) for t in doc[sent.start:start])

    def quoted_ranges(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) characters of the outermost quotations of ``doc``, sorted (computed once
        per document)."""
        ctx = self.context(doc)
        if ctx.blocked is None:
            from ..quotemarks import outermost

            # (a mark left open stops where the quotation layer stops it, so the words after it
            # are the writer's again: *Tyson: «I pugili… Il rivale ha scritto su twitter: Non…*)
            ctx.blocked = [(p.start, p.end) for p in
                           outermost([self.left_open_end(doc, p) for p in self.mark_pairs(ctx.text)])]
        return ctx.blocked

    def _possessor(self, doc: Doc, cue: Cue, sent: Span, previous: Speaker | None,
                   earlier: Speaker | None) -> Speaker | None:
        """Whom the possessive of a marker (*a suo dire*, *a detta loro*) refers to: the subject
        of its sentence when it comes before the marker (*Rossi sostiene che il virus, a detta
        sua, …*), else the speaker of the cue before, else the subject the sentences before
        carry (*Ma, a loro dire, …*)."""
        blocked = self.quoted_ranges(doc)
        subject = self.sentence_subject(doc, sent, blocked)
        if subject is not None and subject[1] <= cue.start:
            return self.from_candidate(doc, subject)
        return previous or earlier or self._previous_subject(doc, sent, blocked)

    def _previous_subject(self, doc: Doc, sent: Span, blocked, joint: bool = False) -> Speaker | None:
        """The subject of the sentence before ``sent`` (or the one before that); with ``joint``
        (a verb in the plural carries it: *Marco Rossi e Anna Bruni sono arrivati insieme.
        Hanno detto che…*), joined with the names coordinated right after it, as the guidelines
        write joint speakers."""
        start = sent.start
        for _ in range(2):
            if start == 0:
                return None
            prev = self.context(doc).sent(start - 1)
            if prev.start == start:
                return None
            subject = self.sentence_subject(doc, prev, blocked)
            if subject is not None:
                speaker = self.from_candidate(doc, subject)
                ent = subject[2]
                if ent is None and joint:
                    # ("Il ministro dell'Interno Paolo Galli e…": a title the parse gives as the
                    # subject, the name that closes it)
                    ent = next((e for e in self.context(doc).ents_in_tokens(subject[0], subject[1])
                                if e.end == subject[1] and e.label_ == "PER"), None)
                if joint and speaker is not None and ent is not None and subject[1] == ent.end:
                    joined = self.joined_after(doc, ent, speaker, prev.end)
                    if joined is speaker:
                        # "Il regista X e l'attrice Y hanno…": the last name before the verb, joined
                        # back to the subject over its title
                        cands = self._candidates(doc, prev, self._first_verb(doc, prev), blocked)
                        # (not a body inside the last one's title: "… e la leader della Cisl Marta Sordi")
                        cands = [c for c in cands if not any(o[0] <= c[0] and c[1] <= o[1] and o != c for o in cands)]
                        last = self._joint(doc, cands[-1], prev) if cands and cands[-1][2] is not None else None
                        if last is not None and last.start == speaker.start and last.name != speaker.name:
                            joined = last
                    speaker = joined
                return speaker
            start = prev.start
        return None

    def main_verb(self, doc: Doc, cue: Cue):
        """The verb of a cue whose subject the parse gives: not the *che* / *di* that ends
        *ha dichiarato che*, not the noun of *ha espresso dubbi sul fatto che*: the last
        verb of the cue; when the tagger saw none, its last word before the *che* or *di* that
        ends it (*sosterrebbero che*, *specifica che* read as adjectives: the parse hangs the
        subject on them, not on *che*)."""
        verbs = [t for t in doc[cue.start:cue.end] if t.pos_ == "VERB"
                 and t.dep_ not in ("obj", "obl", "nmod", "nsubj")]  # ("dubbi" read as a verb)
        if verbs:
            return verbs[-1]
        words = [t for t in doc[cue.start:cue.end] if t.pos_ not in ("SCONJ", "ADP", "PUNCT", "ADV", "AUX", "DET", "PRON")]
        return words[-1] if words else doc[cue.end - 1]  # (not "francamente" of "constata francamente che")

    def _number_clash(self, doc: Doc, cue: Cue, subj) -> bool:
        """The cue's finite verb and the common noun the parse gives it as subject differ in
        number (*è soddisfatto perché **i tre autori** sono stati presi, e **si augura**…*, *le
        missioni che sorvegliano **la regione** **affermano**…*): the noun belongs to another
        clause; a noun coordinated with another (*il candidato e vittima*) is left alone."""
        if subj.pos_ != "NOUN" or any(c.dep_ == "conj" for c in subj.children):
            return False
        verb = next((t for t in doc[cue.start:cue.end] if t.pos_ in ("VERB", "AUX") and self.is_finite(t)), None)
        return _numbers_differ(subj, verb)

    def _subject_past_relative(self, doc: Doc, subj):
        """*le squadre dell'ONU che sorvegliano la frontiera affermano…*: a noun the parse makes
        the cue's subject right after the verb of a relative clause whose subject is *che* (no
        punctuation between) is that verb's object; the subject is the noun the relative is said
        of, through its *di* complements (*squadre*, not *ONU*). ``subj`` else."""
        start = subj.left_edge.i
        for k in range(start - 1, max(-1, start - 8), -1):
            verb = doc[k]
            if verb.is_punct:
                return subj
            if verb.dep_ != "acl:relcl" or verb.head.i >= k:
                continue
            rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < k and norm_word(c) in self.g.relatives), None)
            if rel is None or any(t.is_punct for t in doc[rel.i:start]):
                return subj
            head = verb.head
            while head.dep_ in ("nmod", "flat:name") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            return head if head.pos_ in ("NOUN", "PROPN") else subj
        return subj

    def _name_after_adjective(self, doc: Doc, subj) -> Span | None:
        """*Il celebre pittore romano Franco Neri … espresse critiche, affermando…*: an adjective
        of place the tagger reads as a verb, whose subject the parse makes the singular noun
        right before it and whose object the name right after it (its ending,
        ``plural_verb_adjective_suffixes``, is a plural verb's, which a singular noun does not
        govern): the name is that noun's apposition, and speaks; None else."""
        if subj.i + 2 >= len(doc):
            return None
        adj = doc[subj.i + 1]
        if subj.head.i != adj.i or adj.pos_ != "VERB" or not adj.is_lower or subj.morph.get("Number") != ["Sing"] \
                or not norm_word(adj).endswith(self.g.plural_verb_adjective_suffixes):
            return None
        return next((e for e in self.context(doc).ents_in_tokens(adj.i + 1, adj.i + 2)
                     if e.start == adj.i + 1 and e.label_ == "PER"), None)

    def _from_parse(self, doc: Doc, cue: Cue, blocked) -> Speaker | None:
        if not self.context(doc).has_dep:
            return None
        verb = self.main_verb(doc, cue)
        chain = [verb, verb.head]
        controller = self._object_controller(verb)
        if controller is not None:
            chain = [verb, controller]
        hung = (cue.coordinated and verb.dep_ in ("amod", "acl") and verb.head.pos_ == "NOUN") \
            or (controller is None and self._hung_on_object(doc, cue, verb))
        if hung:
            # "… non hanno potuto salvare il paziente, ed hanno espresso dubbi…": a coordinated
            # verb the parse hung on the noun after it; the verb that governs that noun
            chain.append(verb.head.head)
        if verb.dep_ == "conj" or hung:
            # "I medici, oltre a fermare l'emorragia, non hanno potuto…, ed hanno espresso…": the
            # parse may hang the shared subject on a clause before the first verb
            first = chain[-1]
            while first.dep_ == "conj" and first.head.i < first.i and first.head not in chain:
                first = first.head  # (a conjunct of a conjunct: the first verb of the series)
                chain.append(first)
            chain += [c for c in first.children if c.dep_ == "advcl" and c.i < first.i]
        for tok in chain:
            subjects = [tok] if tok is controller else self._subjects_of(tok)
            if tok is not verb and tok.dep_ == "advcl" and tok.i < verb.i and len(subjects) > 1:
                # "Sebbene vi siano sospetti su X, le autorità hanno sottolineato…": a second
                # subject the parse gives the clause before the verb, after the comma that closes
                # that clause, is the verb's
                subjects = [c for c in subjects if any(t.text == "," for t in doc[subjects[0].i:c.left_edge.i])] \
                    or subjects
            if not subjects and tok is verb and verb.dep_ == "amod" and verb.head.i < verb.i \
                    and verb.head.pos_ in ("NOUN", "PROPN") and verb.i + 1 < len(doc) \
                    and norm_word(doc[verb.i + 1]) in self.g.articles:
                # "L'opposizione contesta i risultati": a verb read as an adjective of the noun
                # before it, an object after it: that noun is its subject; the noun phrase that
                # noun completes, when it is a complement with a preposition ("Il sindacato dei
                # medici critica il governo": the union, not "dei medici")
                subj = verb.head
                while subj.dep_ == "nmod" and subj.head.i < subj.i and subj.head.pos_ in ("NOUN", "PROPN") \
                        and any(c.dep_ == "case" for c in subj.children):
                    subj = subj.head
                subjects = [subj]
            if subjects and subjects[0].dep_ == "nsubj:pass" and tok is verb:
                # "L'attacco è condannato da Obama": the agent speaks, not the subject (the
                # subject of a verb the cue is coordinated with is shared whatever its voice:
                # "il padre è salito sul ring e ha detto")
                agents = [c for c in tok.children if c.dep_ in ("obl:agent", "obl")
                          and any(norm_word(t) in self.g.forms("da") for t in c.lefts)]
                if not agents:
                    return None
                subjects = agents
            if subjects:
                subj = subjects[0]
                if norm_word(subj) in self.g.pronouns or subj.pos_ == "PRON" or norm_word(subj) in ("che", "cui", "chi") \
                        or subj.like_num and not self._counted_group(doc, subj.i) or norm_word(subj) in self.g.prepositions:
                    return None  # (a number or a preposition read as a name: "Alle 15 lo scenario…")
                if subj.i >= cue.end and cue.start > 0 and norm_word(doc[cue.start - 1]) in self.g.reflexive_clitics:
                    return None  # "si prospetta l'accusa di omicidio": what is said, not who says it
                if tok is not verb and self._number_clash(doc, cue, subj):
                    continue  # "è soddisfatto perché i tre autori sono stati presi, e si augura…"
                named = self._name_after_adjective(doc, subj)
                if named is not None:
                    return self._from_span(doc, named)
                if subj.i < cue.start:
                    first = subj.left_edge.i
                    if self._after_present_participle(doc, first, -1) and doc[first - 2].pos_ in ("NOUN", "PROPN"):
                        # "i 66 Paesi formanti la CBI hanno proposto": the noun right before the
                        # participle, which the parse may hang elsewhere, up to the participle
                        return self._noun_phrase_before(doc, doc[first - 2], first - 1,
                                                        self.context(doc).sent(cue.start).start)
                    subj = self._subject_past_relative(doc, subj)
                left, right = subj.left_edge.i, subj.right_edge.i + 1
                while left < subj.i and (doc[left].dep_ in ("mark", "advmod", "cc") or doc[left].is_punct
                                         or doc[left].pos_ in ("SCONJ", "CCONJ", "ADV")):
                    # "proprio dopo che i responsabili…", "…, ma la compagnia ribatte": the noun
                    # phrase, not its clause's opener
                    left += 1
                if left > 0 and norm_word(doc[left - 1]) in self.g.topic_words and norm_word(doc[left]) in self.g.articles \
                        and not (doc[left + 1].like_num or norm_word(doc[left + 1]) in self.g.quantity_openers):
                    # "Circa la questione coloniale rileva che…": a topic, not the subject (but
                    # "circa la metà dei medici", "circa il 40 per cento": a quantity)
                    return None
                right = next((k for k in range(subj.i + 1, right) if doc[k].dep_ == "advmod" and doc[k].head.i == subj.i
                              and doc[k].pos_ == "ADV"), right)  # "I medici purtroppo, …": the noun phrase only
                if subj.i < cue.start and self._participle_clause_before(doc, left, subj):
                    # "Il vincitore Marco Rossi terminato l'incontro ha dichiarato…": the noun after
                    # a bare participle is that participle's (an absolute clause), never the cue's
                    # subject; the name or description right before the participle is
                    sent = self.context(doc).sent(cue.start)
                    cand = next((c for c in reversed(self._candidates(doc, sent, left - 1, blocked))
                                 if c[1] == left - 1), None)
                    return self.from_candidate(doc, cand) if cand is not None else None
                # "lo studente che ha lanciato una sedia nell'Istituto X ha ammesso…": a name inside
                # the subject's relative clause does not speak
                # (a relative hung on a noun of its complement too: "i tecnici della società che
                # gestisce la rete")
                right = min([doc[k].left_edge.i for k in range(subj.i + 1, right)
                             if doc[k].dep_ == "acl:relcl" and subj.i <= doc[k].head.i < k and doc[k].left_edge.i > subj.i]
                            + [right])
                right = self._before_setting_phrase(doc, subj, right)
                for k in range(subj.i + 1, right - 1):
                    if doc[k].text == "," and ((doc[k + 1].dep_.startswith("acl") or doc[k + 1].dep_ == "advcl"
                                                and "Part" in doc[k + 1].morph.get("VerbForm"))
                                               and doc[k + 1].head.i == subj.i
                                               or self.circumstance_preposition(norm_word(doc[k + 1]))):
                        # "Il partito, fondato da Mario Rossi, ha detto": a participle clause
                        # set off by commas describes the subject (the parse may hang it as an
                        # advcl: "La senatrice, criticata da X, ha risposto"); its agent does not speak;
                        # nor does a name in a phrase of circumstance set off by commas, which
                        # the parse may hang on the subject ("Il teologo, durante l'incontro con
                        # Marco Bellini, ha proposto", "Il ministro, in un'intervista a X, ha detto")
                        right = k
                        break
                for k in range(subj.i + 2, right):
                    if norm_word(doc[k]) in self.g.articles and doc[k - 1].is_alpha and norm_word(doc[k - 1]) not in \
                            self.g.prepositions | self.g.coordinators:
                        # "L'opposizione contesta i risultati": an article that no preposition
                        # opens follows a verb the tagger missed; the subject ends before it
                        right = k - 1
                        break
                if self.context(doc).is_blocked(doc[left].idx, blocked) or self.context(doc).is_blocked(subj.idx, blocked):
                    return None  # (a title in quote marks: "il rapporto «…» indica che")
                person = self._person_of_body(doc, subj)
                if person is not None:
                    return self._from_span(doc, person)
                issuer = self._issuing_body(doc, subj, left, right)
                if issuer is not None:
                    return issuer
                found = self._from_range(doc, left, right)
                # data, events, evidence name no one: "il bilancio provvisorio parla di sei morti";
                # nor does a work: "il romanzo racconta che…" (``story_works``) is an unsigned report
                data = bool(self.word_forms(subj) & (self.g.not_speakers | self.g.story_works))
                if found is not None and found.label is None and data:
                    return None
                if found is None and subj.pos_ == "NOUN" and subj.i < cue.start and norm_word(doc[left]) in self.g.indefinite_articles:
                    # "Una persona, presente sulla scena, ha detto": one unnamed person, whom the
                    # quotation keeps without a speaker (and the ranker too)
                    return Speaker(strip_article(self.g, doc[left:subj.i + 1].text), None, doc[left:right].text,
                                   doc[left].idx, doc[right - 1].idx + len(doc[right - 1]))
                # (a participle made a noun, which the tagger reads as an adjective, right after its
                # article as the subject: "L'imputato nega le accuse"; not "il primo", "il nuovo")
                nominal = subj.pos_ == "NOUN" or subj.pos_ == "ADJ" and subj.dep_ == "nsubj" and subj.is_lower \
                    and subj.i == left + 1 and norm_word(doc[left]) in self.g.definite and bool(self.g.participle.search(norm_word(subj)))
                if found is None and nominal and subj.i < cue.start and subj.i > left \
                        and (norm_word(doc[left]) in self.g.definite or norm_word(doc[left]) in self.g.demonstrative_determiners
                             and self.word_forms(subj) & (self.g.person_nouns | self.g.kin_nouns)) \
                        and not data and not self.word_forms(subj) & self.not_sources:
                    # (not "la settimana successiva"; not data or events: "il bilancio provvisorio",
                    # "i dati telemetrici", "la revoca immediata": no one speaks)
                    # "Il macchinista rimasto illeso ha dichiarato": an unnamed, definite speaker
                    # (after a demonstrative, a person's noun: "Questa donna ha detto…", the one
                    # just spoken of; not a thing, "questa politica fa appello…", nor a time,
                    # "Questa mattina ha detto…")
                    words = []
                    for t in doc[left + 1:min(right, subj.i + 4)]:
                        if not t.is_alpha:
                            break
                        words.append(t.text)
                    if words:
                        # (a body or an institution is not the person named last: "la giustizia
                        # italiana reclama la sua estradizione" after "Anna Neri potrà restare…")
                        named = self._recent_person(doc, subj) if subj.morph.get("Number") != ["Plur"] \
                            and not norm_word(subj).endswith(self.g.abstract_suffixes) and not self.word_forms(subj) & (
                                self.g.body_nouns | self.g.ensemble_nouns | self.g.institution_nouns) else None
                        if named is not None:
                            # "Il corridore texano rivela…" right after "Lance Armstrong ha
                            # ammesso…": the person just named (a reader's referent)
                            return Speaker(named[0], named[1], doc[left:right].text, doc[left].idx,
                                           doc[right - 1].idx + len(doc[right - 1]), "description")
                        if self.word_forms(subj) & self.g.document_nouns:
                            return None  # "Il documento dice che…": a document whose issuer is not named
                        return Speaker(" ".join(words), None, doc[left:right].text, doc[left].idx,
                                       doc[right - 1].idx + len(doc[right - 1]))
                return found
            if tok is verb and tok.dep_ not in ("conj", "advcl", "xcomp") and not hung and controller is None \
                    and not cue.start <= verb.head.i < cue.end:
                # ("aveva aspramente criticato": the parse may hang the participle on the adverb
                # inside the cue, which then holds the subject)
                break
        return None

    def _before_setting_phrase(self, doc: Doc, subj, right: int) -> int:
        """*Le autorità **fin dalle prime ore**, hanno sottolineato…*, *il sindaco **da
        giorni** ripete…*: a phrase of time (``time_words``, ``counted_time_nouns``) after a
        preposition other than *di* that the parse hangs on the subject tells when it spoke and
        is no part of the speaker; nor is a document after *in* (*lo staff medico **nel
        bollettino diffuso** riferisce…*: where it spoke); the end of the subject before it, else
        ``right`` (not *la riunione di lunedì*, *il consiglio del mese*: a *di* qualifies the noun)."""
        times = self.g.time_words | self.g.counted_time_nouns

        def opened_by(tok, word: str) -> bool:
            return any(c.dep_ == "case" and norm_word(c) in self.g.forms(word) for c in tok.children)
        return min([doc[k].left_edge.i for k in range(subj.i + 1, right) if doc[k].dep_ in ("nmod", "obl") and (
                        doc[k].head.i == subj.i and norm_word(doc[k]) in times and not opened_by(doc[k], "di")
                        # (the parse may hang the document on the subject's own nmod: "dell'ospedale")
                        or subj.i <= doc[k].head.i < k and norm_word(doc[k]) in self.g.document_nouns
                        and opened_by(doc[k], "in"))]
                   + [right])

    def _issuing_body(self, doc: Doc, subj, left: int, right: int) -> Speaker | None:
        """*Una nota **della questura** precisa che…*, *Il comunicato **dell'ambasciata**
        riferisce…*: a document subject speaks for the body that issued it, a common noun of an
        institution or group after its *di* (a named issuer is read as a name); a sign
        (``saying_words``: *un cartello **dei contestatori** recitava «…»*) for the group that
        holds it; else None."""
        if subj.pos_ != "NOUN" or not self.word_forms(subj) & (self.g.document_nouns | self.g.saying_words):
            return None
        issuer = self._document_issuer(doc, left, right, signs=True)
        if issuer is None or issuer[0] >= issuer[1]:
            return None
        ents = [e for e in self.context(doc).ents_in_tokens(*issuer) if e.end <= issuer[1]]
        head = doc[issuer[0]]
        if any(e.label_ in ("PER", "ORG") for e in ents) or head.pos_ != "NOUN" or not head.is_lower \
                or not self.word_forms(head) & (self.speaking_nouns | self.g.ensemble_nouns | self.g.body_nouns):
            return None  # (a named issuer is read as a name; "la nota di ieri": no issuer)
        end = head.i + 1
        while end < issuer[1] and doc[end].pos_ == "ADJ" and doc[end].is_lower:
            end += 1  # "dell'ambasciata americana"
        place = next((e for e in ents if e.start == end + 1), None)
        if place is not None and norm_word(doc[end]) in self.g.forms("di"):
            end = place.end  # "del sindaco di Bari"
        span = doc[issuer[0]:end]
        return Speaker(span.text, None, span.text, span.start_char, span.end_char)

    def _participle_clause_before(self, doc: Doc, left: int, subj) -> bool:
        """Token ``left - 1`` is a past participle with no auxiliary, right after a word of a noun
        phrase and before the noun phrase opening at ``left`` whose head ``subj`` it agrees with
        (*…Rossi **terminato** l'incontro…*, *…il ministro **conclusa** la riunione…*): an absolute
        participle clause (participio assoluto), whose noun is its own argument."""
        part = doc[left - 1] if left >= 2 else None
        if part is None or not part.is_alpha or not part.is_lower or norm_word(doc[left]) not in self.g.articles \
                or not ("Part" in part.morph.get("VerbForm") or part.pos_ == "VERB" and self.g.participle.search(norm_word(part))):
            return False
        before = doc[left - 2]
        if any(part.morph.get(f) and subj.morph.get(f) and part.morph.get(f) != subj.morph.get(f)
               for f in ("Gender", "Number")):
            return False  # (the participle agrees with the noun after it)
        return not any(c.dep_ in ("aux", "aux:pass", "cop") for c in part.children) \
            and (before.pos_ in ("NOUN", "PROPN") or before.ent_type_ in ("PER", "ORG"))

    def _object_controller(self, verb):
        """The object that says an infinitive cue governed with *a* / *di* by the verb of that
        object (*la scoperta ha portato **gli studiosi** a ritenere che…*, *lo scandalo ha spinto
        **il governo** a dichiarare…*), whether the parse hangs the infinitive on the verb or on
        the object; else None."""
        if not any(c.dep_ == "mark" and (norm_word(c) in self.g.forms("a") or norm_word(c) in self.g.forms("di"))
                   for c in verb.children if c.i < verb.i):
            return None
        head = verb.head
        if verb.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ == "obj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
            obj = objs[0] if objs else None
        elif verb.dep_ == "acl" and head.dep_ == "obj" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
            obj = head
        else:
            return None
        if obj is None or norm_word(obj) in self.g.intention_nouns or self.word_forms(obj) & self.g.not_speakers \
                or norm_word(obj).endswith(self.g.abstract_suffixes):
            return None
        return obj

    def _hung_on_object(self, doc: Doc, cue: Cue, verb) -> bool:
        """The parse hangs the cue on the object of the verb whose subject says it: a gerund
        (*la donna ha chiamato i medici **raccontando**…*) or a *di* infinitive after a noun of
        intent (*le autorità hanno dimostrato **l'intenzione di** voler chiedere…*)."""
        head = verb.head
        if verb.dep_ != "acl" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("obj", "obl") \
                or head.i >= verb.i or head.head.pos_ != "VERB":
            return False
        if cue.gerund:
            return True
        return norm_word(head) in self.g.intention_nouns and any(
            c.dep_ == "mark" and norm_word(c) in self.g.forms("di") for c in verb.children)

    @staticmethod
    def _subjects_of(verb) -> list:
        """The subjects the parse gives ``verb``, also those it hangs on the verb's auxiliary
        (*le autorità sanitarie **hanno** perciò dichiarato*: *autorità* a dependent of
        *hanno*)."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects:
            subjects = [c for aux in verb.children if aux.dep_ == "aux" and aux.i < verb.i
                        for c in aux.children if c.dep_ == "nsubj" and c.i < aux.i]
        return subjects

    def _fronted_clause_subject(self, doc: Doc, cue: Cue) -> Speaker | None:
        """The unnamed subject of the main clause after a fronted clause of saying
        (:meth:`fronted_opening`, :meth:`fronted_end`): *Ribadendo che la legge non cambierà,
        **il premier** ha lasciato Bruxelles*, a definite description (resolved to the name the
        article gives it); a name there is found as any subject is, and None is returned."""
        sent = self.context(doc).sent(cue.start)
        if cue.speaker_np is not None or not self.fronted_opening(doc, cue, sent):
            return None
        main = self.fronted_end(doc, cue.end, sent)
        if main is None or main[1] == main[2]:
            return None
        if any(t.text == "," for t in doc[main[1]:main[2]]):
            # "l'amministratore delegato, Carlo Neri, ha…": the name in apposition
            return tag_speaker(self._from_range(doc, main[1], main[2]), "shared")
        if self.context(doc).ents_in_tokens(main[1], main[2]):
            return None
        if not self._definite_people(doc, main[1], main[2]):
            return None
        # (a description the article resolves to the name: "il magistrato" after the judge named)
        return tag_speaker(self._from_range(doc, main[1], main[2]), "shared")

    def _fronted_body(self, doc: Doc, cue: Cue) -> Speaker | None:
        """*Dal Comune fanno sapere che…*, *Dalla Regione spiegano che…*: a sentence opened by
        *da* + a speaker, then a cue in the third person plural with no subject: the people of
        that body speak, and the body is the speaker (as in the inverted *Fanno sapere dal
        Comune che…*); None for any other form."""
        sent = self.context(doc).sent(cue.start)
        verb = doc[cue.start]
        if cue.start - sent.start < 2 or not ("Plur" in verb.morph.get("Number") or norm_word(verb).endswith(("ano", "ono"))):
            return None
        np = self._agent_at(doc, sent.start, cue.start)
        if np is None and norm_word(doc[sent.start]) in self.g.forms("da") and doc[sent.start + 1].is_title:
            np = (sent.start + 1, self.source_np_end(doc, sent.start + 1, cue.start))  # "Dalla Regione" (no entity)
        if np is None or np[1] <= np[0] or self.skip_adverbs(doc, np[1], cue.start) != cue.start:
            return None
        found = self._from_range(doc, *np)
        if found is not None and found.label == "ORG":
            return tag_speaker(found, "source")
        if (found is None or found.label is None) and doc[np[0]].is_title:
            return tag_speaker(self._phrase(doc[np[0]:np[1]]), "source")  # "Dal Comune", "Dalla Regione"
        return None  # (a place or a person: the other rules decide)

    def speaking_subject(self, doc: Doc, cue: Cue) -> bool:
        """Whether the parse gives the cue's verb a subject headed by a noun of people who speak
        (*tutti i maggiori analisti reputano…*, *alcune testate riportano…*), named or not."""
        return self._subject_among(doc, cue, self.speaking_nouns)

    def indefinite_subject(self, doc: Doc, cue: Cue) -> bool:
        """The parse gives the cue's verb an indefinite or generic subject (*alcuni abitanti
        hanno gridato*, *diversi testimoni riferiscono*, *chi risponde dice che*), also through
        a relative *che* (*alcuni amici, che hanno dichiarato*): no one in particular speaks
        (the guidelines), and the ranker must not give the quotation a name nearby."""
        if self._generic_clause_subject(doc, cue):
            return True
        for subj in self._parsed_subjects(doc, cue):
            if norm_word(subj) == "che" and subj.i > 1:
                # "alcuni amici, che hanno dichiarato": the noun before the relative
                subj = doc[subj.i - 2] if doc[subj.i - 1].text == "," else doc[subj.i - 1]
            if norm_word(subj) in self.g.generic_subjects and subj.pos_ in ("PRON", "DET"):
                return True
            if subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < subj.i and norm_word(c) in self.g.indefinites
                                           for c in subj.children):
                return True
            if subj.pos_ == "NOUN" and self.word_forms(subj) & self.g.document_nouns \
                    and not any(c.dep_ == "nmod" for c in subj.children):
                return True  # "La motivazione ufficiale afferma…": a document no issuer signs
        return False

    def writers_report(self, doc: Doc, cue: Cue) -> bool:
        """A verb of saying whose finite verb or auxiliary is in the first person, outside any
        quotation, with no noun or name the parse makes its subject (*Ho chiesto il concorso del
        Senato*, *Non è da oggi che considero essenziale…*, *come ho già dichiarato, …*; an
        infinitive through the copula of its adjective, *sono lieto di constatare che…*; a gerund
        or an infinitive through the verb it depends on, *abbiamo risposto consigliando…*): the
        writer reports his own words, and the writer is none of the names around (not the
        senator addressed, not the subject of the sentence before); no one named speaks, and
        the ranker keeps it so. Inside a quotation the first person is the quotation's speaker
        (the nested and aside rules)."""
        ctx = self.context(doc)
        if not ctx.has_morph or cue.inside_quote or cue.rule.startswith(("nominal:", "source")) \
                or ctx.is_blocked(doc[cue.start].idx, self.quoted_ranges(doc)):
            return False
        verb = self.main_verb(doc, cue)
        group = sorted([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass") and cue.start <= c.i < cue.end],
                       key=lambda t: t.i)
        finite = next((t for t in group if self.is_finite(t)), None)  # the auxiliary's person, if any
        mistagged = False
        if finite is None and self._controlled_by_verb_before(verb):
            # "abbiamo risposto consigliando…", "non abbiamo mancato di ribadire…": a gerund or
            # an infinitive takes the person of the verb it depends on
            verb = verb.head
            finite = next((t for t in sorted([verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")],
                                             key=lambda t: t.i) if self.is_finite(t)), None)
            if finite is not None and ctx.is_blocked(finite.idx, self.quoted_ranges(doc)):
                return False  # "«Accetto la proposta», chiedendo di…": the quotation's first person
        elif finite is None and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "ADJ" and verb.head.i < verb.i:
            # "sono lieto di constatare che…", "siamo orgogliosi di annunciare…": the person of
            # the copula of the adjective the infinitive depends on
            # (a plural copula before a singular adjective is the first person singular the
            # tagger took for a third plural: "sono lieto")
            verb = verb.head
            finite = next((c for c in verb.children if c.dep_ == "cop" and self.is_finite(c)), None)
            if finite is not None and ctx.is_blocked(finite.idx, self.quoted_ranges(doc)):
                return False  # "«Siamo pronti a trattare», ha dichiarato X, precisando…": the quotation's first person
            mistagged = finite is not None and "Plur" in finite.morph.get("Number") and "Sing" in verb.morph.get("Number")
        if finite is None or "1" not in finite.morph.get("Person") and not mistagged:
            return False
        # (a noun or name as a subject before it in the sentence may be coordinated with the
        # first person and shared: "Marco ed io siamo stanchi e comunichiamo che…", "Rossi ed
        # io ritenemmo…", however the parse reads it)
        sent = ctx.sent(cue.start)
        if any(t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and not self._third_person_clause(t.head, verb)
               for t in list(doc[sent.start:cue.start]) + list(verb.children)):
            return False
        if any(e.end + 1 < cue.start and norm_word(doc[e.end]) in self.g.coordinators and doc[e.end + 1].pos_ == "PRON"
               for e in ctx.ents_in_tokens(sent.start, cue.start) if e.label_ == "PER"):
            return False
        return not self._speaker_label_before(doc, sent)

    def _writer_spoke_before(self, doc: Doc, cue: Cue, earlier: Speaker) -> bool:
        """The writer already speaks in the first person, outside any quotation, in the sentence
        before the cue or in its own sentence before it (a first-person finite verb, *io*,
        *noi*: *Questa previsione ci sembra realistica, visto che il partito dice… . Ora le
        chiedo…*, *Il senatore ha detto che io dovrei… . Considero…*): a first-person cue is
        the writer's again, not the words of the one reported in between. Not when the first
        person follows the ``earlier`` speaker's name right away, past punctuation (*Aldo Moro -
        Io non ho mai parlato…*, an interview's label): that speaker is the one saying *io*."""
        ctx = self.context(doc)
        sent = ctx.sent(cue.start)
        floor = ctx.sent(sent.start - 1).start if sent.start > 0 else sent.start
        quoted = self.quoted_ranges(doc)
        for tok in doc[floor:cue.start]:
            if "1" not in tok.morph.get("Person") or ctx.is_blocked(tok.idx, quoted):
                continue
            if norm_word(tok) in self.g.first_person_subjects or self.is_finite(tok):
                k = tok.i - 1
                while k >= floor and doc[k].is_punct:
                    k -= 1
                return k < floor or doc[k].idx + len(doc[k]) != earlier.end
        return False

    @staticmethod
    def _controlled_by_verb_before(verb) -> bool:
        """``verb`` is a gerund, or an infinitive, that the parse hangs (``advcl``, ``xcomp``) on
        a verb before it whose subject it shares (*abbiamo risposto **consigliando**…*, *non
        abbiamo mancato **di ribadire**…*); not an infinitive after a verb with an object, whose
        object may be the one who speaks (*abbiamo invitato il sindaco **a dichiarare**…*)."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or head.pos_ not in ("VERB", "AUX") or head.i >= verb.i:
            return False
        form = verb.morph.get("VerbForm")
        if "Ger" in form:
            return True
        return "Inf" in form and not any(c.dep_ in ("obj", "iobj") for c in head.children)

    def _third_person_clause(self, head, verb) -> bool:
        """``head``, another verb than the first-person ``verb``, is finite in the third person
        (itself or its auxiliary): its subject is that clause's, not the writer's partner (*Le
        Gazzette hanno protestato, perché abbiamo scritto…*: the papers protest, the writer
        wrote; not *Marco ed io siamo stanchi e comunichiamo…*)."""
        if head is verb:
            return False
        finite = next((t for t in [head] + [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")]
                       if self.is_finite(t)), None)
        return finite is not None and "3" in finite.morph.get("Person")

    def named_writer(self, doc: Doc, cue: Cue) -> Speaker | None:
        """Whom the article names as the one who writes or answers in the first person: inside an
        interview's answer, the interviewee (*Perché ha scelto questo lavoro? … allora ho detto:
        perché no?*); else a person its opening names as the author of the account (``writer_markers``:
        *Resoconto a cura di Marco Neri*, *Diario di viaggio scritto da Anna Bruni*) or after
        *io* (*Carlo, Piero ed io Marco Neri eravamo partiti…*); None for a writer no name stands
        for (a letter, a speech)."""
        ctx = self.context(doc)
        if ctx.answers is None:  # (once per document, not once per first-person cue)
            ctx.answers = self.question_answers(doc, self.quoted_ranges(doc))
        for start, end, speaker in ctx.answers:
            if start <= doc[cue.start].idx < end:
                return speaker.tagged("interview") if speaker is not None else None
        opening = ctx.sents[min(2, len(ctx.sents) - 1)].end
        for ent in ctx.ents_in_tokens(0, cue.start):
            if ent.label_ != "PER" or ent.start < 1:
                continue
            before = " ".join(norm_word(t) for t in doc[max(0, ent.start - 3):ent.start])
            if ent.end <= opening and any(before.endswith(m) for m in self.g.writer_markers) \
                    or norm_word(doc[ent.start - 1]) in self.g.writer_pronouns:
                return self._from_span(doc, ent).tagged("interview")
        return None

    def _speaker_label_before(self, doc: Doc, sent: Span) -> bool:
        """The sentence before is a name alone, or a verb and a name (*DE GASPERI. Chiedo di
        parlare.*, *Risponde Rossi. Promettiamo…*), or ends with a name in capitals glued to a
        heading (*Intervento alla Camera DE GASPERI. Onorevole Presidente, io…*): the label of a
        transcript or an interview, whose bearer says the first person that follows."""
        if sent.start == 0:
            return False
        ctx = self.context(doc)
        before = ctx.sent(sent.start - 1)
        words = [t for t in doc[before.start:before.end] if not t.is_punct]
        label = next((e for e in reversed(ctx.ents_in_tokens(before.start, before.end)) if e.label_ == "PER"), None)
        if label is not None and words and label.end > words[-1].i and all(t.is_upper for t in label if t.is_alpha):
            return True  # "Intervento alla Camera DE GASPERI. Onorevole Presidente, io…": a label in capitals after a heading
        if len(words) > 1 and words[0].ent_type_ != "PER":
            words = words[1:]  # (the verb opening the sentence, capitalised, is often tagged a name)
        return bool(words) and all(t.ent_type_ == "PER" for t in words)

    def indefinite_pronoun_subject(self, doc: Doc, cue: Cue) -> bool:
        """The parse gives the cue's verb an indefinite pronoun as its own subject (*qualcuno
        prospettava…*, *alcuni la considerano…*, *taluni criticano…*): people no one names (not
        a noun, *altri rinvenimenti evidenziarono…*, even one the parse leaves out of the
        subject, nor a relative *che*)."""
        return any(norm_word(subj) in self.g.generic_subjects and subj.pos_ in ("PRON", "DET")
                   and not (subj.i + 1 < len(doc) and doc[subj.i + 1].pos_ in ("NOUN", "ADJ", "PROPN"))
                   for subj in self._parsed_subjects(doc, cue))

    def _generic_clause_subject(self, doc: Doc, cue: Cue) -> bool:
        """*Chi ha parlato con Marco Rossi racconta che…*, *Qualcuno lo ha visto e ha raccontato
        che…*: a sentence opened by a generic pronoun whose own verb comes before the cue, with
        no punctuation between: that pronoun is the cue's subject, whatever the parse reads (a
        name inside its relative clause is not the speaker)."""
        sent = self.context(doc).sent(cue.start)
        if self._generic_pronoun_before(doc, cue, sent):
            return True
        k = sent.start
        while k < cue.start and not doc[k].is_alpha:
            k += 1
        if k >= cue.start or norm_word(doc[k]) not in self.g.generic_subjects:
            return False
        between = doc[k + 1:cue.start]
        return not any(t.is_punct for t in between) and any(self.is_finite(t) for t in between)

    def _generic_pronoun_before(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """*C'è chi ritiene che…*, *C'è anche chi non crede che…*, *…, mentre altri sostengono
        che…*: a generic pronoun (``generic_subjects``) right before an active finite cue (its
        auxiliary, adverbs and negation aside) is its subject, whatever the parse hangs it on
        (*chi* as the subject of *c'è*, *a chi chiedeva…*); not after an article or *e*
        (*tra gli altri ha parlato…*, *Rossi e altri hanno detto…*)."""
        if cue.passive or cue.gerund:
            return False
        k = self.back_over_adverbs(doc, self.aux_start(doc, cue.start, sent.start) - 1, sent.start)
        while k > sent.start and norm_word(doc[k]) in self.g.negations:
            k = self.back_over_adverbs(doc, k - 1, sent.start)
        if k < sent.start or norm_word(doc[k]) not in self.g.generic_subjects:
            return False
        return k == sent.start or norm_word(doc[k - 1]) not in self.g.articles | self.g.and_conjunctions

    def impersonal_speech(self, doc: Doc, cue: Cue) -> bool:
        """An impersonal *si* right before a verb of saying in the third person singular with no
        subject in the parse and a clause after it (*Si racconta che…*, *si è detto che…*, *ci
        si augura che…*, *si parla di…*): what people say, no one named. Not a self-report (*Rossi si dice fiducioso*, *si è detto
        pronto*) unless a *che*-clause follows, nor *Marotta si dice…*, *che si dice…*, which
        have a subject."""
        if not (cue.start > 0 and norm_word(doc[cue.start - 1]) in self.g.impersonal_pronouns) or not self.context(doc).has_dep \
                or not (cue.complement in ("che", "di") or cue.complement == "object" and doc[cue.end - 1].pos_ == "ADP"):
            return False  # (an object after "si": "si affermò l'ala estremista" is rarely a report; "si
            # parla di…", whose cue holds its preposition, is what people say)
        if cue.verb in self.g.self_report_verbs and cue.complement != "che":
            return False
        if cue.verb in self.g.pronominal_speech_verbs and not (
                cue.start > 1 and norm_word(doc[cue.start - 2]) in self.g.impersonal_doublers):
            return False  # "e si augura…", "si chiede se…": he hopes, he wonders (but "ci si augura")
        verb = self.main_verb(doc, cue)
        group = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
        if any("Plur" in t.morph.get("Number") or {"1", "2"} & set(t.morph.get("Person")) for t in group):
            return False
        # (a subject the parse hangs on it past the content's start is the clause's: "si dice che il
        # partito intralci con ciò la riforma"; one with a preposition is none: "nel testo inviato
        # ai partiti si afferma che…")
        return not any(c.dep_ in ("nsubj", "nsubj:pass") and c.idx < cue.content_start
                       and c.left_edge.dep_ != "case" for c in verb.children)

    def unsigned_document_relative(self, doc: Doc, cue: Cue) -> bool:
        """An impersonal cue in a relative clause on a document noun (*Marco Rossi ha trovato una
        lettera **in cui si parla di**…*, *il verbale, nel quale si afferma che…*) that names no
        issuer after it (not *una nota della Procura in cui si legge…*) and that no verb of
        publishing (``publishing_verbs``) makes its subject's (not *X ha diffuso un rapporto in
        cui si afferma…*, X's): the document speaks for no one named, however many names the
        sentence holds."""
        if not self.context(doc).has_dep or not (cue.start > 0 and norm_word(doc[cue.start - 1]) in self.g.impersonal_pronouns):
            return False
        verb = self.main_verb(doc, cue)
        noun = verb.head
        if verb.dep_ != "acl:relcl" or noun.i >= verb.i or not self.word_forms(noun) & self.g.document_nouns:
            return False
        if noun.dep_ in ("obj", "nsubj:pass") and self.lemmas(noun.head) & self.g.publishing_verbs:
            return False
        return not any(c.dep_ in ("nmod", "acl") for c in noun.children if noun.i < c.i < verb.i)

    def _personal_self_report(self, doc: Doc, cue: Cue) -> bool:
        """A verb of supposing used reflexively of a subject the parse gives it before the clitic,
        with a predicate and no *che* (*il sindaco **si ritiene** soddisfatto*): what the subject
        says of itself, not the impersonal *si ritiene che…*."""
        if cue.complement == "che" or not self.reflexive_self_report(doc, cue) or not self.context(doc).has_dep:
            return False
        return any(c.dep_ == "nsubj" and c.i < cue.start - 1 for c in self.main_verb(doc, cue).children)

    def impersonal_report(self, doc: Doc, cue: Cue) -> bool:
        """The cue is an impersonal *si* with a verb of supposing or calling for (*si ipotizza un
        prezzo di 500 euro*, *si è invocata una soluzione*): a report no one signs."""
        return cue.start > 0 and norm_word(doc[cue.start - 1]) in self.g.impersonal_pronouns and (
            cue.lemma in self.g.impersonal_object_verbs or cue.lemma in self.g.impersonal_che_verbs)

    def evidence(self, doc: Doc, cue: Cue) -> bool:
        """The cue's subject is an examination (*l'autopsia conferma…*, *gli esami hanno rivelato
        che…*): its findings are the writer's facts, not anyone's words."""
        return cue.complement != "source" and self._subject_among(doc, cue, self.g.evidence_nouns)

    def silent_subject(self, doc: Doc, cue: Cue) -> bool:
        """The parse gives the cue's verb no subject of its own (*…, chiedendo la sospensione*,
        *dopo aver annunciato la morte*, *spiega il sistema* after a sentence about the one who
        speaks): who speaks is someone the context names, not a thing that is the subject (a
        passive subject of a verb with an active auxiliary is its object misread)."""
        return self.context(doc).has_dep and not any(
            not (subj.dep_ == "nsubj:pass" and self._active_auxiliary(subj.head))
            for subj in self._parsed_subjects(doc, cue, ("nsubj", "nsubj:pass", "expl", "expl:impers")))

    def _active_auxiliary(self, verb) -> bool:
        """The verb has an auxiliary of the active voice (``auxiliaries`` that are not
        ``agreeing_auxiliaries``: *ha sottolineato*): a passive subject the parse gives it is its
        object misread (*durante il quale ha sottolineato il suo ruolo*)."""
        active = self.g.auxiliaries - self.g.agreeing_auxiliaries
        return any(c.dep_ == "aux" and self.lemmas(c) & active for c in verb.children)

    def _subject_among(self, doc: Doc, cue: Cue, nouns) -> bool:
        """The parse gives the cue's verb a subject whose word or lemma is one of ``nouns``."""
        return any(norm_word(c) in nouns or self.lemmas(c) & nouns for c in self._parsed_subjects(doc, cue))

    def _parsed_subjects(self, doc: Doc, cue: Cue, deps=("nsubj",)) -> list:
        """The dependents of the cue's verb that the parse labels with one of ``deps`` (none
        without a parse)."""
        if not self.context(doc).has_dep:
            return []
        return [c for c in self.main_verb(doc, cue).children if c.dep_ in deps]

    def _recent_person(self, doc: Doc, subj) -> tuple[str, str] | None:
        """The person named last in the sentence of ``subj`` before it or in the sentence
        before that, outside quotations, not a man for a feminine noun (*la bambina*, *la
        transessuale*: not *Piero Marrazzo*); None when there is none."""
        ctx = self.context(doc)
        described = self._described_by(doc, subj)
        if described is not None:
            return described
        sent = ctx.sent(subj.i)
        floor = ctx.sent(sent.start - 1).start if sent.start > 0 else sent.start
        blocked = self.quoted_ranges(doc)
        names = doc._.kit_canonical_names or {}
        female = self._feminine(doc[subj.left_edge.i:subj.i + 1])
        for ent in reversed(ctx.ents_in_tokens(floor, subj.left_edge.i)):
            if ent.label_ != "PER" or len(ent.text) <= 2 or ctx.is_blocked(ent.start_char, blocked):
                continue
            before = norm_word(doc[ent.start - 1]) if ent.start > 0 else ""
            if before in self.g.prepositions | self.g.forms("di") and not (
                    before in self.single_markers and before not in self.g.forms("per")):
                # "il convivente di Vanessa": a complement, not the one who acts; but a source
                # speaks: "Secondo Serena Barone, moglie dell'uomo: «…». La donna ha poi precisato"
                continue
            if female and self._person_gender(doc, ent) == "M":
                continue  # "la bambina ha chiesto…" after "Un uomo, Mario Rossi, è stato condannato…"
            return names.get(span_key(ent.start_char, ent.end_char), ent.text), "PER"
        return None

    def _described_by(self, doc: Doc, subj) -> tuple[str, str] | None:
        """*Il tedesco ha detto…* after *il cancelliere tedesco Hans Müller*, *la francese* after
        *la tennista francese Claire Dubois*: a bare definite noun (an adjective of nationality
        used as a noun) that the article put before the name of exactly one person earlier,
        in either gender (*tedesco*, *tedesca*); that person, else None."""
        if subj.i - 1 < 0 or subj.left_edge.i != subj.i - 1 or norm_word(doc[subj.i - 1]) not in self.g.definite:
            return None
        word = norm_word(subj)
        if len(word) < 5 or not word.isalpha():
            return None
        names = doc._.kit_canonical_names or {}
        found = set()
        for ent in self.context(doc).ents_in_tokens(0, subj.i - 1):
            if ent.label_ != "PER":
                continue
            for k in range(ent.start - 1, max(-1, ent.start - 5), -1):
                tok = doc[k]
                if not (tok.is_alpha and tok.is_lower) or norm_word(tok) in self.g.prepositions:
                    break
                if len(norm_word(tok)) == len(word) and norm_word(tok)[:-1] == word[:-1]:
                    found.add(names.get(span_key(ent.start_char, ent.end_char), ent.text))
                    break
        return (found.pop(), "PER") if len(found) == 1 else None

    def speaker_after(self, doc: Doc, cue: Cue, quoted: bool = False) -> Speaker | None:
        """The name right after a cue: «…», ha detto *il ministro Giorgetti*, ha dichiarato
        *la presidente della Commissione, Ursula von der Leyen*. With ``quoted`` (the cue right
        after the quotation it reports), a definite common noun phrase too (:meth:`_noun_subject_after`)."""
        sent_end = self.context(doc).sent(cue.start).end
        j = cue.end
        limit = min(sent_end, cue.end + 14)
        if cue.inside_quote:
            j = self.skip_adverbs(doc, j, limit)  # ("– ha detto ancora il ministro –")
        group = self._group_after(doc, j, sent_end)
        if group is not None and not cue.inside_quote:
            return group
        ents = {e.start: e for e in self.context(doc).ents_in_tokens(j, limit) if e.label_ in SPEAKER_LABELS}
        k = j
        while k < limit:
            tok = doc[k]
            if k in ents:
                ent = ents[k]
                if not (k > j and norm_word(doc[k - 1]) in self.g.prepositions) or self._issues(doc, k, j):
                    person = ents.get(ent.end)
                    if ent.label_ != "PER" and person is not None and person.label_ == "PER" and k > j \
                            and doc[k - 1].is_alpha and doc[k - 1].is_lower:
                        ent = person  # "ha detto il presidente Usa Marco Rossi": the body qualifies the title
                    return self.joined_after(doc, ent, self._from_span(doc, ent), sent_end).tagged("after-cue")
                k = ent.end
                continue
            if tok.text in STOPS or tok.text in ASIDE_DASHES and not self._hyphen(doc, k) or tok.is_space or (
                    k > j and self.is_verbish(tok) and not self.g.participle.search(norm_word(tok))):
                break
            k += 1
        voice = self._voice_after(doc, j, k)
        if voice is not None:
            return voice.tagged("after-cue")
        for start, end in self._descriptions(doc, self.context(doc).sent(cue.start)):
            if start == j:
                # ("ha detto l'avvocato di Marco Neri": the description of someone named after di)
                person = next((e for e in ents.values() if e.start == end + 1 and e.label_ == "PER"), None)
                if person is not None and norm_word(doc[end]) in self.g.forms("di"):
                    end = person.end
                return tag_speaker(self._from_range(doc, start, end), "after-cue")
        group = self._group_after(doc, j, limit)
        if group is not None:
            return group
        if cue.inside_quote:
            return self._noun_after(doc, j, limit)
        return self._noun_subject_after(doc, cue) if quoted else None

    def _noun_subject_after(self, doc: Doc, cue: Cue) -> Speaker | None:
        """*«…» ha detto **il funzionario**.*, *«…», ha spiegato **l'impiegato del comune**, …*: a
        cue right after the quotation it reports takes no object (the quotation is its content),
        so a definite common noun phrase right after it (adverbs skipped), then the sentence's
        end, a comma or a short closing phrase, is its subject, not the subject the sentence
        before carries; not a time (*il giorno dopo*) nor a word of data, rules, ways or words
        (``not_speakers``, ``rule_texts``, ``not_sources``, ``words_nouns``: *ha ripetuto la
        frase*); else None."""
        sent = self.context(doc).sent(cue.start)
        np = self._subject_after(doc, cue.end, sent, definite=True)
        if np is None or self._time_phrase(doc, *np):
            return None
        rest = doc[np[1]:sent.end]
        if len(rest) and rest[0].text != "," and not self._closing_phrase(rest):
            return None
        found = self._from_range(doc, *np) or self._phrase(doc[np[0]:np[1]])
        head = self._np_head_token(doc, np[0], np[1], nominal=True)
        if found.label is None and (head is None or self.word_forms(head) & (
                self.g.not_speakers | self.g.rule_texts | self.g.not_sources | self.g.words_nouns) or self._abstract(doc, found)):
            return None
        return tag_speaker(found, "after-cue")

    @staticmethod
    def _hyphen(doc: Doc, k: int) -> bool:
        """The dash at token ``k`` joins two words with no space on either side (*il
        **vice-questore** Marta Bellini*): part of a word, not a dash that closes an aside."""
        return 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k - 1].is_alpha and doc[k + 1].is_alpha

    def _group_after(self, doc: Doc, j: int, limit: int) -> Speaker | None:
        """*«…», hanno detto **i carabinieri***, *spiegano **gli investigatori***, *«…?», hanno
        chiesto **i giornalisti** al ministro X*: a definite group noun of speakers
        (``group_speakers``, not a document) and its adjectives right after the cue is its
        subject, not the addressee named after it; else None."""
        if j + 1 >= limit or norm_word(doc[j]) not in self.g.definite \
                or not self.word_forms(doc[j + 1]) & self.g.group_speakers or not doc[j + 1].is_lower \
                or norm_word(doc[j + 1]) in self.g.document_nouns:
            return None
        end = j + 2
        while end < limit and doc[end].is_alpha and doc[end].is_lower and not self.is_verbish(doc[end]) \
                and norm_word(doc[end]) not in self.g.prepositions | self.g.articles | self.g.coordinators | self.g.place_adverbs \
                and end - j < 4:
            end += 1
        return tag_speaker(self._from_range(doc, j, end), "after-cue")

    def _issues(self, doc: Doc, k: int, floor: int) -> bool:
        """The entity at token ``k`` issued a document named just before it: *un comunicato
        (stampa) diramato **dall'**Ospedale…*, *la nota **del** Quirinale*."""
        prev = norm_word(doc[k - 1]) if k - 1 >= floor else ""
        if prev in self.g.forms("da"):
            m = k - 2
            while m > floor and (norm_word(doc[m]) in self.g.cue_adverbs or doc[m].pos_ == "ADV"):
                m -= 1  # "rilasciato ieri da…"
            if m >= floor and self.g.participle.search(norm_word(doc[m])):
                m -= 1
                while m >= floor and m >= k - 6 and doc[m].is_alpha and doc[m].is_lower:
                    if norm_word(doc[m]) in self.g.document_nouns:
                        return True
                    m -= 1
            return False
        return prev in self.g.forms("di") and k - 2 >= floor and norm_word(doc[k - 2]) in self.g.document_nouns

    def document_issuer(self, doc: Doc, cue: Cue) -> Speaker | None:
        """*come si legge nella nota del Quirinale*, *In un comunicato rilasciato dal numero 10 di
        Downing Street si legge che…*: the issuer of the document an impersonal cue reads from,
        in its sentence; for *si legge* with no document of its own or one taken up (*«…», si
        legge nel testo*), the issuer of one the sentence before names; else None."""
        sent = self.context(doc).sent(cue.start)
        for ent in self.context(doc).ents_in_tokens(sent.start, sent.end):
            if ent.label_ in ("PER", "ORG", "LOC") and self._issues(doc, ent.start, sent.start) \
                    and abs(ent.start - cue.start) <= 12:
                return self._from_span(doc, ent).tagged("source")
        if cue.verb in self.g.impersonal_cue_verbs and self._document_taken_up(doc, sent):
            ent = self._issuer_before(doc, sent)
            if ent is not None:
                return self._from_span(doc, ent).tagged("source")
        return None

    def _document_taken_up(self, doc: Doc, sent: Span) -> bool:
        """The sentence of an impersonal *si legge* names no document but one taken up with a
        definite article, with no issuer after it (*«…», si legge nel testo*, *Nella nota si
        legge che…*, *Il presidente, si legge ancora, …*): the document the text named before."""
        for tok in sent:
            if not self.word_forms(tok) & self.g.document_nouns:
                continue
            k = tok.i - 1
            while k >= sent.start and doc[k].pos_ == "ADJ":
                k -= 1
            if k < sent.start or norm_word(doc[k]) in self.g.indefinite_articles:
                return False  # "in una nota si legge…": a document of its own
            m = tok.i + 1
            if m < sent.end and doc[m].pos_ == "ADJ":
                m += 1
            if m < sent.end and norm_word(doc[m]) in self.g.forms("di") | self.g.forms("da") \
                    or m < sent.end and self.is_verbish(doc[m]):
                return False  # "nella nota della Regione", "nel comunicato diffuso da…": its issuer here
        return True

    def _issuer_before(self, doc: Doc, sent: Span) -> Span | None:
        """The issuer of a document one of the three sentences before names (*la nota del
        Quirinale*, *un comunicato diramato dalla Questura*, *Il Comune ha diffuso una nota*),
        the nearest: the name of a person, body or place; None when they name none."""
        ctx = self.context(doc)
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = ctx.sent(sent.start - 1)
            ents = [e for e in ctx.ents_in_tokens(sent.start, sent.end) if e.label_ in ("PER", "ORG", "LOC")]
            issued = [e for e in ents if self._issues(doc, e.start, sent.start)]
            if issued:
                return issued[-1]
            for tok in sent if ctx.has_dep else ():
                if tok.dep_ == "obj" and self.word_forms(tok) & self.g.document_nouns \
                        and self.lemmas(tok.head) & self.g.publishing_verbs:
                    # "Il Comune ha diffuso una nota": the subject of its publishing
                    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
                    found = next((e for e in ents if subjects and e.start <= subjects[0].i < e.end), None)
                    if found is not None:
                        return found
        return None

    def words_of_before(self, doc: Doc, char: int) -> Speaker | None:
        """*le (testuali) parole del figlio «…»*, *una frase di Einaudi: «…»*, *il commento di X:
        «…»*: a noun of speech (or of answer) and *di* + a name or a description right before a
        quotation: whose words they are."""
        ctx = self.context(doc)
        k = ctx.token_at(char) - 1
        colon = k >= 0 and doc[k].text == ":"
        if k >= 0 and doc[k].text in (":", ","):
            k -= 1
        sent = ctx.sent(max(k, 0))
        if colon:
            k = self._name_before_title_apposition(doc, k, sent)
        # before a colon a document speaks too (*Durissima la nota della Cgil: «…»*, *il post di
        # Marco Rossi: «…»*), not right before the marks (*il rapporto di Legambiente "Mare
        # Monstrum"* names a report); so does a noun of stance taking up what was said before
        # (*Opposto il parere di Legambiente: «…»*, *Netto il no di Marco Rossi: «…»*)
        nouns_of_words = self.g.quoted_nouns | self.g.answer_nouns | (
            self.g.document_nouns | self.g.colon_stance_nouns if colon else frozenset())
        if colon and k > sent.start:
            # "La risposta del sindaco è stata secca: «…»", "Il messaggio della premier era chiaro:
            # «…»": a noun of words, its speaker and a stance of how they came (colon_stance)
            lead = self.clause_lead(doc, k, sent.start)
            stance = self.colon_stance(doc, lead, k + 1)
            if isinstance(stance, tuple) and stance[1] < k + 1 and not any(
                    t.is_title or t.ent_type_ for t in doc[stance[0]:stance[1]]):
                return tag_speaker(self._from_range(doc, *stance), "words-of")
        for d in range(k, max(k - 7, sent.start), -1):
            if norm_word(doc[d]) not in self.g.forms("di"):
                continue
            # (the noun taken up by a demonstrative: *Parole durissime **quelle** di X: «…»*)
            back = 4 if d - 1 >= sent.start and norm_word(doc[d - 1]) in self.g.demonstrative_pronouns else 2
            nouns = {norm_word(t) for t in doc[max(d - back, sent.start):d]}
            if not nouns & nouns_of_words:
                return None
            if not nouns & (self.g.quoted_nouns | self.g.answer_nouns) and (
                    d - 2 >= sent.start and norm_word(doc[d - 2]) in self.g.forms("di")
                    or not any(t.is_title or t.ent_type_ for t in doc[d + 1:k + 1])):
                # "Il titolo del rapporto dell'Istat: «…»": the document is not the head; "Dalla
                # relazione degli economisti: «…»": a document of people the text named before,
                # whom the quote rules resolve better
                return None
            return tag_speaker(self._from_range(doc, d + 1, k + 1), "words-of")
        return None

    def _name_before_title_apposition(self, doc: Doc, k: int, sent: Span) -> int:
        """*Diverso il parere di Marta Riva, **capogruppo dell'opposizione**: «…»*: when tokens up
        to ``k`` (the last before a colon) close an apposition of title set off by a comma after
        a person's name (a title or a kin noun first, its possessive or article before it, no
        verb, at most eight words), the name's last token; else ``k``."""
        ctx = self.context(doc)
        for c in range(k, max(k - 9, sent.start), -1):
            if doc[c].text != ",":
                continue
            if not any(e.label_ == "PER" and e.end == c for e in ctx.ents_in_tokens(max(c - 4, sent.start), c)):
                return k
            m = c + 1
            while m <= k and norm_word(doc[m]) in self.g.possessives | self.g.articles:
                m += 1
            if m <= k and self.word_forms(doc[m]) & (self.titles | self.g.kin_nouns) and not any(
                    self.is_verbish(t) or t.is_punct or norm_word(t) in self.g.relative_words for t in doc[m:k + 1]):
                return c - 1
            return k
        return k

    def bare_words_before(self, doc: Doc, char: int) -> bool:
        """*Poi l'affondo: «…»*, *Secca la replica: «…»*, *E infine l'appello: «…»*: a clause
        before the colon that is only a noun of words (``answer_nouns``, ``quoted_nouns``) with
        its article, adjectives and adverbs, no name: the quotation is the words of whoever the
        text was speaking of."""
        ctx = self.context(doc)
        k = ctx.token_at(char) - 1
        if k < 1 or doc[k].text != ":":
            return False
        sent = ctx.sent(k - 1)
        start = k
        while start > sent.start and not (doc[start - 1].is_punct or "\n" in doc[start - 1].whitespace_) \
                and k - start < 6:
            start -= 1
        words = doc[start:k]
        if not len(words) or start > sent.start and doc[start - 1].text not in (".", "!", "?") \
                or any(t.ent_type_ or t.is_title and t.i > start for t in words):
            return False
        nouns = [t for t in words if norm_word(t) in self.g.answer_nouns | self.g.quoted_nouns]
        # (the adjective fronted before the article is often tagged a noun: *Secca la replica*)
        return len(nouns) == 1 and all(
            t in nouns or t.pos_ in ("DET", "ADJ", "ADV", "CCONJ")
            or t.i == start and t.i + 1 < k and norm_word(doc[t.i + 1]) in self.g.definite for t in words)

    def words_of_after(self, doc: Doc, char: int) -> tuple[bool, Speaker | None, bool]:
        """*«…», sono le parole del presidente Barack Obama*, *«…»: questo il giudizio
        dell'avvocato X*, *«…», è stata la risposta di X*: a noun of answer right after a
        quotation (``char``: the character after its closing mark), after a copula or a
        demonstrative, says the marks hold someone's words (first value); *di* + a name or a
        description after it says whose (second value, else None: *«Morte al Papa»: queste sono
        le scritte apparse…*); a possessive before it (*queste le sue parole*) that they are the
        words of the speaker named before (third value). *«…»: con queste parole X ha accolto la
        sentenza*: the subject of the verb after the noun says whose."""
        ctx = self.context(doc)
        k = ctx.token_at(char)
        if k >= len(doc) or doc[k].idx < char:
            k += 1
        if k < len(doc) and doc[k].text in {",", ":"} | DASHES:
            k += 1
        signed = self._signed_after(doc, k)
        if k + 1 < len(doc) and doc[k].text == "." and norm_word(doc[k + 1]) in self.g.forms("con"):
            k += 1  # "«…». Con queste parole X ha commentato…": the sentence after the quotation's
        sent_end = ctx.sent(min(k, len(doc) - 1)).end
        if signed is not None:
            return True, signed, False
        glue = possessive = False
        manner = k < sent_end and norm_word(doc[k]) in self.g.forms("con")  # "«…»: con queste parole X ha…"
        for j in range(k + int(manner), min(k + 6, sent_end)):
            word = norm_word(doc[j])
            if word in self.g.answer_nouns and manner:
                # (a comma may follow: "con queste parole, X ha proclamato…"; without a subject
                # and its verb after them, the other rules look)
                after = j + 2 if j + 1 < sent_end and doc[j + 1].text == "," else j + 1
                speaker = self._subject_then_verb(doc, after, ctx.sent(j)) if glue else None
                return speaker is not None, speaker, False
            # (after a copula or a demonstrative a message or a document says whose words they
            # are too: "«…», è il messaggio della Cgil", "«…»: questo il post pubblicato da X")
            written = glue and word in self.g.quoted_nouns | self.g.document_nouns and word not in self.g.answer_nouns
            if word in self.g.answer_nouns or written:
                of = j + 1
                if written and of + 1 < sent_end and norm_word(doc[of]) in self.g.issuing_participles \
                        and norm_word(doc[of + 1]) in self.g.forms("da"):
                    of += 1  # "il messaggio pubblicato da Anna Bruni"
                if of < sent_end and norm_word(doc[of]) in self.g.forms("di") | (self.g.forms("da") if of > j + 1 else frozenset()):
                    end = of + 1
                    while end < sent_end and not doc[end].is_punct and end - j < 10 and not (
                            written and (norm_word(doc[end]) in self.g.coordinators or self.is_verbish(doc[end]))):
                        end += 1
                    found = self._from_range(doc, of + 1, end)
                    if written and found is None:
                        return False, None, False
                    return True, tag_speaker(found, "words-of"), False
                if written:
                    return False, None, False
                return glue or possessive, None, possessive
            glue = glue or word in self.g.answer_glue
            possessive = possessive or word in self.g.possessives
            if not (word in self.g.answer_glue | self.g.possessives or word in self.g.articles or doc[j].pos_ == "ADJ"):
                break
        return False, None, False

    def _signed_after(self, doc: Doc, k: int) -> Speaker | None:
        """*«…», così il ministro X.*, *«…», così X in una nota*, *«…». Così la Regione.*: an
        adverb that signs the quotation (``signing_adverbs``) right after it, then a name or a
        description and nothing else but a short phrase (after a comma, a finite verb too: *«…»,
        così X ha chiuso l'incontro*): whose words they were; else None."""
        after_stop = k < len(doc) and doc[k].text == "."
        j = k + int(after_stop)
        if j >= len(doc) or norm_word(doc[j]) not in self.g.signing_adverbs:
            return None
        sent = self.context(doc).sent(j)
        np = self._subject_after(doc, j + 1, sent)
        channel = self.channel_end(doc, j + 1, sent.end) if np is None else None
        if channel is not None:
            np = self._subject_after(doc, channel, sent)  # "«…». Così in una nota il segretario X."
        if np is None and channel is None and after_stop:
            # "«…». Così ha commentato il ministro X.": a verb of saying before its subject
            verb_end = self._saying_verb_end(doc, j + 1, sent.end)
            np = self._subject_after(doc, verb_end, sent) if verb_end is not None else None
            if np is None or not self._closing_phrase(doc[np[1]:sent.end]):
                return None
            return tag_speaker(self._from_range(doc, *np), "words-of")
        if np is None:
            return None
        np, rest_start = self._signed_apposition(doc, np, sent)
        rest = doc[rest_start:sent.end]
        if not (self._closing_phrase(rest) or not after_stop and len(rest) and self.is_finite(rest[0])
                or after_stop and self._saying_verb_end(doc, rest_start, sent.end) is not None):
            # (after a stop only a verb of saying: "«…». Così X ha commentato la notizia", not
            # "«…». Così X ha chiuso la scuola", where "così" is "so" and the words may be another's)
            return None
        return tag_speaker(self._from_range(doc, *np), "words-of")

    def _signed_apposition(self, doc: Doc, np: tuple[int, int], sent: Span) -> tuple[tuple[int, int], int]:
        """The signature of :meth:`_signed_after` with an apposition set off by a comma: a name
        after a description (*così il presidente della Regione, Marco Ferri, …*: the name) or a
        title after a name (*così Marco Ferri, presidente della Regione.*: the name), closing the
        sentence or followed by a comma; (the speaker's token range, where the rest starts),
        ``np`` and its end when there is none."""
        k = np[1]
        if k + 1 >= sent.end or doc[k].text != ",":
            return np, k
        ctx = self.context(doc)
        people = [e for e in ctx.ents_in_tokens(np[0], np[1]) if e.label_ == "PER"]
        after = [e for e in ctx.ents_in_tokens(k + 1, k + 2) if e.label_ == "PER"]
        if not people and after:
            end = after[0].end  # "così il presidente della Regione, Marco Ferri, …"
            if end >= sent.end or doc[end].text in (",", ".", "!", "?"):
                return (after[0].start, end), end + int(end < sent.end and doc[end].text == ",")
            return np, k
        if not people:
            return np, k
        m = k + 1 + int(norm_word(doc[k + 1]) in self.g.possessives)
        if m < sent.end and self.word_forms(doc[m]) & (self.titles | self.g.kin_nouns):
            # "così Marco Ferri, presidente della Regione.", "così Anna Riva, sua moglie": the
            # title describes the name
            stop = next((c for c in range(m + 1, min(m + 10, sent.end)) if doc[c].is_punct), None)
            if stop is not None and doc[stop].text in (",", ".", "!", "?") and not any(
                    self.is_finite(t) or norm_word(t) == "che" for t in doc[m:stop]):
                return np, stop + int(doc[stop].text == ",")
        return np, k + 1  # "così il presidente della Regione, Marco Ferri, al termine dell'incontro"

    def _saying_verb_end(self, doc: Doc, m: int, end: int) -> int | None:
        """A finite verb of saying at token ``m`` (``speech_verbs``; clitics, negations, adverbs
        and auxiliaries before it: *ha commentato*, *si è espresso*, *ha poi replicato*): the
        token after it; else None."""
        k = m
        while k < end and (self.verb_particle(doc[k]) or self.lemmas(doc[k]) & self.g.auxiliaries):
            k += 1
        if k >= end or not self.lemmas(doc[k]) & self.single_verbs \
                or not any(self.is_finite(t) for t in doc[m:k + 1]):
            return None
        return k + 1

    def _subject_then_verb(self, doc: Doc, j: int, sent: Span) -> Speaker | None:
        """*(con queste parole) **l'ex presidente** ha accolto…*: the name or description at token
        ``j`` when a finite verb follows it, the subject of that verb; else None."""
        np = self._subject_after(doc, j, sent)
        if np is None or np[1] >= sent.end or not self.is_finite(doc[np[1]]):
            return None
        return tag_speaker(self._from_range(doc, *np) or self._phrase(doc[np[0]:np[1]]), "words-of")

    def _noun_after(self, doc: Doc, j: int, limit: int) -> Speaker | None:
        """*– gli risponde **l'operatore** –*: a definite common noun (and its adjectives) closing
        an interruption inside a quotation, the person a reader names the speaker."""
        if j + 1 >= limit or norm_word(doc[j]) not in self.g.definite:
            return None
        k = j + 1
        while k < limit and doc[k].is_alpha and doc[k].is_lower and not self.is_verbish(doc[k]) \
                and norm_word(doc[k]) not in self.g.prepositions and k - j <= 3:
            k += 1
        if k == j + 1 or k >= limit or doc[k].text not in ASIDE_DASHES | {","}:
            return None
        end = doc[k - 1].idx + len(doc[k - 1])
        return Speaker(doc[j + 1:k].text, None, doc[j:k].text, doc[j].idx, end, "after-cue")

    def entity_ending_at(self, doc: Doc, char: int) -> Span | None:
        """A speaker-like entity ending just before character ``char`` (e.g. before a colon)."""
        ent = self.context(doc).ent_ending_at(char)
        return ent if ent is not None and ent.label_ in SPEAKER_LABELS else None

    def speaker_from_span(self, doc: Doc, span: Span) -> Speaker:
        return self._from_span(doc, span)

    def from_candidate(self, doc: Doc, cand) -> Speaker:
        np_start, end, ent = cand
        if ent is not None:
            return self._from_span(doc, ent)
        return self._from_range(doc, np_start, end)

    def _from_span(self, doc: Doc, ent: Span) -> Speaker:
        group = self._group_before_name(doc, ent)
        if group is not None:
            return self._phrase(group)  # "i soci WWF", "i vertici Rai": the group, as written
        names = doc._.kit_canonical_names or {}
        name = names.get(span_key(ent.start_char, ent.end_char)) or self.aliases.get(normalize(ent.text)) or ent.text
        seat = self._seat_after_body(doc, ent) if name == ent.text else None
        if seat is not None:
            # "la procura di Milano", "il Tribunale di Roma": the body of that place (KIND tags the
            # body and the place apart; the speaker is the body of that place, not every procura)
            span = doc[ent.start:seat.end]
            return Speaker(span.text, ent.label_, span.text, span.start_char, span.end_char)
        return Speaker(name, ent.label_, ent.text, ent.start_char, ent.end_char)

    def _seat_after_body(self, doc: Doc, ent: Span) -> Span | None:
        """The place entity right after a body named by one word of ``institution_nouns`` and *di*
        (*procura **di Milano***, *Tribunale **di Roma***, *governo **di Kiev***); else None."""
        if ent.label_ != "ORG" or len(ent) != 1 or not self.word_forms(ent[0]) & self.g.institution_nouns \
                or ent.end + 1 >= len(doc) or norm_word(doc[ent.end]) not in self.g.forms("di"):
            return None
        return next((e for e in self.context(doc).ents_in_tokens(ent.end + 1, ent.end + 5)
                     if e.start == ent.end + 1 and e.label_ == "LOC"), None)

    def _group_before_name(self, doc: Doc, ent: Span) -> Span | None:
        """*i più giovani soci WWF*, *i vertici Rai*, *i dipendenti Fiat*: a plural group noun
        (``group_speakers``; not a kind of body, *i quotidiani*, *le associazioni*) right before
        the name of a body, with no preposition, after its definite article and adjectives: an
        unnamed, definite group, which keeps its description (the guidelines), as *i dipendenti
        della Fiat* does; not the body it belongs to. The phrase, or None (a person's name: *i
        giudici Falcone e Borsellino*)."""
        k = ent.start - 1
        if ent.label_ == "PER" or k < 1:
            return None
        noun = doc[k]
        if not (noun.is_lower and noun.is_alpha and noun.morph.get("Number") == ["Plur"]) \
                or not self.word_forms(noun) & self.g.group_speakers \
                or self.word_forms(noun) & (self.g.media_nouns | self.g.institution_nouns):
            return None
        j = k - 1
        while j > 0 and k - j <= 3 and doc[j].is_lower and (doc[j].pos_ == "ADJ" or norm_word(doc[j]) in self.g.cue_adverbs):
            j -= 1  # "i più piccoli soci"
        return doc[j:ent.end] if norm_word(doc[j]) in self.g.definite else None

    def _kin(self, doc: Doc, start: int, end: int) -> bool:
        """*il convivente di Vanessa*, *la madre di Giulia*, *l'avvocato di Rossi*: a definite
        noun (a title or a group word) whose name after *di* only says whose: the noun speaks."""
        if start > 0 and norm_word(doc[start - 1]) in self.articled_prepositions:
            head_at = start  # "a detta dei legali di Rossi": the article is inside the marker's preposition
        elif start < end and norm_word(doc[start]) in self.g.definite:
            head_at = start + 1
        else:
            return False
        while head_at + 2 < end and head_at - start < 3 and doc[head_at].pos_ == "ADJ" and doc[head_at].is_lower \
                and norm_word(doc[head_at + 1]) not in self.g.forms("di"):
            head_at += 1  # "la migliore amica di Chiara", "lo storico avvocato di Rossi"
        if head_at + 1 >= end:
            return False
        head = doc[head_at]
        # (the word right before "di" is the noun, whatever the tagger says: "amica", "legali"
        # read as adjectives)
        return head.is_lower and head.is_alpha and head.pos_ in ("NOUN", "ADJ") and norm_word(doc[head_at + 1]) in self.g.forms("di")

    def _voice_of(self, doc: Doc, start: int, end: int) -> Span | None:
        """*un portavoce di Vodafone*, *una portavoce della Casa Bianca*: an unnamed spokesperson
        of a named body, who is the body speaking (the guidelines: institutions speak as
        themselves); the body's entity, else None."""
        if end - start < 4 or norm_word(doc[start]) not in self.g.indefinite_articles \
                or norm_word(doc[start + 1]) not in self.g.spokesperson_nouns or norm_word(doc[start + 2]) not in self.g.forms("di"):
            return None
        return next((e for e in self.context(doc).ents_in_tokens(start + 3, end)
                     if e.start == start + 3 and e.end <= end and e.label_ == "ORG"), None)

    def _voice_after(self, doc: Doc, j: int, end: int) -> Speaker | None:
        """*«…», ha detto **un portavoce del ministero***, *ha spiegato **una portavoce di
        Fiat***: the unnamed spokesperson of a named body right after a cue (token ``j``, the
        phrase ending before ``end``) is the body speaking, as before the verb
        (:meth:`_voice_of`); None when a name follows in apposition (*…, Paolo Rossi*: the
        loop over the names after the cue takes that one)."""
        body = self._voice_of(doc, j, end)
        if body is None or body.end < len(doc) and doc[body.end].is_alpha and doc[body.end].is_lower:
            return None  # (not "un portavoce del ministero della Salute …" cut inside its body)
        return self._from_span(doc, body)

    @staticmethod
    def _bracketed(doc: Doc, ent: Span, start: int) -> bool:
        """An organisation alone in brackets after words of the phrase opening at ``start``
        (*il sindaco di Pisa (FdI)*, *la consigliera regionale (Pd)*): the party or body of the
        one the phrase names, not its head."""
        return ent.label_ == "ORG" and ent.start - 1 > start and doc[ent.start - 1].text == "(" \
            and ent.end < len(doc) and doc[ent.end].text == ")"

    def _null_subject_come(self, doc: Doc, cue) -> bool:
        """*come* + an active finite verb of saying with an empty source phrase (*…, come aveva
        comunicato sul suo sito, …*): the verb's null subject speaks, found as a subject carried
        from the clause or the sentences before, not in the phrase."""
        start, end = cue.speaker_np
        return start == end and norm_word(doc[cue.start]) == "come" and not self.is_passive(doc, cue.start + 1, cue.end) \
            and any(self.is_finite(t) and "3" in t.morph.get("Person") for t in doc[cue.start + 1:cue.end])

    def anonymous_source(self, doc: Doc, speaker: Speaker) -> bool:
        """An unnamed speaker headed by a noun of ``anonymous_source_nouns`` (*secondo fonti
        locali*, *fonti della polizia riferiscono*, *da una fonte anonima*, *secondo la stessa
        fonte*): an unsigned report, whose speaker is null as the guidelines want for *alcuni*
        or *si vocifera*. A name it resolved to, or one in apposition, still speaks (the
        speaker has an entity label then)."""
        if speaker.label is not None:
            return False
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = self._np_head_token(doc, span.start, span.end, skip=self.g.indefinites, nominal=True)
        return head is not None and norm_word(head) in self.g.anonymous_source_nouns

    def _author_preposition(self, doc: Doc, head, end: int) -> int | None:
        """The *di* right after a document noun (*il comunicato **della** Regione*), or the *da*
        after a participle of publishing that follows it (``publishing_verbs``: *uno studio
        condotto **dall'**Università di X*, *un rapporto pubblicato **dall'**ISTAT*; a locution
        of ``publishing_locutions``: *reso pubblico **dalla** X*): the token before its author;
        else None (not *una lettera ricevuta dal sindaco*: its reader)."""
        if norm_word(head) not in self.g.document_nouns or head.i + 1 >= end:
            return None
        k = head.i + 1
        if norm_word(doc[k]) in self.g.forms("di"):
            return k
        if k + 2 < end and doc[k].pos_ == "VERB" and self.lemmas(doc[k]) & self.g.publishing_verbs \
                and norm_word(doc[k + 1]) in self.g.forms("da"):
            return k + 1
        if k + 3 < end and doc[k].pos_ == "VERB" and norm_word(doc[k + 2]) in self.g.forms("da") and any(
                f"{lemma} {doc[k + 1].lemma_.lower()}" in self.g.publishing_locutions for lemma in self.lemmas(doc[k])):
            return k + 2  # "uno studio reso pubblico dalla X"
        return None

    def _from_range(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """A speaker from a phrase: an entity inside it, else a resolved description; an
        indefinite source (*alcuni analisti*, *molte fonti*) is no speaker."""
        if start < end and norm_word(doc[start]) in self.g.indefinites:
            return None
        if start < end and norm_word(doc[start]) in self.g.both_words:
            # "Entrambi i ministri hanno detto": the two people named last
            both = self._last_people(doc, doc[start].idx, 2)
            span = doc[start:end]
            return Speaker(both[0], both[1], span.text, span.start_char, span.end_char, "description") if both else None
        body = self._voice_of(doc, start, end)
        if body is not None:
            return self._from_span(doc, body)
        stop = next((k for k in range(start + 1, end) if doc[k].is_punct and not (
            doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_)), end)  # ("l'ex-presidente")
        kin = self._kin(doc, start, stop)
        ents = [e for e in self.context(doc).ents_in_tokens(start, end) if e.end <= end and e.label_ in SPEAKER_LABELS]
        apposed = next((e for e in ents if e.label_ == "PER" and e.start > start + 1 and doc[e.start - 1].text == ","
                        and (e.end == end or doc[e.end].text == ",")), None)
        if apposed is not None:
            return self._from_span(doc, apposed)  # "un rappresentante di X in Crimea, Serhij Kunicyn": the name
        # (a title also when a synonym of one opens the phrase: "il numero uno di Confindustria")
        head_is_title = start < end and (self._np_head(doc, start, end) in self.speaking_nouns
                                         or self.opens_with_synonym(doc[start:end]))
        head_token = self._np_head_token(doc, start, end) if ents and start < end else None
        after = self._author_preposition(doc, head_token, end) if head_token is not None else None
        if after is not None:
            # "il comunicato della Regione", "l'intervista di Marco Rossi", "la lettera del sindaco
            # Marco Rossi": a document speaks for whoever issued it, named right after its "di"
            # (a title between them), the person before the body; so after a participle of
            # publishing and "da" ("uno studio condotto dall'Università di X", "un rapporto
            # pubblicato dall'ISTAT")
            near = [e for e in ents if e.start <= after + 3 and not any(
                t.is_punct for t in doc[head_token.i + 1:e.start])]
            issuer = next((e for e in near if e.label_ == "PER"), None) or next(
                (e for e in near if e.label_ == "ORG"), None)
            if issuer is not None:
                return self._from_span(doc, issuer)
        if ents:
            free = [e for e in ents if self._is_free(doc, self._np_start(doc, e.start, start), start)
                    and not self._bracketed(doc, e, start)]
            # "Il sessantenne di Varese", "la capotreno del Trenord": a place or body after a
            # preposition only qualifies the head noun
            if free or not head_is_title and not any(e.label_ == "LOC" for e in ents) and not kin:
                return self._from_span(doc, (free or ents)[0])
            if any(e.label_ == "PER" for e in ents) and not kin:
                return self._from_span(doc, next(e for e in ents if e.label_ == "PER"))
        while stop > start + 1 and norm_word(doc[stop - 1]) in self.g.prepositions | self.g.articles \
                and f"{norm_word(doc[stop - 2])} {norm_word(doc[stop - 1])}" not in self.g.title_synonyms:
            stop -= 1  # "la società di" (its name cut off): "la società"; not "il numero uno"
        span = doc[start:stop]  # "il convivente di Sara*, interrogato…*": the noun phrase only
        if not span.text.strip():
            return None
        resolved = self.resolve_description(doc, span, salient=True)
        office = doc[start:self._office_body_end(doc, end)]
        if resolved is not None and stop == end and self._other_domain(
                doc, resolved[0], self._with_title([norm_word(t) for t in office]), office):
            resolved = None  # "il sindaco di Torino" after "il sindaco di Milano Marco Rossi": another office
        if resolved is not None and self._named_later(doc, span, resolved):
            resolved = None  # "Il ministro francese ha chiesto a Neri…": someone else than Neri
        if resolved is not None:
            name, label = resolved
            return Speaker(name, label, span.text, span.start_char, span.end_char, "description")
        earlier = self.earlier_description(doc, span)
        if earlier is not None:
            # "Il convivente di Sara ha ammesso… L'uomo ha poi detto": the person described before
            return Speaker(earlier, None, span.text, span.start_char, span.end_char, "description")
        if not self.is_description(span) and not kin:
            return None  # "ogni accusa", "le dichiarazioni", a clause: never a speaker
        if not ents and self._np_head(doc, start, stop) in self.g.document_nouns:
            return None  # "Il sondaggio dice che…", "il rapporto spiega": a document no one signs
        if stop == end:
            span = doc[start:self._office_body_end(doc, end)]
            if span.end > end and self._np_head(doc, start, end) in self.g.holder_titles:
                # "il titolare del Viminale" after "il ministro dell'Interno Luca Verdi": the
                # holder of the office its body names
                resolved = self.resolve_description(doc, span, salient=True)
                if resolved is not None:
                    return Speaker(resolved[0], resolved[1], span.text, span.start_char, span.end_char, "description")
        return self._phrase(span)

    def _named_later(self, doc: Doc, span: Span, resolved: tuple[str, str]) -> bool:
        """The person a description resolves to is named again later in its own sentence after a
        preposition, a title between them or not (*Carlo Neri è arrivato a Parigi. Il ministro
        francese ha chiesto **a Neri** di…*, *…al ministro Neri…*): the description is someone
        else, who asks, answers or speaks to that person (not *«…», ha chiesto Neri*: the same
        person named again as a speaker)."""
        if resolved[1] != "PER":
            return False
        sent = self.context(doc).sent(span.start)
        for e in self.context(doc).ents_in_tokens(span.end, sent.end):
            if e.label_ != "PER" or not same_name(self._from_span(doc, e).name, resolved[0]):
                continue
            j = e.start - 1
            while j > span.end and e.start - j <= 2 and (doc[j].is_alpha and doc[j].is_lower or norm_word(
                    doc[j]).rstrip(".") in self.g.name_title_abbreviations) and norm_word(doc[j]) not in self.g.prepositions:
                j -= 1  # (a title between: "al ministro Neri", "all'on. Neri")
            if j >= span.end and norm_word(doc[j]) in self.g.prepositions:
                return True
        return False

    def _office_body_end(self, doc: Doc, end: int) -> int:
        """*Il portavoce **del governo** ha detto*, *il segretario **della Cgil***: a title the
        article resolves to no one keeps the one-word body after *di* that makes it definite
        (the candidate stops before such a body, which may name an office's holder: *il
        presidente del Consiglio* after *Enrico Letta*); the end past the body, else ``end``."""
        if end + 1 >= len(doc) or norm_word(doc[end]) not in self.g.forms("di"):
            return end
        body = next((e for e in self.context(doc).ents_in_tokens(end + 1, end + 2)
                     if e.start == end + 1 and len(e) == 1 and e.label_ in ("ORG", "LOC")), None)
        if body is None or body.end < len(doc) and doc[body.end].ent_type_ == "PER":
            return end
        return body.end

    def _definite_people(self, doc: Doc, start: int, end: int) -> bool:
        """A short definite noun phrase (*le persone presenti*, *il suo personale*, *gli
        ermellini*) whose lower-case head is no document, report, rule or event."""
        if end - start < 2 or end - start > 6 or norm_word(doc[start]) not in self.g.definite | self.g.possessives:
            return False
        # "il suo personale"; "le prime ricostruzioni": the noun after the adjective
        head = self._np_head_token(doc, start, end, skip=self.g.possessives, nominal=True)
        if head is None:
            return False
        words = self.word_forms(head)
        return head.is_alpha and head.is_lower and not self.is_verbish(head) and not words & (
            self.not_sources | self.g.not_speakers | self.g.document_nouns | self.g.report_nouns)

    def _joint_agents(self, doc: Doc, speaker: Speaker) -> Speaker:
        """An unnamed speaker read over agents coordinated each with its own *da* (*i medici e
        dai familiari*, *sia dai medici che dai familiari*): the descriptions joined as the
        guidelines write joint speakers (*medici e familiari*); else ``speaker``."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return speaker
        links = self.g.and_conjunctions | self.g.paired_links
        cuts = [t.i for t in span[:-2] if norm_word(t) in links and norm_word(doc[t.i + 1]) in self.g.forms("da")]
        if not cuts:
            return speaker
        bounds = [span.start, *(c for cut in cuts for c in (cut, cut + 2)), span.end]
        parts = []
        for a, b in zip(bounds[::2], bounds[1::2]):
            # "dai suoi familiari": whose, as _phrase reads "i suoi familiari"
            owner = self._possessor_of(doc[a - 1:b], lead=self.g.forms("da")) if a > 0 else None
            parts.append(_owned(doc[a + 1:b], owner, self.g.owner_word) if owner is not None else strip_article(self.g, doc[a:b].text))
        return replace(speaker, name=self.join_names(parts))

    def _phrase(self, span: Span) -> Speaker:
        """An unnamed speaker: the noun phrase itself, without its article (*sopravvissuti*); a
        possessive in it names whose (*i suoi familiari* -> *familiari di Gabriel García Márquez*)."""
        owner = self._possessor_of(span)
        name = _owned(span[2:], owner, self.g.owner_word) if owner is not None else strip_article(self.g, span.text)
        return Speaker(name, None, span.text, span.start_char, span.end_char)

    def _possessor_of(self, span: Span, lead: frozenset[str] = frozenset()) -> str | None:
        """*i suoi amici*, *il suo personale*: the person a singular possessive after the article
        refers to, the one the article names most often among those named shortly before (the
        person the story is about, not the relative named last: *…la moglie Mercedes Barcha. i
        suoi familiari comunicarono…* -> Márquez); None without such a possessive or person."""
        if len(span) < 3 or norm_word(span[0]) not in self.g.definite | lead or norm_word(span[1]) not in self.g.possessives \
                or norm_word(span[1]) in self.g.plural_possessives or not all(t.is_alpha for t in span[2:]):
            return None
        doc = span.doc
        counts = Counter(e._.kit_canonical for e in doc.ents if e.label_ == "PER")
        near = [e._.kit_canonical for e in self.context(doc).ents_in_chars(max(0, span.start_char - 1500), span.start_char)
                if e.label_ == "PER" and len(e.text) > 2]
        if not near:
            return None
        return max(reversed(near), key=lambda n: counts.get(n, 0))


def _owned(words: Span, owner: str, owner_word: str) -> str:
    """The name of an unnamed speaker a possessive gives an owner: the words after article and
    possessive, the grammar's ``owner_word``, the owner (*i suoi familiari* -> *familiari di
    Gabriel García Márquez*)."""
    return f"{' '.join(t.text for t in words)} {owner_word} {owner}"


def _numbers_differ(noun, finite) -> bool:
    """``noun`` and the finite verb ``finite`` (None: no verb) both have a number, as the tagger
    reads them, and differ in it: the noun is not the verb's subject."""
    numbers = noun.morph.get("Number")
    verb_numbers = finite.morph.get("Number") if finite is not None else []
    return bool(numbers and verb_numbers) and numbers != verb_numbers
