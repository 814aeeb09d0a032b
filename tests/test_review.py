"""The review queue: its order, the keys, undo, atomic gold files, and evaluation against them.

The queue's logic is tested on hand-made records; the widget is driven as an analyst would (set
``.value``, click); the evaluation runs the real command line on the file the widget saved.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import kit
from kit.__main__ import main as kit_main
from kit.records.review import (Decision, decide, gold_articles, queue, read_decisions,
                                reviewed_records, unclosed_marks)
from kit.rules import load_rules, save_rules
from kit.view.render import render_html
from kit.view.review import Review, context_record

TEXT = ("Mario Rossi ha detto: «Siamo pronti a tutto». "       # 0: speaker an entity
        "Qualcuno ha detto: «Non ci sto per niente». "          # 1: no speaker
        "Il portavoce ha detto che «nulla cambia davvero». "    # 2: speaker not an entity
        "Il film «La strada» piace. "                           # 3: other
        "«Ancora qui, come sempre», ha aggiunto.")              # 4: carried from quote 0


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _record() -> dict:
    def quote(part, kind, speaker=None, speaker_rule="", mention=None):
        start, end = _span(TEXT, part)
        m = None
        if mention:
            ms, me = _span(TEXT, mention)
            m = {"start": ms, "end": me, "text": mention}
        return {"start": start, "end": end, "kind": kind, "text": part, "speaker": speaker,
                "speaker_rule": speaker_rule, "speaker_mention": m, "cue": None, "about": []}

    rs, re_ = _span(TEXT, "Mario Rossi")
    return {"id": "a1", "title": "Prova", "text": TEXT,
            "ents": [{"start": rs, "end": re_, "label": "PER", "text": "Mario Rossi", "canonical": "Mario Rossi"}],
            "quotes": [quote("Siamo pronti a tutto", "direct", "Mario Rossi", "subject", "Mario Rossi"),
                       quote("Non ci sto per niente", "direct"),
                       quote("nulla cambia davvero", "mixed", "portavoce", "subject+description", "Il portavoce"),
                       quote("La strada", "other"),
                       quote("Ancora qui, come sempre", "direct", "Mario Rossi", "previous-quote+subject")]}


# -- the queue's order ----------------------------------------------------------------------------
def test_queue_puts_the_most_doubtful_first_with_reasons():
    record = _record()
    items = queue([record])
    starts = [it.key[1] for it in items]
    q = record["quotes"]
    assert starts == [q[1]["start"], q[2]["start"], q[4]["start"], q[0]["start"], q[3]["start"]]
    assert [it.reasons for it in items] == [
        ("no speaker",), ("description not resolved",), ("speaker carried from a previous quote",), (), ()]
    assert [it.score for it in items] == [5, 4, 1, 0, 0]


def test_a_quote_a_rule_change_altered_comes_first():
    record = _record()
    q0 = record["quotes"][0]
    items = queue([record], changed=[("a1", q0["start"], q0["end"])])
    assert items[0].key == ("a1", q0["start"], q0["end"])
    assert items[0].reasons == ("changed by the last rule change",)


@pytest.mark.parametrize(("text", "part", "expected"), [
    ("Disse: «Siamo pronti». Poi", "Siamo pronti", False),
    ("Disse: “Siamo pronti“. Poi", "Siamo pronti", True),      # an opening mark used to close
    ("Disse: “Siamo pronti”. Poi", "Siamo pronti", False),
    ("Disse: «Siamo pronti. Poi via", "Siamo pronti", True),   # never closed
    ("ha detto che l’asse «regge» bene", "l’asse «regge» bene", False),  # an apostrophe, a closed pair
    ("ha detto che «regge bene", "ha detto che «regge bene", True),
])
def test_unclosed_marks(text, part, expected):
    assert unclosed_marks(text, *_span(text, part)) is expected


# -- decisions and the gold file ------------------------------------------------------------------
def test_gold_articles_hold_reviewed_pending_and_rejected_quotes():
    record = _record()
    q = record["quotes"]
    k = lambda i: ("a1", q[i]["start"], q[i]["end"])  # noqa: E731
    decisions = {k(0): decide(record, q[0], "accepted"),
                 k(1): decide(record, q[1], "corrected", speaker="Mario  Rossi"),
                 k(3): decide(record, q[3], "rejected")}
    [article] = gold_articles([record], decisions)
    assert article["id"] == "a1" and article["text"] == TEXT and article["entities"] == []
    by_start = {g["start"]: g for g in article["quotes"]}
    assert set(by_start) == {q[0]["start"], q[1]["start"], q[2]["start"], q[4]["start"]}
    assert by_start[q[0]["start"]]["review"] == "accepted"
    fixed = by_start[q[1]["start"]]
    assert (fixed["review"], fixed["speaker"], fixed["speaker_type"], fixed["speaker_mention"]) == (
        "corrected", "Mario Rossi", "PER", "Mario Rossi")
    assert by_start[q[2]["start"]]["review"] == "pending"
    assert article["rejected"] == [{"start": q[3]["start"], "end": q[3]["end"], "kind": "other", "speaker": None}]
    assert gold_articles([record], {}) == []


def test_decisions_validate_their_values():
    record = _record()
    with pytest.raises(ValueError, match="unknown quote kind 'speech'"):
        decide(record, record["quotes"][0], "corrected", kind="speech")
    with pytest.raises(ValueError, match="runs past the text"):
        decide(record, record["quotes"][0], "corrected", end=len(TEXT) + 5)
    with pytest.raises(ValueError, match="bad quote span 9:3"):
        decide(record, record["quotes"][0], "corrected", start=9, end=3)
    other = decide(record, record["quotes"][0], "corrected", kind="other")
    assert (other.speaker, other.speaker_type) == (None, None)


def test_reviewed_records_apply_decisions_and_render_a_check_mark(tmp_path):
    record = _record()
    q = record["quotes"]
    decisions = {("a1", q[0]["start"], q[0]["end"]): decide(record, q[0], "accepted"),
                 ("a1", q[1]["start"], q[1]["end"]): decide(record, q[1], "rejected")}
    [out] = reviewed_records([record], decisions)
    assert [x.get("review") for x in out["quotes"]] == ["accepted", "", "", ""]
    html = render_html(out)
    assert html.count("kit-reviewed") == 1
    assert 'title="reviewed: accepted"' in html
    table = kit.quotes_table(out)
    assert list(table["review"]) == ["accepted", "pending", "pending", "pending"]
    assert "review" not in kit.quotes_table(record).columns  # records never reviewed: no column
    review = Review([_record()], path=tmp_path / "review.jsonl")
    assert list(review.quotes_table()["review"]) == ["pending"] * 5


def test_context_record_shifts_offsets_and_keeps_the_quote():
    record = {"id": "x", "text": "Primo paragrafo.\nRossi ha detto: «Bene».\nTerzo.", "ents": [], "quotes": []}
    s, e = _span(record["text"], "Bene")
    record["quotes"] = [{"start": s, "end": e, "kind": "direct", "speaker": None}]
    part = context_record(record, record["quotes"][0], width=100)
    assert part["text"] == "Rossi ha detto: «Bene»."
    q = part["quotes"][0]
    assert part["text"][q["start"]:q["end"]] == "Bene"
    assert part["prefix"] == "…"


# -- the widget -----------------------------------------------------------------------------------
@pytest.fixture()
def review(tmp_path: Path) -> Review:
    return Review([_record()], path=tmp_path / "review.jsonl")


def _saved(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_keys_accept_reject_and_advance(review):
    first, second = review.items[0].key, review.items[1].key
    review.key_box.value = "a"
    assert review.key_box.value == ""  # the box clears itself for the next key
    assert review.decisions[first].status == "accepted"
    assert review.item.key == second
    review.key_box.value = "x"
    assert review.decisions[second].status == "rejected"
    assert review.position == 2
    [article] = _saved(review.path)
    assert article["rejected"][0]["start"] == second[1]
    assert "2 reviewed" in review.header.value


def test_keys_change_speaker_kind_and_span(review):
    key = review.items[0].key  # "Non ci sto per niente", no speaker
    review.key_box.value = "1"  # entity 1 of the list: Mario Rossi
    d = review.decisions[key]
    assert (d.status, d.speaker, d.speaker_type) == ("corrected", "Mario Rossi", "PER")
    assert review.speaker.value == "Mario Rossi" and review.speaker.options == ("Mario Rossi",)
    review.key_box.value = "i"
    assert review.decisions[key].kind == "indirect" and review.kind.value == "indirect"
    start, end = _span(TEXT, "ci sto")
    review.span_start.value, review.span_end.value = start, end
    review.span_button.click()
    d = review.decisions[key]
    assert (d.start, d.end, d.kind, d.speaker) == (start, end, "indirect", "Mario Rossi")
    review.speaker.value = "Giulia Neri"  # free text: not an entity of the article
    assert (review.decisions[key].speaker, review.decisions[key].speaker_type) == ("Giulia Neri", "other")
    review.key_box.value = "a"  # confirms: a corrected quote stays corrected
    assert review.decisions[key].status == "corrected"
    gold = {q["predicted"]["start"]: q for q in _saved(review.path)[0]["quotes"]}[key[1]]
    assert (gold["start"], gold["end"], gold["kind"], gold["speaker"], gold["review"]) == (
        start, end, "indirect", "Giulia Neri", "corrected")


def test_unknown_key_and_missing_entity_are_reported(review):
    review.key_box.value = "z"
    assert "no action for 'z'" in review.last_error
    review.key_box.value = "7"
    assert review.last_error == "no entity 7: the article lists 1"
    assert review.decisions == {}


def test_undo_steps_back_through_decisions(review):
    key = review.items[0].key
    review.key_box.value = "1"
    review.key_box.value = "o"
    assert review.decisions[key].kind == "other"
    review.key_box.value = "u"
    assert review.decisions[key].kind == "direct" and review.decisions[key].speaker == "Mario Rossi"
    review.key_box.value = "u"
    assert key not in review.decisions
    assert review.item.key == key
    assert _saved(review.path) == []  # the file follows: no decision, no article
    review.key_box.value = "u"
    assert "nothing to undo" in review.status.value


def test_decisions_are_read_back_from_the_file(tmp_path):
    path = tmp_path / "review.jsonl"
    first = Review([_record()], path=path)
    first.key_box.value = "1ax"
    again = Review([_record()], path=path)
    assert again.decisions == first.decisions
    assert {d.status for d in again.decisions.values()} == {"corrected", "rejected"}
    assert "2 already reviewed" in again.status.value


def test_a_failed_save_keeps_the_old_file_and_says_so(review, monkeypatch):
    review.key_box.value = "a"
    before = review.path.read_bytes()

    def refuse(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    review.key_box.value = "a"
    assert "disk full" in review.last_error
    assert review.path.read_bytes() == before
    assert [p.name for p in review.path.parent.iterdir()] == ["review.jsonl"]  # no temporary file left


def test_bad_gold_file_is_a_clear_error(tmp_path):
    path = tmp_path / "review.jsonl"
    path.write_text('{"id": "a1", "quotes": [{"start": 1, "end": 3, "kind": "direct", "review": "accepted"}]}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match="quotes the kit no longer finds: a1 1:3"):
        read_decisions(path, [_record()])


# -- evaluation against the analyst's file, through the command line -------------------------------
def test_evaluate_scores_the_kit_against_the_saved_review(tmp_path, capsys):
    rules = load_rules()
    rules = rules.replace(entity_patterns=[*rules.entity_patterns, {"label": "PER", "pattern": "Mario Rossi"},
                                           {"label": "PER", "pattern": "Anna Bianchi"}])
    rules_path = tmp_path / "rules.json"
    save_rules(rules, rules_path)
    nlp = kit.load(model="blank", rules=rules)
    text = ("Sciopero dei treni\nMario Rossi ha detto: «Siamo pronti a fermarci tutti». "
            "Anna Bianchi ha dichiarato: «Non firmeremo nessun accordo ingiusto». "
            "Il ministro ha spiegato che la trattativa riprenderà lunedì mattina.")
    docs = kit.analyze([{"id": "t1", "text": text}], nlp, progress=False)
    assert len(docs[0]._.kit_quotes) == 3
    review = Review(docs, nlp, path=tmp_path / "gold.jsonl")
    keys = {review._record(it)["text"][it.key[1]:it.key[2]][:10]: i for i, it in enumerate(review.items)}
    review.position = keys["Siamo pron"]
    review.key_box.value = "a"
    review.position = keys["Non firmer"]
    review.speaker.value = "Mario Rossi"  # the analyst says the kit's speaker (Anna Bianchi) is wrong
    review.position = keys["la trattat"]
    review.key_box.value = "x"
    out = tmp_path / "scores.json"
    assert kit_main(["evaluate", "quotes", str(review.path), "--model", "blank", "--rules", str(rules_path),
                     "--json", str(out)]) == 0
    scores = json.loads(out.read_text())[str(review.path)]
    assert scores["speaker_accuracy"] == {"acc": 0.5, "correct": 1, "n": 2}
    assert scores["detection"]["direct"]["p"] == 1.0 and scores["detection"]["direct"]["gold"] == 2
    assert scores["detection"]["reported"] == {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "pred": 1, "gold": 0}
    assert "speaker accuracy 0.500 (1/2)" in capsys.readouterr().out


def test_pending_quotes_are_left_out_of_the_scores(tmp_path):
    from kit.evaluate import drop_pending, score_quotes

    gold = [{"id": "a", "text": "x" * 100, "quotes": [
        {"start": 0, "end": 10, "kind": "direct", "speaker": "A", "review": "accepted"},
        {"start": 20, "end": 30, "kind": "direct", "speaker": "B", "review": "pending"}]}]
    pred = {"a": [{"start": 0, "end": 10, "kind": "direct", "speaker": "A"},
                  {"start": 20, "end": 30, "kind": "direct", "speaker": "C"}]}
    articles, kept = drop_pending(gold, pred)
    scores = score_quotes(articles, kept)
    assert scores["detection"]["direct"]["p"] == 1.0 and scores["detection"]["direct"]["pred"] == 1
    assert scores["speaker_accuracy"]["n"] == 1


def test_alias_rule_from_a_correction_previews_then_applies(tmp_path):
    nlp = kit.load(model="blank", rules=load_rules().replace(
        entity_patterns=[*load_rules().entity_patterns, {"label": "PER", "pattern": "Sergio Mattarella"}]))
    text = ("Visita al Quirinale\nSergio Mattarella ha ricevuto gli studenti. "
            "Il Quirinale ha fatto sapere: «La Costituzione non è un museo da visitare».")
    docs = kit.analyze([{"id": "m1", "text": text}], nlp, progress=False)
    review = Review(docs, nlp, path=tmp_path / "gold.jsonl")
    speech = [i for i, it in enumerate(review.items) if it.quote["kind"] != "other"]
    review.position = speech[0]
    predicted = review.item.quote["speaker"]
    assert predicted and predicted != "Sergio Mattarella"
    review.speaker.value = "Sergio Mattarella"
    review.alias_button.click()
    assert review.last_error is None, review.last_error
    assert "speaker changed" in review.rule_diff.value and "Sergio Mattarella" in review.rule_diff.value
    assert review.corpus.docs[0]._.kit_quotes[0].speaker == predicted  # only a preview
    review.apply_rule_button.click()
    assert review.last_error is None, review.last_error
    assert [q["speaker"] for q in review.base_records[0]["quotes"] if q["kind"] != "other"] == ["Sergio Mattarella"]
    assert review.items[0].reasons[0] == "changed by the last rule change"
    assert any(review.decisions)  # the decision taken before the rule is kept


def test_review_is_a_public_name():
    assert kit.Review is Review
    assert isinstance(Decision(("a", 0, 1), "accepted", 0, 1, "direct", None), Decision)


# -- provenance ------------------------------------------------------------------------------------
def test_provenance_in_every_output(tmp_path):
    from kit.records.export import export_tables
    from kit.view.report import write_report
    from kit.view.share import notebook_html

    nlp = kit.load(model="blank")
    docs = kit.analyze([{"id": "p1", "text": "Titolo\nMario Rossi ha detto: «Siamo pronti a tutto oggi»."}],
                       nlp, progress=False)
    info = kit.provenance(docs, nlp)
    assert info["kit_version"] == kit.__version__
    assert info["pipeline"] == "blank (it, 0.0.0)" and info["documents"] == 1
    assert len(info["rules_sha256"]) == 12 and info["rules"] == "rules.json"
    assert kit.provenance(docs)["rules_sha256"] == info["rules_sha256"]  # from the Docs' stamps alone
    other = kit.load(model="blank", rules=load_rules().replace(speech_verbs=["dire"]))
    assert kit.provenance(None, other)["rules_sha256"] != info["rules_sha256"]
    files = write_report(docs, tmp_path / "out")
    page = files.report.read_text(encoding="utf-8")
    assert f"rules rules.json sha256:{info['rules_sha256']}" in page and "pipeline blank (it, 0.0.0)" in page
    saved = json.loads((tmp_path / "out" / "provenance.json").read_text(encoding="utf-8"))
    assert {k: saved[k] for k in ("kit_version", "pipeline", "rules_sha256", "documents")} == {
        k: info[k] for k in ("kit_version", "pipeline", "rules_sha256", "documents")}
    gexf = (tmp_path / "out" / "who_speaks_about_whom.gexf").read_text(encoding="utf-8")
    assert f"sha256:{info['rules_sha256']}" in gexf.split("</meta>")[0]
    written = export_tables(docs, tmp_path / "tables", jsonl=True)
    assert written["provenance"].name == "provenance.json"
    review = Review(docs, nlp, path=tmp_path / "gold.jsonl")
    review.key_box.value = "a"
    assert review.provenance()["review"] == str(tmp_path / "gold.jsonl")
    assert len(review.provenance()["review_sha256"]) == 12
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("1"))
    nb.cells[0].outputs = [nbformat.v4.new_output("display_data", data={"text/html": page})]
    nb.metadata["title"] = "corpus"
    shared = notebook_html(nb)
    footer = shared.split('class="kit-provenance"')[-1]
    assert f"kit {kit.__version__} · notebook corpus · shared " in footer
    assert f"sha256:{info['rules_sha256']}" in footer
