"""``kit.load()``: choose the base pipeline and add the kit's components.

Base pipeline, best first (``model=None``):
1. an official spaCy Italian pipeline if installed (``it_core_news_lg``, ``_md``, ``_sm``);
2. the kit's own trained pipeline shipped in ``kit/models/it_kit_news``;
3. the rule-based default: spaCy's blank Italian tokenizer, rule-based sentences and lookup
   lemmas (``model="blank"`` asks for it explicitly).
Then the rule layer: entity patterns and place names, canonical names, quotations and speakers,
relation rules. The expensive part (tokenizer and statistical model) can be run once and the rule
layer re-run cheaply: see :func:`apply_rules`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the extensions)
from .components import RULE_LAYER
from .components import entities, lemmatizer, names, quotes, relations, sentences  # noqa: F401
from .rules import RuleSet, coerce_rules

OFFICIAL = ("{lang}_core_news_lg", "{lang}_core_news_md", "{lang}_core_news_sm")
SHIPPED = Path(__file__).resolve().parent / "models" / "it_kit_news"
#: 2,000,000 characters (about 330,000 words): the longest document :func:`analyze` accepts
#: (a clear ValueError beyond). Documents longer than CHUNK_CHARS go through the model layer in
#: pieces cut at paragraph (else sentence, else word) boundaries and are joined again before the
#: rule layer, so memory stays that of a 50,000-character text whatever the document's length.
MAX_LENGTH = 2_000_000
CHUNK_CHARS = 50_000


def available_models(lang: str = "it") -> list[str]:
    """Base pipelines :func:`load` can use here, best first."""
    found = [name.format(lang=lang) for name in OFFICIAL if spacy.util.is_package(name.format(lang=lang))]
    if lang == "it" and (SHIPPED / "config.cfg").exists():
        found.append(str(SHIPPED))
    found.append("blank")
    return found


def _base(lang: str, model: str | os.PathLike | None) -> tuple[Language, str]:
    if model is None:
        model = available_models(lang)[0]
    if str(model) == "blank":
        return spacy.blank(lang), "blank"
    if str(model) == "kit":
        model = SHIPPED
    nlp = spacy.load(model)
    return nlp, str(model) if not Path(str(model)).exists() else Path(model).name


def load(lang: str = "it", model: str | os.PathLike | None = None,
         rules: RuleSet | str | os.PathLike | dict | None = None) -> Language:
    """The kit's pipeline for ``lang``.

    ``model``: None (best available), ``"blank"`` (rule-based), ``"kit"`` (the shipped
    pipeline), an installed package name or a path. ``rules``: a RuleSet, a rule file, a dict
    or None for the language's default rule file.
    """
    ruleset = coerce_rules(rules, lang)
    nlp, base = _base(lang, model)
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("kit_sentences", first=True)
    nlp.add_pipe("kit_lemmatizer")
    for name in RULE_LAYER:
        nlp.add_pipe(name)
    set_rules(nlp, ruleset)
    nlp.max_length = MAX_LENGTH
    nlp.meta.setdefault("kit", {})["base"] = base
    return nlp


def set_rules(nlp: Language, rules: RuleSet) -> None:
    """Give every rule-layer component the same rules (cheap: recompiles the matchers)."""
    for name in RULE_LAYER:
        if name in nlp.pipe_names:
            nlp.get_pipe(name).set_rules(rules)


def get_rules(nlp: Language) -> RuleSet:
    return nlp.get_pipe(RULE_LAYER[0]).rules


def rule_layer(nlp: Language) -> list[tuple[str, object]]:
    return [(name, proc) for name, proc in nlp.pipeline if name in RULE_LAYER]


def model_layer(nlp: Language) -> list[str]:
    """Names of the components that run before the rule layer (the cached, expensive part)."""
    return [name for name in nlp.pipe_names if name not in RULE_LAYER]


def apply_rules(docs: Doc | Iterable[Doc], nlp: Language, rules: RuleSet | None = None) -> list[Doc]:
    """Re-run only the rule layer on copies of analysed docs (the model output is reused)."""
    if rules is not None:
        set_rules(nlp, rules)
    single = isinstance(docs, Doc)
    out = []
    for doc in [docs] if single else docs:
        copy = doc.copy()
        for _, proc in rule_layer(nlp):
            copy = proc(copy)
        out.append(copy)
    return out


def _make_doc(nlp: Language, item) -> tuple[str | Doc, dict]:
    """Normalise one input (str, Doc, dict or object with .text) to (text or Doc, context)."""
    if isinstance(item, Doc):
        return item, {}
    if isinstance(item, str):
        return item, {}
    if isinstance(item, dict):
        if "text" not in item or not isinstance(item["text"], str):
            raise ValueError(f"a document dict needs a 'text' string; got keys {sorted(item)}")
        return item["text"], {k: v for k, v in item.items() if k != "text"}
    text = getattr(item, "text", None)
    if isinstance(text, str):
        context = {k: getattr(item, k) for k in ("id", "title", "date", "source", "url") if hasattr(item, k)}
        return text, context
    raise TypeError(f"cannot analyse a {type(item).__name__}: pass text, a dict with 'text', or a Doc")


def guess_title(text: str) -> str | None:
    """The first line, when the text has more than one line and it is short enough for a title."""
    first, sep, rest = text.strip().partition("\n")
    if sep and rest.strip() and len(first) <= 300:
        return first.strip()
    return None


def default_id(text: str) -> str:
    """A stable id for a text that came without one: ``doc-`` and 8 hex digits of its hash."""
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _annotate(doc: Doc, context: dict, index: int) -> Doc:
    if not (context.get("id") or doc._.doc_id) or not (context.get("title") or doc._.title):
        text = doc.text
        doc._.doc_id = str(context.get("id") or doc._.doc_id or default_id(text))
        doc._.title = context.get("title") or doc._.title or guess_title(text)
    else:
        doc._.doc_id = str(context.get("id") or doc._.doc_id)
        doc._.title = context.get("title") or doc._.title
    meta = {k: context[k] for k in ("date", "source", "url") if context.get(k) is not None}
    doc._.meta = {**(doc._.meta or {}), **{k: str(v) for k, v in meta.items()}}
    return doc


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


def _analyze_long(nlp: Language, text: str) -> Doc:
    """The model layer piece by piece, then the rule layer on the joined Doc."""
    bounds = [0, *split_points(text), len(text)]
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    with nlp.select_pipes(disable=list(RULE_LAYER)):
        parts = list(nlp.pipe(pieces, batch_size=1))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    for _, proc in rule_layer(nlp):
        doc = proc(doc)
    return doc


def analyze(texts, nlp: Language | None = None, batch_size: int = 16, progress: bool | None = None,
            n_process: int = 1):
    """Analyse one text (returns a Doc) or many (returns a list of Docs, streamed with nlp.pipe).

    Items may be strings, Docs (pre-tokenised input: every component runs), dicts with ``text``
    and optional ``id``, ``title``, ``date``, ``source``, ``url``, or objects with those
    attributes. A progress bar shows for more than one text unless ``progress=False``.
    """
    nlp = nlp or default_nlp()
    single = isinstance(texts, (str, Doc, dict)) or isinstance(getattr(texts, "text", None), str)
    items = [texts] if single else list(texts)
    prepared = [_make_doc(nlp, item) for item in items]
    for content, context in prepared:
        if isinstance(content, str):
            try:
                content.encode("utf-8")
            except UnicodeEncodeError as err:
                name = context.get("id", "a text")
                raise ValueError(f"{name} holds a lone surrogate at character {err.start} (not valid "
                                 "Unicode text); decode the source with errors='replace'") from err
        if isinstance(content, str) and len(content) > nlp.max_length:
            name = context.get("id", "a text")
            raise ValueError(f"{name} has {len(content):,} characters, more than nlp.max_length "
                             f"({nlp.max_length:,}); split it (e.g. by chapters) before analysing")
    long_items = {i for i, (c, _) in enumerate(prepared) if isinstance(c, str) and len(c) > CHUNK_CHARS}
    short = [item for i, item in enumerate(prepared) if i not in long_items]
    stream: Iterator = nlp.pipe(((c, ctx) for c, ctx in short), as_tuples=True,
                                batch_size=batch_size, n_process=n_process)
    if progress is None:
        progress = len(prepared) > 1
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(prepared), desc="analysing", unit="doc")
    docs = []
    for i, (content, ctx) in enumerate(prepared):
        doc = _analyze_long(nlp, content) if i in long_items else next(stream)[0]
        docs.append(_annotate(doc, ctx, i))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return docs[0] if single else docs


_DEFAULT: dict[str, Language] = {}


def default_nlp(lang: str = "it") -> Language:
    """A pipeline loaded once per process for :func:`analyze` calls without ``nlp``."""
    if lang not in _DEFAULT:
        _DEFAULT[lang] = load(lang)
    return _DEFAULT[lang]
