"""A report of a corpus as one self-contained HTML file, plus its tables (``python -m kit report``).

``build_report(docs)`` returns the HTML: counts, charts as embedded PNG images, the corpus over
time and by outlet (:mod:`kit.timereport`), the most quoted speakers, the quotes, the documents and the articles with entities and quotes highlighted
(:func:`kit.render.render_html`). The CSS is in the file, there are no scripts and no links to
other files or sites, so the report opens the same offline and when sent as an e-mail attachment.
``write_report(docs, outdir)`` writes ``report.html`` with the tables (CSV) and the GEXF graph.

All markup is in the ``TPL_*`` constants below; every text and attribute value is escaped.
"""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .tables import top_speakers

if TYPE_CHECKING:
    from spacy.language import Language

    from .corpus import CorpusSummary

REPORT_FILE = "report.html"
#: articles drawn with highlights (all of them are in the tables and CSV files)
MAX_ARTICLES = 50
#: rows of the quotes table in the HTML (all of them are in quotes.csv)
MAX_QUOTES = 500
TOP_SPEAKERS = 20

TPL_PAGE = """<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif;
       color: #222; margin: 1.5em auto; max-width: 72em; padding: 0 1em; line-height: 1.45; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
h2 {{ font-size: 1.25em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 1.8em; }}
table.kit-table {{ border-collapse: collapse; font-size: 0.88em; margin: 0.5em 0; }}
table.kit-table th {{ text-align: left; background: #f3f3f3; border-bottom: 2px solid #ccc; }}
table.kit-table th, table.kit-table td {{ padding: 0.25em 0.6em; vertical-align: top;
       border-bottom: 1px solid #e5e5e5; }}
td.kit-num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.kit-meta {{ color: #555; font-size: 0.92em; }}
.kit-note {{ color: #666; font-size: 0.85em; font-style: italic; }}
.kit-charts img {{ max-width: 100%; height: auto; display: block; margin: 0.8em 0; }}
ul.kit-skipped {{ font-size: 0.88em; color: #8a4b00; }}
</style>
</head>
<body>
<h1>{title}</h1>
<div class="kit-meta">{meta}</div>
{sections}
<p class="kit-note">{footer}</p>
</body>
</html>
"""
TPL_SECTION = '<section id="{anchor}"><h2>{heading}</h2>{body}</section>\n'
TPL_META_LINE = "<div>{line}</div>"
TPL_NOTE = '<p class="kit-note">{text}</p>'
TPL_SKIPPED = '<ul class="kit-skipped">{items}</ul>'
TPL_ITEM = "<li>{text}</li>"
TPL_CHARTS = '<div class="kit-charts">{images}</div>'
TPL_IMAGE = '<img src="data:image/png;base64,{data}" alt="{alt}" title="{alt}">'
TPL_TABLE = '<table class="kit-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
TPL_TH = "<th>{text}</th>"
TPL_TD = "<td>{text}</td>"
TPL_TD_NUM = '<td class="kit-num">{text}</td>'
TPL_TR = "<tr>{cells}</tr>"

#: words shown in the report (Italian, like the charts of kit.plots), in one place
DEFAULT_TITLE = "Chi parla di chi"
FOOTER = ("Fatto con kit (entità e citazioni nelle notizie italiane). Citazioni, chi parla ed entità "
          "sono trovati automaticamente e possono essere sbagliati: verificateli negli articoli.")
MSG_MORE_ROWS = "Le prime {shown} di {total} righe; tutte sono nel file CSV."
MSG_MORE_ARTICLES = "I primi {shown} di {total} articoli; tutti sono nei file CSV."


def _esc(value: object) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    elif isinstance(value, pd.Timestamp):
        value = value.date().isoformat()
    return html.escape(str(value), quote=True)


