"""The two layers of a kit pipeline: the model layer (run once, cached) and the rule layer.

The model layer is every component before the rule layer (tokenizer, tagger, parser, NER or the
rule-based stand-ins); the rule layer is ``kit.components.RULE_LAYER`` and reads the RuleSet
shared by its components. Re-running only the rule layer on a copy of a Doc gives what a fresh
analysis with the same rules gives (a property the tests check).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..components import RULE_LAYER
from ..rules import RuleSet


def set_rules(nlp: Language, rules: RuleSet) -> None:
    """Give every rule-layer component the same rules (cheap: recompiles the matchers)."""
    for name in RULE_LAYER:
        if name in nlp.pipe_names:
            nlp.get_pipe(name).set_rules(rules)


def get_rules(nlp: Language) -> RuleSet:
    """The rules the pipeline's rule layer uses."""
    return nlp.get_pipe(RULE_LAYER[0]).rules


def rule_layer(nlp: Language) -> list[tuple[str, object]]:
    """(name, component) of the rule layer, in pipeline order."""
    return [(name, proc) for name, proc in nlp.pipeline if name in RULE_LAYER]


def model_layer(nlp: Language) -> list[str]:
    """Names of the components that run before the rule layer (the cached, expensive part)."""
    return [name for name in nlp.pipe_names if name not in RULE_LAYER]


def run_rule_layer(doc: Doc, nlp: Language) -> Doc:
    """The rule layer on ``doc`` (in place: pass a copy to keep the model output)."""
    for _, proc in rule_layer(nlp):
        doc = proc(doc)
    return doc


def apply_rules(docs: Doc | Iterable[Doc], nlp: Language, rules: RuleSet | None = None) -> list[Doc]:
    """Re-run only the rule layer on copies of analysed docs (the model output is reused)."""
    if rules is not None:
        set_rules(nlp, rules)
    return [run_rule_layer(doc.copy(), nlp) for doc in ([docs] if isinstance(docs, Doc) else docs)]
