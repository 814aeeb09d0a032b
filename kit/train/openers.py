"""The Italian ``sentence_openers`` of ``kit/lang/it/grammar.json``, derived from KIND's training
sentences: ``python -m kit.train --step openers``.

A headline without a final full stop often runs into its article on the same line (*Mosca:
consacrata la Cattedrale delle forze armate Due giorni fa il patriarca…*). ``kit_sentences``
starts a sentence at a capitalised word that opens sentences and is almost never capitalised
inside one. Those words are counted here: a word that opens at least ``MIN_STARTS`` training
sentences of KIND (Wikinews, fiction, De Gasperi; train files only) and is capitalised after a
word inside a sentence in at most ``MAX_INSIDE`` of as many cases, and that is written in lower case
inside a sentence too (*Nonostante*, *Ieri*, *Sono*, *Nella*; not *Il*, *La*, *A*, *E*, nor
names). Acronyms and one-letter words are left out, but *È*. The list is data: another
language's grammar file can hold its own.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..atomic import write_atomic

MIN_STARTS = 3
MAX_INSIDE = 0.02
PARTS = ("WN_train", "FIC_train", "ADG_train")
GRAMMAR = Path(__file__).resolve().parents[1] / "lang" / "it" / "grammar.json"


def count_openers(records) -> tuple[Counter, Counter, Counter]:
    """(sentence starts, capitalised after a word inside a sentence, lower-case inside a
    sentence) per word form (the last one keyed by the lower-cased form)."""
    starts: Counter = Counter()
    inside: Counter = Counter()
    lower: Counter = Counter()
    for rec in records:
        tokens = rec["tokens"]
        if not tokens:
            continue
        starts[tokens[0]] += 1
        for prev, tok in zip(tokens, tokens[1:]):
            if tok[:1].isupper() and (prev.isalpha() or prev.isdigit()):
                inside[tok] += 1
            elif tok.islower():
                lower[tok] += 1
    return starts, inside, lower


def sentence_openers(records, min_starts: int = MIN_STARTS, max_inside: float = MAX_INSIDE) -> list[str]:
    """The capitalised words that open at least ``min_starts`` sentences, are capitalised after
    a word in at most ``max_inside`` of as many cases and are written in lower case inside a
    sentence too (a word, not a name: not *Federica*, *Bosetti*)."""
    starts, inside, lower = count_openers(records)
    return sorted(
        word for word, n in starts.items()
        if n >= min_starts and inside[word] <= max_inside * n and word[:1].isupper()
        and (word.isalpha() or word.endswith("'")) and not (word.isupper() and len(word) > 1)
        and (len(word) > 1 or not word.isascii()) and lower[word.lower()] > 0)


def write_openers(data: Path) -> list[str]:
    """Count the openers in ``data``'s KIND training files and write them into the grammar file."""
    records = []
    for part in PARTS:
        path = Path(data) / "kind" / "jsonl" / f"{part}.jsonl"
        with open(path, encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    openers = sentence_openers(records)
    grammar = json.loads(GRAMMAR.read_text(encoding="utf-8"))
    grammar["sentence_openers"] = openers
    write_atomic(GRAMMAR, json.dumps(grammar, ensure_ascii=False, indent=1) + "\n")
    from ..lang.grammar import grammar as read_grammar

    read_grammar.cache_clear()  # (the sentence splitter reads the new list from now on)
    print(f"{len(openers)} sentence openers from {len(records)} KIND training sentences -> {GRAMMAR}")
    return openers


def headline_ends(data: Path, leave_out: Path | None = None) -> dict:
    """How ``kit_sentences`` splits the Wikinews articles rebuilt from KIND, against KIND's own
    sentences: the ends of headlines run into their article that it finds (a sentence whose
    last token is no punctuation, followed by one on the same line) and the sentence starts it
    sets where KIND has none (line starts left out). Articles overlapping those of
    ``leave_out`` (a dev-set file: the check part) are not read."""
    import spacy

    from ..components.sentences import sentences
    from ..devset import FINAL, detokenize, kind_records, wikinews_articles

    skip: dict[str, list[tuple[int, int]]] = {}
    if leave_out is not None and Path(leave_out).exists():
        with open(leave_out, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    entry = json.loads(line)
                    skip.setdefault(entry["source"], []).append((entry["first"], entry["last"]))
    nlp = spacy.blank("it")
    counts = Counter()
    for art in wikinews_articles(data):
        if any(not (art["last"] < first or art["first"] > last) for first, last in skip.get(art["source"], [])):
            continue
        text, pos, prev = art["text"], 0, None
        starts, ends = set(), set()
        for rec in kind_records(art["source"], data)[art["first"]:art["last"] + 1]:
            sent = detokenize(rec["tokens"])
            at = text.find(sent, pos)
            if at < 0:
                break
            starts.add(at)
            if prev is not None and prev[-1] not in FINAL and not prev[-1].endswith((".", "!", "?")):
                ends.add(at)
            pos, prev = at + len(sent), rec["tokens"]
        lines = {0} | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
        found = {s.start_char for s in sentences(nlp.make_doc(text)).sents} - lines
        counts["articles"] += 1
        counts["headline_ends"] += len(ends - lines)
        counts["found"] += len((ends - lines) & found)
        counts["false_starts"] += len(found - starts)
    return dict(counts)

