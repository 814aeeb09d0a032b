"""Read a corpus of articles from a folder or files, and say what was read and what was not.

``load_corpus(path_or_paths)`` reads, recursively and in name order:

- ``.txt`` and ``.md`` files: one article each; the title is the first line (for Markdown
  without a leading ``# ``) when more lines follow; a front matter (YAML between ``---`` lines, or
  ``Data: …``/``Fonte: …`` lines) gives the date, source, url or title and is not part of the text,
  and a file name starting with a date (``2024-03-12-…``) dates the article
  (:mod:`kit.corpus.frontmatter`);
- ``.jsonl``, ``.jsonl.gz``, ``.csv`` and ``.parquet`` files: one article per row, with a ``text``
  field and optional ``id``, ``title``, ``date``, ``source`` and ``url`` fields; read as a stream,
  row by row (Parquet in record batches).

:func:`iter_corpus` gives the same documents one at a time, filling a summary as it goes, so a
corpus larger than memory can be streamed (``kit.run_corpus`` does).

Dates are read by :mod:`kit.corpus.dates` (ISO 8601 first, then Italian and European forms, day before
month unless ``dayfirst=False``, or only the given ``date_format``) and stored as ISO 8601 text; a
value that is not a date is listed in ``corpus.summary.bad_dates`` with the reason, never guessed.

Files are decoded as UTF-8 (with or without a byte-order mark), UTF-16/32 when they start with
a byte-order mark, and otherwise as Windows Latin-1 (cp1252, or ISO Latin-1 for the bytes cp1252
leaves undefined); the summary names every file not read as UTF-8. Lines may end in ``\n``,
``\r\n`` or a lone ``\r``.

One bad file or row never stops the reading: empty files, binary files, unsupported file types,
files that cannot be read (permissions, vanished), broken symbolic links, links to folders, named
pipes, sockets and devices (:mod:`kit.corpus.walk`), text files over ``max_bytes``, documents over
``max_chars`` and rows without text or that cannot be parsed are skipped with a warning naming
the file (and line) and the reason, and listed in ``corpus.summary``: nothing is lost silently.
Lone surrogates (``\\ud800`` escapes in JSON) are replaced by U+FFFD and listed too. Paths given
as ``exclude``, and files a kit export listed in a folder's ``.kit-outputs``, are left out and listed.

Ids are unique and stable: the file's stem (the relative path when two files share a stem), or
``stem:line`` for a row without its own ``id``. Text files are read whole and must be smaller
than ``max_bytes`` (50 MB by default).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import stat
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..view import templates as T
from ..view.templates import esc
from .dates import BadDate, DateReader
from .decode import (SNIFF_BYTES, byte_lines, decode, decode_line, file_encoding, looks_binary,
                     normalise_newlines, repair_surrogates)
from .frontmatter import date_from_name, split_front_matter
from .walk import kind_of, real, walk

TEXT_SUFFIXES = (".txt", ".md")
ROW_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".parquet")
#: row files that are binary on disk (not sniffed as text)
BINARY_SUFFIXES = (".jsonl.gz", ".parquet")
#: rows per record batch read from a Parquet file
PARQUET_BATCH = 1_000
SUFFIXES = TEXT_SUFFIXES + ROW_SUFFIXES
#: the optional metadata fields of a row (besides ``text``)
FIELDS = ("id", "title", "date", "source", "url")
#: largest .txt/.md file read whole (JSONL and CSV files are streamed and have no limit)
MAX_BYTES = 50 * 1024 * 1024
class CorpusError(ValueError):
    """A corpus path that cannot be read at all (missing, unsupported, too large)."""


class CorpusWarning(UserWarning):
    """A file or row was skipped while reading a corpus (also listed in ``corpus.summary``)."""


#: how the summary names the encodings used for files that are not UTF-8
ENCODING_NAMES = {"cp1252": "cp1252 (Windows Latin-1)", "latin-1": "latin-1 (ISO 8859-1)"}


@dataclass(frozen=True)
class Document:
    """One article as read from disk; ``kit.analyze`` takes it as it is."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    def __repr__(self) -> str:
        text = " ".join(self.text.split())
        text = text if len(text) <= 60 else text[:57] + "..."
        return f"Document({self.id!r}, {len(self.text):,} chars: {text!r})"


