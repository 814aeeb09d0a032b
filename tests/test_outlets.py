"""Outlets and dates as table columns, relations by outlet and by period, and filtering by both
(hand-made records: no model)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.records.filters import DocFilter, filter_records, filter_table
from kit.records.outlets import domain, outlet


def quote(speaker: str | None, about: list[str], kind: str = "direct") -> dict:
    return {"index": 0, "start": 0, "end": 1, "kind": kind, "text": "x", "speaker": speaker,
            "speaker_label": "PER" if speaker else None, "about": about}


def record(doc_id: str, quotes: list[dict], date: str | None = None, source: str | None = None,
           url: str | None = None) -> dict:
    meta = {k: v for k, v in {"date": date, "source": source, "url": url}.items() if v is not None}
    return {"id": doc_id, "title": doc_id, "text": "x" * 10, "meta": meta, "quotes": quotes,
            "ents": [{"start": 0, "end": 1, "label": "PER", "text": "x", "canonical": "X", "source": "rule:r"}],
            "relations": [{"subject": "A", "subject_label": "PER", "label": "elogia", "object": "B",
                           "object_label": "PER", "verb": "elogiare", "start": 0, "end": 1, "rule": "r"}]}


@pytest.fixture()
def records() -> list[dict]:
    return [
        record("a", [quote("Meloni", ["Schlein", "Conte"]), quote("Meloni", ["Schlein"])],
               date="2024-03-12T23:30:00-05:00", source="Gazzetta Civica"),
        record("b", [quote("Meloni", ["Schlein"]), quote("Schlein", ["Meloni"], kind="indirect")],
               date="28/03/2024", url="https://www.cronache.example/politica/1"),
        record("c", [quote("Schlein", ["Meloni"]), quote(None, ["Meloni"]), quote("X", ["Y"], kind="other")],
               date="2 aprile 2024", source="  Gazzetta   Civica "),
        record("d", [quote("Conte", ["Meloni"])]),  # no date, no outlet
    ]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.gazzettacivica.example/a/b?x=1", "gazzettacivica.example"),
    ("http://m.corriere.example/a", "corriere.example"),
    ("www.repubblica.example/path", "repubblica.example"),
    ("https://WWW.Example.IT:8080/", "example.it"),
    ("https://www.example/", "www.example"),  # "www." is kept when nothing else is left
    ("not a url", None), ("", None), (None, None), ("mailto:someone", None),
])
def test_domain(url, expected) -> None:
    assert domain(url) == expected


def test_outlet_is_the_source_else_the_domain() -> None:
    assert outlet({"source": " Il  Foglio ", "url": "https://x.example"}) == "Il Foglio"
    assert outlet({"source": "", "url": "https://www.x.example/a"}) == "x.example"
    assert outlet({}) is None and outlet(None) is None


def test_every_table_has_date_and_source(records) -> None:
    tables = {"documents": kit.documents_table(records), "quotes": kit.quotes_table(records),
              "entities": kit.entities_table(records), "rule_relations": kit.rule_relations_table(records)}
    for name, table in tables.items():
        assert {"date", "source"} <= set(table.columns), name
        assert str(table["date"].dtype) == "datetime64[ns]", name
    documents = tables["documents"]
    assert documents["source"].tolist()[:3] == ["Gazzetta Civica", "cronache.example", "Gazzetta Civica"]
    assert pd.isna(documents["source"].iloc[3])
    # local time of the article: the 12th in New York, not the 13th in UTC
    assert documents["date"].tolist()[:3] == [pd.Timestamp("2024-03-12 23:30"), pd.Timestamp("2024-03-28"),
                                              pd.Timestamp("2024-04-02")]
    assert pd.isna(documents["date"].iloc[3])
    quotes = tables["quotes"]
    assert quotes.groupby("doc_id")["source"].first().dropna().to_dict() == {
        "a": "Gazzetta Civica", "b": "cronache.example", "c": "Gazzetta Civica"}
    assert tables["entities"]["found_by"].tolist() == ["rule:r"] * 4


def test_relations_table_lists_the_outlets(records) -> None:
    table = kit.relations_table(records)
    rows = {(r.speaker, r.target): (r.n_quotes, r.doc_ids, r.sources) for r in table.itertuples()}
    assert rows == {
        ("Meloni", "Schlein"): (3, ["a", "b"], ["Gazzetta Civica", "cronache.example"]),
        ("Meloni", "Conte"): (1, ["a"], ["Gazzetta Civica"]),
        ("Schlein", "Meloni"): (2, ["b", "c"], ["cronache.example", "Gazzetta Civica"]),
        ("Conte", "Meloni"): (1, ["d"], []),
    }


def test_relations_by_source(records) -> None:
    table = kit.relations_table(records, by="source")
    assert list(table.columns) == ["source", "speaker", "speaker_label", "target", "target_label", "n_quotes",
                                   "doc_ids"]
    assert [tuple(None if pd.isna(v) else v for v in row)
            for row in table[["source", "speaker", "target", "n_quotes"]].itertuples(index=False)] == [
        ("Gazzetta Civica", "Meloni", "Schlein", 2),
        ("Gazzetta Civica", "Meloni", "Conte", 1),
        ("Gazzetta Civica", "Schlein", "Meloni", 1),
        ("cronache.example", "Meloni", "Schlein", 1),
        ("cronache.example", "Schlein", "Meloni", 1),
        (None, "Conte", "Meloni", 1),
    ]
    assert table["n_quotes"].sum() == kit.relations_table(records)["n_quotes"].sum()


def test_relations_by_month_week_and_both(records) -> None:
    month = kit.relations_table(records, by="month")
    assert [tuple(None if pd.isna(v) else v for v in row)
            for row in month[["month", "speaker", "target", "n_quotes"]].itertuples(index=False)] == [
        ("2024-03", "Meloni", "Schlein", 3),
        ("2024-03", "Meloni", "Conte", 1),
        ("2024-03", "Schlein", "Meloni", 1),
        ("2024-04", "Schlein", "Meloni", 1),
        (None, "Conte", "Meloni", 1),
    ]
    week = kit.relations_table(records, by="week")
    assert week["week"].dropna().unique().tolist() == ["2024-03-11/2024-03-17", "2024-03-25/2024-03-31",
                                                       "2024-04-01/2024-04-07"]
    both = kit.relations_table(records, by=["source", "month"])
    assert list(both.columns[:2]) == ["source", "month"]
    assert len(both) == 6 and both["n_quotes"].sum() == 7


@pytest.mark.parametrize("by", ["outlet", ["month", "month"], ["source", "decade"]])
def test_relations_by_something_else_is_refused(records, by) -> None:
    with pytest.raises(ValueError, match="by must be one or more of 'source', 'year', 'month'"):
        kit.relations_table(records, by=by)


# --- filters -----------------------------------------------------------------------------------------
def test_doc_filter_by_dates_outlets_and_undated(records) -> None:
    quotes = kit.quotes_table(records)

    def kept(keep: DocFilter) -> list[str]:
        return sorted(set(filter_table(quotes, keep)["doc_id"]))

    assert kept(DocFilter()) == ["a", "b", "c", "d"]
    assert kept(DocFilter(start="2024-03-12", end="2024-03-12")) == ["a", "d"]  # the day includes 23:30
    assert kept(DocFilter(start="2024-03-13", end="2024-03-31", undated=False)) == ["b"]
    assert kept(DocFilter(start="2024-04-01")) == ["c", "d"]
    assert kept(DocFilter(sources={"Gazzetta Civica"})) == ["a", "c"]
    assert kept(DocFilter(sources={None, "cronache.example"})) == ["b", "d"]
    assert kept(DocFilter(sources=set())) == []
    assert [r["id"] for r in filter_records(records, DocFilter(sources={"cronache.example"}))] == ["b"]
    relations = kit.relations_table(filter_records(records, DocFilter(end="2024-03-31", undated=False)))
    assert relations["n_quotes"].sum() == 5


def test_doc_filter_checks_and_describes_itself() -> None:
    with pytest.raises(ValueError, match="starts \\(2024-04-01\\) after it ends \\(2024-03-01\\)"):
        DocFilter(start="2024-04-01", end="2024-03-01")
    assert str(DocFilter()) == "all articles"
    assert str(DocFilter(start="2024-03-01", sources={None, "B"}, undated=False)) == \
        "2024-03-01 – … · (no outlet), B · dated articles only"
    with pytest.raises(ValueError, match="no source column"):
        filter_table(pd.DataFrame({"date": []}), DocFilter(sources={"A"}))
