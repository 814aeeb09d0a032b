"""A corpus whose rule layer is re-run incrementally: only what a rule change can affect.

The statistical model is the expensive part of the pipeline; the rule layer is cheap, but on a
large corpus even the rule layer is too slow to re-run on every keystroke of an analyst. So a rule
change is handled in three pure steps:

1. :func:`rule_delta` says which parts of the rules changed (entity patterns, aliases, speech
   verbs, quote marks, relation rules...) and which words, lemmas or characters are involved;
2. :func:`may_affect` decides from a document's :class:`DocIndex` (its words, lemmas and
   characters, computed once) whether the change can touch it; for entity patterns and place
   names the (cheap) entity stage is re-run and its output compared instead;
3. only the documents that may change get the rest of the rule layer again; the others keep
   their Doc objects, so :func:`diff_docs` skips them by identity.

:class:`CachedCorpus` ties the steps together for the rule tuner; :func:`kit.records.diff.diff_docs`
says what an update changed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..components.lemmatizer import lookup_lemma
from ..extensions import RULE_OUTPUTS
from ..pipeline import rule_layer, set_rules
from ..origin import stamp
from ..quotemarks import DEFAULT_PAIRS
from ..records.diff import CorpusDiff, diff_docs
from ..rules import EVERYTHING, INERT, RuleError, RuleSet, normalize, rule_fields

#: the rule-layer component whose output decides whether an entity-rule change touches a doc
ENTITY_STAGE = "kit_entities"
#: per key of a rule file: the first rule-layer component a change re-runs (from the schema)
STAGES = {f.name: f.metadata["stage"] for f in rule_fields()}
#: per key: how a change finds the documents it can touch (from the schema)
REACH = {f.name: f.metadata["reach"] for f in rule_fields()}
#: keys that only change what the entity stage finds (checked by re-running it)
ENTITY_FIELDS = frozenset(name for name, reach in REACH.items() if reach in ("entity_phrases", "entity_stage"))
#: keys that change nothing the pipeline computes
INERT_FIELDS = frozenset(name for name, stage in STAGES.items() if stage == INERT)
#: how often (seconds) a long update reports its progress
PROGRESS_SECONDS = 0.3


# --- 1. what changed in the rules --------------------------------------------------------------
@dataclass(frozen=True)
class RuleDelta:
    """Which parts of a RuleSet changed, and the words each changed part can react to.

    ``everything`` means no shortcut applies (e.g. the language changed): re-run every doc.
    """

    fields: frozenset[str] = frozenset()
    everything: bool = False
    alias_keys: frozenset[str] = frozenset()   # normalised alias keys whose canonical changed
    lemmas: frozenset[str] = frozenset()       # verb lemmas (speech verbs, relation rules)
    words: frozenset[str] = frozenset()        # normalised words (titles, source markers)
    marks: frozenset[str] = frozenset()        # quote mark characters
    #: when only phrase patterns changed: their texts, squashed (see DocIndex.squashed); a doc
    #: without any of them keeps its entities. None: every doc's entity stage must be re-run.
    entity_phrases: frozenset[str] | None = None

    @property
    def empty(self) -> bool:
        """True when the change can affect no document."""
        return not self.everything and not (self.fields - INERT_FIELDS)

    @property
    def entities(self) -> bool:
        """True when the entity stage must be re-run to know which documents change."""
        return bool(self.fields & ENTITY_FIELDS)

    def entities_may_change(self, index: DocIndex) -> bool:
        """Whether the entity stage can give something else on this document."""
        if not self.entities:
            return False
        if self.everything or self.entity_phrases is None:
            return True
        return any(phrase in index.squashed for phrase in self.entity_phrases)


def _effective_marks(rules: RuleSet) -> frozenset[tuple[str, str]]:
    """The quote mark pairs the quote finder really uses (its defaults when the list is empty)."""
    return frozenset(tuple(pair) for pair in (rules.quote_marks or DEFAULT_PAIRS))


def _verb_heads(verbs: Iterable[str]) -> set[str]:
    """The first word of each verb (*fare sapere* -> *fare*), lower-cased."""
    return {verb.split()[0].lower() for verb in verbs if verb.split()}


def _changed_items(old: object, new: object) -> list:
    """What differs between two values of a key: the items of a list found in only one of them,
    or the keys of a mapping whose values differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
    def keys(items: list) -> dict[str, object]:
        return {json.dumps(item, sort_keys=True, ensure_ascii=False): item for item in items}
    before, after = keys(old), keys(new)
    return [item for key, item in {**before, **after}.items() if (key in before) != (key in after)]