@dataclass(frozen=True)
class Skipped:
    """A file, or one row of a file, that was not read, and why."""

    path: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class CorpusSummary:
    """What :func:`load_corpus` read, what it skipped and how it decoded the files."""

    files_read: int = 0
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    #: files not read as plain UTF-8 -> the encoding used ("cp1252", "latin-1", "utf-16"...)
    encodings: dict[str, str] = field(default_factory=dict)
    #: ids given in a row that were already taken -> the id used instead
    renamed: dict[str, str] = field(default_factory=dict)
    #: date values that could not be read (the document is kept, without a date)
    bad_dates: list[BadDate] = field(default_factory=list)
    #: front matter blocks that could not be read (the text is kept whole)
    bad_front_matter: list[Skipped] = field(default_factory=list)
    #: where the dates came from ("date field", "front matter", "file name") -> documents
    date_origins: Counter = field(default_factory=Counter)
    #: documents without a date
    undated: int = 0
    #: where text was repaired (``file:line``) -> what was done (lone surrogates replaced)
    repaired: dict[str, str] = field(default_factory=dict)
    #: documents read but left out by ``kit.analyze_corpus`` (``path`` is the document id)
    failed: list[Skipped] = field(default_factory=list)

    @property
    def skipped_files(self) -> list[Skipped]:
        return [s for s in self.skipped if s.line is None]

    @property
    def skipped_rows(self) -> list[Skipped]:
        return [s for s in self.skipped if s.line is not None]

    def lines(self) -> list[str]:
        """The summary as short lines of text (used by ``__str__`` and the HTML view)."""
        out = [f"{self.documents} document{'s' * (self.documents != 1)} from "
               f"{self.files_read} file{'s' * (self.files_read != 1)}"
               f"; skipped {len(self.skipped_files)} file{'s' * (len(self.skipped_files) != 1)}"
               f" and {len(self.skipped_rows)} row{'s' * (len(self.skipped_rows) != 1)}"
               + (f"; {len(self.failed)} not analysed" if self.failed else "")]
        out += [f"skipped {s}" for s in self.skipped]
        out += [str(s) for s in self.failed]
        out += [f"decoded {path} as {ENCODING_NAMES.get(encoding, encoding)}, not UTF-8"
                for path, encoding in self.encodings.items()]
        out += [f"renamed duplicate id {old!r} to {new!r}" for old, new in self.renamed.items()]
        out += [f"repaired {where}: {what}" for where, what in self.repaired.items()]
        out += self.date_lines()
        return out

    def date_lines(self) -> list[str]:
        """What the dates are: where they came from, documents without one, values not read."""
        out = []
        if self.date_origins:
            origins = ", ".join(f"{n} from {origin}" for origin, n in self.date_origins.most_common())
            out.append(f"dates: {origins}")
        if self.undated and self.documents:
            out.append(f"{self.undated} of {self.documents} document{'s' * (self.documents != 1)} "
                       "without a date")
        if self.bad_dates:
            out.append(f"{len(self.bad_dates)} date{'s' * (len(self.bad_dates) != 1)} not understood "
                       "(documents kept without a date):")
            out += [f"bad date {bad}" for bad in self.bad_dates]
        out += [f"front matter not read in {s}" for s in self.bad_front_matter]
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        head, *rest = self.lines()
        items = "".join(T.TPL_ITEM.format(text=esc(line)) for line in rest)
        return T.TPL_SUMMARY.format(head=esc(head), items=T.TPL_SUMMARY_ITEMS.format(items=items) if items else "")


class Corpus:
    """The documents read by :func:`load_corpus`, with the summary of the reading.

    A sequence of :class:`Document`: ``len(corpus)``, ``corpus[0]``, ``corpus["01-article"]``
    (by id), iteration. Pass it to ``kit.analyze`` or ``kit.analyze_corpus``.
    """

    def __init__(self, documents: Iterable[Document], summary: CorpusSummary | None = None) -> None:
        self.documents: list[Document] = list(documents)
        self.summary = summary or CorpusSummary(documents=len(self.documents))
        self._by_id = {doc.id: doc for doc in self.documents}
        if len(self._by_id) != len(self.documents):
            dupes = [i for i, n in Counter(d.id for d in self.documents).items() if n > 1]
            raise ValueError(f"document ids must be unique; repeated: {dupes[:5]}")

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, key: int | str) -> Document:
        if isinstance(key, str):
            try:
                return self._by_id[key]
            except KeyError:
                raise KeyError(f"no document with id {key!r}; ids are e.g. {self.ids[:3]}") from None
        return self.documents[key]

    @property
    def ids(self) -> list[str]:
        return [doc.id for doc in self.documents]

    def __repr__(self) -> str:
        return f"Corpus({self.summary.lines()[0]})"

    def _repr_html_(self) -> str:
        return self.summary._repr_html_()


