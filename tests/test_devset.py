"""The real-news dev set: its loader, its detokeniser and the kit's pinned scores on the check part.

The dev set's texts are rebuilt from ``../shared/data`` (KIND); without it these tests skip with a
reason (CI always has it).
"""

from __future__ import annotations

import json

import pytest

from kit import devset
from kit.devset import DEVSET_DIR, checksum, detokenize

SHARED = devset.DEFAULT_DATA
needs_shared = pytest.mark.skipif(not (SHARED / "kind" / "jsonl" / "WN_train.jsonl").exists(),
                                  reason=f"the dev set's texts are rebuilt from {SHARED} (KIND), absent here")

#: the kit's scores on the check part, pinned so that a regression shows (update them on purpose,
#: with the closing note of the change that moved them)
CHECK_SCORES = {"speech_f": 0.710, "reported_f": 0.626, "direct_f": 0.896, "speaker_acc": 0.741,
                "about_f": 0.493}
#: the same on the check part of the treebank pieces (round 13)
UD_CHECK_SCORES = {"speech_f": 0.691, "reported_f": 0.500, "direct_f": 0.864, "speaker_acc": 0.643,
                   "about_f": 0.533}


@pytest.mark.parametrize("tokens,text", [
    (["In", "fiamme", "l'", "Istituto", ",", "monastero", "buddhista"], "In fiamme l'Istituto, monastero buddhista"),
    (["Ha", "detto", ":", "«", "Siamo", "pronti", ".", "»", "Poi", "è", "uscito", "."],
     "Ha detto: «Siamo pronti.» Poi è uscito."),
    (["Il", '"', "decreto", "sicurezza", '"', "(", "dl", ")", "è", "legge", "."],
     'Il "decreto sicurezza" (dl) è legge.'),
    (["dell'", "Ucraina", "all'", "1", "%", "?"], "dell'Ucraina all'1%?"),
])
def test_detokenize(tokens, text):
    assert detokenize(tokens) == text


