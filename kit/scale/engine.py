"""``kit.run_corpus`` and ``kit.rerun_rules``: the driver of a corpus run on Dask.

The driver reads the source as a stream (:func:`kit.corpus.read.iter_corpus`: folders of files,
JSONL, JSONL.gz, CSV, Parquet; what cannot be read goes to the summary), cuts it into partitions
of ``partition_size`` documents, gives each a key (its documents, the model, the rules), skips the
partitions an earlier run finished with that key, and submits the others to the workers, never
more than a few per worker at a time, so its memory stays flat whatever the corpus's size. The
workers analyse (:mod:`kit.scale.worker`) and write Parquet; the driver only collects counts.
"""

from __future__ import annotations

import copy
import json
import os
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import write_atomic
from ..corpus.cache import content_hash
from ..corpus.read import Corpus, CorpusSummary, CorpusWarning, Document, Skipped, iter_corpus
from . import store
from .worker import PartitionTask, PipelineSpec, fingerprint, process_partition

#: documents per partition (about 100 MB of Docs for news articles while one is analysed)
PARTITION_SIZE = 200
#: partitions waiting or running per worker: enough to keep workers busy, few enough to keep the
#: driver's memory flat
IN_FLIGHT_PER_WORKER = 2
CACHE = "cache"


class CacheWarning(UserWarning):
    """A cached partition could not be read (it was computed again) or written."""


@dataclass
class CorpusRun:
    """What a run did: the folder, the totals, the partitions computed or reused, the summary."""

    out_dir: Path
    totals: dict
    computed: int
    reused: int
    model_runs: int
    summary: CorpusSummary | None = None
    dashboard: str | None = None
    damaged_cache: list[str] = field(default_factory=list)

    def tables(self) -> dict:
        """Every table of the run (pandas), read from the Parquet folder."""
        return store.read_tables(self.out_dir)

    def table(self, name: str, lazy: bool = False):
        return store.read_table(self.out_dir, name, lazy=lazy)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n:,} {k}" for k, n in self.totals.items())
        return (f"CorpusRun({str(self.out_dir)!r}: {counts}; {self.computed} partitions computed, "
                f"{self.reused} reused)")


# --- the cluster -----------------------------------------------------------------------------------
@contextmanager
def connect(client=None, workers: int | None = None, scheduler: str | None = None) -> Iterator:
    """A Dask client: ``client`` as given (a Client, or a cluster object such as a
    ``SLURMCluster`` or ``LocalCluster``), else one for ``scheduler`` (``tcp://host:port``), else a
    ``LocalCluster`` of ``workers`` processes (default: one per core) with one thread each.
    Clients and clusters made here are closed on the way out."""
    from distributed import Client, LocalCluster

    if client is not None:
        if isinstance(client, Client):
            yield client
        else:
            with Client(client) as made:
                yield made
        return
    if scheduler is not None:
        with Client(scheduler) as made:
            yield made
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as made:
        yield made


def _n_workers(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


# --- partitions --------------------------------------------------------------------------------------
def _doc_dict(doc: Document) -> dict:
    return {"id": doc.id, "text": doc.text, "title": doc.title, "date": doc.date, "source": doc.source,
            "url": doc.url}


def _partitions(docs: Iterator[dict], size: int) -> Iterator[tuple[str, list[dict], str, str]]:
    """(name, documents, content hash, texts hash) per ``size`` documents, in reading order."""
    batch: list[dict] = []
    index = 0

    def emit():
        content = content_hash(*(json.dumps(d, sort_keys=True, ensure_ascii=False) for d in batch))
        texts = content_hash(*(d["text"] for d in batch))
        return f"part-{index:05d}", batch, content, texts

    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield emit()
            batch, index = [], index + 1
    if batch:
        yield emit()


# --- the run -----------------------------------------------------------------------------------------
def _rules_json(rules) -> str | None:
    from ..rules import coerce_rules

    return None if rules is None else coerce_rules(rules).to_json()


def _cache_dir(out_dir: Path, cache_dir) -> tuple[Path, str]:
    """The cache folder and how the manifest names it (relative when inside ``out_dir``)."""
    path = out_dir / CACHE if cache_dir is None else Path(cache_dir)
    resolved = path.resolve()
    try:
        return resolved, resolved.relative_to(out_dir.resolve()).as_posix()
    except ValueError:
        return resolved, str(resolved)


def _progress_bar(progress: bool | None, total: int | None, desc: str):
    if progress is False:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="doc")


