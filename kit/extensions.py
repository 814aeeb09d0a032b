"""The kit's Doc and Span extensions, registered once.

Everything is stored as plain, msgpack-friendly data in ``doc.user_data`` (so a DocBin keeps
it); the rich views (``doc._.quotes``, ``span._.canonical``) are getters derived from it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .model import Quote, Relation


def span_key(start: int, end: int) -> str:
    """Key of a character span in the per-document dictionaries."""
    return f"{start}:{end}"


def _quotes(doc: Doc) -> tuple[Quote, ...]:
    return tuple(Quote.from_dict(q) for q in (doc._.quote_records or ()))


def _relations(doc: Doc) -> tuple[Relation, ...]:
    return tuple(Relation(**r) for r in (doc._.relation_records or ()))


def _canonical(span: Span) -> str:
    names = span.doc._.canonical_names or {}
    return names.get(span_key(span.start_char, span.end_char), span.text)


def _source(span: Span) -> str:
    sources = span.doc._.ent_sources or {}
    return sources.get(span_key(span.start_char, span.end_char), "model")


def register() -> None:
    """Register the extensions (idempotent)."""
    doc_attrs = {
        "doc_id": None,          # str: the document's id in its corpus
        "title": None,           # str: the article's title
        "meta": None,            # dict: date, source, url...
        "canonical_names": None,  # {"start:end": canonical name} for entities and speakers
        "ent_sources": None,     # {"start:end": "model" | "rule:<name>"}
        "quote_records": None,   # [Quote.to_dict(), ...]
        "relation_records": None,  # [Relation.to_dict(), ...]
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_quotes)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=_relations)
    if not Span.has_extension("canonical"):
        Span.set_extension("canonical", getter=_canonical)
    if not Span.has_extension("source"):
        Span.set_extension("source", getter=_source)


register()
