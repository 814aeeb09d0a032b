"""A learned cue model: reported speech after a verb that no word list names.

The rules find reported speech after the verbs of the rule file (``speech_verbs``). Real news
reports with many more (*ha ammesso che…*, *ha rivelato di…*, *ha rassicurato che…*), and a
list never ends. This model gives a second opinion on the verbs the lists leave out: every verb
with a clausal or object complement (``ccomp``, ``xcomp``, ``obj`` in the parse) that heads no
quotation is tried as a cue **with the rules' own span and speaker machinery** (the quotation
component runs its cue rules once more with those lemmas added to the speech verbs:
:func:`kit.components.quotes.unlisted_cue_quotes`), and a logistic regression decides which of
the reported quotations so found are kept. Its features generalise past the words of the tune
part: the lemma, its closeness to the listed speech verbs in the pipeline's subword vectors,
the verb's morphology, the complement (*che*, *di* + infinitive, an object), the speaker the
rules find (a person, a body, none), lengths and quote marks nearby.

A logistic regression trained on the **tune** part of the real-news dev set by ``python -m
kit.train --step cues``, its cross-validation by article in ``kit/lang/<code>/cue_model.md``.
It ships only when the held-out folds give at least two right quotations for each wrong one (at
least ten right); the tune part gives far fewer (see the card), so no weights ship and the
quotation component does not call it: the rules decide alone.
"""

from __future__ import annotations

import math

import numpy as np
from spacy.tokens import Doc, Token

from ..model import Quote
from ..quotemarks import QUOTE_CHARS
from .base import FinderBase, ShippedModel, norm_word

#: the parse's complements that make a verb a candidate cue
COMPLEMENTS = ("ccomp", "xcomp", "obj")
#: hashed buckets of the lemma feature
BUCKETS = 512


def candidate_verbs(doc: Doc, finder: FinderBase) -> dict[str, list[int]]:
    """Lemma -> token indices of the verbs of ``doc`` with a clausal or object complement whose
    lemmas the rule file does not list as speech verbs (nor the grammar's auxiliaries)."""
    out: dict[str, list[int]] = {}
    listed = finder.single_verbs
    aux = finder.g.auxiliaries | finder.g.cue_model_excluded_verbs
    for t in doc:
        if t.pos_ != "VERB" or not t.is_alpha:
            continue
        lemmas = finder.lemmas(t)
        if lemmas & listed or not any(c.dep_ in COMPLEMENTS for c in t.children):
            continue
        lemma = t.lemma_.lower()
        if not lemma.isalpha() or lemma in aux or lemma in listed:
            continue
        out.setdefault(lemma, []).append(t.i)
    return out


def _vector(doc: Doc, word: str) -> np.ndarray | None:
    vocab = doc.vocab
    if not vocab.vectors.shape[0]:
        return None
    v = vocab[word].vector
    n = float(np.linalg.norm(v))
    return None if n == 0 else v / n


_SPEECH_CENTRES: dict[tuple[int, frozenset[str]], np.ndarray | None] = {}


def _speech_matrix(doc: Doc, finder: FinderBase) -> np.ndarray | None:
    """The unit vectors of the listed speech verbs (one row each; cached per vocabulary and verb
    list, so rules with other verbs get their own)."""
    key = (id(doc.vocab.vectors), frozenset(finder.single_verbs))
    if key not in _SPEECH_CENTRES:
        rows = [v for v in (_vector(doc, w) for w in sorted(finder.single_verbs)) if v is not None]
        _SPEECH_CENTRES[key] = np.array(rows) if rows else None
    return _SPEECH_CENTRES[key]


def cue_token(doc: Doc, quote: Quote) -> Token | None:
    """The verb of a candidate quotation's cue (the first verb of its cue span)."""
    if quote.cue_start is None:
        return None
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return next((t for t in span if t.pos_ == "VERB"), span[0])


