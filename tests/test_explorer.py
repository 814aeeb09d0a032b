"""The date and outlet filters: FilterControls, CorpusExplorer and the rule tuner, driven through
``.value`` as a user would, on the model-free pipeline."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.view.explorer import NO_OUTLET, CorpusExplorer, FilterControls
from kit.pipeline import get_rules, set_rules
from kit.view.tuner import RuleTuner

ARTICLES = [
    {"id": "a", "date": "05/01/2024", "source": "Gazzetta Civica",
     "text": "Giorgia Meloni ha detto che Elly Schlein sbaglia. «Elly Schlein non ha un piano», ha detto Meloni."},
    {"id": "b", "date": "20 marzo 2024", "url": "https://www.cronache.example/politica/b",
     "text": "Elly Schlein ha dichiarato che Giorgia Meloni mente."},
    {"id": "c", "date": "2024-03-31T10:00:00+02:00", "source": "Gazzetta Civica",
     "text": "«Giorgia Meloni deve rispondere», ha detto Elly Schlein."},
    {"id": "d", "source": "Gazzetta Civica",
     "text": "Giuseppe Conte ha detto che Giorgia Meloni sbaglia."},
]


@pytest.fixture(scope="module")
def nlp():
    """The model-free pipeline with the three politicians as entity patterns."""
    nlp = kit.load(model="blank")
    rules = get_rules(nlp)
    names = ["Giorgia Meloni", "Meloni", "Elly Schlein", "Giuseppe Conte"]
    set_rules(nlp, rules.replace(
        entity_patterns=[*rules.entity_patterns, *({"label": "PER", "pattern": name} for name in names)],
        aliases={**rules.aliases, "Giorgia Meloni": ["Meloni"]}))
    return nlp


@pytest.fixture(scope="module")
def docs(nlp):
    return kit.analyze(ARTICLES, nlp, progress=False)


def test_filter_controls_offer_the_corpus_days_and_outlets() -> None:
    dates = [pd.Timestamp("2024-01-05 10:00"), pd.NaT, pd.Timestamp("2024-03-20"), pd.Timestamp("2024-01-05")]
    controls = FilterControls(dates, ["G", None, "C", "G"])
    assert [label for label, _ in controls.date_range.options] == ["2024-01-05", "2024-03-20"]
    assert [label for label, _ in controls.outlets.options] == ["G (2)", "C (1)", f"{NO_OUTLET} (1)"]
    assert controls.undated.description == "articles without a date (1)" and not controls.undated.disabled
    assert controls.value.keeps_all and controls.kept == [0, 1, 2, 3]
    seen = []
    controls.on_change(seen.append)
    controls.outlets.value = ("C", NO_OUTLET)
    assert controls.kept == [1, 2] and seen[-1].sources == frozenset({"C", None})
    controls.undated.value = False
    assert controls.kept == [2]
    assert "1 of 4 articles" in controls.summary.value
    controls.reset()
    assert controls.kept == [0, 1, 2, 3] and seen[-1].keeps_all


def test_filter_controls_without_dates() -> None:
    controls = FilterControls([pd.NaT, pd.NaT], ["<b>A</b>", "<b>A</b>"])
    assert controls.date_range.disabled and controls.value.start is None
    controls.outlets.value = ()
    assert controls.kept == []
    assert "&lt;b&gt;A&lt;/b&gt;" in controls.summary.value or "no outlet selected" in controls.summary.value
    with pytest.raises(ValueError, match="2 dates but 1 sources"):
        FilterControls([pd.NaT, pd.NaT], ["A"])


def test_explorer_filters_tables_and_charts_without_the_pipeline(docs, monkeypatch) -> None:
    explorer = CorpusExplorer(docs)
    assert explorer.last_error is None
    assert set(explorer.quotes["doc_id"]) == {"a", "b", "c", "d"}
    over_time = explorer.axes["over_time"].kit_table
    assert over_time.sum().to_dict() == {"Giorgia Meloni": 2, "Elly Schlein": 2}
    assert over_time.attrs["undated"] == 1  # Conte, in the undated article
    assert "<img" in explorer.over_time.value and "<img" in explorer.by_outlet.value
    outlets = list(explorer.axes["by_outlet"].kit_counts.columns)
    assert outlets == ["Gazzetta Civica", "cronache.example"]

    # from here on the pipeline must not run again
    monkeypatch.setattr(kit.pipeline, "analyze", lambda *a, **k: pytest.fail("the pipeline ran again"))
    explorer.filters.outlets.value = ("cronache.example",)
    assert set(explorer.quotes["doc_id"]) == {"b"} and list(explorer.documents["doc_id"]) == ["b"]
    assert set(explorer.relations()["speaker"]) <= {"Elly Schlein"}
    assert explorer.axes["over_time"].kit_table.columns.tolist() == ["Elly Schlein"]
    explorer.views.selected_index = 1  # the outlet view was stale: it is redrawn when shown
    assert list(explorer.axes["by_outlet"].kit_counts.columns) == ["cronache.example"]
    assert "Gazzetta Civica" not in explorer.by_outlet.value

    explorer.filters.reset()
    low = [label for label, _ in explorer.filters.date_range.options].index("2024-03-20")
    explorer.filters.date_range.index = (low, low + 1)  # 20 and 31 March
    explorer.filters.undated.value = False
    assert sorted(set(explorer.quotes["doc_id"])) == ["b", "c"]
    assert list(explorer.axes["by_outlet"].kit_counts.columns) == ["Gazzetta Civica", "cronache.example"]
    explorer.views.selected_index = 0
    assert explorer.axes["over_time"].kit_table.attrs["undated"] == 0
    assert repr(explorer).startswith("CorpusExplorer(2 of 4 articles; 2024-03-20 – 2024-03-31")


def test_explorer_shows_errors(docs, monkeypatch) -> None:
    explorer = CorpusExplorer(docs)
    from kit.view.plots import timecharts

    def broken(*args, **kwargs):
        raise RuntimeError("<boom>")

    monkeypatch.setattr(timecharts, "plot_speakers_over_time", broken)
    explorer.filters.undated.value = False  # the callback must not raise
    assert explorer.last_error == "RuntimeError: <boom>"
    assert "&lt;boom&gt;" in explorer.error.value and "<boom>" not in explorer.error.value


def test_the_tuner_filters_its_article_list_and_corpus_chart(nlp, docs) -> None:
    tuner = RuleTuner(docs, nlp)
    assert [value for _, value in tuner.doc_select.options] == [0, 1, 2, 3]
    tuner.doc_select.value = 2
    tuner.views.selected_index = 2
    tuner.chart_scope.value = "corpus"
    tuner.filters.outlets.value = ("Gazzetta Civica",)
    assert [value for _, value in tuner.doc_select.options] == [0, 2, 3]
    assert tuner.doc_select.value == 2  # the article on screen stays when it is kept
    assert "3 documents (Gazzetta Civica)" in tuner.chart.value
    assert "3 of 4 articles: Gazzetta Civica" in tuner.status.value
    tuner.filters.undated.value = False
    tuner.filters.date_range.index = (0, 0)  # 5 January only
    assert [value for _, value in tuner.doc_select.options] == [0] and tuner.doc_select.value == 0
    tuner.filters.outlets.value = ()
    assert [value for _, value in tuner.doc_select.options] == [0]  # nothing kept: the list stays
    assert "no article matches" in tuner.status.value and tuner.last_error is None
    tuner.filters.reset()
    assert len(tuner.doc_select.options) == 4
