"""The kit's spaCy components, in pipeline order, and the two layers they make.

``kit_sentences`` (sentence boundaries), ``kit_lemmatizer`` (lookup lemmas), then the rule layer:
``kit_entities`` (patterns and place names), ``kit_names`` (canonical names), ``kit_quotes``
(quotations and speakers), ``kit_relations`` (relation rules). Every component before the rule
layer (the kit's or a trained model's) is the model layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

RULE_LAYER = ("kit_entities", "kit_names", "kit_quotes", "kit_relations")


def rule_layer(nlp: Language) -> list[tuple[str, object]]:
    """(name, component) of the rule layer, in pipeline order."""
    return [(name, proc) for name, proc in nlp.pipeline if name in RULE_LAYER]


def model_layer(nlp: Language) -> list[str]:
    """Names of the components that run before the rule layer (the cached, expensive part)."""
    return [name for name in nlp.pipe_names if name not in RULE_LAYER]
