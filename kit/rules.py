"""Rule files: read, validate, write (atomically) and turn into spaCy patterns.

A rule file is versioned JSON (``"schema": "kit-rules", "version": 1``). Every problem found
while reading one raises :class:`RuleError` naming the file, the entry and what is wrong, and a
rule file is only ever replaced whole (written to a temporary file, then renamed), with the
previous version kept beside it as ``<name>.bak``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA = "kit-rules"
VERSION = 1

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
#: keys a rule file may have, with their expected JSON types
TOP_LEVEL = {
    "schema": str, "version": int, "lang": str, "description": str, "labels": list,
    "entity_patterns": list, "places": dict, "aliases": dict, "quote_marks": list,
    "speech_verbs": list, "speech_verbs_need_object": dict, "object_speech_verbs": list,
    "lemma_exceptions": dict,
    "source_markers": list,
    "titles": list, "relation_rules": list,
}


class RuleError(ValueError):
    """A rule file or rule entry is invalid; the message names the file and the entry."""

    def __init__(self, message: str, source: str = "<rules>", entry: str = "") -> None:
        self.source, self.entry, self.reason = source, entry, message
        where = f"{source}: {entry}: " if entry else f"{source}: "
        super().__init__(where + message)


@dataclass(frozen=True)
class RuleSet:
    """Everything an analyst can tune, as plain data (the parsed rule file)."""

    lang: str = "it"
    description: str = ""
    labels: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
    entity_patterns: tuple[dict, ...] = ()
    places: dict = field(default_factory=lambda: {"cldr": True, "extra": []})
    aliases: dict = field(default_factory=dict)
    quote_marks: tuple[tuple[str, str], ...] = ()
    speech_verbs: tuple[str, ...] = ()
    speech_verbs_need_object: dict = field(default_factory=dict)
    object_speech_verbs: tuple[str, ...] = ()
    lemma_exceptions: dict = field(default_factory=dict)
    source_markers: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    relation_rules: tuple[dict, ...] = ()
    source: str = field(default="<rules>", compare=False)

    # -- conversions -------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA, "version": VERSION, "lang": self.lang,
            "description": self.description, "labels": list(self.labels),
            "entity_patterns": [dict(p) for p in self.entity_patterns],
            "places": dict(self.places), "aliases": {k: list(v) for k, v in self.aliases.items()},
            "quote_marks": [list(p) for p in self.quote_marks],
            "speech_verbs": list(self.speech_verbs),
            "speech_verbs_need_object": {k: list(v) for k, v in self.speech_verbs_need_object.items()},
            "object_speech_verbs": list(self.object_speech_verbs),
            "lemma_exceptions": dict(self.lemma_exceptions),
            "source_markers": list(self.source_markers), "titles": list(self.titles),
            "relation_rules": [dict(r) for r in self.relation_rules],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def replace(self, **changes: Any) -> RuleSet:
        """A new RuleSet with some fields changed, validated like a file."""
        data = self.to_dict()
        for key, value in changes.items():
            data[key] = value
        return from_dict(data, source=self.source)

    # -- derived views used by the components ------------------------------------------------
    def alias_map(self) -> dict[str, str]:
        """lower-cased variant (’ normalised) -> canonical name."""
        out = {}
        for canonical, variants in self.aliases.items():
            out[normalize(canonical)] = canonical
            for variant in variants:
                out[normalize(variant)] = canonical
        return out

    def __repr__(self) -> str:
        return (f"RuleSet(lang={self.lang!r}, patterns={len(self.entity_patterns)}, "
                f"aliases={len(self.aliases)}, speech_verbs={len(self.speech_verbs)}, "
                f"relation_rules={len(self.relation_rules)}, source={self.source!r})")


def normalize(text: str) -> str:
    """Case- and apostrophe-insensitive key for names and phrases."""
    return " ".join(text.replace("’", "'").replace("`", "'").lower().split())


# -- validation -------------------------------------------------------------------------------
def _fail(msg: str, source: str, entry: str = "") -> None:
    raise RuleError(msg, source, entry)


def _strings(value: Any, source: str, entry: str, allow_empty_list: bool = True) -> tuple[str, ...]:
    if isinstance(value, tuple):
        value = list(value)
    if not isinstance(value, list):
        _fail(f"expected a list of strings, got {type(value).__name__}", source, entry)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            _fail(f"expected a string, got {type(item).__name__} {item!r}", source, f"{entry}[{i}]")
        if not item.strip():
            _fail("empty string", source, f"{entry}[{i}]")
    if not value and not allow_empty_list:
        _fail("must not be empty", source, entry)
    return tuple(value)


def _string_map(value: Any, source: str, entry: str) -> dict[str, str]:
    for key, item in value.items():
        if not isinstance(item, str) or not item.strip() or not key.strip():
            _fail(f"expected a non-empty string for {key!r}", source, f"{entry}[{key!r}]")
    return dict(value)


def validate_token_pattern(pattern: Any, source: str, entry: str) -> None:
    """Check a spaCy Matcher token pattern: known attributes, compilable regexes, not match-all."""
    if not isinstance(pattern, list) or not pattern:
        _fail("a token pattern must be a non-empty list of token dicts", source, entry)
    anchored = False
    for i, tok in enumerate(pattern):
        where = f"{entry}.pattern[{i}]"
        if not isinstance(tok, dict):
            _fail(f"expected a dict per token, got {type(tok).__name__}", source, where)
        for attr, value in tok.items():
            if attr.upper() != attr or attr not in TOKEN_ATTRS:
                _fail(f"unknown token attribute {attr!r} (use e.g. LOWER, TEXT, LEMMA, POS, "
                      "IS_TITLE, OP)", source, where)
            if attr == "OP":
                if not isinstance(value, str) or (value not in OPS and not re.fullmatch(r"\{\d*,?\d*\}", value)):
                    _fail(f"unknown OP {value!r} (use !, ?, +, *)", source, where)
                continue
            if attr == "_":
                _fail("custom attributes ('_') are not supported in entity patterns; use token "
                      "attributes such as LOWER, LEMMA, POS or IS_TITLE", source, where)
            if isinstance(value, dict):
                for pred, arg in value.items():
                    if pred not in PREDICATES:
                        _fail(f"unknown predicate {pred!r} for {attr}", source, where)
                    if pred == "REGEX":
                        try:
                            compiled = re.compile(arg)
                        except (re.error, TypeError) as err:
                            _fail(f"regex {arg!r} does not compile: {err}", source, where)
                        if compiled.fullmatch("") is not None and compiled.pattern in ("", ".*", "^.*$"):
                            continue  # matches everything: not an anchor
                    anchored = True
            elif value in ("", None):
                _fail(f"empty value for {attr}", source, where)
            else:
                anchored = True
    if not anchored:
        _fail("this pattern would match every token; constrain at least one token "
              "(e.g. {\"LOWER\": \"...\"})", source, entry)
    _check_with_matcher(pattern, source, entry)


#: varied tokens: a pattern matching each of them alone matches (nearly) any token
PROBE_WORDS = ["Roma", "12", ",", "la", "CASA", "x-y", "«", "détente", "ok", "Nato"]


def _check_with_matcher(pattern: list, source: str, entry: str) -> None:
    """Let spaCy's Matcher validate the pattern, and refuse one that matches every probe token."""
    from spacy.errors import MatchPatternError
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    vocab = Vocab()
    matcher = Matcher(vocab, validate=True)
    try:
        matcher.add("probe", [pattern])
    except (MatchPatternError, ValueError, TypeError, KeyError) as err:
        detail = " ".join(str(err).split())
        _fail(f"spaCy rejects this token pattern: {detail[:300]}", source, entry)
    doc = Doc(vocab, words=PROBE_WORDS)
    try:
        covered = {start for _, start, end in matcher(doc) if end - start == 1}
    except Exception as err:  # a predicate that fails on real tokens
        _fail(f"this token pattern fails on text: {err}", source, entry)
    if len(covered) == len(PROBE_WORDS):
        _fail("this pattern would match every token; constrain at least one token "
              "(e.g. {\"LOWER\": \"...\"})", source, entry)


