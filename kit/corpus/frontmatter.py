"""Metadata at the top of a ``.txt``/``.md`` article, and dates in file names.

Two forms of front matter are read, only at the very start of a file:

- **YAML** between ``---`` lines (Jekyll, Hugo, Pandoc and most Markdown exports)::

      ---
      date: 2024-03-12T14:05:00+01:00
      source: Gazzetta Civica
      url: https://www.gazzettacivica.example/politica/...
      ---

- **a header of ``Name: value`` lines** followed by an empty line, as archives and copy-paste
  give them::

      Data: martedì 12 marzo 2024, ore 14:05
      Fonte: Corriere Meridiano

Field names are read in Italian or English, in any case (:data:`FIELD_NAMES`); ``autore``,
``sezione``, ``tags`` and the like are allowed and ignored. The front matter is not part of the
article: the text analysed starts after it (and after the empty lines that follow it).

A file name that starts with a date, ``2024-03-12-title.txt``, ``2024-03-12_title.md`` or
``20240312-title.txt``, dates the article when its front matter does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: field names (case-insensitive) -> the Document field they fill
FIELD_NAMES: dict[str, str] = {
    "date": "date", "data": "date", "published": "date", "pubblicato": "date", "pubblicazione": "date",
    "data di pubblicazione": "date",
    "source": "source", "fonte": "source", "testata": "source", "outlet": "source", "giornale": "source",
    "url": "url", "link": "url", "indirizzo": "url",
    "title": "title", "titolo": "title",
    "id": "id",
}
#: field names allowed in a front matter but not used
IGNORED_NAMES = frozenset({"author", "authors", "autore", "autori", "autrice", "firma", "byline", "section",
                           "sezione", "categoria", "category", "categories", "tags", "tag", "lang",
                           "language", "lingua", "summary", "sommario", "occhiello", "layout", "draft"})
YAML_FENCE = "---"
YAML_END = ("---", "...")
#: lines looked at for a ``Name: value`` header (a longer run is article text, not a header)
MAX_HEADER_LINES = 12
#: what may follow a date at the start of a file name
NAME_SEPARATORS = ("-", "_", " ", ".")


@dataclass(frozen=True)
class FrontMatter:
    """The metadata found at the top of a text and the text after it."""

    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""
    #: "yaml", "header" or None (no front matter)
    kind: str | None = None
    #: why a front matter-like block was not read (the text is then kept whole), or None
    problem: str | None = None


def _field(name: object) -> str | None:
    """The Document field a front matter name fills, "" for an ignored name, None if unknown."""
    key = " ".join(str(name).strip().lower().split())
    if key in FIELD_NAMES:
        return FIELD_NAMES[key]
    return "" if key in IGNORED_NAMES else None


def _after(lines: list[str], start: int) -> str:
    """The text from line ``start`` on, without the empty lines that open it."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    return "".join(lines[start:])


def _yaml(lines: list[str], text: str) -> FrontMatter | None:
    if not lines or lines[0].rstrip() != YAML_FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in YAML_END), None)
    if end is None:
        return None  # a rule line, not a front matter
    import yaml

    block = "".join(lines[1:end])
    try:
        data = yaml.load(block, Loader=yaml.BaseLoader)  # every value as text: no guessing of dates
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return FrontMatter(body=text, problem=f"front matter is not valid YAML{where}; kept as text")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return FrontMatter(body=text, problem="front matter is not a list of 'name: value' fields; kept as text")
    fields = {}
    for name, value in data.items():
        target = _field(name)
        if target and isinstance(value, str) and value.strip():
            fields.setdefault(target, value.strip())
    return FrontMatter(fields, _after(lines, end + 1), "yaml")


def _header(lines: list[str]) -> FrontMatter | None:
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        if not line.strip():
            return FrontMatter(fields, _after(lines, index), "header") if fields else None
        name, colon, value = line.partition(":")
        target = _field(name) if colon else None
        if target is None:
            return None  # the article starts here: there is no header
        if target and value.strip():
            fields.setdefault(target, value.strip())
    return None


def split_front_matter(text: str) -> FrontMatter:
    """The front matter of ``text`` (YAML or a ``Name: value`` header) and the article after it."""
    lines = text.splitlines(keepends=True)
    found = _yaml(lines, text) or _header(lines)
    return found or FrontMatter(body=text)


def date_from_name(stem: str) -> str | None:
    """The ISO date a file name starts with (``2024-03-12-…``, ``20240312_…``), or None."""
    for size in (10, 8):
        head, rest = stem[:size], stem[size:]
        if len(head) != size or (rest and rest[0] not in NAME_SEPARATORS):
            continue
        digits = head.replace("-", "") if size == 10 and head[4] == head[7] == "-" else head
        if len(digits) != 8 or not digits.isdigit():
            continue
        try:
            return date.fromisoformat(head).isoformat()
        except ValueError:
            continue
    return None
