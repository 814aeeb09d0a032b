"""Rule files on disk: read (the shipped ones from the package), coerce what users pass, save.

A rule file is only ever replaced whole (:mod:`kit.atomic`), with the previous version kept
beside it as ``<name>.bak``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .. import lang as lang_data
from ..atomic import write_atomic
from ..text import DuplicateKey, unique_keys
from .schema import RuleSet, from_dict
from .validate import RuleError


def read_rule_bytes(raw: bytes, source: str) -> RuleSet:
    """Parse and validate the bytes of a rule file; ``source`` names it in errors."""
    if not raw.strip():
        raise RuleError("the rule file is empty", source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise RuleError(f"the rule file is not UTF-8 (byte {err.start})", source) from err
    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as err:
        raise RuleError(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", source) from err
    except DuplicateKey as err:
        raise RuleError(str(err), source, err.key) from err
    except RecursionError as err:
        raise RuleError("invalid JSON: nested too deeply", source) from err
    return from_dict(data, source=source)


@lru_cache(maxsize=8)
def default_rules(lang: str = "it") -> RuleSet:
    """The rules shipped for ``lang`` (package data, read once per process; a RuleSet is a value)."""
    found = lang_data.rules_file(lang)
    return read_rule_bytes(found.read_bytes(), str(found))


def load_rules(path: str | os.PathLike | None = None, lang: str = "it") -> RuleSet:
    """Read and validate a rule file (the rules shipped for ``lang`` when ``path`` is None)."""
    if path is None:
        return default_rules(lang)
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise RuleError(f"cannot read the rule file: {err.strerror or err}", source) from err
    return read_rule_bytes(raw, source)


def coerce_rules(rules: RuleSet | str | os.PathLike | Mapping | None, lang: str = "it") -> RuleSet:
    """Normalise what users pass as ``rules=`` (None, a path, a dict or a RuleSet) once."""
    if rules is None:
        return load_rules(None, lang)
    if isinstance(rules, RuleSet):
        return rules
    if isinstance(rules, Mapping):
        return from_dict(rules, source="<dict>")
    return load_rules(rules)


def save_rules(rules: RuleSet, path: str | os.PathLike, backup: bool = True) -> Path:
    """Write a rule file atomically; keep the previous version as ``<path>.bak``.

    The rules are validated again (round trip) before anything on disk changes. A read-only rule
    file is refused (RuleError), never replaced; a failure while writing (OSError) leaves the file
    and its backup as they were.
    """
    text = rules.to_json()
    from_dict(json.loads(text), source=str(path))  # never write what we could not read back
    target = Path(path).resolve() if Path(path).is_symlink() else Path(path)
    if target.is_file() and (not target.stat().st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise RuleError("the rule file is read-only: save to another file, or make it writable first "
                        "(it is left as it is)", str(path))
    return write_atomic(path, text, backup=backup)
