"""Language data shipped inside the package (``kit/lang/<code>/``), read with importlib.resources.

Each language folder holds its default rule file (``rules.json``), its grammar
(``grammar.json``), the weights of the small models trained for it (``fragment_kinds.json``,
``speaker_ranker.json``), the town and body names its NER rule layer knows (``cities.txt``, ``bodies.txt``) and, for
Italian, the sample articles (``articles/*.txt``, fictional,
written for the kit). Reading them through
``importlib.resources`` works the same from a source checkout, an installed wheel or a zip.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable

from ..corpus import Corpus, load_corpus


def languages() -> list[str]:
    """The language codes the kit ships default rules for."""
    return sorted(entry.name for entry in files(__name__).iterdir()
                  if entry.is_dir() and entry.joinpath("rules.json").is_file())


def rules_file(lang: str = "it") -> Traversable:
    """The default rule file of ``lang`` (a LookupError naming the shipped languages if none)."""
    found = files(__name__).joinpath(lang, "rules.json")
    if not found.is_file():
        raise LookupError(f"the kit ships no rules for language {lang!r} (it has: "
                          f"{', '.join(languages())}); pass your own rules (a file, a dict or a RuleSet)")
    return found


def _data_text(lang: str, name: str) -> str | None:
    """The text of ``kit/lang/<code>/<name>``, or None when the language has no such file."""
    try:
        return files(__name__).joinpath(lang, name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return None


def _data_lines(lang: str, name: str) -> list[str]:
    """The lines of a list shipped in ``kit/lang/<code>/<name>`` (one entry a line, ``#``
    comments and blank lines left out), stripped; empty when the language has no such file."""
    text = _data_text(lang, name) or ""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def model_weights(lang: str, name: str) -> dict | None:
    """A small model shipped for ``lang`` (``kit/lang/<code>/<name>``: ``{"meta", "weights"}``),
    or None when the language has none."""
    text = _data_text(lang, name)
    return None if text is None else json.loads(text)


@lru_cache(maxsize=8)
def town_names(lang: str) -> frozenset[str]:
    """The town names shipped for ``lang`` (``kit/lang/<code>/cities.txt``, one per line, ``#``
    comments; built by ``python -m kit.train --step cities``), empty when the language has none."""
    return frozenset(_data_lines(lang, "cities.txt"))


@lru_cache(maxsize=8)
def body_names(lang: str) -> frozenset[str]:
    """The body names shipped for ``lang`` (``kit/lang/<code>/bodies.txt``, one per line, ``#``
    comments; built by ``python -m kit.train --step bodies``), each without its spaces (see
    :func:`name_key`), empty when the language has none."""
    return frozenset(name_key(line) for line in _data_lines(lang, "bodies.txt"))


def name_key(text: str) -> str:
    """A name compared without its spaces (*Google Inc .* as a tokenized corpus writes it is
    *Google Inc.*)."""
    return "".join(text.split())


def sample_articles(lang: str = "it") -> Corpus:
    """The sample articles as a :class:`kit.corpus.Corpus` (ten fictional Italian news articles)."""
    folder = files(__name__).joinpath(lang, "articles")
    if not folder.is_dir():
        raise LookupError(f"the kit ships no sample articles for language {lang!r}")
    with as_file(folder) as path:
        return load_corpus(path)
