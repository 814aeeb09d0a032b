"""Keep the articles of some dates and outlets: a filter value and the functions that apply it.

A :class:`DocFilter` says which articles to keep (a day range, a set of outlets, whether to keep
undated articles); :func:`filter_table` applies it to any table of :mod:`kit.records.tables` (they all
have ``date`` and ``source`` columns) and :func:`filter_records` to Docs or records, so tables
and charts are re-derived from the analysed documents without running the pipeline again. The
widgets that set a filter are in :mod:`kit.view.explorer`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from .outlets import record_date, record_outlet
from .parse import as_records


@dataclass(frozen=True)
class DocFilter:
    """Articles to keep: dated from ``start`` to ``end`` (days, both included; None: open),
    from one of ``sources`` (None: every outlet; include None for articles without one), and,
    when ``undated`` is true, the articles without a date whatever the range."""

    start: date | None = None
    end: date | None = None
    sources: frozenset | None = None
    undated: bool = True

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, pd.Timestamp(value).date())
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"the date range starts ({self.start}) after it ends ({self.end})")
        if self.sources is not None and not isinstance(self.sources, frozenset):
            object.__setattr__(self, "sources", frozenset(self.sources))

    @property
    def keeps_all(self) -> bool:
        return self.start is None and self.end is None and self.sources is None and self.undated

    def mask(self, dates: Iterable, sources: Iterable) -> pd.Series:
        """True for each (date, source) kept; ``dates`` are timestamps or NaT."""
        days = pd.Series(pd.to_datetime(pd.Series(list(dates), dtype=object))).dt.normalize()
        outlets = pd.Series(list(sources), dtype=object)
        keep = pd.Series(True, index=days.index)
        if self.start is not None:
            keep &= days.isna() | (days >= pd.Timestamp(self.start))
        if self.end is not None:
            keep &= days.isna() | (days <= pd.Timestamp(self.end))
        if not self.undated:
            keep &= days.notna()
        if self.sources is not None:
            keep &= outlets.map(lambda s: (None if pd.isna(s) else s) in self.sources).astype(bool)
        return keep

    def __str__(self) -> str:
        parts = []
        if self.start or self.end:
            parts.append(f"{self.start or '…'} – {self.end or '…'}")
        if self.sources is not None:
            names = sorted("(no outlet)" if s is None else str(s) for s in self.sources)
            parts.append(", ".join(names) or "no outlet selected")
        if not self.undated:
            parts.append("dated articles only")
        return " · ".join(parts) or "all articles"


def filter_table(table: pd.DataFrame, keep: DocFilter) -> pd.DataFrame:
    """The rows of ``table`` (with ``date`` and ``source`` columns) whose article ``keep`` keeps."""
    missing = [c for c in ("date", "source") if c not in table.columns]
    if missing:
        raise ValueError(f"the table has no {' or '.join(missing)} column; tables from kit.records.tables have both")
    if keep.keeps_all:
        return table
    mask = keep.mask(table["date"], table["source"]).to_numpy()
    return table[mask].reset_index(drop=True)


def filter_records(docs: object, keep: DocFilter) -> list[dict]:
    """The records of the Docs (or records) that ``keep`` keeps, in order."""
    records = as_records(docs)
    if keep.keeps_all:
        return records
    mask = keep.mask([record_date(r) for r in records], [record_outlet(r) for r in records])
    return [record for record, kept in zip(records, mask) if kept]
