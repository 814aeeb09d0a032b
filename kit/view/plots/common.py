"""What the charts share: the words shown on them, required columns, empty-input handling, names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ...safety import plain_label

# --- words shown on the figures, in one place --------------------------------------------------
OTHER = "altri"
UNKNOWN = "(sconosciuto)"
MSG_NO_QUOTES = "Nessuna citazione / no quotes"
MSG_NO_RELATIONS = "Nessuna relazione chi parla di chi / no speaker-target pairs"
MSG_NO_DATES = "Nessuna data nei documenti / documents have no dates"
TITLE_NETWORK = "Chi parla di chi"
TITLE_HEATMAP = "Chi parla di chi (numero di citazioni)"
TITLE_SPEAKERS = "Chi parla di più"
TITLE_TARGETS = "Di chi si parla di più"
TITLE_OVER_TIME = "Citazioni nel tempo"
AXIS_QUOTES = "citazioni"
AXIS_SPEAKER = "chi parla"
AXIS_TARGET = "di chi parla"
LEGEND_SPEAKER = "parla (citato come fonte)"
LEGEND_TARGET = "solo menzionato"
FREQ_NAMES = {"D": "giorno", "W": "settimana", "M": "mese"}

# --- required columns per table -----------------------------------------------------------------
RELATION_COLUMNS = ("speaker", "target", "n_quotes")
QUOTE_SPEAKER_COLUMNS = ("speaker",)
RELATION_TARGET_COLUMNS = ("target", "n_quotes")  # or a quotes table with "about"
QUOTE_TIME_COLUMNS = ("doc_id", "speaker")
DOCUMENT_COLUMNS = ("doc_id", "date")

LABEL_WIDTH = 22  # characters kept of a long name before the ellipsis
GREY = "#888888"
LIGHT_GREY = "#cccccc"
TIME_KINDS = ("area", "line")
Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1 in display units


# --- shared helpers ------------------------------------------------------------------------------


def new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """The caller's Axes, or a fresh one on a new figure."""
    if ax is not None:
        return ax
    _, new_ax = plt.subplots(figsize=figsize, layout="constrained")
    return new_ax


def has_rows(table: pd.DataFrame | None, required: Sequence[str], name: str) -> bool:
    """False for missing or empty tables; ValueError if a table with rows lacks columns."""
    if table is None or len(table) == 0:
        return False
    missing = [column for column in required if column not in table.columns]
    if missing:
        raise ValueError(f"{name} table is missing column(s): {', '.join(missing)}")
    return True


def show_message(ax: Axes, message: str, title: str) -> Axes:
    """Leave the Axes empty apart from a centred message (the 'nothing to draw' figure)."""
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=12, color=GREY)
    return ax


def check_top_n(top_n: int) -> None:
    if top_n < 1:
        raise ValueError(f"top_n must be at least 1, got {top_n}")


def shorten(name: str, width: int = LABEL_WIDTH) -> str:
    """``name`` cut to ``width`` characters with an ellipsis, for axis and node labels, with ``$``
    escaped so that matplotlib draws it as it is, never as mathtext (:func:`kit.safety.plain_label`)."""
    name = str(name)
    return plain_label(name if len(name) <= width else name[: width - 1].rstrip() + "…")


def shorten_all(names: Iterable[object], width: int = LABEL_WIDTH) -> list[str]:
    """Each name shortened as :func:`shorten` does, except where two different names would get
    the same label ("Federazione italiana…" twice): those keep their start and their end
    ("Federazione it…tennis"), and if that still collides, a number."""
    names = [str(n) for n in names]
    labels = [shorten(n, width) for n in names]
    groups: dict[str, set[str]] = {}
    for name, label in zip(names, labels):
        groups.setdefault(label, set()).add(name)
    for i, name in enumerate(names):
        if len(groups[labels[i]]) > 1 and len(name) > width:
            room = max(4, (width - 1) // 2)
            words = name.split()
            tail = words[-1][-room:]
            for word in reversed(words[:-1]):  # whole words from the end, as many as fit
                if len(word) + 1 + len(tail) > room:
                    break
                tail = f"{word} {tail}"
            labels[i] = name[: width - 1 - len(tail)].rstrip() + "…" + tail
    seen: dict[str, list[str]] = {}
    for name, label in zip(names, labels):
        seen.setdefault(label, [])
        if name not in seen[label]:
            seen[label].append(name)
    return [label if len(seen[label]) == 1 else f"{label} ({seen[label].index(name) + 1})"
            for name, label in zip(names, labels)]


def labels_by_name(pairs: Iterable[tuple[pd.Series, pd.Series]]) -> dict[str, str]:
    """The most frequent entity label of each name, from (names, labels) column pairs."""
    frames = [pd.DataFrame({"name": names.to_numpy(), "label": labels.to_numpy()})
              for names, labels in pairs]
    if not frames:
        return {}
    both = pd.concat(frames, ignore_index=True).dropna()
    if both.empty:
        return {}
    counts = both.value_counts(["name", "label"], sort=True)
    best = counts.reset_index().drop_duplicates("name")
    return dict(zip(best["name"], best["label"]))


def column_or_none(table: pd.DataFrame, column: str) -> pd.Series:
    """A column, or a column of None when the (optional) column is absent."""
    if column in table.columns:
        return table[column]
    return pd.Series([None] * len(table), index=table.index, dtype=object)


def counts_as_int(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce").fillna(0).astype("int64")


def clean_relations(relations: pd.DataFrame) -> pd.DataFrame:
    """Relations with names present, counts as ints, one row per (speaker, target) pair."""
    frame = pd.DataFrame({
        "speaker": relations["speaker"],
        "target": relations["target"],
        "n_quotes": counts_as_int(relations["n_quotes"]),
    }).dropna(subset=["speaker", "target"])
    frame = frame[frame["n_quotes"] > 0]
    return frame.groupby(["speaker", "target"], as_index=False, sort=False)["n_quotes"].sum()


def relation_labels(relations: pd.DataFrame) -> dict[str, str]:
    return labels_by_name([
        (relations["speaker"], column_or_none(relations, "speaker_label")),
        (relations["target"], column_or_none(relations, "target_label")),
    ])


def normalise_freq(freq: str | None) -> str | None:
    """"D", "W" or "M" (also "day", "week", "month"), or None for a choice from the dates."""
    if freq is None:
        return None
    aliases = {"d": "D", "day": "D", "w": "W", "week": "W", "m": "M", "ms": "M", "me": "M", "month": "M"}
    key = str(freq).strip().lower()
    if key not in aliases:
        raise ValueError(f"freq must be one of 'D', 'W', 'M' (day, week, month), got {freq!r}")
    return aliases[key]
