"""Text and spans -> well-nested HTML, whatever way the spans overlap.

:func:`segment` cuts a text into pieces, each with the spans covering it. :func:`weave` writes the
escaped text with every span's markup: a sweep over the sorted span boundaries keeps the open spans
as a stack of HTML elements, and a span that ends while spans opened after it are still open closes
them first and re-opens them as fragments, so the HTML is always well nested. The work is
O(n log n) in the number of spans (plus the re-opened fragments, which only crossing spans cause).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import NamedTuple

from . import templates as T

#: characters HTML cannot carry (NUL) or UTF-8 cannot encode (lone surrogates)
_UNSAFE_CHARS = re.compile("[\x00\ud800-\udfff]")
#: characters that article text must not carry into HTML as they are
_needs_escape = re.compile("[&<>\"'\n\x00]").search


def segment(
    spans: Sequence[tuple[int, int]], length: int
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut ``range(length)`` into pieces, each with the indices of the spans covering it.

    Spans with ``start >= end`` or outside ``0..length`` are ignored. One sweep over the sorted
    boundaries: O(n log n) plus the size of the output.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (start, end) in enumerate(spans):
        if 0 <= start < end <= length:
            starts.setdefault(start, []).append(i)
            ends.setdefault(end, []).append(i)
    positions = sorted({0, length, *starts, *ends})
    active: set[int] = set()
    pieces: list[tuple[int, int, tuple[int, ...]]] = []
    for pos, nxt in zip(positions, positions[1:]):
        active.difference_update(ends.get(pos, ()))
        active.update(starts.get(pos, ()))
        pieces.append((pos, nxt, tuple(sorted(active))))
    return pieces


class Markup(NamedTuple):
    """A span as HTML: the element's tags, and what goes right after its start / before its end.

    ``rank`` orders spans of equal extent, outermost first (see ``_RANK``).
    """

    start: int
    end: int
    rank: int
    open: str
    close: str
    head: str = ""
    tail: str = ""


def weave(text: str, spans: Sequence[Markup]) -> str:
    """The escaped text with every span's markup, well nested even where spans cross.

    A sweep over the span starts (sorted outermost first) and ends (sorted by position). The open
    elements form a stack; a span that ends below the top closes the elements above it, and these
    are re-opened as fragments (without their head). Spans must be valid (``0 <= start < end``).

    One function on purpose: this loop runs once per span boundary of every article drawn, and
    it is what keeps ``render_html`` at displaCy's speed (``benchmarks/bench_render.py``).
    """
    n, length = len(spans), len(text)
    if not n:
        return _escape_text(text)
    starts, ends, ranks, opens, closes, heads, tails = zip(*spans)
    width = length + 1  # sort key (start, -end, rank, i) packed in one int: no tuples to collect
    keys = [((s * width + width - e) * 4 + r) * n + i
            for i, (s, e, r) in enumerate(zip(starts, ends, ranks))]
    by_start = sorted(range(n), key=keys.__getitem__)
    by_end = sorted(range(n), key=ends.__getitem__)
    done = length + 1  # a sentinel after the last start and the last end
    start_at = [starts[i] for i in by_start] + [done]
    end_at = [ends[i] for i in by_end] + [done]
    where = [0] * n  # position of each open span in the stack
    stack: list[int] = []
    out: list[str] = []
    pos = si = ei = 0
    while True:
        next_start, next_end = start_at[si], end_at[ei]
        boundary = next_start if next_start < next_end else next_end
        if boundary > length:
            boundary = length
        if boundary > pos:
            piece = text[pos:boundary]
            out.append(_escape_text(piece) if _needs_escape(piece) else piece)
            pos = boundary
        if next_end == done:  # every span has ended (so every span has started)
            return "".join(out)
        if next_end == pos and where[by_end[ei]] == len(stack) - 1 and end_at[ei + 1] != pos:
            i = stack.pop()  # the usual case: only the innermost open span ends here
            ei += 1
            out.append(tails[i])
            out.append(closes[i])
        elif next_end == pos:  # close what ends here, and what was opened above it
            cut = len(stack)
            while end_at[ei] == pos:
                cut = min(cut, where[by_end[ei]])
                ei += 1
            survivors = []
            for i in reversed(stack[cut:]):
                if ends[i] == pos:
                    out.append(tails[i])
                else:
                    survivors.append(i)
                out.append(closes[i])
            del stack[cut:]
            for i in reversed(survivors):  # re-open, outermost first, as fragments
                where[i] = len(stack)
                stack.append(i)
                out.append(opens[i])
        while start_at[si] == pos:
            i = by_start[si]
            si += 1
            where[i] = len(stack)
            stack.append(i)
            out.append(opens[i])
            out.append(heads[i])


def clean_text(text: str) -> str:
    """Make the text safe to carry in HTML without changing any offset.

    NUL and lone surrogates become U+FFFD; a lone CR becomes LF and the CR of a CRLF becomes NUL,
    which :func:`_escape_text` drops, so each line break is one ``<br>``.
    """
    text = _UNSAFE_CHARS.sub("\ufffd", text)
    if "\r" in text:
        text = text.replace("\r\n", "\x00\n").replace("\r", "\n")
    return text


def _escape_text(piece: str) -> str:
    """Escape a piece of (cleaned) article text; line breaks become ``<br>``."""
    escaped = html.escape(piece, quote=True)
    if "\n" in piece or "\x00" in piece:
        escaped = escaped.replace("\x00", "").replace("\n", T.TPL_BR)
    return escaped
