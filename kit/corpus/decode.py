"""Bytes -> text: byte-order marks, UTF-8, then Windows Latin-1; binary files told apart.

Pure functions over bytes, used by :mod:`kit.corpus.read` for every file and row.
"""

from __future__ import annotations

import codecs

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
