"""Charts over time and by outlet: who is quoted when, a pair's count over time, who in which paper.

Each function takes a quotes table (``kit.quotes_table``: it has the article's ``date`` and
``source`` on every row) and an optional matplotlib ``ax``, draws on it and returns it; a figure
is created only when ``ax`` is None, nothing calls ``plt.show()`` or touches rcParams. What was
drawn is stored on the Axes for tests and curious users, and the same numbers come from the
``*_table`` functions without drawing:

* :func:`plot_speakers_over_time`: ``ax.kit_table`` (period x speaker counts; the ``top_n``
  speakers and ``"altri"``), ``ax.kit_freq``;
* :func:`plot_pairs_over_time`: ``ax.kit_table`` (period x ``"speaker → target"`` counts),
  ``ax.kit_freq``;
* :func:`plot_outlet_heatmap`: ``ax.kit_matrix`` (speaker x outlet, per cent of the outlet's
  attributed quotes; columns sum to 100) and ``ax.kit_counts`` (the counts).

Quotes of undated articles cannot be placed in time: the time tables leave them out and count
them in ``table.attrs["undated"]`` (the charts say how many in the title). Only speech quotes
(direct, indirect, mixed) with a speaker count, as in ``kit.relations_table``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

from ...model import SPEECH_KINDS
from ..palette import speaker_color
from .common import (
    GREY, LIGHT_GREY, MSG_NO_DATES, MSG_NO_QUOTES, OTHER, UNKNOWN, check_top_n, has_rows, new_axes,
    normalise_freq, shorten, show_message,
)

# --- words shown on the figures, in one place ------------------------------------------------------
TITLE_SPEAKERS = "Chi parla, nel tempo"
TITLE_PAIRS = "Chi parla di chi, nel tempo"
TITLE_OUTLETS = "Chi parla, per testata (% delle citazioni attribuite della testata)"
UNKNOWN_OUTLET = "(testata sconosciuta)"
OTHER_OUTLETS = "altre testate"
AXIS_OUTLET = "testata"
AXIS_SPEAKER = "chi parla"
MSG_NO_PAIRS = "Nessuna coppia chi parla–di chi / no speaker-target pairs"
UNDATED_NOTE = ("{n} citazione senza data esclusa", "{n} citazioni senza data escluse")  # one, more
FREQ_NAMES = {"D": "giorno", "W": "settimana", "M": "mese"}
ARROW = " → "

KINDS = ("stacked", "lines", "multiples")
#: periods above which the stacked chart draws areas instead of bars
MAX_BARS = 60
#: bar width (in days) per frequency
BAR_DAYS = {"D": 0.8, "W": 5.5, "M": 24.0}


# --- shared helpers --------------------------------------------------------------------------------
def _has_quotes(quotes: pd.DataFrame | None, required: tuple[str, ...], top_n: int) -> bool:
    """False for a missing or empty table; ValueError for a bad ``top_n`` or missing columns."""
    check_top_n(top_n)
    return has_rows(quotes, required, "quotes")


def choose_freq(dates: pd.Series) -> str:
    """Days for up to ~6 weeks of dates, weeks up to ~6 months, months beyond."""
    dates = pd.to_datetime(dates).dropna()
    if dates.empty:
        return "M"
    span = (dates.max() - dates.min()).days
    if span <= 45:
        return "D"
    return "W" if span <= 183 else "M"


def speech(quotes: pd.DataFrame, include_unknown: bool = False) -> pd.DataFrame:
    """The speech quotes (direct, indirect, mixed) with a speaker, or all speech with '(sconosciuto)'."""
    kept = quotes[quotes["kind"].isin(SPEECH_KINDS)] if "kind" in quotes.columns else quotes
    speakers = kept["speaker"].astype(object)
    if include_unknown:
        return kept.assign(speaker=speakers.where(speakers.notna(), UNKNOWN))
    return kept[speakers.notna()]


def _dated(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    dates = pd.to_datetime(frame["date"])
    return frame.assign(date=dates)[dates.notna()], int(dates.isna().sum())


def _ranked(counts: pd.Series) -> list[str]:
    """Names by count, largest first, ties by name."""
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))]


def _period_table(periods: pd.Series, columns: pd.Series, order: list[str], freq: str) -> pd.DataFrame:
    """Counts per period (every period from the first to the last, empty ones as 0) and column."""
    counts = pd.crosstab(periods, columns)
    every = pd.period_range(periods.min(), periods.max(), freq=freq)
    table = counts.reindex(index=every, columns=order, fill_value=0).astype("int64")
    table.index = table.index.to_timestamp(how="start")
    table.index.name = "period"
    return table


# --- quotes per speaker over time ------------------------------------------------------------------
def speakers_over_time_table(quotes: pd.DataFrame, freq: str | None = "M", top_n: int = 6,
                             include_unknown: bool = False) -> pd.DataFrame:
    """Quotes per period (rows, the period's first day) and speaker (the ``top_n``, then "altri")."""
    if not _has_quotes(quotes, ("speaker", "date"), top_n):
        return pd.DataFrame()
    dated, undated = _dated(speech(quotes, include_unknown))
    if dated.empty:
        table = pd.DataFrame()
    else:
        freq = normalise_freq(freq) or choose_freq(dated["date"])
        ranked = _ranked(dated["speaker"].value_counts())
        top = ranked[:top_n]
        columns = dated["speaker"].where(dated["speaker"].isin(top), OTHER)
        order = top + ([OTHER] if len(ranked) > len(top) else [])
        table = _period_table(dated["date"].dt.to_period(freq), columns, order, freq)
        table.columns.name = "speaker"
        table.attrs["freq"] = freq
    table.attrs["undated"] = undated
    return table


def plot_speakers_over_time(quotes: pd.DataFrame, ax: Axes | None = None, top_n: int = 6,
                            freq: str | None = None, kind: str = "stacked",
                            include_unknown: bool = False) -> Axes:
    """Quotes per speaker per day, week or month: the ``top_n`` speakers, the rest as "altri".

    ``kind="stacked"``: stacked bars (the height is all the quotes of the period; stacked areas
    beyond 60 periods); ``"lines"``:
    a line per speaker, to compare a few; ``"multiples"``: one row of bars per speaker on a
    shared time axis (small multiples in one Axes), to see each speaker's rhythm. ``freq``: "D",
    "W" or "M", by default from the span of the dates. ``ax.kit_table`` holds the counts drawn.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    chosen = normalise_freq(freq)
    drawable = _has_quotes(quotes, ("speaker", "date"), top_n)
    ax = new_axes(ax, (10, 4.5) if kind != "multiples" else (10, 0.6 * (top_n + 1) + 1.2))
    ax.kit_table, ax.kit_freq = pd.DataFrame(), chosen
    if not drawable or speech(quotes, include_unknown).empty:
        return show_message(ax, MSG_NO_QUOTES, TITLE_SPEAKERS)
    table = speakers_over_time_table(quotes, chosen, top_n, include_unknown)
    if table.empty:
        return show_message(ax, MSG_NO_DATES, TITLE_SPEAKERS)
    ax.kit_table, ax.kit_freq = table, table.attrs["freq"]
    colours = [LIGHT_GREY if name == OTHER else speaker_color(i) for i, name in enumerate(table.columns)]
    width = BAR_DAYS[ax.kit_freq]
    if kind == "stacked" and len(table) > MAX_BARS:  # many periods: one area per speaker, not bars
        ax.stackplot(table.index, table.to_numpy().T, labels=[shorten(n, 30) for n in table.columns],
                     colors=colours, linewidth=0.3, edgecolor="white")
    elif kind == "stacked":
        bottom = np.zeros(len(table))
        for name, colour in zip(table.columns, colours):
            values = table[name].to_numpy()
            ax.bar(table.index, values, width=width, bottom=bottom, color=colour, label=shorten(name, 30),
                   edgecolor="white", linewidth=0.4)
            bottom += values
    elif kind == "lines":
        for name, colour in zip(table.columns, colours):
            other = name == OTHER
            ax.plot(table.index, table[name].to_numpy(), marker="o", markersize=3, label=shorten(name, 30),
                    color=GREY if other else colour, linestyle="--" if other else "-")
    else:
        _draw_multiples(ax, table, colours, width)
    _finish(ax, table, TITLE_SPEAKERS, legend=kind != "multiples")
    return ax


def _draw_multiples(ax: Axes, table: pd.DataFrame, colours: list[str], width: float) -> None:
    """One band per speaker, top to bottom; bars scaled to the largest count of the table."""
    top = max(int(table.to_numpy().max()), 1)
    rows = len(table.columns)
    for row, (name, colour) in enumerate(zip(table.columns, colours)):
        base = rows - 1 - row
        values = table[name].to_numpy()
        ax.bar(table.index, 0.85 * values / top, width=width, bottom=base, color=colour,
               edgecolor=GREY if name == OTHER else "none", linewidth=0.4)
        ax.axhline(base, color=LIGHT_GREY, linewidth=0.6, zorder=0)
        ax.text(1.005, (base + 0.3) / rows, f"{int(values.sum())}", transform=ax.transAxes,
                fontsize=8, color=GREY, va="center")
    ax.set_yticks([rows - 1 - i + 0.3 for i in range(rows)], [shorten(n, 30) for n in table.columns], fontsize=9)
    ax.set_ylim(-0.1, rows)
    ax.tick_params(axis="y", length=0)


def _finish(ax: Axes, table: pd.DataFrame, title: str, legend: bool = True) -> None:
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if legend:
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylabel(f"citazioni per {FREQ_NAMES[ax.kit_freq]}")
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles[::-1], labels[::-1], fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                  frameon=False)
    undated = table.attrs.get("undated", 0)
    note = UNDATED_NOTE[undated != 1].format(n=undated)
    ax.set_title(title + (f" ({note})" if undated else ""))
    ax.spines[["top", "right"]].set_visible(False)


# --- one pair's count over time --------------------------------------------------------------------
def _pairs(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (quote, target) of speech quotes: speaker, target, date (targets once per quote)."""
    rows = [(speaker, target, date)
            for speaker, about, date in zip(frame["speaker"], frame["about"], frame["date"])
            for target in dict.fromkeys(about if isinstance(about, (list, tuple, np.ndarray)) else [])]
    return pd.DataFrame(rows, columns=["speaker", "target", "date"])


def pairs_over_time_table(quotes: pd.DataFrame, speaker: str | None = None, target: str | None = None,
                          freq: str | None = "M", top_n: int = 4) -> pd.DataFrame:
    """Quotes of ``speaker`` about ``target`` per period; without both, the ``top_n`` busiest pairs
    (of ``speaker``, or about ``target``, when one is given). Columns are "speaker → target"."""
    if not _has_quotes(quotes, ("speaker", "about", "date"), top_n):
        return pd.DataFrame()
    pairs = _pairs(speech(quotes))
    if speaker is not None:
        pairs = pairs[pairs["speaker"] == speaker]
    if target is not None:
        pairs = pairs[pairs["target"] == target]
    dated, undated = _dated(pairs)
    table = pd.DataFrame()
    if not dated.empty:
        freq = normalise_freq(freq) or choose_freq(dated["date"])
        names = dated["speaker"].astype(str) + ARROW + dated["target"].astype(str)
        order = _ranked(names.value_counts())[:top_n]
        kept = names.isin(order)
        table = _period_table(dated["date"][kept].dt.to_period(freq), names[kept], order, freq)
        table.columns.name = "pair"
        table.attrs["freq"] = freq
    table.attrs["undated"] = undated
    return table


def plot_pairs_over_time(quotes: pd.DataFrame, speaker: str | None = None, target: str | None = None,
                         ax: Axes | None = None, freq: str | None = None, top_n: int = 4) -> Axes:
    """How often ``speaker`` is quoted about ``target`` per day, week or month (a line each).

    With only ``speaker`` (or only ``target``) the ``top_n`` pairs of that name are drawn; with
    neither, the ``top_n`` busiest pairs of the corpus. ``ax.kit_table`` holds the counts drawn.
    """
    chosen = normalise_freq(freq)
    drawable = _has_quotes(quotes, ("speaker", "about", "date"), top_n)
    ax = new_axes(ax, (10, 4))
    ax.kit_table, ax.kit_freq = pd.DataFrame(), chosen
    if not drawable:
        return show_message(ax, MSG_NO_QUOTES, TITLE_PAIRS)
    table = pairs_over_time_table(quotes, speaker, target, chosen, top_n)
    if table.empty:
        return show_message(ax, MSG_NO_DATES if table.attrs.get("undated") else MSG_NO_PAIRS, TITLE_PAIRS)
    ax.kit_table, ax.kit_freq = table, table.attrs["freq"]
    for i, name in enumerate(table.columns):
        ax.plot(table.index, table[name].to_numpy(), marker="o", markersize=4, linewidth=1.8,
                color=speaker_color(i), label=shorten(name, 40))
    _finish(ax, table, TITLE_PAIRS)
    return ax


# --- speakers' share by outlet ---------------------------------------------------------------------
def outlet_tables(quotes: pd.DataFrame, top_n: int = 12, top_outlets: int = 8,
                  include_unknown: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(shares, counts): speaker x outlet; shares in per cent of each outlet's attributed quotes.

    Rows are the ``top_n`` speakers then "altri", columns the ``top_outlets`` outlets with most
    quotes then "altre testate"; quotes of articles without an outlet are "(testata sconosciuta)".
    """
    if top_outlets < 1:
        raise ValueError(f"top_outlets must be at least 1, got {top_outlets}")
    if not _has_quotes(quotes, ("speaker", "source"), top_n):
        return pd.DataFrame(), pd.DataFrame()
    frame = speech(quotes, include_unknown)
    if frame.empty:
        return pd.DataFrame(), pd.DataFrame()
    outlets = frame["source"].astype(object)
    outlets = outlets.where(outlets.notna(), UNKNOWN_OUTLET)
    ranked_outlets = _ranked(outlets.value_counts())
    columns = outlets.where(outlets.isin(ranked_outlets[:top_outlets]), OTHER_OUTLETS)
    ranked = _ranked(frame["speaker"].value_counts())
    rows = frame["speaker"].where(frame["speaker"].isin(ranked[:top_n]), OTHER)
    counts = pd.crosstab(rows, columns)
    row_order = ranked[:top_n] + ([OTHER] if len(ranked) > top_n else [])
    col_order = ranked_outlets[:top_outlets] + ([OTHER_OUTLETS] if len(ranked_outlets) > top_outlets else [])
    counts = counts.reindex(index=row_order, columns=col_order, fill_value=0).astype("int64")
    counts.index.name, counts.columns.name = "speaker", "source"
    shares = (100.0 * counts / counts.sum(axis=0)).round(1)
    return shares, counts


def plot_outlet_heatmap(quotes: pd.DataFrame, ax: Axes | None = None, top_n: int = 12,
                        top_outlets: int = 8, include_unknown: bool = False) -> Axes:
    """Heatmap of who is quoted in which outlet: each cell is the speaker's share (per cent) of
    the outlet's attributed quotes, with the count under it; each column sums to 100.

    ``ax.kit_matrix`` holds the shares and ``ax.kit_counts`` the counts, as drawn.
    """
    shares, counts = outlet_tables(quotes, top_n, top_outlets, include_unknown)
    ax = new_axes(ax, (1.3 * max(len(counts.columns), 3) + 3, 0.45 * max(len(counts), 3) + 1.8))
    ax.kit_matrix, ax.kit_counts = shares, counts
    if counts.empty:
        return show_message(ax, MSG_NO_QUOTES, TITLE_OUTLETS)
    values = shares.to_numpy()
    named = values[: len(shares) - (shares.index[-1] == OTHER)]  # "altri" may be far larger: it saturates
    top = max(float(named.max()) if named.size else float(values.max()), 1.0)
    ax.imshow(values, cmap="Purples", aspect="auto", interpolation="nearest", vmin=0, vmax=top)
    dark = 0.6 * top
    if shares.index[-1] == OTHER:
        ax.axhline(len(shares) - 1.5, color=GREY, linewidth=0.8)
    for (row, col), share in np.ndenumerate(values):
        count = int(counts.iat[row, col])
        if count:
            ax.text(col, row, f"{share:.0f}%\n({count})", ha="center", va="center", fontsize=7.5,
                    color="white" if share > dark else "#222222")
    ax.set_xticks(range(len(counts.columns)), [shorten(n, 24) for n in counts.columns],
                  rotation=30, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(len(counts.index)), [shorten(n, 28) for n in counts.index], fontsize=8)
    ax.set_xlabel(AXIS_OUTLET)
    ax.set_ylabel(AXIS_SPEAKER)
    ax.set_title(TITLE_OUTLETS)
    ax.tick_params(length=0)
    return ax
