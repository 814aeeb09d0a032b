"""Quotations and their speakers (``kit_quotes``).

The component reads its language data (speech verbs, source markers such as *secondo*, titles,
quote marks) from the rule file and works with or without a parser. Results are plain records
in ``doc._.kit_quote_records`` (see :class:`kit.model.Quote`) and spans in ``doc.spans``:
``kit_quotes`` (content, label = kind), ``kit_cues`` and ``kit_speakers``.

How a quotation is found, rule by rule (see :mod:`kit.speech` for cues and speakers):

1. quote marks are paired on the raw text (:mod:`kit.quotemarks`); only outermost pairs count;
2. a pair right after a cue and a colon (*ha dichiarato: «…»*) is a **direct** quote of the
   cue's subject;
3. a pair followed by a cue (*«…», ha detto X*) is **direct**, the speaker found after the cue
   (or carried from the previous sentence when the cue has no subject);
4. a pair right after another attributed pair (*«…», ha detto X, «…»*) shares its speaker;
5. ``Name: «…»`` (a name and a colon before the pair, as in titles) is **direct**;
6. a pair inside the clause governed by a cue without *che* (*ha elogiato Kim per il suo
   “fermo sostegno”*, *secondo X, … “…”*) is a **mixed** quote: the marked words are the content;
7. a cue with *che*/*di* or an object and no marked words in its clause gives an **indirect**
   quote: the reported clause up to the end of the sentence or the next cue; marked words
   inside it are **other** (a term, not a separate quotation);
8. any other pair: long enough to be speech (``min_direct_words``) is **direct** with the
   speaker carried from the nearest attribution before it in the same paragraph; shorter ones are
   **other** (titles, scare quotes), with no speaker. Single ‘…’ marks without a cue are
   apostrophe-like emphasis and are not reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Quote
from ..names import same_name
from ..quotemarks import DEFAULT_PAIRS, QUOTE_CHARS, MarkPair, outermost, spaced_single_pairs
from ..speech import Cue, Speaker, SpeechFinder
from ..speech.base import ASIDE_DASHES, DASHES, norm_word, parsed_subjects, second_np
from ..speech.carried import (controller_subject, coordinated_names, follow_reranked, new_subject_between, own_subject,
                              subject_of_lead)
from ..speech.cue_model import candidate_verbs
from ..speech.fragments import FragmentModel, foreign_words
from ..speech.ranker import SpeakerRanker
from .base import RULE_CONFIG, RuleComponent

#: "… e che …" after the quoted fragments of a mixed quotation
_E_CHE = re.compile(r"\b[eE]d? che\b")
#: the end of a sentence inside a clause: not the point of a number or an abbreviation
#: (*40.000 euro*, *S.p.A.*), which no space follows
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# the rules of mixed quotations whose about the marks alone gave (no cue clause around them)
UNCUED_MIXED_RULES = frozenset({"carried", "continued", "marks", "marks+fragment-model"})


class QuoteFinder(RuleComponent):
    def __init__(self, nlp, name: str, lang: str = "it", min_direct_words: int = 6, rules=None,
                 rules_path=None, speaker_ranker: bool = True, fragment_model: bool = True) -> None:
        self.min_direct_words = min_direct_words
        # the learned second opinions (kit/lang/<code>/fragment_kinds.json, speaker_ranker.json):
        # is a short marked fragment the speaker's words, and who speaks
        self.fragments = FragmentModel.for_language(lang) if fragment_model else None
        self.ranker = SpeakerRanker.for_language(lang) if speaker_ranker else None
        super().__init__(nlp, name, lang, rules, rules_path)

    def compile(self) -> None:
        self.pairs = tuple(self.rules.quote_marks) or DEFAULT_PAIRS
        self.speech = SpeechFinder(self.rules, self.lang)

    def __call__(self, doc: Doc) -> Doc:
        self.speech.reset()
        found = find_quotes(doc, self.speech, self.pairs, self.min_direct_words)
        quotes = self._relabelled(doc, found)
        # a fragment of a cue's clause that is not the speaker's words after all (a name, a
        # title, a scare quote: *ha detto che i cosiddetti "furbetti" saranno licenziati*) leaves
        # the clause around it reported: the guidelines' indirect clause with an *other* inside
        terms = frozenset(a.start for a, b in zip(found, quotes)
                          if a.kind == "mixed" and a.cue_start is not None and b.kind == "other")
        if terms:
            quotes = self._relabelled(doc, find_quotes(doc, self.speech, self.pairs, self.min_direct_words, terms))
        if self.ranker is not None:
            quotes = follow_reranked(quotes, self.ranker.rerank(doc, quotes, self.speech), doc, self.speech)
        # (after the ranker: a term that no speaker signs even then is a scare quote)
        quotes = [_as_name(q) if _unsigned_term(doc, q, self.speech) else q for q in quotes]
        quotes = [_about_clause(doc, q, self.speech) for q in quotes]
        quotes = _referred_to(doc, quotes, self.speech)
        quotes = _heard_headlines(doc, quotes, self.speech)  # (after the ranker: the speakers it names count)
        quotes = _headline_descriptions_named(doc, quotes, self.speech)
        quotes = self.speech.unify_groups(doc, quotes)
        doc._.kit_quote_records = [q.to_dict() for q in quotes]
        _set_spans(doc, quotes)
        return doc

    def _relabelled(self, doc: Doc, quotes: list[Quote]) -> list[Quote]:
        """``quotes`` with the fragment model's kinds and the marked names after *cosiddetto*
        or a work noun as *other*; one quote for each of ``quotes``, in the same order."""
        if self.fragments is not None:
            quotes = self.fragments.relabel(doc, quotes, self.speech)
        taken_up = _taken_up(doc, quotes, self.speech)
        return [_as_name(q) if q.start in taken_up or _so_called(doc, q, self.speech) or _unsigned_naming(doc, q, self.speech)
                or _glossed_term(doc, q, self.speech) or _meaning_gloss(doc, q, self.speech) or _naming_participle(doc, q, self.speech)
                or _name_in_noun_slot(doc, q, self.speech) or _title_in_apposition(doc, q, self.speech) else q
                for q in quotes]




def unlisted_cue_quotes(doc: Doc, speech: SpeechFinder, pairs, min_direct_words: int,
                        quotes: list[Quote]) -> list[Quote]:
    """The reported quotations the cue rules would find if the verbs of ``doc`` with a clausal or
    object complement that the rule file does not list (:func:`kit.speech.cue_model.candidate_verbs`)
    were speech verbs: the cue rules run once more with those lemmas added, and the indirect
    quotations of those verbs that overlap none of ``quotes`` are the candidates of the learned
    cue model (their span, speaker and about are the rules' own)."""
    verbs = candidate_verbs(doc, speech)
    if not verbs:
        return []
    wider = SpeechFinder(speech.rules.replace(speech_verbs=[*speech.rules.speech_verbs, *sorted(verbs)]), speech.lang)
    taken = sorted((q.start, q.end) for q in quotes)
    out: list[Quote] = []
    for q in find_quotes(doc, wider, pairs, min_direct_words):
        lemma = q.rule.split(":", 1)[1] if q.rule.startswith("verb:") else ""
        if q.kind != "indirect" or lemma not in verbs or q.end <= q.start:
            continue
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        taken.append((q.start, q.end))
        out.append(q)
    return out


def cue_candidates(doc: Doc, speech: SpeechFinder, pairs, min_direct_words: int, quotes: list[Quote]) -> list[Quote]:
    """The candidates of the learned cue model: :func:`unlisted_cue_quotes`, then
    :func:`complement_cue_quotes` where those found none."""
    wider = unlisted_cue_quotes(doc, speech, pairs, min_direct_words, quotes)
    return wider + complement_cue_quotes(doc, speech, quotes + wider)


def complement_cue_quotes(doc: Doc, speech: SpeechFinder, quotes: list[Quote]) -> list[Quote]:
    """Reported quotations that any verb of ``doc`` would head through its complement in the
    parse, where the rules found none: a *che* clause (``ccomp``), *di* + an infinitive
    (``xcomp``) or an object (``obj``) after the verb, overlapping no quotation of ``quotes``
    nor its cue. The content runs from the complement to where the rules' content ends
    (:meth:`~kit.speech.content_ends.ContentEnds.content_end`, ``object_end`` for an object),
    within the complement's words; the speaker is the rules' subject of the verb
    (:meth:`~kit.speech.speakers.SpeakerRules.speaker_for`). The other candidates of the learned
    cue model, besides :func:`unlisted_cue_quotes`."""
    ctx = speech.context(doc)
    if not ctx.has_pos:
        return []
    text = ctx.text
    taken = [(q.start, q.end) for q in quotes] + [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None]
    excluded = speech.g.auxiliaries | speech.g.cue_model_excluded_verbs
    out: list[Quote] = []
    for v in doc:
        if v.pos_ != "VERB" or not v.is_alpha or speech.lemmas(v) & excluded:
            continue
        if any(a <= v.idx < b for a, b in taken):
            continue
        for c in v.children:
            if c.dep_ not in ("ccomp", "xcomp", "obj"):
                continue
            words = list(c.subtree)
            left, right = words[0].i, words[-1].i + 1
            if left <= v.i:
                continue
            first = norm_word(doc[left])
            if c.dep_ == "ccomp" and first == "che" and left + 1 < right:
                complement, start = "che", doc[left + 1].idx
            elif c.dep_ == "xcomp" and speech.di_infinitive(doc, left, right):
                complement, start = "di", doc[left].idx
            elif c.dep_ == "obj":
                complement, start = "object", doc[left].idx
            else:
                continue
            sent = ctx.sent(v.i)
            sent_end = doc[sent.end - 1].idx + len(doc[sent.end - 1].text)
            stop = min(sent_end, doc[right - 1].idx + len(doc[right - 1].text))
            end = speech.object_end(doc, start, stop) if complement == "object" else speech.content_end(doc, start, stop)
            if complement != "che":
                end = speech.verbless_end(doc, start, end)
            span = _trim(text, start, end)
            if span is None or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            first_cue = speech.aux_start(doc, v.i, sent.start)
            cue = Cue(start=first_cue, end=v.i + 1, start_char=doc[first_cue].idx, end_char=v.idx + len(v.text),
                      text=doc[first_cue:v.i + 1].text, complement=complement, content_start=span[0],
                      region_start=span[0], region_end=sent_end, about_start=span[0],
                      rule=f"verb:{v.lemma_.lower()}")
            quote = _make(doc, span[0], span[1], "indirect", cue, speech.speaker_for(doc, cue), speech, span[0])
            taken.append(span)
            out.append(replace(quote, rule="complement:" + v.lemma_.lower()))
    return out


def _taken_up(doc: Doc, quotes: list[Quote], speech: SpeechFinder) -> frozenset[int]:
    """Where the mixed fragments start whose words (two or more, no finite verb) the article
    marks again in another sentence: *i deputati hanno annunciato le loro "dimissioni di massa".
    [...] I moderati sono contrari alle "dimissioni di massa"*. The writer takes them up as the
    name of a thing, a term or a nickname, the guidelines' *other*; a speaker's own words are
    marked where they are reported. (Not one word, *«forse»*, which a headline may repeat from
    the report, nor a clause, nor words after an indefinite article, a judgement another speaker
    may throw back, *«un errore storico» sarebbe non farla*, nor the same words twice in one
    sentence, a play on them.)"""
    ctx = speech.context(doc)
    marked = [q for q in quotes if q.kind != "indirect"]
    indefinite = speech.g.indefinite_articles
    sentences: dict[str, set[int]] = {}
    for q in marked:
        sentences.setdefault(" ".join(q.text.lower().split()), set()).add(ctx.sent(ctx.token_at(q.start)).start)
    out = set()
    for q in marked:
        words = q.text.lower().split()
        if q.kind != "mixed" or len(words) < 2 or words[0] in indefinite or len(sentences[" ".join(words)]) < 2:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and not any("Fin" in t.morph.get("VerbForm") for t in span):
            out.add(q.start)
    return frozenset(out)


def _so_called(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words right after *cosiddetto* (the grammar's ``so_called_words``), a hedge of the
    writer's (``hedge_phrases``: *un vero e proprio "mercato"*) or a noun of a work
    (``work_nouns``): *i cosiddetti "Monti bond"*, *la cosiddetta «vittimizzazione
    secondaria»*, *nel libro "I complici"*, *il programma televisivo "Chi l'ha visto?"* are a
    name, a title or a scare quote, the guidelines' *other*, whatever the clause around them or
    the fragment model say. So are a few capitalised marked words right after *in*, *da*
    or *ne* (:func:`_titled_after_place_preposition`: *fu protagonista in "L'ultimo
    samurai"*, *una citazione da "Elegia…"*), a work, even inside a report (:func:`_title_shaped`:
    the tagger reads words of a title as finite verbs, *samurai*, *campestre*, so no verb test)."""
    if quote.kind not in ("mixed", "direct") or quote.start < 2:
        return False
    k = _before_marks(doc, quote, speech)
    return k >= 0 and norm_word(doc[k]) in speech.g.so_called_words or _after_hedge(doc, k, speech) \
        or _after_work_noun(doc, k, speech) \
        or _titled_after_place_preposition(doc, k, quote, speech) and _title_shaped(quote.text) \
        or _mention_or_meaning(doc, k, quote, speech) or _named_thing(doc, k, quote.text, speech)


#: the most words of a title read after *in* / *da* inside a report
TITLE_WORDS = 10


def _title_shaped(content: str) -> bool:
    """Marked words that may be a title: a few words (``TITLE_WORDS``), neither an exclamation
    nor a question (:func:`_exclaimed`: *cambiarlo in "Stiamo uniti!"*) nor holding the end of
    a sentence."""
    words = content.split()
    return len(words) <= TITLE_WORDS and not _exclaimed(content) \
        and not any(w.endswith((".", ";", ":")) for w in words[:-1])


def _after_hedge(doc: Doc, k: int, speech: SpeechFinder) -> bool:
    """Tokens up to ``k`` (right before the marks) end a hedge of the writer's (the grammar's
    ``hedge_phrases``): *un vero e proprio "mercato"*, *una sorta di "tassa occulta"*."""
    for phrase in speech.g.hedge_phrases:
        n = len(phrase.split())
        if k + 1 >= n and " ".join(norm_word(t) for t in doc[k + 1 - n:k + 1]) == phrase:
            return True
    return False


#: the most words (adverbs, a preposition, an article) between a naming participle and the marks
NAMING_PARTICIPLE_GAP = 2


def _naming_participle(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words right after a participle of *dire* or of a naming verb (the grammar's
    ``naming_verbs``) that names a noun, with no auxiliary *avere*, no reflexive and no agent:
    *il pellegrinaggio detto «hajj»*, *le basette (dette appunto "basettoni")*, *l'epoca detta
    del «declino»*, *il metodo che fu poi detto «di esaustione»*: what a thing is called, the
    guidelines' *other* (not *ha detto «…»*, *si è detta «preoccupata»*, *è stato definito
    «una follia» dal sindaco*)."""
    if quote.kind != "mixed":
        return False
    ctx = speech.context(doc)
    k = _before_marks(doc, quote, speech)
    gap = 0
    while k >= 0 and gap < NAMING_PARTICIPLE_GAP and doc[k].pos_ in ("ADV", "ADP", "DET"):
        k, gap = k - 1, gap + 1
    if k < 0 or doc[k].pos_ not in ("VERB", "ADJ") or not ("Part" in doc[k].morph.get("VerbForm")
                                                         or speech.g.participle.search(norm_word(doc[k]))):
        return False  # (the tagger often reads the participle as an adjective: "detto")
    verb = doc[k]
    if not speech.lemmas(verb) & (speech.g.naming_verbs | speech.g.naming_participle_verbs):
        return False
    j = k - 1  # (the reflexive before the auxiliaries: "si è detta", "si sarebbe detto")
    while j > 0 and doc[j].pos_ == "AUX":
        j -= 1
    if j >= 0 and norm_word(doc[j]) in speech.g.reflexive_clitics:
        return False
    for child in verb.children:
        if child.dep_ in ("obl:agent", "expl", "expl:impers", "expl:pass") or child.dep_ == "aux" and "avere" in speech.lemmas(child):
            return False
    # the agent, *da* + who names it, in the clause before the participle (*che da X è stata
    # definita «…»*) or right after the marks
    after = ctx.token_at(quote.end)
    return not _agent_near(doc, k, k, after, min(len(doc), after + 4), speech)


def _agent_near(doc: Doc, verb: int, before_end: int, after_start: int, after_end: int, speech: SpeechFinder) -> bool:
    """A *da* (its forms: *dal*, *dalla*…) that names who speaks near a naming verb at token
    ``verb``: in its clause before it (back to the last punctuation mark, up to ``before_end``)
    or between ``after_start`` and ``after_end`` (*che da X è stata definita «…»*, *«…» dal
    sindaco*)."""
    before = verb
    start = speech.context(doc).sent(verb).start
    while before > start and not doc[before - 1].is_punct:
        before -= 1
    agent = speech.g.forms("da")
    return any(norm_word(t) in agent for t in list(doc[before:before_end]) + list(doc[after_start:after_end]))


#: the most words of a marked term a gloss in brackets explains
GLOSSED_WORDS = 3


def _glossed_term(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """A short marked fragment with no verb, right followed by an opening bracket or by an
    explaining word (:func:`_explained_after`): a term and its gloss, translation or acronym
    (*il "voto palese" (ogni senatore…)*, *il vero è il "fatto" ("verum")*, *i "soferim"
    (scribi)*, *la "materia", ossia…*): the writer names or explains a word, the guidelines'
    *other*, not the speaker's words (a longer fragment, or one with a verb, followed by a
    bracketed comment, *«un'occasione per essere uniti» (dopo le polemiche…)*, stays mixed)."""
    if quote.kind != "mixed" or _words(quote.text) > GLOSSED_WORDS:
        return False
    ctx = speech.context(doc)
    if _marked_gloss(ctx.text, quote):
        return True
    after = ctx.text[quote.end + 1:quote.end + 3].lstrip()
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    explained = _explained_after(doc, quote, speech)
    if not (after.startswith("(") or explained) or span is None:
        return False
    # what a naming verb right before calls someone (*chiamandolo «traditore» (…)*) is the speaker's word
    k = ctx.token_at(quote.start - 1) - 1
    if k >= 0 and speech.lemmas(doc[k]) & speech.g.naming_verbs:
        return False
    # a term is a noun phrase (a lone evaluative adjective, *«inaccettabile»*, is the speaker's)
    if any(t.pos_ in ("VERB", "AUX") for t in span) or not any(t.pos_ in ("NOUN", "PROPN", "X") for t in span):
        return False
    if explained:
        # (a bare term in a noun's slot: not a phrase with its own article, *è "una follia",
        # ovvero…*, nor right after a verb, the speaker's predicate)
        return span[0].pos_ != "DET" and not (k >= 0 and doc[k].pos_ in ("VERB", "AUX"))
    # a gloss opens with a noun phrase or marks, not with a source or a comment on the words
    # (*(come riporta…)*, *(secondo…)*, *(dopo le polemiche…)*, *(ha aggiunto)*)
    k = ctx.token_at(quote.end + 1 + ctx.text[quote.end + 1:].index("(")) + 1
    return k < len(doc) and doc[k].pos_ not in ("ADP", "SCONJ", "ADV", "VERB", "AUX", "CCONJ")


#: an opening bracket, maybe *in* / *dal*, one lower-case word (a language or its abbreviation),
#: a comma or a colon, right before the marks: *(fr., «…»)*, *(in tedesco «…»)*, *(lett. «…»)*
LANGUAGE_BRACKET = re.compile(r"\(\s*(?:(?:in|dal|dall'|dallo)\s+)?([a-zàèéìòù]+)\.?\s*[,:]?\s*$")


def _meaning_gloss(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words right after a verb or an adverb of meaning (the grammar's ``gloss_words``:
    *una radice che significa «altura»*, *letteralmente «il passo del dio»*; a comma or a colon
    may stand between) or opening a bracket after a language's name or abbreviation (*(fr.,
    «Grange neuve»)*, *(in tedesco «…»)*): a translation, what a word means, no one's words, the
    guidelines' *other*, even inside a report (not *ha detto «…»*: a bracket's word that is a verb,
    *(dice «…»)*, is no language)."""
    if quote.kind != "mixed" or quote.start < 2:
        return False
    k = _before_marks(doc, quote, speech)
    while k >= 0 and doc[k].text in (",", ":", "."):
        k -= 1
    if k >= 0 and norm_word(doc[k]) in speech.g.gloss_words:
        # (a verb of meaning glosses a word: its subject a relative *che* or marked words before
        # it, *una radice «kar» che significa «…»*, *«pantera» significa «…»*; not *la riforma
        # significa «più diritti»*, the speaker's words on what a thing means)
        j = k - 1
        while j >= 0 and doc[j].text == ",":
            j -= 1
        return doc[k].pos_ not in ("VERB", "AUX") or j >= 0 and (norm_word(doc[j]) == "che" or doc[j].text in QUOTE_CHARS)
    text = speech.context(doc).text
    m = LANGUAGE_BRACKET.search(text, max(0, quote.start - 30), quote.start - 1)
    if m is None:
        return False
    word = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    return word is not None and not any(t.pos_ in ("VERB", "AUX") for t in word)


def _explained_after(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Right after the closing mark, a comma or none and a word that opens an explanation
    (``explaining_conjunctions``): *il suo "significato", **cioè** la promessa…*, *la
    "materia", **ossia**…*: the writer explains a term, as with a gloss in brackets."""
    j = speech.context(doc).token_at(quote.end + 1)
    while j < len(doc) and doc[j].idx < quote.end + 1:
        j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return j < len(doc) and norm_word(doc[j]) in speech.g.explaining_conjunctions


#: what may stand in a bracket of marked glosses before one of them: marks, separators, spaces
GLOSS_FILLER = re.compile(r"[\s\"'«»“”‘’,;/–-]*")


def _marked_gloss(text: str, quote: Quote) -> bool:
    """The marked words stand in a bracket right after a closing mark, with only other marked
    glosses before them in it: a translation or an origin of the term before (*il "fatto"
    ("verum" - "factum")*, *«faggot» («frocio», «checca»)*)."""
    bracket = text.rfind("(", 0, quote.start)
    if bracket < 0 or ")" in text[bracket:quote.start] or not text[:bracket].rstrip()[-1:] in "\"»”’'":
        return False
    inside = text[bracket + 1:quote.start - 1]
    # (earlier glosses of the same bracket: a mark pair each, then a separator)
    inside = re.sub(r"[\"«“‘'][^\"»”’'()]{1,40}[\"»”’']", "", inside)
    return bool(text[:bracket].rstrip()) and GLOSS_FILLER.fullmatch(inside) is not None


#: the most words between a naming verb and the marked name it gives
NAMING_WORDS = 3


def _unsigned_naming(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words a few words after a naming verb in the passive (the grammar's
    ``naming_verbs``) with no agent, so no speaker: *53 milioni possono essere definiti
    "colletti bianchi"*, *questi ragazzi vengono spesso chiamati «bamboccioni»*: a label no one
    signs, the guidelines' *other* (not *è stato definito "una follia" dal sindaco*, whose agent
    speaks, nor *si è definita "devastata"*, a reflexive)."""
    if quote.kind != "mixed" or quote.speaker is not None or quote.cue_start is None or quote.cue_end > quote.start:
        return False
    ctx = speech.context(doc)
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    between = ctx.text[quote.cue_end:quote.start - 1]
    if cue is None or not speech.lemmas(cue[-1]) & speech.g.naming_verbs or not speech.is_passive(doc, cue.start, cue.end) \
            or len(between.split()) > NAMING_WORDS or any(ch in ",;:.!?()" for ch in between):
        return False
    # the agent, *da* + who names it, in the clause before the verb (*che da X è stata definita
    # «…»*), between it and the marks or after them up to the clause's end, or as the parser reads it
    sent = ctx.sent(cue.start)
    after = ctx.token_at(quote.end) + 1
    while after < sent.end and not doc[after].is_punct:
        after += 1
    return not _agent_near(doc, cue.start, ctx.token_at(quote.start), ctx.token_at(quote.end), after, speech) \
        and not any(child.dep_ == "obl:agent" for child in cue[-1].children)


def _before_marks(doc: Doc, quote: Quote, speech: SpeechFinder) -> int:
    """The token right before a quotation's opening mark (-1 at the document's start); before
    both marks of a doubled straight mark spaced from its words (*definito "" il racconto ""*)."""
    ctx = speech.context(doc)
    start = quote.start
    while start > 0 and ctx.text[start - 1].isspace():
        start -= 1
    k = ctx.token_at(start - 1) - 1 if start > 0 else -1
    if k >= 0 and doc[k].text == doc[k + 1].text == '"' and doc[k].idx + 1 == doc[k + 1].idx:
        k -= 1
    return k


def _opens_capitalised(content: str, stops: str = ".!?") -> bool:
    """Marked words that may be a name or a title: they start with a capital letter and hold
    none of ``stops`` (an end of sentence)."""
    content = content.strip()
    return content[:1].isupper() and not any(ch in content for ch in stops)


def _named_thing(doc: Doc, k: int, content: str, speech: SpeechFinder) -> bool:
    """Token ``k`` (right before the marks) is a noun of a campaign, a project, an operation
    (the grammar's ``named_thing_nouns``) and the marked words start with a capital letter, with
    no end of sentence inside: *ha lanciato la campagna «Puliamo il mondo»* names it (not *ha
    definito la campagna «una truffa»*)."""
    return k >= 0 and norm_word(doc[k]) in speech.g.named_thing_nouns and _opens_capitalised(content)


def _verbless_noun_slot(doc: Doc, quote: Quote, speech: SpeechFinder) -> tuple[int, Span] | None:
    """The token before the marks and the marked tokens when the marks stand in a noun phrase's
    slot (right after an article or a preposition, not at a sentence's start) and hold no finite
    verb (*sulla «Rosa dei venti»*, *nella "manipolazione"*); None otherwise."""
    k = _before_marks(doc, quote, speech)
    if k < 0 or doc[k].pos_ not in ("DET", "ADP") or doc[k].is_sent_start:
        return None
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or any("Fin" in t.morph.get("VerbForm") for t in span):
        return None
    return k, span


#: how far before the marks a noun of words can open them as an utterance (*al grido di «…»*)
UTTERANCE_NOUN_GAP = 3


def _name_in_noun_slot(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words inside a sentence, right after an article or a preposition (a noun phrase's
    slot, not a verb's object clause), that start with a capital letter, hold no end of sentence,
    no comma and no finite verb: *l'inchiesta sulla «Rosa dei venti»*, *il nome in «Repubblica del Nord»*,
    *a bordo della «Stella Polare»*: a name or a title, the guidelines' *other*, whatever the
    fragment model says. Not after a noun of words (*al grido di «Italia libera»*, the grammar's
    ``words_nouns`` and ``quoted_nouns``: an utterance), nor lower-case words (*ha parlato di
    «una vergogna»*)."""
    if quote.kind != "mixed":
        return False
    if not _opens_capitalised(quote.text, stops=".!?,"):
        return False  # (a comma: a list of attributes, *«Una grande, semplice verità»*, is words)
    slot = _verbless_noun_slot(doc, quote, speech)
    if slot is None:
        return False
    k = slot[0]
    utterance = speech.g.words_nouns | speech.g.quoted_nouns
    return not any(norm_word(t) in utterance for t in doc[max(0, k - UTTERANCE_NOUN_GAP):k])


def _title_in_apposition(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """Marked words set off by commas right after a noun of a work (the grammar's
    ``work_nouns``): *ha annunciato che il suo nuovo romanzo, «La casa sul lago», uscirà…*:
    capitalised, with no finite verb, they name the work, the guidelines' *other*, and the clause
    around them stays reported."""
    if quote.kind != "mixed" or not _opens_capitalised(quote.text, stops=".!?,"):
        return False
    ctx = speech.context(doc)
    k = ctx.token_at(quote.start - 1) - 1  # the word before the opening mark
    close = ctx.token_at(quote.end) + 1  # the word after the closing mark
    if k < 1 or doc[k].text != "," or not _after_work_noun(doc, k - 1, speech):
        return False
    if close < len(doc) and doc[close].text not in (",", ".", ";"):
        return False
    return _verbless(doc, quote, finite_only=True)


#: the most words of a marked term in a noun's slot that no one signs (*nella "manipolazione"*)
UNSIGNED_TERM_WORDS = 2


def _unsigned_term(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """One or two lower-case marked words in a noun phrase's slot (right after an article or a
    preposition, not at a sentence's start), with no finite verb and no exclamation, made the
    words of a clause that has no speaker: *fanno notare come le "prestazioni giornalistiche"
    siano fatturate*, *sospettata di un coinvolgimento nella "manipolazione" dei tassi*. With no
    one to say them, the marks set a term apart (a scare quote): the guidelines' *other*. Not
    when the clause has a speaker (*Napolitano ha parlato di «sciagura inaccettabile»*), nor a
    longer passage or a predicate (*ritenuto "intoccabile"*, no article before it; *descritto come
    un «genio»*, after the grammar's ``predicative_prepositions``)."""
    if quote.kind != "mixed" or quote.speaker is not None or not quote.text[:1].islower():
        return False
    if len(quote.text.split()) > UNSIGNED_TERM_WORDS or _exclaimed(quote.text):
        return False
    slot = _verbless_noun_slot(doc, quote, speech)
    if slot is None:
        return False
    k, span = slot
    # (*come «…»*, *come un «…»*: a predicate, its *come* the marked noun's; not *come* that
    # opens a clause, *fanno notare come le «…» siano…*)
    return not any(norm_word(t) in speech.g.predicative_prepositions and span.start <= t.head.i < span.end
                   for t in doc[max(0, k - 1):k + 1])


def _mention_or_meaning(doc: Doc, k: int, quote: Quote, speech: SpeechFinder) -> bool:
    """Token ``k`` (right before the marks) ends a noun of a word as a word, maybe with one
    adjective (*l'aggettivo latino "devius"*: one word, the grammar's ``mention_nouns``), or a
    meaning's *di* (*col significato di "paese fuori della via"*, ``meaning_nouns``): the marks
    hold a word named or a translation, no one's words."""
    if any(m >= 0 and doc[m].lower_ in speech.g.mention_nouns for m in (k, k - 1)) or _listed_mention(doc, k, speech):
        # (the word between is an adjective the tagger may call a noun: "latino")
        return _one_word(quote.text)
    return k >= 1 and norm_word(doc[k]) in speech.g.forms("di") and norm_word(doc[k - 1]) in speech.g.meaning_nouns


def _listed_mention(doc: Doc, k: int, speech: SpeechFinder) -> bool:
    """Token ``k`` (right before the marks) is *e*, *o* or a comma after marks that a noun of a
    word as a word opens (``mention_nouns``): the next word of the same list, *i termini
    "sindaca" e "ministra"*, *le parole "pace", "libertà"*."""
    if k < 3 or not (norm_word(doc[k]) in speech.g.and_conjunctions | speech.g.alternative_conjunctions or doc[k].text == ",") \
            or doc[k - 1].text not in QUOTE_CHARS:
        return False
    opening = next((m for m in range(k - 2, max(0, k - 8), -1) if doc[m].text in QUOTE_CHARS), None)
    return opening is not None and any(m >= 0 and doc[m].lower_ in speech.g.mention_nouns
                                       for m in (opening - 1, opening - 2))


def _as_name(quote: Quote) -> Quote:
    """``quote`` as *other*: no cue, no speaker, nothing it is about."""
    return replace(quote, kind="other", rule=quote.rule + "+so-called", cue=None, cue_start=None, cue_end=None,
                   speaker=None, speaker_label=None, speaker_mention=None, speaker_start=None, speaker_end=None,
                   speaker_rule="", about=())


def _set_spans(doc: Doc, quotes: list[Quote]) -> None:
    contents, cues, speakers = [], [], []
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, label=quote.kind, alignment_mode="expand")
        if span is not None:
            contents.append(span)
        if quote.cue_start is not None:
            cue = doc.char_span(quote.cue_start, quote.cue_end, label="CUE", alignment_mode="expand")
            if cue is not None:
                cues.append(cue)
        if quote.speaker_start is not None:
            who = doc.char_span(quote.speaker_start, quote.speaker_end,
                                label=quote.speaker_label or "SPEAKER", alignment_mode="expand")
            if who is not None:
                speakers.append(who)
    doc.spans["kit_quotes"] = contents
    doc.spans["kit_cues"] = cues
    doc.spans["kit_speakers"] = speakers


def _before_postposed_subject(doc: Doc, start: int, end: int, speech: SpeechFinder) -> int:
    """Where a content that closes its sentence with the cue's subject put after it ends: at the
    comma before the name (*Ha annunciato di candidarsi alle primarie, Marco Rossi, ex sindaco
    di Torino.*), an article or a title before it allowed (*…, il ministro Paolo Verdi.*); ``end``
    when the last words after a comma are not a name with no verb after it."""
    ctx = speech.context(doc)
    lead = speech.g.articles | speech.g.former_words | speech.titles
    comma = ctx.text.rfind(",", start, end)
    while comma > start:
        span = doc.char_span(comma + 1, end, alignment_mode="expand")
        if span is None:
            return end
        k = span.start
        while k < span.end and norm_word(doc[k]) in lead:
            k += 1
        ents = ctx.ents_in_tokens(k, k + 1)
        if ents and ents[0].start == k and ents[0].label_ in ("PER", "ORG") and ctx.sent(k).end_char <= end + 1:
            # (the name and its apposition, no verb: "…, Mario Rossi lo firmerà" is content)
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc[ents[0].end:span.end])
            return comma if verbless else end
        comma = ctx.text.rfind(",", start, comma)
    return end


def _words(text: str) -> int:
    return len(text.split())


def _whole_clause(doc: Doc, pair, speech: SpeechFinder) -> bool:
    """The marks hold a sentence of their own: a capital letter and a finite verb (*ha gridato
    «Me lo ammazzano»*, *ha detto «Sono stanco»*), an utterance however short, not a fragment
    of the reporter's syntax (*ha detto «basta»*, *ha gridato «Vergogna»*)."""
    return doc.text[pair.start:pair.start + 1].isupper() and _finite_inside(doc, pair, speech) is True


def _finite_inside(doc: Doc, pair, speech: SpeechFinder) -> bool | None:
    """Whether the marked words of ``pair`` hold a finite verb; None when they cover no tokens."""
    span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    return None if span is None else any(t.pos_ in ("VERB", "AUX") and speech.finite_verb(t) for t in span)


def _object_phrase(doc: Doc, pair, speech: SpeechFinder) -> bool:
    """The marks hold a phrase of the reporter's syntax, not a sentence of its own: a lower-case
    first letter and no finite verb (*ha chiesto «rispetto per le istituzioni»*), not an
    exclamation or a question (*ha gridato «basta!»*)."""
    words = doc.text[pair.start:pair.end].strip()
    if not words[:1].islower() or words.endswith(("!", "?")):
        return False
    return _finite_inside(doc, pair, speech) is False


def find_quotes(doc: Doc, speech: SpeechFinder, pairs=DEFAULT_PAIRS, min_direct_words: int = 6,
                terms: frozenset[int] = frozenset()) -> list[Quote]:
    """All quotations of ``doc`` as :class:`Quote` records, in text order. The marked words
    that start at a character of ``terms`` are no one's words inside a cue's clause (names,
    titles, scare quotes), never a mixed quote."""
    text = speech.context(doc).text
    found = speech.mark_pairs(text, pairs)
    # (*Al ' Benito Stirpe ' di Frosinone*: single straight marks spaced on both sides pair too)
    found = sorted(found + spaced_single_pairs(text, found), key=lambda p: (p.open, -p.close))
    all_marks = [speech.left_open_end(doc, pair) for pair in found]
    marks = outermost(all_marks)
    # (the sentences cut from a quotation left open are the writer's again: cues reach them)
    cues = speech.find_cues(doc, [(p.start, p.end) for p in marks])
    speakers = _cue_speakers(doc, cues, speech)
    used_cues: dict[int, Quote] = {}  # cue index -> the direct quote it introduces
    done: dict[int, Quote] = {}  # mark index -> quote
    quotes: list[Quote] = []

    # rules 2-5: direct quotes attached to a cue or a name
    index_of_cues = CueIndex(cues)
    last_attributed: Quote | None = None
    # marks around the name a source or agent is (*come riportato dal "Corriere della Sera"*,
    # *secondo «La Stampa»*): a name, not a quotation (the guidelines: other)
    named = [(doc[c.speaker_np[0]].idx, doc[c.speaker_np[1] - 1].idx) for c in cues
             if c.complement == "source" and c.speaker_np and c.speaker_np[1] > c.speaker_np[0]
             and doc[c.speaker_np[0]].text in QUOTE_CHARS]
    # (*secondo gli "ermellini"*: the source is an article alone, its noun in the marks after it)
    opened = {doc[c.speaker_np[1]].idx for c in cues if c.complement == "source" and c.speaker_np
              and c.speaker_np[1] < len(doc) and doc[c.speaker_np[1]].text in QUOTE_CHARS
              and all(norm_word(t) in speech.g.articles for t in doc[c.speaker_np[0]:c.speaker_np[1]])}
    for index, pair in enumerate(marks):
        if pair.open in opened or any(first == pair.open and last == pair.close for first, last in named):
            done[index] = _make(doc, pair.start, pair.end, "other", None, None, speech, None)
            continue
        found = _attached(doc, pair, marks, index, cues, speakers, done, speech, index_of_cues, last_attributed)
        if found is None:
            continue
        cue_index, quote = found
        if cue_index is not None:
            used_cues[cue_index] = quote
        done[index] = quote
        if quote.speaker:
            last_attributed = quote
    opens = [p.open for p in marks]
    # rules 6-7: cues that were not used by a direct quote
    for cue_index, cue in enumerate(cues):
        if cue_index in used_cues:
            # "ha ricordato che molto resta da fare: «…»": the clause before the colon is
            # reported too, besides the quotation the cue introduces
            # (an object too, when it is reported: "si è detto soddisfatto dell'accordo: «…»")
            # (not the speaker after the cue, "Ha dichiarato il ministro X: «…»", nor words that
            # point at the quotation, "racconta così…", "ha aggiunto alcuni dettagli: «…»")
            reported_object = cue.complement == "object" and _object_reported(doc, cue, speech)
            clause = _clause_before_colon(text, cue, used_cues[cue_index], reported_object)
            if clause is not None and (cue.complement == "object" and _points_at_quote(
                    doc, text, clause, used_cues[cue_index], speech)
                    or _unfinished_before_marks(doc, text, clause, speech.g)):
                clause = None  # (nor words the quotation finishes: "ha precisato che si tratta di: «…»")
            # ("ha detto che X, e di Y: «…»": two propositions, each its own quotation)
            for part in _propositions(doc, text, cue, clause, speech) if clause is not None else ():
                quotes.append(_make(doc, part[0], part[1], "indirect", cue, speakers[cue_index], speech,
                                    cue.about_start if part[0] == clause[0] else part[0]))
            continue
        if cue.complement == "none":
            continue
        if cue.complement == "object" and _thing_subject(doc, cue, speech):
            continue  # "i nuovi esperimenti richiesero macchine…": requiring, not asking
        if cue.complement == "object" and _shared_object(doc, cue, speech.g):
            continue  # "conferma e formalizza l'acquisto": the object is the coordinated act's
        if cue.complement == "object" and _story_subject(doc, cue, speech):
            continue  # "il film racconta la storia di un pugile": a plot, not words reported
        if _sense_subject(doc, cue, speech):
            continue  # "il lavoro chiede tempo": requiring; "il giudice ha condannato…": a sentence
        first = bisect_left(opens, cue.region_start)
        inside = [(i, marks[i]) for i in range(first, bisect_left(opens, cue.region_end))
                  if i not in done and (marks[i].close < cue.region_end
                                        or _runs_on(doc, cue, marks[i], speech))
                  and not _new_clause_before(doc, text, cue, marks[i], speech)]
        speaker = speakers[cue_index]
        if cue.lemma in speech.g.poll_verbs:
            speaker = None  # "i sondaggi danno per favorito X": a poll or a count, no one's words
        clause = cue.complement in ("che", "di", "colon", "source")
        if cue.complement == "object" and inside and (_acts(doc, cue.content_start, cue.region_end,
                                                            speech.g.act_objects)
                                                      or _sense_object(doc, cue, cue.region_end, speech.g)):
            continue  # "ha dichiarato la sua prima "emergenza nucleare"": an act; its marks are a name
            # ("propone il nuovo singolo, "Notte"": a performance, its marks a title)
        if cue.complement == "object" and inside:
            # marks after the object are the speaker's words in what follows (*ha annunciato
            # il raggiungimento delle firme, presentando «un augurio»*): mixed; the object
            # itself is still reported
            # (without the cue: a reason after "perché" is not followed into the marks)
            object_end = speech.object_end(doc, cue.content_start, cue.region_end)
            # (what a gerund's clitic points back to stays: "ha attaccato X, definendolo «…»")
            about_start = cue.about_start if cue.about_start < cue.start_char else object_end
            for i, p in inside:
                if p.open >= object_end and (";" in text[object_end:p.open]
                                             or _clause_of_its_own(doc, object_end, p.open, speech)):
                    continue  # ("ne ha esposto le idee; la crisi è nata come «embargo»": a clause of the writer's)
                if p.open >= object_end and (p.start in terms or _capitalised_name(text[p.start:p.end], speech.g)):
                    done[i] = _make(doc, p.start, p.end, "other", None, None, speech, None)
                elif p.open >= object_end:
                    done[i] = _make(doc, p.start, p.end, "mixed", cue, speaker, speech, about_start,
                                    about_end=_about_end(doc, cue, p.end, cues, speakers, speech))
            inside = [(i, p) for i, p in inside if p.open < object_end]
        # (after a source, only a capitalised name is not the speaker's: "secondo X, Mosca lavora
        # a “meccanismi alternativi”" is mixed, "… la sede del quotidiano “Libero”" a name; a
        # short term holds no finite verb: "spera che l'Italia “possa cambiare segno”" is the speaker's)
        speechlike = [(i, p) for i, p in inside
                      if p.start not in terms and not _looks_like_name(
                          text[p.start:p.end], speech.g,
                          terms=cue.complement != "source" and not _holds_clause(doc, p, speech),
                          relational=cue.complement == "che")]
        # (only terms inside: the clause or object around them is reported, rule 7; not an
        # object that names a work by its title, "descrive gli effetti nel suo libro «…»", or a
        # thing by its name, "ha lanciato la campagna «Puliamo il mondo»")
        named = cue.complement == "object" and any(_titled(doc, p, speech) or _named_thing(
            doc, speech.context(doc).token_at(p.start - 1) - 1, text[p.start:p.end], speech) for _, p in inside)
        terms_only = all(p.start in terms for _, p in inside) and not named
        unsigned_opinion = _unsigned_opinion(doc, cue, speaker, speech)
        if inside and not terms_only and (not clause or speechlike):
            # rule 6: the marked words are the speaker's own (mixed); in a che-clause only
            # long enough fragments count, short ones are terms
            for i, p in inside:
                own = (i, p) in speechlike if clause else not (
                    p.start in terms or _capitalised_name(text[p.start:p.end], speech.g))
                kind = "direct" if own and _whole_utterance(doc, cue, p, speech) else "mixed"
                done[i] = (_make(doc, p.start, p.end, kind, cue, speaker, speech, cue.about_start,
                                 about_end=_about_end(doc, cue, p.end, cues, speakers, speech)) if own else
                           _make(doc, p.start, p.end, "other", None, None, speech, None))
                if own and unsigned_opinion:
                    done[i] = replace(done[i], speaker_rule="unnamed")
            # "ha detto che la riforma è pronta, «ma serve tempo»": the proposition before the
            # quoted one is reported speech of its own (the guidelines' coordinated proposition)
            before = _proposition_before(doc, text, cue, speechlike[0][1], speech) if speechlike else None
            if before is not None:
                quotes.append(_make(doc, before[0], before[1], "indirect", cue, speaker, speech, cue.about_start))
            if any(done[i].kind != "other" or text[:p.open].rstrip().endswith("(") for i, p in inside) \
                    or named or cue.verb in speech.g.narration_verbs:
                continue
            # only names, titles or terms in marks (other): the clause or object around them is
            # still reported (*ha annunciato la classifica dei "Big"*, *ha ricordato lo slogan
            # "Yes we can"*), as with a term (rule 7); not an object that is a work or a thing
            # by its name (*ha lanciato la campagna «…»*), a name in brackets (*il nuovo album («…», …)*), nor a story
            # told (*ne descrive gli effetti nella sua opera "…"*, narration_verbs)
        if cue.inside_quote:
            continue
        region_end = cue.region_end
        unsigned = False  # a report no one named signs, which the speaker ranker leaves null
        if cue.complement == "passive" and speaker is None:
            unsigned = unsigned_opinion
        elif speaker is None and _impersonal_unsigned(doc, cue, speech):
            unsigned = True  # "si ritiene che…", "verrà chiesto di…": impersonal, no one signs it
        elif speaker is None and speech.relative_subject(doc, cue, speech.context(doc).sent(cue.start)):
            unsigned = True  # "le regioni che hanno chiesto che…": what no name the relative is said of signs
        if cue.complement == "di" and _held_by_noun(doc, cue, region_end) and _sense_object(doc, cue, region_end, speech.g):
            continue  # "accusano segni di debolezza": a noun that holds its "di" (holding_nouns), in a sense no speech
        if cue.complement == "object":
            rumour = cue.rule.startswith("nominal:")  # "voci di un colpo di stato": what it is about
            reported = rumour or _object_reported(doc, cue, speech)
            # a stance is a report said by no one named too ("altri hanno espresso soddisfazione
            # per…"), and so is what people no one names report ("tutti gli analisti reputano…"),
            # or an indefinite subject ("qualcuno prospettava una giornata positiva")
            unsigned = speaker is None and (not speech.reports_of(cue) and (
                rumour or cue.verb in speech.need_object or speech.speaking_subject(doc, cue)
                or speech.impersonal_report(doc, cue) or speech.indefinite_pronoun_subject(doc, cue)
                or cue.lemma in speech.g.poll_verbs)  # "i sondaggi danno per favorito X": a poll signs no words
                or speech.unsigned_document_relative(doc, cue)  # "una lettera in cui si parla di…"
                or _impersonal_unsigned(doc, cue, speech))  # "Quando si parla di pace, …": what people say
            # a report without a named source is still one (*le televisioni parlano di sei morti*)
            # who speaks may be named in the sentences around a cue without a subject of its
            # own (*…, chiedendo la sospensione delle operazioni*): the speaker ranker looks
            implicit = speaker is None and speech.silent_subject(doc, cue)
            if not reported and speaker is not None and cue.verb in speech.single_verbs:
                # "ha commentato la sentenza: la giustizia ha vinto": the object is what is spoken
                # of, the clause after the colon what is said
                spelled = _clause_after_colon(doc, text, speech.object_end(doc, cue.content_start, cue.region_end, cue),
                                              speech.content_end(doc, cue.content_start, cue.region_end, cue))
                if spelled is not None and not _takes_up_object(text, spelled[0], speech):
                    quotes.append(_make(doc, spelled[0], spelled[1], "indirect", cue, speaker, speech, spelled[0]))
            if not reported or speaker is None and not speech.reports_of(cue) and not unsigned and not implicit:
                continue  # "ha risposto alle domande", "Questi sviluppi sottolineano…": not speech
            if speech.said_before(doc, cue):
                continue  # "«…»: lo ha annunciato il ministro": the ministro speaks, he is not what is said
            if cue.lemma not in speech.g.poll_verbs:  # (a list of standings goes on past its commas)
                region_end = speech.object_end(doc, cue.content_start, cue.region_end, cue)
                colon = text.find(":", region_end, cue.region_end)
                if colon != -1 and not text[region_end:colon].strip():
                    # "ha ripercorso la storia fino ai giorni nostri: alle sfide che…": a phrase
                    # after the colon goes on with the object
                    tail = speech.content_end(doc, colon + 1, cue.region_end)
                    if _phrase_after_colon(doc, colon, tail, speech):
                        region_end = tail
            if rumour:
                region_end = speech.news_end(doc, cue.content_start, region_end)
            if cue.verb in speech.g.stance_verbs or cue.verb in speech.g.preposition_contents:
                region_end = speech.stance_end(doc, cue.content_start, region_end, cue.verb)
            if cue.verb in speech.g.physical_sense_verbs and not _speech_around(doc, cue, cues, speech) \
                    and not _verbal_target(doc, cue.content_start, region_end, speech):
                continue  # "i ribelli hanno attaccato la moschea": an assault, not words
            # (after a bare participle the noun phrase is its subject, as after a passive: "Smentite
            # le voci secondo le quali…", the rumours' own report follows)
            # (by its ending: "smentite" may be read as the imperative)
            bare_participle = cue.end - cue.start == 1 and bool(speech.g.participle.search(doc[cue.start].lower_))
            if _bare_pronoun(doc, cue.content_start, region_end) or _bare_news(
                    doc, cue.content_start, region_end, speech, speech.g.rumour_nouns if bare_participle else frozenset()):
                continue  # "ha confessato tutto", "ha confermato la notizia": no content to report
            if _acts(doc, cue.content_start, region_end, speech.g.act_objects) \
                    and not _addressed_act(doc, cue.content_start, region_end, speech.g) \
                    and cue.verb not in speech.g.order_verbs | speech.g.threat_verbs:
                continue  # "ha proclamato il lutto", "ha chiesto scusa": an act, not words (but "vieta la manifestazione" bans it,
                # "ha minacciato lo sciopero" says it will be done)
            if cue.verb in speech.g.posting_verbs and _posted(doc, cue.content_start, region_end, speech.g):
                continue  # "ha twittato una foto del concerto": something shown, not words
            if cue.verb in speech.g.decision_verbs and \
                    _acts(doc, cue.content_start, region_end, speech.g.procedural_objects):
                continue  # "la Corte ha respinto il ricorso": a decision, not words
            if _sense_object(doc, cue, region_end, speech.g):
                continue  # "respinsero l'offensiva", "difende il titolo": a sense that is no speech
            if _no_predicate(doc, cue, region_end, speech):
                continue  # "la Nato ha definito una nuova strategia": laid down, not called anything
        if cue.complement == "passive" and _passive_act(doc, cue, region_end, speech):
            continue  # "è stato proclamato il lutto cittadino", "viene rigettato il ricorso": an act, in the passive too
        if speech.unsaid(doc, cue, cues):
            continue  # "l'insegnante può chiedere il trasferimento": a rule, nothing said yet
        if speech.verdict(doc, cue):
            continue  # "il giudice ha condannato l'imputato a dieci anni": a sentence, not speech
        if speech.evidence(doc, cue):
            continue  # "l'autopsia conferma la morte per asfissia": a finding, not speech
        if cue.rule != "headline":
            # (a headline's words run to the end of its line, an interview's answer, "Nome: …",
            # to the next label, whatever their commas)
            region_end = speech.content_end(doc, cue.content_start, region_end, cue)
        # a headline without a final stop runs on into the article's first sentence (also one
        # with a verb: "X chiede rispetto per i perseguitati A seguito degli attacchi…")
        region_end = speech.headline_end(doc, cue.content_start, region_end, titles=cue.rule != "headline")
        if cue.complement == "che":
            region_end = speech.narrated_conjunct_end(doc, cue.content_start, region_end, cue)
        if cue.complement in ("di", "object", "passive"):
            region_end = speech.verbless_end(doc, cue.content_start, region_end)
            if cue.lemma in speech.g.charge_verbs:
                region_end = speech.charge_end(doc, cue.content_start, region_end)
            colon = text.find(":", cue.content_start, region_end)
            if colon != -1 and not speech.announced_list(doc, speech.context(doc).token_at(colon),
                                                         speech.context(doc).token_at(region_end - 1) + 1) \
                    and not (cue.complement == "object" and _phrase_after_colon(doc, colon, region_end, speech)):
                region_end = colon  # "di impegnarsi a…: dopo la vittoria, …" (not "il rinvio di due gare: A e B")
        region_end = _before_unopened_bracket(text, cue.content_start, region_end)
        if cue.complement in ("che", "di", "object"):
            region_end = _before_closing_dash(doc, cue, region_end, speech)
        if cue.complement in ("che", "di") and (speaker is None or speaker.how.startswith("null-subject")):
            region_end = _before_postposed_subject(doc, cue.content_start, region_end, speech)
        region_end = speech.aside_end(doc, cue.content_start, region_end)
        if cue.complement == "colon" and not inside:
            region_end = speech.spoken_sentences_after(doc, region_end, cues)
        region_end = _before_quoted_words(marks, done, cue.content_start, region_end)
        content = _trim(text, _after_opening_connective(doc, cue, cue.content_start, region_end, speech), region_end)
        if content is None:
            continue
        # "ha detto di essere addolorato, e che la città reagirà": the other complement after
        # ", e" opens a second proposition, reported on its own
        parts = _propositions(doc, text, cue, content, speech)
        for part in parts:
            quote = _make(doc, part[0], part[1], "indirect", cue, speaker, speech,
                          cue.about_start if part is parts[0] else part[0])
            quotes.append(replace(quote, speaker_rule="unnamed") if unsigned else quote)
        if cue.complement == "object" and _words(text[content[0]:content[1]]) > 1 \
                and not speech.lists_examples(doc, content[0], content[1]):
            # "riporta notizie raccapriccianti: alcune sarebbero state bruciate…": the clause
            # after a colon spells out the object, and is reported too (not after an object
            # already spelled out by its examples: "altre ipotesi, come X o Y: il bus…")
            spelled = _clause_after_colon(doc, text, content[1], cue.region_end)
            if spelled is not None:
                more = _make(doc, spelled[0], spelled[1], "indirect", cue, speaker, speech, spelled[0])
                quotes.append(replace(more, speaker_rule="unnamed") if unsigned else more)
        for i, p in inside:
            done[i] = _make(doc, p.start, p.end, "other", None, None, speech, None)
    # rule 7b: "ha detto che «…» e che tornerà domani": a proposition coordinated with the
    # quoted fragments, without marks, is reported speech of its own (the guidelines)
    last_mixed: dict[int, Quote] = {}
    for quote in done.values():
        if quote.kind == "mixed" and quote.cue_start is not None and quote.end > getattr(
                last_mixed.get(quote.cue_start), "end", -1):
            last_mixed[quote.cue_start] = quote
    by_start = {cue.start_char: (n, cue) for n, cue in enumerate(cues)}
    for cue_start, quote in last_mixed.items():
        n, cue = by_start.get(cue_start, (None, None))
        if cue is None or cue.complement != "che":
            continue
        tail = _coordinated_che(text, quote.end + 1, cue.region_end)
        if tail is not None:
            quotes.append(_make(doc, tail[0], tail[1], "indirect", cue, speakers[n], speech, tail[0]))
    # rule 8: the remaining pairs
    attributed = sorted((q for q in list(done.values()) + quotes if q.speaker and q.kind != "other"),
                        key=lambda q: q.end)
    attributed_ends = [q.end for q in attributed]
    for index, pair in enumerate(marks):
        if index in done:
            continue
        content = text[pair.start:pair.end]
        if pair.mark in "‘‹":
            continue
        prev_done = done.get(index - 1) if index > 0 else None
        fragment = _coordinated_fragment(text, marks, index, done)
        if fragment is not None:
            # "parla di «difesa della democrazia» e di «minaccia posta dall'esecutivo»": one more
            # fragment of the same words (also before one that a source after them attributes:
            # "la tutela di «dati privati» e di «dati sensibili», secondo X, …")
            done[index] = replace(_copy_speaker(doc, pair, fragment, speech), kind="mixed")
            continue
        if _same_clause_fragment(text, marks, index, done, speech.g):
            done[index] = replace(_copy_speaker(doc, pair, done[index - 1], speech), kind="mixed")
            continue
        listed = prev_done is not None and prev_done.kind == "direct" \
            and _only_glue(text[marks[index - 1].close + 1:pair.open], ",", "e", ";")
        # "«…», ha detto X. «Lo dico da anni»": a short one right after the sentence that
        # only signs the quotation before goes on with its words
        resumed = prev_done is not None and _resumes_after_cue(text, marks[index - 1], prev_done, pair)
        # "Ministro, quando arriva il decreto? «Entro fine mese»": the answer to a question
        answered = _answers_question(text, pair)
        if (_words(content) >= min_direct_words or listed or resumed or answered or _named_words(doc, pair, speech)
                or _exclaimed(content) or _after_stance(doc, pair, speech)) and not _uncued_title(doc, text, pair, speech) \
                and not _writers_phrase(doc, pair, speech) and not _named_saying(doc, pair, speech):
            # (a short one listed right after a direct quotation is one more of its words:
            # «Ciao Tony, amico di sempre», «Ciao, ci mancherai» e «Addio, cuore matto»)
            k = bisect_right(attributed_ends, pair.open)
            carried = _carry(text, pair, attributed[k - 1] if k else None)
            own = own_subject(doc, pair, carried, marks, cues, speech) or controller_subject(doc, pair, carried, speech) \
                if carried is not None else None
            if own is None and carried is not None and (
                    listed and not prev_done.speaker and prev_done.speaker_rule == "unnamed"
                    or subject_of_lead(doc, pair, carried, speech)) and not _inside_writer_clause(doc, marks, index, speech):
                # (and one listed right after such marks, kept null: "la parola «Basta!» e «Basta, signori!»")
                # "un coro, i quali hanno pronunciato le parole «…»": not the speaker before (kept
                # null by the ranker); a fragment in the writer's clause goes on with the reported
                # speech ("secondo il giudice … le qualifiche appaiono «del tutto inattendibili»")
                done[index] = replace(_make(doc, pair.start, pair.end, "direct", None, None, speech, None),
                                      speaker_rule="unnamed")
            elif own is not None:
                # "Aso esprime perplessità. Il presidente Bush ha chiamato Aso per riaffermare
                # «…»": the subject of the sentence that holds the marks, not the speaker before
                done[index] = replace(_make(doc, pair.start, pair.end, "direct", None, own, speech, None),
                                      rule="carried")
            elif carried is not None:
                done[index] = _make_carried(doc, pair, carried, speech)
            else:
                # (an answer: the person the article interviews, or names most before it)
                # (else, words in the first person in an article headed as an interview: the interviewee's)
                speaker = speech.interviewee(doc, speech.context(doc).token_at(pair.open)) if answered \
                    else speech.headed_interviewee(doc, pair.start, pair.end)
                done[index] = _make(doc, pair.start, pair.end, "direct", None, speaker, speech, None)
            if _inside_writer_clause(doc, marks, index, speech):
                done[index] = replace(done[index], kind="mixed")
        elif _called_so(doc, pair, speech):
            done[index] = _make(doc, pair.start, pair.end, "mixed", None, None, speech, None)
        else:
            done[index] = _make(doc, pair.start, pair.end, "other", None, None, speech, None)
    _titles_listed(doc, text, marks, done, speech)
    _distribute(doc, marks, done, speech)
    quotes.extend(done.values())
    quotes.extend(_nested(doc, all_marks, marks, done, speech))
    quotes = [part for q in quotes for part in _split_at_inside_cue(doc, q, cues, speech)]
    quotes = [part for q in quotes for part in _split_at_continuation(doc, q, speech)]
    # an interview set down as questions and unmarked answers: the answers are the interviewee's
    # (besides the speech reported inside them)
    for start, end, speaker in speech.question_answers(doc, [(p.start, p.end) for p in marks]):
        answer = _trim(text, start, end)
        if answer is not None and not any(q.start <= answer[0] and answer[1] <= q.end for q in quotes):
            quotes.append(replace(_make(doc, answer[0], answer[1], "indirect", None, speaker, speech, None),
                                  rule="interview"))
    quotes.extend(_spoken_after_colon(doc, text, quotes, cues, speech))
    quotes.extend(_reported_inside(doc, marks, done, speech))
    quotes.extend(_expected_after_report(doc, text, quotes, speech))
    # (a headline after the other quote of the same words: the headline may not be heard)
    quotes.sort(key=lambda q: (q.start, q.end, q.rule == "headline"))
    return _dedupe(_without_channel_reports(quotes))


def _without_channel_reports(quotes: list[Quote]) -> list[Quote]:
    """Not an unmarked report whose cue comes after it when its words hold a marked quotation
    with its own cue (*«Non firmeremo», ha detto il ministro X, come riporta la Bbc*,
    *«…», ha dichiarato X, secondo quanto riferisce l'Ansa*): the outlet is the channel of
    the speaker's words, which the direct quotation holds; it says nothing of its own."""
    def channel(q: Quote) -> bool:
        return q.kind == "indirect" and q.cue_start is not None and q.cue_start >= q.end and any(
            d.kind == "direct" and d.cue_start is not None and q.start <= d.start and d.end <= q.end
            and q.start <= d.cue_start and d.cue_end <= q.end for d in quotes)
    return [q for q in quotes if not channel(q)]


def _expected_after_report(doc: Doc, text: str, quotes: list[Quote], speech: SpeechFinder) -> list[Quote]:
    """A sentence whose main verb (or its conjunct: *…, ma si **dovrebbe** votare…*) hangs on a
    modal of expectation in the conditional (the grammar's ``expectation_modals``: *I lavori
    **dovrebbero** durare pochi giorni*), right after a sentence whose last quotation has a
    speaker, in the same paragraph: the news conditional goes on with what that source said,
    and the source speaks it (after words in marks only when their cue follows them: *«…»: lo
    ha annunciato X.*; marks that close the sentence hand the narration back to the writer).
    Not a hypothesis (a ``hypothetical_conjunctions`` or ``future_openers`` word before the
    modal: *se…*, *quando…*), nor a question, nor a sentence that holds a quotation of its own."""
    ctx = speech.context(doc)
    if not ctx.has_morph:
        return []
    said = [q for q in quotes if q.kind != "other"]
    openers = speech.g.hypothetical_conjunctions | speech.g.future_openers
    out: list[Quote] = []
    for sent in ctx.sents:
        heads = [sent.root, *(t for t in sent.root.children if t.dep_ == "conj")]  # (a main clause or its conjunct)
        modal = next((t for h in heads for t in h.children if t.dep_ == "aux" and t.i < h.i
                      and "Cnd" in t.morph.get("Mood") and speech.lemmas(t) & speech.g.expectation_modals), None)
        if modal is None or sent.text.rstrip().endswith("?") \
                or any(norm_word(t) in openers for t in doc[sent.start:modal.i]) \
                or any(q.start < sent.end_char and sent.start_char < q.end for q in said):
            continue
        last = max((q for q in said if q.end <= sent.start_char), key=lambda q: q.end, default=None)
        closing = last is not None and last.kind == "direct" and not any(
            ch.isalnum() for ch in text[last.end:sent.start_char])  # (the marks close the sentence before)
        if last is None or not last.speaker or closing or "\n" in text[last.end:sent.start_char] \
                or ctx.sent(ctx.token_at(last.end - 1)).end != sent.start:
            continue  # (the report stands in the sentence right before, in the same paragraph)
        speaker = _previous_speaker(text, sent.start_char, last)
        span = _trim(text, sent.start_char, sent.end_char)
        if speaker is not None and span is not None:
            out.append(replace(_make(doc, span[0], span[1], "indirect", None, speaker, speech, span[0]),
                               rule="expected"))
    return out


def _spoken_after_colon(doc: Doc, text: str, quotes: list[Quote], cues: list[Cue],
                        speech: SpeechFinder) -> list[Quote]:
    """Words in the first or second person after a colon, without quote marks, that no cue
    reached: what the subject of the clause before the colon said (*L'allenatore era deluso:
    Abbiamo giocato male*, *Il sindaco ha criticato la scelta: Non ci avete ascoltati*), or,
    after a bare continuation (*E poi: …*, *Ed ancora: …*), what the speaker of the quotation
    before went on to say. A narrator writes of others in the third person: the first or second
    person marks someone's own words, and a named subject before the colon, or the quotation
    before, says whose."""
    ctx = speech.context(doc)
    if not ctx.has_morph:
        return []
    blocked = speech.quoted_ranges(doc)
    taken = sorted((q.start, q.end) for q in quotes)
    out: list[Quote] = []
    for tok in doc:
        if tok.text != ":" or not text[tok.idx + 1:tok.idx + 2].isspace() or any(s <= tok.idx < e for s, e in blocked):
            continue  # (not "alle 2:30")
        sent = ctx.sent(tok.i)
        end = next((t.i for t in doc[tok.i:sent.end] if "\n" in t.text + t.whitespace_), sent.end - 1) + 1
        content = doc[tok.i + 1:end]  # (to the end of the line: a title or a list may follow)
        if len(content) < 3 or any(t.text in QUOTE_CHARS for t in content) \
                or any(s < content.end_char and content.start_char < e for s, e in taken):
            continue
        lead = speech.clause_lead(doc, tok.i, sent.start)
        # "X è stato chiaro: …", "Netto il no di X: …": a frame of stance says whose words follow,
        # in the third person too
        stance = speech.colon_stance(doc, lead, tok.i)
        if not stance and speech.news_before_colon(doc, lead, tok.i) and any(speech.is_finite(t) for t in content):
            # "La notizia arriva da Roma: …": a report no one signs
            span = _trim(text, content.start_char, content.end_char)
            if span is not None:
                out.append(replace(_make(doc, span[0], span[1], "indirect", None, None, speech, span[0]),
                                   rule="colon-news", speaker_rule="unnamed"))  # (kept null by the ranker)
            continue
        if norm_word(content[0]) == "che" or not stance and not any(speech.own_words_mark(t) for t in content):
            continue  # ("ha detto che X: che …": the reported clause goes on)
        if any(speech.own_words_mark(t) and not (t.i == sent.start and t.is_title) for t in doc[lead:tok.i]):
            continue  # the writer speaks in the first person before the colon too ("Ora vorrei dire: …")
            # (not a participle opening the sentence that the tagger reads so: "Giunto a Roma, …")
        verbs = [t for t in doc[lead:tok.i] if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                 and (stance or not speech.first_or_second(t))]  # ("non usa mezzi termini": read as an imperative)
        cue = None
        if isinstance(stance, tuple):
            first_tok = doc[lead]
            cue = Cue(start=lead, end=tok.i, start_char=first_tok.idx, end_char=tok.idx, text="",
                      complement="colon", content_start=content.start_char, region_start=content.start_char,
                      region_end=content.end_char, about_start=content.start_char, rule="colon-speech",
                      speaker_np=stance)
            speaker = speech.speaker_for(doc, cue)
            if speaker is None:
                continue
        elif verbs:
            first = next((t.i for t in content if t.text in (",", ";")), content.end)
            if not stance and not any(speech.own_words_mark(t) for t in doc[content.start:first]):
                continue  # (someone's words speak so from their first clause; "…: il protagonista vola,
                # lo vediamo salire" is the writer's aside)
            said = speech.colon_speech_verb(doc, lead, tok.i) if stance == "clause" else None
            v = doc[said] if said is not None else verbs[0]  # (the verb of saying, not one of a clause before it)
            cue = Cue(start=v.i, end=v.i + 1, start_char=v.idx, end_char=v.idx + len(v), text="",
                      complement="colon", content_start=content.start_char, region_start=content.start_char,
                      region_end=content.end_char, about_start=content.start_char, rule="colon-speech")
            speaker = speech.speaker_for(doc, cue)
            if speaker is None or speaker.label not in ("PER", "ORG") and not (
                    {norm_word(t) for t in doc.char_span(speaker.start, speaker.end, alignment_mode="expand") or ()}
                    & speech.speaking_nouns):
                continue  # ("La squadra ha tre punti di forza: …": no one who speaks)
        elif all(norm_word(t) in speech.g.colon_continuations for t in doc[lead:tok.i]):
            before = [q for q in quotes + out if q.speaker and q.kind != "other" and q.end <= tok.idx]
            speaker = _previous_speaker(text, tok.idx, max(before, key=lambda q: q.end, default=None))
            if speaker is None:
                continue
        else:
            continue
        end = speech.spoken_sentences_after(doc, content.end_char, cues)
        colon = text.find(":", content.end_char, end)
        if colon != -1:  # (up to the sentence before the next colon: "… Ed ancora: …" is a quotation of its own)
            end = ctx.sent(ctx.token_at(colon)).start_char
        span = _trim(text, content.start_char, end)
        if span is not None:
            out.append(replace(_make(doc, span[0], span[1], "indirect", cue, speaker, speech, span[0]),
                               rule="colon-speech"))
    return out


def _distribute(doc: Doc, marks: list[MarkPair], done: dict[int, Quote], speech: SpeechFinder) -> None:
    """*Rossi, Bianchi e i Verdi hanno salutato così: «A», «B» e «C»*: a list of as many direct
    quotations as the names coordinated in their speaker's mention gives each name its own, in
    order (in ``done``)."""
    text = speech.context(doc).text
    index = 0
    while index < len(marks):
        first = done.get(index)
        last = index
        while first is not None and first.kind == "direct" and last + 1 in done \
                and done[last + 1].kind == "direct" and done[last + 1].speaker == first.speaker \
                and _only_glue(text[marks[last].close + 1:marks[last + 1].open], ",", "e", ";"):
            last += 1
        if last > index and first.speaker_start is not None:
            names = coordinated_names(doc, first.speaker_start, first.speaker_end, speech)
            if len(names) == last - index + 1:
                for k, speaker in zip(range(index, last + 1), names):
                    done[k] = replace(_make(doc, marks[k].start, marks[k].end, "direct", None, speaker, speech, None),
                                      rule=done[k].rule, cue=done[k].cue, cue_start=done[k].cue_start,
                                      cue_end=done[k].cue_end)
        index = last + 1






def _titles_listed(doc: Doc, text: str, marks: list[MarkPair], done: dict[int, Quote], speech: SpeechFinder) -> None:
    """Marks no cue introduces and no one signs, listed right next to a title (only a comma,
    *e* or a semicolon between: *i dischi «Vento del Sud», «Tutti giù!» e «Mare e luna 2: il
    ritorno»*), that open with a capital and hold no finite verb: one more title of the list
    (*other*), whatever their length or exclamation; the list is followed both ways: one pass
    forward takes the members after a title, one backward those before it (each pass sees the
    titles the one before made). Not a list of words said (*«Basta!», «Via!»* after no title)."""
    def title_like(quote: Quote | None) -> bool:
        return quote is not None and quote.kind == "other" and text[quote.start:quote.end][:1].isupper()

    order = sorted(done)
    for indices in (order, order[::-1]):
        for index in indices:
            quote = done[index]
            if quote.kind != "direct" or quote.cue_start is not None or quote.speaker \
                    or not text[quote.start:quote.end][:1].isupper() \
                    or not _verbless(doc, marks[index], finite_only=True):
                continue
            if any(title_like(done.get(n)) and _only_glue(text[marks[a].close + 1:marks[b].open], ",", "e", ";")
                   for n, a, b in ((index - 1, index - 1, index), (index + 1, index, index + 1))
                   if 0 <= n < len(marks)):
                done[index] = _make(doc, quote.start, quote.end, "other", None, None, speech, None)


def _coordinated_fragment(text: str, marks: list[MarkPair], index: int, done: dict[int, Quote]) -> Quote | None:
    """The attributed mixed fragment that the pair at ``index`` is coordinated with (*«A» e di
    «B»*): the one before it, else the one after it; None when there is none."""
    for other, (left, right) in ((index - 1, (index - 1, index)), (index + 1, (index, index + 1))):
        quote = done.get(other) if other >= 0 else None
        if quote is not None and quote.kind == "mixed" and quote.speaker \
                and _COORDINATED_FRAGMENT.match(text[marks[left].close + 1:marks[right].open]):
            return quote
    return None


#: the most words between two marked fragments of the same clause
CLAUSE_FRAGMENT_WORDS = 6
#: characters that end a clause between two marked fragments: past them they are no longer pieces
#: of one clause (:func:`_same_clause_fragment`, :func:`_second_calling_fragment`, :func:`_before_next_predicate`)
CLAUSE_BREAKS = ".;:!?()[]"


def _second_calling_fragment(text: str, marks: list[MarkPair], index: int, g) -> bool:
    """The pair at ``index`` is the second predicate of one calling clause (*ha definito «un
    errore» la scelta di X e «una provocazione» le parole di Y*): a few words after the pair
    before it, with no punctuation between and a coordinator right before it, and a noun right
    after its closing mark with no comma or colon: the noun phrase after it is what is called so
    (*le parole di Y*), not whose words the marks are (*«…», le parole di Y*)."""
    if index < 1 or marks[index].close + 1 >= len(text):
        return False
    between = text[marks[index - 1].close + 1:marks[index].open].split()
    after = text[marks[index].close + 1:marks[index].close + 3]
    return 1 < len(between) <= CLAUSE_FRAGMENT_WORDS and between[-1].lower() in g.coordinators \
        and not any(c in " ".join(between) for c in CLAUSE_BREAKS + "\n\"«»“”") and after[:1] == " " and after[1:2].isalpha()


def _same_clause_fragment(text: str, marks: list[MarkPair], index: int, done: dict[int, Quote], g) -> bool:
    """The pair at ``index`` follows an attributed mixed fragment in the same clause, a few
    words after it with no punctuation between (*hanno espresso "seria preoccupazione" in
    "questo particolare momento"*): one more piece of the same words; not a name (*"Yes We
    Can"*)."""
    prev = done.get(index - 1) if index > 0 else None
    if prev is None or prev.kind != "mixed" or not prev.speaker:
        return False
    between = text[marks[index - 1].close + 1:marks[index].open]
    return (len(between.split()) <= CLAUSE_FRAGMENT_WORDS and not any(c in CLAUSE_BREAKS + "\n" for c in between)
            and not _looks_like_name(text[marks[index].start:marks[index].end], g, terms=False))


def _heard_headlines(doc: Doc, quotes: list[Quote], speech: SpeechFinder) -> list[Quote]:
    """A headline *Nome: contenuto* counts only when the name speaks elsewhere in the article
    (*Amnesty: Siria, crimini di guerra…* over *Amnesty International denuncia…*) or the
    headline gives the name's title (*Mario Rossi, direttore del festival: …*); else the
    name is the headline's topic (*PD: Cuperlo si dimette*, *Vito Bongiorno: mostra
    antologica…*)."""
    others = [q.speaker for q in quotes if q.speaker and q.rule != "headline"]
    # (the same label twice is an interview: "Köcher: … Köcher: …")
    labels = Counter(q.speaker for q in quotes if q.speaker and q.rule == "headline")
    others += [name for name, n in labels.items() if n > 1]
    return [q for q in quotes
            if q.rule != "headline" or q.speaker and (any(same_name(q.speaker, other) for other in others)
                                                      or _titled_headline(doc, q, speech))]


def _headline_descriptions_named(doc: Doc, quotes: list[Quote], speech: SpeechFinder) -> list[Quote]:
    """A headline's speaker given by a description (*OMC: il direttore generale annuncia le
    dimissioni*, *Lavoro: i marittimi scrivono a…*, *Giornale cinese accusa: …*) is the name
    its lead sentence gives the same description (*Il direttore generale dell'OMC, il brasiliano
    X, ha annunciato…*, *Il quotidiano cinese X…*: a synonym of a kind of medium counts): the
    guidelines' fullest name. A headline is a quotation whose words end with no final stop
    before a new line or a capitalised word; its lead, the first quotation after it with a
    named speaker, before any full stop, whose subject words hold the description's head noun."""
    text = speech.context(doc).text
    found = list(quotes)
    for n, quote in enumerate(quotes):
        if not quote.speaker or quote.speaker_start is None or quote.speaker_end is None \
                or not _runs_into_lead(text, quote.end):
            continue
        mention = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        if mention is None or any(t.ent_type_ for t in mention) or not speech.is_description(mention):
            continue
        words = [t for t in mention if t.is_alpha and norm_word(t) not in speech.g.articles]
        head = next((t for t in words if t.pos_ == "NOUN"), words[0] if words else None)
        heads = _kinds_of(head, speech) if head is not None else set()
        lead = next((q for q in quotes[n + 1:] if q.start > quote.end and q.speaker and q.speaker[:1].isupper()
                     and q.speaker_start is not None and q.speaker_end is not None
                     and quote.end < q.speaker_start), None)
        if lead is None or not heads:
            continue
        words_end = max(lead.speaker_end, lead.cue_start or lead.speaker_end)
        if re.search(r"[.!?]\s", text[quote.end:min(words_end, lead.start)]):
            continue
        span = doc.char_span(quote.end, words_end, alignment_mode="expand")
        if span is not None and any(heads & _kinds_of(t, speech) for t in span if t.pos_ in ("NOUN", "PROPN")):
            found[n] = replace(quote, speaker=lead.speaker, speaker_label=lead.speaker_label,
                               speaker_rule=quote.speaker_rule + "+lead")
    return found


def _kinds_of(token, speech: SpeechFinder) -> set[str]:
    """The lemmas and lower-case form of ``token``, a kind of medium for its synonyms
    (*quotidiano* -> *giornale*)."""
    words = set(speech.lemmas(token)) | {token.lower_}
    return words | {speech.medium_kind(w) for w in words}


def _runs_into_lead(text: str, end: int) -> bool:
    """The words ending at ``end`` end a headline: no final stop, then a new line or a
    capitalised word."""
    rest = text[end:end + 3].lstrip(" \t")
    return rest[:1] == "\n" or rest[:1].isupper()


def _titled_headline(doc: Doc, quote: Quote, speech: SpeechFinder) -> bool:
    """The label of the headline ``quote`` holds more than its speaker's mention: a title
    (*Francia, il ministro Dupont: …*, *Mario Rossi, direttore del festival: …*)."""
    if not quote.speaker_mention:
        return False
    ctx = speech.context(doc)
    sent = ctx.sent(ctx.token_at(quote.start))
    label = ctx.text[sent.start_char:quote.start].strip().rstrip(":").strip()
    if label == quote.speaker_mention or quote.speaker_mention not in label:
        return False
    # ("Sanità, Bruni: …": a topic before the bare name is no title)
    parts = [part.strip() for part in label.split(",")]
    own = next((n for n, part in enumerate(parts) if quote.speaker_mention in part), None)
    return own is None or parts[own] != quote.speaker_mention or own == 0


def _nested(doc: Doc, all_marks: list[MarkPair], marks: list[MarkPair], done: dict[int, Quote],
            speech: SpeechFinder) -> list[Quote]:
    """Words quoted inside a direct quotation right after a speech verb of its own: *«…hanno
    cominciato a gridare "Allah"…»*, *«A quel punto mi sono detto: "Basta"»*: a direct quote of
    their own (the guidelines), said by the quotation's speaker when the verb is in the first
    person, else by whoever the speaker ranker names; without such a verb (*«…un "grande
    balzo"…»*) they are a term or a title, *other*."""
    outer = [(p, done.get(i)) for i, p in enumerate(marks)]
    outer = [(p, q) for p, q in outer if q is not None and q.kind == "direct"]
    if not outer or len(all_marks) == len(marks):
        return []
    ctx = speech.context(doc)
    opens = [p.open for p, _ in outer]
    found = []
    for pair in all_marks:
        k = bisect_right(opens, pair.open) - 1
        if k < 0:
            continue
        host, quote = outer[k]
        if not (host.open < pair.open and pair.close < host.close) or pair.end - pair.start < 2:
            continue
        first = ctx.token_at(pair.open)
        sent = ctx.sent(first)
        j = first - 1
        if j >= 0 and doc[j].text == ":":
            j -= 1
        # (an adverb between the verb and the marks: "ci ha detto solo "…"")
        while j > ctx.token_at(host.open) and first - j <= 2 and doc[j].pos_ == "ADV" and doc[j].is_lower:
            j -= 1
        cue = None
        for i in range(j, max(j - 3, sent.start - 1, ctx.token_at(host.open) - 1), -1):
            verb = speech.verb_cue(doc, i, sent)
            if verb is not None and verb[1] == j + 1:
                cue = verb
                break
        if cue is None:
            if pair.mark not in "‘‹'":
                # "…nel merito di questa "punizione esemplare"…": a term, a title or a scare
                # quote inside the speaker's words (the guidelines' other)
                found.append(_make(doc, pair.start, pair.end, "other", None, None, speech, None))
            continue
        words = doc[max(cue[0] - 1, 0):cue[1]]
        verbs = [t for t in words if t.pos_ in ("AUX", "VERB") and t.morph.get("Person")]
        # (a clitic of the first person is the hearer when the verb is not: "mi ha detto")
        first_person = any("1" in t.morph.get("Person") for t in verbs) or not verbs and any(
            norm_word(t) in ("mi", "ci") for t in words)
        speaker = Speaker(quote.speaker, quote.speaker_label, quote.speaker_mention or "",
                          quote.speaker_start if quote.speaker_start is not None else pair.open,
                          quote.speaker_end if quote.speaker_end is not None else pair.open,
                          "enclosing") if first_person and quote.speaker else None
        span = doc[cue[0]:cue[1]]
        if not first_person:
            speaker = _teller(doc, marks, host, span, quote, speech)
        found.append(replace(_make(doc, pair.start, pair.end, "direct", None, speaker, speech, None),
                             cue=span.text, cue_start=span.start_char, cue_end=span.end_char,
                             rule=f"nested:{cue[2]}"))
    return found


def _teller(doc: Doc, marks: list[MarkPair], host: MarkPair, span, quote: Quote,
            speech: SpeechFinder) -> Speaker | None:
    """The subject of the verb ``span`` that says the words quoted inside the direct quotation
    ``quote`` (marks ``host``), in the third person: *«Il sindaco Rossi mi ha detto: "…"»*, *«il
    comandante ha gridato "tutti fuori"»*; the words of the quotation read as the writer's.
    None when it names no one, or the quotation's own speaker."""
    ctx = speech.context(doc)
    blocked = ctx.blocked
    first = ctx.sent(ctx.token_at(host.open)).start
    # (the cues of the quotation's sentences and the sentence before, whose speaker a null
    # subject carries: the whole document's would make a long one quadratic)
    opening = ctx.sent(first - 1).start_char if first > 0 else 0
    cues = speech.find_cues(doc, [(p.start, p.end) for p in marks if p is not host], within=(opening, host.close + 1))
    try:
        n = next((k for k, c in enumerate(cues) if c.start_char <= span.start_char < c.end_char), None)
        if n is None or not cues[n].rule.startswith("verb:"):
            return None
        speaker = _cue_speakers(doc, cues, speech)[n]
    finally:
        speech.context(doc, blocked)  # (the writer's words again outside the marks)
    if speaker is None or not speaker.name or quote.speaker and same_name(speaker.name, quote.speaker):
        return None
    return speaker


def _reported_inside(doc: Doc, marks: list[MarkPair], done: dict[int, Quote],
                     speech: SpeechFinder) -> list[Quote]:
    """What someone told the speaker, reported without marks inside a direct quotation: a
    speech verb with a clitic of the first person as its hearer and *che* or *di* after it
    (*«…il prefetto Sala mi ha detto che la strada riaprirà»*, *«…ci hanno chiesto di
    restare»*): an indirect quote of its own (the guidelines: a report inside an answer is
    annotated separately), inside the direct one, which stays whole. Its speaker is the verb's
    subject, never the quotation's speaker (who is the hearer). The speaker's own words (*«ho
    detto che…»*, *«mi sono chiesto se…»*) and reports heard by no one named in the quotation
    (*«gli esperti dicono che…»*) stay part of the direct quotation."""
    hosts = [(p, done[i]) for i, p in enumerate(marks) if i in done and done[i].kind == "direct"]
    spans = [doc.char_span(h.start, h.end, alignment_mode="expand") for h, _ in hosts]
    if not any(span is not None and any(map(_first_person_clitic, span)) for span in spans):
        return []  # (no "mi", "ci" in any: the cues need not be found again)
    blocked = speech.context(doc).blocked
    # the cues inside the hosts, read as the writer's words (the other marks stay blocked)
    cues = speech.find_cues(doc, [(p.start, p.end) for p in marks if all(p is not h for h, _ in hosts)])

    def told_me(cue: Cue) -> bool:
        words = doc[max(cue.start - 1, 0):cue.end]
        return cue.rule.startswith("verb:") and not any(
            "1" in t.morph.get("Person") for t in words if t.pos_ in ("AUX", "VERB")) and any(map(_first_person_clitic, words))

    inner = [c for c in cues if not c.inside_quote and c.complement in ("che", "di") and told_me(c)
             and any(h.start < c.start_char and c.content_start < h.end for h, _ in hosts)]
    found = []
    if inner:
        speakers = _cue_speakers(doc, cues, speech)
        text = speech.context(doc).text
        for cue in inner:
            quote = next(q for h, q in hosts if h.start < cue.start_char < h.end)
            end = speech.content_end(doc, cue.content_start, min(cue.region_end, quote.end), cue)
            colon = text.find(":", cue.content_start, end)
            content = _trim(text, cue.content_start, end if colon == -1 else colon)
            if content is None:
                continue
            speaker = speakers[cues.index(cue)]
            if speaker is None or quote.speaker and same_name(speaker.name, quote.speaker):
                # (the hearer does not tell himself: no one the ranker may name either)
                found.append(replace(_make(doc, content[0], content[1], "indirect", cue, None, speech,
                                           cue.about_start), speaker_rule="unnamed"))
            else:
                found.append(_make(doc, content[0], content[1], "indirect", cue, speaker, speech, cue.about_start))
    speech.context(doc, blocked)  # (the writer's words again outside the marks)
    return found


def _split_at_continuation(doc: Doc, quote: Quote, speech: SpeechFinder) -> list[Quote]:
    """Unmarked words after a colon that go on past a semicolon or a period, then a bare
    continuation and a colon (*ha detto al figlio: Se non lo ferma, si fa male; **ed anche:**
    Non colpirlo più*, *…. **E poi:** …*): two quotations of the same speaker, the words before
    the continuation and those after its colon (``colon_continuations``: *e*, *ed*, *ancora*,
    *anche*, *poi*…)."""
    if quote.kind != "indirect":
        return [quote]
    text = speech.context(doc).text
    parts, start = [], quote.start
    for m in re.finditer(r"[;.]\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*:\s+", text[quote.start:quote.end]):
        words = [w.lower() for w in m.group(1).split()]
        if not all(w in speech.g.colon_continuations for w in words):
            continue  # ("; la ragione è semplice: …": a clause of its own)
        left_end = quote.start + m.start() + (text[quote.start + m.start()] == ".")
        if left_end - start >= 2:
            parts.append((start, left_end))
        start = quote.start + m.end()
    if not parts:
        return [quote]
    parts.append((start, quote.end))
    return [replace(quote, start=s, end=e, text=text[s:e], about=speech.about(doc, s, e, quote.speaker))
            for s, e in parts if e - s >= 2]


def _split_at_inside_cue(doc: Doc, quote: Quote, cues: list[Cue], speech: SpeechFinder) -> list[Quote]:
    """«Siamo pronti – ha detto il ministro – a trattare»: one quotation interrupted by its cue is
    two spans (the guidelines), the words before the first dash and after the second; each later
    interruption cuts it again («So che – ha rivelato – si sono fermati. È per questo – conclude –
    che ha sbandato»: three spans)."""
    if quote.kind != "direct":
        return [quote]
    inside = {(c.start_char, c.end_char) for c in cues if c.inside_quote and quote.start < c.start_char < quote.end}
    if quote.cue_start is not None and quote.start < quote.cue_start < quote.end:
        inside.add((quote.cue_start, quote.cue_end))
    if not inside:
        return [quote]
    text = speech.context(doc).text
    parts, start = [], quote.start
    for cue_start, cue_end in sorted(inside):
        if cue_start < start:
            continue
        left_end = cue_start
        while left_end > start and (text[left_end - 1].isspace() or text[left_end - 1] in ASIDE_DASHES | {","}):
            left_end -= 1
        dash = min((i for i in (text.find(d, cue_end, quote.end) for d in ASIDE_DASHES) if i != -1), default=-1)
        right_start = dash + 1 if dash != -1 else quote.end
        # ("– ha proseguito –, dalla prima alla quinta": the punctuation after the dash is not said)
        while right_start < quote.end and (text[right_start].isspace() or text[right_start] in ",.;:"):
            right_start += 1
        parts.append((start, left_end))
        start = right_start
    parts.append((start, quote.end))
    out = [replace(quote, start=s, end=e, text=text[s:e], about=speech.about(doc, s, e, quote.speaker))
           for s, e in parts if e - s >= 2]
    return out or [quote]


def _cue_speakers(doc: Doc, cues: list[Cue], speech: SpeechFinder) -> list[Speaker | None]:
    """Speakers of the cues in text order; a cue shares the speaker of the cue before it in the
    same sentence when it is coordinated with it or a gerund. A null subject carries the speaker
    named last in the sentence before, or before sentences that are all quoted; a cue inside or
    right after the marks names it after itself (*«…» – scrive il segretario – «…». Ancora,
    auspica…*: the secretary)."""
    out: list[Speaker | None] = []
    ctx = speech.context(doc)
    carried: tuple[Speaker, int] | None = None  # the last speaker named and its cue's token
    for n, cue in enumerate(cues):
        previous = earlier = None
        sent = ctx.sent(cue.start)
        if n and out[-1] is not None:
            before = ctx.sent(cues[n - 1].start)
            inside = cues[n - 1].rule.startswith("source:") and speech.has_words_before(doc, sent, cues[n - 1].start)
            if before.start == sent.start and not inside:
                # (not the source of a marker set inside the clause after its subject: "Il governo,
                # secondo le parole del premier X, ha porto scuse, annunciando…", "I due erano,
                # stando alle accuse, …, ma assicuravano…": the verb after it shares that subject;
                # "Secondo X, il governo durerà, affermando…": X)
                previous = out[-1]
            elif sent.start > 0 and before.start == ctx.sent(sent.start - 1).start:
                earlier = carried[0]  # the last speaker of the sentence before
        if previous is None and earlier is None and carried is not None \
                and _quoted_between(doc, carried[1], sent, speech):
            earlier = carried[0]
        out.append(speech.speaker_for(doc, cue, previous, earlier))
        named = out[-1]
        if (named is None or named.how.startswith("null-subject")) and (
                cue.inside_quote or _right_after_quote(doc, cue, speech) and not _preposition_content(doc, cue, speech)):
            # (not the name in the phrase a verb takes what it reports with: "il «Duca» ha
            # protestato contro la Regione": what he protested against)
            # "«…» – scrive il segretario –", "«…», ha aggiunto Rossi.": the name after the cue
            named = speech.speaker_after(doc, cue, quoted=not cue.inside_quote) or named
        if named is not None:
            carried = named, cue.start
    return out


def _right_after_quote(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """Only marks, commas or dashes between a quotation's end and the cue: *«…», ha aggiunto*."""
    ctx = speech.context(doc)
    blocked = speech.quoted_ranges(doc)
    k = bisect_right(blocked, (cue.start_char, float("inf"))) - 1
    if k < 0 or blocked[k][1] > cue.start_char:
        return False
    between = ctx.text[blocked[k][1]:cue.start_char]
    return len(between) <= 5 and not any(c.isalnum() or c in ".;:!?" for c in between)


def _quoted_between(doc: Doc, cue_start: int, sent: Span, speech: SpeechFinder) -> bool:
    """The last speaker was named (at token ``cue_start``) in the sentence before ``sent``, or
    in an earlier one with only quoted sentences between: *«Sì – scrive il segretario – …».
    Ancora, auspica…* (the speaker inside the marks), *Ha dichiarato: «Dipende. Forse no.».
    Successivamente minaccia…* (the sentences in marks name no new subject)."""
    ctx = speech.context(doc)
    blocked = speech.quoted_ranges(doc)
    k = sent.start
    while cue_start < k:
        prev = ctx.sent(k - 1)
        if prev.start <= cue_start:
            return True
        if not all(ctx.is_blocked(t.idx, blocked) for t in prev if t.is_alpha):
            return False
        k = prev.start
    return False


def _starts_object(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The words after an object cue open a noun phrase (*le dimissioni*, *ogni accusa*), not a
    prepositional phrase, a verb or the end of the sentence."""
    span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    norm = first.text.replace("’", "'").lower()
    # "ha criticato Alfano": blame aims at the person (so does a locution, "ha puntato il dito contro Rossi")
    target = cue.verb in speech.g.person_target_verbs or cue.lemma in speech.g.person_target_verbs
    if cue.lemma in speech.g.poll_verbs:
        return True  # "i sondaggi danno per favorito Rossi": the cue checked what opens its object
    if norm in speech.g.object_starts and not target and speech.names_a_person(doc, first.i, span.end):
        return False  # "ha ricordato il medico Giuseppe Liotta": a person, not words
    if norm in speech.g.object_starts or first.like_num:
        return True  # "le dimissioni", "6 morti"
    if norm in speech.g.quantity_openers and len(span) > 2 and (span[1].like_num or span[1].pos_ == "NUM") \
            and norm_word(span[2]) not in speech.g.counted_time_nouns:
        # "oltre 10.000 feriti": a quantity opener that is also a preposition, then a number, as
        # "6 morti" (not "oltre 10 volte la riforma": how often, the object after it)
        return True
    if first.ent_type_ in ("PER", "ORG") and first.ent_iob_ == "B" and target:
        # "Travaglio attacca Schifani", "ha duramente criticato Alfano e la sua scelta"; a body is
        # blamed the same way ("Rossi critica la Fiat sui licenziamenti" written "critica Fiat")
        return True
    if first.ent_type_ and first.ent_iob_ == "B":
        # "ha ringraziato Rossi": a person, not content; but "ha ringraziato Rossi per il
        # sostegno": the reason is what was said
        ents = speech.context(doc).ents_in_tokens(first.i, first.i + 1)
        return bool(ents) and ents[0].end < len(doc) and doc[ents[0].end].lower_ in ("per", "di")
    if cue.verb in speech.g.stance_verbs and speech.opens_stance(doc, first.i, span.end):
        return True  # "si è espresso contro la riforma": the stance phrase is what is reported
    if cue.verb in speech.g.a_infinitive_verbs and speech.urged_noun(doc, first.i, span.end):
        return True  # "esorta alla calma", "invita alla mobilitazione": what an appeal urges, a + noun as a + infinitive
    verb = max((t.i for t in doc[cue.start:cue.end - 1] if t.pos_ == "VERB"), default=None)
    if speech.reports_of(cue) and verb is not None and doc[cue.end - 1].dep_ != "fixed" \
            and all(t.pos_ == "ADV" for t in doc[verb + 1:cue.end - 1]) and speech.di_infinitive(doc, cue.end - 1, span.end):
        # "ha parlato (apertamente) di riformare la legge": what one spoke of doing, di + infinitive
        # right after the verb and its adverbs (not the di of a locution or a noun, "ha parlato
        # prima di lasciare la sala", "si parli chiaro in modo di poter agire")
        return True
    if norm in speech.g.forms("a") and speech.appeal(cue):
        return True  # "ha fatto appello all'ONU perché…": the addressee opens what is asked
    if (norm in speech.g.forms("a") or norm == "contro") and speech.light_noun_cue(cue):
        return True  # "ha espresso contrarietà a questa legge", "ha mosso accuse contro il governo": the target
    # (a preposition opens no object: "ha confessato dopo un faccia a faccia…"; but "del Capo dello
    # Stato" after "la sua delusione nei confronti" is what is reported)
    return first.is_alpha and first.is_lower and not speech.is_verbish(first) and norm not in {"che", "se", "di"} \
        and norm not in speech.g.prepositions - speech.g.forms("di")


def _preposition_content(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The words after the cue open a phrase of a preposition by which its verb takes what it
    reports (``SpeechFinder.preposition_content_at``: *ha protestato **contro la chiusura***; of
    a locution, its whole lemma: *ha messo in guardia **dai rischi***)."""
    verb = cue.lemma if cue.lemma in speech.g.preposition_contents else cue.verb
    span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand") \
        if verb in speech.g.preposition_contents else None
    return span is not None and speech.preposition_content_at(doc, span.start, span.end, verb) == span.start


def _object_reported(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The object of ``cue`` is what it reports: an adjective phrase after a reflexive cue
    (*si è detto soddisfatto*) or a noun phrase after a cue that reports its object."""
    return speech.self_report(doc, cue) or speech.reports_object(cue) and _starts_object(doc, cue, speech) \
        or _preposition_content(doc, cue, speech) or cue.rule.startswith("verb:") and speech.bare_clause(doc, cue)  # "ha detto il governo non cambierà…"


def _before_quoted_words(marks, done: dict, start: int, end: int) -> int:
    """Where an indirect clause ends before quote marks that open inside it, run past its end and
    are already a quotation of their own (*secondo il questore, «le vere ragioni… Spero che…» -
    ha auspicato*): the quoted words are not reported twice."""
    for i, pair in enumerate(marks):
        if i in done and start <= pair.open < end <= pair.close:
            return pair.open
    return end


def _unfinished_before_marks(doc: Doc, text: str, content: tuple[int, int], g) -> bool:
    """A reported content cut at a colon right before quote marks, whose clause the marks finish:
    it ends on a preposition, an article, an auxiliary or a conjunction (*ha precisato che si
    tratta di: «un impegno…»*, *Questa, a detta del segretario, è stata: «la più…»*). The marked
    words are what was said; the words before them are no quotation of their own. Not a whole
    clause or an object before the colon (*ha spiegato che ancora molto resta da fare: «…»*, *ha
    annunciato il suo ritiro: «…»*), nor a bare subject (*ha affermato che la Protezione civile:
    «non si occupa…»*: its about is the clause's, and the marks are not always read as its own)."""
    after = text[content[1]:content[1] + 4].lstrip()
    if not after.startswith(":") or after[1:].lstrip()[:1] not in QUOTE_CHARS:
        return False
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    words = [t for t in span or () if not t.is_punct]
    return bool(words) and (words[-1].pos_ in ("ADP", "DET", "AUX", "CCONJ", "SCONJ")
                            or norm_word(words[-1]) in g.copulas | g.copula_participles)


def _first_person_clitic(token) -> bool:
    """A clitic of the first person by its morphology (*mi*, *ci*): the hearer in *mi ha detto*."""
    return "Yes" in token.morph.get("Clitic") and "1" in token.morph.get("Person")


def _new_clause_before(doc: Doc, text: str, cue: Cue, pair, speech: SpeechFinder) -> bool:
    """After a *di* + infinitive or a passive, a colon and then a clause with a subject of its
    own (a noun and its finite verb) before ``pair``: *ha sostenuto di non trovare «un
    editore»: il brano vede il vertice con gli occhi di un "poliziotto"*. The marks are in the
    writer's clause, where the reported content ends too (the colon ends it below), not the
    speaker's words; another cue, or the remaining pairs' rule, reads them. (Not a colon
    followed by the speaker's own clause with no subject named: *crede di aver fatto la
    «crisetta»: si è messo a posto prima di fare la «crisetta»*.)"""
    if cue.complement not in ("di", "passive") or not speech.context(doc).has_dep:
        return False
    colon = text.find(":", max(cue.content_start, cue.end_char), pair.open)
    if colon == -1:
        return False
    span = doc.char_span(colon + 1, pair.open, alignment_mode="contract")
    return span is not None and any(
        t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and span.start <= t.head.i < span.end
        and "Fin" in t.head.morph.get("VerbForm") for t in span)


def _clause_of_its_own(doc: Doc, start: int, end: int, speech: SpeechFinder) -> bool:
    """Between the characters ``start`` and ``end`` (after a cue's object, before marks) a
    clause with a subject of its own: a noun or a pronoun, no relative, and its finite verb or
    participle with a finite auxiliary, not in a relative clause (*richiede una maggioranza
    del 75%, ma questa non verrebbe raggiunta perché molti Paesi, «rispettando la moratoria»,
    …*). The marks are in the writer's clause, not in what the cue reports (not a gerund of
    the speaker's, *presentando «un augurio»*, nor a relative of the object, *la legge, la
    quale prevedeva «pieni poteri»*)."""
    if not speech.context(doc).has_dep:
        return False
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON") and norm_word(t) not in speech.g.relatives
        and span.start <= t.head.i < span.end and not t.head.dep_.startswith("acl")
        and any("Fin" in v.morph.get("VerbForm") for v in [t.head, *(c for c in t.head.children if c.dep_.startswith("aux"))])
        for t in span)


def _runs_on(doc: Doc, cue: Cue, pair, speech: SpeechFinder) -> bool:
    """The marks open inside the cue's clause and close in a later sentence: a quotation of
    several sentences that the clause begins (*Per il ministro, la notizia «non ci sorprende.
    I nostri soldati sono preparati»*): the speaker's words, not a clause to report."""
    ctx = speech.context(doc)
    return pair.open >= cue.content_start and ctx.sent(ctx.token_at(pair.close)).start > \
        ctx.sent(ctx.token_at(pair.open)).start


def _speech_around(doc: Doc, cue: Cue, cues: list[Cue], speech: SpeechFinder) -> bool:
    """The sentence of ``cue`` shows that words are reported: quote marks, a colon after the cue
    or another cue of saying (*ha attaccato la magistratura, **dichiarando** che…*; *ha attaccato
    il ministro: «…»*; not *gli islamisti hanno attaccato la moschea*)."""
    sent = speech.context(doc).sent(cue.start)
    if any(t.text in QUOTE_CHARS for t in sent) or any(t.text == ":" for t in doc[cue.end:sent.end]):
        return True
    return any(other is not cue and sent.start <= other.start < sent.end
               and other.verb not in speech.g.physical_sense_verbs for other in cues)


def _verbal_target(doc: Doc, start: int, end: int, speech: SpeechFinder) -> bool:
    """The object is a target of words: a person's name (*Anna Verdi attacca Paolo Neri*) or
    with an abstract noun (``abstract_suffixes``: *ha attaccato la magistratura, il comunismo e
    l'Europa*, *la decisione*): not *la moschea*, *i soldati*."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(e.label_ == "PER" for e in span.ents):
        return True
    return any(t.is_alpha and t.lower_.endswith(speech.g.abstract_suffixes) for t in span)


def _passive_act(doc: Doc, cue: Cue, end: int, speech: SpeechFinder) -> bool:
    """The subject of a passive cue is an act (*è stato proclamato il lutto cittadino*), a
    decision on a procedural noun (*viene rigettato il ricorso*) or a bare news noun that points
    at what is reported elsewhere (*la notizia era stata anticipata dalla Abc*)."""
    g = speech.g
    # (the subject noun phrase up to its own clause: "sono state smentite le voci secondo le
    # quali…", "è stata confermata la notizia che…": the clause is the noun's report)
    subject_end = speech.object_end(doc, cue.content_start, end, cue)
    span = doc.char_span(cue.content_start, subject_end, alignment_mode="contract")
    opener = next((t.idx for t in span if t.lower_ in g.noun_report_openers), None) if span is not None else None
    subject_end = subject_end if opener is None else opener
    return (_acts(doc, cue.content_start, end, g.act_objects)
            or _bare_news(doc, cue.content_start, subject_end, speech, g.rumour_nouns)
            or cue.verb in g.decision_verbs and _acts(doc, cue.content_start, end, g.procedural_objects)
            or _sense_object(doc, cue, end, g))


def _held_by_noun(doc: Doc, cue: Cue, end: int) -> bool:
    """A *di* content that opens with the noun holding the *di* (*ha descritto **un modo** di…*,
    *accusano **segni** di…*: ``proposition_nouns``, ``holding_nouns``), not with *di* itself."""
    span = doc.char_span(cue.content_start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ != "ADP"


def _sense_object(doc: Doc, cue: Cue, end: int, g) -> bool:
    """The object of the cue's verb is one of the nouns (``sense_objects``) that give the verb a
    sense other than speech: *respinsero **l'offensiva*** (repel), *la **città** fu difesa*
    (defend), *ha spiegato **le vele*** (unfurl), *ha riportato **gravi perdite*** (suffer),
    *saranno assicurati **i finanziamenti*** (secure); not *ha respinto le accuse*. Only the
    object's own words count, up to the preposition after its head noun: *minacciava **le
    coste*** (endanger) but *ha minacciato la chiusura **delle frontiere*** (a threat: the noun
    is a complement); a partitive has its noun after the preposition (*alcune delle **canzoni***)."""
    nouns = g.sense_objects.get(cue.verb)
    if not nouns:
        return False
    span = doc.char_span(cue.content_start, end, alignment_mode="expand")
    if span is None:
        return False
    noun = next((k for k, t in enumerate(span) if t.pos_ in ("NOUN", "PROPN")), None)
    first = None if noun is None else next((t.idx for t in span[noun + 1:] if t.pos_ == "ADP"), None)
    return _acts(doc, cue.content_start, end if first is None else first, nouns)


def _no_predicate(doc: Doc, cue: Cue, end: int, speech: SpeechFinder) -> bool:
    """A verb that reports an opinion only with a predicate (``predicate_only_verbs``) has one
    object and nothing said of it: *ha definito **una nuova strategia*** (laid down), *una
    commissione che giudica **i ricorsi*** (examines). Not *ha definito la proposta
    **inaccettabile*** (an adjective ends the object), *ha definito il piano **un passo
    avanti*** (a second object), *lo ha definito un errore*, *definendolo un errore* (a clitic
    object), *ha definito il gesto **come** una provocazione*."""
    if cue.verb not in speech.g.predicate_only_verbs or not speech.context(doc).has_dep:
        return False
    verb = speech.main_verb(doc, cue)
    if speech.gerund_without_clitic(verb) or speech.infinitive_without_clitic(verb) or any(
            c.pos_ == "PRON" and c.dep_ in ("obj", "iobj", "expl") or c.dep_ == "xcomp" for c in verb.children):
        return False  # (*definendolo un fallimento*: the clitic is the object, a predicate follows)
    objects = [c for c in verb.children if c.dep_ == "obj"]
    span = doc.char_span(cue.content_start, end, alignment_mode="expand")
    if len(objects) != 1 or span is None or any(norm_word(t) == "come" for t in span):
        return False
    after = [c for c in objects[0].children if c.i > objects[0].i and not c.is_punct]
    return not (after and after[-1].pos_ == "ADJ" and after[-1].dep_ == "amod" or second_np(objects[0]))


def _thing_subject(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The subject the parse gives the verb of an object cue, before it, is a thing: a common
    noun, no name, whose lemma has an abstract suffix (*i nuovi **esperimenti** richiesero
    macchine…*): the verb relates things and reports no words; never a group, a title, a body
    or a document (*la **commissione** chiede le dimissioni*), nor data that speak for who
    gathered them (*i dati parlano di…*). Only with a parse: without one a token's children are
    undefined (spaCy leaves them unset after its tokenizer's special cases)."""
    if not speech.context(doc).has_dep:
        return False
    tok = speech.main_verb(doc, cue)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i > cue.start or subj.pos_ != "NOUN" or not subj.is_lower or subj.ent_type_:
        return False
    forms = speech.word_forms(subj)
    if forms & speech.voiced_nouns or forms & speech.g.body_nouns:
        return False
    return any(f.endswith(speech.g.abstract_suffixes) for f in speech.lemmas(subj))


def _shared_object(doc: Doc, cue: Cue, g) -> bool:
    """What follows an object cue opens with *e*/*ed* (``and_conjunctions``): the verb is
    coordinated to a second one that has the object (*conferma **e formalizza** l'acquisto*,
    *propone e realizza un progetto*); an object never opens with a conjunction, and a second verb
    of saying (*conferma e ribadisce che…*) is a cue of its own."""
    span = doc.char_span(cue.content_start, cue.region_end, alignment_mode="expand")
    return span is not None and len(span) > 1 and norm_word(span[0]) in g.and_conjunctions


def _verb_subjects(tok, speech: SpeechFinder) -> list:
    """The subjects the parse gives the verb ``tok``: through a relative pronoun its antecedent
    (*la serie, che racconta…*); with none, the subject of the verb it is coordinated to, up
    the chain of conjuncts (*il lavoro è lungo e richiede…*, *i dipinti affrontano…, ma
    raccontano anche…*)."""
    subjects = parsed_subjects(tok, speech.g.relatives)
    head = tok
    while not subjects and head.dep_ == "conj" and head.head is not head:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return subjects


def _story_subject(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The subject of a cue of narration (``narration_verbs``) with an object is a work that
    tells a story (``story_works``): *il **film** racconta la storia di un pugile*, *i
    **dipinti** raccontano la vita del paese*, *la **serie**, che racconta le vicende di…*
    (through the relative, its antecedent): the plot, not words reported."""
    if cue.verb not in speech.g.narration_verbs or not speech.context(doc).has_dep:
        return False  # (only with a parse, as _thing_subject)
    # ("la serie, che racconta…": the antecedent; "i dipinti affrontano…, ma raccontano anche…")
    subjects = _verb_subjects(speech.main_verb(doc, cue), speech)
    subj = subjects[0] if subjects else None
    if subj is None or subj.i >= cue.start:
        return False
    # (a title in marks is a work's too: *con "I ragazzi del fiume", che racconta…*)
    titled = any(t.text in QUOTE_CHARS for t in doc[max(subj.left_edge.i - 1, 0):subj.i]) \
        and any(t.text in QUOTE_CHARS for t in doc[subj.i + 1:cue.start])  # (closed before the verb)
    return titled or bool(speech.word_forms(subj) & speech.g.story_works)


def _sense_subject(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """The subject of the cue's verb, before it, gives the verb a sense that is no speech:
    a thing that requires after a verb of asking (``require_verbs``, ``requiring_things``: a
    task, a work, a process, a device: *il **lavoro** di restauro chiede tempo*, *un **veicolo**
    simile richiede esperienza*, *il **mestiere** richiede che…*), never a name; a court that
    sentences after a verb of verdicts (``verdict_verbs``, ``court_nouns``: *il **giudice**
    ha condannato un operaio per furto*, *il **Tribunale** di Milano lo ha condannato*), named or
    not. A person, group or body asks and condemns (*la madre chiede giustizia*, *il ministro ha
    condannato l'attacco*). The subject is the parse's (through a relative, its antecedent:
    *il restauro, che richiederà anni*), the first conjunct's, the noun a misparsed verb hangs on,
    or a describing noun phrase before a comma. Only with a parse (as _thing_subject)."""
    g = speech.g
    pairs = [(nouns, named) for verbs, nouns, named in ((g.require_verbs, g.requiring_things, False),
                                                         (g.verdict_verbs, g.court_nouns, True))
             if cue.verb in verbs]
    if not pairs or not speech.context(doc).has_dep:
        return False
    tok = speech.main_verb(doc, cue)
    # ("il lavoro è lungo e richiede…", "l'opera non può essere improvvisata, ma richiederà…")
    subjects = _verb_subjects(tok, speech)
    if not subjects and tok.dep_.startswith("acl") and tok.head.i < tok.i:
        # (a common misparse: the verb hung on its subject noun as a modifier, *una seconda
        # fase della campagna richiese…* read as a reduced relative)
        subjects = [tok.head]
    if not subjects:
        # a null subject with a noun phrase before a comma that describes it: *Veicolo a due
        # ruote, richiede…* (parsed as an adverbial clause or a dislocated phrase)
        subjects = [c for c in tok.children if c.i < tok.i and c.dep_ in ("advcl", "dislocated", "appos")
                    and any(t.text == "," for t in doc[c.i + 1:tok.i])]
    # (the subject nearest before the verb: a misparse may hang a second one on it)
    subj = max((c for c in subjects if c.i < cue.start), key=lambda c: c.i, default=None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = speech.word_forms(subj)
    return any(forms & nouns and (named or not subj.ent_type_) for nouns, named in pairs)


def _acts(doc: Doc, start: int, end: int, nouns: frozenset[str]) -> bool:
    """The object names an act or a gesture within its first words, marks aside (*il lutto
    cittadino*, *tre giorni di lutto*, *scusa*, *la prima "emergenza"*)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.text not in QUOTE_CHARS][:4] if span is not None else []
    return any(t.lower_ in nouns for t in words)


def _posted(doc: Doc, start: int, end: int, g) -> bool:
    """The object's head, past its determiners, is a picture or a link (``posted_objects``):
    *una **foto** del concerto*, *il **video** della protesta* (not *la sua opinione*)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    head = next((t for t in span if t.is_alpha and t.pos_ not in ("DET", "NUM")), None) if span is not None else None
    return head is not None and head.lower_ in g.posted_objects


def _addressed_act(doc: Doc, start: int, end: int, g) -> bool:
    """The object opens with an act that reports words when it names whom it addresses or what
    for (``addressed_acts``): *scusa **ai telespettatori***, *scusa **per quanto fatto*** (not a
    bare *ha chiesto scusa*)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ not in g.addressed_acts:
        return False
    after = span[1].text.replace("’", "'").lower()
    return any(after in g.forms(p) for p in g.addressed_act_prepositions)


def _bare_pronoun(doc: Doc, start: int, end: int) -> bool:
    """The object is one pronoun (*tutto*, *nulla*, *questo*)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return len(words) == 1 and (words[0].pos_ == "PRON" or words[0].lower_ in ("tutto", "nulla", "niente"))


def _bare_news(doc: Doc, start: int, end: int, speech: SpeechFinder, more: frozenset[str] = frozenset()) -> bool:
    """The object is a noun of news or words (or of ``more``: the rumours a passive's subject
    names, *sono state smentite le voci*) and nothing else (*la notizia*, *la grande notizia*,
    *queste dichiarazioni*): it points at what is reported elsewhere."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span if t.is_alpha] if span is not None else []
    g = speech.g
    return 0 < len(words) <= 3 and words[-1].lower_ in g.news_nouns | g.quoted_nouns | g.answer_nouns | more \
        and all(t.pos_ in ("DET", "ADJ") for t in words[:-1])


def _before_unopened_bracket(text: str, start: int, end: int) -> int:
    """A content that starts inside brackets ends at the bracket that closes them (*(il leader
    auspica una fase nuova) e Casini non ha…*)."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return end


def _before_closing_dash(doc: Doc, cue: Cue, end: int, speech: SpeechFinder) -> int:
    """A cue set inside an aside opened by a dash (an odd number of dashes, each with a space
    before it, between the sentence's start and the cue) reports up to the dash that closes the
    aside, as a content opened inside brackets ends at their bracket (*…i bambini – di cui si
    stima che 19 mila siano morti –, Colston fu celebrato…*: the sentence goes on past the aside);
    a dash after a cue outside any aside stays (*che il ponte – chiuso da mesi – riaprirà*)."""
    ctx = speech.context(doc)
    first = ctx.token_at(cue.start_char)
    sent = ctx.sent(first)

    def spaced_dash(k: int) -> bool:
        return doc[k].text in ASIDE_DASHES and (k == sent.start or bool(doc[k - 1].whitespace_))

    if sum(spaced_dash(k) for k in range(sent.start, first)) % 2 == 0:
        return end
    return next((doc[k].idx for k in range(ctx.token_at(cue.content_start), sent.end)
                 if doc[k].idx < end and spaced_dash(k)), end)


#: between two quoted fragments of one clause: "e di", ", o", "e a" (a conjunction, maybe a preposition)
_COORDINATED_FRAGMENT = re.compile(r"^\s*,?\s*(?:e|ed|o|oppure)\s+(?:(?:di|a|da|in|con|per|su)\s+)?$")


@lru_cache(maxsize=8)
def _conjunction_patterns(words: frozenset[str], complement: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """From the language's ``proposition_conjunctions``: a conjunction opening a quoted fragment;
    one or a comma closing the words before it; the next conjunct of a clause opened by
    ``complement`` (*… e che …*, *… e di …*)."""
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return (re.compile(rf"^(?:{alt})\b", re.I), re.compile(rf"(?:,\s*(?:(?:{alt})\s*)?|\s(?:{alt})\s*)$"),
            re.compile(rf",?\s+(?:{alt})\s+{re.escape(complement)}\b"))


def _proposition_before(doc: Doc, text: str, cue: Cue, pair: MarkPair, speech: SpeechFinder) -> tuple[int, int] | None:
    """The span of a whole proposition of a *che* or *di* clause before its first quoted
    fragment (*che la riforma è pronta, «ma serve tempo»*; *di aver mentito e di aver vinto
    «grazie a…»*), without marks; None when the marks sit inside the proposition (*che il
    piano è «pronto»*)."""
    words = speech.g.proposition_conjunctions
    if cue.complement not in ("che", "di") or pair.open <= cue.content_start or not words:
        return None
    prefix = text[cue.content_start:pair.open]
    if any(c in prefix for c in QUOTE_CHARS) or _SENTENCE_END.search(prefix):
        return None
    opens, ends, next_conjunct = _conjunction_patterns(words, cue.complement)
    stop = re.search(r"[;:]", prefix)
    closing = ends.search(prefix.rstrip() + " ")
    # the marks open a conjunct of their own: after a conjunction (*…, ed di essere «…»*) or
    # after a comma and the complementizer again, in a list that goes on after them (*che X, che
    # «…» e che «…»*; not a relative, *che il piano, che «…», …*, with no conjunct after)
    repeated = re.search(rf",\s*{re.escape(cue.complement)}\s*$", prefix) is not None \
        and next_conjunct.search(text, pair.close, cue.region_end) is not None
    conjoined = repeated or closing is not None and bool(closing.group().strip(", \t\n")) \
        or closing is None and next_conjunct.search(prefix) is not None
    if stop is not None:
        # "ha ricordato che la crisi non è finita; il governo … «duro colpo»": the proposition
        # ends where the clause does
        end = cue.content_start + stop.start()
    elif repeated:
        end = cue.content_start + prefix.rstrip().rfind(",")
    elif closing is not None and (closing.group().strip() or opens.match(text[pair.start:pair.end])):
        end = cue.content_start + closing.start()
    else:
        conjuncts = list(next_conjunct.finditer(prefix))
        if not conjuncts:
            return None
        end = cue.content_start + conjuncts[-1].start()
    span = _trim(text, cue.content_start, end)
    if span is None or _words(text[span[0]:span[1]]) < 3:
        return None
    # a proposition has its verb: finite after che, the infinitive after di
    if not _has_verb(doc, span, "Fin" if cue.complement == "che" else "Inf"):
        return None
    # "che il giudice, col suo gesto, «ha posto…»": marks opening with the verb finish the clause
    opening = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    if not conjoined and opening is not None and len(opening) and opening[0].pos_ in ("VERB", "AUX"):
        return None
    return span


def _switched_complement(doc: Doc, text: str, cue: Cue, content: tuple[int, int],
                         speech: SpeechFinder) -> tuple[int, int] | None:
    """In the content of a *di* cue, *, e che* (*di non avere notizie del test, e che la linea
    non cambierà*); in that of a *che* cue, *, e di* + an infinitive (*che lo stile
    dell'avversario è elusivo, e di non averlo mai colpito*): a second proposition with the other
    complement, reported on its own. Returns (end of the first proposition, start of the
    second: after *che*, at *di*), or None. (Without the comma, *di X e che Y* is one
    proposition as often as two.) In that of an object cue, *e che* with or without the comma
    (*ha ribadito la sua fiducia nel ministro e che non chiederà…*): a noun phrase has no
    clause to coordinate a *che* with, unless a relative opened inside it (*una legge che tuteli
    i lavoratori e che preveda…*: the second relative) or a participle qualifies one of its
    nouns (*le proteste sostenute dai sindacati e che hanno…*: a relative after a reduced one)."""
    if cue.complement not in ("che", "di", "object"):
        return None
    switched = "che" if cue.complement in ("di", "object") else "di"
    pattern = _switched_pattern(speech.g.and_conjunctions, switched, cue.complement == "object")
    found = pattern.search(text, content[0], content[1])
    if found is None or any(c in text[content[0]:content[1]] for c in QUOTE_CHARS):
        return None
    if cue.complement == "object":
        k = speech.context(doc).token_at(found.start(1))
        first = speech.context(doc).token_at(content[0])
        if any(norm_word(t) in speech.g.relatives or t.pos_ in ("VERB", "AUX") and speech.is_finite(t)
               or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") for t in doc[first:k - 1]):
            return None
    start = found.end() if switched == "che" else found.start(1)
    if switched == "di":
        k = speech.context(doc).token_at(found.start(1))
        if not speech.di_infinitive(doc, k, speech.context(doc).sent(k).end):
            return None
    first, second = _trim(text, content[0], found.start()), _trim(text, start, content[1])
    if first is None or second is None:
        return None
    return first[1], second[0]


def _propositions(doc: Doc, text: str, cue: Cue, content: tuple[int, int],
                  speech: SpeechFinder) -> list[tuple[int, int]]:
    """The content split at a second proposition with the other complement
    (:func:`_switched_complement`: *di X, e che Y*; *che X, e di Y*): one span or two."""
    second = _switched_complement(doc, text, cue, content, speech)
    return [content] if second is None else [(content[0], second[0]), (second[1], content[1])]


@lru_cache(maxsize=None)
def _switched_pattern(conjunctions: frozenset[str], switched: str, bare: bool = False) -> re.Pattern:
    """*, e che* / *, e di* with the language's ``and_conjunctions`` (``bare``: the comma
    optional), compiled once."""
    words = "|".join(sorted(map(re.escape, conjunctions), key=len, reverse=True))
    comma = r",?\s*" if bare else r",\s*"
    return re.compile(rf"{comma}\b(?:{words})\s+({switched})\b")


def _coordinated_che(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a proposition coordinated by *e che* between ``start`` and ``end`` (after
    the quoted fragments of a mixed quotation), without quote marks; else None."""
    found = _E_CHE.search(text, start, end)
    if found is None or any(c in text[found.end():end] for c in QUOTE_CHARS):
        return None
    return _trim(text, found.end(), end)


def _opens_reported(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """The marked words open with a word of reported syntax (the grammar's
    ``reported_openers``: *«se ha avuto notizie»*, *«di impegnarsi…»*, *di* only before an
    infinitive) and end in no exclamation or question (*«che vergogna!»*, *«di questo
    parleremo»* are utterances of their own)."""
    span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    if span is None or len(span) < 2 or doc.text[pair.start:pair.end].rstrip().endswith(("!", "?")):
        return False
    first = norm_word(span[0])
    return first in speech.g.reported_openers and (
        first not in speech.g.forms("di") or "Inf" in span[1].morph.get("VerbForm"))


def _whole_utterance(doc: Doc, cue: Cue, pair: MarkPair, speech: SpeechFinder) -> bool:
    """The marks hold all that a source or a verb without *che* reports, a clause of its own up
    to the end of the sentence (*Secondo X, «i rischi non sono stati percepiti»*, *Per X, «…»*,
    *ha detto tra l'altro "Il dipartimento è determinato…"*): the speaker's words, direct; with
    *che* or *di*, or with words of the clause outside the marks, they are mixed."""
    source = cue.complement == "source" and cue.rule.startswith("source")  # (not "come ha detto X")
    if not (source or cue.complement == "object"):
        return False
    text = speech.context(doc).text
    between = text[cue.content_start if source else cue.end_char:pair.open]
    if source and text[:cue.content_start].rstrip().endswith(",") and between.rstrip().endswith(",") \
            and between.count(",") == 1 and len(between.split()) <= 10:
        between = ""  # an apposition to the source: "Secondo X, direttore della sicurezza, «…»"
    if cue.complement == "object":
        words = between.split()
        if len(words) > 3 or any(w.lower() in ("che", "di", "come") for w in words):
            return False  # "ha detto tra l'altro": adverbials only
    elif between.strip(" ,\n"):
        return False
    after = text[pair.close + 1:pair.close + 4].lstrip(" »”\"")
    if after[:1] not in (".", "!", "?", ";", "") and not after.startswith("\n"):
        return False
    span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    # (after a source marker a short clause of its own is whole too: "Per X, «serve più coraggio»")
    return span is not None and len(span) >= (3 if source else 4) and any("Fin" in t.morph.get("VerbForm") for t in span)


def _named_words(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """The marks follow a noun of words said or written (the grammar's ``words_nouns``), maybe
    with one adjective and a colon between: *la scritta "Razzista"*, *il coro "Viva il papa!"*,
    *con su scritto «Vergogna»*, *una frase perentoria: «…»*; not *la scritta in bianco "…"*."""
    k = speech.noun_before_marks(doc, pair.open, speech.g.words_nouns)
    return k is not None and not _mentioned_word(doc, k, pair, speech)


#: the most words between a noun of a saying or a work and the marks that hold it (*il detto
#: popolare, una volta molto comune nelle Marche: "…"*)
SAYING_REACH = 12


def _named_saying(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marks no cue introduces that follow, in their sentence, a noun of a saying after an article
    or an adjective (the grammar's ``saying_nouns``), with at most a copula, a colon and the
    words of its noun phrase between, a participle among them (*il vecchio detto "Chi dorme non
    piglia pesci"*, *il proverbio, molto noto in Toscana: «…»*, *lo slogan della catena era:
    "…"*): a proverb or a slogan named, no one's words here (other); not after another verb or a
    person's name (*il motto del club, ripeteva il presidente Rossi, «…»*), the verb *detto* or
    an adjective (*la massima autonomia*). So are capitalised marks with no finite verb after a
    noun of a work and the rest of its noun phrase (``work_nouns``: *un programma di sola
    animazione: "Tuttocartoni!"*, a final exclamation part of it) or right after a verb of a
    work's coming out (``release_verbs``: *nel 1963 viene pubblicato "…"*, *esce "…"*), a title."""
    k = speech.context(doc).token_at(pair.open) - 1
    if _noun_phrase_before(doc, k, speech.g.saying_nouns, speech):
        return True
    # (a work after a preposition is what a headline's speaker talks about: "X sul film: «…»")
    # (or a verb of a work's coming out right before: "nel 1963 viene pubblicato «…»")
    released = k >= 0 and bool(speech.lemmas(doc[k]) & speech.g.release_verbs)
    return (released or _noun_phrase_before(doc, k, speech.g.work_nouns, speech, after=("DET", "ADJ"))) \
        and _opens_capitalised(speech.context(doc).text[pair.start:pair.end].rstrip(" !?")) \
        and _verbless(doc, pair, finite_only=True)


def _noun_phrase_before(doc: Doc, k: int, nouns: frozenset[str], speech: SpeechFinder,
                        after: tuple[str, ...] = ("DET", "ADP", "ADJ")) -> bool:
    """One of ``nouns``, after a word of the parts of speech ``after`` (an article, a
    preposition or an adjective), heads the words that
    end at token ``k``: no more than ``SAYING_REACH`` of them, with no sentence end, person's
    name or finite verb but a copula among them."""
    for m in range(k, max(0, k - SAYING_REACH) - 1, -1):
        token = doc[m]
        finite = token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")
        if token.ent_type_ == "PER" or token.text in (".", "!", "?") or finite and norm_word(token) not in speech.g.copulas:
            return False
        # (the parse may tag *il detto popolare* an adjective; not one before its noun, *la
        # massima autonomia*)
        noun = token.pos_ == "NOUN" or token.pos_ == "ADJ" and doc[m + 1].pos_ != "NOUN"
        if noun and norm_word(token) in nouns and m > 0 and doc[m - 1].pos_ in after:
            return True
    return False


def _mentioned_word(doc: Doc, k: int, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Token ``k``, right before the marks, is a noun of a word as a word (the grammar's
    ``mention_nouns``) and the marks hold one word with no exclamation (*la parola latina
    "castrum"*, *non usano mai la parola "crociata"*): the word is named, no one utters it here."""
    return doc[k].lower_ in speech.g.mention_nouns and _one_word(speech.context(doc).text[pair.start:pair.end])


def _one_word(content: str) -> bool:
    """Marks that hold one word with no exclamation, as a word named does (*"castrum"*), not
    an utterance (*"Basta!"*)."""
    return len(content.split()) == 1 and not _exclaimed(content)


def _after_stance(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marks opening a sentence right after one that only says how someone put it, in the same
    paragraph (*Il ministro è stato chiaro. «Niente tasse»*, *Paola Neri non ha dubbi. «Si
    vince»*; :meth:`colon_stance` with a full stop for the colon): short words are theirs too."""
    ctx = speech.context(doc)
    k = ctx.token_at(pair.open) - 1
    if k < 2 or doc[k].text != "." or "\n" in doc[k].whitespace_:
        return False
    sent = ctx.sent(k)
    rest = ctx.text[pair.close + 1:pair.close + 3].lstrip(" ")
    if sent.end != k + 1 or rest and rest[0] not in ".!?\n":
        return False  # (the marks are a sentence of their own: not «Piano casa» è il nome…)
    stance = speech.colon_stance(doc, sent.start, k)
    return isinstance(stance, tuple) or stance == "clause" and speech.sentence_subject(doc, sent, []) is not None


def _exclaimed(content: str) -> bool:
    """Short marked words that end in an exclamation or a question mark are an utterance, not a
    name or a term: *e lei fa: «Bravo!»*, *si sente gridare "Aiuto!"*, *«E adesso?»*."""
    return content.rstrip().endswith(("!", "?"))


def _embedded_name(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marked words that the sentence uses as a noun phrase: an article or an articled
    preposition right before the marks and no verb inside (*il riconoscimento
    "Altiero Spinelli ai Costruttori dell'Europa Federale"*, *una "zona di identificazione
    per la difesa aerea"*): the name of a prize, an event, a law, not someone's words."""
    k = speech.context(doc).token_at(pair.open) - 1
    if _after_work_noun(doc, k, speech) or _titled_after_place_preposition(doc, k, pair, speech):
        return _verbless(doc, pair, finite_only=True)
    if _after_determiner(doc, k, speech):
        return not _exclaimed(speech.context(doc).text[pair.start:pair.end])
    if _titled_after_common_noun(doc, k, pair, speech):
        return _verbless(doc, pair, finite_only=True)
    if k < 0 or norm_word(doc[k]) not in speech.g.articles | speech.g.forms("di") | speech.g.forms("a"):
        return False
    return _verbless(doc, pair)


def _after_determiner(doc: Doc, k: int, speech: SpeechFinder) -> bool:
    """Token ``k``, right before the marks, is an article or a determiner (the grammar's
    ``articles``), or an adjective right after one (*la "sagra della trippa"*, *la tradizionale
    "Festa dei vini"*, *questo "Dizionario dei luoghi"*): the marked words are the head of the
    writer's own noun phrase, which an utterance never is (a clause does not follow an
    article), whatever finite verb the tagger misreads inside (*strozzaprete*, *campestre*).
    The word between the article and the marks counts whatever its tag (the tagger reads an
    adjective before a capital as a noun: *la tradizionale "Festa…"*, and a noun there names
    what the marks hold: *la sezione "…"*), but for a noun of words (*la frase "…"*, *il
    motto "…"*, *la nota "…"*: words someone said or wrote)."""
    if k >= 1 and norm_word(doc[k - 1]) in speech.g.articles and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].lower_ not in speech.reported_nouns | speech.g.media_nouns:
        return True
    return k >= 0 and norm_word(doc[k]) in speech.g.articles


def _titled_after_place_preposition(doc: Doc, k: int, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Token ``k``, right before the marks, is *in* or *da* (or their articled forms) and the
    marked words open with a capital (*recita in "Vacanze di Natale a Cortina"*, *tratto
    dalla "Storia di una capinera scritta in gioventù"*, or the literary *ne "I tre moschettieri"*,
    the grammar's ``title_contractions``): a work the sentence places something in or draws
    from, not words said (with a finite verb inside they may still be)."""
    content = speech.context(doc).text[pair.start:pair.end]
    return k >= 0 and norm_word(doc[k]) in speech.g.forms("in") | speech.g.forms("da") | speech.g.title_contractions \
        and content[:1].isupper()


def _titled_after_common_noun(doc: Doc, k: int, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Token ``k``, right before the marks, is a common noun in lower case and the marked words
    open with a capital, with no end of sentence inside (*l'episodio della terza stagione "La
    casa e la serra"*, *nella sezione "Tabula prima"*): the marks name the thing the noun is, in
    apposition, as a title does; not after a noun of words, a report, a document or the media
    (*la scritta "Basta guerra"*, *il comunicato "…"*) nor one that may name a speaker (*il
    premier "Nessun passo indietro"*, a headline)."""
    if k < 0 or doc[k].pos_ != "NOUN" or not (doc[k].is_lower and doc[k].is_alpha):
        return False
    word = norm_word(doc[k])
    if word in speech.voiced_nouns | speech.reported_nouns | speech.g.person_nouns | speech.g.mention_nouns:
        return False
    return _opens_capitalised(speech.context(doc).text[pair.start:pair.end])


_SUBTITLED = re.compile(r"[A-Z0-9À-Ý][^\n\-–—]{0,60}? - [A-Z0-9À-Ý]")


def _subtitled(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marks that no cue introduces holding a capitalised title, a spaced hyphen and a
    capitalised subtitle, with no finite verb (*"Mare aperto - La lunga traversata"*, *"2001 -
    Viaggio tra le stelle"*): the title of a work as it is distributed, not words said (an
    aside in someone's words is set off by dashes, *«Il piano – ha detto Rossi – è pronto»*)."""
    return bool(_SUBTITLED.match(speech.context(doc).text, pair.start, pair.end)) \
        and _verbless(doc, pair, finite_only=True)


def _uncued_title(doc: Doc, text: str, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marks no cue introduces that hold a name or a title rather than words said: a name
    embedded in its noun phrase (:func:`_embedded_name`), foreign words (:func:`_foreign_title`),
    a capitalised or dated title (:func:`_work_title`), *Titolo - Sottotitolo* (:func:`_subtitled`)."""
    return (_embedded_name(doc, pair, speech) or _foreign_title(doc, text, pair, speech)
            or _work_title(text, pair) or _subtitled(doc, pair, speech))


#: the fewest letters of a word that a title capitalises (*Gender and Equity Issues in …*)
TITLE_WORD_LETTERS = 4
_YEAR_AFTER = re.compile(r"\s*\(\s*\d{4}\b")


def _writers_phrase(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Marks no cue introduces holding a lower-case noun phrase that opens with an article and
    has no verb at all, in the writer's sentence: no verb, colon or noun of words right before
    them (*sul lungomare, dove «il padre più premuroso della città», ancora in giacca, …*): a
    phrase the writer sets off, a scare quote or a borrowing (*other*); not a phrase a verb or
    a colon introduces (*la circolare prevede «la graduale riduzione delle classi»*: someone's
    words)."""
    ctx = speech.context(doc)
    first, k = ctx.token_at(pair.start), ctx.token_at(pair.open) - 1
    if not (doc[first].is_lower and norm_word(doc[first]) in speech.g.articles) or not _verbless(doc, pair):
        return False
    return k >= 0 and doc[k].pos_ not in ("VERB", "AUX") and doc[k].text != ":" \
        and not _named_words(doc, pair, speech) and not _exclaimed(ctx.text[pair.start:pair.end])


def _work_title(text: str, pair: MarkPair) -> bool:
    """Marks that no cue introduces holding a title: at least four words, the three or more
    long ones all capitalised (*il rapporto «Gender and Equity Issues in Liquid Biofuel
    Production»*), or a year in brackets right after them (*«Vitaccia cavallina» (1962)*)."""
    if _YEAR_AFTER.match(text, pair.close + 1):
        return True
    words = [w for w in text[pair.start:pair.end].split() if w[:1].isalpha()]
    long = [w for w in words if len(w) >= TITLE_WORD_LETTERS]
    return len(words) >= 4 and len(long) >= 3 and all(w[:1].isupper() for w in long)


#: the words before a mark read to tell whether the text around it is in the same foreign language
FOREIGN_CONTEXT_WORDS = 8


def _foreign_title(doc: Doc, text: str, pair: MarkPair, speech: SpeechFinder) -> bool:
    """Foreign words in marks that no cue introduces, in Italian text (*Amnesty International:
    Public Statement - "Red card to trafficking during World Cup"*, *le riviste "Les journal des
    savants" e "Philosophical transactions of the Royal Society"*): a title, a slogan, a name,
    not words someone says here; not after a noun of words (*le parole "We love you"*), nor
    in a passage written in that language (*he said. "All the fighters…"*)."""
    if not foreign_words(text[pair.start:pair.end].split(), speech.g) or _named_words(doc, pair, speech):
        return False
    return not _foreign_around(text, pair.open, -1, speech.g) and not _foreign_around(text, pair.close + 1, 1, speech.g)


def _foreign_around(text: str, i: int, step: int, g) -> bool:
    """The ``FOREIGN_CONTEXT_WORDS`` words before ``i`` (``step`` -1) or from ``i`` on (``step``
    1), up to the line's end or another quotation mark, hold a foreign function word (*he said.
    "But…"*, *"…," he said*)."""
    j = i
    while 0 < j if step < 0 else j < len(text):
        char = text[j - 1] if step < 0 else text[j]
        if char == "\n" or char in QUOTE_CHARS:
            break
        j += step
    words = (text[j:i].split()[-FOREIGN_CONTEXT_WORDS:] if step < 0
             else text[i:j].split()[:FOREIGN_CONTEXT_WORDS])
    return any(w.lower().strip(".,;:?!()") in g.foreign_function_words for w in words)


#: the most words between the opening of a relative clause of calling and the marks
CALLING_WORDS = 8


def _called_so(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """The marks end a relative clause of calling (the grammar's ``called_antecedents`` + *che*
    and a ``calling_verbs`` verb): *quello che essi chiamano "il loro dovere"*, *quello che è già
    stato definito da molti "il girone di ferro"*, *quello che viene riferito come un "guasto"*:
    what others call it, their words (mixed); not under a modal (*quella che può essere
    definita una "strumentalizzazione"* is the writer's own naming)."""
    ctx = speech.context(doc)
    k = ctx.token_at(pair.open) - 1
    floor = max(ctx.sent(max(k, 0)).start, k - CALLING_WORDS)
    calling = False
    for j in range(k, floor, -1):
        tok = doc[j]
        if tok.is_punct:
            return False
        lemmas = speech.lemmas(tok)
        if lemmas & speech.g.modals:
            return False
        calling = calling or bool(lemmas & speech.g.calling_verbs)
        if calling and norm_word(tok) == "che" and j > 0 and norm_word(doc[j - 1]) in speech.g.called_antecedents:
            return True
    return False


def _holds_clause(doc: Doc, pair: MarkPair, speech: SpeechFinder) -> bool:
    """The marked words hold a finite verb and no article or preposition stands right before
    them (*che l'Italia "possa cambiare segno"*): a piece of a clause, not a term (*la "salva
    Parmalat"*, where the article makes *salva* a name's word)."""
    k = speech.context(doc).token_at(pair.open) - 1
    if k >= 0 and norm_word(doc[k]) in speech.g.articles | speech.g.prepositions:
        return False
    return not _verbless(doc, pair, finite_only=True)


def _verbless(doc: Doc, pair: MarkPair, finite_only: bool = False) -> bool:
    """The marked words hold no verb (with ``finite_only``, no finite verb)."""
    span = doc.char_span(pair.start, pair.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") and (not finite_only or "Fin" in t.morph.get("VerbForm"))
                                        for t in span)


def _titled(doc: Doc, pair, speech: SpeechFinder) -> bool:
    """The marks of ``pair`` follow a noun of a work: they hold its title."""
    k = speech.context(doc).token_at(pair.start - 1) - 1  # the word before the opening mark
    return k >= 0 and _after_work_noun(doc, k, speech)


def _after_work_noun(doc: Doc, k: int, speech: SpeechFinder) -> bool:
    """Token ``k`` (right before the marks) is a noun of a work or an award (the grammar's
    ``work_nouns``), maybe followed by one adjective: *la pubblicazione "…"*, *il premio
    speciale "…"*; the marks hold its title (a finite verb inside is still someone's words)."""
    k = _before_author(doc, k, speech)
    if k >= 1 and doc[k].pos_ == "ADJ" and norm_word(doc[k]) not in speech.g.work_nouns:
        k -= 1
    return k >= 0 and norm_word(doc[k]) in speech.g.work_nouns


def _before_author(doc: Doc, k: int, speech: SpeechFinder) -> int:
    """The token before *di* + the proper name ending at token ``k`` (*la commedia di
    Shakespeare "…"*, *il romanzo di Umberto Eco "…"*: the noun of the work before its author);
    ``k`` itself when no such author stands there."""
    j = k
    while j >= 0 and doc[j].pos_ == "PROPN":
        j -= 1
    return j - 1 if j < k and j >= 1 and norm_word(doc[j]) in speech.g.forms("di") else k


def _looks_like_name(content: str, g, terms: bool = True, relational: bool = False) -> bool:
    """Marked words that name something rather than quote someone: every word capitalised
    (*Yes We Can*), or (``terms``) a short term without article or verb (*salva Parmalat*).
    With ``relational`` (inside a *che*-clause, where the speaker's own words are the rule:
    *evitare «guai peggiori»*, *una «minaccia non velata»*) only a noun with relational
    adjectives is a term (*partenariato strategico globale*)."""
    words = [w for w in content.split() if w[:1].isalpha()]
    if bool(words) and all(w[:1].isupper() for w in words) and len(words) <= 6:
        return True
    if not terms:
        return False
    first = words[0].lower() if words else ""
    if not (2 <= len(words) <= 3 and first not in g.term_openers and not first.endswith("'")):
        return False
    return not relational or all(w.lower().endswith(tuple(g.relational_suffixes)) for w in words[1:])


def _capitalised_name(content: str, g) -> bool:
    """Marked words after a cue's object that are all capitalised, and no exclamation (*ha
    annunciato la classifica dei "Big"*, *l'ha paragonato a "Satyricon"*, *ricordando lo slogan
    "Yes We Can"*): a name or a title, not the speaker's words (*ha gridato "Basta!"* is)."""
    return _looks_like_name(content, g, terms=False) and not _exclaimed(content)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per span, but for a second speaker of the same unmarked words when a
    postposed cue vouches for another's report (*Il ministro ha confermato che l'accordo è
    firmato, come anticipato dal Corriere*: the ministro's and the Corriere's)."""
    out: list[Quote] = []
    seen: dict[tuple[int, int], Quote] = {}
    for quote in quotes:
        first = seen.get((quote.start, quote.end))
        if first is not None and not (
                quote.kind == first.kind == "indirect" and quote.speaker and first.speaker
                and quote.speaker != first.speaker):
            continue
        seen.setdefault((quote.start, quote.end), quote)
        out.append(quote)
    return out


def _after_opening_connective(doc: Doc, cue, start: int, end: int, speech) -> int:
    """Where reported content starts past a sentence connective that opens its sentence and
    is set off by a comma (``opening_connectives``: *Tuttavia, …*, *Al contrario, …*, *Anche
    questa volta, …*), the writer's link to the sentence before; past the cue too when the cue
    follows it (*Tuttavia, **secondo gli inquirenti,** il furgone…*, *In aggiunta, **rileva la
    Cgil,** i salari…*). After a source marker the connective needs no comma (*Secondo X
    **invece** i tre sono…*). ``start`` itself otherwise."""
    text = speech.context(doc).text
    while start < end and text[start].isspace():
        start += 1
    if end - start < 3:
        return start
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return start
    i = span.start
    opens = i == 0 or doc[i].is_sent_start or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].text
    after_source = cue.complement == "source" and cue.end_char <= doc[i].idx
    if cue.complement == "colon" or not (opens or after_source):
        return start  # (after a colon the connective is the speaker's own: "ha detto: Comunque, …")
    comma = next((c for c in range(i + 1, min(i + 5, span.end - 2)) if doc[c].text == ","), None)
    if comma is not None and " ".join(norm_word(t) for t in doc[i:comma]) in speech.g.opening_connectives:
        j = comma + 1
    elif after_source and norm_word(doc[i]) in speech.g.opening_connectives and doc[i + 1].is_alpha \
            and not any(t.text == "," for t in doc[i + 1:i + 3]):
        return doc[i + 1].idx  # "Secondo X invece i tre…" (not "X, tuttavia provvisori, …": a word it qualifies)
    else:
        return start
    if cue.start > j or cue.end_char > end:
        return doc[j].idx  # ("Tuttavia, l'obiettivo era…, spiega X": the clause after the connective)
    if cue.start == j:
        # the cue right after the connective: the content starts after the cue's phrase and its comma
        np_end = max(cue.end, cue.speaker_np[1] if cue.speaker_np else cue.end)
        if np_end < span.end - 2:
            return doc[np_end + 1].idx if doc[np_end].text == "," else doc[np_end].idx
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ":,;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    if end - start < 3:
        return None
    return start, end


def _opens_clause(text: str, pair: MarkPair) -> bool:
    """The pair starts a sentence or follows a colon/dash: a quotation, not a title in a phrase."""
    before = text[max(0, pair.open - 80):pair.open].rstrip(" \t")
    return (not before and pair.open < 80) or (bool(before) and before[-1] in "\n.:!?…»”“\"–—-")


class CueIndex:
    """Cues sorted by where they start and end, to find those next to a quote by bisection."""

    def __init__(self, cues: list[Cue]) -> None:
        self.by_start = sorted(range(len(cues)), key=lambda i: cues[i].start_char)
        self.starts = [cues[i].start_char for i in self.by_start]
        self.by_end = sorted(range(len(cues)), key=lambda i: cues[i].end_char)
        self.ends = [cues[i].end_char for i in self.by_end]

    def starting_in(self, start: int, end: int) -> list[int]:
        return self.by_start[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def ending_in(self, start: int, end: int) -> list[int]:
        return self.by_end[bisect_left(self.ends, start):bisect_right(self.ends, end)]


def _unsigned_opinion(doc: Doc, cue: Cue, speaker, speech: SpeechFinder) -> bool:
    """The cue is a bare participle of opinion after its noun with no holder named
    (:meth:`bare_opinion`: *un'anatra, ritenuta il più vecchio esemplare*, *le scene considerate
    «inopportune»*): an opinion no one signs, which the speaker ranker leaves null; so too the
    marked words of an impersonal report (:func:`_impersonal_unsigned`: *nel programma si afferma
    che «…»*), as its unmarked clause."""
    if speaker is not None:
        return False
    if cue.complement != "passive":
        # (the impersonal si only: a passive's agent may follow its marks, "definito «…» dal sindaco")
        return (speech.impersonal_report(doc, cue) or speech.impersonal_speech(doc, cue)) \
            and _impersonal_unsigned(doc, cue, speech)
    return speech.bare_opinion(doc, cue.start, speech.context(doc).sent(cue.start))


def _attached(doc, pair: MarkPair, marks, index, cues: list[Cue], speakers, done, speech: SpeechFinder,
              cue_index_: CueIndex, last_attributed: Quote | None):
    """Rules 2-5: a cue or name directly before or after the pair."""
    text = speech.context(doc).text
    window = max(0, pair.open - 200)
    before = text[window:pair.open].rstrip()
    # rule 4 (checked first): the previous pair's attribution leads into this one
    if index > 0 and (index - 1) in done:
        prev_pair, prev = marks[index - 1], done[index - 1]
        if prev.speaker and prev.cue_end is not None and prev.cue_end <= pair.open:
            between = text[prev_pair.close + 1:pair.open]
            # «…», ha detto X, «…» — but not «…». Più tardi X ha aggiunto: «…» (a new sentence)
            if ("\n" not in between and len(between) < 120 and between.rstrip().endswith((",", ":", "–", "-"))
                    and not any(ch in between for ch in ".!?;")
                    and not any(prev_pair.close < cues[c].start_char < pair.open and cues[c].start_char != prev.cue_start
                                for c in cue_index_.starting_in(prev_pair.close, pair.open))):
                # «…», mentre Jovanotti ha reagito così: «…» — a clause with a subject of its own
                subject = speech.subject_between(doc, prev_pair.close + 1, pair.open)
                if subject is not None:
                    return None, _make(doc, pair.start, pair.end, "direct", None, subject, speech, None)
                return None, _copy_speaker(doc, pair, prev, speech)
    # rule 2b: an attribution between dashes inside the marks: «… – ha detto X – …»
    for cue_index in cue_index_.starting_in(pair.start, pair.end):
        cue = cues[cue_index]
        if cue.inside_quote:
            # «Tornerò – prosegue – da pendolare»: no name, the speaker of the quote before; but
            # «… – ha commentato uno dei passeggeri – …» names someone: no one we know
            speaker = speech.speaker_after(doc, cue)
            definite = speaker is None and _definite_after(doc, cue, speech)
            unnamed = speaker is None and _words_after(doc, cue, speech) and not definite
            if speaker is None and not unnamed:
                # "… è confermata dallo stesso interessato: «Certo – ha dichiarato – …»": the cue
                # before the colon names the speaker, else the quotation before does
                # (a description, *l'esponente di FI*: the cue before "che «", the same person)
                lead = _colon_cue(doc, pair, marks, index, cues, speakers, cue_index_, speech) \
                    if before.endswith(":") or definite else None
                speaker = (speakers[lead] if lead is not None else None) or _previous_speaker(text, pair.open, last_attributed) \
                    or speakers[cue_index]
            elif speaker is not None and speaker.label is None and cue.verb in speech.g.continuation_verbs:
                # «… – ha continuato il legale – …» after «…»: questo il giudizio dell'avvocato X:
                # going on, the description names whoever was speaking
                speaker = _previous_speaker(text, pair.open, last_attributed) or speaker
            quote = _make(doc, pair.start, pair.end, "direct", cue, speaker, speech, None)
            if unnamed:
                quote = replace(quote, speaker_rule="unnamed")  # the ranker keeps it null
            return cue_index, quote
    # rule 2: cue + colon (or a short phrase and a colon: "ha scritto su Facebook:") before it
    for cue_index in reversed(cue_index_.ending_in(pair.open - 60, pair.open)):
        cue = cues[cue_index]
        if cue.inside_quote:
            continue
        between = text[cue.end_char:pair.open]
        if cue.end_char <= pair.open and (_only_glue(between, ":", "che", ",") or _short_lead(between)):
            # (an exclamation or a question is an utterance of its own: "ha gridato «Basta!»")
            short = _words(text[pair.start:pair.end]) < 4 and ":" not in between \
                and not text[pair.start:pair.end].rstrip().endswith(("!", "?")) \
                and not _whole_clause(doc, pair, speech)
            # "ha detto che «…»" and "si è definita “devastata”" are mixed; "ha detto: «…»" direct
            # "ha espresso «piena fiducia nella Consulta»": the marks hold the object: mixed
            object_in_marks = ":" not in between and cue.verb in speech.need_object
            # (the cue's own "che" or "di" is inside the cue: "ha detto che «…»" is mixed too,
            # but not "ha detto che la crisi è finita: «…»", a colon before the marks)
            opened = cue.complement in ("che", "di") and ":" not in between
            # "si è detto «incoraggiato dal fatto che…»": what the subject says of itself, a predicate
            predicate = ":" not in between and text[pair.start:pair.start + 1].islower() \
                and speech.reflexive_self_report(doc, cue)
            # "l'ha definita «priva di idee»", "definendolo «un maestro»": the marks hold the
            # predicate a verb of judging gives its object (the grammar's ``predicate_only_verbs``)
            predicate = predicate or (":" not in between and cue.verb in speech.g.predicate_only_verbs)
            # "domanda «se ha avuto notizie»", "dichiararono «di impegnarsi…»": the reported
            # clause opens inside the marks (the grammar's ``reported_openers``, *di* only before
            # an infinitive; not an exclamation, "ha detto «che vergogna!»")
            opened = opened or (":" not in between and _opens_reported(doc, pair, speech))
            # "ha chiesto «rispetto per le istituzioni»", "ha denunciato «condizioni…»": a noun
            # phrase without a verb of its own, in lower case, is the object the verb reports: mixed
            object_in_marks = object_in_marks or ":" not in between and _object_phrase(doc, pair, speech)
            kind = "mixed" if "che" in between.split() or opened or short or object_in_marks or predicate else "direct"
            if kind == "direct" and (speakers[cue_index] is None or speakers[cue_index].how.startswith("null-subject")):
                after = _cue_after(doc, pair, cues, cue_index_, speech)
                if after is not None and after[1] is not None:
                    # "hanno commentato altri politici: «…» ha dichiarato il premier X": the
                    # cue after the quotation names the speaker the one before leaves open (or
                    # only carried from the sentence before)
                    return after[0], _make(doc, pair.start, pair.end, "direct", cues[after[0]], after[1], speech, None)
            if kind == "direct" and between.rstrip().endswith(":") and cue.verb in speech.g.relaying_verbs:
                # "Il quotidiano riporta le parole del ministro X: «…»": the words of the cue's
                # object, not of its subject
                words = speech.words_of_before(doc, pair.open)
                if words is not None and words.start >= cue.end_char:
                    return cue_index, _make(doc, pair.start, pair.end, "direct", cue, words, speech, None)
            # (a mixed quote is about what its clause names before the marks too: "ha attaccato
            # X, definendolo «…»")
            quote = _make(doc, pair.start, pair.end, kind, cue, speakers[cue_index], speech,
                          cue.about_start if kind == "mixed" else None,
                          about_end=_about_end(doc, cue, pair.end, cues, speakers, speech) if kind == "mixed" else None)
            if _unsigned_opinion(doc, cue, speakers[cue_index], speech):
                quote = replace(quote, speaker_rule="unnamed")  # the ranker keeps it null
            return cue_index, quote
    # rule 2c: "X risponde al presidente, accusandolo di…: «…»": a colon before the pair and a
    # cue earlier in the same sentence whose speaker is known
    if before.endswith(":"):
        cue_index = _colon_cue(doc, pair, marks, index, cues, speakers, cue_index_, speech)
        if cue_index is not None:
            return cue_index, _make(doc, pair.start, pair.end, "direct", cues[cue_index], speakers[cue_index], speech, None)
    # rule 3: cue right after the closing mark
    after = _cue_after(doc, pair, cues, cue_index_, speech)
    if after is not None:
        cue_index, speaker = after
        if speaker is None and speakers[cue_index] is not None and last_attributed is not None \
                and new_subject_between(doc, last_attributed, pair, speech):
            # "«…»: con queste parole X ha… . Anche il figlio Y è indagato. «…», ha dichiarato":
            # the subject the cue carries from the sentence before, not X
            speaker = speakers[cue_index]
        speaker = speaker or _previous_speaker(text, pair.open, last_attributed) or speakers[cue_index]
        return cue_index, _make(doc, pair.start, pair.end, "direct", cues[cue_index], speaker, speech, None)
    # rule 3b: "Il belga «è morto ieri sera», come dichiarato dal funzionario X": marks inside a
    # clause, then a source naming who said them: mixed, of that source
    # (or a postposed cue with no subject nor object of its own, its subject carried: "Le misure
    # sono «inutili», ha concluso.": the clause before is what it reports)
    after = _cue_after(doc, pair, cues, cue_index_, speech, inside=True)
    speaker = None if after is None else speakers[after[0]] if cues[after[0]].complement == "source" \
        else _bare_postposed(doc, cues[after[0]], speakers[after[0]], pair, last_attributed, speech)
    if speaker is not None:
        # (what it is about comes from the whole clause: "Anche la protezione di «…», secondo X, …")
        ctx = speech.context(doc)
        sent = ctx.sent(ctx.token_at(pair.open))
        return after[0], _make(doc, pair.start, pair.end, "mixed", cues[after[0]], speaker, speech,
                               sent.start_char, about_end=sent.end_char)
    # rule 5b: "le parole del figlio: «…»", "citando le parole del ministro «…»"; after it:
    # "«…», sono le parole del presidente", "«…»: questo il giudizio dell'avvocato X", and
    # words no one signs ("«Morte al Papa»: queste sono le scritte apparse…")
    last = index  # (a list of quotations: «A», «B», «C»: queste sono le scritte…)
    while last + 1 < len(marks) and _only_glue(text[marks[last].close + 1:marks[last + 1].open], ",", "e", ";"):
        last += 1
    words, words_of, theirs = speech.words_of_after(doc, marks[last].close + 1) \
        if not _second_calling_fragment(text, marks, index, speech.g) else (False, None, False)
    words_of = speech.words_of_before(doc, pair.open) or words_of
    # "Rossi critica il piano. Poi l'affondo: «…»": a bare noun of words before the colon
    bare = words_of is None and not words and speech.bare_words_before(doc, pair.open)
    theirs = theirs or bare
    if theirs and words_of is None:
        # "«…», queste le sue esatte parole": the speaker of the quotation or cue just before
        words_of = _previous_speaker(text, pair.open, last_attributed) or next(
            (speakers[c] for c in reversed(cue_index_.ending_in(pair.open - 300, pair.open))
             if speakers[c] is not None and "\n" not in text[cues[c].end_char:pair.open]), None)
    if bare and words_of is None:
        # (no speaker before it: someone's words all the same, the speaker ranker looks)
        return None, replace(_make(doc, pair.start, pair.end, "direct", None, None, speech, None), rule="words-of")
    if words_of is not None or words:
        quote = replace(_make(doc, pair.start, pair.end, "direct", None, words_of, speech, None), rule="words-of")
        return None, quote if words_of is not None else replace(quote, speaker_rule="unnamed")  # (the ranker keeps it null)
    # rule 5: "Name: «…»" (headlines): the subject of the words before the colon; not after a
    # saying or a work the colon names ("un programma di sola animazione: «…»")
    if before.endswith(":") and not _named_saying(doc, pair, speech):
        colon = window + len(before) - 1
        sent = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if sent is not None:
            subject = _cited_before(doc, sent.start, speech) \
                or speech.sentence_subject(doc, speech.context(doc).sent(sent.start), [])
            if subject is None or subject[1] > sent.start:
                subject = _description_before(doc, sent.start, speech)
            if subject is None:
                # "Sulla vicenda è intervenuto X: «…»": who takes the floor after a setting
                lead = speech.clause_lead(doc, sent.start, sent.sent.start)
                stance = speech.colon_stance(doc, speech.floor_setting_end(doc, lead, sent.start), sent.start)
                subject = (*stance, None) if isinstance(stance, tuple) else None
            if subject is not None and subject[1] <= sent.start:
                speaker = speech.from_candidate(doc, subject)
                speaker = speaker.tagged("name-colon") if speaker is not None else None
                return None, _make(doc, pair.start, pair.end, "direct", None, speaker, speech, None)
    return None


def _cited_before(doc: Doc, colon: int, speech: SpeechFinder) -> tuple[int, int, None] | None:
    """*L'agenzia cita il portavoce X: «…»*, *Il sindaco ha citato Dante: «…»*: the object of a
    verb of citing (the grammar's ``citing_verbs``) that runs up to the colon at token ``colon``
    is who says the words after it, not the verb's subject; else None."""
    ctx = speech.context(doc)
    sent = ctx.sent(colon)
    lead = speech.clause_lead(doc, colon, sent.start)
    for v in range(lead, colon - 1):
        if doc[v].pos_ != "VERB" or not speech.lemmas(doc[v]) & speech.g.citing_verbs:
            continue
        j = speech.skip_adverbs(doc, v + 1, colon)
        # (a name, or an article and a title or a group of speakers: not "cita i dati di X: «…»")
        head = j + 1 if norm_word(doc[j]) in speech.g.articles and j + 1 < colon else j
        if j < colon and (doc[j].is_title or head > j and speech.word_forms(doc[head]) & (speech.titles | speech.g.group_speakers)) \
                and speech.source_np_end(doc, j, colon) == colon and speech.speaker_phrase(doc, j, colon):
            return j, colon, None
        return None
    return None


def _description_before(doc: Doc, colon: int, speech: SpeechFinder) -> tuple[int, int, None] | None:
    """A definite description right before the colon at token ``colon``, opening its line,
    sentence or comma-clause (*I medici: «…»*, *Incidente in autostrada, i soccorritori: «…»*):
    a headline's speaker without a name; else None. A short channel or place phrase before the
    colon is no part of it (*Il Comune **in un comunicato**: «…»*, *I sindacati **su Facebook**: «…»*)."""
    start = colon
    while start > 0 and not (doc[start - 1].is_punct or doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_
                             or doc[start - 1].is_sent_end):
        start -= 1
    end = colon
    channel = next((m for m in range(start + 2, colon) if norm_word(doc[m]) in speech.g.forms("in") | speech.g.forms("su")), None)
    if channel is not None and colon - channel <= 5:
        end = channel  # "Il Comune in un comunicato: «…»", "I sindacati in una nota unitaria: «…»"
    phrase = doc[start:end]
    if not len(phrase) or len(phrase) > 6 or norm_word(phrase[0]) not in speech.g.definite or not speech.is_description(phrase):
        return None
    return start, end, None


def _colon_cue(doc: Doc, pair: MarkPair, marks, index: int, cues: list[Cue], speakers, cue_index_: CueIndex,
               speech: SpeechFinder) -> int | None:
    """The index of the last cue with a speaker earlier in the sentence of ``pair``, which a
    colon right before the pair follows (*X risponde, accusandolo di…: «…»*), with no other
    quotation in between; else None."""
    ctx = speech.context(doc)
    sent = ctx.sent(ctx.token_at(pair.open))
    for cue_index in reversed(cue_index_.ending_in(sent.start_char, pair.open)):
        cue = cues[cue_index]
        if cue.inside_quote or speakers[cue_index] is None or cue.start_char < sent.start_char:
            continue
        if any(m.open < pair.open and m.close > cue.end_char for m in marks[max(0, index - 3):index]):
            return None  # another quotation lies between the cue and this one
        return cue_index
    return None


def _cue_after(doc: Doc, pair: MarkPair, cues: list[Cue], cue_index_: CueIndex, speech: SpeechFinder,
               inside: bool = False):
    """(index, speaker named after it or None) of a cue right after the closing mark of
    ``pair`` (*«…», ha detto il ministro X*), or None when there is none; with ``inside``, of a
    pair that does not open a clause (*Il belga «è morto», come dichiarato da X*)."""
    text = speech.context(doc).text
    for cue_index in cue_index_.starting_in(pair.close + 1, pair.close + 60):
        cue = cues[cue_index]
        if cue.inside_quote or cue.complement in ("che", "di", "colon"):
            continue  # "«…», aggiungendo che…": a new reported clause, not this quote's cue
        between = text[pair.close + 1:cue.start_char]
        if cue.start_char > pair.close + 16:
            subject = _subject_clitic_after(doc, pair.close, between, cue, speech) if not inside else None
            if subject is not None and _opens_clause(text, pair):
                return cue_index, subject
            continue
        if cue.start_char > pair.close and (_only_glue(between, ",", *DASHES) or _clitic_after(doc, between, cue, speech)
                                            or _impersonal_after(between, cue, speech)
                                            or _addressee_after(between, speech)
                                            or _pronoun_after(between, speech)) \
                and _opens_clause(text, pair) != inside:
            return cue_index, speech.speaker_after(doc, cue, quoted=not inside)
    return None


def _bare_postposed(doc: Doc, cue: Cue, speaker: Speaker | None, pair: MarkPair, last: Quote | None,
                    speech: SpeechFinder) -> Speaker | None:
    """The speaker of ``cue`` when it ends its sentence with no subject, object or clause after
    it (*…, ha concluso.*), a cue of the clause before it: the subject it carries from an
    earlier sentence (not the subject of the clause reported: *Il governo non farà «…», ha
    assicurato.*), else the speaker of the quotation before; None otherwise."""
    ctx = speech.context(doc)
    sent = ctx.sent(cue.end - 1)
    if cue.complement != "object" or any(ch.isalnum() for ch in ctx.text[cue.end_char:sent.end_char]):
        return None
    if speaker is not None and speaker.start < sent.start_char:
        return speaker
    return _previous_speaker(ctx.text, pair.open, last)


def _subject_clitic_after(doc: Doc, close: int, between: str, cue: Cue, speech: SpeechFinder) -> Speaker | None:
    """A full stop, a named subject and the clitic that takes up the quotation before the cue
    (*«Sono innocente». **Marco Rossi lo** ripete da giorni.*, *«…». Il sindaco Luca Verdi l'ha
    detto ieri*): the subject says whose words they were; else None (not *Anna Bruni lo ha
    criticato*, a person, nor *Marco Rossi lo ha visto*, no verb of saying)."""
    rest = between.strip()
    ended = rest.startswith(".") or speech.context(doc).text[close - 1:close] in (".", "!", "?")
    if not ended or "\n" in between or cue.lemma not in speech.g.words_clitic_verbs:
        return None
    clitic = cue.start - 1
    while clitic > 0 and doc[clitic].pos_ == "AUX":
        clitic -= 1  # "lo aveva detto", "lo ha ripetuto"
    if clitic <= 0 or norm_word(doc[clitic]) not in speech.g.said_before_clitics:
        return None
    ent = speech.entity_ending_at(doc, doc[clitic - 1].idx + len(doc[clitic - 1]))
    if ent is None or ent.end != clitic:
        return None
    # (a title before the name opens the sentence: "Il sindaco Luca Verdi lo ha detto")
    lead = doc[speech.context(doc).sent(ent.start).start:ent.start]
    if lead.start_char < close or len(lead) > 4 or any(t.is_punct or speech.is_verbish(t) for t in lead) \
            or len(lead) and norm_word(lead[0]) not in speech.g.definite:
        return None
    return speech.speaker_from_span(doc, ent)


def _lone_word_after(between: str, openers: tuple[str, ...]) -> str | None:
    """The one word (lower case) between a closing mark and a cue when the text between opens
    with one of ``openers`` (*«…», **si** legge…*, *«…» – **mi** ha detto…*); None when there are
    more words, none, or a line break."""
    rest = between.strip()
    words = [w for w in rest.replace(",", " ").split() if w not in DASHES]
    if rest[:1] not in openers or "\n" in between or len(words) != 1:
        return None
    return words[0].lower()


def _impersonal_after(between: str, cue: Cue, speech: SpeechFinder) -> bool:
    """A comma and the impersonal *si* of a cue that reads from a document (*«…», **si** legge
    nella nota della Regione*): the cue is the quotation's own, its speaker the issuer."""
    return _lone_word_after(between, (",",)) in speech.g.reflexive_clitics and cue.verb in speech.g.impersonal_cue_verbs


def _addressee_after(between: str, speech: SpeechFinder) -> bool:
    """A comma (or a dash) and the clitic of whom the cue after it is addressed to (*«…», **ci**
    assicura il direttore*, *«…», **mi** ha detto X*): the cue is the quotation's own."""
    return _lone_word_after(between, (",", *DASHES)) in speech.g.addressee_clitics


def _pronoun_after(between: str, speech: SpeechFinder) -> bool:
    """A comma (or a dash) and a person's subject pronoun before the cue (*«…», **lui** ha detto*,
    *«…» – **egli** dice*): the cue is the quotation's own, its speaker the person the pronoun
    refers to (the speaker rules' ``pronoun``)."""
    return _lone_word_after(between, (",", *DASHES)) in speech.g.person_subject_pronouns


def _clitic_after(doc: Doc, between: str, cue: Cue, speech: SpeechFinder) -> bool:
    """A colon or a full stop and the clitic that takes up the quotation before the cue
    (*«Si vota il 12 giugno». **Lo** ha annunciato il ministro X*, *«…»: **l'**ha detto X*, *«…».
    **È quanto** ha dichiarato X*): the cue after the closing mark is the quotation's own."""
    rest = between.strip()
    if not rest[:1] in (":", ".") or "\n" in between:
        return False
    words = rest[1:].strip().lower().replace("’", "'")
    # (or a copula and "quanto": "«…». È quanto ha dichiarato X", "«…». È quanto si legge nella nota di X")
    parts = words.split()
    quanto = len(parts) == 2 and parts[0] in speech.g.copulas and parts[1] == "quanto"
    if len(parts) == 3 and parts[0] in speech.g.copulas and parts[1] == "quanto" and parts[2] in speech.g.reflexive_clitics:
        return cue.verb in speech.g.impersonal_cue_verbs  # "«…». È quanto si legge nella nota della Regione"
    return (words in speech.g.said_before_clitics or quanto) and speech.said_before(doc, cue)


def _definite_after(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """A definite description right after a cue inside the marks (*«…» – spiega **l'esponente di
    Forza Italia** – «…»*): someone the article named, not an unknown speaker (*uno dei
    passeggeri*); the cue's adverbs skipped (*– ha detto ancora il ministro –*)."""
    first = next((t for t in doc[cue.end:cue.end + 3] if (t.is_alpha or t.text.endswith(("'", "’")))
                  and norm_word(t) not in speech.g.cue_adverbs), None)
    return first is not None and norm_word(first) in speech.g.definite


def _words_after(doc: Doc, cue: Cue, speech: SpeechFinder) -> bool:
    """Words between a cue inside the marks and the dash (or comma) that closes it, past the
    cue's adverbs (*– ha detto infatti –*), that may name someone: not a phrase opened by a
    preposition with no subject in it (*– ha detto alla stampa –*, *– ha aggiunto al riguardo –*)."""
    limit = min(cue.end + 20, len(doc))
    stop = next((tok.i for tok in doc[cue.end:limit] if tok.text in ASIDE_DASHES or tok.text == ","), limit)
    k = speech.skip_adverbs(doc, cue.end, stop)
    words = [tok for tok in doc[k:stop] if tok.is_alpha]
    if not words:
        return False
    return doc[k].pos_ != "ADP" or any(tok.dep_.startswith("nsubj") for tok in words)


def _clause_before_colon(text: str, cue: Cue, quote: Quote, reported_object: bool = False) -> tuple[int, int] | None:
    """The reported clause of ``cue`` that ends with the colon before the direct ``quote`` it
    introduces (*ha detto che la crisi è finita: «…»*, *accusandolo di mentire: «…»*, *per X è
    solo l'inizio: «…»*; with ``reported_object``, an object the cue reports: *si è detto
    soddisfatto dell'accordo: «…»*), as trimmed offsets; None when the cue leads straight into
    the marks (*ha detto: «…»*, *ha scritto su Facebook: «…»*)."""
    if cue.complement not in ("che", "di", "source") and not (cue.complement == "object" and reported_object) \
            or quote.kind != "direct" or quote.start <= cue.content_start:
        return None
    lead = text[cue.content_start:quote.start].rstrip()
    lead = lead.rstrip("".join(QUOTE_CHARS)).rstrip()
    if not lead.endswith(":") or ";" in lead or _SENTENCE_END.search(lead) or _words(lead) < (1 if reported_object else 3):
        return None
    return _trim(text, cue.content_start, cue.content_start + len(lead) - 1)


def _points_at_quote(doc: Doc, text: str, clause: tuple[int, int], quote: Quote, speech: SpeechFinder) -> bool:
    """An object before a colon that is not reported content but the speaker named after the
    cue (*Ha dichiarato il ministro Paolo Ferri: «…»*) or words pointing at the quotation that
    follows (*racconta così la scoperta*, *ha aggiunto alcuni dettagli*, *queste frasi*)."""
    words = text[clause[0]:clause[1]]
    if quote.speaker and (quote.speaker in words or quote.speaker.split()[-1] in words.split()):
        return True
    if quote.speaker and quote.speaker_start is not None and clause[0] <= quote.speaker_start < clause[1]:
        return True  # the speaker's own mention, named otherwise: "i suoi amici" -> "amici di X"
    span = doc.char_span(clause[0], clause[1], alignment_mode="expand")
    if span is None:
        return True
    g = speech.g
    first = span[0].lower_
    return first in g.answer_glue or first in g.indefinites or any(
        t.lower_ in g.answer_nouns | g.quoted_nouns | g.report_nouns for t in span[:3])


def _phrase_after_colon(doc: Doc, colon: int, region_end: int, speech: SpeechFinder) -> bool:
    """The words after the colon at character ``colon`` (up to ``region_end``) are a phrase
    opened by a preposition with no verb of its own but in a relative clause: they go on with
    the reported object before the colon (*ha ripercorso la storia del partito fino ai giorni
    nostri: **alle sfide che lo attendono***), not a clause of their own (*ha annunciato il
    ritiro: **dopo vent'anni lascia** la politica*)."""
    ctx = speech.context(doc)
    first = ctx.token_at(colon) + 1
    last = ctx.token_at(region_end - 1) + 1
    if first >= last or norm_word(doc[first]) not in speech.g.prepositions:
        return False
    for tok in doc[first:last]:
        if norm_word(tok) in speech.g.relatives:
            return True  # (a verb after it is the relative's)
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") or tok.text in QUOTE_CHARS:
            return False
    return True


def _clause_after_colon(doc: Doc, text: str, end: int, region_end: int) -> tuple[int, int] | None:
    """The clause after a colon right after a reported object (up to ``region_end``), when it
    has a finite verb and no quote marks; else None."""
    rest = text[end:region_end]
    if not rest.lstrip().startswith(":") or any(c in rest for c in QUOTE_CHARS) or "\n" in rest:
        return None
    span = _trim(text, end + rest.index(":") + 1, region_end)
    return span if span is not None and _has_verb(doc, span, "Fin") else None


def _takes_up_object(text: str, start: int, speech: SpeechFinder) -> bool:
    """The clause after the colon opens with a demonstrative or a pronoun that takes up the
    object before it (*ha approvato il rapporto: **questo** rapporto contiene…*, *…: **esso**
    prevede…*): the writer describing the thing, not the speaker's words."""
    words = text[start:start + 40].split()
    first = words[0].lower() if words else ""
    return first in speech.g.demonstrative_subjects or first in speech.g.anaphora_gender


def _has_verb(doc: Doc, span: tuple[int, int], form: str) -> bool:
    """Whether the characters ``span`` hold a verb the tagger gives the form ``form`` (*Fin*,
    *Inf*); never without a tagger."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return tokens is not None and any(t.pos_ in ("VERB", "AUX") and form in t.morph.get("VerbForm") for t in tokens)


def _short_lead(between: str) -> bool:
    """A short phrase between cue and quote ending with a colon: *su Facebook:*, *ai giornalisti:*."""
    stripped = between.strip()
    return stripped.endswith(":") and len(stripped) <= 40 and "\n" not in between and "." not in stripped


def _previous_speaker(text: str, at: int, last: Quote | None) -> Speaker | None:
    """Speaker of the nearest attributed quote ``last`` before the character ``at`` (a pair's
    opening mark) in the same or previous paragraph."""
    if last is None or last.end > at:
        return None
    if text.count("\n", last.end, at) > 1:
        return None
    if last.speaker_start is None:
        return Speaker(last.speaker, last.speaker_label, last.speaker_mention or "", at, at, "previous-quote")
    return Speaker(last.speaker, last.speaker_label, last.speaker_mention or "", last.speaker_start,
                   last.speaker_end, "previous-quote")


def _only_glue(between: str, *glue: str) -> bool:
    rest = between.strip()
    for word in glue:
        rest = rest.replace(word, " ")
    return rest.strip() == "" and "\n" not in between and len(between) <= 12


def _answers_question(text: str, pair: MarkPair) -> bool:
    """``pair`` opens a sentence right after a question in the writer's voice, in the same
    paragraph (*Presidente, il piano è sbagliato? «Sì, del tutto»*, *E adesso? «Faremo
    ricorso»*): the marks hold an answer, someone's words however short."""
    before = text[max(0, pair.open - 200):pair.open]
    stripped = before.rstrip(" \t")
    if not stripped.endswith("?") or stripped.endswith("\n"):
        return False
    question = re.split(r"[.!\n]", stripped[:-1])[-1]
    return bool(question.strip()) and not any(ch in question for ch in QUOTE_CHARS) and "?" not in question


def _resumes_after_cue(text: str, prev_pair: MarkPair, prev: Quote, pair: MarkPair) -> bool:
    """Between the direct quotation ``prev`` and ``pair`` stands only the sentence of its cue
    and speaker (*«…», ha detto il ministro X. «…»*), in one paragraph: ``pair`` goes on with
    the same words."""
    if prev.kind != "direct" or not prev.speaker or prev.cue_start is None or prev.cue_start < prev_pair.close:
        return False
    between = text[prev_pair.close + 1:pair.open]
    stripped = between.strip()
    return ("\n" not in between and len(stripped) <= 100 and stripped.endswith(".")
            and not any(ch in stripped[:-1] for ch in set(".!?;:") | QUOTE_CHARS))


def _inside_writer_clause(doc: Doc, marks: list[MarkPair], index: int, speech: SpeechFinder) -> bool:
    """The marks open inside the writer's clause, right after one of its words, on a lowercase
    word (*ha lanciato un appello volto a «fermare la violenza»*, *Nel piano c'erano «tagli
    alle pensioni»*): a fragment of the speaker's words in the writer's syntax, mixed; not
    words listed after another quotation with a conjunction only (*«…» e «per noi…»*, the
    grammar's ``clause_joining_conjunctions``), nor an exclamation, nor words right after
    a name, their owner's (*la tesi di Marx «non fermatevi mai»*)."""
    text = speech.context(doc).text
    pair = marks[index]
    content = text[pair.start:pair.end]
    if not content[:1].islower() or "!" in content or "?" in content:
        return False  # (an exclamation or a question is an utterance of its own)
    before = text[:pair.open].rstrip(" ")
    elided = re.search(r"(\w+['’])\Z", before)
    if elided is not None and _elided_determiner(elided.group(1), speech.g) and elided.start() > 0 \
            and not before[:elided.start()].rstrip(" ").endswith((".", "!", "?", "\n")):
        return True  # (an elided article or articled preposition: "ha indicato l'«opportunità di…»")
    word = re.search(r"(\w+)\Z", before)
    if word is None or word.group(1)[0].isupper() or word.start() == 0 \
            or before[:word.start()].rstrip(" ").endswith((".", "!", "?", "\n")):
        return False  # (not a name, whose words they are: "la tesi di Marx «…»"; not a sentence's first word)
    if index > 0 and word.group(1).lower() in speech.g.clause_joining_conjunctions \
            and not text[marks[index - 1].close + 1:word.start()].strip(" ,"):
        return False
    return True


def _elided_determiner(word: str, g) -> bool:
    """``word`` (with its apostrophe) is an elided article or articled preposition (*l'*,
    *un'*, *dell'*, *all'*, *nell'*): the marks right after it open the head of the writer's
    noun phrase, never a sentence of their own."""
    word = word.replace("’", "'").lower()
    return word in g.articles or any(word in g.forms(p) for p in ("di", "a", "da", "in", "su"))


def _carry(text: str, pair: MarkPair, previous: Quote | None) -> Quote | None:
    """The quote whose speaker a free-standing pair inherits (same paragraph, before it)."""
    if previous is None:
        return None
    if text.find("\n", previous.end, pair.open) != -1:
        return None
    return previous






def _copy_speaker(doc, pair: MarkPair, prev: Quote, speech) -> Quote:
    return Quote(start=pair.start, end=pair.end, kind="direct", text=speech.context(doc).text[pair.start:pair.end],
                 cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end, speaker=prev.speaker,
                 speaker_label=prev.speaker_label, speaker_mention=prev.speaker_mention,
                 speaker_start=prev.speaker_start, speaker_end=prev.speaker_end,
                 about=speech.about(doc, pair.start, pair.end, prev.speaker), rule="continued",
                 speaker_rule=_carried_rule(prev.speaker_rule))


def _make_carried(doc, pair: MarkPair, prev: Quote, speech) -> Quote:
    return Quote(start=pair.start, end=pair.end, kind="direct", text=speech.context(doc).text[pair.start:pair.end],
                 speaker=prev.speaker, speaker_label=prev.speaker_label,
                 speaker_mention=prev.speaker_mention, speaker_start=prev.speaker_start,
                 speaker_end=prev.speaker_end,
                 about=speech.about(doc, pair.start, pair.end, prev.speaker), rule="carried",
                 speaker_rule=_carried_rule(prev.speaker_rule))


def _carried_rule(rule: str) -> str:
    """``previous-quote`` + the rule that named the first speaker, once (a list of three
    quotations is not ``previous-quote+previous-quote+subject``)."""
    if not rule:
        return "previous-quote"
    return rule if rule.startswith("previous-quote") else f"previous-quote+{rule}"


def _about_end(doc: Doc, cue: Cue, end: int, cues: list[Cue], speakers: list[Speaker | None],
               speech: SpeechFinder) -> int:
    """Where what a quotation of ``cue`` ending at ``end`` is about stops: the end of the cue's
    clause, or before a later cue in it and the subject that cue has (*l'ha definito «un amico»,
    mentre Mario Rossi ha detto …*: the quotation is not about Mario Rossi), or before a
    semicolon, a bracket or a dash after the marks: what follows is the writer's own clause or
    aside (*l'ha definito «un amico»; il sindaco Rossi…*, *«…» (dopo la manifestazione di X)*,
    *«…» – a seguito della decisione di X*); a dash counts only spaced, not inside *Milano-Asso*."""
    stop = cue.region_end
    span = doc.char_span(end, stop, alignment_mode="expand") if end < stop else None
    stop = next((t.idx for t in span or () if t.idx >= end and (
        t.text in (";", "(") or t.text in DASHES and doc[t.i - 1].whitespace_
        or _clause_break_after_marks(doc, t, end, speech))), stop)
    for other, speaker in zip(cues, speakers):
        if other is cue or other.start_char < end:
            continue
        stop = min(stop, other.start_char)
        if speaker is not None and end <= speaker.start < stop:
            stop = speaker.start
    if cue.complement == "object":
        stop = _before_next_predicate(doc, end, stop, speech)
    return stop


def _before_next_predicate(doc: Doc, end: int, stop: int, speech: SpeechFinder) -> int:
    """Before the coordinator that opens the next marked predicate of the same calling clause
    (*ha definito «un errore» la scelta di X **e** «una provocazione» le parole di Y*: the first
    fragment is about X, the second about Y), when it comes before ``stop``; else ``stop``."""
    text = speech.context(doc).text
    after = end
    while after < stop and text[after] in QUOTE_CHARS:
        after += 1  # (past the fragment's own closing mark)
    opening = next((i for i in range(after, stop) if text[i] in QUOTE_CHARS), None)
    if opening is None:
        return stop
    words = text[after:opening].split()
    if len(words) < 2 or words[-1].lower() not in speech.g.coordinators \
            or any(c in " ".join(words) for c in CLAUSE_BREAKS):
        return stop
    return after + text[after:opening].rstrip().rfind(" ") + 1


def _about_clause(doc: Doc, quote: Quote, speech: SpeechFinder) -> Quote:
    """A mixed quotation no cue reaches (carried from the speaker before, listed after another
    fragment, or kept by the marks alone: ``UNCUED_MIXED_RULES``) is about what its clause
    names around the marks too (the guidelines: the about of a mixed quotation is the reported
    clause): the subject of a finite verb right before the opening mark, whose complement the
    marks are (*La condizione del senatore X sarebbe «…»*, *la certezza che l'Egitto saprà
    «…»*), back to the last comma, semicolon, colon, bracket, other marks or subordinator (the
    grammar's ``subordinators``: *che*, *perché*, *se*…); and the words after the closing mark
    up to the first comma, semicolon, colon, bracket, spaced dash or other marks, or where
    :func:`_clause_break_after_marks` ends the quoted clause (*un appello perché «rispettino
    l'autonomia» della Corte*; not *«…», non X*). Marks after
    anything but a finite verb (*ha telefonato a X per riaffermare «…»*, *l'accusa, mossa da X,
    di «…»*) take nothing from before them."""
    if quote.kind != "mixed" or quote.rule not in UNCUED_MIXED_RULES:
        return quote
    ctx = speech.context(doc)
    first = ctx.token_at(quote.start)
    sent = ctx.sent(first)
    k = first - 1 if first > sent.start and doc[first - 1].is_quote else first
    if k > sent.start and speech.finite_verb(doc[k - 1]):
        while k > sent.start and doc[k - 1].text not in (";", ":", "(", ")", ",") and not doc[k - 1].is_quote \
                and norm_word(doc[k - 1]) not in speech.g.subordinators:
            k -= 1
    stop = next((t.idx for t in doc[ctx.token_at(max(quote.end - 1, quote.start)) + 1:sent.end]
                 if t.idx >= quote.end and (t.text in (";", ":", "(", ",") or t.is_quote and t.idx > quote.end
                                            or t.text in DASHES and doc[t.i - 1].whitespace_
                                            or _clause_break_after_marks(doc, t, quote.end, speech))), sent.end_char)
    mention = (quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else None
    more = speech.about(doc, doc[k].idx, stop, quote.speaker, mention, content=quote.start)
    extra = tuple(a for a in more if not any(same_name(a, b) for b in quote.about))
    return replace(quote, about=quote.about + extra) if extra else quote


def _referred_to(doc: Doc, quotes: list[Quote], speech: SpeechFinder) -> list[Quote]:
    """Quotations with the person or body that a gerund of referring in their sentence names
    after its preposition (the grammar's ``referring_gerunds``: *ha dichiarato, riferendosi a
    Marco Neri, che «…»*, *«…», alludendo al sindaco*) added to what they are about: the one the
    words stand for. The gerund is outside the content, and the quotation is the one of its
    sentence nearest to it with no semicolon between (*«…», riferendosi a X; e ancora: «…»*:
    the first); its phrase (after an adverb or two: *riferendosi prima a X*) runs
    to the next punctuation mark (an entity or a description the article resolves, as in a
    content)."""
    if not speech.g.referring_gerunds:
        return quotes
    ctx = speech.context(doc)
    out = list(quotes)
    for tok in doc:
        if norm_word(tok) not in speech.g.referring_gerunds:
            continue
        j = tok.i + 1
        while j < min(len(doc), tok.i + 3) and doc[j].pos_ == "ADV":
            j += 1  # "riferendosi prima a X"
        if j + 1 >= len(doc) or norm_word(doc[j]) not in speech.g.prepositions | speech.g.articulated_prepositions:
            continue
        sent = ctx.sent(tok.i)
        near = [(min(abs(tok.idx - q.start), abs(tok.idx - q.end)), n) for n, q in enumerate(out)
                if q.kind != "other" and sent.start_char <= q.start < sent.end_char and not q.start <= tok.idx < q.end
                and ";" not in ctx.text[min(q.end, tok.idx):max(q.start, tok.idx)]]
        if not near:
            continue
        n = min(near)[1]
        stop = next((t for t in doc[j + 1:min(sent.end, j + 9)] if t.is_punct or t.is_quote), None)
        end = stop.idx if stop is not None else doc[min(sent.end, j + 9) - 1].idx
        quote = out[n]
        named = speech.about(doc, doc[j].idx, end, quote.speaker)
        extra = tuple(a for a in named if not any(same_name(a, b) for b in quote.about))
        if extra:
            out[n] = replace(quote, about=quote.about + extra)
    return out


def _clause_break_after_marks(doc: Doc, tok, end: int, speech: SpeechFinder) -> bool:
    """Whether ``tok``, after a quotation ending at ``end``, opens what is no longer the quoted
    clause: a comma and
    - a definite article (an apposition of the writer's on the last name in the marks: *«…
      vicino a X», la capitale della Y*),
    - a gerund (the grammar's ``gerund``),
    - a finite verb (the writer's main clause going on after the relative or subordinate clause
      of the cue: *X, il quale aveva lodato la «prudenza» della scelta di Y, arriva la decisione
      di Z*),
    - after a person's name, a lower-case word opening the writer's apposition on that person
      (*nei confronti di X, da anni latitante a Y*);
    or a capitalised common word right after the closing mark (a full stop left out: *«…
    scarica» Numerose le reazioni…*), or marks opening right after the closing ones, a space
    between (*"…" "gli arresti di X…"*: another quotation)."""
    if tok.text == "," and tok.i + 1 < len(doc):
        after = doc[tok.i + 1]
        # (or a gerund, a clause of the writer's own: *l'ha definito «un errore», dimettendosi…*)
        return after.pos_ == "DET" and after.morph.get("Definite") == ["Def"] \
            or after.is_lower and bool(speech.g.gerund.search(norm_word(after))) \
            or after.is_lower and after.pos_ in ("VERB", "AUX") and "Fin" in after.morph.get("VerbForm") \
            or after.is_lower and after.pos_ in ("ADJ", "NOUN", "ADV", "ADP", "NUM") and tok.i > 0 \
            and doc[tok.i - 1].ent_type_ == "PER"  # (a person's apposition: *di X, da anni latitante a Y*)
    previous = doc[tok.i - 1] if tok.i else None
    if previous is not None and previous.idx >= end and previous.is_quote and previous.whitespace_ and tok.is_quote:
        return True  # (marks opening right after the closing ones: other words, *«…» «…»*)
    return previous is not None and previous.idx >= end and previous.is_quote and tok.is_title \
        and not tok.ent_type_ and tok.pos_ != "PROPN" and not tok.is_sent_start


def _with_referent(about: tuple[str, ...], *referents: str | None) -> tuple[str, ...]:
    """``about`` and, first, the people the cue points to outside the content (once each): the
    person its object clitic stands for, the name its participle describes, the person named
    before it after *su*."""
    first = tuple(r for i, r in enumerate(referents) if r is not None and r not in about and r not in referents[:i])
    return (*first, *about)


def _own_conjunct(doc, cue: Cue | None, start: int, end: int, about_from: int, about_to: int,
                  speech: SpeechFinder) -> tuple[int, int]:
    """The reported clause of a mixed quotation of a *che* cue, when the cue reports more than
    one proposition coordinated by *e che* (``and_conjunctions``: *ha detto che X è «pronto» e che
    Y …*, *ha ricordato che A è «…» e che «…»*): the stretch from ``about_from`` to ``about_to``
    narrowed to the proposition holding the marks (from after the last *e che* before them, to
    before the first one after them), since each coordinated proposition is reported on its own
    (the guidelines: the about of a mixed quotation is its reported clause; rule 7b). Not *ma
    che*, which no rule reports apart."""
    if cue is None or cue.complement != "che" or not speech.g.and_conjunctions:
        return about_from, about_to
    text = speech.context(doc).text
    conjunct = _conjunction_patterns(speech.g.and_conjunctions, cue.complement)[2]
    before = list(conjunct.finditer(text, max(about_from, cue.end_char), start))
    if before:
        about_from = before[-1].end()
    after = conjunct.search(text, end, about_to)
    return about_from, about_to if after is None else after.start()


def _make(doc, start: int, end: int, kind: str, cue: Cue | None, speaker: Speaker | None,
          speech: SpeechFinder, about_start: int | None, about_end: int | None = None) -> Quote:
    about_from = start if about_start is None else min(about_start, start)
    about_to = end if about_end is None else max(about_end, end)
    if kind == "mixed":
        about_from, about_to = _own_conjunct(doc, cue, start, end, about_from, about_to, speech)
    # "Un poliziotto ha raccontato…", "secondo una fonte": one unnamed person is no speaker;
    # nor an anonymous source ("secondo fonti locali", "fonti della polizia riferiscono")
    unnamed = speaker is not None and speaker.label is None and (
        _indefinite(speaker.mention, speech) or speech.anonymous_source(doc, speaker))
    if unnamed:
        speaker = None
    name = speaker.name if speaker else None
    return Quote(
        start=start, end=end, kind=kind, text=speech.context(doc).text[start:end],
        cue=cue.text if cue and cue.text else None,  # a headline "Nome: …" has no cue words
        cue_start=cue.start_char if cue and cue.text else None, cue_end=cue.end_char if cue and cue.text else None,
        speaker=name, speaker_label=speaker.label if speaker else None,
        speaker_rule=(speaker.how or "subject") if speaker else
        "unnamed" if unnamed and kind != "other" else _no_speaker_rule(doc, cue, kind, speech),
        speaker_mention=speaker.mention if speaker else None,
        speaker_start=speaker.start if speaker else None, speaker_end=speaker.end if speaker else None,
        about=_with_referent(speech.about(doc, about_from, about_to, name, (speaker.start, speaker.end) if speaker else None,
                                          content=start),
                             speech.clitic_referent(doc, cue, name, (speaker.start, speaker.end) if speaker else None),
                             speech.participle_holder(doc, cue, name),
                             speech.passive_subject(doc, cue, name),
                             speech.fronted_topic(doc, cue, name)) if kind != "other" else (),
        rule=cue.rule if cue else ("name-colon" if speaker else "marks"),
    )


def _impersonal_unsigned(doc, cue: Cue, speech: SpeechFinder) -> bool:
    """An impersonal *si* with a verb of supposing (*Si ritiene che…*, *Si stima che…*,
    :meth:`~kit.speech.speakers.SpeakerRules.impersonal_report`) or of saying (*Si racconta
    che…*, :meth:`~kit.speech.speakers.SpeakerRules.impersonal_speech`) and no person or body named
    before it in its sentence: no one signs the report. Not *Dall'annuncio della Marina si
    presume che…*, *la rivista ha premesso che le città che si pensa che…*: who is named speaks."""
    if not (speech.impersonal_report(doc, cue) or speech.impersonal_speech(doc, cue)) \
            and not (cue.passive and cue.speaker_np is None):
        return False
    if speech.unsigned_document_relative(doc, cue):
        return True  # "X ha trovato una lettera in cui si parla di…": the letter's, no one named
    sent = speech.context(doc).sent(cue.start)
    return not any(e.label_ in ("PER", "ORG") and e.end <= cue.start and not _addressed(doc, e, speech)
                   for e in speech.context(doc).ents_in_tokens(sent.start, cue.start))


def _addressed(doc, ent, speech: SpeechFinder) -> bool:
    """The name follows *a* (its article and a title between): whom a passive is addressed to
    (*al signor Rossi è stata comunicata la notizia*), not who speaks."""
    k = speech.before_title(speech.context(doc).norms, ent.start - 1)
    return k >= 0 and norm_word(doc[k]) in speech.g.forms("a")


def _indefinite(mention: str | None, speech: SpeechFinder) -> bool:
    """The mention opens with an indefinite article (*un poliziotto*, *un'infermiera*)."""
    first = mention.split(maxsplit=1)[0].lower().replace("’", "'") if mention and mention.strip() else ""
    return any(first == a or a.endswith("'") and first.startswith(a) for a in speech.g.indefinite_articles)


def _no_speaker_rule(doc, cue: Cue | None, kind: str, speech: SpeechFinder) -> str:
    """``"unnamed"`` when the grammar of the cue says no one is named
    (:meth:`~kit.speech.sources.SourceRules.names_no_one`) or its subject is indefinite
    (:meth:`~kit.speech.speakers.SpeakerRules.indefinite_subject`): the ranker keeps that null."""
    if cue is None or kind == "other":
        return ""
    return "unnamed" if speech.names_no_one(doc, cue) or speech.indefinite_subject(doc, cue) \
        or speech.writers_report(doc, cue) else ""


@Language.factory("kit_quotes", default_config={"min_direct_words": 6, "speaker_ranker": True,
                                                "fragment_model": True, **RULE_CONFIG})
def make_quotes(nlp: Language, name: str, min_direct_words: int, rules: dict | None,
                rules_path: str | None, speaker_ranker: bool, fragment_model: bool) -> QuoteFinder:
    return QuoteFinder(nlp, name, nlp.lang, min_direct_words, rules, rules_path, speaker_ranker,
                       fragment_model)
