"""The pieces every part of the quotation finder shares: the Cue and Speaker records, the
per-document indexes (:class:`DocContext`) and the finder's base (rules compiled once, lemmas,
verbs), with the language's closed word classes from ``kit/lang/<code>/grammar.json``."""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..components.lemmatizer import lookup_lemma
from ..lang.grammar import Grammar, grammar
from ..quotemarks import DEFAULT_PAIRS, QUOTE_CHARS, MarkPair, find_mark_pairs
from ..rules import RuleSet, normalize

SPEAKER_LABELS = {"PER", "ORG", "LOC"}
SENT_END = ".!?…"
DASHES = {"-", "–", "—"}
#: the dashes that open and close an aside, the minus sign typed for one too (*«… − ha detto
#: X − …»*: two spans, as with *–*); left out of DASHES, which also reads a dash between two
#: words or numbers (*5 − 3*)
ASIDE_DASHES = DASHES | {"−"}
LEMMA_CACHE_SIZE = 200_000  # word forms whose lemmas a finder keeps across Docs
#: an infinitive with its clitic(s) attached (*impegnarsi*, *occuparsene*, *dirglielo*)
CLITIC_INFINITIVE = re.compile(r"[aei]r(si|ci|vi|mi|ti|lo|la|li|le|ne|gli|sene|cene|glielo|gliela)$")
#: the endings of CLITIC_INFINITIVE no noun has (not *armi*, *perla*, *merli*)
REFLEXIVE_INFINITIVE = re.compile(r"[aei]r(si|sene|cene|glielo|gliela)$")


@dataclass(frozen=True, kw_only=True)
class Cue:
    """A speech cue: the words (``text`` at ``start_char:end_char``) and what they govern."""

    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    text: str
    complement: str  # che | di | colon | object | source
    content_start: int  # char offset where reported content starts
    region_start: int
    region_end: int  # char offset where the governed clause ends
    about_start: int
    rule: str
    coordinated: bool = False
    gerund: bool = False
    speaker_np: tuple[int, int] | None = None  # token range of the source (secondo X)
    inside_quote: bool = False  # "«…» – ha detto X – «…»" inside one pair of marks
    passive: bool = False  # "è stato accusato di… (da X)": the agent speaks, or no one

    @property
    def lemma(self) -> str:
        return self.rule.split(":", 1)[1] if ":" in self.rule else self.rule

    @property
    def verb(self) -> str:
        """The head verb of the lemma (*fare appello* -> *fare*)."""
        return self.lemma.split()[0] if self.lemma else ""


@dataclass(frozen=True)
class Speaker:
    name: str
    label: str | None
    mention: str
    start: int
    end: int
    #: the rule that chose this speaker (shown in tooltips and tables): ``source`` (secondo X),
    #: ``subject`` (the name before the cue), ``relative`` (X, che ha detto), ``shared``
    #: (coordinated cue or gerund), ``parse`` (the parser's subject), ``null-subject``
    #: (carried from the previous sentence), ``after-cue`` («…», ha detto X), ``previous-quote``
    #: (the speaker of the quote before), ``name-colon`` (Nome: «…»), ``agent`` (the *da X* of a
    #: passive: *è stato accusato da X*), ``words-of`` (*le parole del figlio «…»*),
    #: ``description`` (a definite noun the lexicon does not know, resolved to the person named
    #: last), ``enclosing`` (the quotation around a fragment or a nested quote); ``+description``
    #: or ``+salient`` when a description was resolved to a name
    how: str = ""

    def tagged(self, how: str) -> Speaker:
        """This speaker with ``how`` recorded (a resolution step already noted is kept)."""
        return replace(self, how=how + (f"+{self.how}" if self.how and not self.how.startswith(how) else ""))


def tag_speaker(speaker: Speaker | None, how: str) -> Speaker | None:
    return speaker.tagged(how) if speaker is not None else None


