"""Quotes over time: one line (or stacked area) per speaker, per day, week or month."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

from ..palette import speaker_color
from .common import (
    normalise_freq,
    AXIS_QUOTES, DOCUMENT_COLUMNS, FREQ_NAMES, GREY, LIGHT_GREY, MSG_NO_DATES, MSG_NO_QUOTES,
    OTHER, QUOTE_TIME_COLUMNS, TIME_KINDS, TITLE_OVER_TIME, UNKNOWN, check_top_n, has_rows,
    new_axes, shorten, show_message,
)


def plot_quotes_over_time(
    quotes: pd.DataFrame,
    documents: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 6,
    freq: str | None = None,
    include_unknown: bool = False,
    kind: str = "area",
) -> Axes:
    """Quotes per speaker per day, week or month (from the documents' dates), others as 'altri'.

    ``freq`` is "D", "W" or "M" (or "day", "week", "month"); by default it follows the date span:
    days up to ~6 weeks, weeks up to a year, then months. ``kind="area"`` stacks the speakers with
    'altri' on top (the total stays visible even when the long tail is large); ``kind="line"``
    draws one line each, better to compare a few speakers (also used when there is one period).
    Without dates the Axes shows a message. The counts drawn are stored as ``ax.kit_table`` and
    the frequency as ``ax.kit_freq``.
    """
    check_top_n(top_n)
    if kind not in TIME_KINDS:
        raise ValueError(f"kind must be one of {TIME_KINDS}, got {kind!r}")
    chosen = normalise_freq(freq)
    has_quotes = has_rows(quotes, QUOTE_TIME_COLUMNS, "quotes")
    has_documents = has_rows(documents, DOCUMENT_COLUMNS, "documents")
    ax = new_axes(ax, (10, 4.5))
    ax.kit_table, ax.kit_freq = pd.DataFrame(), chosen
    if not has_quotes:
        return show_message(ax, MSG_NO_QUOTES, TITLE_OVER_TIME)
    if not has_documents:
        return show_message(ax, MSG_NO_DATES, TITLE_OVER_TIME)
    dated = _dated_quotes(quotes, documents, include_unknown)
    if dated.empty:
        message = MSG_NO_QUOTES if _speakers_missing(quotes, include_unknown) else MSG_NO_DATES
        return show_message(ax, message, TITLE_OVER_TIME)
    chosen = chosen or _auto_freq(dated["date"])
    table = _time_table(dated, chosen, top_n)
    ax.kit_table, ax.kit_freq = table, chosen
    stacked = kind == "area" and len(table) > 1
    if stacked:
        _draw_areas(ax, table)
    else:
        _draw_lines(ax, table)
    _finish_time_axes(ax, chosen, stacked)
    return ax


def _speakers_missing(quotes: pd.DataFrame, include_unknown: bool) -> bool:
    return not include_unknown and quotes["speaker"].isna().all()


def _dated_quotes(quotes: pd.DataFrame, documents: pd.DataFrame, include_unknown: bool) -> pd.DataFrame:
    """doc_id, speaker and a tz-naive date for every quote whose document has a date."""
    by_doc = pd.Series(_local_dates(documents["date"]).to_numpy(), index=documents["doc_id"].astype(str))
    by_doc = by_doc[~by_doc.index.duplicated()].dropna()
    if by_doc.empty:
        return pd.DataFrame(columns=["speaker", "date"])
    speakers = quotes["speaker"].astype(object)
    if include_unknown:
        speakers = speakers.where(speakers.notna(), UNKNOWN)
    frame = pd.DataFrame({"speaker": speakers, "date": quotes["doc_id"].astype(str).map(by_doc)})
    return frame.dropna()


def _local_dates(values: pd.Series) -> pd.Series:
    """Dates as tz-naive timestamps in each article's own local time (NaT when unreadable)."""
    try:
        dates = pd.to_datetime(values, errors="coerce")
    except ValueError:  # mixed UTC offsets: compare them in UTC
        return pd.to_datetime(values, errors="coerce", utc=True).dt.tz_localize(None)
    return dates.dt.tz_localize(None) if dates.dt.tz is not None else dates


def _auto_freq(dates: pd.Series) -> str:
    span = (dates.max() - dates.min()).days
    if span <= 45:
        return "D"
    return "W" if span <= 366 else "M"


def _time_table(dated: pd.DataFrame, freq: str, top_n: int) -> pd.DataFrame:
    """Period x speaker counts with the top speakers as columns and the rest as 'altri'."""
    totals = dated["speaker"].value_counts()
    ranked = sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))
    top = [name for name, _ in ranked[:top_n]]
    speaker = dated["speaker"].where(dated["speaker"].isin(top), OTHER)
    period = dated["date"].dt.to_period(freq)
    counts = pd.crosstab(period, speaker)
    every = pd.period_range(period.min(), period.max(), freq=freq)
    columns = top + ([OTHER] if len(ranked) > len(top) else [])
    table = counts.reindex(index=every, columns=columns, fill_value=0).astype("int64")
    table.index = table.index.to_timestamp(how="start")
    table.index.name, table.columns.name = "period", "speaker"
    return table


def _series_colours(columns: pd.Index) -> list[str]:
    return [LIGHT_GREY if name == OTHER else speaker_color(i) for i, name in enumerate(columns)]


def _draw_lines(ax: Axes, table: pd.DataFrame) -> None:
    marker = "o" if len(table) <= 60 else None
    for name, colour in zip(table.columns, _series_colours(table.columns)):
        is_other = name == OTHER
        ax.plot(table.index, table[name].to_numpy(), label=shorten(name, 30), marker=marker, markersize=3,
                color=GREY if is_other else colour, linestyle="--" if is_other else "-",
                linewidth=1.2 if is_other else 1.8)


def _draw_areas(ax: Axes, table: pd.DataFrame) -> None:
    ax.stackplot(table.index, table.to_numpy().T, labels=[shorten(n, 30) for n in table.columns],
                 colors=_series_colours(table.columns), alpha=0.9, linewidth=0.3, edgecolor="white")


def _finish_time_axes(ax: Axes, freq: str, stacked: bool) -> None:
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    ax.set_ylabel(f"{AXIS_QUOTES} per {FREQ_NAMES[freq]}")
    ax.set_title(TITLE_OVER_TIME)
    handles, labels = ax.get_legend_handles_labels()
    if stacked:  # the legend reads top-down like the stack
        handles, labels = handles[::-1], labels[::-1]
    ax.legend(handles, labels, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
