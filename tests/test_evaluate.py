"""Scorers: exact-span NER with NERMuD token level, and the quote matching of the gold schema."""

from __future__ import annotations

import json

import pytest

from kit.evaluate import match_quotes, names_match, score_ner, score_quotes


def test_score_ner_span_and_token_level():
    records = [{"tokens": ["Sergio", "Mattarella", "a", "Roma"], "tags": ["B-PER", "I-PER", "O", "B-LOC"]}]
    # one exact PER, one LOC with the wrong label, one MISC to drop
    predictions = [{(0, 2, "PER"), (3, 4, "ORG"), (2, 3, "MISC")}]
    scores = score_ner(records, predictions)
    assert scores["labels"] == ["LOC", "PER"]
    assert scores["span"]["overall"] == {"p": 1.0, "r": 0.5, "f": 0.6667, "tp": 1, "pred": 1, "gold": 2}
    assert scores["span"]["PER"]["f"] == 1.0
    assert scores["span"]["LOC"]["r"] == 0.0
    # ORG is not a gold label here, so it is dropped like MISC: 2 of 3 gold tokens found
    assert scores["token_micro"]["tp"] == 2 and scores["token_micro"]["gold"] == 3


@pytest.mark.parametrize("a,b,expected", [
    ("Putin", "Vladimir Putin", True),
    ("il Cremlino", "Cremlino", True),
    ("Dipartimento di Stato", "Stato", True),
    ("Mario Rossi", "Luca Rossi", False),
    (None, "Putin", False),
])
def test_names_match(a, b, expected):
    assert names_match(a, b) is expected


def test_match_quotes_needs_half_of_the_longer_span():
    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 40}]
    pred = [{"start": 0, "end": 12}, {"start": 20, "end": 25}]
    assert match_quotes(gold, pred) == [(0, 0)]


def test_score_quotes_groups_speakers_and_pairs():
    gold = [{"id": "a", "text": "x" * 100, "quotes": [
        {"start": 0, "end": 10, "kind": "direct", "speaker": "Vladimir Putin", "about": ["Kim Jong Un"]},
        {"start": 20, "end": 30, "kind": "indirect", "speaker": "Kim Jong Un", "about": []},
        {"start": 40, "end": 45, "kind": "other", "speaker": None, "about": []},
    ]}]
    pred = {"a": [
        {"start": 0, "end": 10, "kind": "mixed", "speaker": "Putin", "about": ["Kim"]},
        {"start": 20, "end": 30, "kind": "indirect", "speaker": "Putin", "about": []},
        {"start": 60, "end": 70, "kind": "other", "speaker": None, "about": []},
    ]}
    scores = score_quotes(gold, pred)
    assert scores["detection"]["direct"]["f"] == 1.0
    assert scores["detection"]["reported"]["f"] == 1.0
    assert scores["detection"]["other"]["tp"] == 0
    assert scores["speaker_accuracy"] == {"acc": 0.5, "correct": 1, "n": 2}
    assert scores["who_about_whom"]["f"] == 1.0


def test_bootstrap_intervals_resample_whole_articles():
    from kit.evaluate import bootstrap_quotes

    right = {"id": "a", "text": "x" * 50, "quotes": [{"start": 0, "end": 10, "kind": "direct", "speaker": "Mario Rossi"}]}
    missed = {"id": "b", "text": "x" * 50, "quotes": [{"start": 0, "end": 10, "kind": "direct", "speaker": "Anna Bianchi"}]}
    pred = {"a": [{"start": 0, "end": 10, "kind": "direct", "speaker": "Rossi", "about": []}]}
    assert score_quotes([right, missed], pred)["detection"]["speech"]["f"] == 0.6667
    intervals = bootstrap_quotes([right, missed], pred, samples=400)
    # resamplings draw {a, a} (F 1), {a, b} (F 0.667) or {b, b} (F 0): the interval spans them
    assert intervals["speech F"] == (0.0, 1.0)
    assert intervals["speaker accuracy"] == (1.0, 1.0)  # the one matched quotation's speaker is right
    assert intervals == bootstrap_quotes([right, missed], pred, samples=400)  # seeded
    # one article: every resampling is the article itself
    assert bootstrap_quotes([right], pred, samples=50)["speech F"] == (1.0, 1.0)