def _decode_lines(handle: io.BufferedReader, reader: _FileReader) -> Iterator[str]:
    """Lines of a byte stream (any line end) as text, each decoded on its own (UTF-8, else cp1252
    or latin-1, noted on the summary)."""
    for raw in byte_lines(handle):
        text, encoding = decode_line(raw)
        reader.note_encoding(encoding)
        yield text


def suffix_of(path: Path) -> str:
    """The file type as the reader sees it: ``.jsonl.gz`` for gzipped JSONL, else the suffix."""
    return ".jsonl.gz" if path.name.lower().endswith(".jsonl.gz") else path.suffix.lower()


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:.1f} MB" if n_bytes >= 2**20 else f"{n_bytes:,} bytes"


# --- reading files -------------------------------------------------------------------------------


def _title_of(text: str, markdown: bool) -> str | None:
    """The first line when more lines follow (for Markdown, without the ``#`` marks)."""
    first, sep, rest = text.strip().partition("\n")
    if not (sep and rest.strip()):
        return None
    first = first.strip()
    if markdown:
        first = first.lstrip("#").strip()
    return first or None


def _optional(value: object) -> str | None:
    """A metadata value as a stripped string, or None when missing or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class _FileReader:
    """Reads one file into documents, noting skips and encodings on the summary."""

    def __init__(self, path: Path, name: str, stem_id: str, summary: CorpusSummary, ids: set[str],
                 max_bytes: int, max_chars: int, dates: DateReader | None = None) -> None:
        self.path, self.name, self.stem_id = path, name, stem_id
        self.summary, self.ids, self.max_bytes, self.max_chars = summary, ids, max_bytes, max_chars
        self.dates = dates or DateReader()
        #: the line being read (for a failure in the middle of a file)
        self.line: int | None = None

    def read_date(self, value: str | None, where: str, origin: str) -> str | None:
        """``value`` as ISO 8601 text (noted as coming from ``origin``), None if blank or bad."""
        date = self.dates.read(value, where) if value is not None else None
        if date is not None:
            self.summary.date_origins[origin] += 1
        return date

    def skip(self, reason: str, line: int | None = None) -> None:
        skipped = Skipped(self.name, reason, line)
        self.summary.skipped.append(skipped)
        warnings.warn(f"skipped {skipped}", CorpusWarning, stacklevel=2)

    def note_encoding(self, encoding: str) -> None:
        if encoding not in ("utf-8", "utf-8-sig"):
            self.summary.encodings.setdefault(self.name, encoding)

    def read(self) -> Iterator[Document]:
        """The file's documents; a file that fails midway keeps the documents read before."""
        try:
            yield from self._read()
        except OSError as err:
            self.skip(self._failure(f"cannot read the file: {err.strerror or err}"))
        except Exception as err:  # noqa: BLE001 (one bad file must not stop the corpus)
            self.skip(self._failure(f"unreadable ({type(err).__name__}: {' '.join(str(err).split())[:200]})"))

    def _failure(self, reason: str) -> str:
        return reason if self.line is None else f"{reason}; stopped at line {self.line}"

    def _open(self) -> io.BufferedReader | None:
        """The file opened for reading, or None (skipped) when it is not a regular file.

        Opened without blocking and checked after opening, so a named pipe or device that took
        the place of a file is never read.
        """
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            self.skip(f"not a regular file ({kind_of(mode)})")
            return None
        return os.fdopen(fd, "rb")

    def _read(self) -> Iterator[Document]:
        suffix = suffix_of(self.path)
        if suffix not in SUFFIXES:
            self.skip(f"unsupported file type {suffix or '(none)'!r}; expected {', '.join(SUFFIXES)}")
            return
        handle = self._open()
        if handle is None:
            return
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if size == 0:
                self.skip("empty file")
                return
            if suffix in BINARY_SUFFIXES:
                yield from self._read_binary_rows(handle, suffix)
                return
            sample = handle.read(SNIFF_BYTES)
            encoding = file_encoding(sample)
            why_binary = None if encoding else looks_binary(sample)
            if why_binary:
                self.skip(why_binary)
                return
            if suffix in TEXT_SUFFIXES:
                if size > self.max_bytes:
                    self.skip(f"{_size(size)}, more than the {_size(self.max_bytes)} limit for one text "
                              "file: split it (one article per file, or a JSONL/CSV file with one article "
                              "per row) or pass a larger max_bytes")
                    return
                yield from self._read_text(sample + handle.read(), suffix == ".md")
            else:
                handle.seek(0)
                self.summary.files_read += 1
                yield from self._read_rows(handle, suffix, encoding)

    def _too_long(self, text: str, line: int | None) -> bool:
        if len(text) <= self.max_chars:
            return False
        self.skip(f"{len(text):,} characters, more than the {self.max_chars:,} a document may have "
                  "(kit.pipeline.MAX_LENGTH): split it, e.g. by chapters", line)
        return True

    def _read_text(self, data: bytes, markdown: bool) -> Iterator[Document]:
        text, encoding = decode(data)
        text = normalise_newlines(text)
        if not text.strip():
            self.skip("no text (only white space)")
            return
        front = split_front_matter(text)
        if not front.body.strip():
            self.skip("no text after the front matter")
            return
        if self._too_long(front.body, None):
            return
        self.summary.files_read += 1
        self.note_encoding(encoding)
        if front.problem:
            self.summary.bad_front_matter.append(Skipped(self.name, front.problem))
        meta = {name: front.fields.get(name) for name in ("title", "source", "url")}
        date = self.read_date(front.fields.get("date"), self.name, "front matter")
        if date is None and "date" not in front.fields:
            date = self.read_date(date_from_name(self.path.stem), self.name, "file name")
        doc_id = self.unique_id(front.fields.get("id") or self.stem_id, self.stem_id, None)
        yield Document(id=doc_id, text=front.body, title=meta["title"] or _title_of(front.body, markdown),
                       date=date, source=meta["source"], url=meta["url"], path=str(self.path))

    def unique_id(self, wanted: str, fallback: str, line: int | None) -> str:
        """``wanted``, or ``fallback`` (then ``fallback#n``) when taken; renames are noted."""
        doc_id, n = wanted, 1
        while doc_id in self.ids:
            n += 1
            doc_id = fallback if n == 2 and fallback != wanted else f"{fallback}#{n}"
        if doc_id != wanted:
            where = self.name if line is None else f"{self.name}:{line}"
            self.summary.renamed[f"{wanted} ({where})"] = doc_id
        self.ids.add(doc_id)
        return doc_id

    def _lines(self, handle: io.BufferedReader, encoding: str | None) -> Iterator[str]:
        if encoding:  # a byte-order mark: the whole file in that encoding
            self.note_encoding(encoding)
            return io.TextIOWrapper(handle, encoding=encoding, newline="")
        return _decode_lines(handle, self)

    def _read_rows(self, handle: io.BufferedReader, suffix: str, encoding: str | None) -> Iterator[Document]:
        lines = self._lines(handle, encoding)
        rows = self._jsonl_rows(lines) if suffix == ".jsonl" else self._csv_rows(lines)
        yield from self._documents(rows)

    def _documents(self, rows: Iterator[tuple[int, dict]]) -> Iterator[Document]:
        """The documents of numbered rows; a bad row is skipped and listed, never fatal."""
        for line, row in rows:
            self.line = line
            try:
                doc = self._row_document(row, line)
            except Exception as err:  # noqa: BLE001 (one bad row must not stop the file)
                self.skip(f"unreadable row ({type(err).__name__}: {' '.join(str(err).split())[:200]})", line)
                continue
            if doc is not None:
                yield doc

    def _read_binary_rows(self, handle: io.BufferedReader, suffix: str) -> Iterator[Document]:
        """Rows of a gzipped JSONL or a Parquet file. A file that is not one is skipped by
        :meth:`read`; one that breaks midway keeps the rows read before."""
        rows = self._gzip_rows(handle) if suffix == ".jsonl.gz" else self._parquet_rows(handle)
        skips, started = len(self.summary.skipped), False

        def counted() -> Iterator[tuple[int, dict]]:
            nonlocal started
            for item in rows:
                if not started:
                    self.summary.files_read += 1
                    started = True
                yield item

        yield from self._documents(counted())
        if not started and len(self.summary.skipped) == skips:  # else the reason is noted already
            self.skip("no rows")

    def _gzip_rows(self, handle: io.BufferedReader) -> Iterator[tuple[int, dict]]:
        with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
            yield from self._jsonl_rows(_decode_lines(unzipped, self))

    def _parquet_rows(self, handle: io.BufferedReader) -> Iterator[tuple[int, dict]]:
        import pyarrow.parquet as pq  # only for Parquet files

        table = pq.ParquetFile(handle)
        names = table.schema_arrow.names
        if "text" not in names:
            self.skip(f"no 'text' column (columns: {', '.join(names) or 'none'})")
            return
        number = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH):
            for row in batch.to_pylist():
                number += 1
                yield number, row

    def _jsonl_rows(self, lines: Iterable[str]) -> Iterator[tuple[int, dict]]:
        for number, line in enumerate(lines, 1):
            self.line = number
            line = line.lstrip("\ufeff")  # a byte-order mark where files were joined
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                self.skip(f"invalid JSON ({err.msg.removesuffix(' at')} at column {err.colno})", number)
                continue
            except RecursionError:
                self.skip("invalid JSON (nested too deeply)", number)
                continue
            if not isinstance(row, dict):
                self.skip(f"expected a JSON object with a 'text' field, got a {type(row).__name__}", number)
                continue
            yield number, row

    def _csv_rows(self, lines: Iterable[str]) -> Iterator[tuple[int, dict]]:
        if csv.field_size_limit() < self.max_bytes:  # the default (128 KiB) is shorter than an article
            csv.field_size_limit(self.max_bytes)
        lines = iter(lines)
        header_line = next(lines, "")
        delimiter = _delimiter(header_line)
        reader = csv.reader(_chain([header_line], lines), delimiter=delimiter)
        header = [name.strip().lstrip("\ufeff").lower() for name in next(reader, [])]
        if "text" not in header:
            self.summary.files_read -= 1  # counted when opened: it is a skipped file instead
            self.skip(f"no 'text' column (columns: {', '.join(header) or 'none'})")
            return
        line = reader.line_num + 1
        while True:
            self.line = line
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as err:  # e.g. a field longer than the limit: skip that row only
                if reader.line_num + 1 <= line:  # no progress: nothing more can be read
                    self.skip(f"unreadable CSV from here on ({err})", line)
                    return
                self.skip(f"unreadable CSV row ({err})", line)
                line = reader.line_num + 1
                continue
            start, line = line, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                self.skip(f"{len(values)} fields but the header has {len(header)}", start)
                continue
            yield start, dict(zip(header, values))

    def _row_document(self, row: dict, line: int) -> Document | None:
        text = row.get("text")
        if text is None or (isinstance(text, str) and not text.strip()):
            self.skip("missing or empty 'text'", line)
            return None
        if not isinstance(text, str):
            self.skip(f"'text' is a {type(text).__name__}, not a string", line)
            return None
        text, repaired = repair_surrogates(text)
        meta = {}
        for name in FIELDS:
            meta[name], count = repair_surrogates(_optional(row.get(name)))
            repaired += count
        if repaired:
            self.summary.repaired[f"{self.name}:{line}"] = (
                f"replaced {repaired} lone surrogate{'s' * (repaired != 1)} (not valid Unicode) with U+FFFD")
        text = normalise_newlines(text)
        if self._too_long(text, line):
            return None
        meta["date"] = self.read_date(meta["date"], f"{self.name}:{line}", "date field")
        default_id = f"{self.stem_id}:{line}"
        doc_id = self.unique_id(meta.pop("id") or default_id, default_id, line)
        return Document(id=doc_id, text=text, path=str(self.path), **meta)


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def _delimiter(header_line: str) -> str:
    """The CSV delimiter (``,``, ``;`` or tab) that makes a ``text`` column in the header."""
    for delimiter in (",", ";", "\t"):
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        if "text" in (n.strip().lstrip("\ufeff").lower() for n in names):
            return delimiter
    return ","


