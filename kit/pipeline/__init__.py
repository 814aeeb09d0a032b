"""The pipeline: ``load()`` builds it, one analysis path runs it (model layer, then rule layer).

- :mod:`kit.pipeline.load`: choose the base pipeline and add the kit's components;
- :mod:`kit.pipeline.layers`: the model layer (expensive, cached) and the rule layer (cheap,
  re-run when the rules change);
- :mod:`kit.pipeline.analysis`: the one way texts become Docs (input checks, ids, long-document
  pieces, optional on-disk cache), used by ``kit.analyze`` and ``kit.analyze_corpus``.
"""

from .analysis import CHUNK_CHARS, analyze, analyze_corpus, default_id, guess_title, split_points
from .layers import apply_rules, get_rules, model_layer, rule_layer, set_rules
from .load import MAX_LENGTH, OFFICIAL, SHIPPED, available_models, default_nlp, load

__all__ = [
    "CHUNK_CHARS", "MAX_LENGTH", "OFFICIAL", "SHIPPED", "analyze", "analyze_corpus", "apply_rules",
    "available_models", "default_id", "default_nlp", "get_rules", "guess_title", "load",
    "model_layer", "rule_layer", "set_rules", "split_points",
]
