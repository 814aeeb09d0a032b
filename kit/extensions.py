"""The kit's Doc and Span extensions, registered once, all named ``kit_*``.

Everything is stored as plain, msgpack-friendly data in ``doc.user_data`` (so a DocBin keeps
it); the rich views (``doc._.kit_quotes``, ``span._.kit_canonical``) are getters derived from it.
The ``kit_`` prefix keeps them apart from other libraries' extensions (several register ``meta``
or ``title`` with ``force=True``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .model import Quote, Relation

#: Doc extensions holding data (the rule layer's outputs are set again on every run)
DOC_DATA = {
    "kit_id": None,                 # str: the document's id in its corpus
    "kit_title": None,              # str: the article's title
    "kit_meta": None,               # dict: date, source, url...
    "kit_canonical_names": None,    # {"start:end": canonical name} for entities and speakers
    "kit_ent_sources": None,        # {"start:end": "model" | "rule:<name>"}
    "kit_quote_records": None,      # [Quote.to_dict(), ...]
    "kit_relation_records": None,   # [Relation.to_dict(), ...]
}
#: what the rule layer sets on a Doc (every run sets all of them again)
RULE_OUTPUTS = ("kit_canonical_names", "kit_ent_sources", "kit_quote_records", "kit_relation_records")


def span_key(start: int, end: int) -> str:
    """Key of a character span in the per-document dictionaries."""
    return f"{start}:{end}"


def _quotes(doc: Doc) -> tuple[Quote, ...]:
    return tuple(Quote.from_dict(q) for q in (doc._.kit_quote_records or ()))


def _relations(doc: Doc) -> tuple[Relation, ...]:
    return tuple(Relation(**r) for r in (doc._.kit_relation_records or ()))


def _canonical(span: Span) -> str:
    names = span.doc._.kit_canonical_names or {}
    return names.get(span_key(span.start_char, span.end_char), span.text)


def _source(span: Span) -> str:
    sources = span.doc._.kit_ent_sources or {}
    return sources.get(span_key(span.start_char, span.end_char), "model")


def register() -> None:
    """Register the extensions (idempotent)."""
    for name, default in DOC_DATA.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    getters = ((Doc, "kit_quotes", _quotes), (Doc, "kit_relations", _relations),
               (Span, "kit_canonical", _canonical), (Span, "kit_source", _source))
    for cls, name, getter in getters:
        if not cls.has_extension(name):
            cls.set_extension(name, getter=getter)


register()