def table_html(table: pd.DataFrame, columns: dict[str, str], max_rows: int | None = None) -> str:
    """Some columns of ``table`` (name -> heading) as an HTML table, numbers right-aligned."""
    shown = table if max_rows is None else table.head(max_rows)
    head = "".join(TPL_TH.format(text=_esc(heading)) for heading in columns.values())
    rows = []
    for _, row in shown.iterrows():
        cells = []
        for column in columns:
            value = row[column]
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            cells.append((TPL_TD_NUM if numeric else TPL_TD).format(text=_esc(value)))
        rows.append(TPL_TR.format(cells="".join(cells)))
    out = TPL_TABLE.format(head=head, rows="".join(rows))
    if max_rows is not None and len(table) > max_rows:
        out += TPL_NOTE.format(text=_esc(MSG_MORE_ROWS.format(shown=max_rows, total=len(table))))
    return out


# --- charts ----------------------------------------------------------------------------------------


def figure_png(draw: Callable[[Axes], object], size: tuple[float, float], dpi: int = 100) -> str:
    """Draw on a new (pyplot-free) figure and return it as base64 PNG."""
    figure = Figure(figsize=size, layout="constrained")
    draw(figure.add_subplot())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@dataclass
class Tables:
    """The tables a report is made of (computed once from the records)."""

    documents: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    relations: pd.DataFrame
    speakers: pd.DataFrame = field(init=False)

    def __post_init__(self) -> None:
        self.speakers = top_speakers(self.quotes)


def _charts(tables: Tables) -> list[tuple[str, str]]:
    """(alt text, base64 PNG) of the report's charts; charts without data are left out."""
    from . import plots

    charts = []
    n_speakers = min(len(tables.speakers), 15)
    if n_speakers:
        charts.append(("Chi parla di più", figure_png(
            lambda ax: plots.plot_top_speakers(tables.quotes, ax=ax), (8, 0.35 * max(n_speakers, 3) + 1.5))))
    if len(tables.relations):
        n_targets = min(tables.relations["target"].nunique(), 15)
        charts.append(("Chi parla di chi", figure_png(
            lambda ax: plots.plot_network(tables.relations, ax=ax), (10, 8))))
        charts.append(("Chi parla di chi: numero di citazioni", figure_png(
            lambda ax: plots.plot_heatmap(tables.relations, ax=ax), (10, 7))))
        charts.append(("Di chi si parla di più", figure_png(
            lambda ax: plots.plot_top_targets(tables.relations, ax=ax), (8, 0.35 * max(n_targets, 3) + 1.5))))
    return charts  # the charts over time and by outlet are in their own sections (kit.timereport)


# --- the page --------------------------------------------------------------------------------------


def _summary_line(tables: Tables) -> str:
    quotes = tables.quotes
    with_speaker = int(quotes["speaker"].notna().sum())
    return (f"{len(tables.documents)} articoli · {len(tables.entities)} menzioni di entità · "
            f"{len(quotes)} citazioni ({with_speaker} con chi parla) · "
            f"{len(tables.speakers)} persone o enti citati · {len(tables.relations)} coppie chi parla–di chi")


def _corpus_section(corpus_summary: CorpusSummary | None) -> str:
    """Files and rows skipped or decoded specially while reading the corpus (if any)."""
    if corpus_summary is None:
        return ""
    head, *rest = corpus_summary.lines()
    body = TPL_NOTE.format(text=_esc(head))
    if rest:
        body += TPL_SKIPPED.format(items="".join(TPL_ITEM.format(text=_esc(line)) for line in rest))
    return TPL_SECTION.format(anchor="corpus", heading="Corpus letto", body=body)


