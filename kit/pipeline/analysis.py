"""The one analysis path: every way of turning texts into Docs goes through :func:`run`.

1. **prepare** (:func:`prepare`): each input (a text, a Doc, a dict with ``text``, a
   :class:`kit.corpus.Document` or any object with ``text``) becomes an :class:`Item`; texts with
   lone surrogates or longer than ``nlp.max_length`` are refused with a ``ValueError`` naming the
   document, before anything runs;
2. **model layer** (:func:`model_docs`): the expensive components, through ``nlp.pipe``; a text
   longer than :data:`CHUNK_CHARS` is cut at paragraph, sentence or word boundaries, its pieces
   analysed one by one and joined again; with a :class:`kit.corpus.cache.DocCache`, texts analysed
   before come from disk and new ones are stored;
3. **rule layer**: entity rules, names, quotes and speakers, relations;
4. **ids**: the item's own id (a corpus id, a dict's ``id``), else one derived from the text's
   content (:func:`default_id`), so the same text gets the same id on every path; the title is the
   item's, else the first line when it looks like one.

``kit.analyze`` and ``kit.analyze_corpus`` differ in what they accept (the latter also reads
folders and files), in the cache, and in errors: ``kit.analyze`` raises on a bad input, while a
corpus run (:func:`run_isolated`) leaves out a document that fails the checks or makes a
component fail, warns, lists it in ``corpus.summary.failed`` and goes on with the others.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..components import RULE_LAYER
from ..corpus import CorpusWarning, Skipped, load_corpus
from ..corpus.cache import DEFAULT_CACHE_DIR, DocCache
from ..origin import stamp
from .layers import rule_layer
from .load import default_nlp

#: Documents longer than CHUNK_CHARS go through the model layer in pieces cut at paragraph (else
#: sentence, else word) boundaries and are joined again before the rule layer, so memory stays that
#: of a 50,000-character text whatever the document's length (up to ``nlp.max_length``).
CHUNK_CHARS = 50_000
#: the metadata an input may carry besides its text
CONTEXT_FIELDS = ("id", "title", "date", "source", "url")


@dataclass(frozen=True)
class Item:
    """One input, normalised: its text (or a pre-tokenised Doc) and its metadata."""

    content: str | Doc
    context: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        """How errors name the document."""
        return str(self.context.get("id") or "a text")


# --- 1. prepare ----------------------------------------------------------------------------------
def as_item(value: object) -> Item:
    """One input as an :class:`Item` (a TypeError or ValueError for anything else)."""
    if isinstance(value, (str, Doc)):
        return Item(value)
    if isinstance(value, dict):
        if not isinstance(value.get("text"), str):
            raise ValueError(f"a document dict needs a 'text' string; got keys {sorted(value)}")
        return Item(value["text"], {k: v for k, v in value.items() if k != "text"})
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return Item(text, {k: getattr(value, k) for k in CONTEXT_FIELDS if hasattr(value, k)})
    raise TypeError(f"cannot analyse a {type(value).__name__}: pass text, a dict with 'text', a "
                    "Document or a Doc")


def check(item: Item, max_length: int) -> None:
    """Refuse a text the pipeline cannot take, naming the document."""
    text = item.content
    if not isinstance(text, str):
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(f"{item.name} holds a lone surrogate at character {err.start} (not valid "
                         "Unicode text); decode the source with errors='replace'") from err
    if len(text) > max_length:
        raise ValueError(f"{item.name} has {len(text):,} characters, more than nlp.max_length "
                         f"({max_length:,}); split it (e.g. by chapters) before analysing")


def prepare(values: Iterable[object], nlp: Language) -> list[Item]:
    """Every input as a checked :class:`Item` (all are checked before any is analysed)."""
    items = [as_item(value) for value in values]
    for item in items:
        check(item, nlp.max_length)
    return items


# --- 2. the model layer --------------------------------------------------------------------------
def split_points(text: str, size: int = CHUNK_CHARS) -> list[int]:
    """Offsets where a long text can be cut into pieces of at most about ``size`` characters:
    after a line break if there is one in the second half of the piece, else after a full stop
    and a space, else at a space; a piece without any of these is left whole."""
    cuts, start = [], 0
    while len(text) - start > size:
        window_end = start + size
        cut = -1
        for sep in ("\n", ". ", " "):
            found = text.rfind(sep, start + size // 2, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        if cut == -1:
            found = text.find(" ", window_end)
            if found == -1:
                break
            cut = found + 1
        cuts.append(cut)
        start = cut
    return cuts


def _long_model_doc(nlp: Language, text: str) -> Doc:
    """The model layer on a long text, piece by piece, joined into one Doc."""
    bounds = [0, *split_points(text), len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    return Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)


def model_docs(items: list[Item], nlp: Language, cache=None, batch_size: int = 16,
               n_process: int = 1, bar=None) -> Iterator[Doc]:
    """The model layer's output for each item, in order.

    ``cache`` (a :class:`kit.corpus.cache.DocCache`) gives the texts it holds and stores the new ones;
    pre-tokenised Docs are never cached. ``bar`` (tqdm) advances once per item.
    """
    found: dict[int, Doc] = {}
    if cache is not None:
        for i, item in enumerate(items):
            doc = cache.get(item.content) if isinstance(item.content, str) else None
            if doc is not None:
                found[i] = doc
        if bar is not None and found:
            bar.set_postfix_str(f"{len(found)} from cache", refresh=False)
    todo = [i for i in range(len(items)) if i not in found]
    short = [i for i in todo if not _is_long(items[i].content)]
    with nlp.select_pipes(disable=[name for name in RULE_LAYER if name in nlp.pipe_names]):
        stream = nlp.pipe((items[i].content for i in short), batch_size=batch_size, n_process=n_process)
        for i, item in enumerate(items):
            doc = found.get(i)
            if doc is None:
                doc = _long_model_doc(nlp, item.content) if _is_long(item.content) else next(stream)
                if cache is not None and isinstance(item.content, str):
                    cache.put(item.content, doc)
            if bar is not None:
                bar.update(1)
            yield doc


def _is_long(content: str | Doc) -> bool:
    return isinstance(content, str) and len(content) > CHUNK_CHARS


# --- 3 and 4. the rule layer, ids ----------------------------------------------------------------
def guess_title(text: str) -> str | None:
    """The first line, when the text has more than one line and it is short enough for a title."""
    first, sep, rest = text.strip().partition("\n")
    if sep and rest.strip() and len(first) <= 300:
        return first.strip()
    return None


def default_id(text: str) -> str:
    """A stable id for a text that came without one: ``doc-`` and 8 hex digits of its hash."""
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def annotate(doc: Doc, context: dict) -> Doc:
    """Id, title and metadata (date, source, url) of an analysed document."""
    doc._.kit_id = str(context.get("id") or doc._.kit_id or default_id(doc.text))
    doc._.kit_title = context.get("title") or doc._.kit_title or guess_title(doc.text)
    meta = {k: str(context[k]) for k in ("date", "source", "url") if context.get(k) is not None}
    doc._.kit_meta = {**(doc._.kit_meta or {}), **meta}
    return doc


def run(items: list[Item], nlp: Language, cache=None, batch_size: int = 16, n_process: int = 1,
        progress: bool | None = None) -> list[Doc]:
    """Items through the model layer (cached when ``cache`` is given), then the rule layer."""
    layer = [proc for _, proc in rule_layer(nlp)]  # taken before the model layer disables them
    bar = progress_bar(len(items), progress)
    stream = model_docs(items, nlp, cache, batch_size, n_process, bar)
    docs = []
    try:
        for item, doc in zip(items, stream):
            for proc in layer:
                doc = proc(doc)
            docs.append(annotate(stamp(doc, nlp), item.context))
    finally:
        stream.close()  # leaves select_pipes: the rule layer is enabled again, even after an error
        if bar is not None:
            bar.close()
    return docs


def run_isolated(items: list[Item], nlp: Language, cache=None, batch_size: int = 16,
                 progress: bool | None = None) -> list[Doc | Exception]:
    """:func:`run` where one document's failure does not stop the others: each item's Doc, or the
    exception it raised (a batch that fails is run again one document at a time)."""
    bar = progress_bar(len(items), progress)
    out: list[Doc | Exception] = []
    try:
        for start in range(0, len(items), batch_size):
            batch = items[start:start + batch_size]
            try:
                out += run(batch, nlp, cache, batch_size, 1, progress=False)
            except Exception:  # noqa: BLE001 (find the document that failed)
                for item in batch:
                    try:
                        out += run([item], nlp, cache, 1, 1, progress=False)
                    except Exception as err:  # noqa: BLE001 (one document must not stop the corpus)
                        out.append(err)
            if bar is not None:
                bar.update(len(batch))
    finally:
        if bar is not None:
            bar.close()
    return out


def progress_bar(total: int, progress: bool | None):
    """A notebook-aware progress bar, shown for more than one document unless ``progress=False``."""
    if progress is None:
        progress = total > 1
    if not progress:
        return None
    from tqdm.auto import tqdm  # only when a bar is shown

    return tqdm(total=total, desc="analysing", unit="doc")


# --- the two entry points ------------------------------------------------------------------------
def analyze(texts, nlp: Language | None = None, batch_size: int = 16, progress: bool | None = None,
            n_process: int = 1):
    """Analyse one text (returns a Doc) or many (returns a list of Docs, streamed with nlp.pipe).

    Items may be strings, Docs (pre-tokenised input: every component runs), dicts with ``text``
    and optional ``id``, ``title``, ``date``, ``source``, ``url``, or objects with those
    attributes. A progress bar shows for more than one text unless ``progress=False``.
    """
    nlp = nlp or default_nlp()
    single = isinstance(texts, (str, Doc, dict)) or isinstance(getattr(texts, "text", None), str)
    docs = run(prepare([texts] if single else texts, nlp), nlp, None, batch_size, n_process, progress)
    return docs[0] if single else docs


def _is_existing_path(value: object) -> bool:
    """A short one-line string naming a file or folder that exists (not an article's text)."""
    return (isinstance(value, str) and len(value) < 1024 and "\n" not in value
            and Path(value).exists())


def analyze_corpus(corpus: object, nlp: Language | None = None,
                   cache_dir: str | os.PathLike | None = DEFAULT_CACHE_DIR,
                   progress: bool | None = None, batch_size: int = 16, on_error: str = "skip") -> list[Doc]:
    """Analyse every document of ``corpus``, reusing the model output cached in ``cache_dir``.

    ``corpus``: a :class:`kit.corpus.Corpus`, a folder or file (a ``Path``, or a one-line string
    naming one that exists), or what :func:`analyze` takes. ``cache_dir=None`` turns the cache
    off. The rule layer always runs, with the rules ``nlp`` has now. A document that cannot be
    analysed (too long, invalid Unicode, an error in a component) is left out with a
    :class:`kit.corpus.CorpusWarning` and listed in ``corpus.summary.failed``
    (``on_error="skip"``, the default), or raises (``on_error="raise"``).
    """
    if on_error not in ("skip", "raise"):
        raise ValueError(f"on_error must be 'skip' or 'raise', got {on_error!r}")
    nlp = nlp or default_nlp()
    if isinstance(corpus, os.PathLike) or _is_existing_path(corpus):
        corpus = load_corpus(corpus)
    values = [corpus] if isinstance(corpus, (str, Doc, dict)) or isinstance(getattr(corpus, "text", None), str) \
        else corpus
    cache = DocCache(cache_dir, nlp) if cache_dir is not None else None
    if on_error == "raise":
        return run(prepare(values, nlp), nlp, cache, batch_size, 1, progress)
    docs, left_out = run_skipping(values, nlp, cache, batch_size, progress)
    _report_failures(corpus, left_out)
    return docs


def run_skipping(values: Iterable[object], nlp: Language, cache=None, batch_size: int = 16,
                 progress: bool | None = None) -> tuple[list[Doc], list[Skipped]]:
    """The corpus path: each input checked and analysed on its own terms; the Docs of those that
    could be analysed, and a :class:`Skipped` (its id and why) for each one left out.
    ``kit.analyze_corpus`` and the workers of ``kit.run_corpus`` both run this."""
    items = [as_item(value) for value in values]
    failed: dict[int, str] = {}
    for i, item in enumerate(items):
        try:
            check(item, nlp.max_length)
        except ValueError as err:
            failed[i] = str(err)
    good = [i for i in range(len(items)) if i not in failed]
    docs = []
    for i, result in zip(good, run_isolated([items[i] for i in good], nlp, cache, batch_size, progress)):
        if isinstance(result, Exception):
            failed[i] = f"{type(result).__name__}: {result}"
        else:
            docs.append(result)
    left_out = []
    for i in sorted(failed):
        item = items[i]
        name = item.name if item.context.get("id") else default_id(item.content) \
            if isinstance(item.content, str) else f"document {i + 1}"
        left_out.append(Skipped(name, f"not analysed: {' '.join(failed[i].split())[:300]}"))
    return docs, left_out


def _report_failures(corpus: object, left_out: list[Skipped]) -> None:
    """Warn about each document left out, and list it in the corpus summary (when there is one)."""
    summary = getattr(corpus, "summary", None)
    for skipped in left_out:
        warnings.warn(str(skipped), CorpusWarning, stacklevel=3)
        if summary is not None and hasattr(summary, "failed"):
            summary.failed.append(skipped)


def analysed(docs: object, nlp: Language | None = None) -> tuple[Language, list[Doc]]:
    """The pipeline and the model-layer Docs for ``docs`` (Docs, texts, dicts; one or many).

    Texts (and dicts, Documents) are analysed here; Docs are used as they are (they must come from
    ``nlp``). The rule tuner starts from these.
    """
    items = [docs] if isinstance(docs, (str, Doc, dict)) else list(docs)
    if not items:
        raise ValueError("no documents: give at least one document (a text or an analysed Doc)")
    nlp = nlp or default_nlp()
    for position, item in enumerate(items):
        if isinstance(item, Doc) and item.vocab is not nlp.vocab:
            raise ValueError(f"document {position + 1} was analysed by another pipeline: pass that "
                             "pipeline as nlp=, or pass the texts")
    pending = [(i, item) for i, item in enumerate(items) if not isinstance(item, Doc)]
    if pending:
        docs = analyze([item for _, item in pending], nlp, progress=len(pending) > 20)
        for (i, _), doc in zip(pending, docs):
            items[i] = doc
    return nlp, items