def _entity_pattern(item: Any, labels: tuple[str, ...], source: str, entry: str) -> dict:
    if not isinstance(item, dict):
        _fail(f"expected an object with 'label' and 'pattern', got {type(item).__name__}", source, entry)
    unknown = set(item) - {"label", "pattern", "name", "id"}
    if unknown:
        _fail(f"unknown key(s) {sorted(unknown)}; allowed: label, pattern, name, id", source, entry)
    label = item.get("label")
    if not isinstance(label, str) or not label:
        _fail("missing 'label'", source, entry)
    if label not in labels:
        _fail(f"unknown label {label!r}; known labels: {', '.join(labels)} (add it to 'labels')",
              source, entry)
    pattern = item.get("pattern")
    if isinstance(pattern, str):
        if not pattern.strip():
            _fail("empty phrase pattern", source, entry)
    else:
        validate_token_pattern(pattern, source, entry)
    for key in ("name", "id"):
        if key in item and not isinstance(item[key], str):
            _fail(f"{key!r} must be a string", source, entry)
    return dict(item)


def _relation_rule(item: Any, labels: tuple[str, ...], source: str, entry: str) -> dict:
    if not isinstance(item, dict):
        _fail("expected an object", source, entry)
    allowed = {"name", "subject", "verbs", "object", "label"}
    unknown = set(item) - allowed
    if unknown:
        _fail(f"unknown key(s) {sorted(unknown)}; allowed: {', '.join(sorted(allowed))}", source, entry)
    for key in ("name", "label"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            _fail(f"missing or empty {key!r}", source, entry)
    for key in ("subject", "object"):
        values = _strings(item.get(key, []), source, f"{entry}.{key}", allow_empty_list=False)
        bad = [v for v in values if v not in labels]
        if bad:
            _fail(f"unknown label(s) {bad} in {key!r}", source, entry)
    _strings(item.get("verbs", []), source, f"{entry}.verbs", allow_empty_list=False)
    return dict(item)


def _bad_string(value: Any, path: str) -> str | None:
    """Path of the first string that is not valid Unicode text (a lone surrogate), if any."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    items = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, (list, tuple)) else ()
    for key, item in items:
        if isinstance(key, str) and _bad_string(key, path) is not None:
            return f"{path}[{key!r}]" if path else str(key)
        found = _bad_string(item, f"{path}[{key!r}]" if path else str(key))
        if found is not None:
            return found
    return None


def from_dict(data: Any, source: str = "<rules>") -> RuleSet:
    """Validate a parsed rule file and build a RuleSet; raise RuleError on the first problem."""
    if not isinstance(data, Mapping):
        _fail(f"the file must hold a JSON object, got {type(data).__name__}", source)
    bad = _bad_string(data, "")
    if bad is not None:
        _fail("text with a lone surrogate (not valid Unicode): fix or remove it", source, bad)
    if data.get("schema", SCHEMA) != SCHEMA:
        _fail(f"not a kit rule file (schema {data.get('schema')!r}, expected {SCHEMA!r})", source, "schema")
    version = data.get("version", VERSION)
    if version != VERSION:
        _fail(f"unsupported version {version!r}; this kit reads version {VERSION}", source, "version")
    data = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}  # RuleSet fields are tuples
    for key, value in data.items():
        if key not in TOP_LEVEL:
            _fail(f"unknown key; allowed keys: {', '.join(sorted(TOP_LEVEL))}", source, key)
        if not isinstance(value, TOP_LEVEL[key]) or (TOP_LEVEL[key] is int and isinstance(value, bool)):
            _fail(f"expected {TOP_LEVEL[key].__name__}, got {type(value).__name__}", source, key)
    _check_lang(data.get("lang", "it"), bool(dict(data.get("places") or {}).get("cldr", True)), source)
    labels = _strings(data.get("labels", ["PER", "ORG", "LOC", "MISC"]), source, "labels", False)
    patterns = tuple(_entity_pattern(p, labels, source, f"entity_patterns[{i}]")
                     for i, p in enumerate(data.get("entity_patterns", [])))
    aliases = {}
    for canonical, variants in data.get("aliases", {}).items():
        if not canonical.strip():
            _fail("empty canonical name", source, "aliases")
        aliases[canonical] = list(_strings(variants, source, f"aliases[{canonical!r}]"))
    marks = []
    for i, pair in enumerate(data.get("quote_marks", [])):
        if (not isinstance(pair, (list, tuple)) or len(pair) != 2
                or not all(isinstance(m, str) and len(m) == 1 for m in pair)):
            _fail("a quote mark entry must be [open, close], each one character", source, f"quote_marks[{i}]")
        if any(m.isspace() or m.isalnum() for m in pair):
            _fail("a quote mark cannot be a space, a letter or a digit", source, f"quote_marks[{i}]")
        marks.append((pair[0], pair[1]))
    need_object = {}
    for verb, nouns in data.get("speech_verbs_need_object", {}).items():
        need_object[verb] = list(_strings(nouns, source, f"speech_verbs_need_object[{verb!r}]", False))
    places = dict(data.get("places", {"cldr": True, "extra": []}))
    unknown = set(places) - {"cldr", "extra"}
    if unknown:
        _fail(f"unknown key(s) {sorted(unknown)}; allowed: cldr, extra", source, "places")
    if not isinstance(places.get("cldr", True), bool):
        _fail("'cldr' must be true or false", source, "places.cldr")
    places["extra"] = list(_strings(places.get("extra", []), source, "places.extra"))
    return RuleSet(
        lang=data.get("lang", "it"),
        description=data.get("description", ""),
        labels=labels,
        entity_patterns=patterns,
        places=places,
        aliases=aliases,
        quote_marks=tuple(marks),
        speech_verbs=_strings(data.get("speech_verbs", []), source, "speech_verbs"),
        speech_verbs_need_object=need_object,
        object_speech_verbs=_strings(data.get("object_speech_verbs", []), source, "object_speech_verbs"),
        lemma_exceptions=_string_map(data.get("lemma_exceptions", {}), source, "lemma_exceptions"),
        source_markers=_strings(data.get("source_markers", []), source, "source_markers"),
        titles=_strings(data.get("titles", []), source, "titles"),
        relation_rules=tuple(_relation_rule(r, labels, source, f"relation_rules[{i}]")
                             for i, r in enumerate(data.get("relation_rules", []))),
        source=source,
    )


def _check_lang(lang: str, cldr: bool, source: str) -> None:
    import spacy

    try:
        spacy.util.get_lang_class(lang)
    except Exception:
        _fail(f"unknown language {lang!r} (use a spaCy language code such as 'it')", source, "lang")
    if cldr:
        from babel import Locale, UnknownLocaleError

        try:
            Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            _fail(f"CLDR has no place names for {lang!r}; set places.cldr to false", source, "lang")


# -- files ------------------------------------------------------------------------------------
def read_rule_bytes(raw: bytes, source: str) -> RuleSet:
    """Parse and validate the bytes of a rule file; ``source`` names it in errors."""
    if not raw.strip():
        raise RuleError("the rule file is empty", source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise RuleError(f"the rule file is not UTF-8 (byte {err.start})", source) from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise RuleError(f"invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}", source) from err
    except RecursionError as err:
        raise RuleError("invalid JSON: nested too deeply", source) from err
    return from_dict(data, source=source)


@lru_cache(maxsize=8)
def default_rules(lang: str = "it") -> RuleSet:
    """The rules shipped for ``lang`` (package data, read once per process; a RuleSet is a value)."""
    from .lang import rules_file

    found = rules_file(lang)
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

    The rules are validated again (round trip) before anything on disk changes.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to, keep the link
    text = rules.to_json()
    from_dict(json.loads(text), source=str(path))  # never write what we could not read back
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        mode = path.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)  # atomic: readers see the old file or the new one, never half
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
