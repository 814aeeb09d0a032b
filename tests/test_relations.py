"""Relation rules: subject -[label]-> object around a listed verb."""

from __future__ import annotations

import kit

from .helpers import blank_nlp


def test_praise_rule_relates_subject_and_object():
    nlp = blank_nlp(people=["Putin", "Kim"])
    doc = kit.analyze("Durante il viaggio, Putin ha elogiato Kim per il suo sostegno.", nlp)
    assert [(r.subject, r.label, r.object, r.verb) for r in doc._.kit_relations] == [("Putin", "elogia", "Kim", "elogiato")]
    table = kit.rule_relations_table([doc])
    assert table[["subject", "relation", "object"]].values.tolist() == [["Putin", "elogia", "Kim"]]


def test_rule_labels_restrict_subject_and_object():
    nlp = blank_nlp(people=["Putin"])
    rules = kit.pipeline.get_rules(nlp)
    only_org = [{"name": "x", "subject": ["ORG"], "verbs": ["elogiare"], "object": ["LOC"], "label": "x"}]
    kit.pipeline.set_rules(nlp, rules.replace(relation_rules=only_org))
    doc = kit.analyze("Putin ha elogiato la Corea del Nord.", nlp)
    assert doc._.kit_relations == ()
    kit.pipeline.set_rules(nlp, rules.replace(relation_rules=[{**only_org[0], "subject": ["PER"]}]))
    doc = kit.analyze("Putin ha elogiato la Corea del Nord.", nlp)
    assert [(r.subject, r.object, r.object_label) for r in doc._.kit_relations] == [("Putin", "Corea del Nord", "LOC")]


def test_no_relation_across_sentences():
    nlp = blank_nlp(people=["Putin", "Kim"])
    doc = kit.analyze("Putin ha elogiato tutti. Kim è partito.", nlp)
    assert doc._.kit_relations == ()