def _words(phrases: Iterable[str]) -> set[str]:
    return {word for phrase in phrases for word in normalize(phrase).split()}


#: per reach (see kit.rules.schema.REACHES): (old value, new value, old rules, new rules) ->
#: the RuleDelta parts that say where a change of the key can act
_REACHES: dict[str, Callable[[Any, Any, RuleSet, RuleSet], dict]] = {
    # a verb added or removed (or whose needed objects changed) acts where its lemma occurs
    "verbs": lambda a, b, old, new: {"lemmas": _verb_heads(_changed_items(a, b))},
    # titles, source markers and lemma exceptions act on a token with that form
    "words": lambda a, b, old, new: {"words": _words(_changed_items(a, b))},
    # relation rules act on the verbs of every rule added, removed or edited
    "relation_verbs": lambda a, b, old, new: {
        "lemmas": {lemma for rule in _changed_items(a, b) for lemma in _verb_heads(rule.get("verbs", []))}},
    # quote marks act where their characters occur
    "marks": lambda a, b, old, new: {
        "marks": {char for pair in _effective_marks(old) ^ _effective_marks(new) for char in pair}},
    # an alias acts where a variant (or canonical name) whose canonical changed occurs
    "aliases": lambda a, b, old, new: {"alias_keys": _changed_items(old.alias_map(), new.alias_map())},
    # entity patterns and places: the entity stage is re-run and compared (see entity_phrases)
    "entity_phrases": lambda a, b, old, new: {},
    "entity_stage": lambda a, b, old, new: {},
    "none": lambda a, b, old, new: {},
}


def rule_delta(old: RuleSet, new: RuleSet) -> RuleDelta:
    """What changed from ``old`` to ``new``, with the words, lemmas and marks involved."""
    old_data, new_data = old.to_dict(), new.to_dict()
    fields = frozenset(key for key in STAGES if old_data[key] != new_data[key])
    if any(STAGES[key] == EVERYTHING for key in fields):
        return RuleDelta(fields, everything=True)
    parts: dict[str, set] = {"alias_keys": set(), "lemmas": set(), "words": set(), "marks": set()}
    for key in fields:
        for part, values in _REACHES[REACH[key]](old_data[key], new_data[key], old, new).items():
            parts[part].update(values)
    phrases = None if any(REACH[key] == "entity_stage" for key in fields) else _changed_phrases(old, new)
    return RuleDelta(fields, False, **{part: frozenset(values) for part, values in parts.items()},
                     entity_phrases=phrases)


def _effective_patterns(rules: RuleSet) -> set[str]:
    """Entity patterns as the entity stage sees them: an unnamed pattern is named by its position."""
    return {json.dumps({**p, "name": p.get("name") or f"pattern {i}"}, sort_keys=True, ensure_ascii=False)
            for i, p in enumerate(rules.entity_patterns)}


def _changed_phrases(old: RuleSet, new: RuleSet) -> frozenset[str] | None:
    """The squashed texts of the phrase patterns that changed; None if a token pattern changed."""
    phrases = set()
    for entry in _effective_patterns(old) ^ _effective_patterns(new):
        pattern = json.loads(entry)["pattern"]
        if not isinstance(pattern, str):
            return None
        phrases.add(squash(pattern))
    return frozenset(phrases)


def squash(text: str) -> str:
    """Lower-cased, without white space: a phrase matched on tokens is a substring of the text so."""
    return "".join(text.lower().split())


# --- 2. which documents a change can touch -----------------------------------------------------
@dataclass(frozen=True)
class DocIndex:
    """What a rule can react to in one document, computed once from the model's output."""

    words: frozenset[str]   # normalised token texts
    lemmas: frozenset[str]  # lookup and model lemmas, lower-cased
    text: str               # the normalised text (for multi-word aliases)
    chars: frozenset[str]   # every character of the raw text
    squashed: str = ""      # the text lower-cased without white space (for phrase patterns)

    @classmethod
    def of(cls, doc: Doc) -> DocIndex:
        forms = {token.text for token in doc if not token.is_space}
        words = {form.replace("’", "'").lower() for form in forms} | {normalize(form) for form in forms}
        lang = doc.lang_ or "it"
        lemmas = {lookup_lemma(form, lang) for form in forms}
        lemmas |= {token.lemma_.lower() for token in doc if token.lemma_}
        lemmas |= words
        text = doc.text
        return cls(frozenset(words), frozenset(lemmas), normalize(text), frozenset(text), squash(text))


