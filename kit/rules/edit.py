"""Rule edits: what an analyst types -> rule entries -> a new, validated RuleSet.

The ``parse_*`` functions turn text typed in a box into rule entries (or a :class:`RuleError` with
a message a person can act on), the ``format_*`` functions do the reverse, and the
``with_*``/``without_*`` functions return a new RuleSet (a RuleSet is never changed in place). The
rule tuner (:class:`kit.RuleTuner`) is these functions wired to widgets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .schema import RuleSet
from .validate import RuleError, validate_token_pattern

TOKEN_PATTERN_EXAMPLE = '[{"LOWER": "giunta"}, {"LOWER": "regionale"}]'


def rule_message(err: RuleError) -> str:
    """A RuleError as a sentence; the source is named only when it is a file."""
    where = err.entry
    if err.source not in ("<rules>", "<dict>", "pattern"):
        where = f"{err.source}: {where}" if where else err.source
    return f"{where}: {err.reason}" if where else err.reason


def parse_pattern(text: str) -> str | list[dict]:
    """An entity pattern from a text box: a phrase, or a JSON token pattern (list of token dicts).

    Text starting with ``[`` or ``{`` is read as JSON (one token dict is taken as a one-token
    pattern); anything else is an exact phrase.
    """
    stripped = (text or "").strip()
    if not stripped:
        raise RuleError("empty phrase: type a phrase (e.g. Giunta regionale) or a token pattern "
                        f"(e.g. {TOKEN_PATTERN_EXAMPLE})", "pattern")
    if stripped[0] not in "[{":
        return " ".join(stripped.split())
    try:
        pattern = json.loads(stripped)
    except json.JSONDecodeError as err:
        raise RuleError(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg} "
                        f"(a token pattern looks like {TOKEN_PATTERN_EXAMPLE})", "pattern") from err
    if isinstance(pattern, dict):
        pattern = [pattern]
    if not isinstance(pattern, list):
        raise RuleError(f"a token pattern is a JSON list of token objects, e.g. {TOKEN_PATTERN_EXAMPLE}",
                        "pattern")
    try:
        validate_token_pattern(pattern, "pattern", "")
    except RuleError as err:
        token = re.search(r"pattern\[(\d+)\]", err.entry or "")
        where = f"token {int(token.group(1)) + 1}: " if token else ""
        raise RuleError(f"invalid token pattern: {where}{err.reason}", "pattern") from err
    return pattern


def format_pattern(pattern: str | list) -> str:
    """An entity pattern as the analyst would type it."""
    return pattern if isinstance(pattern, str) else json.dumps(pattern, ensure_ascii=False)


def parse_lines(text: str) -> list[str]:
    """Non-empty lines, stripped, duplicates dropped (first kept)."""
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def parse_names(text: str) -> list[str]:
    """Names separated by new lines or commas, spacing normalised, duplicates dropped."""
    names = (" ".join(part.split()) for line in (text or "").splitlines() for part in line.split(","))
    return list(dict.fromkeys(name for name in names if name))


def parse_quote_marks(text: str) -> list[list[str]]:
    """Quote mark pairs, one per line: the opening and the closing mark (``« »`` or ``«»``)."""
    pairs = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        marks = "".join(line.split())
        if not marks:
            continue
        if len(marks) != 2:
            raise RuleError(f"a quote mark pair is two characters, the opening and the closing mark "
                            f"(e.g. « »); got {line.strip()!r}", "quote marks", f"line {number}")
        if [marks[0], marks[1]] not in pairs:
            pairs.append([marks[0], marks[1]])
    return pairs


def format_quote_marks(pairs: Iterable[Sequence[str]]) -> str:
    return "\n".join(f"{open_} {close}" for open_, close in pairs)


# --- rule edits: RuleSet -> RuleSet (validated) ------------------------------------------------
def _entity_pattern(rules: RuleSet, label: str, text: str, name: str = "") -> dict:
    if label not in rules.labels:
        raise RuleError(f"unknown label {label!r}; known labels: {', '.join(rules.labels)}", "pattern")
    entry: dict[str, Any] = {"label": label, "pattern": parse_pattern(text)}
    if name.strip():
        entry["name"] = name.strip()
    return entry


def with_pattern(rules: RuleSet, label: str, text: str, name: str = "", index: int | None = None) -> RuleSet:
    """Add an entity pattern (or replace pattern ``index``)."""
    entry = _entity_pattern(rules, label, text, name)
    if index is None and entry in rules.entity_patterns:
        raise RuleError(f"this pattern is already in the rules ({label} {format_pattern(entry['pattern'])})",
                        "pattern")
    return _with_entry(rules, "entity_patterns", entry, index, "pattern")


def without_pattern(rules: RuleSet, index: int) -> RuleSet:
    return _without_entry(rules, "entity_patterns", index, "pattern")


def with_alias(rules: RuleSet, canonical: str, variants: str | Iterable[str]) -> RuleSet:
    """Set the variants of a canonical name (``Vladimir Putin`` <- ``Putin, il presidente russo``)."""
    canonical = " ".join((canonical or "").split())
    if not canonical:
        raise RuleError("empty canonical name: type the name the variants should become", "alias")
    names = parse_names(variants) if isinstance(variants, str) else [" ".join(v.split()) for v in variants]
    names = [n for n in names if n and n != canonical]
    if not names:
        raise RuleError(f"no variants for {canonical!r}: type at least one other name, one per line "
                        "or separated by commas", "alias")
    aliases = {k: list(v) for k, v in rules.aliases.items()}
    aliases[canonical] = names
    return rules.replace(aliases=aliases)


def without_alias(rules: RuleSet, canonical: str) -> RuleSet:
    aliases = {k: list(v) for k, v in rules.aliases.items()}
    if canonical not in aliases:
        raise RuleError(f"no alias entry for {canonical!r}", "alias")
    del aliases[canonical]
    return rules.replace(aliases=aliases)


def with_speech_verbs(rules: RuleSet, text: str) -> RuleSet:
    """Replace the speech verbs with the lemmas in ``text`` (one per line)."""
    return rules.replace(speech_verbs=[" ".join(v.lower().split()) for v in parse_lines(text)])


def with_quote_marks(rules: RuleSet, text: str) -> RuleSet:
    return rules.replace(quote_marks=parse_quote_marks(text))


def with_words(rules: RuleSet, key: str, text: str) -> RuleSet:
    """Replace a list of words or phrases (``source_markers``, ``titles``) with the lines of
    ``text`` (lower-cased, spacing normalised)."""
    if key not in ("source_markers", "titles"):
        raise RuleError(f"not a list of words: {key!r}", key)
    return rules.replace(**{key: list(dict.fromkeys(" ".join(w.lower().split()) for w in parse_lines(text)))})


def unmatched_variants(variants: Iterable[str], texts: Iterable[str], names: Iterable[str] = (),
                       n_close: int = 3) -> dict[str, list[str]]:
    """The variants that occur in none of ``texts`` (as whole words, case and ’ ignored), each
    with up to ``n_close`` near-misses among ``names`` (e.g. the corpus's entity mentions), so
    an alias that would change nothing says so."""
    import difflib
    import re

    squashed = [" ".join(t.replace("’", "'").lower().split()) for t in texts]
    out: dict[str, list[str]] = {}
    candidates = sorted(set(names))
    for variant in variants:
        key = " ".join(variant.replace("’", "'").lower().split())
        pattern = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
        if key and not any(pattern.search(t) for t in squashed):
            lowered = {c.lower(): c for c in candidates}
            close = difflib.get_close_matches(key, list(lowered), n=n_close, cutoff=0.6)
            out[variant] = [lowered[c] for c in close]
    return out


def relation_rule(rules: RuleSet, name: str, subject: Iterable[str], verbs: str, obj: Iterable[str],
                  label: str) -> dict:
    """A relation rule from the form's fields, with a message for each missing part."""
    label = " ".join((label or "").split())
    lemmas = list(dict.fromkeys(v.lower() for v in re.split(r"[\s,;]+", verbs or "") if v))
    subject, obj = list(subject), list(obj)
    if not label:
        raise RuleError("empty relation label: type what the relation means (e.g. elogia)", "relation rule")
    if not lemmas:
        raise RuleError("no verbs: type the verb lemmas, separated by commas (e.g. elogiare, lodare)",
                        "relation rule")
    if not subject or not obj:
        raise RuleError("choose at least one subject label and one object label", "relation rule")
    unknown = [label for label in subject + obj if label not in rules.labels]
    if unknown:
        raise RuleError(f"unknown label(s) {unknown}; known labels: {', '.join(rules.labels)}", "relation rule")
    return {"name": " ".join((name or "").split()) or label, "subject": subject, "verbs": lemmas,
            "object": obj, "label": label}


def with_relation_rule(rules: RuleSet, rule: dict, index: int | None = None) -> RuleSet:
    """Add a relation rule (or replace rule ``index``)."""
    return _with_entry(rules, "relation_rules", rule, index, "relation rule")


def without_relation_rule(rules: RuleSet, index: int) -> RuleSet:
    return _without_entry(rules, "relation_rules", index, "relation rule")


def _with_entry(rules: RuleSet, key: str, entry: dict, index: int | None, what: str) -> RuleSet:
    """The rules with ``entry`` added to the list ``key`` (or put at ``index``)."""
    entries = [dict(e) for e in getattr(rules, key)]
    if index is None:
        entries.append(entry)
    else:
        _check_index(index, entries, what)
        entries[index] = entry
    return rules.replace(**{key: entries})


def _without_entry(rules: RuleSet, key: str, index: int, what: str) -> RuleSet:
    """The rules without entry ``index`` of the list ``key``."""
    entries = [dict(e) for e in getattr(rules, key)]
    _check_index(index, entries, what)
    del entries[index]
    return rules.replace(**{key: entries})


def _check_index(index: int | None, items: list, what: str) -> None:
    if index is None or not 0 <= index < len(items):
        raise RuleError(f"select a {what} in the list first", what)
