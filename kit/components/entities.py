"""The entity rule layer: the analyst's patterns and place names, on top of the model.

Precedence, decided once here:
1. entities from the analyst's patterns win over model entities they overlap (the analyst
   knows best; longer matches win among patterns);
2. place names (CLDR country and region names via ``babel``, plus the rule file's extras)
   only fill gaps: they never replace a model or pattern entity;
3. model entities stay otherwise.
The model's own entities are kept in ``doc.spans["kit_model_ents"]`` so that running the rule
layer again (after a rule change) starts from the model output, not from the last rule run.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import span_key
from .base import RuleComponent

MODEL_KEY = "kit_model_ents"
PLACES = "places"


@lru_cache(maxsize=4)
def cldr_places(lang: str) -> tuple[str, ...]:
    """Country and world-region names in ``lang`` from CLDR (babel), without the world itself."""
    from babel import Locale

    names = Locale(lang).territories
    return tuple(sorted({name for code, name in names.items() if code not in ("001", "ZZ")}))


class EntityRules(RuleComponent):
    def compile(self) -> None:
        vocab = self.nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="ORTH")
        self.tokens = Matcher(vocab, validate=True)
        self.places = PhraseMatcher(vocab, attr="ORTH")
        self.pattern_info: dict[str, tuple[str, str, str | None]] = {}
        make = self.nlp.make_doc
        for i, pattern in enumerate(self.rules.entity_patterns):
            key = f"kit_pattern_{i}"
            name = pattern.get("name") or f"pattern {i}"
            self.pattern_info[key] = (pattern["label"], name, pattern.get("id"))
            if isinstance(pattern["pattern"], str):
                text = pattern["pattern"]
                variants = {text, text[:1].upper() + text[1:]}
                self.phrases.add(key, [make(v) for v in variants])
            else:
                self.tokens.add(key, [pattern["pattern"]])
        places = list(self.rules.places.get("extra", []))
        if self.rules.places.get("cldr", True):
            places += cldr_places(self.rules.lang)
        if places:
            self.places.add(PLACES, [make(p) for p in places])

    def __call__(self, doc: Doc) -> Doc:
        if MODEL_KEY not in doc.spans:
            doc.spans[MODEL_KEY] = list(doc.ents)
        model = list(doc.spans[MODEL_KEY])
        strings = self.nlp.vocab.strings
        canonical: dict[str, str] = {}  # the rule layer starts here: nothing stale survives
        sources = {}
        pattern_spans = []
        matches = list(self.phrases(doc)) if len(self.phrases) else []
        matches += list(self.tokens(doc)) if len(self.tokens) else []
        for match_id, start, end in matches:
            label, name, ent_id = self.pattern_info[strings[match_id]]
            span = Span(doc, start, end, label=label)
            pattern_spans.append(span)
            sources[span_key(span.start_char, span.end_char)] = f"rule:{name}"
            if ent_id:
                canonical[span_key(span.start_char, span.end_char)] = ent_id
        pattern_spans = filter_spans(pattern_spans)
        taken = set()
        for span in pattern_spans:
            taken.update(range(span.start, span.end))
        kept = [s for s in model if not taken.intersection(range(s.start, s.end))]
        for span in kept:
            taken.update(range(span.start, span.end))
            sources.setdefault(span_key(span.start_char, span.end_char), "model")
        place_spans = []
        for found in filter_spans([Span(doc, s, e) for _, s, e in self.places(doc)]):
            if not taken.intersection(range(found.start, found.end)):
                span = Span(doc, found.start, found.end, label="LOC")
                place_spans.append(span)
                sources[span_key(span.start_char, span.end_char)] = f"rule:{PLACES}"
        doc.ents = sorted(pattern_spans + kept + place_spans, key=lambda s: s.start)
        doc._.ent_sources = sources
        doc._.canonical_names = canonical
        return doc


@Language.factory("kit_entities")
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name, nlp.lang)