def may_affect(delta: RuleDelta, index: DocIndex) -> bool:
    """Whether ``delta`` (entity fields aside) can change the rule layer's output on a document.

    Over-approximates: a False is a guarantee, a True only a possibility.
    """
    if delta.everything:
        return True
    # an alias acts where its variant (or canonical name) occurs in the text
    if delta.alias_keys and any(key in index.text for key in delta.alias_keys):
        return True
    # speech verbs and relation rules act on a token with that lemma
    if delta.lemmas & index.lemmas:
        return True
    # titles and source markers act on a token with that form
    if delta.words & index.words:
        return True
    # quote marks act only where the characters occur
    return bool(delta.marks & index.chars)


def entity_signature(doc: Doc) -> tuple:
    """Everything the entity stage hands on: entities, their sources and the names it set."""
    return (
        tuple((e.start_char, e.end_char, e.label_) for e in doc.ents),
        tuple(sorted((doc._.kit_ent_sources or {}).items())),
        tuple(sorted((doc._.kit_canonical_names or {}).items())),
    )


# --- 3. a corpus whose rule layer is re-run incrementally --------------------------------------
#: the first rule-layer component each key feeds; the components after it depend on it
FIRST_STAGE = {name: stage for name, stage in STAGES.items() if stage not in (INERT, EVERYTHING)}


def first_stage(delta: RuleDelta, stages: Sequence[str]) -> int:
    """Index in ``stages`` of the first component a change can affect (0 when unsure)."""
    if delta.everything:
        return 0
    wanted = [FIRST_STAGE.get(f) for f in delta.fields - INERT_FIELDS]
    if any(stage is None or stage not in stages for stage in wanted):
        return 0
    return min((stages.index(stage) for stage in wanted), default=len(stages))


def lean_copy(doc: Doc) -> Doc:
    """The model's output only: a fresh copy without the rule layer's results (cheaper to copy)."""
    copy = doc.copy()  # the rule layer keeps no caches on the Doc (kit.speech.DocContext)
    for name in RULE_OUTPUTS:
        setattr(copy._, name, None)
    return copy


@dataclass(frozen=True)
class CorpusUpdate:
    """The result of applying new rules to a :class:`CachedCorpus`."""

    before: tuple[Doc, ...]
    after: tuple[Doc, ...]
    changed: tuple[int, ...]  # indices of the documents whose rule layer was re-run
    seconds: float

    def diff(self) -> CorpusDiff:
        return diff_docs(self.before, self.after)