class DocContext:
    """Per-document indexes so that every lookup is a bisect, not a scan of all entities
    (long documents stay linear). Built once per Doc and rule run, never stored on the Doc."""

    def __init__(self, doc: Doc, blocked: list[tuple[int, int]] | None = None,
                 previous: DocContext | None = None) -> None:
        self.doc = doc
        self.blocked = blocked
        self._blocked_for: list | None = None
        self._blocked_starts: list[int] = []
        self.descriptions: dict | None = None
        self.sentence_descriptions: dict[int, list[tuple[int, int]]] = {}  # sentence start -> ranges
        self.description_words: dict[str, list[list[str]]] = {}  # name -> the descriptions it had
        self.description_domains: dict[str, set[str]] = {}  # name -> the words of its titles' domains
        #: name -> the kinds of people its titles name (``DescriptionRules._other_kind``), read once
        self.name_title_kinds: dict[str, list[frozenset[str]]] = {}
        self.labels: Counter | None = None  # "Nome:" labels opening sentences -> how many (interviews)
        #: the turns of a transcript: (dash token, the person labelling the turn) in text order
        self.turns: list | None = None
        #: an interview's answers read with the outermost quotations (SpeakerRules.named_writer)
        self.answers: list | None = None
        self.alias_names: dict[str, str] | None = None  # another name -> the name it was given to
        if previous is not None and previous.doc is doc:
            # the same Doc read with other quotation ranges: what does not depend on them stays
            for field in ("text", "norms", "ents", "n_ents", "tok_starts", "char_starts", "sents", "sent_starts",
                          "has_pos", "has_morph", "has_dep", "lemmas"):
                setattr(self, field, getattr(previous, field))
            return
        self.text = doc.text  # Doc.text joins every token on each access: keep one copy
        #: each token's text as the rules compare it (:func:`norm_word`), by token index
        self.norms = [norm_word(token) for token in doc]
        self.ents = list(doc.ents)
        self.n_ents = len(self.ents)
        self.tok_starts = [e.start for e in self.ents]
        self.char_starts = [e.start_char for e in self.ents]
        # Token.sent and Doc.has_annotation scan the whole document on every call: index once
        self.sents = list(doc.sents) if len(doc) else []
        self.sent_starts = [sent.start for sent in self.sents]
        self.has_pos = doc.has_annotation("POS")
        self.has_morph = doc.has_annotation("MORPH")
        self.has_dep = doc.has_annotation("DEP")
        self.lemmas: dict[int, frozenset[str]] = {}  # token index -> lemmas (FinderBase.lemmas)

    def is_blocked(self, char: int, blocked: list[tuple[int, int]] | None = None) -> bool:
        """Whether character ``char`` lies inside a quotation (``blocked`` ranges, sorted)."""
        ranges = self.blocked if blocked is None else blocked
        if not ranges:
            return False
        if ranges is not self._blocked_for:
            self._blocked_for, self._blocked_starts = ranges, [s for s, _ in ranges]
        k = bisect_right(self._blocked_starts, char) - 1
        return k >= 0 and char < ranges[k][1]

    def token_at(self, char: int) -> int:
        """Index of the token covering character ``char`` (or the next one)."""
        span = self.doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        return span.start if span is not None else max(len(self.doc) - 1, 0)

    def sent(self, i: int) -> Span:
        """The sentence holding token ``i``."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def sents_in(self, start: int, end: int) -> list[Span]:
        """Sentences overlapping the token range [start, end)."""
        first = bisect_right(self.sent_starts, start) - 1
        return self.sents[max(first, 0):bisect_left(self.sent_starts, end)]

    def ents_in_tokens(self, start: int, end: int) -> list[Span]:
        """Entities starting in token range [start, end) (they may end after ``end``)."""
        i, j = bisect_left(self.tok_starts, start), bisect_left(self.tok_starts, end)
        return self.ents[i:j]

    def ent_at(self, i: int) -> Span | None:
        """The entity that holds token ``i`` (or None)."""
        k = bisect_right(self.tok_starts, i) - 1
        return self.ents[k] if k >= 0 and self.ents[k].end > i else None

    def ents_starting_between(self, first: int, last: int) -> list[Span]:
        """Entities whose first character lies in [first, last], however far they run."""
        return self.ents[bisect_left(self.char_starts, first):bisect_right(self.char_starts, last)]

    def ents_in_chars(self, start: int, end: int) -> list[Span]:
        """Entities lying inside the character range [start, end)."""
        i, j = bisect_left(self.char_starts, start), bisect_left(self.char_starts, end)
        return [e for e in self.ents[i:j] if e.end_char <= end]

    def ent_before(self, i: int) -> Span | None:
        """The entity that ends with token ``i - 1``, right before token ``i`` (or None)."""
        last = self.doc[i - 1]
        return self.ent_ending_at(last.idx + len(last))

    def ent_ending_at(self, char: int) -> Span | None:
        i = bisect_left(self.char_starts, char) - 1
        while i >= 0 and self.ents[i].end_char >= char - 200:
            if self.ents[i].end_char == char:
                return self.ents[i]
            i -= 1
        return None


def norm_word(token: Token) -> str:
    return token.text.replace("’", "'").lower()



class FinderBase:
    """Rules compiled once for one RuleSet and language; the per-document indexes of the Doc in hand."""

    def __init__(self, rules: RuleSet, lang: str = "it") -> None:
        self.rules = rules
        self.lang = lang
        self.g = grammar(lang)  # the language's closed word classes (kit/lang/<code>/grammar.json)
        self.single_verbs = {v for v in rules.speech_verbs if " " not in v}
        self.multi_verbs: dict[str, list[list[str]]] = {}
        for verb in rules.speech_verbs:
            if " " in verb:
                head, *rest = verb.split()
                self.multi_verbs.setdefault(head, []).append(rest)
        self.need_object = {k: {normalize(n) for n in v} for k, v in rules.speech_verbs_need_object.items()}
        #: the nouns a light verb takes (*espresso la **disponibilità***, *lanciato un **appello***)
        self.light_nouns = frozenset().union(*self.need_object.values())
        #: those and the announcement nouns: a passive of it may follow them (:meth:`passive_noun_cue`)
        self.passive_nouns = self.light_nouns | self.g.announcement_nouns
        self.markers = sorted((normalize(m).split() for m in rules.source_markers), key=len, reverse=True)
        #: the one-word markers (*secondo*, *per*)
        self.single_markers = frozenset(words[0] for words in self.markers if len(words) == 1)
        #: the markers by their first word (longest first): a token opens at most these
        self._markers_by_first: dict[str, list[list[str]]] = {}
        for words in self.markers:
            self._markers_by_first.setdefault(words[0], []).append(words)
        #: the first words of ``report_source_prepositions`` (contracted forms too): only they
        #: open :meth:`~.sources.SourceRules.report_source_cue`
        self.report_source_firsts = frozenset().union(
            *(self.g.forms(p) if len(p.split()) == 1 else {p.split()[0]} for p in self.g.report_source_prepositions))
        #: the nouns of a report that head such a source (*Dalle prime **notizie**, …*)
        self.report_source_nouns = self.g.report_nouns | self.g.speech_nouns
        #: title -> the kinds of people it names (the grammar's ``title_classes``)
        self.title_kinds: dict[str, frozenset[str]] = {}
        for kind, titles in self.g.title_classes.items():
            for title in titles:
                self.title_kinds[title] = self.title_kinds.get(title, frozenset()) | {kind}
        #: the one-word common nouns of an institution or a state that an office title takes as
        #: its domain (*Capo dello **Stato***): no name of its own
        self.domain_words = self.g.institution_nouns | self.g.generic_domains | self.g.state_nouns
        #: nouns of words, claims, opinions, works, documents, reports, bodies and organs: a name
        #: after *di* and one of them may speak (*il commento di X*), after another common noun
        #: it is only spoken of (*la madre di X*; :func:`~.ranker._possessor`)
        g = self.g
        self.voice_nouns = (g.answer_nouns | g.speech_nouns | g.report_nouns | g.document_nouns | g.saying_words
                            | g.words_nouns | g.quoted_nouns | g.claim_nouns | g.opinion_nouns | g.colon_stance_nouns
                            | g.work_nouns | g.institution_nouns | g.organ_nouns | g.spokesperson_nouns
                            | g.voice_of_nouns)
        self.titles = {normalize(t) for t in rules.titles}
        #: the nouns that can name a speaker without a name: titles and group words
        self.speaking_nouns = self.titles | self.g.group_speakers
        #: the nouns that speak or speak for someone: titles, groups, media and documents (*il
        #: quotidiano*, *la nota*): never a thing that merely shows or requires
        self.voiced_nouns = self.speaking_nouns | self.g.media_nouns | self.g.document_nouns
        #: the clitics of the first person (*mi*, *ci*): who writes or speaks, now
        self.first_person_clitics = frozenset(c for c, p in self.g.reflexive_persons.items() if p.startswith("1"))
        #: the nouns a report no one signs opens with (*la notizia che…*, *voci di…*: news_cue)
        #: verbs of reaction that are no verbs of speech (*destare*, not *sollevare*): before a noun
        #: of ``content_che_nouns``, a feeling aroused (NominalCues.news_cue)
        self.reaction_only_verbs = self.g.reaction_verbs - self.need_object.keys()
        self.news_openers = self.g.rumour_nouns | self.g.news_nouns | self.g.charge_nouns | self.g.attached_speech_nouns \
            | self.g.urging_nouns | self.g.hypothesis_charge_nouns | self.g.content_che_nouns | self.g.existential_report_nouns
        #: the prepositions of circumstance or address with their contracted forms (*con*, *col*,
        #: *durante*, *al*…): :meth:`circumstance_preposition` asks it for each candidate name
        self.circumstance_forms = frozenset().union(*(self.g.forms(p) for p in self.g.circumstance_prepositions))
        #: the phrases of a stance (*contro*, *a favore di*) as word lists, longest first
        self.stance_phrases = sorted((o.split() for o in self.g.stance_openers), key=len, reverse=True)
        self.stance_firsts = frozenset(words[0] for words in self.stance_phrases)
        #: verbs whose object is a person named, judged or charged (*l'ha definito «…»*)
        self.person_object_verbs = self.g.calling_verbs | self.g.predicative_verbs | self.g.charge_verbs \
            | self.g.reason_verbs
        #: what is no one's voice: rules, laws and contracts, orders, ranks and times
        self.not_sources = self.g.not_sources | self.g.rule_texts
        #: the nouns of reports, claims, documents and words a *secondo* can follow (*la tesi
        #: secondo cui…*, *le parole di X secondo cui…*)
        self.reported_nouns = self.g.speech_nouns | self.g.claim_nouns | self.g.report_nouns | self.g.news_nouns \
            | self.g.rumour_nouns | self.g.document_nouns | self.g.words_nouns
        #: the first words of the grammar's synonyms of titles (*primo* of *il primo cittadino*)
        self.title_synonym_starts = frozenset(k.split()[0] for k in self.g.title_synonyms)
        self.object_verbs = set(rules.object_speech_verbs) | set(rules.speech_verbs_need_object)
        self.aliases = rules.alias_map()
        self.lemma_exceptions = {normalize(k): v for k, v in rules.lemma_exceptions.items()}
        #: prepositions joined with a definite article (*del*, *dei*, *ai*, *dall'*)
        self.articled_prepositions = frozenset(f for p in ("di", "a", "da") for f in self.g.forms(p) if f != p)
        #: the adverbial phrases of several words (*ancora una volta*, *tra l'altro*) as word lists
        #: (split after an apostrophe, as the tokenizer does), longest first, by their first word
        self.adverbial_phrases = self._phrase_index(self.g.adverbial_phrases)
        #: the phrases that name what the words are about (``topic_phrases``: *a proposito di*), likewise
        self.topic_phrases = self._phrase_index(self.g.topic_phrases)
        self.occasion_phrases = self._phrase_index(self.g.occasion_phrases)

        self._ctx: DocContext | None = None
        self._lemma_cache: dict[tuple[str, str], frozenset[str]] = {}  # (form, pipeline lemma) -> lemmas

    @staticmethod
    def _phrase_index(phrases) -> dict[str, list[list[str]]]:
        """Phrases of several words as word lists (split after an apostrophe, as the tokenizer
        does), longest first, by their first word (for :meth:`_listed_phrase_end`)."""
        index: dict[str, list[list[str]]] = {}
        for words in sorted((re.findall(r"[^\s']+'?", p) for p in phrases), key=len, reverse=True):
            index.setdefault(words[0], []).append(words)
        return index

    def context(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> DocContext:
        """The indexes of ``doc`` (rebuilt when the doc or its entities change)."""
        ctx = self._ctx
        if ctx is None or ctx.doc is not doc or (blocked is not None and ctx.blocked is not blocked):
            ctx = self._ctx = DocContext(doc, blocked, ctx)
        return ctx

    def reset(self) -> None:
        """Forget the indexes of the last Doc (call before processing a Doc whose entities
        may have changed since)."""
        self._ctx = None

    @staticmethod
    def bracket_opening(doc: Doc, close: int, floor: int) -> int | None:
        """Index of the opening bracket that the closing one at token ``close`` matches, at or
        after token ``floor``; None when it opens before ``floor`` (or nowhere)."""
        depth = 0
        for m in range(close, floor - 1, -1):
            depth += (doc[m].text == ")") - (doc[m].text == "(")
            if depth == 0:
                return m
        return None

    def markers_at(self, token: Token) -> list[list[str]]:
        """The source markers that can start at ``token`` (*secondo*, *a detta di*…)."""
        return self._markers_by_first.get(norm_word(token), [])

    def medium_kind(self, word: str) -> str:
        """The kind of medium ``word`` names, for a synonym (``media_synonyms``: *quotidiano* ->
        *giornale*); else the word itself."""
        return self.g.media_synonyms.get(word, word)

    def word_forms(self, token: Token) -> frozenset[str]:
        """A token's compared form and its lemmas (:meth:`lemmas`): what a word list is
        matched against (*medici* and *medico*)."""
        return self.lemmas(token) | {norm_word(token)}

    def lemmas(self, token: Token) -> frozenset[str]:
        """Lemmas of a token: the lookup table's, the rule file's exceptions, the pipeline's,
        and the verb under an attached clitic (cached per document)."""
        cache = self.context(token.doc).lemmas
        found = cache.get(token.i)
        if found is None:
            # the lemmas depend on the form and the pipeline's lemma only: shared across Docs
            key = (token.text, token.lemma_)
            found = self._lemma_cache.get(key)
            if found is None:
                if len(self._lemma_cache) >= LEMMA_CACHE_SIZE:
                    self._lemma_cache.clear()
                found = self._lemma_cache[key] = frozenset(self._lemmas(token))
            if token.pos_ in ("VERB", "ADJ", "AUX") and self.g.participle.search(token.lower_) \
                    and self._after_agreeing_auxiliary(token):
                # an inflected participle the table gives only as its masculine singular, the
                # adjective ("chieste" -> "chiesto", "esclusa" -> "escluso"), after "essere" or
                # "venire": that form's verb too ("chiesto" -> chiedere), so that "sono state
                # chieste le dimissioni" is a passive (not a bare "esclusa la prima": "except");
                # it depends on the word before, so it stays out of the cache shared across Docs
                masculine = lookup_lemma(token.text, self.lang)
                if masculine != token.lower_ and masculine.endswith("o"):
                    found = found | {lookup_lemma(masculine, self.lang)}
            cache[token.i] = found
        return found

    def _lemmas(self, token: Token) -> set[str]:
        out = {lookup_lemma(token.text, self.lang)}
        fixed = self.lemma_exceptions.get(norm_word(token))
        if fixed:
            out.add(fixed)
        if token.lemma_:
            out.add(token.lemma_.lower())
        if token.is_title and token.lemma_.lower() == token.lower_ and self.g.participle.search(token.lower_):
            # "Accusata da…" opening a sentence: the lemmatizer leaves a capitalised participle alone
            stem = token.lower_[:-1]
            out.update(stem[:-len(ending)] + infinitive for ending, infinitive in self.g.participle_infinitives.items()
                       if stem.endswith(ending) and len(stem) > len(ending) + 2)
        bare = self.gerund_without_clitic(token)
        if bare is not None:
            out.add(lookup_lemma(bare, self.lang))  # "accusandolo" -> accusare
        bare = self.infinitive_without_clitic(token)
        if bare is not None:
            out.add(bare)  # "professarsi" -> professare
        verb = self.participle_without_clitic(token)
        if verb is not None:
            out.add(verb)  # "dichiaratisi" -> dichiarare
        return out

    def _after_agreeing_auxiliary(self, token: Token) -> bool:
        """An auxiliary of ``agreeing_auxiliaries`` (or its participle *stato*) comes right before
        ``token``, past one adverb (*sono state chieste*, *viene inoltre esclusa*)."""
        k = token.i - 1
        if k > 0 and token.doc[k].pos_ == "ADV":
            k -= 1
        if k < 0:
            return False
        before = token.doc[k]
        return norm_word(before) in self.g.auxiliary_participles or bool(
            {lookup_lemma(before.text, self.lang), before.lemma_.lower()} & self.g.agreeing_auxiliaries)

    def closes_relative(self, doc: Doc, comma: int, sent: Span) -> bool:
        """The comma at ``comma`` closes a relative clause opened after an earlier comma of the
        sentence (*I parlamentari, **che** secondo il fondatore riprenderanno il nome, hanno
        minacciato…*): the verb after it is the main clause's, not one coordinated with a verb of
        the relative."""
        return self.relative_opening(doc, comma, sent) is not None

    def relative_opening(self, doc: Doc, comma: int, sent: Span) -> int | None:
        """The comma that opens the relative clause the comma at ``comma`` closes
        (:meth:`closes_relative`), else None."""
        for k in range(comma - 1, sent.start, -1):
            if doc[k].text == ",":
                opens = norm_word(doc[k + 1]) in self.g.relatives or k + 2 < comma and norm_word(doc[k + 2]) in self.g.relatives \
                    and norm_word(doc[k + 1]) in self.g.definite | self.g.prepositions
                return k if opens else None
            if doc[k].text in (";", ":", "(", ")") or doc[k].text in QUOTE_CHARS:
                return None
        return None

    @staticmethod
    def present_twins(norm: str) -> set[str]:
        """The infinitives whose third-person present ``norm`` may be (*critica* -> criticare,
        *avverte* -> avvertere/avvertire, *giudicano* -> giudicare): a present that a tagger
        reads as a noun, an adjective or a participle is never a participle of these (*-ato*,
        *-uto*, *-ito*)."""
        for ending, infinitives in (("ano", ("are",)), ("ono", ("ere", "ire")), ("a", ("are",)), ("e", ("ere", "ire"))):
            if norm.endswith(ending) and len(norm) > len(ending) + 2:
                return {norm[:-len(ending)] + inf for inf in infinitives}
        return set()

    def past_twins(self, norm: str) -> set[str]:
        """The infinitives whose third-person past (*passato remoto*) ``norm`` may be, by the
        endings of grammar ``past_infinitives`` (*chiese* -> chiedere, *rispose* -> rispondere /
        risporre, *ripeté* -> ripetere, *aggiunsero* -> aggiungere): a past the tagger reads as a
        noun or a name (*chiese*, *ribatté*) and the lemmatizer leaves alone."""
        return self._ending_twins(norm, self.g.past_infinitives)

    def future_twins(self, norm: str) -> set[str]:
        """The infinitives whose third-person future or conditional ``norm`` may be, by the endings
        of grammar ``future_infinitives`` (*dichiarerebbero* -> dichiarare, *sosterranno* ->
        sostenere, *annuncerà* -> annunciare): forms only a verb has, whatever the tagger read."""
        return self._ending_twins(norm, self.g.future_infinitives)

    @staticmethod
    def _ending_twins(norm: str, table: dict[str, frozenset[str]]) -> set[str]:
        """``norm`` with each ending of ``table`` it has replaced by that ending's infinitive endings."""
        return {norm[:-len(ending)] + infinitive for ending, infinitives in table.items()
                if norm.endswith(ending) and len(norm) > len(ending) for infinitive in infinitives}

    def gerund_without_clitic(self, token: Token) -> str | None:
        """*accusandolo* -> *accusando*, *dicendosi* -> *dicendo*; None for any other word."""
        norm = norm_word(token)
        found = self.g.gerund.search(norm)
        if found is None or not found.group(2):
            return None
        return norm[:found.start(2)]

    def infinitive_without_clitic(self, token: Token) -> str | None:
        """*professarsi* -> *professare*, *dirlo* -> *dire*; None for any other word."""
        norm = norm_word(token)
        found = CLITIC_INFINITIVE.search(norm)
        if found is None or not token.is_lower or len(norm) - len(found.group(1)) < 3 \
                or lookup_lemma(norm, self.lang) != norm:
            return None  # ("parla", "pensi": words the lemma table knows)
        return norm[:found.start(1)] + "e"

    def participle_without_clitic(self, token: Token) -> str | None:
        """The verb of a past participle with a third-person reflexive clitic attached, a form
        the lemmatizer does not know: *dichiaratosi* -> *dichiarare*, *dettasi* -> *dire*
        (*i sindaci, **dichiaratisi** contrari ai tagli, …*); None for any other word."""
        norm = norm_word(token)
        clitic = next((c for c in self.g.reflexive_only_clitics if norm.endswith(c)), None)
        if clitic is None or not token.is_lower or lookup_lemma(norm, self.lang) != norm:
            return None
        bare = norm[:-len(clitic)]
        if len(bare) < 4 or not self.g.participle.search(bare):
            return None
        masculine = lookup_lemma(bare, self.lang)
        verb = lookup_lemma(masculine, self.lang) if masculine != bare and masculine.endswith("o") else masculine
        return verb if verb != bare and self.g.infinitive.search(verb) else None

    def attached_reflexive(self, token: Token) -> bool:
        """A gerund, an infinitive or a participle with a reflexive clitic attached: *dicendosi*,
        *professarsi*, *dichiaratosi*."""
        norm = norm_word(token)
        if self.participle_without_clitic(token) is not None:
            return True
        bare = self.gerund_without_clitic(token)
        if bare is not None:
            return norm[len(bare):] in self.g.reflexive_clitics
        bare = self.infinitive_without_clitic(token)
        return bare is not None and norm[len(bare) - 1:] in self.g.reflexive_clitics

    def is_verbish(self, token: Token) -> bool:
        if token.is_punct or token.is_space or not token.is_alpha:
            return False
        if self.context(token.doc).has_pos and token.pos_:
            return token.pos_ in ("VERB", "AUX")
        norm = norm_word(token)
        lemma = lookup_lemma(token.text, self.lang)
        return lemma != norm and bool(self.g.infinitive.search(lemma)) and lemma not in self.g.articles

    def channel_end(self, doc: Doc, j: int, end: int) -> int | None:
        """The token after a channel phrase at ``j``: *in*, *su* or *con* (or an articled form),
        an article, a possessive or an adjective, then a document noun or an online channel,
        maybe with an adjective or the platform's name after it (*in una nota*, *in una nota
        congiunta*, *su Facebook*, *sul suo profilo Instagram*, *con un tweet*); else None."""
        if j >= end or norm_word(doc[j]) not in self.g.forms("in") | self.g.forms("su") | self.g.forms("con"):
            return None
        k = j + 1
        while k < end and k - j <= 3 and (norm_word(doc[k]) in self.g.articles | self.g.possessives
                                           or doc[k].pos_ in ("ADJ", "DET") and doc[k].is_lower):  # ("sulla propria pagina")
            k += 1
        if k >= end or norm_word(doc[k]) not in self.g.document_nouns | self.g.channel_nouns:
            return None
        k += 1
        if k < end and (doc[k].pos_ == "ADJ" and doc[k].is_lower and not self.is_verbish(doc[k])
                        or norm_word(doc[k]) in self.g.channel_nouns):
            k += 1  # "in una nota congiunta", "sul suo profilo Instagram"
        return k

    def marker_start(self, doc: Doc, marker: int, floor: int) -> int:
        """Token ``marker`` moved back over the adverbs that bear on a source marker (``marker_adverbs``:
        *almeno secondo…*, *proprio secondo…*), not onto ``floor``."""
        while marker - 1 > floor and norm_word(doc[marker - 1]) in self.g.marker_adverbs:
            marker -= 1
        return marker

    def plural_for_one(self, verb: Token, name: str, label: str | None, start: int, end: int) -> bool:
        """*Il senatore X ha lasciato l'aula. «…» **urlavano** dalle tribune.*, *Da Torino
        **spiegano**: «…»*: a finite active verb in the third person plural cannot have one
        person's name (``label`` PER, not joined to another by a conjunction, its mention at
        characters ``start``..``end`` neither: *Marco e Luca*) as its null subject, nor can a
        gerund that hangs on such a verb (*giustificarono il gesto **dicendo**…*, *hanno lasciato
        l'aula **gridando**…*). (A passive agrees with what was said: *le condizioni sono state
        dichiarate*.)"""
        if "Ger" in verb.morph.get("VerbForm") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            head = verb.head
            verb = next((c for c in head.children if c.dep_ == "aux"), head) if not head.morph.get("Person") else head
        if label != "PER" or "3" not in verb.morph.get("Person") or "Plur" not in verb.morph.get("Number") \
                or verb.dep_ == "aux:pass" or any(c.dep_ == "aux:pass" for c in verb.head.children):
            return False
        doc, joins = verb.doc, self.g.and_conjunctions
        if any(w.lower() in joins for w in name.replace(",", " , ").split()):
            return False
        mention = doc.char_span(start, end, alignment_mode="expand")
        return mention is None or not (mention.end < len(doc) and norm_word(doc[mention.end]) in joins
                                       or mention.start > 0 and norm_word(doc[mention.start - 1]) in joins)

    def time_word(self, tok: Token) -> bool:
        """A word of time (``time_words``, ``news_days``), by its form or its lemma (*settimana*,
        *sera*, *martedì*)."""
        return bool((self.lemmas(tok) | {norm_word(tok)}) & (self.g.time_words | self.g.news_days))

    def verb_particle(self, tok: Token) -> bool:
        """A clitic, a negation or an adverb: a word that may stand between a finite verb and
        what comes before it (*non **ne** ha*, *parevano, …, **ormai** integrati*)."""
        return norm_word(tok) in self.g.clitics | self.g.negations or tok.pos_ == "ADV"

    def closing_question(self, doc: Doc, end: int, sent: Span) -> bool:
        """The sentence closes on a question mark after token ``end`` (quote marks and a bracket
        skipped) with no colon, semicolon, nor comma and contrast word (``contrast_openers``)
        between: the words from ``end`` are asked (*E crede il senatore che…?*, *Secondo lei,
        la crisi è finita?*), not a report and then the writer's own question (*…, ma chi ci
        crede?*, *ha risposto: perché no?*)."""
        last = sent.end - 1
        while last > end and (doc[last].is_space or doc[last].text in QUOTE_CHARS or doc[last].text == ")"):
            last -= 1
        if last <= end or doc[last].text != "?":
            return False
        return not any(t.text in (":", ";") or t.text == "," and norm_word(doc[t.i + 1]) in self.g.contrast_openers
                       for t in doc[end:last])

    @staticmethod
    def clause_lead(doc: Doc, k: int, floor: int) -> int:
        """The first token of the clause token ``k`` stands in, for a frame before a colon: back
        to ``floor`` (its sentence's start) or to the token after a semicolon or a colon before
        it (*Poi la replica; **il ministro è stato chiaro**: «…»*)."""
        while k > floor and doc[k - 1].text not in (";", ":"):
            k -= 1
        return k

    @staticmethod
    def third_plural(token: Token) -> bool:
        """A verb in the third person plural (*hanno detto*, *spiegano*): its null subject may be
        a joint one (*A e B*)."""
        return "Plur" in token.morph.get("Number") and "3" in token.morph.get("Person")

    def skip_adverbs(self, doc: Doc, j: int, end: int) -> int:
        """The first token from ``j`` (before ``end``) that is not an adverb of a cue
        (*ancora*, *poi*, *duramente*) nor inside an adverbial phrase (:meth:`adverbial_end`:
        *ancora **una volta***, *di nuovo*, *la settimana scorsa*)."""
        while j < end:
            if (k := self._listed_phrase_end(doc, j, end)) > j:
                j = k  # (a listed phrase first: "più e più volte", "ancora una volta")
            elif norm_word(doc[j]) in self.g.cue_adverbs - self.g.clitics or norm_word(doc[j]).endswith(self.g.adverb_suffixes):
                j += 1
            elif doc[j].pos_ == "ADV" and doc[j].is_alpha and doc[j].is_lower and j + 1 < end \
                    and norm_word(doc[j + 1]) in self.g.reported_openers and norm_word(doc[j]) not in self.g.subordinator_adverbs:
                j += 1  # the tagger's adverb right before "che", "se", "di" ("ha chiesto infine se…")
            elif (k := self._time_phrase_end(doc, j, end)) > j:
                j = k  # (then a time: "la settimana scorsa")
            else:
                break
        return j

    def adverbial_end(self, doc: Doc, j: int, end: int) -> int:
        """The end of the adverbial phrase of several words opening at token ``j`` (before
        ``end``), ``j`` when none: a listed one (:meth:`_listed_phrase_end`) or a noun phrase of
        time (:meth:`_time_phrase_end`)."""
        k = self._listed_phrase_end(doc, j, end)
        return k if k > j else self._time_phrase_end(doc, j, end)

    def _listed_phrase_end(self, doc: Doc, j: int, end: int, phrases: dict | None = None) -> int:
        """The end (at most ``end``) of a listed phrase opening at token ``j``: by default an
        adverbial one (``adverbial_phrases``: *per l'ennesima volta*, *a sua volta*, *tra
        l'altro*), else one of ``phrases`` (an index of :meth:`_phrase_index`); the longest
        first; ``j`` when none."""
        for words in (self.adverbial_phrases if phrases is None else phrases).get(norm_word(doc[j]), ()):
            k = j + len(words)
            if k <= end and [norm_word(t) for t in doc[j:k]] == words:
                return k
        return j

    def _time_phrase_end(self, doc: Doc, j: int, end: int) -> int:
        """The end of a noun phrase of time opening at token ``j``, made an adverbial by its
        adjective (``time_adjectives``: *la settimana scorsa*, *lo scorso anno*, *sabato
        prossimo*) or by an ago word (*due mesi fa*), or a bare time (*martedì sera*, *martedì
        la…*); not when a *di* phrase follows the time (*la prossima settimana della moda* is a
        thing); ``j`` when none."""
        if (k := self._date_end(doc, j, end)) > j:
            return k  # "ha dichiarato il 3 marzo che…": a date
        # a count and its noun before an ago word (*tre giorni fa*, *un anno fa*, *alcune ore fa*):
        # the ago word makes it a time
        counted = doc[j].like_num or doc[j].pos_ in ("NUM", "DET") and norm_word(doc[j]) not in self.g.definite
        if counted and j + 2 < end and doc[j + 1].pos_ == "NOUN" and norm_word(doc[j + 2]) in self.g.ago_words:
            return j + 3
        k = j + 1 if counted or norm_word(doc[j]) in self.g.definite else j
        first = k
        while k < end and k - first < 3 and (norm_word(doc[k]) in self.g.time_adjectives or self.time_word(doc[k])):
            k += 1
        words = [norm_word(t) for t in doc[first:k]]
        if k > first and k < end and norm_word(doc[k]) in self.g.ago_words and not all(w in self.g.time_adjectives for w in words):
            return k + 1
        if counted:
            return j
        # a bare time (no article) is an adverbial as a day and its part, or before an article
        # or *che* (*martedì sera*, *martedì la chiusura*, *domenica che…*)
        dated = any(w in self.g.time_adjectives for w in words) or first == j and k > j and doc[j].is_lower and (
            k - j > 1 or k < end and norm_word(doc[k]) in self.g.articles | {"che"})
        if not dated or all(w in self.g.time_adjectives for w in words) \
                or k < end and norm_word(doc[k]) in self.g.forms("di"):
            return j
        return k

    def _date_end(self, doc: Doc, j: int, end: int) -> int:
        """The end of a date opening at token ``j``: a definite article, a day's number and a
        month (``month_names``), a year and a time adjective maybe after it, one before the
        number too (*il 3 marzo*, *il 23 gennaio 2015*, *lo scorso 8 maggio*, *il 12 aprile
        scorso*), when words of the clause follow it (*che*, an object; not a comma or the
        sentence's end: *ha ricordato il 25 aprile.*, *era previsto il 27 maggio, ma…* name the
        day); ``j`` when none."""
        if norm_word(doc[j]) not in self.g.definite:
            return j
        k = j + 1
        if k < end and norm_word(doc[k]) in self.g.time_adjectives:
            k += 1
        if not (k + 1 < end and doc[k].like_num and norm_word(doc[k + 1]) in self.g.month_names):
            return j
        k += 2
        if k < end and doc[k].like_num and len(doc[k].text) == 4:
            k += 1
        if k < end and norm_word(doc[k]) in self.g.time_adjectives:
            k += 1
        return k if k < end and not doc[k].is_punct else j

    def join_names(self, names: list[str]) -> str:
        """Joint speakers as the guidelines write them: *A e B*, *A, B e C*."""
        return ", ".join(names[:-1]) + f" {self.g.joint_word} " + names[-1] if len(names) > 1 else "".join(names)

    def coordinated_names(self, doc: Doc, ent: Span, limit: int, accept) -> tuple[list[Span], bool]:
        """``ent`` and the names coordinated right after it, before token ``limit``, each opened by
        a comma or *e* and an optional article (*Cgil, la Cisl e la Uil*), while ``accept(name)``
        holds; and whether *e* closed the list (*A e B*, *A, B e C*: a bare comma may be an
        apposition)."""
        starts = {e.start: e for e in self.context(doc).ents_in_tokens(ent.end, limit)}
        names, k = [ent], ent.end
        # after a correlative opener (*sia dal Comune che dalla Regione*) its link joins too; an
        # agent's *da* may repeat after the conjunction (*dal Financial Times e da Der Spiegel*)
        opener = ent.start - 1
        while opener > 0 and norm_word(doc[opener]) in self.g.articles | self.g.forms("da"):
            opener -= 1
        links = self.g.and_conjunctions | (self.g.paired_links if opener >= 0 and norm_word(doc[opener])
                                           in self.g.paired_openers else frozenset())
        agent = ent.start > 0 and norm_word(doc[ent.start - 1]) in self.g.forms("da")
        while k + 1 < limit and (doc[k].text == "," or norm_word(doc[k]) in links):
            closing = doc[k].text != ","
            k += 1
            while k < limit and (norm_word(doc[k]) in self.g.articles or agent and norm_word(doc[k]) in self.g.forms("da")):
                k += 1
            other = starts.get(k)
            if other is None or not accept(other):
                break
            names.append(other)
            k = other.end
            if closing:
                return names, True
        return names, False

    def circumstance_preposition(self, norm: str) -> bool:
        """A preposition of circumstance or address (the grammar's ``circumstance_prepositions``,
        contracted forms too: *durante*, *con*, *nel*, *dopo*, *al*): a name it governs is not
        who speaks in its clause."""
        return norm in self.circumstance_forms

    def noun_before_marks(self, doc: Doc, open_char: int, nouns: frozenset[str]) -> int | None:
        """The token right before the opening mark at ``open_char`` (a colon and one adjective
        not in ``nouns`` may come between) when it is one of ``nouns``, else None: *la scritta
        "…"*, *il coro "…"*, *una frase perentoria: «…»*; not *la scritta in bianco "…"*."""
        k = self.context(doc).token_at(open_char) - 1
        if k >= 0 and doc[k].text == ":":
            k -= 1
        if k >= 0 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in nouns:
            k -= 1
        return k if k >= 0 and doc[k].lower_ in nouns else None

    def before_title(self, norms: list[str], k: int, titles: bool = True) -> int:
        """The last token at or before ``k`` that is neither an article nor (with ``titles``) a
        title: the word that governs a name, *a* in *al presidente Rossi* and in *a Dakar*."""
        while k >= 0 and (norms[k] in self.g.articles or titles and norms[k] in self.titles):
            k -= 1
        return k

    def mark_pairs(self, text: str, pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS) -> list[MarkPair]:
        """The quotation mark pairs of ``text`` (:func:`kit.quotemarks.find_mark_pairs`), a straight
        mark between a number and one of the language's units of measure left out (*42 "km*)."""
        return find_mark_pairs(text, pairs, self.g.measure_units)

    def left_open_end(self, doc: Doc, pair: MarkPair) -> MarkPair:
        """A quotation whose mark nothing closes (it runs to its paragraph's end: *ha spiegato:
        «la stazione è grande…*) stops before a later sentence in which the writer brings in other
        words with a colon (*Tyson: «I pugili di oggi sono affaristi. Il suo rivale ha scritto su
        twitter: …*)."""
        ctx = self.context(doc)
        if pair.close < len(ctx.text) and ctx.text[pair.close] in QUOTE_CHARS:
            return pair
        sents = ctx.sents_in(ctx.token_at(pair.start), ctx.token_at(pair.end - 1) + 1)
        for before, sent in zip(sents, sents[1:]):
            if sent.start_char > pair.start and ":" in ctx.text[sent.start_char:min(sent.end_char, pair.end)]:
                end = before.start_char + len(before.text.rstrip())
                return replace(pair, close=end, end=end) if end > pair.start else pair
        return pair

    def back_over_adverbs(self, doc: Doc, k: int, floor: int) -> int:
        """The last token at or before ``k`` (not before ``floor``) that is not an adverb of a
        cue: the word before *ha **poi** detto*, *che **duramente** ha criticato*."""
        while k > floor and (norm_word(doc[k]) in self.g.cue_adverbs or norm_word(doc[k]).endswith(self.g.adverb_suffixes)):
            k -= 1
        return k

    def _adverb(self, tok: Token) -> bool:
        """An adverb inside a verb group: a listed cue adverb, a word in *-mente* or the tagger's ADV."""
        norm = norm_word(tok)
        return norm in self.g.cue_adverbs or tok.is_alpha and tok.is_lower and (norm.endswith(self.g.adverb_suffixes) or tok.pos_ == "ADV")

    def aux_start(self, doc: Doc, i: int, floor: int) -> int:
        """Index where the auxiliary chain before token ``i`` starts (``i`` when none)."""
        start = i
        j = i - 1
        while j >= floor:
            tok = doc[j]
            norm = norm_word(tok)
            if norm in self.g.auxiliary_participles and j > 0 and norm_word(doc[j - 1]) in self.g.articles | self.g.prepositions:
                break  # "il Capo dello Stato ha detto", "il Dipartimento di Stato annuncia": the noun
            if (self.lemmas(tok) & self.g.auxiliaries or norm in self.g.auxiliary_participles) and tok.is_alpha:
                start = j  # "ha detto", "è stato confermato" ("stato" may be read as "stare")
            elif norm in self.g.cue_adverbs or norm.endswith(self.g.adverb_suffixes) or (
                    tok.pos_ == "ADV" and tok.is_alpha and tok.is_lower and start == i):
                pass  # "ha *infine* ammesso", "hanno *comunque* detto" (the tagger's adverbs too)
            elif tok.text == "," and start == i and i - j <= 3 and (
                    j > floor and self._adverb(doc[j - 1]) or j + 1 < i and self._adverb(doc[j + 1])):
                pass  # "ha, poi, aggiunto": an adverb set off by commas
            elif start == i and (k := self._auxiliary_before_phrase(doc, i - 1, floor)) is not None:
                j = k  # "ha a sua volta esaltato", "aveva, alcuni giorni fa, chiesto"
                continue
            else:
                break
            j -= 1
        # do not keep trailing adverbs that precede the auxiliary
        while start < i and norm_word(doc[start]) in self.g.cue_adverbs and not self.lemmas(doc[start]) & self.g.auxiliaries:
            start += 1
        return start

    def _auxiliary_before_phrase(self, doc: Doc, j: int, floor: int) -> int | None:
        """The auxiliary before a short phrase that ends at token ``j`` right before a
        participle: a phrase opened by a preposition (*ha **a sua volta** esaltato*, *avrebbero
        **a questo punto** intimato*), adverbs with an adverbial phrase (*ha **ancora una volta**
        ribadito*) or set off by commas (*aveva**, alcuni giorni fa,** chiesto*),
        without a verb; None when there is none."""
        commas = doc[j].text == ","
        if doc[j].is_punct and not commas:
            return None  # "è per questo – conclude –": a dash before the verb opens an interruption
        for k in range(j - 1, max(floor - 1, j - (8 if commas else 5)), -1):
            tok = doc[k]
            if (self.lemmas(tok) & self.g.auxiliaries) and tok.is_alpha and self.is_finite(tok):
                phrase = doc[k + 1:j + 1]
                if commas and phrase[0].text == "," and not any(t.is_punct for t in phrase[1:-1]) \
                        or not commas and norm_word(phrase[0]) in self.g.prepositions and len(phrase) > 1 \
                        or not commas and self.skip_adverbs(doc, k + 1, j + 1) == j + 1:
                    return k  # (or adverbs and an adverbial phrase: "ha **ancora una volta** ribadito")
                return None
            if tok.is_punct and not (commas and tok.text == ","):
                return None
            if self.is_verbish(tok) and norm_word(tok) not in self.g.ago_words:  # ("alcuni giorni fa")
                return None
        return None

    def is_passive(self, doc: Doc, start: int, end: int) -> bool:
        """An auxiliary *essere*/*venire* before a participle (*è stato accusato*, *viene
        affermato*), not a reflexive (*si è detto*)."""
        verb = doc[end - 1]
        if end - start < 2 or start > 0 and norm_word(doc[start - 1]) in self.g.reflexive_clitics:
            return False
        if not (self.g.participle.search(norm_word(verb)) or "Part" in verb.morph.get("VerbForm")):
            return False
        return any(self.lemmas(t) & {"essere", "venire"} or norm_word(t) in self.g.auxiliary_participles
                   for t in doc[start:end - 1])

    def is_infinitive(self, token: Token) -> bool:
        norm = norm_word(token)
        if CLITIC_INFINITIVE.search(norm) and token.is_lower and token.pos_ in ("VERB", "AUX"):
            return True  # "impegnarsi", "occuparsene": the tagger's morphology often reads them as finite
        if self.context(token.doc).has_morph and token.morph.get("VerbForm"):
            return "Inf" in token.morph.get("VerbForm")
        if self.context(token.doc).has_morph and token.pos_ == "NOUN" and token.morph.get("Gender"):
            return False  # "dieci anni di carcere": a noun with a gender, not an infinitive in -ere
        return norm in self.g.short_infinitives or (bool(self.g.infinitive.search(norm)) and norm in self.lemmas(token))

    def is_finite(self, token: Token) -> bool:
        """A finite verb (or an auxiliary): the phrase before it cannot be a noun phrase."""
        if not token.is_alpha or norm_word(token) in self.g.short_infinitives:
            return False  # "di non saper gestire": a truncated infinitive the tagger may read as finite
        if self.context(token.doc).has_morph and token.morph.get("VerbForm"):
            if "Cnd" in token.morph.get("Mood") and "1" in token.morph.get("Person") \
                    and self.g.noun_lemma.search(lookup_lemma(token.text, self.lang)):
                return False  # "navi ed aerei militari": the plural of a noun in -eo, no conditional
            return "Fin" in token.morph.get("VerbForm")
        if token.i > 0 and norm_word(token.doc[token.i - 1]) in self.g.articles | self.g.prepositions:
            return False  # "l'incendio", "del voto": a noun
        return self.is_verbish(token) and not self.g.participle.search(norm_word(token)) and not self.g.infinitive.search(norm_word(token))

    def verb_read_as_adjective(self, token: Token) -> bool:
        """A lower-case word the tagger read as an adjective whose lemma is a verb and which is no
        participle, infinitive or gerund (*…, oggi **tace***: a finite verb)."""
        return self._finite_read_as(token, "ADJ")

    def _finite_read_as(self, token: Token, pos: str) -> bool:
        """A lower-case word the tagger gave ``pos`` whose lemma (spaCy's lookup table) is a verb
        and which is no participle, infinitive or gerund: a finite verb misread."""
        if token.pos_ != pos or not token.is_lower or not token.is_alpha:
            return False
        norm = norm_word(token)
        lemma = lookup_lemma(token.text, self.lang)
        return lemma != norm and bool(self.g.infinitive.search(lemma)) and not any(
            pattern.search(norm) for pattern in (self.g.participle, self.g.infinitive, self.g.gerund))

    def finite_verb(self, token: Token) -> bool:
        """A finite verb or auxiliary as the tagger reads it, or a lower-case word it took for a
        proper noun whose lemma is a verb and which is no participle, infinitive or gerund
        (*e **parevano**, …*: a tagging slip after *e*)."""
        if token.pos_ in ("VERB", "AUX") or not self.context(token.doc).has_pos:
            return self.is_finite(token)  # (with no tagger, read from the word itself)
        return self._finite_read_as(token, "PROPN")

    def fronted_opening(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """The cue is the infinitive or gerund of a clause fronted before the main clause: it
        opens its sentence, only ``fronting_words`` before it (*Ribadendo che…*, *Dopo aver
        spiegato che…*, *Prima di dichiarare che…*, *Pur ammettendo di…*, *Nel ribadire che…*)."""
        verb = doc[cue.start:cue.end]
        if not any(self.is_infinitive(t) or self.g.gerund.search(norm_word(t)) for t in verb):
            return False
        if any(self.is_finite(t) for t in verb):
            return False
        return all(norm_word(t) in self.g.fronting_words for t in doc[sent.start:cue.start])

    def subordinate_opening(self, doc: Doc, cue: Cue, sent: Span) -> bool:
        """The cue is the finite verb of an adverbial clause set before the main clause: a word
        of ``adverbial_subordinators`` opens the sentence (past a coordinator) or follows a
        comma or a semicolon, and no finite verb nor *che* comes between it and the cue (*Poiché
        il sindaco ha detto che…, i genitori…*, *Il discorso, se premise che…, fu…*, *…; se essi
        credono che…, saranno…*)."""
        verbs = [t for t in doc[cue.start:cue.end] if t.pos_ in ("VERB", "AUX")]
        own = {c.i for t in verbs for c in t.children if c.dep_.startswith("aux")}  # ("abbiano detto")
        if not any(self.is_finite(t) for t in verbs) and not any(self.is_finite(doc[i]) for i in own):
            return False
        for k in range(cue.start - 1, sent.start - 1, -1):
            norm = norm_word(doc[k])
            if norm == "che" or k not in own and doc[k].pos_ in ("VERB", "AUX") and self.is_finite(doc[k]):
                return False
            pair = norm_word(doc[k - 1]) + " " + norm if k > sent.start else norm
            first = k - 1 if pair in self.g.adverbial_subordinators else k
            if norm in self.g.adverbial_subordinators or first < k:
                before = first - 1
                return before < sent.start or doc[before].text in (",", ";") \
                    or before == sent.start and norm_word(doc[before]) in self.g.coordinators
        return False

    def fronted_end(self, doc: Doc, start: int, sent: Span) -> tuple[int, int, int] | None:
        """The first comma after token ``start`` where the main clause begins: after it a noun
        phrase (an article or a name, then nouns, names, adjectives and their prepositions, at
        most 8 words) and a finite verb (clitics, negation, adverbs before it), or a finite verb
        at once (*…, ha lasciato la sala*). Returns the comma and the token range of that
        subject (empty for a null subject); None when no such comma follows. A comma that
        closes a clause the content opens itself (*che, **se** i fondi mancano, il progetto
        salterà*) or a relative (*che i treni, **che** erano fermi, sarebbero ripartiti*) is not it."""
        opened = start
        for k in range(start + 1, sent.end - 1):
            if doc[k].text != ",":
                continue
            first = opened
            while first < k and (doc[first].text == "," or norm_word(doc[first]) == "che"):
                first += 1  # (the complementizer or the comma before the stretch)
            pair = norm_word(doc[first]) + " " + norm_word(doc[first + 1])
            opened = k + 1
            if norm_word(doc[first]) in self.g.subordinators - {"che"} or norm_word(doc[first]) in self.g.adverbial_subordinators \
                    or pair in self.g.adverbial_subordinators or self.closes_relative(doc, k, sent):
                continue
            m = n = k + 1
            if norm_word(doc[m]) in self.g.subject_pronouns:
                n = m + 1  # ("…, essa ne aveva già previsto…": a pronoun as the subject)
            elif doc[m].pos_ == "DET" or doc[m].pos_ == "PROPN":
                n = m
                while n < sent.end and n - m < 8 and norm_word(doc[n]) not in self.g.subordinators and (
                        doc[n].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM")
                        or n > m and doc[n].pos_ == "VERB" and "Part" in doc[n].morph.get("VerbForm")):
                    n += 1  # (a participle read as a verb: "l'amministratore delegato")
                if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[m:n]):
                    continue
                b = n + 1  # (an apposition set off by commas: "l'amministratore delegato, Carlo Neri, ha…")
                while b < sent.end and b - n < 6 and doc[b].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP"):
                    b += 1
                if n < sent.end and doc[n].text == "," and b > n + 1 and b < sent.end and doc[b].text == "," \
                        and any(t.pos_ == "PROPN" for t in doc[n + 1:b]):
                    n = b + 1
            subject = (k + 1, n - 1 if doc[n - 1].text == "," else n)
            m = n
            while m < sent.end and (norm_word(doc[m]) in self.g.clitics | self.g.negations
                                    or doc[m].pos_ == "ADV" and not self.is_finite(doc[m])):
                m += 1
            if m < sent.end and doc[m].pos_ in ("VERB", "AUX") and self.is_finite(doc[m]):
                return k, subject[0], subject[1]
        return None

    def _np_head_token(self, doc: Doc, start: int, end: int, skip: frozenset[str] = frozenset(),
                       nominal: bool = False) -> Token | None:
        """The first word of a noun phrase after its article (and any ``skip`` words); with
        ``nominal``, the noun after an adjective that comes first (*le prime ricostruzioni*)."""
        head = next((t for t in doc[start:end] if norm_word(t) not in self.g.articles and norm_word(t) not in skip), None)
        if nominal and head is not None and head.pos_ == "ADJ" and head.i + 1 < end and doc[head.i + 1].pos_ == "NOUN":
            return doc[head.i + 1]
        return head

    def names_a_person(self, doc: Doc, start: int, end: int) -> bool:
        """The noun phrase at token ``start`` names a person rather than words: a person's name
        after its article, or a title or noun right before one (*il medico Giuseppe Liotta*,
        *la cantante Shakira*); not when *per* or *di* follows the name (*ha ringraziato il
        presidente Rossi per il sostegno*: the reason is what was said)."""
        head = self._np_head_token(doc, start, min(end, start + 3))
        if head is None:
            return False
        name = head.i if head.ent_type_ == "PER" else head.i + 1
        if name >= end or doc[name].ent_type_ != "PER" or name > head.i and not (
                head.is_lower and head.pos_ == "NOUN" or norm_word(head) in self.titles):
            return False
        after = next((t.i for t in doc[name:end] if t.ent_iob_ != "I" and t.i > name), end)
        return not (after < end and doc[after].lower_ in ("per", "di"))

    def _np_head(self, doc: Doc, start: int, end: int, skip: frozenset[str] = frozenset(), nominal: bool = False) -> str:
        """The first word of a noun phrase after its article (and any ``skip`` words), lower-cased."""
        head = self._np_head_token(doc, start, end, skip, nominal)
        return norm_word(head) if head is not None else ""


