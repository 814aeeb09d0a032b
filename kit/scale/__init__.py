"""Corpus runs beyond one machine: Dask partitions, Parquet records, a resumable manifest.

- :mod:`kit.scale.engine`: ``kit.run_corpus`` and ``kit.rerun_rules`` (the driver: reads the
  source as a stream, submits partitions, keeps the manifest, shows progress);
- :mod:`kit.scale.worker`: what a worker does with one partition (the pipeline loaded once per
  process, the one analysis path, the model output cached per partition);
- :mod:`kit.scale.store`: the output folder (Parquet parts, the manifest) and the tables read back.
"""

from .engine import CorpusRun, rerun_rules, run_corpus
from .store import TABLES, read_relations, read_table, read_tables

__all__ = ["TABLES", "CorpusRun", "read_relations", "read_table", "read_tables", "rerun_rules", "run_corpus"]
