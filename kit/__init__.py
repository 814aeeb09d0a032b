"""Entity and quotation tagging for Italian news, in Jupyter notebooks.

>>> import kit
>>> nlp = kit.load()                       # best Italian pipeline available + the kit's rules
>>> doc = kit.analyze("Mattarella ha detto: «Siamo pronti».", nlp)
>>> kit.quotes_table([doc])                 # who said what, as a DataFrame
>>> kit.show(doc)                           # entities and quotes highlighted inline
"""

__version__ = "0.1.0"

from .corpus import Corpus, CorpusError, Document, load_corpus
from .export import export_tables, share_notebook, to_csv, to_gexf, to_jsonl
from .model import Quote, Relation
from .lang import sample_articles
from .pipeline import analyze, analyze_corpus, apply_rules, available_models, load
from .records import parse_doc
from .render import render_bundle, render_html, render_markdown, render_text
from .show import display_object, show
from .report import build_report, write_report
from .rules import RuleError, RuleSet, load_rules, save_rules
from .plots import plot_heatmap, plot_network, plot_quotes_over_time, plot_top_speakers, plot_top_targets
from .widgets import RuleTuner
from .tables import documents_table, entities_table, quotes_table, relations_table, rule_relations_table, top_speakers
from .dates import DateError, parse_date
from .filters import DocFilter, filter_records, filter_table
from .timecharts import plot_outlet_heatmap, plot_pairs_over_time, plot_speakers_over_time
from .explorer import CorpusExplorer

__all__ = [
    "Corpus", "CorpusError", "Document", "analyze_corpus", "build_report", "export_tables",
    "load_corpus", "share_notebook", "to_csv", "to_gexf", "to_jsonl", "write_report",
    "Quote", "RuleTuner", "Relation", "RuleError", "RuleSet", "analyze", "apply_rules", "available_models",
    "documents_table", "entities_table", "load", "plot_heatmap", "plot_network",
    "plot_quotes_over_time", "plot_top_speakers", "plot_top_targets", "load_rules", "parse_doc", "sample_articles", "quotes_table", "render_bundle", "render_html", "render_markdown", "render_text",
    "show", "display_object",
    "relations_table", "rule_relations_table", "save_rules", "top_speakers",
    "CorpusExplorer", "DateError", "DocFilter", "filter_records", "filter_table", "parse_date",
    "plot_outlet_heatmap", "plot_pairs_over_time", "plot_speakers_over_time",
]
