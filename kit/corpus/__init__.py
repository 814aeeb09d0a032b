"""Corpora: reading articles from disk, caching the model's output, re-running rules incrementally.

- :mod:`kit.corpus.read`: folders and files (.txt, .md, .jsonl, .csv) -> a :class:`Corpus` that
  says what it read and skipped, with :mod:`.decode` (bytes -> text), :mod:`.frontmatter` and
  :mod:`.dates` (dates read or reported);
- :mod:`kit.corpus.cache`: the model layer's output on disk (``kit.analyze_corpus`` uses it);
- :mod:`kit.corpus.incremental`: a corpus whose rule layer re-runs only where a rule change can
  act (the rule tuner uses it).
"""

from .decode import bom_encoding, decode, looks_binary
from .read import Corpus, CorpusError, CorpusSummary, CorpusWarning, Document, Skipped, load_corpus

__all__ = ["Corpus", "CorpusError", "CorpusSummary", "CorpusWarning", "Document", "Skipped",
           "bom_encoding", "decode", "load_corpus", "looks_binary"]