def build_report(docs: object, title: str = DEFAULT_TITLE, corpus_summary: CorpusSummary | None = None,
                 pipeline: str | None = None, max_articles: int = MAX_ARTICLES,
                 max_quotes: int = MAX_QUOTES) -> str:
    """The report of analysed ``docs`` (Docs or records) as one HTML page (a string).

    ``corpus_summary``: a :class:`kit.corpus.CorpusSummary`, shown when given; ``pipeline``: a
    description of the pipeline used, shown under the title.
    """
    from .records import as_records
    from .render import render_html
    from .tables import documents_table, entities_table, quotes_table, relations_table

    records = as_records(docs)
    tables = Tables(documents_table(records), entities_table(records), quotes_table(records),
                    relations_table(records))
    meta = [_summary_line(tables)] + ([f"Pipeline: {pipeline}"] if pipeline else [])
    sections = [_corpus_section(corpus_summary)]
    charts = _charts(tables)
    if charts:
        images = "".join(TPL_IMAGE.format(data=data, alt=_esc(alt)) for alt, data in charts)
        sections.append(TPL_SECTION.format(anchor="charts", heading="Grafici", body=TPL_CHARTS.format(images=images)))
    from .timereport import by_outlet_section, over_time_section

    sections.append(over_time_section(records, tables.documents, tables.quotes))
    sections.append(by_outlet_section(records, tables.documents, tables.quotes))
    sections.append(TPL_SECTION.format(anchor="speakers", heading="Chi è citato di più", body=table_html(
        tables.speakers, {"speaker": "Chi parla", "label": "Tipo", "n_quotes": "Citazioni",
                          "n_documents": "Articoli", "about": "Parla soprattutto di"}, TOP_SPEAKERS)))
    sections.append(TPL_SECTION.format(anchor="quotes", heading="Citazioni", body=table_html(
        tables.quotes, {"doc_id": "Articolo", "speaker": "Chi parla", "cue": "Verbo", "kind": "Tipo",
                        "text": "Citazione", "about": "Di chi parla"}, max_quotes)))
    sections.append(TPL_SECTION.format(anchor="documents", heading="Articoli", body=table_html(
        tables.documents, {"doc_id": "Id", "title": "Titolo", "date": "Data", "source": "Testata",
                           "n_words": "Parole", "n_entities": "Entità", "n_quotes": "Citazioni"})))
    shown = records[:max_articles]
    body = render_html(shown)
    if len(records) > len(shown):
        body = TPL_NOTE.format(text=_esc(MSG_MORE_ARTICLES.format(shown=len(shown), total=len(records)))) + body
    sections.append(TPL_SECTION.format(anchor="highlights", heading="Articoli evidenziati", body=body))
    return TPL_PAGE.format(title=_esc(title), meta="".join(TPL_META_LINE.format(line=_esc(m)) for m in meta),
                           sections="".join(sections), footer=_esc(FOOTER))


@dataclass(frozen=True)
class ReportFiles:
    """What :func:`write_report` wrote."""

    report: Path
    tables: dict[str, Path]

    def all(self) -> list[Path]:
        return [self.report, *self.tables.values()]


def write_report(docs: object, outdir: str | os.PathLike, title: str = DEFAULT_TITLE,
                 corpus_summary: CorpusSummary | None = None, pipeline: str | None = None,
                 max_articles: int = MAX_ARTICLES) -> ReportFiles:
    """Write ``report.html``, the CSV tables and the GEXF graph of ``docs`` to ``outdir``."""
    from .export import export_tables
    from .records import as_records

    records = as_records(docs)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    page = build_report(records, title=title, corpus_summary=corpus_summary, pipeline=pipeline,
                        max_articles=max_articles)
    report = outdir / REPORT_FILE
    report.write_text(page, encoding="utf-8")
    return ReportFiles(report, export_tables(records, outdir))


def describe_pipeline(nlp: Language) -> str:
    """A one-line description of a kit pipeline: its base model and rule file."""
    from .pipeline import get_rules

    base = (nlp.meta.get("kit") or {}).get("base") or nlp.meta.get("name")
    try:
        rules = get_rules(nlp).source
    except (KeyError, ValueError, AttributeError):
        rules = None
    return f"{base}" + (f", rules {Path(rules).name}" if rules else "")


def report_summary(files: ReportFiles, docs: object) -> str:
    """The short summary ``python -m kit report`` prints."""
    from .records import as_records
    from .tables import quotes_table

    records = as_records(docs)
    quotes = quotes_table(records)
    n_speakers = quotes["speaker"].nunique()
    lines = [f"{len(records)} documents, {sum(len(r['ents']) for r in records)} entity mentions, "
             f"{len(quotes)} quotations, {n_speakers} speakers",
             f"wrote {files.report}"]
    lines += [f"      {path}" for path in files.tables.values()]
    return "\n".join(lines)
