"""Sentence boundaries that respect paragraphs and quotation marks.

``kit_paragraphs`` runs before a parser: a line break always starts a new sentence (titles and
subheadings have no final full stop), and the parser keeps these boundaries.
``kit_sentences`` is the rule-based splitter of the model-free pipeline: it ends a sentence after
. ! ? … (and the closing marks that follow them) when the next word could start a sentence, and
keeps an opening « “ „ with the sentence it opens.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDERS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
CLOSERS = {"»", "”", "“", '"', "’", ")", "]", "›"}
OPENERS = {"«", "“", "„", '"', "‘", "(", "‹", "-", "–", "—"}


def _is_break(token) -> bool:
    return token.is_space and "\n" in token.text


@Language.component("kit_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the token after a line break as a sentence start (before the parser)."""
    if doc.has_annotation("DEP"):
        return doc
    for i, token in enumerate(doc[:-1]):
        if _is_break(token):
            doc[i + 1].is_sent_start = True
    return doc


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
    for token, start in zip(doc, starts):
        token.is_sent_start = start
    return doc
