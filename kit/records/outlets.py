"""Where and when an article appeared: its outlet (``source``) and date, as table columns.

The outlet is the document's ``source`` (white space tidied); without one, the domain of its
``url`` (``https://www.gazzettacivica.example/...`` -> ``gazzettacivica.example``). The date is
read by :mod:`kit.corpus.dates` in the article's own local time. Every table of :mod:`kit.records.tables` gets
both as ``date`` and ``source`` columns, and :func:`group_values` gives the keys by which
``kit.relations_table(docs, by=...)`` splits its counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

import pandas as pd

from ..corpus.dates import to_timestamp

#: what ``relations_table(by=...)`` can split by -> the pandas period frequency (None: the outlet)
GROUPS: dict[str, str | None] = {"source": None, "year": "Y", "month": "M", "week": "W", "day": "D"}
#: host prefixes that do not name the outlet
HOST_PREFIXES = ("www.", "m.", "amp.")


def domain(url: object) -> str | None:
    """The host of ``url`` in lower case, without ``www.``; None when there is none."""
    if not isinstance(url, str) or not url.strip():
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text  # "www.example.it/path": a host without a scheme
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    return host


def outlet(meta: dict | None) -> str | None:
    """The outlet of a document's metadata: its ``source``, else its URL's domain, else None."""
    meta = meta or {}
    source = meta.get("source")
    if isinstance(source, str) and source.strip():
        return " ".join(source.split())
    return domain(meta.get("url"))


def record_date(record: dict) -> pd.Timestamp:
    """The date of a record (``meta["date"]``) as a naive local timestamp, or NaT."""
    return to_timestamp((record.get("meta") or {}).get("date"))


def record_outlet(record: dict) -> str | None:
    return outlet(record.get("meta"))


def group_keys(by: str | Sequence[str] | None) -> tuple[str, ...]:
    """``by`` as a tuple of group names (checked against :data:`GROUPS`)."""
    if by is None:
        return ()
    keys = (by,) if isinstance(by, str) else tuple(by)
    unknown = [key for key in keys if key not in GROUPS]
    if unknown or len(set(keys)) != len(keys):
        raise ValueError(f"by must be one or more of {', '.join(map(repr, GROUPS))} (no repeats), got {by!r}")
    return keys


def group_values(record: dict, keys: Sequence[str]) -> tuple:
    """The values of ``keys`` for one record: the outlet and periods as text (``"2024-03"``), or None."""
    values = []
    date = record_date(record) if any(GROUPS[key] for key in keys) else pd.NaT
    for key in keys:
        freq = GROUPS[key]
        if freq is None:
            values.append(record_outlet(record))
        else:
            values.append(None if pd.isna(date) else str(date.to_period(freq)))
    return tuple(values)
