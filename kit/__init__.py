"""Entity and quotation tagging for Italian news, in Jupyter notebooks.

>>> import kit
>>> nlp = kit.load()                       # best Italian pipeline available + the kit's rules
>>> doc = kit.analyze("Mattarella ha detto: «Siamo pronti».", nlp)
>>> kit.quotes_table([doc])                 # who said what, as a DataFrame
>>> kit.show(doc)                           # entities and quotes highlighted inline

The public names are imported when first used (``import kit`` itself loads nothing heavy: spaCy
comes with ``kit.load``, matplotlib with the first chart, ipywidgets with ``kit.RuleTuner``).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

#: public name -> the module that defines it
_PUBLIC = {
    **dict.fromkeys(["Corpus", "CorpusError", "Document", "load_corpus"], "kit.corpus"),
    **dict.fromkeys(["Quote", "Relation"], "kit.model"),
    **dict.fromkeys(["sample_articles"], "kit.lang"),
    **dict.fromkeys(["analyze", "analyze_corpus", "apply_rules", "available_models", "load"], "kit.pipeline"),
    **dict.fromkeys(["RuleError", "RuleSet", "load_rules", "save_rules"], "kit.rules"),
    **dict.fromkeys(["parse_doc"], "kit.records"),
    **dict.fromkeys(["documents_table", "entities_table", "quotes_table", "relations_table",
                     "rule_relations_table", "top_speakers"], "kit.records.tables"),
    **dict.fromkeys(["export_tables", "to_csv", "to_jsonl"], "kit.records.export"),
    **dict.fromkeys(["to_gexf"], "kit.records.graph"),
    **dict.fromkeys(["render_html"], "kit.view.render"),
    **dict.fromkeys(["render_bundle", "render_markdown", "render_text"], "kit.view.summary"),
    **dict.fromkeys(["display_object", "show"], "kit.view.show"),
    **dict.fromkeys(["plot_heatmap", "plot_network", "plot_quotes_over_time", "plot_top_speakers",
                     "plot_top_targets"], "kit.view.plots"),
    **dict.fromkeys(["RuleTuner"], "kit.view.tuner"),
    **dict.fromkeys(["build_report", "write_report"], "kit.view.report"),
    **dict.fromkeys(["share_notebook"], "kit.view.share"),
    **dict.fromkeys(["DateError", "parse_date"], "kit.corpus.dates"),
    **dict.fromkeys(["DocFilter", "filter_records", "filter_table"], "kit.records.filters"),
    **dict.fromkeys(["plot_outlet_heatmap", "plot_pairs_over_time", "plot_speakers_over_time"], "kit.view.plots"),
    **dict.fromkeys(["CorpusExplorer"], "kit.view.explorer"),
    **dict.fromkeys(["Review"], "kit.view.review"),
    **dict.fromkeys(["provenance"], "kit.origin"),
    **dict.fromkeys(["CorpusRun", "read_relations", "read_table", "read_tables", "rerun_rules", "run_corpus"], "kit.scale"),
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    """Import a public name (or a submodule) on first use."""
    module = _PUBLIC.get(name)
    if module is None:
        if name.startswith("_"):
            raise AttributeError(f"module 'kit' has no attribute {name!r}")
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'kit' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
