"""The on-disk cache of the model layer's output (used by ``kit.analyze_corpus``).

The expensive part of the pipeline (tokenizer, statistical model: ``kit.pipeline.model_layer``)
runs once per text and is stored as a spaCy ``DocBin`` under ``cache_dir``, keyed by a sha256 of
the text and of the model layer (pipeline name and version, spaCy and kit versions, component
names, factories, settings and code, and the model files' sizes and dates). The rule layer is not
part of the key: it is re-applied to the cached docs on every call (``kit.pipeline.apply_rules``),
which is cheap, so editing the rules never re-runs the model, and reopening a notebook is fast.

Layout: ``cache_dir/<pipeline key>/<2 hex digits>/<text key>.spacy``, one small file per document
(written atomically), plus ``pipeline.json`` saying which pipeline a folder belongs to. Deleting
the folder is always safe. An entry that cannot be read (damaged, a folder in its place) counts as
missing; one that cannot be written gives a warning (once) and the run goes on without caching
it. A ``cache_dir`` that names a file is a :class:`CacheError`.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import warnings
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from .. import __version__
from ..atomic import write_atomic
from ..components import model_layer

#: where ``kit.analyze_corpus`` keeps the model layer's output by default
DEFAULT_CACHE_DIR = ".kit-cache"
_KIT_DIR = Path(__file__).resolve().parent.parent


class CacheError(ValueError):
    """The cache folder cannot be used (its path names a file)."""


def content_hash(*parts: str) -> str:
    """SHA-256 of the parts, each ended by a NUL byte (lone surrogates kept): cache and shard keys."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _code_of(component: object) -> str | None:
    """The sha256 of the source file of a component written in the kit (None for others)."""
    target = component if inspect.isfunction(component) else type(component)
    try:
        source = inspect.getsourcefile(target)
    except TypeError:
        return None
    if not source or _KIT_DIR not in Path(source).resolve().parents:
        return None
    return hashlib.sha256(Path(source).read_bytes()).hexdigest()


def _model_files(path: Path | None) -> list[tuple[str, int, int]]:
    """(relative path, size, mtime) of the files of a pipeline loaded from disk."""
    if path is None or not Path(path).is_dir():
        return []
    root = Path(path).resolve()
    return sorted((p.relative_to(root).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in root.rglob("*") if p.is_file())


def model_description(nlp: Language) -> dict:
    """Everything the model layer's output depends on, as plain data (the cache key's input)."""
    components = []
    for name in model_layer(nlp):
        settings = nlp.config["components"].get(name, {})
        components.append({
            "name": name, "factory": nlp.get_pipe_meta(name).factory,
            "settings": json.dumps(settings, sort_keys=True, default=str),
            "code": _code_of(nlp.get_pipe(name)),
        })
    return {
        "lang": nlp.lang, "name": nlp.meta.get("name"), "version": nlp.meta.get("version"),
        "base": (nlp.meta.get("kit") or {}).get("base"), "spacy": spacy.__version__,
        "kit": __version__, "components": components, "files": _model_files(nlp.path),
        "tokenizer": getattr(nlp.tokenizer, "kit_description", None),  # kit.pipeline.runs
        "abbreviations": (nlp.meta.get("kit") or {}).get("title_abbreviations"),  # kit.pipeline.load
    }


def model_key(nlp: Language) -> str:
    """A short key of the model layer: the same pipeline gives the same key in every session."""
    return content_hash(json.dumps(model_description(nlp), sort_keys=True))[:16]


class DocCache:
    """Docs after the model layer of ``nlp``, stored on disk by text.

    ``hits`` and ``misses`` count the lookups since the cache was made.
    """

    def __init__(self, cache_dir: str | os.PathLike, nlp: Language) -> None:
        cache_dir = Path(cache_dir)
        for folder in (cache_dir, *cache_dir.parents):
            if folder.exists():
                if not folder.is_dir():
                    raise CacheError(f"cache folder {cache_dir}: {folder} is a file, not a folder; "
                                     "give another path (or delete the file)")
                break
        self.nlp = nlp
        self.key = model_key(nlp)
        self.root = cache_dir / self.key
        self.hits = 0
        self.misses = 0
        #: entries that could not be written (the first problem is also given as a warning)
        self.write_errors = 0

    def path_for(self, text: str) -> Path:
        digest = content_hash(self.key, text)
        return self.root / digest[:2] / f"{digest}.spacy"

    def get(self, text: str) -> Doc | None:
        """The cached Doc for ``text``, or None (unreadable entries count as missing)."""
        path = self.path_for(text)
        try:
            docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(self.nlp.vocab))
        except Exception:  # missing, truncated, foreign or a folder: analyse again and overwrite it
            docs = []
        if len(docs) == 1 and docs[0].text == text:
            self.hits += 1
            return docs[0]
        self.misses += 1
        return None

    def put(self, text: str, doc: Doc) -> bool:
        """Store ``doc`` (the model layer's output for ``text``), atomically; False (with a warning
        the first time) when it cannot be written: the analysis goes on, uncached."""
        path = self.path_for(text)
        try:
            data = DocBin(docs=[doc], store_user_data=True).to_bytes()
            self._describe()
            write_atomic(path, data)
        except (OSError, ValueError) as err:
            self.write_errors += 1
            if self.write_errors == 1:
                warnings.warn(f"the cache entry {path} cannot be written ({err}); the document is analysed "
                              "but not cached", RuntimeWarning, stacklevel=2)
            return False
        return True

    def _describe(self) -> None:
        about = self.root / "pipeline.json"
        if not about.exists():
            write_atomic(about, json.dumps(model_description(self.nlp), indent=1, default=str))

    def __repr__(self) -> str:
        return f"DocCache({str(self.root)!r}, hits={self.hits}, misses={self.misses})"


def clear_cache(cache_dir: str | os.PathLike = DEFAULT_CACHE_DIR) -> int:
    """Delete every cached document under ``cache_dir``; returns how many files went."""
    root = Path(cache_dir)
    removed = 0
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and path.suffix in (".spacy", ".json", ".tmp"):
            path.unlink()
            removed += path.suffix == ".spacy"
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed

