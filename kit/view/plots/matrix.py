"""The speaker x target matrix of quote counts (a heatmap), rows and columns seriated."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..palette import strong_color_for
from .common import (
    AXIS_SPEAKER, AXIS_TARGET, GREY, MSG_NO_RELATIONS, OTHER, RELATION_COLUMNS, TITLE_HEATMAP,
    check_top_n, clean_relations, has_rows, new_axes, relation_labels, shorten, shorten_all, show_message,
)


def plot_heatmap(relations: pd.DataFrame, ax: Axes | None = None, top_n: int = 20) -> Axes:
    """Speaker x target matrix of quote counts, numbers in the cells, clusters kept together.

    Rows and columns are ordered by spectral seriation (second singular vectors of the normalised
    matrix, as in correspondence analysis), falling back to totals. Speakers and targets beyond
    ``top_n`` are summed into an ``"altri (N)"`` row/column, drawn last. The matrix drawn is
    stored as ``ax.kit_matrix``.
    """
    check_top_n(top_n)
    if not has_rows(relations, RELATION_COLUMNS, "relations"):
        ax = new_axes(ax, (6, 4))
        ax.kit_matrix = pd.DataFrame()
        return show_message(ax, MSG_NO_RELATIONS, TITLE_HEATMAP)
    matrix = relation_matrix(relations, top_n)
    n_rows, n_cols = matrix.shape
    ax = new_axes(ax, (max(6.0, 0.45 * n_cols + 3.5), max(4.0, 0.4 * n_rows + 2.5)))
    ax.kit_matrix = matrix
    if matrix.empty:
        return show_message(ax, MSG_NO_RELATIONS, TITLE_HEATMAP)
    _draw_matrix(ax, matrix, relation_labels(relations))
    return ax


def relation_matrix(relations: pd.DataFrame, top_n: int = 20) -> pd.DataFrame:
    """Speaker x target counts: top names seriated, the rest summed into a last 'altri' row/col."""
    pairs = clean_relations(relations)
    if pairs.empty:
        return pd.DataFrame()
    speakers, other_speaker = _top_or_other(pairs, "speaker", top_n)
    targets, other_target = _top_or_other(pairs, "target", top_n)
    pairs = pairs.assign(
        speaker=pairs["speaker"].where(pairs["speaker"].isin(speakers), other_speaker),
        target=pairs["target"].where(pairs["target"].isin(targets), other_target),
    )
    counts = pairs.groupby(["speaker", "target"])["n_quotes"].sum()
    matrix = counts.unstack(fill_value=0).reindex(index=speakers, columns=targets, fill_value=0)
    rows, cols = seriate(matrix.to_numpy(dtype=float))
    row_order = [speakers[i] for i in rows] + ([other_speaker] if other_speaker else [])
    col_order = [targets[i] for i in cols] + ([other_target] if other_target else [])
    full = counts.unstack(fill_value=0).reindex(index=row_order, columns=col_order, fill_value=0)
    full = full.astype("int64")
    full.index.name, full.columns.name = "speaker", "target"
    full.attrs["named_shape"] = (len(speakers), len(targets))  # rows/cols before 'altri'
    return full


def _top_or_other(pairs: pd.DataFrame, column: str, top_n: int) -> tuple[list[str], str | None]:
    """The ``top_n`` names of ``column`` by total quotes, and the 'altri (N)' name if any left."""
    totals = pairs.groupby(column)["n_quotes"].sum()
    ranked = sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))
    top = [name for name, _ in ranked[:top_n]]
    rest = len(ranked) - len(top)
    return top, (f"{OTHER} ({rest})" if rest else None)


def seriate(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row and column orders that put similar rows/columns next to each other.

    Uses the second singular vectors of D_r^-1/2 A D_c^-1/2 (spectral co-clustering); when the
    matrix is too small or has no second dimension, orders by decreasing totals.
    """
    row_totals, col_totals = matrix.sum(axis=1), matrix.sum(axis=0)
    by_rows = np.lexsort((np.arange(len(row_totals)), -row_totals))
    by_cols = np.lexsort((np.arange(len(col_totals)), -col_totals))
    if min(matrix.shape) < 3:
        return by_rows, by_cols
    row_scale = np.sqrt(np.where(row_totals > 0, row_totals, 1.0))
    col_scale = np.sqrt(np.where(col_totals > 0, col_totals, 1.0))
    left, values, right = np.linalg.svd(matrix / row_scale[:, None] / col_scale[None, :])
    if len(values) < 2 or values[1] < 1e-9:
        return by_rows, by_cols
    row_key, col_key = left[:, 1] / row_scale, right[1] / col_scale
    if row_key[by_rows[0]] > 0:  # fix the sign: the busiest speaker's cluster goes on top
        row_key, col_key = -row_key, -col_key
    row_key, col_key = np.round(row_key, 9), np.round(col_key, 9)
    rows = np.lexsort((-row_totals, row_key, row_totals == 0))
    cols = np.lexsort((-col_totals, col_key, col_totals == 0))
    return rows, cols


def _draw_matrix(ax: Axes, matrix: pd.DataFrame, labels: dict[str, str]) -> None:
    values = matrix.to_numpy()
    # the colour scale follows the named cells; an 'altri' cell may be far larger and saturates
    n_rows, n_cols = matrix.attrs.get("named_shape", values.shape)
    named = values[:n_rows, :n_cols]
    top = max(int(named.max()) if named.size else 0, 1)
    ax.imshow(values, cmap="Blues", aspect="auto", interpolation="nearest", vmin=0, vmax=top)
    dark = 0.6 * top
    if n_rows < values.shape[0]:
        ax.axhline(n_rows - 0.5, color=GREY, linewidth=0.8)
    if n_cols < values.shape[1]:
        ax.axvline(n_cols - 0.5, color=GREY, linewidth=0.8)
    for (row, col), value in np.ndenumerate(values):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > dark else "#222222")
    ax.set_xticks(range(values.shape[1]), shorten_all(matrix.columns),
                  rotation=45, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(values.shape[0]), shorten_all(matrix.index), fontsize=8)
    for tick, name in zip(ax.get_xticklabels(), matrix.columns):
        tick.set_color(strong_color_for(labels.get(name)))
    for tick, name in zip(ax.get_yticklabels(), matrix.index):
        tick.set_color(strong_color_for(labels.get(name)))
    ax.set_xlabel(AXIS_TARGET)
    ax.set_ylabel(AXIS_SPEAKER)
    ax.set_title(TITLE_HEATMAP)
    ax.tick_params(length=0)
