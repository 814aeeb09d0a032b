"""Long runs of punctuation, cut into short pieces before spaCy's tokenizer (linear time).

spaCy's tokenizer peels prefixes and suffixes off a whitespace-free stretch one character at a
time, and each peel costs time in proportion to the stretch: a run of ``n`` punctuation marks,
symbols or emoji (``«««…``, ``!!!…``, ``$$$…``) takes time in ``n²`` (16,000 ``«`` took 19.6 s;
2 MB of them would take days). Plain letters and runs the tokenizer keeps whole (``.....``) are
fast.

:class:`RunSplittingTokenizer` wraps a pipeline's tokenizer. A text without a run of
:data:`MAX_RUN` or more such characters goes to the tokenizer unchanged (same tokens, same
speed). Otherwise the text is cut at the start and end of every such run and inside the run every
:data:`MAX_RUN` characters; each piece is tokenised on its own and the pieces are joined with
``Doc.from_docs`` (no white space added). The text, and so every character offset, is exactly the
input: only the token boundaries inside such a run (and where a run touches a word) can differ
from what the tokenizer alone would give, and the tokenizer's own work is bounded by the
piece length, so the whole costs time in proportion to the text. The tokens keep what the
tokenizer gives them (text, trailing space, the norms of its special cases).

It also mends a fault of spaCy's tokenizer: after some special cases the tokens' tree edges point
outside the Doc (:func:`sound_edges`), and a Doc nobody parses (the fast and rule-based
pipelines) keeps them. Such a Doc is rebuilt from its tokens, so every reader of the tree
(``children``, ``subtree``, ``left_edge``) gets a sound one, parsed or not.

``kit.load()`` installs it (:func:`guard`); ``nlp.tokenizer.tokenizer`` is the original. Attributes and methods
(``to_disk``, ``explain``, ``rules``...) are those of the wrapped tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import NORM
from spacy.tokens import Doc

#: runs of this many punctuation marks, symbols, emoji or underscores (not letters, digits or
#: spaces) are cut into pieces of this length: the tokenizer's quadratic work on a piece is then
#: about 0.1 ms (measured: 16,000 in a row took 19.6 s whole)
MAX_RUN = 32


def run_pattern(max_run: int = MAX_RUN) -> re.Pattern:
    """Runs of ``max_run`` or more characters that are neither word characters nor spaces
    (``_`` counts as punctuation here)."""
    return re.compile(r"(?:[^\w\s]|_){%d,}" % max_run)


def cut_points(text: str, max_run: int = MAX_RUN, pattern: re.Pattern | None = None) -> list[int]:
    """Offsets (sorted, inside the text) where ``text`` is cut before tokenising: the start and end
    of every long run and every ``max_run`` characters inside it."""
    pattern = pattern or run_pattern(max_run)
    cuts: list[int] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        cuts.extend(range(start, end, max_run))
        cuts.append(end)
    return [c for c in cuts if 0 < c < len(text)]


class RunSplittingTokenizer:
    """A tokenizer that cuts long punctuation runs into short pieces first (see the module)."""

    def __init__(self, tokenizer: Callable[[str], Doc], max_run: int = MAX_RUN) -> None:
        if max_run < 2:
            raise ValueError(f"max_run must be at least 2, got {max_run}")
        self.tokenizer = tokenizer
        self.max_run = max_run
        self._pattern = run_pattern(max_run)

    def __call__(self, text: str) -> Doc:
        cuts = cut_points(text, self.max_run, self._pattern)
        if not cuts:
            doc = self.tokenizer(text)
            return doc if sound_edges(doc) else rebuilt(self.vocab, [doc])
        bounds = [0, *cuts, len(text)]
        return rebuilt(self.vocab, [self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:])])

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name in ("tokenizer", "max_run", "_pattern", "kit_description"):  # not set yet (unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    @property
    def kit_description(self) -> str:
        """What the wrapper changes, for the analysis cache's key (:mod:`kit.corpus.cache`)."""
        return f"{type(self).__name__}(max_run={self.max_run})"

    def __reduce__(self):
        return (type(self), (self.tokenizer, self.max_run))

    def __repr__(self) -> str:
        return f"RunSplittingTokenizer({self.tokenizer!r}, max_run={self.max_run})"


def sound_edges(doc: Doc) -> bool:
    """Whether every token of a Doc nobody parsed is its own left and right edge.

    spaCy's tokenizer (3.8) leaves these wrong after a special case it finds among affixes (the
    emoticon ``):`` in *(Lupa e Civetta): ha…*): the special token's edges point at token 0 and
    every later token's one place on, the last one out of the Doc. Reading ``children``,
    ``subtree`` or ``left_edge`` of such a Doc walks out of it (an IndexError, or a segmentation
    fault in spaCy's C code)."""
    try:
        return all(token.left_edge.i == token.i == token.right_edge.i for token in doc)
    except IndexError:
        return False


def rebuilt(vocab, pieces: list[Doc]) -> Doc:
    """One fresh Doc of the tokenizer's ``pieces`` in order (sound edges): the tokenizer sets ORTH
    (the words), the trailing spaces and NORM (its special cases) only, and they are kept. Built at
    once (``Doc.from_docs`` is ~25 times slower on many small pieces)."""
    words = [token.text for piece in pieces for token in piece]
    spaces = [bool(token.whitespace_) for piece in pieces for token in piece]
    doc = Doc(vocab, words=words, spaces=spaces)
    if words:
        doc.from_array([NORM], numpy.concatenate([piece.to_array([NORM]) for piece in pieces]).reshape(-1, 1))
    return doc


def guard(nlp, max_run: int = MAX_RUN) -> None:
    """Install :class:`RunSplittingTokenizer` on ``nlp`` (once)."""
    if not isinstance(nlp.tokenizer, RunSplittingTokenizer):
        nlp.tokenizer = RunSplittingTokenizer(nlp.tokenizer, max_run)
