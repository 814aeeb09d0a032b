"""Validation of rule values: each check takes a value read from a rule file and returns it
parsed, or raises :class:`RuleError` naming the file (``source``), the entry and the problem.

The checks know nothing of the RuleSet: :mod:`kit.rules.schema` says which check reads which key.
Every check has the signature ``(value, source, entry, labels)``, ``labels`` being the entity
labels declared by the file (patterns and relation rules may use only those).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import get_lang_class
from spacy.vocab import Vocab

from .backtrack import catastrophic

#: token attributes an analyst may use in a token pattern (spaCy Matcher syntax)
TOKEN_ATTRS = {
    "ORTH", "TEXT", "LOWER", "LEMMA", "NORM", "POS", "TAG", "MORPH", "DEP", "ENT_TYPE", "SHAPE",
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT",
    "IS_SPACE", "IS_STOP", "IS_SENT_START", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "LENGTH",
    "OP", "PREFIX", "SUFFIX", "ENT_IOB", "ENT_ID", "SPACY", "IS_BRACKET", "IS_QUOTE",
    "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "ENT_KB_ID", "_",  # "_" refused with its own message
}
OPS = {"!", "?", "+", "*", "{"}
PREDICATES = {"REGEX", "IN", "NOT_IN", "==", ">=", "<=", ">", "<", "!=", "FUZZY", "IS_SUBSET",
              "IS_SUPERSET", "INTERSECTS"}
class RuleError(ValueError):
    """A rule file or rule entry is invalid; the message names the file and the entry."""

    def __init__(self, message: str, source: str = "<rules>", entry: str = "") -> None:
        self.source, self.entry, self.reason = source, entry, message
        where = f"{source}: {entry}: " if entry else f"{source}: "
        super().__init__(where + message)


def fail(msg: str, source: str, entry: str = "") -> None:
    raise RuleError(msg, source, entry)


def _strings(value: Any, source: str, entry: str, allow_empty_list: bool = True) -> tuple[str, ...]:
    if isinstance(value, tuple):
        value = list(value)
    if not isinstance(value, list):
        fail(f"expected a list of strings, got {type(value).__name__}", source, entry)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            fail(f"expected a string, got {type(item).__name__} {item!r}", source, f"{entry}[{i}]")
        if not item.strip():
            fail("empty string", source, f"{entry}[{i}]")
    if not value and not allow_empty_list:
        fail("must not be empty", source, entry)
    return tuple(value)


def _string_map(value: Any, source: str, entry: str) -> dict[str, str]:
    for key, item in value.items():
        if not isinstance(item, str) or not item.strip() or not key.strip():
            fail(f"expected a non-empty string for {key!r}", source, f"{entry}[{key!r}]")
    return dict(value)


def validate_token_pattern(pattern: Any, source: str, entry: str) -> None:
    """Check a spaCy Matcher token pattern: known attributes, compilable regexes, not match-all."""
    if not isinstance(pattern, list) or not pattern:
        fail("a token pattern must be a non-empty list of token dicts", source, entry)
    anchored = False
    for i, tok in enumerate(pattern):
        where = f"{entry}.pattern[{i}]"
        if not isinstance(tok, dict):
            fail(f"expected a dict per token, got {type(tok).__name__}", source, where)
        for attr, value in tok.items():
            if attr.upper() != attr or attr not in TOKEN_ATTRS:
                fail(f"unknown token attribute {attr!r} (use e.g. LOWER, TEXT, LEMMA, POS, "
                      "IS_TITLE, OP)", source, where)
            if attr == "OP":
                if not isinstance(value, str) or (value not in OPS and not re.fullmatch(r"\{\d*,?\d*\}", value)):
                    fail(f"unknown OP {value!r} (use !, ?, +, *)", source, where)
                continue
            if attr == "_":
                fail("custom attributes ('_') are not supported in entity patterns; use token "
                      "attributes such as LOWER, LEMMA, POS or IS_TITLE", source, where)
            if isinstance(value, dict):
                for pred, arg in value.items():
                    if pred not in PREDICATES:
                        fail(f"unknown predicate {pred!r} for {attr}", source, where)
                    if pred == "REGEX":
                        try:
                            compiled = re.compile(arg)
                        except (re.error, TypeError) as err:
                            fail(f"regex {arg!r} does not compile: {err}", source, where)
                        slow = catastrophic(arg)
                        if slow:
                            fail(f"regex {arg!r} can take exponential time on some tokens: {slow}; "
                                 "rewrite it without the nested repeat or overlapping alternatives, or "
                                 "make the inner repeat possessive (a++) or atomic ((?>...))", source, where)
                        if compiled.fullmatch("") is not None and compiled.pattern in ("", ".*", "^.*$"):
                            continue  # matches everything: not an anchor
                    anchored = True
            elif value in ("", None):
                fail(f"empty value for {attr}", source, where)
            else:
                anchored = True
    if not anchored:
        fail("this pattern would match every token; constrain at least one token "
              "(e.g. {\"LOWER\": \"...\"})", source, entry)
    _check_with_matcher(pattern, source, entry)


#: varied tokens: a pattern matching each of them alone matches (nearly) any token
PROBE_WORDS = ["Roma", "12", ",", "la", "CASA", "x-y", "«", "détente", "ok", "Nato"]


def _check_with_matcher(pattern: list, source: str, entry: str) -> None:
    """Let spaCy's Matcher validate the pattern, and refuse one that matches every probe token."""
    vocab = Vocab()
    matcher = Matcher(vocab, validate=True)
    try:
        matcher.add("probe", [pattern])
    except (MatchPatternError, ValueError, TypeError, KeyError) as err:
        detail = " ".join(str(err).split())
        fail(f"spaCy rejects this token pattern: {detail[:300]}", source, entry)
    doc = Doc(vocab, words=PROBE_WORDS)
    try:
        covered = {start for _, start, end in matcher(doc) if end - start == 1}
    except Exception as err:  # a predicate that fails on real tokens
        fail(f"this token pattern fails on text: {err}", source, entry)
    if len(covered) == len(PROBE_WORDS):
        fail("this pattern would match every token; constrain at least one token "
              "(e.g. {\"LOWER\": \"...\"})", source, entry)