# --- the folder walk -----------------------------------------------------------------------------


def _files(path: Path, exclude: list[Path], skipped: list[Skipped]) -> tuple[Path, list[Path]]:
    """(root, files) of one path: a folder's visible files, recursively, in name order (entries
    that cannot be read go to ``skipped``), or the file itself."""
    if path.is_dir():
        files, problems = walk(path, exclude)
        skipped += [Skipped(name, reason) for name, reason in problems]
        return path, files
    if path.is_file():
        if suffix_of(path) not in SUFFIXES:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r}; expected {', '.join(SUFFIXES)}")
        return path.parent, [path]
    if path.exists():
        raise CorpusError(f"{path}: not a file or folder ({kind_of(path.stat().st_mode)})")
    raise CorpusError(f"{path}: no such file or folder")


def _stem_ids(named: list[tuple[Path, str]]) -> list[str]:
    """The file stem as id, or the relative path (without, then with suffix) where stems clash."""
    def clashes(keys: list[str]) -> set[str]:
        return {k for k, n in Counter(keys).items() if n > 1}

    def without_suffix(text: str, path: Path) -> str:
        suffix = suffix_of(path)
        return text[:-len(suffix)] if suffix and text.lower().endswith(suffix) else text

    ids = [without_suffix(path.name, path) for path, _ in named]
    repeated = clashes(ids)
    ids = [without_suffix(name, path) if i in repeated else i for i, (path, name) in zip(ids, named)]
    repeated = clashes(ids)
    return [name if i in repeated else i for i, (_, name) in zip(ids, named)]


