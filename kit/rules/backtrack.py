"""Find the regular expressions that can backtrack catastrophically (exponential time).

Python's ``re`` backtracks: ``^(a+)+$`` on 28 ``a`` and one ``b`` takes about 20 s, doubling with
each letter, and a rule file's ``REGEX`` runs on every token of every article. Two shapes cause
exponential time, and :func:`catastrophic` finds both in the parsed pattern:

1. **nested quantifiers**: a repeated group (``*``, ``+``, ``{n,}`` or more than
   :data:`MAX_SAFE_REPEAT` times) containing a variable repeat whose characters can also start
   what follows it (the rest of the group, or the group's next round), as in ``(a+)+`` or
   ``(\\w+\\s?)*``; ``(\\d+,)*`` and ``(\\.\\d{3})*`` are fine (a separator, a fixed count);
2. **overlapping alternatives under a repeat**: ``(a|ab|b)+``, ``(\\w|\\d)+``: two branches
   that can start with the same character let the engine split the same text in exponentially
   many ways.

Possessive quantifiers (``a++``) and atomic groups (``(?>...)``) never backtrack into their
content and are accepted. First characters are compared on a probe alphabet (ASCII, Latin-1,
common Italian punctuation), so the check is conservative: it may refuse a harmless pattern,
which can always be rewritten (drop the inner quantifier, or make it possessive). Polynomial
cases (``.*.*.*x``) are not refused: their time is bounded by the token's length.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: a bounded repeat up to this many times is not a "repeated group" for rule 1
MAX_SAFE_REPEAT = 10
_PROBES = "".join(map(chr, range(0x20, 0x7F))) + "".join(map(chr, range(0xA0, 0x100))) + "\t\n«»“”‘’„—–…€"
_ALL = frozenset(_PROBES)
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT}
_POSSESSIVE = getattr(sre, "POSSESSIVE_REPEAT", None)
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: re.compile(r"\d"), sre.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    sre.CATEGORY_SPACE: re.compile(r"\s"), sre.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre.CATEGORY_WORD: re.compile(r"\w"), sre.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


def catastrophic(pattern: str) -> str | None:
    """Why ``pattern`` can take exponential time, or None. Raises ``re.error`` if it does not parse."""
    parsed = sre_parse.parse(pattern)
    return _scan(list(parsed), bool(parsed.state.flags & re.IGNORECASE))


def _is_unbounded(hi: int) -> bool:
    return hi == sre.MAXREPEAT or hi > MAX_SAFE_REPEAT


def _scan(items: list, ignorecase: bool) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, body = av
            body = list(body)
            if _is_unbounded(hi):
                why = _ambiguous_rounds(body, ignorecase) or _overlapping_branches(body, ignorecase)
                if why:
                    return why
            why = _scan(body, ignorecase)
            if why:
                return why
        elif op == _POSSESSIVE or op == _ATOMIC:
            continue  # no backtracking into these
        elif op == sre.SUBPATTERN:
            why = _scan(list(av[-1]), ignorecase)
            if why:
                return why
        elif op == sre.BRANCH:
            for branch in av[1]:
                why = _scan(list(branch), ignorecase)
                if why:
                    return why
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            why = _scan(list(av[1]), ignorecase)
            if why:
                return why
        elif op == sre.GROUPREF_EXISTS:
            for item in av[1:]:
                why = _scan(list(item), ignorecase) if item else None
                if why:
                    return why
    return None


_NESTED = "nested quantifiers (a repeat inside a repeat, as in (a+)+)"
_SINGLE = {sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN}


def _ambiguous_rounds(body: list, ignorecase: bool) -> str | None:
    """Rule 1: a variable repeat in a repeated ``body`` whose characters can also start what
    follows it, so the same text splits into rounds in many ways."""
    seq = _unwrap(body)
    for k, (op, av) in enumerate(seq):
        if op not in _REPEATS:
            if op not in _SINGLE and op != sre.AT and _has_variable_repeat([(op, av)]):
                return _NESTED  # a repeat deeper inside (a branch, a look-around): be safe
            continue
        lo, hi, inner = av
        inner = _unwrap(list(inner))
        if lo == hi:
            if _has_variable_repeat(inner):
                return _NESTED
            continue
        if len(inner) != 1 or inner[0][0] not in _SINGLE:
            return _NESTED
        chars = _first(inner, ignorecase)
        rest = seq[k + 1:]
        follow = set(_first(rest, ignorecase))
        if _width(rest)[0] == 0:  # the rest may be empty: the next round follows
            follow |= _first(seq, ignorecase)
        if chars & follow:
            return _NESTED
    return None


def _has_variable_repeat(items: list) -> bool:
    for op, av in items:
        if op in _REPEATS and av[0] != av[1] and av[1] > 1:
            return True
        if op == sre.SUBPATTERN and _has_variable_repeat(list(av[-1])):
            return True
        if op == sre.BRANCH and any(_has_variable_repeat(list(b)) for b in av[1]):
            return True
        if op in _REPEATS and _has_variable_repeat(list(av[2])):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _has_variable_repeat(list(av[1])):
            return True
    return False


def _width(items: list) -> tuple[int, int]:
    lo, hi = sre_parse.SubPattern(sre_parse.State(), items).getwidth()
    return lo, hi


def _overlapping_branches(body: list, ignorecase: bool) -> str | None:
    """Rule 2: a BRANCH in a repeated ``body`` with two alternatives that can start alike, once
    what follows them (the rest of the body, then the next round) is counted: Python factors
    ``(a|aa)`` into ``a(?:|a)``, whose empty alternative is followed by the next round's ``a``."""
    seq = _unwrap(body)
    for k, (op, av) in enumerate(seq):
        if op != sre.BRANCH:
            continue
        rest = seq[k + 1:]
        starts = []
        for branch in av[1]:
            path = list(branch) + rest
            chars = set(_first(path, ignorecase))
            if _width(path)[0] == 0:
                chars |= _first(seq, ignorecase) | {""}  # "" marks "may match nothing"
            starts.append(chars)
        for i, a in enumerate(starts):
            for b in starts[i + 1:]:
                common = sorted(a & b)
                if common:
                    shown = repr(common[-1]) if common[-1] else "the same (empty) text"
                    return f"alternatives under a repeat that can both start with {shown} (as in (a|aa)+)"
    return None


