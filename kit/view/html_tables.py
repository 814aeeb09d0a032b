"""DataFrames as escaped HTML tables (the report's and the rule tuner's), numbers right-aligned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from pandas.api.types import is_number

from . import templates as T
from .templates import esc

#: the note under a cut table in the (Italian) report
MORE_ROWS = "Le prime {shown} di {total} righe; tutte sono nel file CSV."


#: what an empty cell shows (never None, NaN or [])
EMPTY = "—"


def is_empty(value: object) -> bool:
    """None, NaN/NaT/NA, an empty string or an empty list."""
    if isinstance(value, (list, tuple)):
        return not value
    if isinstance(value, str):
        return not value.strip()
    return value is None or bool(pd.isna(value))


def cell_text(value: object) -> str:
    """A cell as plain text: lists joined, dates as ISO dates, missing values as a dash."""
    if is_empty(value):
        return EMPTY
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def cell_html(value: object, clip: int | None = None) -> str:
    """A table cell as escaped HTML; text longer than ``clip`` characters is cut, whole in its
    tooltip."""
    text = cell_text(value)
    if clip is not None and len(text) > clip:
        return T.TPL_TABLE_CLIPPED.format(title=esc(text), text=esc(text[: clip - 1].rstrip() + "…"))
    return esc(text)


def non_empty_columns(table: pd.DataFrame, columns: Sequence[str]) -> list[str]:
    """The ``columns`` of ``table`` with at least one non-empty cell (displays drop the others;
    exports keep every column)."""
    return [c for c in columns if c in table.columns and not table[c].map(is_empty).all()]


def table_html(table: pd.DataFrame, columns: Mapping[str, str] | Sequence[str],
               max_rows: int | None = None, more: str = "", clip: int | None = None,
               drop_empty: bool = False) -> str:
    """Some columns of ``table`` as an HTML table: ``columns`` maps names to headings (or lists
    names used as headings). With ``max_rows``, a note (``more``, formatted with ``shown`` and
    ``total``) says how many rows were left out; ``clip`` cuts long cells (whole in a tooltip);
    ``drop_empty`` leaves out the columns with no value at all."""
    headings = dict(columns) if isinstance(columns, Mapping) else {name: name for name in columns}
    if drop_empty:
        keep = set(non_empty_columns(table, list(headings)))
        headings = {k: v for k, v in headings.items() if k in keep}
    shown = table if max_rows is None else table.head(max_rows)
    head = "".join(T.TPL_TABLE_TH.format(text=esc(heading)) for heading in headings.values())
    rows = []
    for values in shown[list(headings)].itertuples(index=False, name=None):
        cells = []
        for value in values:
            numeric = is_number(value) and not isinstance(value, (bool, np.bool_)) and not is_empty(value)
            cells.append((T.TPL_TABLE_TD_NUM if numeric else T.TPL_TABLE_TD).format(text=cell_html(value, clip)))
        rows.append(T.TPL_TABLE_TR.format(cells="".join(cells)))
    out = T.TPL_TABLE.format(head=head, rows="".join(rows))
    if max_rows is not None and len(table) > max_rows and more:
        out += T.TPL_TABLE_NOTE.format(text=esc(more.format(shown=max_rows, total=len(table))))
    return out
