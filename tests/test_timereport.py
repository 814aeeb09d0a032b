"""The report's "over time" and "by outlet" sections (hand-made records: no model)."""

from __future__ import annotations

import base64
import re

import pandas as pd
import pytest

import kit
from kit.view.timereport import counts_by

SECTION = re.compile(r'<section id="(?P<id>[\w-]+)"><h2>(?P<heading>[^<]*)</h2>(?P<body>.*?)</section>', re.S)
IMAGE = re.compile(r'<img src="data:image/png;base64,([^"]+)" alt="([^"]*)"')


def _record(doc_id: str, meta: dict, quotes: list[tuple]) -> dict:
    return {"id": doc_id, "title": doc_id, "text": "testo " * 5, "meta": meta, "ents": [], "relations": [],
            "quotes": [{"index": i, "start": 0, "end": 5, "kind": "direct", "text": "testo", "speaker": s,
                        "speaker_label": "PER" if s else None, "about": about} for i, (s, about) in enumerate(quotes)]}


@pytest.fixture()
def records() -> list[dict]:
    return [
        _record("a", {"date": "05/01/2024", "source": "<b>Gazzetta</b> & co"},
                [("Meloni", ["Schlein"]), ("Meloni", ["Schlein"]), ("Schlein", ["Meloni"])]),
        _record("b", {"date": "20 marzo 2024", "url": "https://www.cronache.example/x"},
                [("Schlein", ["Meloni"]), (None, [])]),
        _record("c", {"source": "<b>Gazzetta</b> & co"}, [("Conte", ["Meloni"])]),
    ]


def _sections(page: str) -> dict[str, tuple[str, str]]:
    return {m["id"]: (m["heading"], m["body"]) for m in SECTION.finditer(page)}


def test_over_time_section(records) -> None:
    heading, body = _sections(kit.build_report(records))["over-time"]
    assert heading == "Nel tempo"
    assert "2 articoli con data, dal 2024-01-05 al 2024-03-20; 1 senza data" in body
    rows = re.findall(r"<tr><td>(2024-\d\d)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td>"
                      r"<td>([^<]*)</td>", body)
    assert rows == [("2024-01", "1", "3", "3", "Meloni (2), Schlein (1)"),
                    ("2024-03", "1", "2", "1", "Schlein (1)")]
    images = IMAGE.findall(body)
    assert [alt for _, alt in images] == ["Chi parla, nel tempo", "Chi parla di chi, nel tempo"]
    assert all(base64.b64decode(data).startswith(b"\x89PNG") for data, _ in images)


def test_by_outlet_section_is_escaped(records) -> None:
    page = kit.build_report(records)
    heading, body = _sections(page)["by-outlet"]
    assert heading == "Per testata"
    assert "<b>Gazzetta</b>" not in page
    assert "<td>&lt;b&gt;Gazzetta&lt;/b&gt; &amp; co</td><td class=\"kit-num\">2</td>" in body
    assert "<td>cronache.example</td><td class=\"kit-num\">1</td>" in body
    assert [alt for _, alt in IMAGE.findall(body)] == ["Chi parla, per testata"]
    pairs = re.findall(r"<tr><td>([^<]*)</td><td>(Meloni|Schlein|Conte)</td><td>([^<]*)</td><td[^>]*>(\d+)</td>", body)
    assert pairs == [("&lt;b&gt;Gazzetta&lt;/b&gt; &amp; co", "Meloni", "Schlein", "2"),
                     ("&lt;b&gt;Gazzetta&lt;/b&gt; &amp; co", "Conte", "Meloni", "1"),
                     ("&lt;b&gt;Gazzetta&lt;/b&gt; &amp; co", "Schlein", "Meloni", "1"),
                     ("cronache.example", "Schlein", "Meloni", "1")]


def test_sections_say_when_there_are_no_dates_or_outlets() -> None:
    sections = _sections(kit.build_report([_record("a", {}, [("Meloni", ["Schlein"])])]))
    assert "Nessun articolo ha una data" in sections["over-time"][1]
    assert "Nessun articolo ha una testata" in sections["by-outlet"][1]
    assert "<img" not in sections["over-time"][1] + sections["by-outlet"][1]


def test_counts_by_outlet_and_month(records) -> None:
    documents, quotes = kit.documents_table(records), kit.quotes_table(records)
    by_source = counts_by(documents, quotes, "source")
    assert by_source[["source", "n_documents", "n_quotes", "n_attributed"]].values.tolist() == [
        ["<b>Gazzetta</b> & co", 2, 4, 4], ["cronache.example", 1, 2, 1]]
    by_month = counts_by(documents, quotes, "month")
    assert by_month["month"].tolist() == ["2024-01", "2024-03"]


def test_command_line_date_options(tmp_path, capsys) -> None:
    from kit.__main__ import main
    from kit.records.export import read_csv

    rows = tmp_path / "rows.csv"
    rows.write_text("id,date,source,text\na,03/12/2024,G,Il sindaco ha parlato.\nb,ieri,G,Un altro testo.\n",
                    encoding="utf-8")
    assert main(["report", str(rows), "-o", str(tmp_path / "out"), "--model", "blank", "--month-first", "-q"]) == 0
    printed = capsys.readouterr().out
    assert "bad date rows.csv:3: 'ieri' (relative date" in printed
    documents = read_csv(tmp_path / "out" / "documents.csv")
    assert documents["date"].tolist()[0] == pd.Timestamp("2024-03-12") and pd.isna(documents["date"].iloc[1])
    assert main(["report", str(rows), "-o", str(tmp_path / "out2"), "--model", "blank", "-q",
                 "--date-format", "%d %B %Y"]) == 0
    assert "does not match date_format '%d %B %Y'" in capsys.readouterr().out