def _entity_pattern(item: Any, labels: tuple[str, ...], source: str, entry: str) -> dict:
    if not isinstance(item, dict):
        fail(f"expected an object with 'label' and 'pattern', got {type(item).__name__}", source, entry)
    unknown = set(item) - {"label", "pattern", "name", "id", "fill"}
    if unknown:
        fail(f"unknown key(s) {sorted(unknown)}; allowed: label, pattern, name, id, fill", source, entry)
    label = item.get("label")
    if not isinstance(label, str) or not label:
        fail("missing 'label'", source, entry)
    if label not in labels:
        fail(f"unknown label {label!r}; known labels: {', '.join(labels)} (add it to 'labels')",
              source, entry)
    pattern = item.get("pattern")
    if isinstance(pattern, str):
        if not pattern.strip():
            fail("empty phrase pattern", source, entry)
    else:
        validate_token_pattern(pattern, source, entry)
    for key in ("name", "id"):
        if key in item and not isinstance(item[key], str):
            fail(f"{key!r} must be a string", source, entry)
    if "fill" in item and not isinstance(item["fill"], bool):
        fail("'fill' must be true or false", source, entry)
    return dict(item)


def _relation_rule(item: Any, labels: tuple[str, ...], source: str, entry: str) -> dict:
    if not isinstance(item, dict):
        fail("expected an object", source, entry)
    allowed = {"name", "subject", "verbs", "object", "label"}
    unknown = set(item) - allowed
    if unknown:
        fail(f"unknown key(s) {sorted(unknown)}; allowed: {', '.join(sorted(allowed))}", source, entry)
    for key in ("name", "label"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            fail(f"missing or empty {key!r}", source, entry)
    for key in ("subject", "object"):
        values = _strings(item.get(key, []), source, f"{entry}.{key}", allow_empty_list=False)
        bad = [v for v in values if v not in labels]
        if bad:
            fail(f"unknown label(s) {bad} in {key!r}", source, entry)
    _strings(item.get("verbs", []), source, f"{entry}.verbs", allow_empty_list=False)
    return dict(item)


def bad_string(value: Any, path: str) -> str | None:
    """Path of the first string that is not valid Unicode text (a lone surrogate), if any."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    items = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, (list, tuple)) else ()
    for key, item in items:
        if isinstance(key, str) and bad_string(key, path) is not None:
            return f"{path}[{key!r}]" if path else str(key)
        found = bad_string(item, f"{path}[{key!r}]" if path else str(key))
        if found is not None:
            return found
    return None


def check_lang(lang: str, cldr: bool, source: str) -> None:
    """A language spaCy knows (and CLDR too, when its place names are wanted)."""
    try:
        get_lang_class(lang)
    except Exception:
        fail(f"unknown language {lang!r} (use a spaCy language code such as 'it')", source, "lang")
    if cldr:
        from babel import Locale, UnknownLocaleError  # only when CLDR place names are wanted

        try:
            Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            fail(f"CLDR has no place names for {lang!r}; set places.cldr to false", source, "lang")




# -- one check per key (the schema says which) ------------------------------------------------
def text(value: str, source: str, entry: str, labels: tuple[str, ...]) -> str:
    """A string (its type was checked with the file's keys)."""
    return value


def labels(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    """The entity labels: a non-empty list of strings."""
    return _strings(value, source, entry, allow_empty_list=False)


def strings(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> tuple[str, ...]:
    """A list of non-empty strings."""
    return _strings(value, source, entry)


def string_map(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> dict[str, str]:
    """An object of non-empty strings (form: lemma)."""
    return _string_map(value, source, entry)


def entity_patterns(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> tuple[dict, ...]:
    """Entity patterns, each with a declared label and a phrase or a valid token pattern."""
    return tuple(_entity_pattern(p, labels, source, f"{entry}[{i}]") for i, p in enumerate(value))


def relation_rules(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> tuple[dict, ...]:
    """Relation rules with declared labels and at least one verb."""
    return tuple(_relation_rule(r, labels, source, f"{entry}[{i}]") for i, r in enumerate(value))


def aliases(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> dict[str, list[str]]:
    """Canonical name -> list of variants."""
    out = {}
    for canonical, variants in value.items():
        if not canonical.strip():
            fail("empty canonical name", source, entry)
        out[canonical] = list(_strings(variants, source, f"{entry}[{canonical!r}]"))
    return out


def verb_objects(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> dict[str, list[str]]:
    """Verb -> the objects it needs to introduce speech (a non-empty list)."""
    return {verb: list(_strings(nouns, source, f"{entry}[{verb!r}]", False)) for verb, nouns in value.items()}


def quote_marks(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Pairs of one-character marks that are neither spaces nor letters nor digits."""
    marks = []
    for i, pair in enumerate(value):
        if (not isinstance(pair, (list, tuple)) or len(pair) != 2
                or not all(isinstance(m, str) and len(m) == 1 for m in pair)):
            fail("a quote mark entry must be [open, close], each one character", source, f"{entry}[{i}]")
        if any(m.isspace() or m.isalnum() for m in pair):
            fail("a quote mark cannot be a space, a letter or a digit", source, f"{entry}[{i}]")
        marks.append((pair[0], pair[1]))
    return tuple(marks)


def places(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> dict:
    """``{"cldr": bool, "cities": bool, "extra": [names]}``."""
    out = dict(value)
    unknown = set(out) - {"cldr", "cities", "extra"}
    if unknown:
        fail(f"unknown key(s) {sorted(unknown)}; allowed: cldr, cities, extra", source, entry)
    for key in ("cldr", "cities"):
        if not isinstance(out.get(key, True), bool):
            fail(f"'{key}' must be true or false", source, f"{entry}.{key}")
    out["extra"] = list(_strings(out.get("extra", []), source, f"{entry}.extra"))
    return out


def bodies(value: Any, source: str, entry: str, labels: tuple[str, ...]) -> dict:
    """``{"gazetteer": bool}``."""
    out = dict(value)
    unknown = set(out) - {"gazetteer"}
    if unknown:
        fail(f"unknown key(s) {sorted(unknown)}; allowed: gazetteer", source, entry)
    if not isinstance(out.get("gazetteer", True), bool):
        fail("'gazetteer' must be true or false", source, f"{entry}.gazetteer")
    return {"gazetteer": out.get("gazetteer", True)}
