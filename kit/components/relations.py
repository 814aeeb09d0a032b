"""Relation rules (``kit_relations``): subject -[label]-> object around a verb.

A rule from the rule file reads like the task: ``{"subject": ["PER"], "verbs": ["elogiare",
"ringraziare"], "object": ["PER", "ORG"], "label": "elogia"}``. In each sentence, a verb whose
lemma is listed relates its subject (found as for speech cues: parse first, then patterns) to
the first entity after it, before the clause ends, whose label the rule allows.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Relation
from ..speech import SpeechFinder
from .base import RULE_CONFIG, RuleComponent

CLAUSE_END = {".", ";", ":", "!", "?", "\n"}


class RelationRules(RuleComponent):
    def compile(self) -> None:
        self.speech = SpeechFinder(self.rules, self.lang)
        self.by_verb: dict[str, list[dict]] = {}
        for rule in self.rules.relation_rules:
            for verb in rule["verbs"]:
                self.by_verb.setdefault(verb.lower(), []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        self.speech.reset()
        doc._.kit_relation_records = [r.to_dict() for r in self.find(doc)]
        return doc

    def find(self, doc: Doc) -> list[Relation]:
        found: list[Relation] = []
        if not self.by_verb:
            return found
        from ..speech import Cue

        for token in doc:
            if not token.is_alpha:
                continue
            rules = [r for lemma in self.speech.lemmas(token) for r in self.by_verb.get(lemma, ())]
            if not rules:
                continue
            sent = self.speech.context(doc).sent(token.i)
            start = self.speech.aux_start(doc, token.i, sent.start)
            coordinated = start > sent.start and doc[start - 1].text.lower() in ("e", "ed", ",", "ma")
            after = token.idx + len(token)
            cue = Cue(start=start, end=token.i + 1, start_char=doc[start].idx, end_char=after,
                      text=doc[start:token.i + 1].text, complement="object", content_start=after,
                      region_start=after, region_end=sent.end_char, about_start=after, rule="relation",
                      coordinated=coordinated)
            subject = self.speech.speaker_for(doc, cue)
            if subject is None or subject.label is None:
                continue
            obj = None
            for ent in self.speech.context(doc).ents_in_tokens(token.i + 1, sent.end):
                if ent.end <= sent.end:
                    if any(t.text in CLAUSE_END for t in doc[token.i:ent.start]):
                        break
                    obj = ent
                    break
            if obj is None:
                continue
            names = doc._.kit_canonical_names or {}
            obj_name = names.get(f"{obj.start_char}:{obj.end_char}", obj.text)
            for rule in rules:
                if subject.label in rule["subject"] and obj.label_ in rule["object"] and obj_name != subject.name:
                    found.append(Relation(subject.name, subject.label, rule["label"], obj_name, obj.label_,
                                          token.text, sent.start_char, sent.end_char, rule["name"]))
        return found


@Language.factory("kit_relations", default_config=RULE_CONFIG)
def make_relations(nlp: Language, name: str, rules: dict | None, rules_path: str | None) -> RelationRules:
    return RelationRules(nlp, name, nlp.lang, rules, rules_path)