def _drive(client, tasks: Iterator[PartitionTask | dict], out_dir: Path, bar) -> tuple[list[dict], dict]:
    """Submit the tasks (a dict is a partition already done), a few per worker at a time; note each
    finished partition at once. Returns the manifest entries and the run's counts."""
    from distributed import wait

    entries: list[dict] = []
    stats = {"computed": 0, "reused": 0, "model_runs": 0, "damaged_cache": []}
    pending: set = set()

    def collect(done) -> None:
        for future in done:
            result = future.result()  # a partition that failed raises here; finished ones are kept
            entry = result["entry"]
            store.note_finished(out_dir, entry)
            entries.append(entry)
            stats["computed"] += 1
            stats["model_runs"] += result["model_runs"]
            if result["damaged_cache"]:
                stats["damaged_cache"].append(entry["name"])
                warnings.warn(f"cache shard of {entry['name']}: {result['damaged_cache']}", CacheWarning,
                              stacklevel=4)
            if bar is not None:
                bar.update(entry["documents"])

    try:
        for task in tasks:
            if isinstance(task, dict):
                entries.append(task)
                stats["reused"] += 1
                if bar is not None:
                    bar.update(task["documents"])
                continue
            # a key of its own: two runs of the same partitions (into two folders) are two tasks
            pending.add(client.submit(process_partition, task, key=f"kit-{task.name}-{uuid.uuid4().hex}"))
            while len(pending) >= IN_FLIGHT_PER_WORKER * _n_workers(client):  # clusters may grow
                done, pending = wait(pending, return_when="FIRST_COMPLETED")
                collect(done)
        while pending:
            done, pending = wait(pending, return_when="FIRST_COMPLETED")
            collect(done)
    finally:
        for future in pending:
            future.cancel()
        if bar is not None:
            bar.close()
    return entries, stats


def run_corpus(source, out_dir: str | os.PathLike, client=None, partition_size: int = PARTITION_SIZE,
               model: str | None = None, rules=None, cache_dir: str | os.PathLike | None = None,
               workers: int | None = None, scheduler: str | None = None, progress: bool | None = None,
               batch_size: int = 16, date_format: str | list[str] | None = None,
               dayfirst: bool = True, exclude=()) -> CorpusRun:
    """Analyse a corpus on Dask and write its tables to ``out_dir`` as Parquet, one file per
    partition; returns a :class:`CorpusRun` (``run.tables()`` reads them back).

    ``source``: a folder or file (.txt, .md, .jsonl, .jsonl.gz, .csv, .parquet) or a list of them,
    read as a stream (ids, dates and skipped rows as with ``kit.load_corpus``; the summary goes
    to ``out_dir/summary.txt``), or a :class:`kit.Corpus` already read. ``client``: a Dask ``Client`` or cluster to use; else
    ``scheduler`` (``"tcp://host:port"``); else a ``LocalCluster`` of ``workers`` processes (one per
    core by default). ``model`` and ``rules`` as for ``kit.load``; ``date_format``, ``dayfirst``
    and ``exclude`` as for ``kit.load_corpus``. ``cache_dir``: the model
    output, one DocBin per partition (default ``out_dir/cache``; may be shared between runs).

    Run it again after an interruption: finished partitions (same documents, model and rules)
    are kept and the output ends as if the run had never stopped. The tables equal those of
    ``kit.analyze_corpus`` on the same documents.
    """
    if partition_size < 1:
        raise ValueError(f"partition_size must be at least 1, got {partition_size}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = PipelineSpec(model=None if model is None else str(model), rules_json=_rules_json(rules))
    cache_root, cache_name = _cache_dir(out_dir, cache_dir)
    summary = copy.deepcopy(source.summary) if isinstance(source, Corpus) else CorpusSummary()
    summary.failed = []  # filled from the partitions' entries
    with connect(client, workers, scheduler) as dask_client:
        dashboard = _announce(dask_client, progress)
        keys = dask_client.submit(fingerprint, spec, pure=False).result()
        shard_dir = cache_root / keys["model_key"]
        done = store.finished_parts(out_dir)

        def tasks() -> Iterator[PartitionTask | dict]:
            read = iter(source) if isinstance(source, Corpus) else iter_corpus(
                source, summary, date_format=date_format, dayfirst=dayfirst,
                exclude=[*exclude, out_dir, cache_root])  # never read the run's own files back
            docs = (_doc_dict(doc) for doc in read)
            for name, batch, content, texts in _partitions(docs, partition_size):
                key = content_hash(content, keys["model_key"], keys["rules"])
                shard = content_hash(texts, keys["model_key"])[:32]
                previous = done.get(name)
                if previous is not None and previous["key"] == key:
                    yield previous
                    continue
                yield PartitionTask(name=name, key=key, shard=shard, out_dir=str(out_dir),
                                    cache_dir=str(shard_dir), pipeline=spec, docs=tuple(batch),
                                    batch_size=batch_size, stats={"content": content})

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)  # all in the summary (and printed below)
            total = len(source) if isinstance(source, Corpus) else None  # a stream: counted as it goes
            entries, stats = _drive(dask_client, tasks(), out_dir, _progress_bar(progress, total, "analysing"))
    head = {"model": spec.model, "model_key": keys["model_key"], "rules": keys["rules"],
            "cache": cache_name, "partition_size": partition_size,
            "batch_size": batch_size}
    store.write_manifest(out_dir, head, entries)
    manifest = store.read_manifest(out_dir)
    summary.failed += [Skipped(name, reason) for entry in manifest["parts"] for name, reason in entry["failed"]]
    write_atomic(out_dir / store.SUMMARY, "\n".join([*summary.lines(), _totals_line(manifest)]) + "\n")
    return CorpusRun(out_dir, manifest["totals"], stats["computed"], stats["reused"], stats["model_runs"],
                     summary, dashboard, stats["damaged_cache"])


