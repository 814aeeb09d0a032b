"""Publication dates: read right, or reported with the reason (never silently dropped).

``parse_date(value)`` tries, in order:

1. **ISO 8601** (``2024-03-12``, ``2024-03-12T14:05``, ``2024-03-12T14:05:00+01:00``,
   ``2024-03-12T13:05:00Z``, ``20240312``), read by the standard library; an offset is kept;
2. with ``date_format=`` (one ``strftime`` format or several): only those formats, month and day
   names in Italian or English (``"%d %B %Y"`` reads ``12 marzo 2024``);
3. otherwise the maintained parser `dateparser <https://dateparser.readthedocs.io>`_, restricted
   to Italian and English and to absolute dates, day before month (``dayfirst=False``: month
   first): ``12/03/2024``, ``12.03.2024``, ``12-03-24``, ``12 marzo 2024``, ``12 mar 2024``,
   ``lunedì 11 marzo 2024, ore 14:05``, ``12 March 2024``, ``Tue, 12 Mar 2024 14:05:00 +0100``
   (all-digit forms with a four-digit year, the commonest, are read by the standard library
   first: the same result, about a hundred times faster).

A value is refused with a :class:`DateError` saying why when it is not a date, lacks the day, the
month or the year (``marzo 2024``, ``12 marzo``), is relative (``ieri``, ``2 ore fa``: it cannot
be placed without knowing when the article was written), names a weekday that does not match
(``lunedì 12 marzo 2024``: a Tuesday), or has a year outside 1800–2100.

Dates keep the article's own clock: ``to_timestamp`` gives a naive timestamp in the local time of
the value (``2024-03-12T23:30:00-05:00`` is the 12th, not the 13th), so a day or a month is the
one the article was published in where it was published.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

from ..text import fold

#: the languages dateparser reads month and weekday names in
LANGUAGES = ("it", "en")
MIN_YEAR, MAX_YEAR = 1800, 2100
#: the settings every parse uses: absolute dates only, with day, month and year
BASE_SETTINGS = {
    "PREFER_LOCALE_DATE_ORDER": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


class DateError(ValueError):
    """A value that is not a date the kit can place, with the reason (``str(err)``)."""


@dataclass(frozen=True)
class BadDate:
    """A date value that could not be read, where it was, and why."""

    where: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.value!r} ({self.reason})"


def _formats(date_format: str | Sequence[str] | None) -> tuple[str, ...]:
    if date_format is None:
        return ()
    formats = (date_format,) if isinstance(date_format, str) else tuple(date_format)
    if not formats or not all(isinstance(f, str) and "%" in f for f in formats):
        raise ValueError(f"date_format must be a strftime format such as '%d/%m/%Y' (or a list of them), "
                         f"got {date_format!r}")
    return formats


@functools.lru_cache(maxsize=8)
def _parser(parsers: tuple[str, ...], order: str):
    """One dateparser parser per setting (building one reads its language data)."""
    from dateparser.date import DateDataParser

    settings = {**BASE_SETTINGS, "PARSERS": list(parsers), "DATE_ORDER": order}
    return DateDataParser(languages=list(LANGUAGES), settings=settings)


@functools.lru_cache(maxsize=8)
def _loose_parser(order: str):
    """A parser that accepts relative and incomplete dates, only to say why a value was refused."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(LANGUAGES), settings={"DATE_ORDER": order,
                                                               "PREFER_LOCALE_DATE_ORDER": False})


@functools.lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    """Full weekday names (CLDR, in every language of LANGUAGES) -> 0 for Monday ... 6 for Sunday."""
    from babel.dates import get_day_names

    return {fold(name.casefold()): day for lang in LANGUAGES for day, name in get_day_names("wide", locale=lang).items()}


def _named_weekday(text: str) -> int | None:
    """The weekday a value names in full (``lunedì``, ``Monday``), or None."""
    names = _weekdays()
    words = "".join(c if c.isalpha() else " " for c in fold(text.casefold())).split()
    found = [names[w] for w in words if w in names]
    return found[0] if found else None


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


#: all-digit forms read by the standard library before dateparser (same result, ~100x faster)
NUMERIC_FORMATS = {
    "DMY": ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M"),
    "MDY": ("%m/%d/%Y", "%m.%d.%Y", "%m-%d-%Y", "%m/%d/%Y %H:%M", "%m.%d.%Y %H:%M"),
}