def second_np(obj) -> bool:
    """A noun phrase juxtaposed to the object, an article first and no preposition of its own,
    that the parse hangs on the object (*ha definito il progetto **un errore grave***: the
    predicate noun read as the object's ``nmod``): a second object, the predicate; not an
    apposition after a comma."""
    doc = obj.doc
    return any(c.i > obj.i and c.pos_ == "NOUN" and c.dep_ in ("nmod", "appos", "obj")
               and not any(d.dep_ == "case" for d in c.children)
               and not any(t.is_punct for t in doc[obj.i + 1:c.i])  # ("il calendario, una decisione…": an apposition)
               and any(d.dep_ == "det" and d.i < c.i for d in c.children) for c in obj.children)


def parsed_subjects(token: Token, relatives: frozenset[str]) -> list[Token]:
    """The subjects the parse gives ``token`` (``nsubj``); a relative pronoun that is its only
    subject stands for the antecedent of its relative clause (*la direttiva **che** impone…*:
    *direttiva*; *la serie, che racconta…*: *serie*)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) == 1 and token.dep_ == "acl:relcl" and subjects[0].pos_ == "PRON" \
            and norm_word(subjects[0]) in relatives:
        return [token.head]
    return subjects


def lemma_reports_of(finder: FinderBase, rule: str) -> bool:
    """Whether the cue's verb reports what it is *about* with ``di`` (*riferire di*, *parlare di*)."""
    lemma = rule.split(":", 1)[-1].split()[0]
    return lemma in finder.object_verbs and lemma in finder.g.reports_of