class CachedCorpus:
    """Analysed documents whose rule layer is re-run, cheaply, when the rules change.

    ``base`` are Docs that went through the model layer (and possibly the rule layer: the entity
    component keeps the model's own entities aside, so re-running starts from them). They are
    never modified: every run works on a copy. ``nlp`` is given the rules in use.

    A change re-runs the rule layer only on the documents it can touch (see :func:`may_affect`),
    and only from the first component it feeds (a new relation rule re-runs ``kit_relations``
    alone, on a copy of the current output). The components that run later must overwrite what
    they set, never read it back: the tests compare every kind of change with a fresh analysis.
    """

    def __init__(self, base: Sequence[Doc], nlp: Language, rules: RuleSet) -> None:
        if not base:
            raise ValueError("no documents: give at least one analysed Doc or text")
        self.nlp = nlp
        self.base: tuple[Doc, ...] = tuple(lean_copy(doc) for doc in base)
        self.indexes = tuple(DocIndex.of(doc) for doc in self.base)
        self.rules = rules
        _install(nlp, rules)
        runs = [self._run(doc) for doc in self.base]
        self.docs: tuple[Doc, ...] = tuple(doc for doc, _ in runs)
        self.signatures: list[tuple | None] = [sig for _, sig in runs]

    def __len__(self) -> int:
        return len(self.docs)

    def __repr__(self) -> str:
        return f"CachedCorpus({len(self)} docs, {self.rules!r})"

    def _stages(self) -> list[tuple[str, Callable[[Doc], Doc]]]:
        return list(rule_layer(self.nlp))

    def _run(self, doc: Doc, start: int = 0, staged: Doc | None = None) -> tuple[Doc, tuple | None]:
        """The rule layer from component ``start`` on a fresh copy of ``doc``.

        ``staged`` is a copy that already went through the entity stage (it is continued).
        Returns the new Doc and its entity signature (None when the entity stage did not run).
        """
        stages = self._stages()
        copy = staged if staged is not None else doc.copy()
        signature = entity_signature(copy) if staged is not None else None
        for position, (name, proc) in enumerate(stages):
            if position < start or (staged is not None and name == ENTITY_STAGE):
                continue
            copy = proc(copy)
            if name == ENTITY_STAGE:
                signature = entity_signature(copy)
        return stamp(copy, self.nlp), signature

    def _entity_stage(self, doc: Doc) -> Doc | None:
        for name, proc in self._stages():
            if name == ENTITY_STAGE:
                return proc(doc.copy())
        return None

    def update(self, rules: RuleSet, first: int | None = None,
               on_first: Callable[[int, Doc], Any] | None = None,
               on_progress: Callable[[int, int], Any] | None = None) -> CorpusUpdate:
        """Apply ``rules``: re-run the rule layer on the documents they can change.

        Document ``first`` is done first and handed to ``on_first`` (the widgets show it at once);
        ``on_progress(done, total)`` is called now and then on long runs. All or nothing: if the
        pipeline rejects the rules or fails on a document, the previous rules are put back, the
        documents are left as they were, and the error is raised.
        """
        started = time.perf_counter()
        delta = rule_delta(self.rules, rules)
        before = self.docs
        if delta.empty:
            _install(self.nlp, rules, fallback=self.rules)  # same output; the stamp follows the rules
            for doc in before:
                stamp(doc, self.nlp)
            self.rules = rules
            return CorpusUpdate(before, before, (), time.perf_counter() - started)
        old_rules = self.rules
        _install(self.nlp, rules, fallback=old_rules)
        order = list(range(len(self.base)))
        if first is not None and 0 <= first < len(order):
            order.remove(first)
            order.insert(0, first)
        start = first_stage(delta, [name for name, _ in self._stages()])
        after = list(before)
        signatures = list(self.signatures)
        changed = []
        reported = time.perf_counter()
        try:
            for done, i in enumerate(order, start=1):
                doc, signature = self._maybe_run(i, delta, start)
                if doc is not None:
                    after[i] = doc
                    if signature is not None:
                        signatures[i] = signature
                    changed.append(i)
                if i == first and on_first is not None:
                    on_first(i, after[i])
                if on_progress is not None and time.perf_counter() - reported > PROGRESS_SECONDS:
                    on_progress(done, len(order))
                    reported = time.perf_counter()
        except Exception:
            _install(self.nlp, old_rules)
            raise
        for doc in after:  # the documents no rule could change are what the new rules give, too
            stamp(doc, self.nlp)
        self.rules, self.docs, self.signatures = rules, tuple(after), signatures
        return CorpusUpdate(before, self.docs, tuple(sorted(changed)), time.perf_counter() - started)

    def _maybe_run(self, i: int, delta: RuleDelta, start: int) -> tuple[Doc | None, tuple | None]:
        """The new rule-layer output of document ``i``, or (None, None) if it cannot change."""
        if start == 0 and delta.entities_may_change(self.indexes[i]) and not delta.everything:
            staged = self._entity_stage(self.base[i])
            if staged is not None:
                if entity_signature(staged) != self.signatures[i] or may_affect(delta, self.indexes[i]):
                    return self._run(self.base[i], staged=staged)
                return None, None
        if not may_affect(delta, self.indexes[i]):
            return None, None
        if start == 0:
            return self._run(self.base[i])
        # the components before ``start`` would give what they gave: continue from the current output
        return self._run(self.docs[i], start=start)

    def rerun_all(self) -> tuple[Doc, ...]:
        """The rule layer on every document with the current rules, ignoring the shortcuts."""
        _install(self.nlp, self.rules)
        return tuple(self._run(doc)[0] for doc in self.base)


def _install(nlp: Language, rules: RuleSet, fallback: RuleSet | None = None) -> None:
    """Give the pipeline ``rules``; if it rejects them, put ``fallback`` back and say why."""
    try:
        set_rules(nlp, rules)
    except RuleError:
        if fallback is not None:
            set_rules(nlp, fallback)
        raise
    except Exception as err:  # e.g. spaCy's Matcher refusing a token pattern
        if fallback is not None:
            set_rules(nlp, fallback)
        raise RuleError(f"the pipeline rejected the rules: {err}") from err
