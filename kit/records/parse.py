"""Doc -> plain records (dicts): the one converter feeding the tables, renderers, exports and diff.

Like displaCy's ``parse_ents``: everything downstream is tested on hand-made records, without
a model. Offsets are character offsets into ``text``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from ..extensions import span_key
from ..origin import STAMP_KEY


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
            "about": list(q.about), "rule": q.rule, "speaker_rule": q.speaker_rule,
        })
    return {
        "id": doc._.kit_id, "title": doc._.kit_title, "text": text, "meta": dict(doc._.kit_meta or {}),
        "ents": ents, "quotes": quotes, "relations": [r.to_dict() for r in doc._.kit_relations],
        "provenance": dict(doc.user_data.get(STAMP_KEY) or {}),
    }


def as_record(item: object) -> dict:
    """One record: a record dict as it is, a Doc parsed (a clear TypeError for anything else)."""
    if isinstance(item, Mapping):
        return item
    if isinstance(item, Doc):
        return parse_doc(item)
    if isinstance(item, (str, bytes)):
        raise TypeError("expected a spaCy Doc or a record dict, not a raw string: run the pipeline "
                        "first (kit.analyze)")
    raise TypeError(f"expected a spaCy Doc or a record dict, got {type(item).__name__}")


def as_records(docs: object) -> list[dict]:
    """A Doc, a record, or any iterable of them (list, tuple, generator) as a list of records.

    The one converter of the kit's input: tables, renderers, exports and the diff all call it, so
    they accept the same things.
    """
    if isinstance(docs, (Doc, Mapping, str, bytes)):
        return [as_record(docs)]
    try:
        items = iter(docs)
    except TypeError:
        raise TypeError(f"expected a spaCy Doc, a record dict or a list of them, got "
                        f"{type(docs).__name__}") from None
    return [as_record(item) for item in items]
