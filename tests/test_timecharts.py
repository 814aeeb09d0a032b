"""Charts over time and by outlet: the numbers drawn (ax.kit_table / kit_matrix), not the pixels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # tests only: the package never switches the backend

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

import kit  # noqa: E402
from kit.view.plots import timecharts  # noqa: E402

T = pd.Timestamp


def quotes_table(rows: list[tuple]) -> pd.DataFrame:
    """rows: (doc_id, date or None, source or None, speaker or None, about, kind)."""
    frame = pd.DataFrame(rows, columns=["doc_id", "date", "source", "speaker", "about", "kind"])
    frame["date"] = pd.to_datetime(frame["date"].astype(object)).astype("datetime64[ns]")
    return frame


@pytest.fixture()
def quotes() -> pd.DataFrame:
    return quotes_table([
        ("a", "2024-01-05", "Gazzetta", "Meloni", ["Schlein"], "direct"),
        ("a", "2024-01-05", "Gazzetta", "Meloni", ["Schlein", "Conte"], "direct"),
        ("a", "2024-01-05", "Gazzetta", "Schlein", ["Meloni"], "indirect"),
        ("b", "2024-03-20", "Corriere", "Meloni", ["Schlein"], "mixed"),
        ("b", "2024-03-20", "Corriere", "Conte", [], "direct"),
        ("b", "2024-03-20", "Corriere", None, ["Meloni"], "direct"),     # no speaker
        ("b", "2024-03-20", "Corriere", None, [], "other"),              # not speech
        ("c", "2024-03-31", None, "Schlein", ["Meloni"], "direct"),
        ("d", None, "Corriere", "Meloni", ["Schlein"], "direct"),        # undated
    ])


def _new_ax() -> Axes:
    _, ax = plt.subplots()
    return ax


def teardown_function() -> None:
    plt.close("all")


def test_speakers_over_time_counts_per_month(quotes) -> None:
    ax = _new_ax()
    assert timecharts.plot_speakers_over_time(quotes, ax=ax, freq="M") is ax
    table = ax.kit_table
    assert ax.kit_freq == "M"
    assert list(table.columns) == ["Meloni", "Schlein", "Conte"]
    assert table.index.tolist() == [T("2024-01-01"), T("2024-02-01"), T("2024-03-01")]  # empty February kept
    assert table.to_numpy().tolist() == [[2, 1, 0], [0, 0, 0], [1, 1, 1]]
    assert table.attrs["undated"] == 1
    assert ax.get_title() == "Chi parla, nel tempo (1 citazione senza data esclusa)"


def test_speakers_over_time_top_n_folds_the_rest(quotes) -> None:
    table = timecharts.speakers_over_time_table(quotes, freq="month", top_n=1)
    assert list(table.columns) == ["Meloni", "altri"]
    assert table.sum().to_dict() == {"Meloni": 3, "altri": 3}
    with_unknown = timecharts.speakers_over_time_table(quotes, freq="M", top_n=5, include_unknown=True)
    assert with_unknown["(sconosciuto)"].sum() == 1  # the speech quote without speaker, not the "other" one


@pytest.mark.parametrize("kind", timecharts.KINDS)
def test_every_kind_draws_the_same_table(quotes, kind) -> None:
    ax = timecharts.plot_speakers_over_time(quotes, kind=kind, freq="W")
    assert ax.kit_freq == "W" and ax.kit_table.to_numpy().sum() == 6
    assert len(ax.kit_table) == 13  # every week from 1 January to 25 March 2024
    if kind == "multiples":
        assert [t.get_text() for t in ax.get_yticklabels()] == ["Meloni", "Schlein", "Conte"]
    else:
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Conte", "Schlein", "Meloni"]


def test_frequency_follows_the_span_by_default(quotes) -> None:
    assert timecharts.plot_speakers_over_time(quotes).kit_freq == "W"  # 86 days
    short = quotes[quotes["doc_id"] == "b"]
    assert timecharts.plot_speakers_over_time(short).kit_freq == "D"
    long = quotes.assign(date=quotes["date"].where(quotes["doc_id"] != "c", T("2024-12-01")))
    assert timecharts.plot_speakers_over_time(long).kit_freq == "M"


def test_pairs_over_time_match_relations_by_month(quotes) -> None:
    table = timecharts.pairs_over_time_table(quotes, freq="M", top_n=10)
    assert table.sum().to_dict() == {"Meloni → Schlein": 3, "Schlein → Meloni": 2, "Meloni → Conte": 1}
    assert table["Meloni → Schlein"].tolist() == [2, 0, 1]
    ax = timecharts.plot_pairs_over_time(quotes, "Meloni", "Schlein", freq="M")
    assert list(ax.kit_table.columns) == ["Meloni → Schlein"] and ax.kit_table.attrs["undated"] == 1
    of_meloni = timecharts.pairs_over_time_table(quotes, speaker="Meloni", freq="M", top_n=1)
    assert list(of_meloni.columns) == ["Meloni → Schlein"]
    about_meloni = timecharts.pairs_over_time_table(quotes, target="Meloni", freq="M")
    assert list(about_meloni.columns) == ["Schlein → Meloni"]


def test_pairs_over_time_agree_with_kit_relations_table() -> None:
    records = [{"id": d, "title": d, "text": "x", "meta": {"date": date}, "ents": [], "relations": [],
                "quotes": [{"index": 0, "start": 0, "end": 1, "kind": "direct", "text": "x", "speaker": s,
                            "speaker_label": "PER", "about": about} for s, about in quotes]}
               for d, date, quotes in [("a", "05/01/2024", [("A", ["B"]), ("A", ["B", "C"])]),
                                       ("b", "20 marzo 2024", [("A", ["B"]), ("C", ["A"])])]]
    by_month = kit.relations_table(records, by="month")
    table = timecharts.pairs_over_time_table(kit.quotes_table(records), freq="M", top_n=10)
    for row in by_month.itertuples():
        assert table.loc[pd.Period(row.month, "M").start_time, f"{row.speaker} → {row.target}"] == row.n_quotes
    assert table.to_numpy().sum() == by_month["n_quotes"].sum()


def test_outlet_heatmap_shares_and_counts(quotes) -> None:
    ax = _new_ax()
    assert timecharts.plot_outlet_heatmap(quotes, ax=ax) is ax
    counts, shares = ax.kit_counts, ax.kit_matrix
    assert list(counts.columns) == ["Corriere", "Gazzetta", "(testata sconosciuta)"]
    assert list(counts.index) == ["Meloni", "Schlein", "Conte"]
    assert counts.to_numpy().tolist() == [[2, 2, 0], [0, 1, 1], [1, 0, 0]]
    assert shares["Corriere"].tolist() == [66.7, 0.0, 33.3]
    assert shares.sum().round().tolist() == [100.0, 100.0, 100.0]
    assert [t.get_text() for t in ax.texts if "\n" in t.get_text()][0] == "67%\n(2)"


def test_outlet_heatmap_folds_speakers_and_outlets(quotes) -> None:
    shares, counts = timecharts.outlet_tables(quotes, top_n=1, top_outlets=1)
    assert list(counts.index) == ["Meloni", "altri"] and list(counts.columns) == ["Corriere", "altre testate"]
    assert counts.to_numpy().tolist() == [[2, 2], [1, 2]]
    with pytest.raises(ValueError, match="top_outlets must be at least 1"):
        timecharts.outlet_tables(quotes, top_outlets=0)


@pytest.mark.parametrize("plot", [timecharts.plot_speakers_over_time, timecharts.plot_pairs_over_time,
                                  timecharts.plot_outlet_heatmap])
def test_empty_input_gives_a_message_not_an_error(plot) -> None:
    empty = quotes_table([])
    ax = plot(empty)
    assert not ax.axison and "no quotes" in ax.texts[0].get_text()


def test_undated_quotes_give_the_no_dates_message() -> None:
    undated = quotes_table([("a", None, "G", "Meloni", ["Schlein"], "direct")])
    for plot in (timecharts.plot_speakers_over_time, timecharts.plot_pairs_over_time):
        ax = plot(undated)
        assert ax.texts[0].get_text() == "Nessuna data nei documenti / documents have no dates"


def test_bad_arguments_are_refused(quotes) -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        timecharts.plot_speakers_over_time(quotes, kind="pie")
    with pytest.raises(ValueError, match="freq must be one of"):
        timecharts.plot_speakers_over_time(quotes, freq="Q")
    with pytest.raises(ValueError, match="top_n must be at least 1"):
        timecharts.plot_pairs_over_time(quotes, top_n=0)
    with pytest.raises(ValueError, match="missing column\\(s\\): date"):
        timecharts.plot_speakers_over_time(quotes.drop(columns="date"))


def test_the_public_names(quotes) -> None:
    assert kit.plot_speakers_over_time is timecharts.plot_speakers_over_time
    assert kit.plot_pairs_over_time is timecharts.plot_pairs_over_time
    assert kit.plot_outlet_heatmap is timecharts.plot_outlet_heatmap


def test_many_periods_are_stacked_as_areas(quotes) -> None:
    bars = timecharts.plot_speakers_over_time(quotes, freq="W")
    days = timecharts.plot_speakers_over_time(quotes, freq="D")  # 87 days: more than MAX_BARS
    assert len(bars.patches) == 13 * 3 and not bars.collections
    assert not days.patches and len(days.collections) == 3
    assert days.kit_table.to_numpy().sum() == 6
