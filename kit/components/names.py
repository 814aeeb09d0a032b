"""Canonical names: group the mentions of one entity in an article.

Rules, in order:
1. the analyst's aliases (rule file, case- and apostrophe-insensitive) name the entity;
2. a pattern's ``id`` names what it matched;
3. a person mention whose words all appear in a longer person mention of the same article
   takes that longer name (Putin -> Vladimir Putin, Kim -> Kim Jong Un); when several longer
   names fit, the nearest one before the mention wins (else the first after it);
4. otherwise the mention's own text, with spacing normalised.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import span_key
from ..names import name_words
from ..rules import normalize
from .base import RULE_CONFIG, RuleComponent


def group_people(mentions: list[tuple[int, str]], lang: str = "it") -> dict[int, str]:
    """Map each person mention (position, text) to the longest compatible name in the list."""
    result = {}
    words = [(pos, text, name_words(text, lang)) for pos, text in mentions]
    for pos, text, mine in words:
        candidates = [(p, t, w) for p, t, w in words if mine < w]
        if not candidates:
            result[pos] = " ".join(text.split())
            continue
        longest = max(len(w) for _, _, w in candidates)
        best = [c for c in candidates if len(c[2]) == longest]
        before = [c for c in best if c[0] < pos]
        chosen = before[-1] if before else best[0]
        result[pos] = " ".join(chosen[1].split())
    return result


class CanonicalNames(RuleComponent):
    def compile(self) -> None:
        self.aliases = self.rules.alias_map()

    def __call__(self, doc: Doc) -> Doc:
        names = dict(doc._.kit_canonical_names or {})
        people = [(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PER"
                  and normalize(ent.text) not in self.aliases]
        grouped = group_people(people, self.lang)
        for ent in doc.ents:
            key = span_key(ent.start_char, ent.end_char)
            alias = self.aliases.get(normalize(ent.text))
            if alias:
                names[key] = alias
            elif key in names:
                continue  # a pattern id named it
            elif ent.label_ == "PER":
                names[key] = grouped.get(ent.start_char, ent.text)
            else:
                names[key] = " ".join(ent.text.split())
        doc._.kit_canonical_names = names
        return doc


@Language.factory("kit_names", default_config=RULE_CONFIG)
def make_names(nlp: Language, name: str, rules: dict | None, rules_path: str | None) -> CanonicalNames:
    return CanonicalNames(nlp, name, nlp.lang, rules, rules_path)