def marker_at(doc: Doc, i: int, words: list[str], g: Grammar) -> bool:
    """The marker's words at token ``i``; a final preposition may be contracted (*ai*, *degli*)."""
    if i + len(words) > len(doc):
        return False
    for k, word in enumerate(words):
        norm = norm_word(doc[i + k])
        last = k == len(words) - 1 and len(words) > 1
        if norm != word and not (last and norm in g.contracted.get(word, ())):
            return False
    return True


def strip_article(g: Grammar, text: str) -> str:
    words = text.split()
    first = words[0].replace("’", "'").lower() if words else ""
    if first in g.articles:
        words = words[1:]
    elif "'" in first[:-1] and first[:first.index("'") + 1] in g.articles:
        words[0] = words[0][first.index("'") + 1:]  # "l'agenzia" -> "agenzia"
    return " ".join(words) or text


class ShippedModel:
    """A small model whose weights ship per language (``kit/lang/<code>/<FILE>``: ``{"meta",
    "weights"}``, see :func:`kit.lang.model_weights`); subclasses set ``FILE`` and take
    ``(weights, meta)``."""

    FILE = ""

    @classmethod
    def for_language(cls, lang: str):
        """The shipped weights of a language, or None (read once per class and language)."""
        return _shipped(cls, lang)


@lru_cache(maxsize=16)
def _shipped(cls, lang: str):
    from ..lang import model_weights  # (kit.lang reads corpora: imported when first needed)

    data = model_weights(lang, cls.FILE)
    return None if data is None else cls(data["weights"], data.get("meta"))


#: parts of speech a speech verb never has (the tagger may read a verb as a NOUN or ADJ)
CLOSED_CLASSES = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT", "SPACE", "SYM", "PART", "INTJ"})


def inflected(norm: str, lemmas, endings: dict) -> bool:
    """``norm`` is a form of one of ``lemmas`` by a table of endings: an infinitive's ending ->
    the endings that replace it (*richiedere* + ``{"ere": ["ente", "enti"]}`` -> *richiedenti*)."""
    return any(lemma.endswith(ending) and norm in {lemma[:-len(ending)] + form for form in forms}
               for lemma in lemmas for ending, forms in endings.items())