def _unwrap(body: list) -> list:
    """The items of a body, looking through plain groups."""
    out = []
    for op, av in body:
        if op == sre.SUBPATTERN:
            out.extend(_unwrap(list(av[-1])))
        else:
            out.append((op, av))
    return out


def _first(items: list, ignorecase: bool) -> frozenset[str]:
    """Probe characters a match of ``items`` can start with (zero-width items looked through)."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of(op, av, ignorecase)
        found |= chars
        if not nullable:
            break
    if ignorecase:
        found |= {c.swapcase() for c in found if len(c.swapcase()) == 1}
    return frozenset(found)


def _first_of(op, av, ignorecase: bool) -> tuple[set[str], bool]:
    """(first characters, can it match the empty string) of one item."""
    if op == sre.LITERAL:
        return {chr(av)}, False
    if op == sre.NOT_LITERAL:
        return set(_ALL - {chr(av)}), False
    if op == sre.ANY:
        return set(_ALL), False
    if op == sre.IN:
        return _class_chars(av), False
    if op in _REPEATS or op == _POSSESSIVE:
        lo, hi, body = av
        return set(_first(list(body), ignorecase)), lo == 0 or _width(list(body))[0] == 0
    if op == sre.SUBPATTERN or op == _ATOMIC:
        body = list(av[-1] if op == sre.SUBPATTERN else av)
        return set(_first(body, ignorecase)), _width(body)[0] == 0
    if op == sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars |= _first(list(branch), ignorecase)
            nullable = nullable or _width(list(branch))[0] == 0
        return chars, nullable
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True
    return set(_ALL), False  # back references, conditionals: anything


def _class_chars(items: list) -> set[str]:
    """Probe characters in a character class ``[...]``."""
    negate = False
    chars: set[str] = set()
    for op, av in items:
        if op == sre.NEGATE:
            negate = True
        elif op == sre.LITERAL:
            chars.add(chr(av))
        elif op == sre.RANGE:
            chars |= {c for c in _PROBES if av[0] <= ord(c) <= av[1]}
        elif op == sre.CATEGORY and av in _CATEGORIES:
            chars |= {c for c in _PROBES if _CATEGORIES[av].match(c)}
        else:
            chars |= _ALL
    return set(_ALL - chars) if negate else chars
