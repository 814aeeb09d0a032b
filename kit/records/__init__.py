"""Docs as plain records, and what is made of records without drawing: tables, exports, diffs.

- :mod:`kit.records.parse`: Doc -> record dict (``parse_doc``), and ``as_records``, the one
  converter every consumer calls;
- :mod:`kit.records.tables`: records -> pandas DataFrames (quotes, relations, entities...);
- :mod:`kit.records.export`: tables -> CSV, JSON Lines, GEXF;
- :mod:`kit.records.diff`: two versions of a corpus -> what changed.
"""

from .parse import as_record, as_records, parse_doc

__all__ = ["as_record", "as_records", "parse_doc"]
