"""Bytes -> text: byte-order marks, UTF-8, then Windows Latin-1; binary files told apart.

Pure functions over bytes, used by :mod:`kit.corpus.read` for every file and row. Lines end at
``\n``, ``\r\n`` or a lone ``\r`` (:func:`byte_lines`); a byte-order mark at the start of a
line (files joined with ``cat``) is dropped; lone surrogates (``\ud800`` escapes in JSON) are
replaced by U+FFFD (:func:`repair_surrogates`).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator

#: bytes looked at to tell text from binary
SNIFF_BYTES = 8192
#: share of control characters (other than tab, new line, carriage return, form feed) above
#: which a file counts as binary
MAX_CONTROL_RATIO = 0.05
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}
#: byte-order marks, longest first (the UTF-32 LE mark starts like the UTF-16 LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(sample: bytes) -> str | None:
    """Why ``sample`` (the start of a file without a byte-order mark) is not text, or None."""
    if b"\x00" in sample:
        return "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)"
    if sample:
        controls = sum(byte in _CONTROL for byte in sample)
        if controls / len(sample) > MAX_CONTROL_RATIO:
            return f"binary file ({controls} control characters in the first {len(sample)} bytes)"
    return None


def bom_encoding(sample: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``sample``, or None."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    return None


def file_encoding(sample: bytes) -> str | None:
    """The encoding a file's byte-order mark announces, when the bytes after it agree.

    A UTF-16/32 mark followed by bytes without any NUL is not believed: text in those encodings
    always has NUL bytes (spaces, digits and punctuation are below U+0100), so the file is a
    UTF-8 or Latin-1 file whose first row starts with stray mark bytes, read line by line.
    """
    encoding = bom_encoding(sample)
    if encoding in ("utf-16", "utf-32") and len(sample) > 4 and b"\x00" not in sample[4:]:
        return None
    return encoding


def decode(data: bytes) -> tuple[str, str]:
    """``data`` as text and the encoding used: BOM, else UTF-8, else cp1252, else latin-1."""
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81 0x8d 0x8f 0x90 0x9d: undefined in cp1252
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` as ``\\n``, as ``open()`` reads text (offsets match ``read_text``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: byte-order marks found at the start of a line where files were joined (dropped: they are no text)
_STRAY_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_line(raw: bytes) -> tuple[str, str]:
    """One line (without a byte-order mark's guidance: inside a file it is none) as UTF-8, else
    cp1252, else latin-1; a stray mark at its start is dropped. Returns (text, encoding)."""
    for bom in _STRAY_BOMS:
        if raw.startswith(bom):
            raw = raw[len(bom):]
            break
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def byte_lines(handle: io.BufferedReader) -> Iterator[bytes]:
    """The lines of a byte stream, endings kept: ``\n``, ``\r\n`` or a lone ``\r`` (old Mac
    files). A latin-1 text layer (one character per byte, universal new lines) splits them and
    gives each line's bytes back unchanged."""
    for line in io.TextIOWrapper(handle, encoding="latin-1", newline=""):
        yield line.encode("latin-1")


_SURROGATE = re.compile("[\ud800-\udfff]")


def repair_surrogates(value: object) -> tuple[object, int]:
    """``value`` (when a string) with lone surrogates replaced by U+FFFD, and how many there were."""
    if not isinstance(value, str):
        return value, 0
    return _SURROGATE.subn("\ufffd", value)
