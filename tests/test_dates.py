"""Dates: every accepted form read right, every other value reported with its reason; dates from
CSV/JSONL fields, front matter and file names; the corpus summary lists what was not read."""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

from kit.corpus import CorpusWarning, load_corpus
from kit.corpus.dates import DateError, DateReader, date_column, normalise_date, parse_date, to_timestamp
from kit.corpus.frontmatter import date_from_name, split_front_matter

CET = timezone(timedelta(hours=1))

# (value, ISO text read) -- the forms the README promises
GOOD = [
    ("2024-03-12", "2024-03-12"),
    ("2024-03-12T14:05", "2024-03-12T14:05:00"),
    ("2024-03-12T14:05:00+01:00", "2024-03-12T14:05:00+01:00"),
    ("2024-03-12 14:05:00-05:00", "2024-03-12T14:05:00-05:00"),
    ("2024-03-12T13:05:00Z", "2024-03-12T13:05:00+00:00"),
    ("20240312", "2024-03-12"),
    ("12/03/2024", "2024-03-12"),
    ("12.03.2024", "2024-03-12"),
    ("12-03-2024", "2024-03-12"),
    ("12/03/24", "2024-03-12"),
    ("12/03/2024 14:05", "2024-03-12T14:05:00"),
    ("12 marzo 2024", "2024-03-12"),
    ("12 Marzo 2024", "2024-03-12"),
    ("1° marzo 2024", "2024-03-01"),
    ("martedì 12 marzo 2024, ore 14:05", "2024-03-12T14:05:00"),
    ("Martedi 12 marzo 2024 ore 14.05", "2024-03-12T14:05:00"),
    ("12 marzo 2024 alle 14:05", "2024-03-12T14:05:00"),
    ("12 mar 2024", "2024-03-12"),
    ("12 mar. 2024", "2024-03-12"),
    ("12 March 2024", "2024-03-12"),
    ("March 12, 2024", "2024-03-12"),
    ("Tue, 12 Mar 2024 14:05:00 +0100", "2024-03-12T14:05:00+01:00"),
    ("12 marzo 2024 14:05 CET", "2024-03-12T14:05:00+01:00"),
    ("  12   marzo\n2024 ", "2024-03-12"),
]

# (value, start of the reason given)
BAD = [
    ("ieri", "relative date"),
    ("2 ore fa", "relative date"),
    ("marzo 2024", "incomplete date"),
    ("12 marzo", "incomplete date"),
    ("2024", "incomplete date"),
    ("31/02/2024", "not a date"),
    ("32/01/2024", "not a date"),
    ("domani forse", "not a date"),
    ("n.d.", "not a date"),
    ("lunedì 12 marzo 2024", "says lunedì but 2024-03-12 is a martedì"),
    ("12/03/0024", "year 24 is outside 1800-2100"),
    ("2250-01-01", "year 2250 is outside"),
]


