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


def cell_html(value: object) -> str:
    """A table cell as escaped text: lists joined, dates as ISO dates, missing values empty."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    elif isinstance(value, pd.Timestamp):
        value = value.date().isoformat()
    return esc(value)


def table_html(table: pd.DataFrame, columns: Mapping[str, str] | Sequence[str],
               max_rows: int | None = None, more: str = "") -> str:
    """Some columns of ``table`` as an HTML table: ``columns`` maps names to headings (or lists
    names used as headings). With ``max_rows``, a note (``more``, formatted with ``shown`` and
    ``total``) says how many rows were left out."""
    headings = dict(columns) if isinstance(columns, Mapping) else {name: name for name in columns}
    shown = table if max_rows is None else table.head(max_rows)
    head = "".join(T.TPL_TABLE_TH.format(text=esc(heading)) for heading in headings.values())
    rows = []
    for values in shown[list(headings)].itertuples(index=False, name=None):
        cells = []
        for value in values:
            numeric = is_number(value) and not isinstance(value, (bool, np.bool_))
            cells.append((T.TPL_TABLE_TD_NUM if numeric else T.TPL_TABLE_TD).format(text=cell_html(value)))
        rows.append(T.TPL_TABLE_TR.format(cells="".join(cells)))
    out = T.TPL_TABLE.format(head=head, rows="".join(rows))
    if max_rows is not None and len(table) > max_rows and more:
        out += T.TPL_TABLE_NOTE.format(text=esc(more.format(shown=max_rows, total=len(table))))
    return out
