"""A learned second opinion on short quote-marked fragments: the speaker's words or not?

The rules call a marked fragment *mixed* (the speaker's own words inside reported syntax: *ha
definito "inaccettabile" la proposta*) when a cue governs it, and *other* (a title, a name, a
scare quote: *il cosiddetto "decreto sicurezza"*) when none does or when it looks like a name.
On real news that decision is the one the rules get wrong most often among marked passages
(*ha rivolto uno «stronzo» al conduttore* is the speaker's word without a listed cue; *"Monti
bond"* inside a reported clause is a name). This model sees the rules' decision as one feature
among others (the kind of quote marks, length, capitals, a verb inside, a speech verb or a
person earlier in the sentence, a naming word before it such as *cosiddetto*) and keeps or
flips it.

A logistic regression trained on the **tune** part of the real-news dev set by ``python -m
kit.train --step fragments``; weights and data card in ``kit/lang/<code>/fragment_kinds.json`` /
``.md``. A fragment it turns into speech gets ``kind = "mixed"`` (``"direct"`` when it is a
sentence of its own: a capital letter and a finite verb) and the speaker of the
reported clause around it, if any (rule ``enclosing``), else none (the speaker ranker then names
one); one it turns into *other* loses cue and speaker, as the guidelines say. Either way its
``rule`` ends with ``+fragment-model`` (shown in tooltips and tables).
Without a weights file, with ``kit_quotes``'s ``fragment_model = false`` or without a tagger
(``model="blank"``), the rules decide.
"""

from __future__ import annotations

import math
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Quote
from .base import FinderBase, ShippedModel, norm_word
from .ranker import Ranges

MARKS = {"«": "guillemets", '"': "straight", "“": "curly", "„": "curly"}
TAG = "+fragment-model"
WINDOW = 80  # tokens of the sentence read on each side of a fragment