def cue_features(doc: Doc, quote: Quote, finder: FinderBase) -> dict[str, float]:
    """Features of one reported quotation found after an unlisted verb."""
    f: dict[str, float] = {"bias": 1.0}
    verb = cue_token(doc, quote)
    if verb is None:
        return f
    lemma = verb.lemma_.lower()
    f[f"lemma_{_bucket(lemma)}"] = 1.0
    # found by the cue rules with the verb added to the list, or by the parse's complement alone
    f["source_" + quote.rule.split(":", 1)[0]] = 1.0
    f["listed"] = float(bool(finder.lemmas(verb) & finder.single_verbs))
    v = _vector(doc, lemma)
    speech = _speech_matrix(doc, finder)
    if v is not None and speech is not None:
        sims = speech @ v
        f["speech_sim_max"] = float(sims.max())
        f["speech_sim_top5"] = float(np.sort(sims)[-5:].mean())
        for d, x in enumerate(v):  # the lemma's place among verbs (subword vectors: unseen lemmas too)
            f[f"vec_{d}"] = float(x)
    for key in ("Mood", "Tense", "VerbForm", "Person", "Number"):
        for value in verb.morph.get(key):
            f[f"{key.lower()}_{value}"] = 1.0
    deps = {c.dep_ for c in verb.children}
    for dep in COMPLEMENTS + ("nsubj", "nsubj:pass", "aux:pass", "expl", "obl", "iobj", "advmod"):
        if dep in deps:
            f[f"child_{dep}"] = 1.0
    f["dep_" + verb.dep_.split(":")[0]] = 1.0
    f["negated"] = float(any(norm_word(c) in finder.g.negations for c in verb.children))
    f["reflexive"] = float(any(c.dep_ == "expl" or norm_word(c) in finder.g.reflexive_clitics
                               for c in verb.children if c.i < verb.i))
    ctx = finder.context(doc)
    first = ctx.token_at(quote.start)
    before = norm_word(doc[first - 1]) if 0 < first <= len(doc) else ""
    f["after_che"] = float(before == "che")
    word = norm_word(doc[first]) if 0 <= first < len(doc) else ""
    f["opens_" + (word if word in ("che", "di", "a", "come", "se", "quanto") else "other")] = 1.0
    f["opens_pos_" + (doc[first].pos_ if 0 <= first < len(doc) else "X")] = 1.0
    words = len(quote.text.split())
    f["log_words"] = math.log1p(words) / 2
    gap = quote.start - (quote.cue_end or quote.start)
    f["gap_none"] = float(gap <= 2)
    f["log_gap"] = math.log1p(max(0, gap)) / 3
    f["speaker"] = float(bool(quote.speaker))
    f["speaker_" + (quote.speaker_label or "none")] = 1.0
    rule = (quote.speaker_rule or "none").split("+")[0].split(":")[0]
    f["speaker_rule_" + rule] = 1.0
    sent = ctx.sent(verb.i)
    marks = sum(t.text in QUOTE_CHARS for t in sent)
    f["marks_in_sentence"] = float(marks > 0)
    f["first_person"] = float("1" in verb.morph.get("Person")
                              or any("1" in t.morph.get("Person") for t in verb.children if t.pos_ == "AUX"))
    f["in_question"] = float(sent.text.rstrip().endswith("?"))
    return f


def _bucket(lemma: str) -> int:
    import zlib

    return zlib.crc32(lemma.encode()) % BUCKETS


class CueModel(ShippedModel):
    """P(a reported quotation after an unlisted verb is speech) from a logistic regression."""

    FILE = "cue_model.json"  # the weights, in kit/lang/<code>/

    def __init__(self, weights: dict[str, float], meta: dict | None = None, threshold: float | None = None) -> None:
        self.weights = weights
        self.meta = meta or {}
        #: the probability a candidate needs (chosen by cross-validation when the model is
        #: trained; None when no threshold was good enough: the model then adds nothing)
        self.threshold = self.meta.get("threshold") if threshold is None else threshold

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