def iter_corpus(path_or_paths: str | os.PathLike | Iterable[str | os.PathLike], summary: CorpusSummary,
                max_bytes: int = MAX_BYTES, date_format: str | list[str] | None = None,
                dayfirst: bool = True, max_chars: int | None = None,
                exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Document]:
    """The documents :func:`load_corpus` reads, one at a time, in the same order and with the same
    ids; ``summary`` is filled as they are read (complete once the iterator is exhausted)."""
    if max_chars is None:
        from ..pipeline.load import MAX_LENGTH as max_chars
    dates = DateReader(date_format, dayfirst)
    if isinstance(path_or_paths, (str, os.PathLike)):
        path_or_paths = [path_or_paths]
    path_or_paths = list(path_or_paths)
    excluded = [real(p) for p in exclude]
    named: list[tuple[Path, str]] = []
    for given in path_or_paths:
        walk_skipped: list[Skipped] = []
        root, files = _files(Path(given), excluded, walk_skipped)
        named += [(f, f.relative_to(root).as_posix()) for f in files]
        for skipped in walk_skipped:
            summary.skipped.append(skipped)
            warnings.warn(f"skipped {skipped}", CorpusWarning, stacklevel=3)
    if not named and not summary.skipped:
        raise CorpusError(f"no files found in {', '.join(map(str, path_or_paths))}")
    ids: set[str] = set()
    for (path, name), stem_id in zip(named, _stem_ids(named)):
        reader = _FileReader(path, name, stem_id, summary, ids, max_bytes, max_chars, dates)
        for doc in reader.read():
            summary.documents += 1
            summary.undated += doc.date is None
            yield doc
    summary.bad_dates = dates.bad
    if dates.bad:
        warnings.warn(f"{len(dates.bad)} date(s) not understood, e.g. {dates.bad[0]}; the documents are kept "
                      "without a date (all listed in corpus.summary.bad_dates)", CorpusWarning, stacklevel=3)


