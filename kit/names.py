"""Name matching, defined once: when two names are the same person (or organisation).

Two names match when all the words of one are among the words of the other, leaving out the
little words names are made of (articles, prepositions, particles: ``kit/lang/<code>``): *Putin*
and *Vladimir Putin*, *D'Alema* and *Massimo D'Alema*, *Dalla* and *Lucio Dalla*.
The pipeline (canonical names, speakers) and the scorer (:mod:`kit.evaluate`) use this matcher,
so they agree on whether two names are one person.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from .rules import normalize
from .text import fold


@lru_cache(maxsize=8)
def stop_words(lang: str = "it") -> frozenset[str]:
    """The words left out of names in ``lang`` (none for a language without data)."""
    try:
        return importlib.import_module(f"kit.lang.{lang}").NAME_STOP_WORDS
    except (ModuleNotFoundError, AttributeError):
        return frozenset()


#: punctuation around a word of a name (*S.p.a.* and *S.p.a*, *cittadini,* and *cittadini*)
_EDGE_PUNCT = ".,;:()[]\"«»“”"


@lru_cache(maxsize=65536)
def name_words(name: str, lang: str = "it") -> frozenset[str]:
    """The words that identify a name: lower-cased, without diacritics, split at spaces,
    apostrophes and hyphens, stripped of punctuation at their edges, without the language's
    stop words (all of them, when nothing else is left); a capitalised stop word that ends the
    name is a surname and stays (*Lucio Dalla*)."""
    raw = name.replace("'", " ").replace("’", " ").replace("-", " ").split()
    words = [fold(normalize(w).strip(_EDGE_PUNCT)) for w in raw]
    stops = stop_words(lang)
    kept = frozenset(w for k, w in enumerate(words) if w and (
        w not in stops or k == len(words) - 1 and k > 0 and raw[k][:1].isupper()))
    return kept or frozenset(w for w in words if w)


def same_name(a: str | None, b: str | None, lang: str = "it") -> bool:
    """True when all the words of one name are among the words of the other."""
    if not a or not b:
        return False
    wa, wb = name_words(a, lang), name_words(b, lang)
    return bool(wa and wb) and (wa <= wb or wb <= wa)
