"""Small text helpers shared by modules that must not import each other (the name matcher,
the date reader): no kit imports here."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence


def fold(text: str) -> str:
    """``text`` without its diacritics (*Janukovyč* / *Janukovyċ* -> *Janukovyc*, *Lunedì* ->
    *Lunedi*): one word written two ways is one word."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class DuplicateKey(ValueError):
    """A JSON object that writes one key twice (``key`` says which)."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"the key {key!r} is written twice in one object: JSON would keep the last "
                         "and silently drop the first")


def unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """``object_pairs_hook`` for :func:`json.loads` that refuses a key written twice in one object
    (``{"titles": […], "titles": […]}``: plain JSON keeps the second list and loses the first
    without a word)."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def word_sequences(words: Sequence[str], by_first: Mapping[str, Sequence[tuple[str, ...]]],
                   usable: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the word sequences of ``by_first`` (first word -> its sequences, longest
    first) found in ``words``, left to right and not overlapping; with ``usable``, only where
    ``usable(start, end)`` holds (the longest sequence that is usable at a word wins)."""
    out, i = [], 0
    while i < len(words):
        found = next((len(seq) for seq in by_first.get(words[i], ()) if tuple(words[i:i + len(seq)]) == seq
                      and (usable is None or usable(i, i + len(seq)))), 0)
        if found:
            out.append((i, i + found))
        i += found or 1
    return out
