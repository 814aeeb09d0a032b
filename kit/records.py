"""Doc -> plain records (dicts), the input of the renderers, tables and widgets.

Like displaCy's ``parse_ents``: everything downstream is tested on hand-made records, without
a model. Offsets are character offsets into ``text``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import span_key


def parse_doc(doc: Doc) -> dict:
    """A Doc as ``{"id", "title", "text", "meta", "ents", "quotes", "relations"}``."""
    text = doc.text
    names = doc._.kit_canonical_names or {}
    sources = doc._.kit_ent_sources or {}
    ents = []
    for e in doc.ents:  # plain attribute reads: the extension getters are slow per entity
        start, end = e.start_char, e.end_char
        key = span_key(start, end)
        ents.append({"start": start, "end": end, "label": e.label_, "text": text[start:end],
                     "canonical": names.get(key, text[start:end]), "source": sources.get(key, "model")})
    quotes = []
    for index, q in enumerate(doc._.kit_quotes):
        quotes.append({
            "index": index, "start": q.start, "end": q.end, "kind": q.kind, "text": q.text,
            "cue": None if q.cue_start is None else {"start": q.cue_start, "end": q.cue_end, "text": q.cue},
            "speaker": q.speaker, "speaker_label": q.speaker_label,
            "speaker_mention": None if q.speaker_start is None else
            {"start": q.speaker_start, "end": q.speaker_end, "text": q.speaker_mention},
            "about": list(q.about), "rule": q.rule,
        })
    return {
        "id": doc._.kit_id, "title": doc._.kit_title, "text": text, "meta": dict(doc._.kit_meta or {}),
        "ents": ents, "quotes": quotes, "relations": [r.to_dict() for r in doc._.kit_relations],
    }


def as_records(docs) -> list[dict]:
    """Normalise a Doc, a record, or a list of either to a list of records (once, at the edge)."""
    if isinstance(docs, (Doc, dict)):
        docs = [docs]
    out = []
    for item in docs:
        if isinstance(item, dict):
            out.append(item)
        elif isinstance(item, Doc):
            out.append(parse_doc(item))
        else:
            raise TypeError(f"expected a spaCy Doc or a record dict, got {type(item).__name__}")
    return out
