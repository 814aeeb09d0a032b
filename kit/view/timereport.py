"""The report's "over time" and "by outlet" sections (``kit.view.report.build_report`` adds them).

Each section is HTML built from the report's templates (``kit.view.templates.TPL_REPORT_*``):
counts per month or per outlet with the most quoted speakers, the charts of
:mod:`kit.view.plots.timecharts` as embedded
PNG images, and who speaks about whom per month or per outlet. A corpus without dates or outlets
gets the section with a note saying so, so a reader knows the question was asked.
"""

from __future__ import annotations

import pandas as pd

from ..records.tables import relations_table
from . import templates as T
from .html_tables import MORE_ROWS, table_html
from .plots import timecharts
from .png import figure_base64
from .templates import esc

#: rows of the per-month and per-outlet relation tables in the HTML (all are in the CSV files)
MAX_PAIRS = 40
TOP_NAMES = 3
HEADING_TIME = "Nel tempo"
HEADING_OUTLETS = "Per testata"
MSG_NO_DATES = ("Nessun articolo ha una data: aggiungete una colonna date, un front matter (date: …, "
                "Data: …) o una data nel nome del file.")
MSG_NO_OUTLETS = ("Nessun articolo ha una testata: aggiungete una colonna source (o url), o source:/Fonte: "
                  "nel front matter.")
MSG_DATES = "{n} articoli con data, dal {first} al {last}"
MSG_UNDATED = "; {n} senza data (non compaiono nei grafici nel tempo)"
MSG_UNKNOWN_OUTLET = "; {n} senza testata"
UNKNOWN_OUTLET = timecharts.UNKNOWN_OUTLET


def _top_names(speakers: pd.Series, n: int = TOP_NAMES) -> str:
    counts = speakers.dropna().value_counts()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:n]
    return ", ".join(f"{name} ({count})" for name, count in ranked)


def _chart(alt: str, draw, size: tuple[float, float]) -> str:
    return T.TPL_REPORT_IMAGE.format(data=figure_base64(draw, size), alt=esc(alt))


def counts_by(documents: pd.DataFrame, quotes: pd.DataFrame, key: str) -> pd.DataFrame:
    """Per month (``key="month"``) or outlet (``"source"``): articles, quotes, attributed quotes
    and the most quoted speakers. Undated articles or articles without outlet are left out."""
    def keys(table: pd.DataFrame) -> pd.Series:
        if key == "month":
            return pd.to_datetime(table["date"]).dt.to_period("M").astype(str).where(table["date"].notna())
        return table["source"].astype(object)

    docs = documents.assign(_key=keys(documents)).dropna(subset=["_key"])
    speech = timecharts.speech(quotes) if len(quotes) else quotes
    rows = []
    for value, group in docs.groupby("_key", sort=True):
        in_group = quotes[quotes["doc_id"].isin(group["doc_id"])]
        attributed = speech[speech["doc_id"].isin(group["doc_id"])]
        rows.append({key: value, "n_documents": len(group), "n_quotes": len(in_group),
                     "n_attributed": len(attributed), "speakers": _top_names(attributed["speaker"])})
    table = pd.DataFrame(rows, columns=[key, "n_documents", "n_quotes", "n_attributed", "speakers"])
    if key == "source":
        table = table.sort_values(["n_documents", "source"], ascending=[False, True], ignore_index=True)
    return table


def over_time_section(records: list[dict], documents: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """The "Nel tempo" section: dates covered, counts per month, charts, pairs per month."""
    dates = documents["date"].dropna()
    if dates.empty:
        return T.TPL_REPORT_SECTION.format(anchor="over-time", heading=HEADING_TIME, body=T.TPL_REPORT_NOTE.format(text=esc(MSG_NO_DATES)))
    line = MSG_DATES.format(n=len(dates), first=dates.min().date().isoformat(), last=dates.max().date().isoformat())
    undated = len(documents) - len(dates)
    if undated:
        line += MSG_UNDATED.format(n=undated)
    body = T.TPL_REPORT_NOTE.format(text=esc(line))
    body += table_html(counts_by(documents, quotes, "month"), {
        "month": "Mese", "n_documents": "Articoli", "n_quotes": "Citazioni", "n_attributed": "Con chi parla",
        "speakers": "Chi parla di più"})
    if len(quotes) and len(timecharts.speech(quotes)):
        images = [_chart("Chi parla, nel tempo", lambda ax: timecharts.plot_speakers_over_time(quotes, ax=ax),
                         (10, 4.5))]
        pairs = relations_table(records, by="month")
        if len(pairs):
            images.append(_chart("Chi parla di chi, nel tempo",
                                 lambda ax: timecharts.plot_pairs_over_time(quotes, ax=ax), (10, 4)))
        body += T.TPL_REPORT_CHARTS.format(images="".join(images))
        if len(pairs):
            body += table_html(pairs, {"month": "Mese", "speaker": "Chi parla", "target": "Di chi parla",
                                       "n_quotes": "Citazioni", "doc_ids": "Articoli"}, MAX_PAIRS, MORE_ROWS)
    return T.TPL_REPORT_SECTION.format(anchor="over-time", heading=HEADING_TIME, body=body)


def by_outlet_section(records: list[dict], documents: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """The "Per testata" section: counts per outlet, speakers' shares (heatmap), pairs per outlet."""
    known = documents["source"].notna()
    if not known.any():
        return T.TPL_REPORT_SECTION.format(anchor="by-outlet", heading=HEADING_OUTLETS,
                                  body=T.TPL_REPORT_NOTE.format(text=esc(MSG_NO_OUTLETS)))
    line = f"{documents['source'].nunique()} testate, {int(known.sum())} articoli"
    if not known.all():
        line += MSG_UNKNOWN_OUTLET.format(n=int((~known).sum()))
    body = T.TPL_REPORT_NOTE.format(text=esc(line))
    body += table_html(counts_by(documents, quotes, "source"), {
        "source": "Testata", "n_documents": "Articoli", "n_quotes": "Citazioni", "n_attributed": "Con chi parla",
        "speakers": "Chi parla di più"})
    shares, counts = timecharts.outlet_tables(quotes) if len(quotes) else (pd.DataFrame(), pd.DataFrame())
    if not counts.empty:
        size = (1.3 * max(len(counts.columns), 3) + 3, 0.45 * max(len(counts), 3) + 1.8)
        body += T.TPL_REPORT_CHARTS.format(images=_chart("Chi parla, per testata",
                                                lambda ax: timecharts.plot_outlet_heatmap(quotes, ax=ax), size))
    pairs = relations_table(records, by="source")
    if len(pairs):
        body += table_html(pairs, {"source": "Testata", "speaker": "Chi parla", "target": "Di chi parla",
                                   "n_quotes": "Citazioni", "doc_ids": "Articoli"}, MAX_PAIRS, MORE_ROWS)
    return T.TPL_REPORT_SECTION.format(anchor="by-outlet", heading=HEADING_OUTLETS, body=body)
