"""The fresh recall sample (``data/fresh_recall``) and its scorer (``scripts/fresh_text.py recall``)."""

from __future__ import annotations

import json

import pytest

from kit.devset import DEFAULT_DATA as SHARED  # ../shared/data


def _sentence(n, doc, start, end, **marks):
    return {"n": n, "doc": doc, "start": start, "end": end, "sha256": "", **marks}


def _q(start, end, kind="indirect", speaker=None):
    return {"start": start, "end": end, "kind": kind, "cue": "disse", "speaker": speaker}


def test_recall_counts_speech_found_by_half_the_longer_span(script):
    fresh = script("fresh_text")
    sentences = [
        # A only: two speech quotations (one found), one "other" (never counted)
        _sentence(1, "wiki:000000", 0, 100, A=[_q(10, 50), _q(60, 90, "direct"), _q(0, 5, "other")]),
        # both annotators: they agree on one quotation and its speaker, B marks one more
        _sentence(2, "adg:000020", 200, 300, A=[_q(210, 260, speaker="Mario Rossi")],
                  B=[_q(212, 260, speaker="Rossi"), _q(270, 295, "mixed", speaker="Anna Neri")]),
        # B only: nothing marked
        _sentence(3, "am:000040", 0, 80, B=[]),
    ]
    predicted = {
        "wiki:000000": [(12, 48), (60, 70)],      # the first found; 10 of 30 characters is not half
        "adg:000020": [(150, 240), (268, 296)],   # cut to the sentence: 200-240 is 40 of 50, found
    }
    scores = fresh.recall_scores(sentences, predicted)
    assert scores["recall"]["A"] == {"wiki": [2, 1], "prose": [1, 1]}
    assert scores["recall"]["B"] == {"prose": [2, 2]}
    assert scores["recall"]["pooled"] == {"wiki": [2, 1], "prose": [1, 1]}
    assert scores["agreement"] == {"sentences": 1, "A": 1, "B": 2, "matched": 1, "same_kind": 1,
                                   "speakers": 1, "same_speaker": 1}


def test_a_sentence_that_differs_from_the_documents_is_a_clear_error(tmp_path, script):
    fresh = script("fresh_text")
    path = tmp_path / "sentences.jsonl"
    path.write_text(json.dumps({"n": 7, "doc": "wiki:000000", "start": 0, "end": 4, "sha256": "0" * 64}) + "\n")
    with pytest.raises(ValueError, match=r"sentence 7 \(wiki:000000 0-4\).*build them again"):
        fresh.read_sentences({"wiki:000000": "Testo di prova."}, path)
    with pytest.raises(ValueError, match="sentence 7"):
        fresh.read_sentences({}, path)


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the sentences are rebuilt from {SHARED}, absent here")
def test_the_annotated_sentences_are_rebuilt_from_shared(tmp_path, script):
    fresh = script("fresh_text")
    fresh.build(tmp_path, SHARED)
    texts = {}
    for name in ("wiki", "adg_am", "wiki2", "prose2"):
        with (tmp_path / f"{name}.jsonl").open(encoding="utf-8") as f:
            texts.update((d["id"], d["text"]) for d in map(json.loads, f))
    sentences = fresh.read_sentences(texts)  # every checksum matches
    assert len(sentences) == 450
    assert sum("A" in s for s in sentences) == 275 and sum("B" in s for s in sentences) == 325
    assert sum("A" in s and "B" in s for s in sentences) == 150
    scores = fresh.recall_scores(sentences, {})
    assert scores["recall"]["pooled"] == {"wiki": [24, 0], "prose": [60, 0]}
    assert scores["agreement"]["matched"] == 21 and scores["agreement"]["same_speaker"] == 13


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the sentences are rebuilt from {SHARED}, absent here")
def test_the_second_sample_is_rebuilt_from_the_second_pile(tmp_path, script):
    fresh = script("fresh_text")
    fresh.build(tmp_path, SHARED)
    texts = {}
    for name in ("wiki2", "prose2"):
        with (tmp_path / f"{name}.jsonl").open(encoding="utf-8") as f:
            texts.update((d["id"], d["text"]) for d in map(json.loads, f))
    sentences = fresh.read_sentences(texts, fresh.RECALL_FILES[1])  # every checksum matches
    assert len(sentences) == 300
    assert sum("A" in s for s in sentences) == 200 and sum("B" in s for s in sentences) == 200
    assert sum("A" in s and "B" in s for s in sentences) == 100
    scores = fresh.recall_scores(sentences, {})
    assert scores["recall"]["pooled"] == {"wiki": [7, 0], "prose": [48, 0]}
    assert scores["agreement"] == {"sentences": 100, "A": 16, "B": 15, "matched": 15, "same_kind": 15,
                                   "speakers": 14, "same_speaker": 14}
