"""``python -m kit report`` and the exports: a self-contained HTML report and tables that match."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kit
from kit.__main__ import build_parser, main
from kit.corpus import load_corpus
from kit.records.export import read_csv, to_csv, to_jsonl
from kit.records.graph import relations_graph, to_gexf
from kit.records.tables import top_speakers
from kit.view.report import build_report

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL_URL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
IMAGE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


@pytest.fixture(scope="module")
def report_run(tmp_path_factory, articles_dir: Path) -> tuple[Path, str]:
    """The report of the sample articles with the rule-based pipeline, made by the command line
    (its ``main``, in this process: ``python -m kit share`` is run as a program in the browser tests)."""
    out = tmp_path_factory.mktemp("report")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["report", str(articles_dir), "-o", str(out), "--model", "blank", "--quiet"])
    assert code == 0
    return out, printed.getvalue()


@pytest.fixture(scope="module")
def docs(articles_dir: Path, blank_pipeline):
    """The same articles analysed in this process."""
    return kit.analyze(list(load_corpus(articles_dir)), blank_pipeline, progress=False)


def test_report_writes_all_files_and_a_summary(report_run, articles_dir: Path) -> None:
    out, stdout = report_run
    names = {p.name for p in out.iterdir()}
    assert names == {"report.html", "entities.csv", "quotes.csv", "relations.csv", "documents.csv",
                     "who_speaks_about_whom.gexf", "provenance.json", ".kit-outputs"}
    assert (out / ".kit-outputs").read_text(encoding="utf-8").split() == sorted(names - {".kit-outputs"})
    n = len(list(articles_dir.glob("*.txt")))
    assert f"{n} documents from {n} files; skipped 0 files and 0 rows" in stdout
    assert f"wrote {out / 'report.html'}" in stdout


def test_report_html_is_self_contained(report_run, docs) -> None:
    page = (report_run[0] / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<mark class="kit-ent"' in page  # entity highlights
    assert 'class="kit-quote' in page  # quotation highlights
    assert "<script" not in page.lower()
    assert not EXTERNAL_URL.search(page), EXTERNAL_URL.search(page)
    assert "@import" not in page and "url(" not in page
    images = IMAGE.findall(page)
    assert len(images) >= 3  # speakers, network, heatmap, targets (no dates: no time chart)
    assert all(base64.b64decode(data).startswith(b"\x89PNG\r\n\x1a\n") for data in images)
    for doc in docs:  # every article is shown, with its title
        assert f'>{doc._.kit_id}<' in page


def _key_columns(table: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row) for row in table[columns].itertuples(index=False)]


def test_quotes_csv_matches_the_table(report_run, docs) -> None:
    written = read_csv(report_run[0] / "quotes.csv")
    expected = kit.quotes_table(docs)
    assert list(written.columns) == list(expected.columns)
    assert len(written) == len(expected) > 0
    columns = ["doc_id", "start", "end", "kind", "cue", "speaker", "speaker_label", "text"]
    assert _key_columns(written, columns) == _key_columns(expected.astype(object), columns)
    assert written["about"].tolist() == expected["about"].tolist()


def test_entities_csv_matches_the_table(report_run, docs) -> None:
    written = read_csv(report_run[0] / "entities.csv")
    expected = kit.entities_table(docs)
    assert list(written.columns) == list(expected.columns)
    assert _key_columns(written, list(expected.columns)) == _key_columns(expected, list(expected.columns))


def test_relations_csv_and_graph_match_the_table(report_run, docs) -> None:
    expected = kit.relations_table(docs)
    written = read_csv(report_run[0] / "relations.csv")
    assert written[["speaker", "target", "n_quotes"]].values.tolist() == \
        expected[["speaker", "target", "n_quotes"]].values.tolist()
    assert written["doc_ids"].tolist() == expected["doc_ids"].tolist()
    graph = nx.read_gexf(report_run[0] / "who_speaks_about_whom.gexf")
    assert graph.number_of_edges() == len(expected)
    for row in expected.itertuples():
        assert graph.edges[row.speaker, row.target]["weight"] == row.n_quotes
        assert graph.nodes[row.speaker]["label"] == row.speaker


def test_documents_csv_matches_the_table(report_run, docs) -> None:
    written = pd.read_csv(report_run[0] / "documents.csv", encoding="utf-8-sig")
    expected = kit.documents_table(docs)
    assert written["doc_id"].tolist() == expected["doc_id"].tolist()
    assert written["title"].tolist() == expected["title"].tolist()
    assert written["n_quotes"].tolist() == expected["n_quotes"].tolist()


# --- in-process: escaping, empty input, the exports, the command line ----------------------------


def _record(**changes) -> dict:
    text = "Il sindaco ha detto: «Roma non si ferma, andiamo avanti con i lavori». Fine <b>."
    record = {"id": "a<1>", "title": "<script>alert(1)</script>", "text": text, "meta": {},
              "ents": [{"start": 22, "end": 26, "label": "LOC", "text": "Roma", "canonical": "Roma",
                        "source": "rule"}],
              "quotes": [{"index": 0, "start": 22, "end": 68, "kind": "direct", "text": text[22:68],
                          "cue": {"start": 11, "end": 19, "text": "ha detto"},
                          "speaker": "Il <sindaco>", "speaker_label": "PER",
                          "speaker_mention": {"start": 0, "end": 10, "text": "Il sindaco"},
                          "about": ["Roma"], "rule": "test"}],
              "relations": []}
    record.update(changes)
    return record


def test_report_escapes_every_text() -> None:
    page = build_report([_record()], title="Rapporto <prova> & co")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Il &lt;sindaco&gt;" in page and "<sindaco>" not in page
    assert "<title>Rapporto &lt;prova&gt; &amp; co</title>" in page
    assert "Fine &lt;b&gt;." in page


def test_report_without_quotes_has_no_charts() -> None:
    page = build_report([_record(quotes=[])])
    assert "<img" not in page and '<mark class="kit-ent"' in page


def test_report_limits_articles_but_says_so() -> None:
    records = [_record(id=f"d{i}") for i in range(4)]
    page = build_report(records, max_articles=2)
    assert "I primi 2 di 4 articoli" in page


def test_top_speakers() -> None:
    quotes = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "speaker": ["X", "Y", "X", None],
                           "speaker_label": ["PER", "ORG", "PER", None],
                           "about": [["Y", "Z"], [], ["Z"], ["X"]]})
    table = top_speakers(quotes)
    assert table.to_dict("records") == [
        {"speaker": "X", "label": "PER", "n_quotes": 2, "n_documents": 2, "about": ["Z", "Y"]},
        {"speaker": "Y", "label": "ORG", "n_quotes": 1, "n_documents": 1, "about": []},
    ]


def test_csv_and_jsonl_round_trip(tmp_path: Path) -> None:
    table = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Città di «Roma»", None],
                          "about": [["Rossi", "Bianchi, Verdi"], []], "n": [1, 2]})
    back = read_csv(to_csv(table, tmp_path / "t.csv"))
    assert back["about"].tolist() == table["about"].tolist()
    assert back["speaker"].tolist()[0] == "Città di «Roma»" and pd.isna(back["speaker"].tolist()[1])
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    lines = to_jsonl(table, tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["about"] for line in lines] == table["about"].tolist()
    assert "«Roma»" in lines[0]


def test_gexf_graph(tmp_path: Path) -> None:
    relations = pd.DataFrame({"speaker": ["Rossi", "Rossi", "Bianchi"], "speaker_label": ["PER"] * 3,
                              "target": ["Italia", "Bianchi", "Rossi"], "target_label": ["LOC", "PER", "PER"],
                              "n_quotes": [3, 1, 2], "doc_ids": [["a", "b"], ["a"], ["c"]]})
    graph = relations_graph(relations)
    assert graph.nodes["Italia"] == {"label": "Italia", "type": "LOC", "role": "target"}
    assert graph.nodes["Bianchi"]["role"] == "speaker"
    back = nx.read_gexf(to_gexf(relations, tmp_path / "g.gexf"))
    assert back.edges["Rossi", "Italia"]["weight"] == 3 and back.edges["Rossi", "Italia"]["doc_ids"] == "a,b"
    assert back.nodes["Italia"]["label"] == "Italia"


def test_command_line_errors_are_short(tmp_path: Path, capsys) -> None:
    assert main(["report", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no such file or folder" in err
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["report", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"), "-q"]) == 2
    captured = capsys.readouterr()
    assert "skipped empty.txt: empty file" in captured.out and "no documents" in captured.err


def test_command_line_has_its_commands() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices
    assert {"report", "share"} <= set(commands)
    assert ("evaluate" in commands) == (ROOT / "kit" / "evaluate.py").exists()
