"""The entity rule layer: the analyst's patterns and place names, on top of the model.

Precedence, decided once here:
1. entities from the analyst's patterns win over model entities they overlap (the analyst
   knows best; longer matches win among patterns);
2. patterns marked ``"fill": true`` (well-known bodies the model often misses or calls a
   person: *Legambiente*, *Anm*) only fill gaps and relabel a model entity of exactly their
   words; they never cut a longer model name (*Cgil Lombardia*, *Fp Cgil*);
3. place names (CLDR country and region names via ``babel``, plus the rule file's extras)
   only fill gaps: they never replace a model or pattern entity;
4. model entities stay otherwise.
The model's own entities are kept in ``doc.spans["kit_model_ents"]`` so that running the rule
layer again (after a rule change) starts from the model output, not from the last rule run.
"""

from __future__ import annotations

import re

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import span_key
from ..lang import body_names, name_key, town_names
from ..text import word_sequences
from ..lang.grammar import Grammar, grammar
from .lemmatizer import is_word, lookup_lemma
from .base import RULE_CONFIG, RuleComponent

MODEL_KEY = "kit_model_ents"
PLACES = "places"
BODIES = "bodies"


@lru_cache(maxsize=8)
def cldr_places(lang: str, countries: bool = False) -> tuple[str, ...]:
    """Country and world-region names in ``lang`` from CLDR (babel), without the world itself;
    with ``countries``, the countries and territories only (a letter code, not a region's
    number; not the unions and groupings CLDR lists among them: EU, EZ, UN, QO)."""
    from babel import Locale

    names = Locale(lang).territories
    skip = ("001", "ZZ") + (("EU", "EZ", "UN", "QO") if countries else ())
    return tuple(sorted({name for code, name in names.items()
                         if code not in skip and not (countries and code.isdigit())}))


def in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Words at ``start:end`` that a capitalised word follows, or precedes inside a sentence:
    part of a longer name (*Porta Garibaldi*, *Tripoli Calcio*), not a name of their own."""
    return end < len(doc) and doc[end].is_title \
        or start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start


@lru_cache(maxsize=8)
def _town_words(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The language's towns as token sequences, by first word, longest first (tokenized once
    per process: a pipeline's rules compile without them)."""
    import spacy

    tokenizer = spacy.blank(lang).tokenizer
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in town_names(lang):
        words = tuple(t.text for t in tokenizer(name))
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}


def _town_spans(doc: Doc, lang: str) -> list[Span]:
    """The towns of the language's list written in ``doc``, left to right, longest first, as
    LOC spans that do not overlap."""
    return [Span(doc, s, e, label="LOC") for s, e in word_sequences([t.text for t in doc], _town_words(lang))]