def foreign_words(words: list[str], g) -> bool:
    """At least three words, one in four of them a foreign function word (the grammar's
    ``foreign_function_words``): *"Red card to trafficking during World Cup"*, not *"il piano
    è pronto"*."""
    n = len(words)
    return n >= 3 and sum(w.lower() in g.foreign_function_words for w in words) >= max(1, n // 4)


def fragment_features(doc: Doc, quote: Quote, finder: FinderBase) -> dict[str, float]:
    """Features of one marked fragment the rules called *mixed* or *other*."""
    ctx = finder.context(doc)
    text = ctx.text
    words = quote.text.split()
    n = len(words)
    f: dict[str, float] = {"bias": 1.0, "rule_mixed": float(quote.kind == "mixed"),
                           "has_cue": float(quote.cue is not None)}
    mark = text[quote.start - 1] if quote.start else ""
    if mark.isspace() and text[max(0, quote.start - 3):quote.start - 1] == '""':
        mark = '"'  # a doubled straight mark spaced from its words (*definito "" il racconto ""*)
    f["mark_" + MARKS.get(mark, "other")] = 1.0
    f["log_words"] = math.log1p(n) / 2
    f["one_word"] = float(n == 1)
    f["short"] = float(n <= 3)
    alpha = [w for w in words if w[:1].isalpha()]
    f["all_title"] = float(bool(alpha) and all(w[:1].isupper() for w in alpha))
    f["first_upper"] = float(bool(words) and words[0][:1].isupper())
    f["inner_punct"] = float(quote.text.rstrip()[-1:] in (".", "!", "?"))
    f["foreign"] = float(foreign_words(words, finder.g))
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return f
    f["has_entity"] = float(bool(ctx.ents_in_chars(quote.start, quote.end)))
    f["has_verb"] = float(any(t.pos_ in ("VERB", "AUX") for t in span))
    f["has_finite"] = float(any("Fin" in t.morph.get("VerbForm") for t in span))
    f["first_pos_" + (span[0].pos_ or "X")] = 1.0
    before = span.start - 2  # the word before the opening mark
    if before >= 0 and doc[before].text == doc[before + 1].text == '"' and doc[before].idx + 1 == doc[before + 1].idx:
        before -= 1  # (before both marks of a doubled one)
    prev = doc[before] if before >= 0 else None
    f["naming_before"] = float(prev is not None and norm_word(prev) in finder.g.naming_words)
    f["det_before"] = float(prev is not None and prev.pos_ in ("DET", "ADP"))
    sent = ctx.sent(span.start)
    # the sentence, at most WINDOW tokens on each side (a hostile text may be one long sentence
    # holding thousands of marks: the work per fragment stays bounded)
    lo, hi = max(sent.start, span.start - WINDOW), min(sent.end, span.end + WINDOW)
    verbs = finder.single_verbs
    f["speech_in_sentence"] = float(any(
        finder.lemmas(t) & verbs for t in doc[lo:hi]
        if t.pos_ in ("VERB", "AUX", "NOUN") and not span.start <= t.i < span.end))
    f["speech_before"] = float(any(finder.lemmas(t) & verbs for t in doc[lo:span.start]
                                   if t.pos_ in ("VERB", "AUX")))
    f["person_before"] = float(any(e.label_ == "PER" and e.end <= span.start
                                   for e in ctx.ents_in_tokens(lo, span.start)))
    f["sentence_start"] = float(span.start - 1 <= sent.start)
    return f


class FragmentModel(ShippedModel):
    """P(the fragment is the speaker's words) from a logistic regression."""

    FILE = "fragment_kinds.json"  # the weights, in kit/lang/<code>/

    def __init__(self, weights: dict[str, float], meta: dict | None = None, margin: float | None = None) -> None:
        self.weights = weights
        self.meta = meta or {}
        #: how far from 0.5 the probability must be to overturn the rules (chosen by
        #: cross-validation when the model is trained)
        self.margin = float(self.meta.get("margin", 0.0)) if margin is None else margin

    def decide(self, features: dict[str, float], rule_says_speech: bool) -> bool:
        """Whether the fragment is the speaker's words: the rules' answer unless the model is
        sure enough of the other one."""
        p = self.probability(features)
        return p >= 0.5 - self.margin if rule_says_speech else p > 0.5 + self.margin

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def relabel(self, doc: Doc, quotes: list[Quote], finder: FinderBase) -> list[Quote]:
        """``quotes`` with the model's kind where it disagrees with the rules. Only on a tagged
        Doc: the model learned from the shipped tagger's parts of speech, and without them
        (the rule-based ``model="blank"``) its features mean something else."""
        if not finder.context(doc).has_pos:
            return quotes
        out = []
        # reported clauses with a speaker, to find the one around a fragment by bisection
        clauses = sorted((q for q in quotes if q.kind == "indirect" and q.speaker), key=lambda q: (q.start, q.end))
        spans = Ranges([(q.start, q.end) for q in clauses])
        for quote in quotes:
            if quote.kind not in ("mixed", "other"):
                out.append(quote)
                continue
            features = fragment_features(doc, quote, finder)
            speech = self.decide(features, quote.kind == "mixed")
            if speech and quote.kind == "other":
                around = spans.first_covering(quote.start, quote.end)
                quote = _as_mixed(quote, clauses[around] if around is not None else None, doc, finder)
                if _whole_utterance(features):
                    quote = replace(quote, kind="direct")
            elif not speech and quote.kind == "mixed":
                quote = replace(quote, kind="other", rule=quote.rule + TAG, cue=None, cue_start=None,
                                cue_end=None, speaker=None, speaker_label=None, speaker_mention=None,
                                speaker_start=None, speaker_end=None, speaker_rule="", about=())
            out.append(quote)
        return out


def _whole_utterance(features: dict[str, float]) -> bool:
    """A fragment turned into speech that opens with a capital letter and holds a finite verb,
    not every word capitalised (*ha cominciato a gridare «Me lo portano via»*, *ha detto al
    sindaco: «Ci hanno aiutato i volontari»*): a sentence of its own, the speaker's whole
    utterance (direct), not a piece of a reported clause (*un appello perché «rispettino
    l'accordo»* stays mixed)."""
    return bool(features.get("first_upper") and features.get("has_finite") and not features.get("all_title"))


def _as_mixed(quote: Quote, clause: Quote | None, doc: Doc, finder: FinderBase) -> Quote:
    """A fragment turned into the speaker's words; inside the content of a reported ``clause``
    it is that clause's speaker's (*Dacic ha affermato che la decisione evita «guai
    peggiori»*) and takes its cue and speaker, else the speaker ranker names one."""
    if clause is None:
        return replace(quote, kind="mixed", rule=quote.rule + TAG,
                       about=finder.about(doc, quote.start, quote.end, None))
    return replace(quote, kind="mixed", rule=quote.rule + TAG, cue=clause.cue, cue_start=clause.cue_start,
                   cue_end=clause.cue_end, speaker=clause.speaker, speaker_label=clause.speaker_label,
                   speaker_mention=clause.speaker_mention, speaker_start=clause.speaker_start,
                   speaker_end=clause.speaker_end, speaker_rule="enclosing",
                   about=finder.about(doc, quote.start, quote.end, clause.speaker))