def _numeric(text: str, order: str) -> datetime | None:
    if not text[:1].isdigit():
        return None
    for fmt in NUMERIC_FORMATS[order]:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _why_not(text: str, order: str) -> str:
    """The reason dateparser refused ``text`` (relative, incomplete or not a date)."""
    data = _loose_parser(order).get_date_data(text)
    if data.date_obj is None:
        return "not a date (Italian or English, day, month and year)"
    if _parser(("relative-time",), order).get_date_data(text).date_obj is not None:
        return "relative date: it cannot be placed without knowing when the article was written"
    return "incomplete date: day, month and year are all needed"


def _check(text: str, value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise DateError(f"year {value.year} is outside {MIN_YEAR}-{MAX_YEAR}")
    named = _named_weekday(text)
    if named is not None and named != value.weekday():
        from babel.dates import get_day_names

        days = get_day_names("wide", locale="it")
        raise DateError(f"says {days[named]} but {value.date().isoformat()} is a {days[value.weekday()]}")
    return value


@functools.lru_cache(maxsize=65536)
def _parse_cached(text: str, formats: tuple[str, ...], dayfirst: bool) -> datetime | DateError:
    """The date, or the error (kept too, so a bad value repeated in a corpus is parsed once)."""
    try:
        return _parse(text, formats, dayfirst)
    except DateError as err:
        return err


def _parse(text: str, formats: tuple[str, ...], dayfirst: bool) -> datetime:
    order = "DMY" if dayfirst else "MDY"
    iso = _iso(text)
    if iso is not None:
        return _check(text, iso)
    if formats:
        data = _parser(("custom-formats",), order).get_date_data(text, date_formats=list(formats))
        if data.date_obj is None:
            raise DateError(f"does not match date_format {' or '.join(map(repr, formats))}")
        return _check(text, data.date_obj)
    numeric = _numeric(text, order)
    if numeric is not None:
        return _check(text, numeric)
    data = _parser(("absolute-time",), order).get_date_data(text)
    if data.date_obj is None:
        raise DateError(_why_not(text, order))
    return _check(text, data.date_obj)


def parse_date(value: object, date_format: str | Sequence[str] | None = None,
               dayfirst: bool = True) -> datetime | None:
    """``value`` as a datetime (with its UTC offset when it has one); None for a blank value.

    Raises :class:`DateError` with the reason when ``value`` is not a date (see the module
    docstring for the forms read). ``datetime``, ``date`` and ``pd.Timestamp`` values pass through.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = " ".join(str(value).split())
    if not text:
        return None
    parsed = _parse_cached(text, _formats(date_format), bool(dayfirst))
    if isinstance(parsed, DateError):
        raise DateError(str(parsed))
    return parsed


def iso_date(value: datetime) -> str:
    """ISO 8601 text of a parsed date: ``2024-03-12`` at midnight without an offset, else in full."""
    if value.tzinfo is None and value.time() == datetime.min.time():
        return value.date().isoformat()
    return value.isoformat()


def normalise_date(value: object, date_format: str | Sequence[str] | None = None,
                   dayfirst: bool = True) -> str | None:
    """``value`` as ISO 8601 text (see :func:`iso_date`), None when blank; DateError when unreadable."""
    parsed = parse_date(value, date_format, dayfirst)
    return None if parsed is None else iso_date(parsed)


def to_timestamp(value: object, dayfirst: bool = True) -> pd.Timestamp:
    """A naive ``pd.Timestamp`` in the value's own local time; ``NaT`` when blank or unreadable."""
    try:
        parsed = parse_date(value, dayfirst=dayfirst)
    except DateError:
        return pd.NaT
    if parsed is None:
        return pd.NaT
    return pd.Timestamp(parsed.replace(tzinfo=None))


def date_column(values: Iterable[object], index: pd.Index | None = None, dayfirst: bool = True) -> pd.Series:
    """Dates as a ``datetime64`` Series of local naive timestamps (NaT where blank or unreadable)."""
    stamps = [to_timestamp(value, dayfirst) for value in values]
    return pd.Series(pd.to_datetime(pd.Series(stamps, dtype=object)).to_numpy(dtype="datetime64[ns]"),
                     index=index, name="date")


@dataclass
class DateReader:
    """Reads the dates of a corpus with one setting and keeps the values it could not read.

    ``read(value, where)`` gives the ISO text of a date, or None (blank, or unreadable: then a
    :class:`BadDate` is appended to ``bad``).
    """

    date_format: str | Sequence[str] | None = None
    dayfirst: bool = True
    bad: list[BadDate] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        _formats(self.date_format)  # a bad date_format is an error at once, not one per row

    def read(self, value: object, where: str) -> str | None:
        try:
            return normalise_date(value, self.date_format, self.dayfirst)
        except DateError as err:
            self.bad.append(BadDate(where, " ".join(str(value).split()), str(err)))
            return None
