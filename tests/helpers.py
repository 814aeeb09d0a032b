"""Shared helpers for the unit tests (no trained model needed)."""

from __future__ import annotations

import contextlib
import signal

import kit
from kit.rules import load_rules


def blank_nlp(people=(), orgs=(), **rule_changes):
    """The rule-based pipeline with extra PER/ORG phrase patterns (stands in for the model)."""
    rules = load_rules()
    patterns = list(rules.entity_patterns)
    patterns += [{"label": "PER", "pattern": p, "name": "test people"} for p in people]
    patterns += [{"label": "ORG", "pattern": o, "name": "test orgs"} for o in orgs]
    rules = rules.replace(entity_patterns=patterns, **rule_changes)
    return kit.load(model="blank", rules=rules)


def quotes_of(nlp, text):
    doc = kit.analyze(text, nlp, progress=False)
    return [(q.kind, doc.text[q.start:q.end], q.speaker) for q in doc._.kit_quotes]


def spoken(nlp, text, other: bool = False):
    """(kind, content, speaker) of the quotations ``nlp`` finds in ``text``; *other* ones only
    with ``other``."""
    return [(q.kind, q.text, q.speaker) for q in kit.analyze(text, nlp)._.kit_quotes if other or q.kind != "other"]


def spoken_about(nlp, text):
    """(kind, content, speaker, about) of the quotations ``nlp`` finds in ``text``, *other* ones
    left out: :func:`spoken` and what each is about."""
    return [(q.kind, q.text, q.speaker, list(q.about)) for q in kit.analyze(text, nlp)._.kit_quotes if q.kind != "other"]


@contextlib.contextmanager
def hang_guard(seconds: int = 300):
    """Fail (not hang) when a call runs for ``seconds`` (a FIFO opened for reading, a quadratic
    loop): a guard far above the expected time, not a benchmark."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def stop(signum, frame):
        raise TimeoutError(f"still running after {seconds} s (hang guard)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def news_text(min_chars: int, newline: str = "\n") -> str:
    """Italian news-like text of exactly ``min_chars`` characters (paragraphs of generated articles)."""
    paragraph = ("La ministra Anna Neri ha detto: «Siamo pronti a discutere, ma non a qualsiasi "
                 "condizione». Secondo il sindaco di Torino, i lavori finiranno entro l’anno. "
                 "«Il piano costa 12,5 milioni di euro», ha aggiunto il presidente della Regione. "
                 "Il cosiddetto “bonus bici” divide la maggioranza in Francia e in Italia.")
    text = newline.join([paragraph] * (min_chars // (len(paragraph) + len(newline)) + 1))
    return text[:min_chars]
