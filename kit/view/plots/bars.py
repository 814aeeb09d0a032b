"""Bar charts: the most quoted speakers, the most talked-about names."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..palette import color_for, strong_color_for
from .common import (
    AXIS_QUOTES, MSG_NO_QUOTES, QUOTE_SPEAKER_COLUMNS, RELATION_TARGET_COLUMNS, TITLE_SPEAKERS,
    TITLE_TARGETS, UNKNOWN, check_top_n, column_or_none, counts_as_int, has_rows,
    labels_by_name, new_axes, shorten, shorten_all, show_message,
)


def plot_top_speakers(
    quotes: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 15,
    include_unknown: bool = False,
) -> Axes:
    """Horizontal bars of the speakers quoted most, largest at the top, coloured by label.

    Quotes without a speaker count as "(sconosciuto)" only with ``include_unknown=True``.
    The counts drawn are stored as ``ax.kit_counts``.
    """
    check_top_n(top_n)
    if not has_rows(quotes, QUOTE_SPEAKER_COLUMNS, "quotes"):
        return _empty_bars(ax, TITLE_SPEAKERS)
    speakers = quotes["speaker"]
    if include_unknown:
        speakers = speakers.astype(object).where(speakers.notna(), UNKNOWN)
    labels = labels_by_name([(quotes["speaker"], column_or_none(quotes, "speaker_label"))])
    return _draw_bars(ax, _ranked(speakers.dropna().value_counts()), labels, top_n, TITLE_SPEAKERS)


def plot_top_targets(
    quotes_or_relations: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 15,
    include_unknown: bool = False,
) -> Axes:
    """Horizontal bars of the names talked about most, largest at the top.

    Takes a quotes table (counts quotes whose ``about`` names the target, once per quote) or a
    relations table (sums ``n_quotes`` per target). With a quotes table, quotes without a speaker
    count only with ``include_unknown=True``, so both tables give the same numbers by default.
    The counts drawn are stored as ``ax.kit_counts``.
    """
    check_top_n(top_n)
    table = quotes_or_relations
    is_quotes = table is not None and "about" in table.columns
    required, name = ((("about",), "quotes") if is_quotes
                      else (RELATION_TARGET_COLUMNS, "relations (or quotes with an 'about' column)"))
    if not has_rows(table, required, name):
        return _empty_bars(ax, TITLE_TARGETS)
    if is_quotes:
        counts, labels = _targets_from_quotes(table, include_unknown)
    else:
        counts, labels = _targets_from_relations(table)
    return _draw_bars(ax, counts, labels, top_n, TITLE_TARGETS)


def _targets_from_relations(relations: pd.DataFrame) -> tuple[pd.Series, dict[str, str]]:
    frame = pd.DataFrame({"target": relations["target"], "n": counts_as_int(relations["n_quotes"])})
    counts = frame.dropna(subset=["target"]).groupby("target")["n"].sum()
    labels = labels_by_name([
        (relations["target"], column_or_none(relations, "target_label")),
        (column_or_none(relations, "speaker"), column_or_none(relations, "speaker_label")),
    ])
    return _ranked(counts[counts > 0]), labels


def _targets_from_quotes(quotes: pd.DataFrame, include_unknown: bool) -> tuple[pd.Series, dict[str, str]]:
    speakers = column_or_none(quotes, "speaker")
    kept = quotes if include_unknown else quotes[speakers.notna()]
    about = kept["about"].map(_as_names).explode().dropna()  # each name once per quote
    # names from the speaker column lend their label to the same name as a target
    labels = labels_by_name([(speakers, column_or_none(quotes, "speaker_label"))])
    return _ranked(about.value_counts()), labels


def _as_names(value: object) -> list[str]:
    """The names in one ``about`` cell (list, tuple, array, a single string or nothing)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        return [value]
    return list(dict.fromkeys(str(v) for v in value if v is not None))


def _ranked(counts: pd.Series) -> pd.Series:
    """Counts sorted largest first, ties by name, as ints."""
    frame = pd.DataFrame({"name": counts.index.astype(str), "n": counts.to_numpy()})
    frame = frame.sort_values(["n", "name"], ascending=[False, True], kind="stable")
    return pd.Series(frame["n"].to_numpy(dtype="int64"), index=pd.Index(frame["name"], name=None))


def _empty_bars(ax: Axes | None, title: str) -> Axes:
    ax = new_axes(ax, (7, 3))
    ax.kit_counts = pd.Series(dtype="int64")
    return show_message(ax, MSG_NO_QUOTES, title)


def _draw_bars(ax: Axes | None, counts: pd.Series, labels: dict[str, str], top_n: int, title: str) -> Axes:
    shown = counts.iloc[:top_n]
    ax = new_axes(ax, (8, 0.35 * max(len(shown), 3) + 1.5))
    ax.kit_counts = shown
    if shown.empty:
        return show_message(ax, MSG_NO_QUOTES, title)
    names = list(shown.index)
    bars = ax.barh(range(len(shown)), shown.to_numpy(),
                   color=[color_for(labels.get(n)) for n in names],
                   edgecolor=[strong_color_for(labels.get(n)) for n in names], linewidth=1.0)
    ax.bar_label(bars, labels=[str(v) for v in shown], padding=3, fontsize=8)
    ax.set_yticks(range(len(shown)), shorten_all(names, 30), fontsize=9)
    ax.invert_yaxis()  # largest at the top
    ax.set_xlim(0, shown.max() * 1.12 + 0.5)
    ax.set_xlabel(AXIS_QUOTES)
    ax.spines[["top", "right"]].set_visible(False)
    left_out = len(counts) - len(shown)
    ax.set_title(title if not left_out else f"{title} (primi {len(shown)}; altri {left_out} non mostrati)")
    return ax
