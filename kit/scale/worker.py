"""One partition on a worker: the pipeline loaded once per process, the one analysis path, Parquet out.

:func:`process_partition` is what ``kit.run_corpus`` and ``kit.rerun_rules`` submit to Dask. It
runs the same prepare / model / rule steps as ``kit.analyze`` (:func:`kit.pipeline.analysis.run`),
with the model layer's output cached in one DocBin per partition (:class:`ShardCache`), writes the
partition's tables as Parquet and returns only counts and file hashes, never Docs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..atomic import write_atomic
from ..records.parse import parse_doc
from . import store

#: one lock per process: ``nlp.pipe`` switches the rule layer off while it runs, so two threads of
#: one worker must not share the pipeline at the same time (1 thread per worker is best)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build the pipeline: the model argument and the rules (JSON, or None
    for the shipped rules)."""

    model: str | None = None
    rules_json: str | None = None


@dataclass(frozen=True)
class PartitionTask:
    """One partition: its name, key, documents (or the ``inputs`` file holding them) and where to write."""

    name: str
    key: str
    shard: str
    out_dir: str
    cache_dir: str
    pipeline: PipelineSpec
    docs: tuple[dict, ...] = ()
    inputs: str | None = None
    batch_size: int = 16
    stats: dict = field(default_factory=dict)
    #: documents left out by the run that wrote ``inputs`` (they are not in it): kept listed
    failed_before: tuple = ()


@functools.lru_cache(maxsize=2)
def pipeline(spec: PipelineSpec) -> Language:
    """The pipeline for ``spec``, loaded once per worker process (a second spec, e.g. new rules
    for ``kit.rerun_rules``, gets its own)."""
    from ..pipeline import load

    rules = None if spec.rules_json is None else json.loads(spec.rules_json)
    return load(model=spec.model, rules=rules)


def fingerprint(spec: PipelineSpec) -> dict:
    """The model layer's key and the rules' hash, as a worker sees them (also warms it up)."""
    from ..corpus.cache import model_key
    from ..pipeline import get_rules

    nlp = pipeline(spec)
    return {"model_key": model_key(nlp), "rules": rules_hash(get_rules(nlp).to_json())}


def rules_hash(rules_json: str) -> str:
    return hashlib.sha256(rules_json.encode("utf-8")).hexdigest()[:16]


class ShardCache:
    """The model layer's output for one partition: one DocBin file keyed by the partition's texts
    and the model. ``get``/``put`` as :class:`kit.corpus.cache.DocCache`, so the analysis path is
    the same; :meth:`flush` writes the shard once (atomically) if anything was added.

    A shard that cannot be read (truncated, garbage, other texts) is noted in ``damaged`` and
    recomputed.
    """

    def __init__(self, path: Path, nlp: Language) -> None:
        self.path, self.nlp = Path(path), nlp
        self.docs: dict[str, Doc] = {}
        self.added = False
        self.damaged: str | None = None
        self.misses = 0
        if self.path.exists():
            try:
                found = list(DocBin().from_bytes(self.path.read_bytes()).get_docs(nlp.vocab))
            except Exception as err:  # truncated, garbage, another spaCy's bytes
                self.damaged = f"unreadable ({type(err).__name__}: {err}); recomputed"
                found = []
            self.docs = {doc.text: doc for doc in found}

    def get(self, text: str) -> Doc | None:
        """A copy of the cached Doc (the rule layer then works on it in place), or None."""
        doc = self.docs.get(text)
        if doc is None:
            self.misses += 1
            return None
        return doc.copy()

    def put(self, text: str, doc: Doc) -> None:
        self.docs[text] = doc.copy()  # as the model left it, before the rule layer
        self.added = True

    def flush(self) -> None:
        """Store the Docs (in the order they were first seen) when the shard was missing or
        incomplete; a shard that cannot be written is left out (the partition's output is not)."""
        if self.added:
            try:
                write_atomic(self.path, DocBin(docs=list(self.docs.values()), store_user_data=True).to_bytes())
            except OSError as err:
                self.damaged = f"cannot write the shard: {err}"


def process_partition(task: PartitionTask) -> dict:
    """Analyse one partition and write its tables; returns its manifest entry (counts, hashes).

    The entry's ``model_runs`` says how many documents went through the model layer (0 when the
    shard held them all), ``damaged_cache`` why a shard was recomputed.
    """
    from ..pipeline.analysis import run_skipping

    out_dir = Path(task.out_dir)
    docs = list(task.docs) if task.inputs is None else store.read_inputs(Path(task.inputs))
    with _LOCK:
        nlp = pipeline(task.pipeline)
        cache = ShardCache(Path(task.cache_dir) / f"{task.shard}.spacy", nlp)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # W-level spaCy notes would repeat once per partition
            analysed, left_out = run_skipping(docs, nlp, cache, task.batch_size, progress=False)
        cache.flush()
    records = [parse_doc(doc) for doc in analysed]
    del analysed
    files, counts = {}, {}
    for table, build in store.TABLES.items():
        frame = build(records)
        counts[table] = len(frame)
        files[table] = store.write_part(out_dir, table, task.name, frame)
    if task.inputs is None:
        import pandas as pd

        left_ids = {skipped.path for skipped in left_out}
        inputs = pd.DataFrame([{c: d.get(c) for c in store.INPUT_COLUMNS} for d in docs if d.get("id") not in left_ids],
                              columns=store.INPUT_COLUMNS)
        files[store.INPUTS] = store.write_part(out_dir, store.INPUTS, task.name, inputs)
    else:
        files[store.INPUTS] = store.sha256_bytes(Path(task.inputs).read_bytes())
    entry = {"name": task.name, "key": task.key, "shard": task.shard, **task.stats, **counts,
             "files": files, "failed": [*map(list, task.failed_before), *([s.path, s.reason] for s in left_out)]}
    return {"entry": entry, "model_runs": cache.misses, "damaged_cache": cache.damaged}
