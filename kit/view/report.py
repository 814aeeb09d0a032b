"""A report of a corpus as one self-contained HTML file, plus its tables (``python -m kit report``).

``build_report(docs)`` returns the HTML: counts, charts as embedded PNG images, the corpus over
time and by outlet (:mod:`kit.view.timereport`), the most quoted speakers, the quotes, the
documents and the articles with entities and quotes highlighted
(:func:`kit.view.render.render_html`). The CSS is in the file, there are no scripts and no links
to other files or sites, so the report opens the same offline and when sent as an e-mail
attachment. ``write_report(docs, outdir)`` writes ``report.html`` with the tables (CSV) and the
GEXF graph.

The markup is in :mod:`kit.view.templates` (``TPL_REPORT_*``); every text and attribute value
is escaped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..atomic import StagedFiles
from ..pipeline import get_rules
from ..records import as_records
from ..records.export import stage_outputs_list, stage_tables
from ..records.tables import documents_table, entities_table, quotes_table, relations_table, top_speakers
from . import plots
from . import templates as T
from .png import figure_base64
from .render import render_html
from .html_tables import MORE_ROWS, table_html
from .templates import esc
from .timereport import by_outlet_section, over_time_section

if TYPE_CHECKING:
    from spacy.language import Language

    from ..corpus import CorpusSummary

REPORT_FILE = "report.html"
#: articles drawn with highlights (all of them are in the tables and CSV files)
MAX_ARTICLES = 50
#: rows of the quotes table in the HTML (all of them are in quotes.csv)
MAX_QUOTES = 500
TOP_SPEAKERS = 20

#: words shown in the report (Italian, like the charts of kit.view.plots), in one place
DEFAULT_TITLE = "Chi parla di chi"
FOOTER = ("Fatto con kit (entità e citazioni nelle notizie italiane). Citazioni, chi parla ed entità "
          "sono trovati automaticamente e possono essere sbagliati: verificateli negli articoli.")
MSG_MORE_ARTICLES = "I primi {shown} di {total} articoli; tutti sono nei file CSV."


# --- charts ----------------------------------------------------------------------------------------


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
    charts = []
    n_speakers = min(len(tables.speakers), 15)
    if n_speakers:
        charts.append(("Chi parla di più", figure_base64(
            lambda ax: plots.plot_top_speakers(tables.quotes, ax=ax), (8, 0.35 * max(n_speakers, 3) + 1.5))))
    if len(tables.relations):
        n_targets = min(tables.relations["target"].nunique(), 15)
        charts.append(("Chi parla di chi", figure_base64(
            lambda ax: plots.plot_network(tables.relations, ax=ax), (10, 8))))
        charts.append(("Chi parla di chi: numero di citazioni", figure_base64(
            lambda ax: plots.plot_heatmap(tables.relations, ax=ax), (10, 7))))
        charts.append(("Di chi si parla di più", figure_base64(
            lambda ax: plots.plot_top_targets(tables.relations, ax=ax), (8, 0.35 * max(n_targets, 3) + 1.5))))
    return charts  # the charts over time and by outlet are in their own sections (kit.view.timereport)


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
    body = T.TPL_REPORT_NOTE.format(text=esc(head))
    if rest:
        body += T.TPL_REPORT_SKIPPED.format(items="".join(T.TPL_ITEM.format(text=esc(line)) for line in rest))
    return T.TPL_REPORT_SECTION.format(anchor="corpus", heading="Corpus letto", body=body)


def build_report(docs: object, title: str = DEFAULT_TITLE, corpus_summary: CorpusSummary | None = None,
                 pipeline: str | None = None, max_articles: int = MAX_ARTICLES,
                 max_quotes: int = MAX_QUOTES, provenance: dict | None = None) -> str:
    """The report of analysed ``docs`` (Docs or records) as one HTML page (a string).

    ``corpus_summary``: a :class:`kit.corpus.CorpusSummary`, shown when given; ``pipeline``: a
    description of the pipeline used, shown under the title; ``provenance``
    (:func:`kit.provenance`, from the documents' stamps unless given) goes into the footer.
    """
    from ..origin import provenance as make_provenance, provenance_line

    records = as_records(docs)
    info = provenance or make_provenance(records)
    tables = Tables(documents_table(records), entities_table(records), quotes_table(records),
                    relations_table(records))
    meta = [_summary_line(tables)] + ([f"Pipeline: {pipeline}"] if pipeline else [])
    sections = [_corpus_section(corpus_summary)]
    charts = _charts(tables)
    if charts:
        images = "".join(T.TPL_REPORT_IMAGE.format(data=data, alt=esc(alt)) for alt, data in charts)
        sections.append(T.TPL_REPORT_SECTION.format(anchor="charts", heading="Grafici", body=T.TPL_REPORT_CHARTS.format(images=images)))
    sections.append(over_time_section(records, tables.documents, tables.quotes))
    sections.append(by_outlet_section(records, tables.documents, tables.quotes))
    sections.append(T.TPL_REPORT_SECTION.format(anchor="speakers", heading="Chi è citato di più", body=table_html(
        tables.speakers, {"speaker": "Chi parla", "label": "Tipo", "n_quotes": "Citazioni",
                          "n_documents": "Articoli", "about": "Parla soprattutto di"}, TOP_SPEAKERS, MORE_ROWS)))
    sections.append(T.TPL_REPORT_SECTION.format(anchor="quotes", heading="Citazioni", body=table_html(
        tables.quotes, {"doc_id": "Articolo", "speaker": "Chi parla", "cue": "Verbo", "kind": "Tipo",
                        "text": "Citazione", "about": "Di chi parla"}, max_quotes, MORE_ROWS)))
    sections.append(T.TPL_REPORT_SECTION.format(anchor="documents", heading="Articoli", body=table_html(
        tables.documents, {"doc_id": "Id", "title": "Titolo", "date": "Data", "source": "Testata",
                           "n_words": "Parole", "n_entities": "Entità", "n_quotes": "Citazioni"})))
    shown = records[:max_articles]
    body = render_html(shown)
    if len(records) > len(shown):
        body = T.TPL_REPORT_NOTE.format(text=esc(MSG_MORE_ARTICLES.format(shown=len(shown), total=len(records)))) + body
    sections.append(T.TPL_REPORT_SECTION.format(anchor="highlights", heading="Articoli evidenziati", body=body))
    return T.TPL_REPORT_PAGE.format(title=esc(title), meta="".join(T.TPL_REPORT_META_LINE.format(line=esc(m)) for m in meta),
                           sections="".join(sections), footer=esc(FOOTER),
                           provenance=esc(provenance_line(info)))


@dataclass(frozen=True)
class ReportFiles:
    """What :func:`write_report` wrote."""

    report: Path
    tables: dict[str, Path]

    def all(self) -> list[Path]:
        return [self.report, *self.tables.values()]


def write_report(docs: object, outdir: str | os.PathLike, title: str = DEFAULT_TITLE,
                 corpus_summary: CorpusSummary | None = None, pipeline: str | None = None,
                 max_articles: int = MAX_ARTICLES, escape_formulas: bool = True,
                 provenance: dict | None = None) -> ReportFiles:
    """Write ``report.html``, the CSV tables, the GEXF graph and ``provenance.json`` (what made
    them, :func:`kit.provenance`; from the documents' stamps unless given) of ``docs`` to ``outdir``.

    Everything is built first and written to temporary files, then renamed into place together at
    the end: a run that fails (or is killed) leaves the previous report and tables as they were.
    ``escape_formulas``: see :func:`kit.records.export.to_csv`.
    """
    from ..origin import provenance as make_provenance

    records = as_records(docs)
    info = provenance or make_provenance(records)
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise NotADirectoryError(f"{outdir} is a file, not a folder: give a folder to write the report to")
    page = build_report(records, title=title, corpus_summary=corpus_summary, pipeline=pipeline,
                        max_articles=max_articles, provenance=info)
    report = outdir / REPORT_FILE
    with StagedFiles() as staged:
        staged.path(report).write_text(page, encoding="utf-8")
        tables = stage_tables(records, outdir, staged, escape_formulas=escape_formulas, provenance=info)
        stage_outputs_list(outdir, staged, [REPORT_FILE, *(path.name for path in tables.values())])
    return ReportFiles(report, tables)


def describe_pipeline(nlp: Language) -> str:
    """A one-line description of a kit pipeline: its base model and rule file."""
    base = (nlp.meta.get("kit") or {}).get("base") or nlp.meta.get("name")
    try:
        rules = get_rules(nlp).source
    except (KeyError, ValueError, AttributeError):
        rules = None
    return f"{base}" + (f", rules {Path(rules).name}" if rules else "")


def report_summary(files: ReportFiles, docs: object) -> str:
    """The short summary ``python -m kit report`` prints."""
    records = as_records(docs)
    quotes = quotes_table(records)
    n_speakers = quotes["speaker"].nunique()
    lines = [f"{len(records)} documents, {sum(len(r['ents']) for r in records)} entity mentions, "
             f"{len(quotes)} quotations, {n_speakers} speakers",
             f"wrote {files.report}"]
    lines += [f"      {path}" for path in files.tables.values()]
    return "\n".join(lines)