def test_paired_bootstrap_scores_two_pipelines_on_the_same_resampled_articles():
    from kit.evaluate import bootstrap_quotes

    gold = [{"id": k, "text": "x" * 50, "quotes": [{"start": 0, "end": 10, "kind": "direct", "speaker": "Mario Rossi"}]}
            for k in "ab"]
    both = {k: [{"start": 0, "end": 10, "kind": "direct", "speaker": "Rossi", "about": []}] for k in "ab"}
    only_a = {"a": both["a"]}
    assert round(score_quotes(gold, both)["detection"]["speech"]["f"] - score_quotes(gold, only_a)["detection"]["speech"]["f"], 4) == 0.3333
    diff = bootstrap_quotes(gold, both, samples=400, baseline=only_a)
    # {a, a}: 1 - 1 = 0; {a, b}: 1 - 0.667; {b, b}: 1 - 0 (the baseline finds nothing)
    assert diff["speech F"] == (0.0, 1.0)
    assert diff["speaker accuracy"] == (0.0, 0.0)  # {b, b} has no matched baseline quote: left out
    assert bootstrap_quotes(gold, both, samples=400, baseline=both)["speech F"] == (0.0, 0.0)


def test_scores_by_source_split_the_articles_by_the_file_their_id_names():
    from kit.evaluate import scores_by_source, source_of

    quote = {"start": 0, "end": 10, "kind": "direct", "speaker": "Mario Rossi"}
    gold = [{"id": f"WN_train:{k}", "text": "x" * 50, "quotes": [quote]} for k in "ab"] \
        + [{"id": "WN_dev:c", "text": "x" * 50, "quotes": [quote]}, {"id": "solo", "text": "x" * 50, "quotes": []}]
    pred = {"WN_train:a": [{**quote, "speaker": "Rossi", "about": []}],
            "WN_dev:c": [{**quote, "speaker": "Anna Bianchi", "about": []}]}
    assert source_of("WN_train:000123") == "WN_train" and source_of("solo") == "solo"
    by = scores_by_source(gold, pred, bootstrap=50)
    assert list(by) == ["WN_dev", "WN_train", "solo"]
    assert by["WN_train"]["articles"] == 2 and by["WN_train"]["detection"]["speech"]["f"] == 0.6667
    assert by["WN_train"]["speaker_accuracy"] == {"acc": 1.0, "correct": 1, "n": 1}
    assert by["WN_dev"]["detection"]["speech"]["f"] == 1.0
    assert by["WN_dev"]["speaker_accuracy"] == {"acc": 0.0, "correct": 0, "n": 1}
    assert by["WN_dev"]["bootstrap"]["intervals"]["speech F"] == (1.0, 1.0)
    assert "bootstrap" not in scores_by_source(gold, pred)["WN_dev"]


def test_evaluate_quotes_cli_prints_intervals_and_scores_the_fast_variant(capsys, monkeypatch, tmp_path):
    from kit import pipeline
    from kit.__main__ import main

    gold = tmp_path / "gold.jsonl"
    text = "Il sindaco Marco Rossi ha detto: «Il ponte riaprirà lunedì». Poi è andato via."
    gold.write_text(json.dumps({"id": "x", "text": text, "quotes": [
        {"start": text.index("Il ponte"), "end": text.index("»"), "kind": "direct", "speaker": "Marco Rossi",
         "about": []}]}) + "\n", encoding="utf-8")
    asked, real = {}, pipeline.load

    def load(**kwargs):
        asked.update(kwargs)
        return real(model="blank")

    monkeypatch.setattr(pipeline, "load", load)
    assert main(["evaluate", "quotes", str(gold), "--bootstrap", "20", "--speed", "fast"]) == 0
    out = capsys.readouterr().out
    assert asked["speed"] == "fast"
    assert "95% intervals (20 resamplings of the articles):" in out
    assert "speech F 1.000-1.000" in out and "speaker accuracy 1.000-1.000" in out
    assert main(["evaluate", "quotes", str(gold), "--by-source"]) == 0
    out = capsys.readouterr().out
    assert "  from x (1 articles): speech 1.000, direct 1.000, reported 0.000, speaker accuracy 1.000 (1/1), " \
           "who-about-whom 0.000" in out
    assert main(["evaluate", "ner", str(gold), "--by-source"]) == 2
    assert capsys.readouterr().err == "error: --by-source scores quotations by their articles' source: quotes task only\n"
    assert main(["evaluate", "quotes", str(gold), "--bootstrap", "20", "--against-speed", "accurate"]) == 0
    out = capsys.readouterr().out
    assert asked["speed"] == "accurate"  # the last pipeline loaded: the one compared against
    assert "minus blank (accurate), on the same articles (paired 95 % intervals):" in out
    assert "speech F +0.000 (+0.000 to +0.000)" in out