def test_checksum_is_sha256_of_the_text():
    assert checksum("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_split_is_fixed_by_the_id():
    assert devset.split_of("WN_train:001705") == devset.split_of("WN_train:001705")
    assert {devset.split_of(f"WN_train:{i:06d}") for i in range(30)} == {"tune", "check"}


@pytest.mark.parametrize("part,split,sources", [
    ("tune", "tune", set(devset.SOURCES)), ("check", "check", set(devset.SOURCES)),
    ("ud_tune", "tune", set(devset.UD_SOURCES)), ("ud_check", "check", set(devset.UD_SOURCES))])
def test_stored_annotation_holds_no_text(part, split, sources):
    for line in (DEVSET_DIR / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert set(entry) == {"id", "source", "first", "last", "sha256", "quotes"}
        assert devset.split_of(entry["id"]) == split and entry["source"] in sources


@needs_shared
def test_loader_rebuilds_every_article_and_checks_it():
    articles = devset.load_gold(DEVSET_DIR / "check.jsonl")
    assert len(articles) == 234 and sum(len(a["quotes"]) for a in articles) == 1273
    for art in articles:
        assert checksum(art["text"]) == art["sha256"]
        assert art["text"].startswith(art["title"])
        for q in art["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(art["text"])
            assert art["text"][q["start"]:q["end"]].strip() == art["text"][q["start"]:q["end"]]


@needs_shared
def test_the_long_articles_of_rounds_10_to_12_are_outside_every_earlier_pool():
    long = devset.select(n=100_000, min_score=0, sentences=(46, 10_000))
    usual = {a["id"] for a in devset.select(n=100_000, min_score=0)}
    assert len(long) == 58 and all(a["last"] - a["first"] + 1 > 45 for a in long)
    assert not usual & {a["id"] for a in long}
    stored = {json.loads(line)["id"] for split in ("tune", "check")
              for line in (DEVSET_DIR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()}
    assert {a["id"] for a in long} <= stored  # all 58 (14 + 28 + 16)


def test_vit_pieces_end_after_a_finished_sentence_with_their_marks_paired():
    sents = [f"Frase {i}." for i in range(10)]
    assert devset.ud_bounds(sents, size=3) == [(0, 2), (3, 5), (6, 9)]  # a one-sentence tail joins the piece before
    sents[2] = 'Ha detto: "noi ci saremo.'  # the mark is closed only in sentence 4
    sents[4] = 'Lo sappiamo".'
    assert devset.ud_bounds(sents, size=3)[0] == (0, 4)
    sents[6] = "e poi se ne andò."  # a lower-case sentence goes on the one before
    assert devset.ud_bounds(sents, size=3)[1] == (5, 7)
    sents[8] = "Disse:"  # no final punctuation: the piece goes on
    assert devset.ud_bounds(sents, size=3)[1:] == [(5, 7), (8, 9)]
    assert devset.ud_bounds(sents, size=3, running=False) == [(0, 2), (3, 5), (6, 9)]  # unrelated sentences


needs_ud = pytest.mark.skipif(not all((SHARED / path).exists() for path, _ in devset.UD_SOURCES.values()),
                              reason=f"the treebank pieces are rebuilt from {SHARED / 'ud_italian'}, absent here")


@needs_ud
@pytest.mark.parametrize("source,n_sents,n_pieces,second,joiner", [
    ("VIT_dev", 743, 28, 41, " "), ("ISDT_dev", 564, 23, 25, "\n")])
def test_treebank_text_is_cut_into_pieces_of_consecutive_sentences(source, n_sents, n_pieces, second, joiner):
    sentences = devset.ud_sentences(source)
    pieces = list(devset.ud_articles(source))
    assert len(sentences) == n_sents and len(pieces) == n_pieces
    assert pieces[0]["id"] == f"{source}:000000" and pieces[1]["id"] == f"{source}:{second:06d}"
    assert [p["first"] for p in pieces[1:]] == [p["last"] + 1 for p in pieces[:-1]] and pieces[-1]["last"] == n_sents - 1
    assert pieces[1]["text"].startswith(sentences[second] + joiner + sentences[second + 1])
    assert all(p["title"] is None for p in pieces)
    if joiner == " ":  # running text: a piece never cuts a quotation
        assert all(p["text"].count('"') % 2 == 0 for p in pieces[1:])


@needs_ud
def test_the_treebank_parts_are_rebuilt_and_checked():
    tune, check = devset.load_gold(DEVSET_DIR / "ud_tune.jsonl"), devset.load_gold(DEVSET_DIR / "ud_check.jsonl")
    assert (len(tune), len(check)) == (34, 17)
    assert (sum(len(a["quotes"]) for a in tune), sum(len(a["quotes"]) for a in check)) == (150, 58)
    assert {a["id"] for a in tune + check} == {a["id"] for s in devset.UD_SOURCES for a in devset.ud_articles(s)}


@needs_ud
def test_a_treebank_piece_is_rebuilt_and_checked():
    piece = list(devset.ud_articles("VIT_dev"))[3]
    entry = {"id": piece["id"], "source": "VIT_dev", "first": piece["first"], "last": piece["last"],
             "sha256": checksum(piece["text"]), "quotes": []}
    assert devset.rebuild(entry)["text"] == piece["text"]
    with pytest.raises(ValueError, match="does not match the annotation's checksum"):
        devset.rebuild({**entry, "last": piece["last"] - 1})


@needs_shared
def test_a_changed_text_is_refused(tmp_path):
    entry = json.loads((DEVSET_DIR / "tune.jsonl").read_text(encoding="utf-8").splitlines()[0])
    entry["sha256"] = "0" * 64
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="does not match the annotation's checksum"):
        devset.load_gold(bad)


@needs_shared
@needs_ud
@pytest.mark.slow
@pytest.mark.parametrize("part,pinned", [("check", CHECK_SCORES), ("ud_check", UD_CHECK_SCORES)])
def test_check_part_scores_are_pinned(part, pinned):
    import kit
    from kit.evaluate import evaluate_quotes

    scores = evaluate_quotes(kit.load(), DEVSET_DIR / f"{part}.jsonl")
    found = {"speech_f": scores["detection"]["speech"]["f"], "reported_f": scores["detection"]["reported"]["f"],
             "direct_f": scores["detection"]["direct"]["f"], "speaker_acc": scores["speaker_accuracy"]["acc"],
             "about_f": scores["who_about_whom"]["f"]}
    for key, value in pinned.items():
        assert found[key] == pytest.approx(value, abs=0.01), (key, found)