@pytest.mark.parametrize(("value", "expected"), GOOD)
def test_accepted_forms_are_read_right(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(("value", "reason"), BAD)
def test_other_values_are_refused_with_the_reason(value: str, reason: str) -> None:
    with pytest.raises(DateError) as err:
        parse_date(value)
    assert str(err.value).startswith(reason)


def test_the_offset_is_kept_and_the_day_is_the_local_one() -> None:
    late = parse_date("2024-03-12T23:30:00-05:00")
    assert late.utcoffset() == timedelta(hours=-5)
    assert to_timestamp("2024-03-12T23:30:00-05:00") == pd.Timestamp("2024-03-12 23:30")  # not the 13th (UTC)
    assert parse_date("12 marzo 2024 14:05 CET") == datetime(2024, 3, 12, 14, 5, tzinfo=CET)


def test_dayfirst_false_reads_month_first_but_iso_stays_iso() -> None:
    assert normalise_date("03/12/2024") == "2024-12-03"
    assert normalise_date("03/12/2024", dayfirst=False) == "2024-03-12"
    assert normalise_date("2024-03-12T14:05:00+01:00", dayfirst=False) == "2024-03-12T14:05:00+01:00"


def test_date_format_reads_only_that_format_after_iso() -> None:
    assert normalise_date("12 marzo 2024", date_format="%d %B %Y") == "2024-03-12"
    assert normalise_date("03-12-2024", date_format="%m-%d-%Y") == "2024-03-12"
    assert normalise_date("2024-03-12", date_format="%m-%d-%Y") == "2024-03-12"  # ISO always
    assert normalise_date("12/03/2024", date_format=["%d %B %Y", "%d/%m/%Y"]) == "2024-03-12"
    with pytest.raises(DateError, match="does not match date_format '%d %B %Y'"):
        parse_date("12/03/2024", date_format="%d %B %Y")
    with pytest.raises(ValueError, match="strftime format"):
        parse_date("12/03/2024", date_format="dd/mm/yyyy")


def test_blank_and_typed_values() -> None:
    assert parse_date(None) is None and parse_date("   ") is None and parse_date(float("nan")) is None
    assert parse_date(pd.Timestamp("2024-03-12 10:00")) == datetime(2024, 3, 12, 10)
    assert normalise_date(datetime(2024, 3, 12).date()) == "2024-03-12"
    assert to_timestamp("ieri") is pd.NaT and to_timestamp(None) is pd.NaT


def test_date_column_is_datetime_with_nat_for_the_rest() -> None:
    column = date_column(["12/03/2024", None, "boh", "2024-03-12T23:30:00-05:00"])
    assert str(column.dtype) == "datetime64[ns]"
    assert column.tolist()[0] == pd.Timestamp("2024-03-12") and column.tolist()[3] == pd.Timestamp("2024-03-12 23:30")
    assert column.isna().tolist() == [False, True, True, False]


def test_date_reader_keeps_every_bad_value() -> None:
    reader = DateReader()
    assert reader.read("12 mar 2024", "a.csv:2") == "2024-03-12"
    assert reader.read("ieri", "a.csv:3") is None and reader.read(None, "a.csv:4") is None
    assert [(b.where, b.value, b.reason.split(":")[0]) for b in reader.bad] == [("a.csv:3", "ieri", "relative date")]
    with pytest.raises(ValueError, match="strftime format"):
        DateReader(date_format="")


# --- a corpus with every form, and bad ones ------------------------------------------------------
def _csv_cell(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def test_a_csv_corpus_gets_the_right_date_or_a_reported_failure_for_each_row(tmp_path: Path) -> None:
    rows = [(value, expected) for value, expected in GOOD] + [(value, None) for value, _ in BAD] + [("", None)]
    lines = ["id,date,text"] + [f"r{i},{_csv_cell(value)},Testo {i}." for i, (value, _) in enumerate(rows)]
    path = tmp_path / "dates.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=f"{len(BAD)} date\\(s\\) not understood"):
        corpus = load_corpus(path)
    assert len(corpus) == len(rows)  # no row is dropped for its date
    assert [doc.date for doc in corpus] == [expected for _, expected in rows]
    summary = corpus.summary
    first_bad = 1 + len(GOOD) + 1 + 1  # the header, the good rows (one over two lines), then the bad ones
    assert [(bad.where, bad.value) for bad in summary.bad_dates] == [
        (f"dates.csv:{first_bad + i}", value) for i, (value, _) in enumerate(BAD)]
    assert [bad.reason for bad in summary.bad_dates][0].startswith("relative date")
    assert summary.date_origins == {"date field": len(GOOD)}
    assert summary.undated == len(BAD) + 1
    text = str(summary)
    assert f"{len(BAD)} dates not understood (documents kept without a date):" in text
    assert "bad date dates.csv:" in text and "'lunedì 12 marzo 2024' (says lunedì but" in text
    assert f"{len(BAD) + 1} of {len(rows)} documents without a date" in text
    html = summary._repr_html_()
    assert "&#x27;ieri&#x27;" in html and "'ieri'" not in html


def test_jsonl_dates_and_dayfirst_option(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in [
        {"id": "a", "text": "Uno.", "date": "03/12/2024"},
        {"id": "b", "text": "Due.", "date": "2024-03-12T08:00:00+01:00"},
        {"id": "c", "text": "Tre.", "date": 20240312},
    ]) + "\n", encoding="utf-8")
    assert [d.date for d in load_corpus(path)] == ["2024-12-03", "2024-03-12T08:00:00+01:00", "2024-03-12"]
    assert [d.date for d in load_corpus(path, dayfirst=False)][0] == "2024-03-12"


def test_load_corpus_with_a_date_format_reports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,date,text\na,12 marzo 2024,Uno.\nb,12/03/2024,Due.\nc,2024-03-12,Tre.\n", encoding="utf-8")
    with pytest.warns(CorpusWarning):
        corpus = load_corpus(path, date_format="%d %B %Y")
    assert [d.date for d in corpus] == ["2024-03-12", None, "2024-03-12"]
    assert [str(b) for b in corpus.summary.bad_dates] == ["rows.csv:3: '12/03/2024' (does not match date_format '%d %B %Y')"]
    with pytest.raises(ValueError, match="strftime format"):
        load_corpus(path, date_format="12/03")


# --- front matter and file names -----------------------------------------------------------------
ARTICLE = "Il titolo\nIl sindaco ha detto: «Si parte».\n"


def test_yaml_front_matter_is_read_and_left_out_of_the_text() -> None:
    text = ("---\ndate: 12 marzo 2024\nFonte: Gazzetta Civica\nurl: https://www.gazzettacivica.example/a\n"
            "autore: Anna Bianchi\ntags: [politica, roma]\n---\n\n" + ARTICLE)
    front = split_front_matter(text)
    assert front.kind == "yaml" and front.body == ARTICLE and front.problem is None
    assert front.fields == {"date": "12 marzo 2024", "source": "Gazzetta Civica",
                            "url": "https://www.gazzettacivica.example/a"}


def test_header_front_matter_in_italian() -> None:
    text = "Data: martedì 12 marzo 2024, ore 14:05\nTestata: Corriere Meridiano\nTitolo: Un altro titolo\n\n" + ARTICLE
    front = split_front_matter(text)
    assert front.kind == "header" and front.body == ARTICLE
    assert front.fields == {"date": "martedì 12 marzo 2024, ore 14:05", "source": "Corriere Meridiano",
                            "title": "Un altro titolo"}


@pytest.mark.parametrize("text", [
    ARTICLE,                                                 # no front matter
    "Roma: il sindaco ha parlato.\n\nSecondo paragrafo.\n",  # a colon in the first line is not a header
    "Data: 12 marzo 2024\nIl testo segue subito.\n",         # a header needs an empty line after it
    "---\nUn testo che comincia con una riga.\n",             # an unclosed fence is a rule line
])
def test_text_without_front_matter_is_kept_whole(text: str) -> None:
    front = split_front_matter(text)
    assert front.kind is None and front.body == text and front.fields == {}


def test_invalid_yaml_is_reported_and_the_text_kept(tmp_path: Path) -> None:
    text = "---\ndate: [12 marzo\n---\n" + ARTICLE
    front = split_front_matter(text)
    assert front.body == text and front.problem.startswith("front matter is not valid YAML")
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus[0].text == text and corpus[0].date is None
    assert [str(s) for s in corpus.summary.bad_front_matter] == [f"a.md: {front.problem}"]
    assert f"front matter not read in a.md: {front.problem}" in str(corpus.summary)


@pytest.mark.parametrize(("stem", "expected"), [
    ("2024-03-12-mattarella", "2024-03-12"), ("2024-03-12_mattarella", "2024-03-12"),
    ("20240312-mattarella", "2024-03-12"), ("2024-03-12", "2024-03-12"),
    ("2024-13-12-x", None), ("2024-W11-2-x", None), ("01-mattarella", None), ("2024031-x", None),
    ("20240312mattarella", None),
])
def test_dates_in_file_names(stem: str, expected: str | None) -> None:
    assert date_from_name(stem) == expected


def test_text_files_get_dates_from_front_matter_then_file_name(tmp_path: Path) -> None:
    (tmp_path / "2024-03-10-nome.txt").write_text("---\ndate: 12/03/2024\nsource: A\n---\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "2024-03-11-nome.md").write_text("# Titolo\n\nTesto.\n", encoding="utf-8")
    (tmp_path / "2024-03-13-bad.txt").write_text("Data: ieri\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "senza-data.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "solo-fm.txt").write_text("---\nsource: B\n---\n\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path)
    by_id = {doc.id: doc for doc in corpus}
    assert by_id["2024-03-10-nome"].date == "2024-03-12" and by_id["2024-03-10-nome"].source == "A"
    assert by_id["2024-03-10-nome"].text == ARTICLE and by_id["2024-03-10-nome"].title == "Il titolo"
    assert by_id["2024-03-11-nome"].date == "2024-03-11" and by_id["2024-03-11-nome"].title == "Titolo"
    assert by_id["2024-03-13-bad"].date is None  # a bad front matter date is reported, not replaced
    assert by_id["senza-data"].date is None
    assert "solo-fm" not in by_id
    summary = corpus.summary
    assert [str(b) for b in summary.bad_dates] == [
        "2024-03-13-bad.txt: 'ieri' (relative date: it cannot be placed without knowing when the article was written)"]
    assert summary.date_origins == {"front matter": 1, "file name": 1}
    assert [str(s) for s in summary.skipped] == ["solo-fm.txt: no text after the front matter"]
    assert any("1 date(s) not understood" in str(w.message) for w in caught)


def test_front_matter_id_and_title_win(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nid: art-1\ntitle: Il vero titolo\n---\n# Altro\n\nTesto.\n", encoding="utf-8")
    doc = load_corpus(tmp_path)[0]
    assert (doc.id, doc.title, doc.text) == ("art-1", "Il vero titolo", "# Altro\n\nTesto.\n")


@pytest.mark.parametrize("value", ["12/03/2024", "1/3/2024", "12.03.2024", "12-03-2024", "31/12/1999",
                                   "12/03/2024 14:05", "29/02/2024"])
@pytest.mark.parametrize("dayfirst", [True, False])
def test_the_numeric_shortcut_agrees_with_dateparser(value: str, dayfirst: bool) -> None:
    from kit.corpus.dates import _numeric, _parser

    order = "DMY" if dayfirst else "MDY"
    expected = _parser(("absolute-time",), order).get_date_data(value).date_obj
    shortcut = _numeric(value, order)
    assert shortcut == expected or (shortcut is None and not dayfirst)  # None: dateparser decides
    assert parse_date(value, dayfirst=dayfirst) == expected