def test_reference_article_scores():
    """The reference article (shared, read-only) is a regression check for the whole pipeline."""
    from pathlib import Path

    import kit
    from kit.evaluate import evaluate_quotes

    ref = Path(__file__).resolve().parents[2] / "shared" / "reference" / "putin_kim_gold.jsonl"
    if not ref.exists():
        pytest.skip("../shared/reference is not beside the checkout")
    nlp = kit.load()
    scores = evaluate_quotes(nlp, ref)
    assert scores["detection"]["speech"]["f"] >= 0.9
    assert scores["speaker_accuracy"]["acc"] >= 0.9
    article = json.loads(ref.read_text(encoding="utf-8"))
    relations = kit.relations_table([kit.analyze(article["text"], nlp)])
    for expected in ("Vladimir Putin", "Kim Jong Un", "Matthew Miller"):  # names matched as when scoring
        assert any(names_match(expected, got) for got in relations["speaker"]), expected


def test_a_missing_shared_file_fails_at_once_in_one_line(capsys, monkeypatch):
    from kit import pipeline
    from kit.__main__ import main

    monkeypatch.setattr(pipeline, "load", lambda **kwargs: pytest.fail("the pipeline was loaded"))
    assert main(["evaluate", "ner", "../shared/data/kind/jsonl/NOPE_dev.jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("error: no such file: ../shared/data/kind/jsonl/NOPE_dev.jsonl (../shared is the")


def test_without_switches_the_learned_parts_off_and_compares_with_the_whole(capsys, monkeypatch, tmp_path):
    import kit
    from kit import pipeline
    from kit.__main__ import main
    from kit.evaluate import switch_off

    nlp = switch_off(kit.load(), ["ranker", "fragment-model"])
    finder = nlp.get_pipe("kit_quotes")
    assert finder.ranker is None and finder.fragments is None
    assert nlp.meta["kit"]["without"] == ["ranker", "fragment-model"]
    assert kit.load().get_pipe("kit_quotes").ranker is not None  # a new pipeline is whole again
    with pytest.raises(ValueError, match="no learned part 'parser'"):
        switch_off(kit.load(), ["parser"])

    gold = tmp_path / "gold.jsonl"
    text = "Il sindaco Marco Rossi ha detto: «Il ponte riaprirà lunedì». Poi è andato via."
    gold.write_text(json.dumps({"id": "x", "text": text, "quotes": [
        {"start": text.index("Il ponte"), "end": text.index("»"), "kind": "direct", "speaker": "Marco Rossi",
         "about": []}]}) + "\n", encoding="utf-8")
    loaded, real = [], pipeline.load

    def load(**kwargs):
        loaded.append(real(**kwargs))
        return loaded[-1]

    monkeypatch.setattr(pipeline, "load", load)
    assert main(["evaluate", "quotes", str(gold), "--without", "ranker"]) == 0
    out = capsys.readouterr().out
    scored, whole = loaded
    assert scored.get_pipe("kit_quotes").ranker is None and scored.get_pipe("kit_quotes").fragments is not None
    assert whole.get_pipe("kit_quotes").ranker is not None  # compared with the whole pipeline
    assert ", without the ranker" in out.splitlines()[0]
    assert "speech F +0.000" in out and "minus " in out
    assert main(["evaluate", "ner", str(gold), "--without", "ranker"]) == 2
    assert capsys.readouterr().err == "error: --without switches off parts of the quotation component: quotes task only\n"
