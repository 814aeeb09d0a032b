"""What produced an output: kit version, pipeline, rules, date, documents, review file.

Every shared output (the HTML report, a shared notebook, the exported tables) states it, so a
reader can tell which kit, model and rules gave the figures. The pipeline stamps each Doc it
analyses (``doc.user_data["kit_provenance"]``: pipeline name, version and rules hash), and
:func:`kit.records.parse_doc` carries the stamp into the records, so an output made from Docs
knows what made them even when the pipeline is gone.

>>> kit.provenance(docs, nlp)
{'kit_version': '0.1.0', 'pipeline': 'blank (it, 0.0.0)', 'rules_sha256': '3f2a…', ...}
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

#: the key of a Doc's ``user_data`` that holds its stamp
STAMP_KEY = "kit_provenance"
HASH_CHARS = 12


def rules_hash(rules: Any) -> str:
    """A short SHA-256 of a RuleSet's content (its JSON form): equal rules, equal hash."""
    return hashlib.sha256(rules.to_json().encode("utf-8")).hexdigest()[:HASH_CHARS]


def file_hash(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:HASH_CHARS]


def pipeline_stamp(nlp: Any) -> dict:
    """What a Doc analysed by ``nlp`` is stamped with: pipeline and rules."""
    meta = nlp.meta or {}
    kit_meta = meta.get("kit") or {}
    name = kit_meta.get("base") or meta.get("name") or "unknown"
    version = meta.get("version") or "?"
    stamp = {"pipeline": f"{name} ({meta.get('lang') or nlp.lang}, {version})"}
    if kit_meta.get("rules_sha256"):
        stamp["rules_sha256"] = kit_meta["rules_sha256"]
        stamp["rules"] = kit_meta.get("rules_source") or ""
    return stamp


def stamp(doc: Any, nlp: Any) -> Any:
    """Stamp ``doc`` with ``nlp``'s pipeline and rules; returns the Doc."""
    doc.user_data[STAMP_KEY] = pipeline_stamp(nlp)
    return doc


def _distinct(values: Iterable[str]) -> str:
    found = sorted({v for v in values if v})
    return "; ".join(found) if found else "unknown"


def provenance(docs: Any = None, nlp: Any = None, review: str | os.PathLike | None = None,
               now: datetime | None = None) -> dict:
    """What produced an output of ``docs`` (Docs or records): kit version, pipeline and rules
    (from ``nlp`` when given, else from the documents' stamps), date (UTC, ISO 8601), number of
    documents, and the review file (path and hash) when given."""
    from . import __version__

    stamps = []
    n_docs = None
    if docs is not None:
        from .records import as_records

        records = as_records(docs)
        n_docs = len(records)
        stamps = [r.get("provenance") or {} for r in records]
    if nlp is not None:
        stamps = [pipeline_stamp(nlp)]
    out = {"kit_version": __version__,
           "pipeline": _distinct(s.get("pipeline", "") for s in stamps),
           "rules_sha256": _distinct(s.get("rules_sha256", "") for s in stamps),
           "rules": _distinct(s.get("rules", "") for s in stamps),
           "date": (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat(),
           "documents": n_docs}
    if review is not None:
        path = Path(review)
        out["review"] = str(path)
        out["review_sha256"] = file_hash(path) if path.is_file() else None
    return out


def provenance_line(info: Mapping) -> str:
    """One line for a footer: ``kit 0.1.0 · pipeline blank (it, 0.0.0) · rules 3f2a… · …``."""
    parts = [f"kit {info['kit_version']}", f"pipeline {info['pipeline']}",
             f"rules {info['rules']} sha256:{info['rules_sha256']}".replace("rules unknown ", "rules "),
             f"made {info['date']}"]
    if info.get("documents") is not None:
        parts.append(f"{info['documents']} documents")
    if info.get("review"):
        parts.append(f"review {info['review']}" + (f" sha256:{info['review_sha256']}" if info.get("review_sha256") else ""))
    return " · ".join(parts)


def provenance_json(info: Mapping) -> str:
    """``info`` as the text of ``provenance.json``."""
    return json.dumps(dict(info), ensure_ascii=False, indent=2) + "\n"


def write_provenance(info: Mapping, path: str | os.PathLike) -> Path:
    """Write ``info`` as JSON beside exported tables (atomically)."""
    from .atomic import write_atomic

    return write_atomic(path, provenance_json(info))