class EntityRules(RuleComponent):
    def compile(self) -> None:
        vocab = self.nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="ORTH")
        self.tokens = Matcher(vocab, validate=True)
        self.places = PhraseMatcher(vocab, attr="ORTH")
        self.pattern_info: dict[str, tuple[str, str, str | None]] = {}
        self.fill_keys: set[str] = set()
        make = self.nlp.make_doc
        for i, pattern in enumerate(self.rules.entity_patterns):
            key = f"kit_pattern_{i}"
            name = pattern.get("name") or f"pattern {i}"
            self.pattern_info[key] = (pattern["label"], name, pattern.get("id"))
            if pattern.get("fill"):
                self.fill_keys.add(key)
            if isinstance(pattern["pattern"], str):
                text = pattern["pattern"]
                variants = {text, text[:1].upper() + text[1:]}
                self.phrases.add(key, [make(v) for v in variants])
            else:
                self.tokens.add(key, [pattern["pattern"]])
        self.titles = {t.lower() for t in self.rules.titles if " " not in t}
        self.speech_verbs = frozenset(self.rules.speech_verbs)
        places = list(self.rules.places.get("extra", []))
        if self.rules.places.get("cldr", True):
            places += cldr_places(self.rules.lang)
        if places:
            self.places.add(PLACES, [make(p) for p in places])
        self.towns = town_names(self.rules.lang) if self.rules.places.get("cities", True) else frozenset()
        self.bodies = body_names(self.rules.lang) if self.rules.bodies.get("gazetteer", True) else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        if MODEL_KEY not in doc.spans:
            doc.spans[MODEL_KEY] = list(doc.ents)
        model = list(doc.spans[MODEL_KEY])
        strings = self.nlp.vocab.strings
        canonical: dict[str, str] = {}  # the rule layer starts here: nothing stale survives
        sources = {}
        pattern_spans = []
        fill_spans = []
        matches = list(self.phrases(doc)) if len(self.phrases) else []
        matches += list(self.tokens(doc)) if len(self.tokens) else []
        for match_id, start, end in matches:
            label, name, ent_id = self.pattern_info[strings[match_id]]
            span = Span(doc, start, end, label=label)
            (fill_spans if strings[match_id] in self.fill_keys else pattern_spans).append(span)
            sources[span_key(span.start_char, span.end_char)] = f"rule:{name}"
            if ent_id:
                canonical[span_key(span.start_char, span.end_char)] = ent_id
        pattern_spans = filter_spans(pattern_spans)
        taken = set()
        for span in pattern_spans:
            taken.update(range(span.start, span.end))
        kept = [s for s in model if not taken.intersection(range(s.start, s.end))]
        kept = [self._without_opening_cue(doc, span, sources) for span in kept]
        place_matches = [(s, e) for _, s, e in self.places(doc)] if len(self.places) else []
        exact_places = set(place_matches)
        # a "person" that is exactly a known place name (*Hanoi*, *Vietnam*) or a town of the
        # language's list (*Vimercate*, *Birmingham*) is the place, and so is a "person" or a
        # "body" named in English as a place (*Hyde Park*, *Trafalgar Square*)
        person_words = {t.text for s in pattern_spans + kept if s.label_ == "PER" and len(s) > 1 for t in s}
        g = grammar(self.rules.lang)
        for i, span in enumerate(kept):
            if span.label_ == "PER" and ((span.start, span.end) in exact_places or self._town(doc, span, person_words)
                                         or _after_place_word(doc, span, g)) or _english_place(span, g):
                kept[i] = Span(doc, span.start, span.end, label="LOC")
                sources[span_key(span.start_char, span.end_char)] = f"rule:{PLACES}"
            elif self._body(doc, kept[i], person_words, exact_places, g):
                kept[i] = Span(doc, span.start, span.end, label="ORG")
                sources[span_key(span.start_char, span.end_char)] = f"rule:{BODIES}"
        fill_spans = [s for s in filter_spans(fill_spans) if not taken.intersection(range(s.start, s.end))]
        fill_label = {(s.start, s.end): s.label_ for s in fill_spans}
        # a model entity of exactly a known body's words takes the body's label (*Anm* PER -> ORG);
        # a capitalised article run into a known body is not part of its name (*Il Codacons* ->
        # *Codacons*; newspapers that keep their article, *La Stampa*, are no such body), nor is
        # a capitalised preposition with its article (*Dalla Cisl si apprende…* -> *Cisl*)
        leading = g.definite | g.articulated_prepositions
        for i, span in enumerate(kept):
            if len(span) > 1 and (span.start + 1, span.end) in fill_label and doc[span.start].is_title \
                    and doc[span.start].lower_ in leading:
                span = kept[i] = Span(doc, span.start + 1, span.end, label=span.label_)
                sources[span_key(span.start_char, span.end_char)] = "model+rule:names"
            label = fill_label.get((span.start, span.end))
            if label and label != span.label_:
                kept[i] = Span(doc, span.start, span.end, label=label)
        for span in kept:
            taken.update(range(span.start, span.end))
            sources.setdefault(span_key(span.start_char, span.end_char), "model")
        for span in fill_spans:
            if not taken.intersection(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                kept.append(span)
        place_spans = []
        for found in filter_spans([Span(doc, s, e) for s, e in place_matches]):
            if not taken.intersection(range(found.start, found.end)):
                span = Span(doc, found.start, found.end, label="LOC")
                place_spans.append(span)
                sources[span_key(span.start_char, span.end_char)] = f"rule:{PLACES}"
        for town in self._untagged_towns(doc, taken, person_words):
            taken.update(range(town.start, town.end))
            place_spans.append(town)
            sources[span_key(town.start_char, town.end_char)] = f"rule:{PLACES}"
        place_ends = dict(place_matches)
        ents = repair_names(doc, pattern_spans + kept + place_spans, self.titles, sources, place_ends,
                            grammar(self.rules.lang))
        doc.ents = sorted(ents, key=lambda s: s.start)
        doc._.kit_ent_sources = sources
        doc._.kit_canonical_names = canonical
        return doc

    def _town(self, doc: Doc, span: Span, person_words: set[str]) -> bool:
        """A model "person" of at most three words that is exactly a town of the language's list,
        with no person of the article named with one of its words (*Ignazio Marino* … *Marino*),
        no title before it (*il sindaco Marino*) and no capitalised word after it (a longer
        name)."""
        return (len(span) <= 3 and span.text in self.towns and not any(t.text in person_words for t in span)
                and not (span.start > 0 and doc[span.start - 1].lower_ in self.titles)
                and not (span.end < len(doc) and doc[span.end].is_title))

    def _body(self, doc: Doc, span: Span, person_words: set[str], exact_places: set[tuple[int, int]],
              g: Grammar) -> bool:
        """A model person, place or work that is exactly a body name of the language's list
        (*Trenord*, *Macromedia*, *Goldman Sachs*), unless it is a known place, a place right
        after *a*, *in*, *presso* (``place_prepositions``: *a Grafenstaden*, the town), a title
        or a title's abbreviation stands before it (*il ministro Ferrari*, *l'avv. Ferrari*) or it
        is one word of a person the article names in full (*Ferrari* after *Enzo Ferrari*). No
        untagged word is made a body: the list holds too many common words (*Poco*, *Interno*)."""
        if span.label_ not in ("PER", "LOC", "MISC") or name_key(span.text) not in self.bodies:
            return False
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return ((span.start, span.end) not in exact_places
                and not (span.label_ == "LOC" and before in g.place_prepositions)
                and before not in self.titles and before.rstrip(".") not in g.name_title_abbreviations
                and not (len(span) == 1 and span.text in person_words))

    def _untagged_towns(self, doc: Doc, taken: set[int], person_words: set[str]) -> list[Span]:
        """The towns of the language's list that no entity covers (*a Sendai*, *Molfetta, 5
        vittime*), as places, with the guards of :meth:`_town`; one that is also a word of the
        language (*Centro*, *Fermo*, *Noto*: a key of the lemma table) only right after *a*,
        *in*, *da* and the like (``town_prepositions``)."""
        if not self.towns:
            return []
        g = grammar(self.rules.lang)
        out = []
        for found in _town_spans(doc, self.rules.lang):
            if taken.intersection(range(found.start, found.end)) or not self._town(doc, found, person_words):
                continue
            if in_longer_name(doc, found.start, found.end):
                continue  # ("Porta Garibaldi")
            before = doc[found.start - 1] if found.start > 0 else None
            if len(found) == 1 and is_word(found.text, self.rules.lang) \
                    and (before is None or before.lower_ not in g.town_prepositions):
                continue
            out.append(found)
        return out

    def _without_opening_cue(self, doc: Doc, span: Span, sources: dict) -> Span:
        """A sentence opened by an inverted speech verb run into the name after it
        (*Sottolinea Cisl che…*, *Aggiunge Caritas che…* read as one person): the verb is not
        part of the name. Only a finite form of a speech verb by the lemma table (*Sottolinea* ->
        *sottolineare*), capitalised at the start of a sentence, with a capitalised word after it."""
        first = doc[span.start]
        if len(span) < 2 or not first.is_sent_start or not first.is_title or not doc[span.start + 1].is_title:
            return span
        lemma = lookup_lemma(first.text, self.rules.lang)
        if lemma == first.lower_ or lemma not in self.speech_verbs:
            return span
        trimmed = Span(doc, span.start + 1, span.end, label=span.label_)
        sources[span_key(trimmed.start_char, trimmed.end_char)] = "model+rule:names"
        return trimmed


ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def _after_place_word(doc: Doc, span: Span, g: Grammar) -> bool:
    """A "person" right after *in* with an article (*nel Maharashtra*, *nell'Alberta*: no
    person's name takes an article after *in*), or after a noun of a kind of place and *di*
    (*la città di Minneapolis*, *la stazione di Garbagnate*: the grammar's ``town_nouns``),
    is the place."""
    k = span.start
    before = doc[k - 1].lower_.replace("’", "'") if k >= 1 else ""
    if before in g.forms("in") and before != "in":
        return True
    return before in ("di", "d'") and k >= 2 and doc[k - 2].lower_ in g.town_nouns


def _english_place(span: Span, g: Grammar) -> bool:
    """A model person or body of two words or more whose last word is an English word of places
    (*Hyde Park*, *Trafalgar Square*: the grammar's ``place_heads``)."""
    return span.label_ in ("PER", "ORG") and len(span) > 1 and span[-1].text in g.place_heads


def _name_word(token) -> bool:
    """A word that can continue a person's name: capitalised (*Un*, *Meo*) or a Roman numeral."""
    return token.is_alpha and (token.is_title or bool(ROMAN.match(token.text))) and not token.is_sent_start


EDGE_PUNCT = frozenset({"-", "–", "—", ",", ":", ";", "«", "»", "“", "”", "„", '"', "‘", "’", "'"})


def _edge_punct(token) -> bool:
    """Punctuation that never starts or ends a name: dashes, commas, colons, quote marks (a
    parenthesis, an abbreviation's period or *Yahoo!*'s mark may)."""
    return token.text in EDGE_PUNCT


def _is_verb(token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.is_lower


def repair_names(doc: Doc, ents: list[Span], titles: set[str], sources: dict,
                 places: dict[int, int] | None = None, g: Grammar | None = None) -> list[Span]:
    """Names that do not break (rule layer over the model):

    - an entity never ends with *di* + a lower-case time word (*Comune di ieri sera* ->
      *Comune*);
    - an entity never ends with a lower-case verb (*Parlamento avrà* -> *Parlamento*) or a
      capitalised definite article (a headline without a full stop run into its article:
      *Doris Lessing Il premio…*), and never starts or ends with a dash, a comma or a quote
      mark (*Giulia Neri -*);
    - a person's name goes on over capitalised words, particles between them and Roman
      numerals (*Kim Jong* + *Un*, *Luca De* + *Meo*, *Leone* + *XIV*);
    - a title followed by capitalised words that no entity covers is a person (*il ministro
      Rossi*, *l'Ad Viola*, *Papa Leone XIV*), also after *di* + a body or a place (*il
      presidente del Mps Profumo*) or a government portfolio (*il ministro del Lavoro Poletti*):
      the words become a PER entity.

    ``g`` is the language's grammar (particles, articles, the forms of *di*); none: no
    function words are known.
    """
    out: list[Span] = []
    taken: set[int] = set()
    g = g or Grammar("")
    ents = _split_place_and_person(doc, ents, places, sources, titles, g)
    ents = _split_body_and_person(doc, ents, places, sources, titles, g)
    ents = _split_portfolio_and_person(doc, ents, titles, sources, g)
    particles = g.particles
    ents = _split_at_article(doc, ents, titles, sources, g.definite)
    starts = {e.start for e in ents}  # a name never runs into the next entity
    for span in sorted(ents, key=lambda s: s.start):
        start, end = span.start, span.end
        while end - start > 1 and _edge_punct(doc[end - 1]):
            end -= 1  # "Giulia Neri -", "Coldiretti ,"
        while end - start > 1 and _edge_punct(doc[start]):
            start += 1
        while end - start > 1 and (_is_verb(doc[end - 1]) or doc[end - 1].is_lower and doc[end - 1].lower_ in particles):
            end -= 1  # never ends with a verb ("Parlamento avrà") or a particle ("Jenny Slate di")
        end = _cut_before_time(doc, start, end, g)
        if span.label_ == "PER":
            end = _cut_at_particle(doc, start, end, particles)
            end = _extend_name(doc, end, starts, particles, start)
            end = _cut_at_preposition(doc, start, end, g)
            end = _cut_at_titled_article(doc, start, end, titles, g.definite)
        while end - start > 1 and doc[end - 1].is_title and doc[end - 1].text != "I" \
                and doc[end - 1].lower_.replace("’", "'") in g.definite:
            end -= 1  # a headline run into its article: "Michael Haneke Il film…" (not "Carlo I")
        if (start, end) != (span.start, span.end):
            old_key = span_key(span.start_char, span.end_char)
            span = Span(doc, start, end, label=span.label_)
            sources[span_key(span.start_char, span.end_char)] = sources.pop(old_key, "model") + "+rule:names"
        if taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
    ent_end = {e.start: e.end for e in out if e.label_ in ("ORG", "LOC")}
    for i, token in enumerate(doc[:-1]):
        if token.lower_ not in titles:
            continue
        first = i + 1
        if first not in taken and not _name_word(doc[first]):
            first = _after_body(doc, first, ent_end, g.forms("di")) \
                or _portfolio_end(doc, first + (2 if doc[first].lower_ == "per" else 1), titles, g)
        if first is None or first >= len(doc) or first in taken or not _name_word(doc[first]):
            continue
        end = _extend_name(doc, first + 1, taken, particles, first)
        span = Span(doc, first, end, label="PER")
        if taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(span)
        sources[span_key(span.start_char, span.end_char)] = "rule:names"
    out = [_with_adjective(doc, span, taken, sources, g) for span in out]
    return [_with_place_noun(doc, span, taken, sources, g) for span in out
            if not _opening_participle(doc, span, g)
            and not (_only_titles(span, titles, g) and _from_model(span, sources))]


def _from_model(span: Span, sources: dict) -> bool:
    """The statistical model found ``span`` (not a pattern or alias of the analyst's)."""
    return sources.get(span_key(span.start_char, span.end_char), "model").startswith("model")


def _only_titles(span: Span, titles: set[str], g: Grammar) -> bool:
    """A title with a capital and no name (*il Presidente*, *il Colonnello*, *il Segretario
    Generale*): a description, which KIND never tags, not a name."""
    words = [t.lower_.replace("’", "'") for t in span if not t.is_punct]
    return bool(words) and all(w in titles or w in g.forms("di") or w in g.articles for w in words) \
        and any(w in titles for w in words)


def _with_adjective(doc: Doc, span: Span, taken: set[int], sources: dict, g: Grammar) -> Span:
    """A body named in lower case keeps the adjective that says whose it is, as KIND writes it
    (*governo siriano*, *polizia tedesca*, *esercito israeliano*): the tagger's adjectives, or
    words with the grammar's ``adjective_suffixes`` when there is no tagger."""
    if span.label_ != "ORG" or not doc[span.start].is_lower:
        return span
    end = span.end
    while end < len(doc) and end - span.end < 2 and end not in taken and doc[end].is_lower and doc[end].is_alpha and (
            doc[end].pos_ == "ADJ" if doc.has_annotation("POS") else doc[end].lower_.endswith(g.adjective_suffixes)):
        end += 1
    return _widen(doc, span, span.start, end, taken, sources)


def _opening_participle(doc: Doc, span: Span, g: Grammar) -> bool:
    """A sentence opened by a participle read as a name (*Nato a Liverpool nel 1947, …*,
    *Eletto nel 2010, …*): one capitalised word at the start of a sentence, a form of a verb by
    the lemma table, and a preposition or an article after it."""
    token = doc[span.start]
    if len(span) != 1 or not token.is_sent_start or span.end >= len(doc) or not g.participle.search(token.lower_):
        return False
    lemma = lookup_lemma(token.text, g.lang) if g.lang else token.lower_
    nxt = doc[span.end].lower_.replace("’", "'")
    opens_phrase = (nxt in g.prepositions or nxt in g.articles) and nxt not in g.coordinators
    return lemma != token.lower_ and lemma.endswith(("are", "ere", "ire")) and opens_phrase


def _with_place_noun(doc: Doc, span: Span, taken: set[int], sources: dict, g: Grammar) -> Span:
    """A place keeps the common noun that names its kind, as KIND writes it (*provincia di
    Varese*, *piazza Navona*, *golfo del Messico*: the grammar's ``place_nouns``)."""
    if span.label_ != "LOC":
        return span
    k = span.start - 1
    if k >= 1 and doc[k].lower_.replace("’", "'") in g.forms("di") and doc[k - 1].is_lower:
        k -= 1  # "provincia di", "golfo del"
    if k < 0 or k in taken or doc[k].lower_ not in g.place_nouns or not doc[k].is_lower:
        return span
    return _widen(doc, span, k, span.end, taken, sources)


def _widen(doc: Doc, span: Span, start: int, end: int, taken: set[int], sources: dict) -> Span:
    """``span`` grown to ``start:end`` with its label; the words it gains are taken, its source
    says the rule layer changed it."""
    if (start, end) == (span.start, span.end):
        return span
    wider = Span(doc, start, end, label=span.label_)
    sources[span_key(wider.start_char, wider.end_char)] = sources.pop(span_key(span.start_char, span.end_char), "model") + "+rule:names"
    taken.update(range(start, end))
    return wider


def _after_body(doc: Doc, k: int, ent_end: dict[int, int], of: frozenset[str]) -> int | None:
    """After a title, the token past *di* + a body or a place (one or two adjectives allowed
    before it): *il segretario generale dell'Onu* | *Ban Ki-moon*, *il presidente del Mps* |
    *Profumo*; None when no body follows."""
    for _ in range(2):
        if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in of:
        return None
    after = ent_end.get(k + 1)
    if after is None or after >= len(doc) or doc[after].pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX"):
        return None  # "il sindaco di Seul Le autorità…" (a headline run into its article)
    return after


def _split_at_article(doc: Doc, ents: list[Span], titles: set[str], sources: dict,
                      articles: frozenset[str]) -> list[Span]:
    """An entity the model ran over a name, a lower-case article and a title (*Cda l'Ad
    Viola*) ends before the article; the title rule then finds the person (*Viola*). An
    article after a preposition or a verb stays (*Autostrade per l'Italia*, *Salviamo il
    Castello*)."""
    out = []
    for span in ents:
        cut = next((k for k in range(span.start + 1, span.end - 1) if doc[k].lower_.replace("’", "'") in articles
                    and doc[k].is_lower and doc[k + 1].lower_ in titles and doc[k + 1].text[:1].isupper()
                    and (doc[k - 1].text.isupper() or doc[k - 1].is_title)), None)
        if cut is None:
            out.append(span)
            continue
        sources.pop(span_key(span.start_char, span.end_char), None)
        part = Span(doc, span.start, cut, label=span.label_)
        sources[span_key(part.start_char, part.end_char)] = "model+rule:names"
        out.append(part)
    return out


def _cut_before_person(doc: Doc, span: Span, cut: int, label: str, sources: dict) -> list[Span]:
    """``span`` cut at token ``cut`` into an entity of ``label`` (the place or body) and the person
    after it, both recorded in ``sources`` as the rule layer's names (the whole span's entry goes)."""
    first, person = Span(doc, span.start, cut, label=label), Span(doc, cut, span.end, label="PER")
    sources.pop(span_key(span.start_char, span.end_char), None)
    for part in (first, person):
        sources[span_key(part.start_char, part.end_char)] = "model+rule:names"
    return [first, person]


def _split_place_and_person(doc: Doc, ents: list[Span], places: dict[int, int] | None, sources: dict,
                            titles: set[str] = frozenset(), g: Grammar | None = None) -> list[Span]:
    """*il presidente della Lombardia Attilio Fontana* read as one entity: a known place at the
    start followed by two or more capitalised words is split into the place (LOC) and the person;
    after a title (and *di*), one word is enough and a person too is split (*il presidente Usa
    Obama*, *il patriarca di Belgrado Irinej*)."""
    out = []
    of = g.forms("di") if g is not None else frozenset({"di"})
    for span in ents:
        cut = (places or {}).get(span.start)
        k = span.start - 1
        if k > 0 and doc[k].lower_ in of:
            k -= 1
        titled = k >= 0 and doc[k].lower_ in titles
        cut = cut if cut is not None and (span.end - cut >= 2 or titled and span.end - cut == 1) else None
        if (span.label_ != "PER" or titled) and cut is not None and all(_name_word(t) for t in doc[cut:span.end]):
            out += _cut_before_person(doc, span, cut, "LOC", sources)
        else:
            out.append(span)
    return out


def _split_body_and_person(doc: Doc, ents: list[Span], places: dict[int, int] | None, sources: dict,
                           titles: set[str], g: Grammar) -> list[Span]:
    """*il presidente della Provincia Giulio Serra* read as one body: after an office title and
    *di*, a capitalised public body (``public_body_nouns``) and two or three capitalised words
    that are not a place (*Regione Lombardia …* stays) is the body and the title's holder."""
    out = []
    of = g.forms("di")
    for span in ents:
        k = span.start - 1
        titled = k > 0 and doc[k].lower_ in of and doc[k - 1].lower_ in titles
        rest = doc[span.start + 1:span.end]
        if span.label_ != "PER" and titled and doc[span.start].is_title \
                and doc[span.start].lower_ in g.public_body_nouns and 2 <= len(rest) <= 3 \
                and all(_name_word(t) and not t.is_upper for t in rest) \
                and not any(s <= span.start + 1 < e for s, e in (places or {}).items()):
            out += _cut_before_person(doc, span, span.start + 1, "ORG", sources)
        else:
            out.append(span)
    return out


def _portfolio_end(doc: Doc, k: int, titles: set[str], g: Grammar) -> int | None:
    """At token ``k``, the words of a government portfolio after a title and *di* (or *per* and
    an article), at most three (*il ministro **dello Sport**…*, *il ministro **del Lavoro**…*,
    *la ministra **per le Pari Opportunità**…*): the token after them, else None."""
    before = k - 1
    if before > 0 and doc[before].lower_ in g.articles and doc[before - 1].lower_ == "per":
        before -= 1
    elif not (before > 0 and doc[before].lower_.replace("’", "'") in g.forms("di")):
        return None
    if doc[before - 1].lower_ not in titles:
        return None
    end = k
    while end < len(doc) and end - k < 3 and doc[end].lower_ in g.portfolio_words:
        end += 1
    return end if end > k else None


def _split_portfolio_and_person(doc: Doc, ents: list[Span], titles: set[str], sources: dict,
                                g: Grammar) -> list[Span]:
    """*il ministro dell'Istruzione Bussetti* read as one body (*Istruzione Bussetti*): after a
    title and *di*, the words of a government portfolio (``portfolio_words``) are no name, and
    the capitalised words after them are the title's holder (KIND tags the person alone)."""
    out = []
    for span in ents:
        end = _portfolio_end(doc, span.start, titles, g)
        if end is not None and end < span.end and all(_name_word(t) for t in doc[end:span.end]):
            person = Span(doc, end, span.end, label="PER")
            sources.pop(span_key(span.start_char, span.end_char), None)
            sources[span_key(person.start_char, person.end_char)] = "model+rule:names"
            out.append(person)
        else:
            out.append(span)
    return out


def _cut_before_time(doc: Doc, start: int, end: int, g: Grammar) -> int:
    """The end of a name before *di* + a lower-case time word the NER ran into (*il Comune di
    ieri sera* -> *Comune*, *la Procura di stamattina* -> *Procura*): a when, not part of the name."""
    for k in range(start + 1, end - 1):
        if doc[k].is_lower and doc[k].lower_ in g.forms("di") and doc[k + 1].is_lower and doc[k + 1].lower_ in g.time_words:
            return k
    return end


def _cut_at_particle(doc: Doc, start: int, end: int, particles: frozenset[str]) -> int:
    """A person read together with what follows a lower-case particle, two name words on each
    side (*Jenny Slate di Big Mouth*): the person ends before the particle."""
    for k in range(start + 2, end - 2):
        if doc[k].is_lower and doc[k].lower_ in particles:
            return k
    return end


def _cut_at_titled_article(doc: Doc, start: int, end: int, titles: set[str], articles: frozenset[str]) -> int:
    """A person read on over a capitalised article and a capitalised title (a heading without
    a full stop run into the next sentence's subject: *Colloqui con Moro Il Presidente del
    Consiglio…*): the person ends before the article. An article before a name stays (*Ugo La
    Malfa*, *Pietro Il Grande*)."""
    for k in range(start + 1, end - 1):
        if doc[k].is_title and doc[k].lower_.replace("’", "'") in articles \
                and doc[k + 1].lower_ in titles and doc[k + 1].text[:1].isupper():
            return k
    return end


def _cut_at_preposition(doc: Doc, start: int, end: int, g: Grammar) -> int:
    """A person read together with a place or an event after a lower-case preposition that no
    name holds (*Berlusconi al Meeting di Cl*, *Renzi a Porta a Porta*, *Salvini in Senato*,
    a headline's label): the person ends before the preposition. Name particles stay (*di*,
    *da* and their forms, *de*, *von*: *Luca di Montezemolo*, *Leonardo da Vinci*); one that
    is also an Italian preposition (*al*) cuts only after a single word (*Berlusconi al…*, not
    *Abu Bakr al Baghdadi*)."""
    inside = g.forms("di") | g.forms("da")
    for k in range(start + 1, end - 1):
        word = doc[k].lower_.replace("’", "'")
        if not doc[k].is_lower or word not in g.prepositions or word in inside:
            continue
        if word not in g.particles or k == start + 1:
            return k
    return end


def _extend_name(doc: Doc, end: int, taken: set[int], particles: frozenset[str], start: int | None = None) -> int:
    """End of a name that continues at token ``end`` (particles only between capitalised words;
    a lower-case particle only after a first name: *Luca di Montezemolo*, not *Jenny Slate di
    Big Mouth*, which is a person and the show she is in)."""
    k = end
    first = end - 1 if start is None else start
    while k < len(doc) and k not in taken:
        tok = doc[k]
        if not doc[k - 1].whitespace_:
            # a hyphenated part: Ban Ki-moon, Jean-Luc
            if tok.text == "-" and not tok.whitespace_ and k + 1 < len(doc) and doc[k + 1].is_alpha \
                    and k + 1 not in taken:
                k += 2
                continue
            break
        if _name_word(tok) and not (tok.text.isupper() and len(tok) > 4):
            k += 1
        elif tok.lower_ in particles and (tok.text[:1].isupper() or k - first == 1):
            # one or two particles, then a capitalised word: von der Leyen, de la Vega
            n = 2 if k + 1 < len(doc) and doc[k + 1].lower_ in particles else 1
            if k + n < len(doc) and _name_word(doc[k + n]) and not taken.intersection(range(k, k + n + 1)):
                k += n + 1
            else:
                break
        else:
            break
    return k


@Language.factory("kit_entities", default_config=RULE_CONFIG)
def make_entity_rules(nlp: Language, name: str, rules: dict | None, rules_path: str | None) -> EntityRules:
    return EntityRules(nlp, name, nlp.lang, rules, rules_path)
