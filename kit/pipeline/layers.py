"""The two layers of a kit pipeline: the model layer (run once, cached) and the rule layer.

The model layer is every component before the rule layer (tokenizer, tagger, parser, NER or the
rule-based stand-ins); the rule layer is ``kit.components.RULE_LAYER`` and reads the RuleSet
shared by its components. Re-running only the rule layer on a copy of a Doc gives what a fresh
analysis with the same rules gives (a property the tests check).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..components import RULE_LAYER, model_layer, rule_layer
from ..rules import RuleSet

__all__ = ["apply_rules", "get_rules", "model_layer", "rule_layer", "run_rule_layer", "set_rules"]


def set_rules(nlp: Language, rules: RuleSet) -> None:
    """Give every rule-layer component the same rules (cheap: recompiles the matchers)."""
    for name in RULE_LAYER:
        if name in nlp.pipe_names:
            nlp.get_pipe(name).set_rules(rules)
    from ..origin import rules_hash  # what the Docs analysed from now on are stamped with

    kit_meta = nlp.meta.setdefault("kit", {})
    kit_meta["rules_sha256"] = rules_hash(rules)
    kit_meta["rules_source"] = Path(rules.source).name if rules.source and not rules.source.startswith("<") else rules.source


def get_rules(nlp: Language) -> RuleSet:
    """The rules the pipeline's rule layer uses."""
    return nlp.get_pipe(RULE_LAYER[0]).rules


def run_rule_layer(doc: Doc, nlp: Language) -> Doc:
    """The rule layer on ``doc`` (in place: pass a copy to keep the model output)."""
    from ..origin import stamp

    for _, proc in rule_layer(nlp):
        doc = proc(doc)
    return stamp(doc, nlp)


def apply_rules(docs: Doc | Iterable[Doc], nlp: Language, rules: RuleSet | None = None) -> list[Doc]:
    """Re-run only the rule layer on copies of analysed docs (the model output is reused)."""
    if rules is not None:
        set_rules(nlp, rules)
    return [run_rule_layer(doc.copy(), nlp) for doc in ([docs] if isinstance(docs, Doc) else docs)]
