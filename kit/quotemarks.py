"""Find pairs of quotation marks in raw text, as printed in real news.

Pure functions over a string, so they are tested without a pipeline. The rules:

- a mark can *open* when the next character is not a space and the previous one is a space,
  the start of the text, an opening bracket/dash/colon/another opening mark, or an elision
  apostrophe (*dell'"…"*);
- a mark can *close* when the previous character is not a space and the next one is a space,
  punctuation, another mark or the end of the text;
- pairs come from the rule file (``[open, close]``), so “…“ (an opening mark used to close, as
  in many Italian web articles) and "…” are understood when listed there;
- ’ closes a ‘ only when no letter follows (otherwise it is the apostrophe of ``l’asse``);
- pairs nest: only the outermost pair is a quotation, inner ones are remembered as nested;
- a line break closes nothing: marks left open at the end of a paragraph are unbalanced and
  dropped (they never swallow the rest of the article), except a « or “ right after a colon
  (*ha spiegato: «la ISS è grande…*): the words it opens run to the end of their paragraph, as
  the annotation guidelines read an unclosed quotation; so does a mark that reopens a quotation
  its cue interrupted (*"Sì", dice Rossi, "abbiamo…*), which opens even glued to the words
  around it (*risponde Rossi", che…*, *dice Rossi," è…*), and a mark that opens its paragraph
  (*"Molti non sono riusciti a fuggire.*: a quotation continued into the next paragraphs);
- straight marks spaced inwards (*dell'" angolo di Cabibbo "del*) enclose the words between them;
- a paragraph whose first mark only closes its sentence goes on with a quotation opened before
  it (*…della didattica universitaria". A questa…*): the words from the paragraph's start;
- a straight " between a number and a unit of measure or a group of digits (*dista 42 "km*,
  *70" km da Catania*, *9 "000 abitanti*, *1'39"32*) is a sign of measure, not a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

DEFAULT_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"), ("“", "“"), ("«", "»"), ("„", "“"), ("„", "”"), ("‘", "’"), ('"', '"'), ("‹", "›"),
)
#: every mark of the default pairs (a sentence holding one is left to the quotation rules)
QUOTE_CHARS = frozenset(c for pair in DEFAULT_PAIRS for c in pair)
OPEN_CONTEXT = set(" \t\n\r([{-–—/:;,") | {"\u00a0"}
CLOSE_CONTEXT = set(" \t\n\r)]}.,;:!?…-–—/") | {"\u00a0"}


@dataclass(frozen=True)
class MarkPair:
    """A quotation: marks at ``open`` and ``close``; content is ``text[start:end]`` (trimmed)."""

    open: int
    close: int
    start: int
    end: int
    depth: int
    mark: str


def _can_open(text: str, i: int, marks: set[str]) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    # a mark before a full stop or a comma never opens a quotation (`l'ordine ".`)
    return not nxt.isspace() and nxt not in ".,;:!?" and (prev in OPEN_CONTEXT or prev in marks
                                                          or _after_elision(text, i))


def _after_elision(text: str, i: int) -> bool:
    """The mark follows an elided article or preposition (*dell'"opposizione"*, *l’"accordo"*,
    *un'"attenzione"*): the apostrophe right before it ends a word, so the mark opens."""
    return i >= 2 and text[i - 1] in "'’" and text[i - 2].isalpha()


def _can_close(text: str, i: int, marks: set[str]) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > 0 else " "
    return not prev.isspace() and (nxt in CLOSE_CONTEXT or nxt in marks or not nxt.isalnum())


def find_mark_pairs(text: str, pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
                    units: frozenset[str] = frozenset()) -> list[MarkPair]:
    """All balanced quotation mark pairs of ``text``, outermost first within each position
    (``units``: the language's units of measure, for :func:`measure_sign`)."""
    if '""' not in text:
        return _mark_pairs(text, pairs, units)
    # a straight mark doubled on both sides, spaced inwards (*definito "" il racconto in prosa ""*,
    # a copy of a mark of quotation): read as one mark glued to the words it encloses
    moved, where = _single_doubled(text)
    found = _mark_pairs(moved, pairs, units)
    return [replace(p, open=where.get(p.open, p.open), close=where.get(p.close, p.close)) for p in found]


#: a straight mark doubled (not tripled), its paragraph the text up to a line break
_DOUBLED = re.compile(r'(?<!")""(?!")')


def _single_doubled(text: str) -> tuple[str, dict[int, int]]:
    """``text`` with each doubled straight mark ``""`` of a paragraph that holds an even number
    of them made a single mark glued to the words it encloses (the first of two opens, the second
    closes: ``"" il racconto ""`` becomes ``  "il racconto"  ``), and where each single mark stands
    in ``text`` (the outer mark of the doubled pair: the words before and after the pair are the
    words around the quotation)."""
    chars = list(text)
    where: dict[int, int] = {}
    start = 0
    for paragraph in text.split("\n"):
        doubled = [m.start() + start for m in _DOUBLED.finditer(paragraph)]
        if doubled and len(doubled) % 2 == 0:
            for opener, closer in zip(doubled[::2], doubled[1::2]):
                if not _single_opener(text, opener) or not _single_closer(text, closer):
                    continue
                gap = 1 if text[opener + 2] in " \u00a0" else 0  # `"" il`, `""il`
                chars[opener], chars[opener + 1] = " ", " "
                chars[opener + 1 + gap] = '"'
                where[opener + 1 + gap] = opener
                gap = 1 if text[closer - 1] in " \u00a0" else 0  # `prosa ""`, `prosa""`
                chars[closer], chars[closer + 1] = " ", " "
                chars[closer - gap] = '"'
                where[closer - gap] = closer + 1
        start += len(paragraph) + 1
    return "".join(chars), where


def _single_opener(text: str, i: int) -> bool:
    """The doubled mark at ``i`` opens: a word (after at most one space) follows it, a space or an
    opening context comes before it."""
    prev = text[i - 1] if i > 0 else " "
    k = i + 2 + (1 if text[i + 2:i + 3] in (" ", "\u00a0") else 0)
    return (prev in OPEN_CONTEXT or _after_elision(text, i)) and k < len(text) \
        and not text[k].isspace() and text[k] not in QUOTE_CHARS


def _single_closer(text: str, i: int) -> bool:
    """The doubled mark at ``i`` closes: a word or a stop (after at most one space) comes before
    it, a space or a stop after it."""
    nxt = text[i + 2] if i + 2 < len(text) else " "
    k = i - 1 - (1 if text[i - 1:i] in (" ", "\u00a0") else 0)
    return nxt in CLOSE_CONTEXT and k >= 0 and not text[k].isspace() and text[k] not in QUOTE_CHARS


def _mark_pairs(text: str, pairs: tuple[tuple[str, str], ...], units: frozenset[str]) -> list[MarkPair]:
    """:func:`find_mark_pairs` over a text whose doubled marks were made single."""
    closers: dict[str, set[str]] = {}
    for opener, closer in pairs:
        closers.setdefault(opener, set()).add(closer)
    closing_marks = {c for _, c in pairs}
    marks = set(closers) | closing_marks
    stack: list[tuple[str, int]] = []
    found: list[MarkPair] = []
    skip_to = -1
    reopened: set[int] = set()
    paragraph, first_mark = 0, True
    for i, char in enumerate(text):
        if i <= skip_to:
            continue
        if char == "\n":
            _left_open(text, stack, i, found)
            stack.clear()  # unbalanced marks do not cross paragraphs
            paragraph, first_mark = i + 1, True
            continue
        if char not in marks:
            continue
        if char == "’" and i + 1 < len(text) and text[i + 1].isalpha():
            continue  # apostrophe
        if char == '"' and measure_sign(text, i, units):
            continue  # `dista 42 "km`, `70" km`: a sign of measure
        if first_mark and char in closers.get(char, ()) and _closes_continued(text, paragraph, i, marks):
            # `…della fisica universitaria". A questa…`: the paragraph goes on with a quotation
            # opened before it; its words run from the paragraph's start
            found.append(_continued(text, paragraph, i, char))
            first_mark = False
            continue
        first_mark = False
        if char in closers.get(char, ()) and (not any(m == char for m, _ in stack) or _after_word(text, i)):
            # (after a full stop, `! " Alle`, a spaced mark closes the one left open)
            inward = _inward_close(text, i, char)
            if inward is not None:
                # `sulle " correnti deboli neutre "ottenute`: both marks spaced inwards
                found.append(_pair(text, i, inward, len(stack), char))
                skip_to = inward
                continue
        can_open = char in closers and _can_open(text, i, marks)
        can_close = char in closing_marks and _can_close(text, i, marks)
        if not can_open and not can_close and char in closers.get(char, ()) and stack and stack[-1][0] == char:
            # a straight mark with spaces on both sides (`… l'ordine ". Poi`, `! " Alle`) that
            # cannot open: it closes the same mark left open in this paragraph
            can_close = True
        if can_open and not can_close and _same_straight_open(stack, char, closers) \
                and stack[-1][1] not in reopened and _even_after(text, i, char):
            # `"È un dramma. Stiamo indagando "ha commentato X`: a straight mark does not nest in
            # the same straight mark; with a space before it, it closes the one left open
            can_open, can_close = False, True
        match = _matching_opener(stack, char, closers) if can_close else None
        if match is not None:
            opener, start = stack[match]
            del stack[match:]
            found.append(_pair(text, start, i, len(stack), opener))
        elif can_open or (char in closers and not any(m in closers[char] for m, _ in stack)
                          and _reopens(text, i, found)):
            # (`"il fatto è", risponde X", che…`, `spiega X," è…`: a mark glued to the words
            # around it still reopens the quotation its cue interrupted; a mark like it inside
            # opens a name, `il "Large Volume Detector"`, and does not close it)
            if not can_open:
                reopened.add(i)
            stack.append((char, i))
    _left_open(text, stack, len(text), found)
    found = [p for p in found if p.start < p.end]
    found.sort(key=lambda p: (p.open, -p.close))
    return found


_NUMBER_END = "0123456789¼½¾"
_AFTER_SIGN = re.compile(r"[ \u00a0]?([^\s,;:()\[\]]+)")
_DIGIT_GROUP = re.compile(r"[ \u00a0]?\d{2,3}(?![\d%s])" % "".join(sorted(QUOTE_CHARS)))


def measure_sign(text: str, i: int, units: frozenset[str]) -> bool:
    """The straight mark at ``i`` stands between a number and a unit of measure (*dista 42
    "km da Siracusa, 70" km da Catania*, *a 133 "m s.l.m.*, *un disco da 5 ¼" pollici*) or a
    group of two or three digits (*9 "000 abitanti*, *1'39"32*): an inch or second sign or a
    separator, never a quotation mark (*nel 1994 "Forrest Gump"* is one)."""
    k = i - 1
    if k >= 0 and text[k] in " \u00a0":
        k -= 1
    if k < 0 or text[k] not in _NUMBER_END:
        return False
    if _DIGIT_GROUP.match(text, i + 1):
        return True
    match = _AFTER_SIGN.match(text, i + 1)
    if match is None:
        return False
    word = match.group(1).rstrip(".")
    if word not in units:
        return False
    # (a capital letter alone is a unit before a small word, `20 "A e 250" V`, not in a title,
    # `nel 1982 "A Clockwork…"`)
    rest = text[match.end():match.end() + 2].lstrip(" ")
    return not (len(word) == 1 and word.isupper() and rest[:1].isupper())


def _same_straight_open(stack: list[tuple[str, int]], char: str, closers: dict[str, set[str]]) -> bool:
    """The innermost open mark is ``char`` itself and closes with itself (a straight ``"``)."""
    return bool(stack) and stack[-1][0] == char and char in closers.get(char, ())


def _even_after(text: str, i: int, char: str) -> bool:
    """An even number of ``char`` follows ``i`` in its paragraph: they pair among themselves, so
    the one at ``i`` closes (not a stray mark earlier, `1'39"32`, left open before a quotation)."""
    end = text.find("\n", i)
    return text.count(char, i + 1, len(text) if end == -1 else end) % 2 == 0


#: opening marks whose words, after a colon, run to the end of the paragraph when nothing closes them
SPEECH_OPENERS = ("«", "“")


def _left_open(text: str, stack: list[tuple[str, int]], end: int, found: list[MarkPair]) -> None:
    """The outermost mark left open at ``end`` (a paragraph's end) that opens speech after a
    colon, or reopens a quotation its cue interrupted (*"Sì", dice Rossi, "abbiamo…*): a
    quotation up to ``end``."""
    for mark, start in stack:
        if (mark in SPEECH_OPENERS and _after_colon(text, start) or _reopens(text, start, found)
                or _opens_paragraph(text, start, end)) and not _closed_after(found, start):
            found.append(_pair(text, start, end, 0, mark))
            return


#: opening marks that, first in a paragraph and left open, quote the paragraph to its end
PARAGRAPH_OPENERS = ("«", "“", '"', "„")
#: the fewest words of such a paragraph
PARAGRAPH_QUOTE_WORDS = 4


def _opens_paragraph(text: str, i: int, end: int) -> bool:
    """The mark at ``i`` opens its paragraph and nothing closes it before the paragraph's end
    (``end``), with at least ``PARAGRAPH_QUOTE_WORDS`` words and a sentence's end after them:
    the newspaper's way of quoting over paragraphs, each one opened and only the last one
    closed (*"Molti non hanno fatto in tempo a fuggire.* ↵ *…"*)."""
    if text[i] not in PARAGRAPH_OPENERS or text[text.rfind("\n", 0, i) + 1:i].strip():
        return False
    words = text[i + 1:end].rstrip()
    return len(words.split()) >= PARAGRAPH_QUOTE_WORDS and words[-1:] in ".!?…:"


#: the most words a cue put inside a quotation takes (`"…", dice X, presidente della Y, "…"`)
INSERTED_CUE_WORDS = 20


def _reopens(text: str, i: int, found: list[MarkPair]) -> bool:
    """The mark at ``i`` follows a quotation closed in the same sentence and a comma with the few
    words of its cue (*"quando alla Texas", dice Rossi, "abbiamo…*): it reopens that quotation,
    however it is spaced."""
    last = next((p for p in reversed(found) if p.close < i), None)
    if last is None or last.depth != 0:
        return False
    between = text[last.close + 1:i]
    return (between.lstrip().startswith(",") and not any(c in ".!?;:\n" or c in QUOTE_CHARS for c in between)
            and len(between.split()) <= INSERTED_CUE_WORDS)


_MARKS = "".join(sorted(QUOTE_CHARS))
_INWARD = re.compile(r"\s+[^\s%s.!?][^%s\n.!?]{0,100}?\s+(?=[%s]\w)" % (_MARKS, _MARKS, _MARKS))


#: the fewest words a paragraph holds before the mark that closes a quotation continued into it
CONTINUED_WORDS = 6


def _closes_continued(text: str, paragraph: int, i: int, marks: set[str]) -> bool:
    """The first mark of its paragraph, at ``i``, can only close, and closes its sentence (a
    full stop, the paragraph's end after it: *…universitaria". A questa…*), with at least
    ``CONTINUED_WORDS`` words before it."""
    if _can_open(text, i, marks) or not _can_close(text, i, marks):
        return False
    after = text[i + 1:i + 3].lstrip(" ")
    return after[:1] in ("", ".", "\n") and len(text[paragraph:i].split()) >= CONTINUED_WORDS


def _continued(text: str, paragraph: int, i: int, char: str) -> MarkPair:
    """The quotation continued from before its paragraph, up to the mark at ``i``."""
    start, end = paragraph, i
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkPair(paragraph, i, start, end, 0, char)


def _char_before(text: str, i: int) -> str:
    """The last character before ``i`` that is not a space ("" at the start; without copying
    the text)."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _after_word(text: str, i: int) -> bool:
    """The last character before ``i`` that is not a space ends a word (a letter, a digit, an
    elision apostrophe), not a sentence."""
    prev = _char_before(text, i)
    return prev != "" and (prev.isalnum() or prev in "'’")


def _inward_close(text: str, i: int, char: str) -> int | None:
    """A straight mark with a space after it, at a word boundary (*sulle " correnti deboli
    neutre "ottenute*, *dell'" angolo di Cabibbo "del*): where the same mark closes it, with a
    space before it and a letter after it, in the same sentence; ``None`` otherwise."""
    prev = text[i - 1] if i > 0 else " "
    if not (prev.isspace() or prev in "(" or _after_elision(text, i)):
        return None
    match = _INWARD.match(text, i + 1)
    return match.end() if match and text[match.end()] == char else None


def _after_colon(text: str, i: int) -> bool:
    """The last character before ``i`` that is not a space is a colon."""
    return _char_before(text, i) == ":"


def _closed_after(found: list[MarkPair], start: int) -> bool:
    """A pair found so far (in closing order) opens after ``start``: an unclosed mark there would
    swallow it."""
    for pair in reversed(found):
        if pair.close < start:
            return False
        if pair.open > start:
            return True
    return False


def _matching_opener(stack: list[tuple[str, int]], char: str, closers: dict[str, set[str]]) -> int | None:
    """Index in the stack of the innermost opener that ``char`` can close."""
    for index in range(len(stack) - 1, -1, -1):
        if char in closers.get(stack[index][0], ()):
            return index
    return None


def _pair(text: str, open_: int, close: int, depth: int, mark: str) -> MarkPair:
    start, end = open_ + 1, close
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1  # (a reopening mark glued before the comma: `Olivetti", che…`)
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkPair(open_, close, start, end, depth, mark)


def outermost(pairs: list[MarkPair]) -> list[MarkPair]:
    """Only the pairs that are not inside another pair."""
    result: list[MarkPair] = []
    for pair in sorted(pairs, key=lambda p: (p.open, -p.close)):
        if result and pair.open > result[-1].open and pair.close < result[-1].close:
            continue
        result.append(pair)
    return result


#: the most words between spaced single straight marks taken as a pair
SPACED_SINGLE_WORDS = 8
_SPACED_SINGLE = re.compile(r"(?<!\S)'[ \u00a0]+([^\s'%s][^'\n%s]*?)[ \u00a0]+'(?=[\s.,;:!?)]|$)"
                            % (_MARKS, _MARKS))


def spaced_single_pairs(text: str, found: list[MarkPair]) -> list[MarkPair]:
    """Straight single marks with a space on both sides, around a few words on one line (*Al '
    Benito Stirpe ' di Frosinone*, *un ' Grande amore ' spicca*): a pair, since an apostrophe is
    never spaced on both sides (*l'uomo*, *un po' di*); none inside or across the pairs already
    ``found``."""
    out = []
    for m in _SPACED_SINGLE.finditer(text):
        if len(m.group(1).split()) > SPACED_SINGLE_WORDS:
            continue
        if any(p.open <= m.end() and m.start() <= p.close for p in found):
            continue
        out.append(_pair(text, m.start(), m.end() - 1, 0, "'"))
    return out