def load_corpus(path_or_paths: str | os.PathLike | Iterable[str | os.PathLike],
                max_bytes: int = MAX_BYTES, date_format: str | list[str] | None = None,
                dayfirst: bool = True, max_chars: int | None = None,
                exclude: Iterable[str | os.PathLike] = ()) -> Corpus:
    """Read the articles in a folder (recursively), a file, or a list of folders and files.

    Hidden files and folders (``.name``, ``_name``) are ignored. See the module docstring for
    formats, encodings and ids; ``corpus.summary`` says what was read and skipped.

    ``date_format``: read dates that are not ISO 8601 only with this ``strftime`` format (or
    these formats), e.g. ``"%d/%m/%Y"`` or ``"%d %B %Y"`` (month names in Italian or English);
    ``dayfirst=False`` reads ``03/12/2024`` as 12 March. Dates not understood are listed in
    ``corpus.summary.bad_dates`` (and announced with one :class:`CorpusWarning`).
    ``max_chars``: longest document kept (default ``kit.pipeline.MAX_LENGTH``, what
    ``kit.analyze`` accepts); ``exclude``: files or folders to leave out of a folder's walk (e.g.
    the output folder of a report written inside its input folder), listed as skipped.
    """
    summary = CorpusSummary()
    documents = list(iter_corpus(path_or_paths, summary, max_bytes, date_format, dayfirst, max_chars, exclude))
    return Corpus(documents, summary)
