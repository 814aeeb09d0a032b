"""Sentence boundaries that respect paragraphs and quotation marks (``kit_sentences``).

Rules: a line break always starts a new sentence (titles and subheadings have no final full
stop); a sentence ends after . ! ? … and the closing marks glued to them (``pronti.»``) when the
next word could start a sentence; an opening « “ „ stays with the sentence it opens; a square
bracket opens one when the word after it could (an editor's heading, *…obbligato. [Sulla crisi]
«…»*; the heading stays with the sentence it opens); a headline run into its article on one line
ends before the capitalised article or the sentence-opening word that opens the article (the
language's ``headline_openers`` and ``sentence_openers``). The component runs first, before any
parser: a trained parser keeps these boundaries (it is given every token's ``is_sent_start``),
which protects it from splitting ``dell'`` | ``Agenzia``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lang.grammar import grammar

ENDERS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
CLOSERS = {"»", "”", "“", '"', "’", ")", "]", "›"}
OPENERS = {"«", "“", "„", '"', "‘", "(", "‹", "-", "–", "—"}


def _is_break(token) -> bool:
    return token.is_space and "\n" in token.text


def _starts_sentence(token) -> bool:
    text = token.text
    if text == "[":  # an editor's heading in brackets, *… dei trattati. [Sulla crisi] «…»*;
        # not an omission, *… sapere? [...] dobbiamo…*
        return token.i + 1 < len(token.doc) and _starts_sentence(token.nbor(1))
    return text[:1].isupper() or text[:1].isdigit() or text in OPENERS


@Language.component("kit_sentences")
def sentences(doc: Doc) -> Doc:
    """Rule-based sentence splitting for the pipeline without a parser."""
    if doc.has_annotation("DEP") or len(doc) == 0:
        return doc
    n = len(doc)
    starts = numpy.full(n, -1, dtype="int64")
    starts[0] = 1
    # only punctuation and whitespace tokens can end a sentence: look at those alone
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    candidates = numpy.flatnonzero(flags[:, 0] | flags[:, 1]).tolist()
    done = 0  # tokens before this index were consumed by an earlier ending
    for i in candidates:
        if i < done:
            continue
        token = doc[i]
        if _is_break(token):
            if i + 1 < n:
                starts[i + 1] = 1
            continue
        if token.text in ENDERS or (token.text.endswith((".", "!", "?")) and token.is_punct):
            j = i + 1
            # closing marks glued to the full stop belong to this sentence: «...pronti.»
            while j < n and doc[j].text in CLOSERS and doc[j - 1].whitespace_ == "":
                j += 1
            while j < n and doc[j].is_space and not _is_break(doc[j]):
                j += 1
            if j < n and _starts_sentence(doc[j]):
                starts[j] = 1
            done = j
    _headline_starts(doc, starts)
    # one array write: setting token.is_sent_start checks the whole doc on every token
    doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
    return doc


def _headline_starts(doc: Doc, starts) -> None:
    """Mark where an article starts that a headline without final punctuation ran into: a
    capitalised article, or a word that opens sentences and is almost never capitalised inside
    one, after a word and before a lower-case word (*Polonia: trovato l'antenato del T. rex
    **Il** paleontologo polacco…*, *…Molfetta, 5 vittime **Nonostante** le prime notizie…*);
    after a headline of the form *Luogo: fatto*, before any word (*Mosca: consacrata la
    Cattedrale delle forze armate **Due** giorni fa…*, *Francia: il Senato approva la riforma
    **La** Camera alta…*). Never after the words that open a title (*il film La febbre del
    sabato sera*, *sono Il romanzo dei mille*), a preposition or an article."""
    g = grammar(doc.lang_)
    if not g.headline_openers and not g.sentence_openers:
        return
    skip = g.title_words | g.articles | g.prepositions | g.coordinators | g.particles  # ("Kim Jong Un ha…")
    last, colon = 0, False  # the current sentence's start; whether a colon came after it
    for token in doc:
        i = token.i
        if starts[i] == 1:
            last, colon = i, False
        if token.text == ":":
            colon = True
        opener = token.text in g.headline_openers or token.text in g.sentence_openers
        if not opener or i - last < 3 or i + 1 >= len(doc):
            continue
        prev, nxt = doc[i - 1], doc[i + 1]
        if not prev.whitespace_ or not (prev.is_alpha or prev.is_digit) or prev.lower_ in skip:
            continue
        word = nxt.text.rstrip("'’")  # ("In un'intervista…": an elided article is a word too)
        if not (word.isalpha() and word.islower()) and not (colon and (word.isalpha() or nxt.is_digit)):
            continue  # (after a "Luogo: fatto" headline "La Corte Suprema…" opens the article too)
        starts[i] = 1
        last, colon = i, False
