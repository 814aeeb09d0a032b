"""The rule tuner's panes as HTML: status line, quotes of an article, corpus diff, network chart.

Pure functions from records, tables and diffs to HTML strings (tested without widgets); the markup
is in :mod:`kit.view.templates` (``TPL_TUNER_*``) and every value is escaped.
"""

from __future__ import annotations

import pandas as pd

from ..records.diff import CorpusDiff
from ..records.tables import quotes_table
from . import templates as T
from .article import badge_numbers
from .html_tables import table_html
from .plots import plot_network
from .png import figure_base64
from .templates import esc

#: the columns of the quotes table shown for the selected article (``#``: the badge number)
QUOTE_VIEW_COLUMNS = ["#", "kind", "speaker", "cue", "text", "about"]
#: characters shown of a long cell (the whole text is in its tooltip)
CLIP_CHARS = 90
#: rows shown per table in the corpus diff (the full tables are in ``tuner.last_diff``)
DIFF_ROWS = 12
#: the tables of a corpus diff, with their titles and the columns shown
DIFF_SECTIONS = (
    ("entities_added", "Entities added", ["doc_id", "label", "text", "canonical", "context"]),
    ("entities_removed", "Entities removed", ["doc_id", "label", "text", "canonical", "context"]),
    ("entities_renamed", "Entities renamed", ["doc_id", "label", "text", "canonical_before",
                                              "canonical_after", "context"]),
    ("speakers_changed", "Quotes whose speaker changed", ["doc_id", "kind", "speaker_before",
                                                         "speaker_after", "cue_after", "text"]),
    ("quotes_added", "Quotes added", ["doc_id", "kind", "speaker", "cue", "text"]),
    ("quotes_removed", "Quotes removed", ["doc_id", "kind", "speaker", "cue", "text"]),
    ("relations_added", "Relations added", ["doc_id", "subject", "relation", "object", "verb", "context"]),
    ("relations_removed", "Relations removed", ["doc_id", "subject", "relation", "object", "verb", "context"]),
)
#: the network chart's size (inches) and resolution
CHART_SIZE, CHART_DPI = (7.0, 5.0), 80


def _block(cls: str, content: str) -> str:
    return T.TPL_TUNER_BLOCK.format(cls=cls + " kit-tuner-table", content=T.TPL_TUNER_TABLE_STYLE + content)


def _note(text: str) -> str:
    return T.TPL_TUNER_NOTE.format(text=esc(text))


def format_status(message: str, kind: str = "info", details: str | None = None) -> str:
    """A status line (info, ok or error), escaped, with optional collapsible details."""
    color, bg = T.TUNER_STATUS_STYLES.get(kind, T.TUNER_STATUS_STYLES["info"])
    extra = T.TPL_TUNER_DETAILS.format(text=esc(details)) if details else ""
    return T.TPL_TUNER_STATUS.format(kind=esc(kind), color=color, bg=bg, message=esc(message), details=extra)


def format_header(n_docs: int, base: str, source: str) -> str:
    """The tuner's first line: documents, pipeline and rule file."""
    return T.TPL_TUNER_HEADER.format(n_docs=n_docs, s="s" * (n_docs != 1), base=esc(base), source=esc(source))


def format_help(text: str) -> str:
    """A help sentence above an editor."""
    return T.TPL_TUNER_HELP.format(text=esc(text))


def format_quotes(record: dict) -> str:
    """The quotations of one article as an HTML table (kind, speaker, cue, text, about)."""
    table = quotes_table(record)
    if table.empty:
        return _block("kit-tuner-quotes", _note("No quotations found in this article."))
    order = table.sort_values(["start", "end"], kind="stable").index
    table.loc[order, "#"] = pd.array(badge_numbers(table.loc[order, "kind"]), dtype="Int64")
    return _block("kit-tuner-quotes", table_html(table, QUOTE_VIEW_COLUMNS, clip=CLIP_CHARS, drop_empty=True))


def format_diff(diff: CorpusDiff | None, what: str = "", max_rows: int = DIFF_ROWS) -> str:
    """The corpus diff of the last change: a summary line, then examples of each kind of change."""
    if diff is None:
        return _block("kit-tuner-diff", _note("Change a rule to see what it does across the corpus."))
    parts = [T.TPL_TUNER_HEADING.format(text=esc(f"{what}: {diff.summary()}" if what else diff.summary()))]
    if diff.empty:
        parts.append(_note("Nothing changed in the corpus."))
    for name, title, columns in DIFF_SECTIONS:
        table = getattr(diff, name)
        if table.empty:
            continue
        parts.append(T.TPL_TUNER_HEADING.format(text=esc(f"{title} ({len(table)})")))
        parts.append(table_html(table, columns, max_rows, clip=CLIP_CHARS, drop_empty=True))
        if len(table) > max_rows:
            parts.append(_note(f"… and {len(table) - max_rows} more (see tuner.last_diff.{name})"))
    return _block("kit-tuner-diff", "".join(parts))


def format_chart(relations: pd.DataFrame, title: str = "") -> str:
    """The network chart as an ``<img>`` with the PNG inline (works offline and in exports)."""
    data = figure_base64(lambda ax: plot_network(relations, ax=ax), CHART_SIZE, CHART_DPI, title)
    return T.TPL_TUNER_IMG.format(alt=esc(f"who speaks about whom {title}".strip()), data=data)