def _totals_line(manifest: dict) -> str:
    totals = manifest["totals"]
    return (f"{len(manifest['parts'])} partitions: " + ", ".join(f"{n} {k.replace('_', ' ')}"
                                                                 for k, n in totals.items()))


def _announce(client, progress: bool | None) -> str | None:
    """Print the dashboard's address (unless ``progress=False``) and return it."""
    link = getattr(client, "dashboard_link", None)
    if link and progress is not False:
        print(f"Dask dashboard: {link} ({_n_workers(client)} workers)")
    return link


def rerun_rules(out_dir: str | os.PathLike, rules, client=None, workers: int | None = None,
                scheduler: str | None = None, progress: bool | None = None) -> CorpusRun:
    """Re-apply only the rule layer, with ``rules``, to a finished run's cached model output.

    Each worker reads its partition's documents (``inputs/``) and Docs (the cache) and rewrites the
    tables; the model runs only for a shard that is missing or damaged. The output equals a full
    :func:`run_corpus` with these rules.
    """
    out_dir = Path(out_dir)
    manifest = store.read_manifest(out_dir)
    if manifest is None:
        raise FileNotFoundError(f"{out_dir} has no {store.MANIFEST}: run kit.run_corpus first")
    spec = PipelineSpec(model=manifest["model"], rules_json=_rules_json(rules))
    cache_root = out_dir / manifest["cache"] if not Path(manifest["cache"]).is_absolute() else Path(manifest["cache"])
    with connect(client, workers, scheduler) as dask_client:
        dashboard = _announce(dask_client, progress)
        keys = dask_client.submit(fingerprint, spec, pure=False).result()
        if keys["model_key"] != manifest["model_key"]:
            raise ValueError("the model changed since this run (its key differs): run kit.run_corpus "
                             "again instead of re-applying the rules")
        done = store.finished_parts(out_dir)

        def tasks() -> Iterator[PartitionTask | dict]:
            for part in manifest["parts"]:
                key = content_hash(part["content"], keys["model_key"], keys["rules"])
                previous = done.get(part["name"])
                if previous is not None and previous["key"] == key:
                    yield previous
                    continue
                yield PartitionTask(name=part["name"], key=key, shard=part["shard"], out_dir=str(out_dir),
                                    cache_dir=str(cache_root / keys["model_key"]), pipeline=spec,
                                    inputs=str(store.part_path(out_dir, store.INPUTS, part["name"])),
                                    batch_size=manifest["batch_size"], stats={"content": part["content"]},
                                    failed_before=tuple(map(tuple, part["failed"])))

        total = manifest["totals"]["documents"]
        entries, stats = _drive(dask_client, tasks(), out_dir, _progress_bar(progress, total, "rules"))
    head = {k: manifest[k] for k in ("model", "model_key", "cache", "partition_size", "batch_size")}
    store.write_manifest(out_dir, {**head, "rules": keys["rules"]}, entries)
    manifest = store.read_manifest(out_dir)
    summary_path = out_dir / store.SUMMARY
    lines = summary_path.read_text(encoding="utf-8").splitlines()[:-1] if summary_path.exists() else []
    write_atomic(summary_path, "\n".join([*lines, _totals_line(manifest)]) + "\n")
    return CorpusRun(out_dir, manifest["totals"], stats["computed"], stats["reused"], stats["model_runs"],
                     None, dashboard, stats["damaged_cache"])
