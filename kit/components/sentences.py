"""Sentence boundaries that respect paragraphs and quotation marks (``kit_sentences``).

Rules: a line break always starts a new sentence (titles and subheadings have no final full
stop); a sentence ends after . ! ? … and the closing marks glued to them (``pronti.»``) when the
next word could start a sentence; an opening « “ „ stays with the sentence it opens. The
component runs first, before any parser: a trained parser keeps these boundaries (it is given
every token's ``is_sent_start``), which protects it from splitting ``dell'`` | ``Agenzia``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
CLOSERS = {"»", "”", "“", '"', "’", ")", "]", "›"}
OPENERS = {"«", "“", "„", '"', "‘", "(", "‹", "-", "–", "—"}


def _is_break(token) -> bool:
    return token.is_space and "\n" in token.text


def _starts_sentence(token) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or text in OPENERS


@Language.component("kit_sentences")
def sentences(doc: Doc) -> Doc:
    """Rule-based sentence splitting for the pipeline without a parser."""
    if doc.has_annotation("DEP") or len(doc) == 0:
        return doc
    starts = [False] * len(doc)
    starts[0] = True
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if _is_break(token):
            if i + 1 < n:
                starts[i + 1] = True
            i += 1
            continue
        if token.text in ENDERS or (token.text.endswith((".", "!", "?")) and token.is_punct):
            j = i + 1
            # closing marks glued to the full stop belong to this sentence: «...pronti.»
            while j < n and doc[j].text in CLOSERS and doc[j - 1].whitespace_ == "":
                j += 1
            while j < n and doc[j].is_space and not _is_break(doc[j]):
                j += 1
            if j < n and _starts_sentence(doc[j]):
                starts[j] = True
            i = j
            continue
        i += 1
    # one array write: setting token.is_sent_start checks the whole doc on every token
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64").view("uint64")
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc
