"""The rule schema, declared once: one dataclass field per key of a rule file.

Each field's metadata says what the key holds and what it drives, and everything else is derived
from it: validation and parsing (:func:`from_dict`), serialisation
(:meth:`RuleSet.to_dict`), the first rule-layer component a change must re-run and the words it
can react to (:mod:`kit.corpus.incremental`), and the rule tuner's help texts.

- ``json``: the JSON type of the key in a file (checked before anything else);
- ``check``: ``(value, source, entry, labels) -> parsed value`` (raises RuleError);
- ``stage``: the first rule-layer component whose output a change can alter (it and every later
  component re-run), or :data:`INERT` (changes nothing the pipeline computes) or
  :data:`EVERYTHING` (no shortcut: every document, every component);
- ``reach``: how a change finds the documents it can touch (see :data:`REACHES`);
- ``help``: one sentence for people (the tuner shows it; the README lists the keys).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from typing import Any

from . import validate as v

SCHEMA = "kit-rules"
VERSION = 1
#: stages that are not a component
INERT, EVERYTHING = "inert", "everything"
#: how a changed key finds the documents it can touch (kit.corpus.incremental.rule_delta implements each):
#: ``entity_phrases`` (phrase patterns: documents with the phrase; token patterns: all),
#: ``entity_stage`` (re-run the entity stage everywhere and compare), ``aliases`` (the variants'
#: text), ``verbs`` (the changed verbs' lemmas), ``words`` (the changed phrases' words),
#: ``marks`` (the changed marks' characters), ``relation_verbs`` (the verbs of the changed
#: relation rules), ``none`` (inert or everything)
REACHES = ("entity_phrases", "entity_stage", "aliases", "verbs", "words", "marks", "relation_verbs", "none")


def rule_field(default: Any, *, json_type: type, check, stage: str, reach: str, help: str) -> Any:
    """A RuleSet field with its schema metadata."""
    metadata = {"json": json_type, "check": check, "stage": stage, "reach": reach, "help": help}
    if isinstance(default, (dict, list)):
        return field(default_factory=lambda: json.loads(json.dumps(default)), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class RuleSet:
    """Everything an analyst can tune, as plain data (the parsed rule file).

    A RuleSet is a value: make a changed one with :meth:`replace`, never change one in place.
    """

    lang: str = rule_field(
        "it", json_type=str, check=v.text, stage=EVERYTHING, reach="none",
        help="spaCy language code of the texts (it).")
    description: str = rule_field(
        "", json_type=str, check=v.text, stage=INERT, reach="none",
        help="What these rules are for, in a sentence.")
    labels: tuple[str, ...] = rule_field(
        ("PER", "ORG", "LOC", "MISC"), json_type=list, check=v.labels, stage=INERT, reach="none",
        help="The entity labels patterns and relation rules may use.")
    entity_patterns: tuple[dict, ...] = rule_field(
        (), json_type=list, check=v.entity_patterns, stage="kit_entities", reach="entity_phrases",
        help="Entity patterns: an exact phrase, or a spaCy token pattern in JSON, with a label, a "
             "group name and an optional canonical id. Patterns win over the model's entities; a pattern "
             "with \"fill\": true only fills gaps and relabels a model entity of exactly its words.")
    places: dict = rule_field(
        {"cldr": True, "cities": True, "extra": []}, json_type=dict, check=v.places, stage="kit_entities",
        reach="entity_stage",
        help="Place names that fill gaps: CLDR country and region names (cldr) and extra names; "
             "with cities, a person the model tags that is exactly a town of the language's list "
             "(kit/lang/<code>/cities.txt, GeoNames), and a town it left untagged, is the place, "
             "unless the article names a person with that word or a title stands before it.")
    bodies: dict = rule_field(
        {"gazetteer": True}, json_type=dict, check=v.bodies, stage="kit_entities", reach="entity_stage",
        help="With gazetteer, a person, place or work the model tags that is exactly a body name of the "
             "language's list (kit/lang/<code>/bodies.txt, KIND's ORG gazetteer) is the body, unless it is "
             "a known place, a place after a / in / presso, after a title or its abbreviation, or one word of a "
             "person the article names in full.")
    # read by kit_names (and the speaker finder); kit_names works on what kit_entities hands on,
    # so a change re-runs from kit_entities
    aliases: dict = rule_field(
        {}, json_type=dict, check=v.aliases, stage="kit_entities", reach="aliases",
        help="Aliases: mentions matching a variant (case and apostrophes ignored) get the canonical "
             "name, in tables, charts and quotes.")
    quote_marks: tuple[tuple[str, str], ...] = rule_field(
        (), json_type=list, check=v.quote_marks, stage="kit_quotes", reach="marks",
        help="Quote marks: pairs of quotation marks, one per line; “ “ (an opening mark used to "
             "close) is common in Italian web news. An empty list means the built-in pairs.")
    speech_verbs: tuple[str, ...] = rule_field(
        (), json_type=list, check=v.strings, stage="kit_quotes", reach="verbs",
        help="Speech verbs: the verbs that introduce speech (lemmas: dichiarare, not dichiarato); "
             "two-word cues such as 'far sapere' work too.")
    speech_verbs_need_object: dict = rule_field(
        {}, json_type=dict, check=v.verb_objects, stage="kit_quotes", reach="verbs",
        help="Verbs that introduce speech only with one of these objects (esprimere: preoccupazione).")
    object_speech_verbs: tuple[str, ...] = rule_field(
        (), json_type=list, check=v.strings, stage="kit_quotes", reach="verbs",
        help="Verbs whose object is the reported content (annunciare le dimissioni).")
    lemma_exceptions: dict = rule_field(
        {}, json_type=dict, check=v.string_map, stage="kit_quotes", reach="words",
        help="Word forms and their lemma, where the lemma tables are wrong (form: lemma).")
    source_markers: tuple[str, ...] = rule_field(
        (), json_type=list, check=v.strings, stage="kit_quotes", reach="words",
        help="Words that attribute reported content to a source (secondo, a detta di).")
    # read by the entity stage too (a title before capitalised words makes a person: *il ministro
    # Rossi*), so a change re-runs from kit_entities where its words occur
    titles: tuple[str, ...] = rule_field(
        (), json_type=list, check=v.strings, stage="kit_entities", reach="words",
        help="Titles that make a description a speaker (il portavoce, la premier) and the capitalised "
             "words after them a person (il ministro Rossi).")
    relation_rules: tuple[dict, ...] = rule_field(
        (), json_type=list, check=v.relation_rules, stage="kit_relations", reach="relation_verbs",
        help="Relation rules: subject (label) -[verb lemma]-> object (label), within a sentence.")
    source: str = field(default="<rules>", compare=False)  # where the rules came from (not saved)

    # -- conversions -------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The rule file's content: plain JSON data (lists, dicts, strings)."""
        return {"schema": SCHEMA, "version": VERSION,
                **{f.name: plain(getattr(self, f.name)) for f in rule_fields()}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def replace(self, **changes: Any) -> RuleSet:
        """A new RuleSet with some fields changed, validated like a file."""
        return from_dict({**self.to_dict(), **changes}, source=self.source)

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


def rule_fields() -> tuple[Field, ...]:
    """The fields that are keys of a rule file, in file order."""
    return tuple(f for f in fields(RuleSet) if "stage" in f.metadata)


def field_info(name: str) -> dict:
    """The schema metadata of one key (KeyError for a name that is not a key)."""
    for f in rule_fields():
        if f.name == name:
            return dict(f.metadata)
    raise KeyError(name)


#: the top-level keys of a rule file and their JSON types
TOP_LEVEL: dict[str, type] = {"schema": str, "version": int, **{f.name: f.metadata["json"] for f in rule_fields()}}


def from_dict(data: Any, source: str = "<rules>") -> RuleSet:
    """Validate a parsed rule file and build a RuleSet; raise RuleError on the first problem.

    Missing keys take the field's default; keys are checked in file order, so the entity labels
    are known before the patterns and relation rules that use them.
    """
    if not isinstance(data, Mapping):
        v.fail(f"the file must hold a JSON object, got {type(data).__name__}", source)
    bad = v.bad_string(data, "")
    if bad is not None:
        v.fail("text with a lone surrogate (not valid Unicode): fix or remove it", source, bad)
    if data.get("schema", SCHEMA) != SCHEMA:
        v.fail(f"not a kit rule file (schema {data.get('schema')!r}, expected {SCHEMA!r})", source, "schema")
    version = data.get("version", VERSION)
    if version != VERSION:
        v.fail(f"unsupported version {version!r}; this kit reads version {VERSION}", source, "version")
    data = {k: list(value) if isinstance(value, tuple) else value for k, value in data.items()}
    for key, value in data.items():
        if key not in TOP_LEVEL:
            v.fail(f"unknown key; allowed keys: {', '.join(sorted(TOP_LEVEL))}", source, key)
        expected = TOP_LEVEL[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            v.fail(f"expected {expected.__name__}, got {type(value).__name__}", source, key)
    places = data.get("places") or {}
    v.check_lang(data.get("lang", "it"), bool(places.get("cldr", True)), source)
    parsed: dict[str, Any] = {}
    labels: tuple[str, ...] = ()
    for f in rule_fields():
        value = data[f.name] if f.name in data else plain(_default(f))
        parsed[f.name] = f.metadata["check"](value, source, f.name, labels)
        if f.name == "labels":
            labels = parsed[f.name]
    return RuleSet(**parsed, source=source)


def _default(f: Field) -> Any:
    return f.default_factory() if f.default is MISSING else f.default


def plain(value: Any) -> Any:
    """A field's value as JSON data: tuples as lists, mappings copied, all the way down."""
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def normalize(text: str) -> str:
    """Case- and apostrophe-insensitive key for names and phrases."""
    return " ".join(text.replace("’", "'").replace("`", "'").lower().split())
