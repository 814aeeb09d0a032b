"""Small text helpers shared by modules that must not import each other (the name matcher,
the date reader): no kit imports here."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without its diacritics (*Janukovyč* / *Janukovyċ* -> *Janukovyc*, *Lunedì* ->
    *Lunedi*): one word written two ways is one word."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
