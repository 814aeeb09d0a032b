"""Tests for kit.view.plots: figures built from hand-made tables, checked for content, not pixels."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from io import BytesIO

import matplotlib

matplotlib.use("Agg")  # the test file picks the backend; kit.view.plots never does

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import FancyArrowPatch, Rectangle  # noqa: E402

from kit.view import plots  # noqa: E402
from kit.view.palette import color_for  # noqa: E402

PUTIN, KIM, MILLER, BIDEN, NATO = "Vladimir Putin", "Kim Jong Un", "Matthew Miller", "Joe Biden", "NATO"
LABELS = {PUTIN: "PER", KIM: "PER", MILLER: "PER", BIDEN: "PER", NATO: "ORG"}


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def relations_table(pairs: list[tuple[str, str, int]], labels: dict[str, str] | None = None) -> pd.DataFrame:
    """A relations table like kit.records.tables makes, from (speaker, target, n_quotes) triples."""
    labels = LABELS if labels is None else labels
    return pd.DataFrame({
        "speaker": [s for s, _, _ in pairs],
        "speaker_label": [labels.get(s) for s, _, _ in pairs],
        "target": [t for _, t, _ in pairs],
        "target_label": [labels.get(t) for _, t, _ in pairs],
        "n_quotes": [n for _, _, n in pairs],
        "doc_ids": [["d1"] for _ in pairs],
    })


def quotes_table(rows: list[tuple[str, str | None, list[str]]]) -> pd.DataFrame:
    """A quotes table from (doc_id, speaker, about) triples; other columns filled plausibly."""
    return pd.DataFrame({
        "doc_id": [d for d, _, _ in rows],
        "start": [10 * i for i in range(len(rows))],
        "end": [10 * i + 5 for i in range(len(rows))],
        "kind": ["direct"] * len(rows),
        "cue": ["ha detto"] * len(rows),
        "speaker": [s for _, s, _ in rows],
        "speaker_label": [LABELS.get(s) if s else None for _, s, _ in rows],
        "speaker_start": pd.array([None] * len(rows), dtype="Int64"),
        "speaker_end": pd.array([None] * len(rows), dtype="Int64"),
        "about": [a for _, _, a in rows],
        "text": ["..."] * len(rows),
    })


def documents_table(dates: dict[str, str | None]) -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": list(dates),
        "title": [f"Articolo {d}" for d in dates],
        "date": pd.to_datetime(list(dates.values())),
        "source": ["ansa"] * len(dates),
        "url": [None] * len(dates),
        "n_words": [300] * len(dates),
        "n_entities": [10] * len(dates),
        "n_quotes": [2] * len(dates),
    })


@pytest.fixture
def relations() -> pd.DataFrame:
    return relations_table([
        (PUTIN, KIM, 3), (PUTIN, BIDEN, 1), (KIM, PUTIN, 2), (MILLER, PUTIN, 4),
        (MILLER, KIM, 1), (PUTIN, PUTIN, 5), (MILLER, NATO, 2),
    ])


@pytest.fixture
def quotes() -> pd.DataFrame:
    return quotes_table([
        ("d1", PUTIN, [KIM]), ("d1", PUTIN, [KIM, KIM, BIDEN]), ("d1", PUTIN, []),
        ("d2", MILLER, [PUTIN]), ("d2", MILLER, [PUTIN, KIM]), ("d2", KIM, [PUTIN]),
        ("d3", None, [PUTIN]), ("d3", None, [NATO]),
    ])


def all_texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def overlapping_label_pairs(ax: Axes) -> int:
    ax.figure.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.texts]
    return sum(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))


def random_relations(n_nodes: int, n_edges: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    names = [f"Persona numero {i} con un nome lungo" if i % 4 == 0 else f"Nome {i}" for i in range(n_nodes)]
    labels = {name: ("PER", "ORG", "LOC", "MISC")[i % 4] for i, name in enumerate(names)}
    pairs = [(names[i], names[(i + 1) % n_nodes], 1) for i in range(n_nodes)]  # every node shows up
    for _ in range(n_edges - n_nodes):
        s, t = rng.choice(n_nodes, 2, replace=False)
        pairs.append((names[s], names[t], int(rng.integers(1, 6))))
    return relations_table(pairs, labels)


# --- network -----------------------------------------------------------------------------------
def test_network_nodes_edges_and_self_loops(relations: pd.DataFrame) -> None:
    ax = plots.plot_network(relations)
    graph = ax.kit_graph
    assert set(graph.nodes) == {PUTIN, KIM, MILLER, BIDEN, NATO}
    assert graph.number_of_edges() == 6
    assert not graph.has_edge(PUTIN, PUTIN)
    assert graph.nodes[PUTIN]["activity"] == 10  # gives 3 + 1, receives 2 + 4; self-loop ignored
    assert {n for n in graph if graph.nodes[n]["is_speaker"]} == {PUTIN, KIM, MILLER}
    assert graph.nodes[NATO]["label"] == "ORG"
    assert ax.get_title() == plots.TITLE_NETWORK


def test_network_edge_widths_follow_counts(relations: pd.DataFrame) -> None:
    ax = plots.plot_network(relations)
    graph = ax.kit_graph
    by_count = sorted(graph.edges, key=lambda e: graph.edges[e]["weight"])
    widths = [graph.edges[e]["width"] for e in by_count]
    assert widths == sorted(widths)
    assert graph.edges[MILLER, PUTIN]["width"] > graph.edges[PUTIN, KIM]["width"] > graph.edges[MILLER, KIM]["width"]
    drawn = sorted(p.get_linewidth() for p in ax.patches if isinstance(p, FancyArrowPatch))
    assert drawn == pytest.approx(sorted(widths))


def test_network_node_colours_and_speaker_rings(relations: pd.DataFrame) -> None:
    ax = plots.plot_network(relations)
    speakers, targets = ax.collections[-2:]
    assert len(speakers.get_offsets()) == 3 and len(targets.get_offsets()) == 2
    fills = {to_hex(c) for c in targets.get_facecolors()}
    assert fills == {color_for("PER"), color_for("ORG")}
    assert speakers.get_linestyle() != targets.get_linestyle()


def test_network_min_quotes_and_duplicate_rows(relations: pd.DataFrame) -> None:
    doubled = pd.concat([relations, relations_table([(MILLER, KIM, 1)])], ignore_index=True)
    ax = plots.plot_network(doubled, min_quotes=2)
    graph = ax.kit_graph
    assert BIDEN not in graph  # its only edge had 1 quote
    assert graph.edges[MILLER, KIM]["weight"] == 2  # two rows for one pair are summed
    assert graph.number_of_edges() == 5


def test_network_top_n_keeps_most_active_and_says_how_many_left(relations: pd.DataFrame) -> None:
    ax = plots.plot_network(relations, top_n=3)
    graph = ax.kit_graph
    assert set(graph.nodes) == {PUTIN, MILLER, KIM}
    assert graph.number_of_edges() == 4
    assert graph.graph["left_out"] == 2
    assert "altri 2 non mostrati" in ax.get_title()


def test_network_max_edges_keeps_the_heaviest(relations: pd.DataFrame) -> None:
    ax = plots.plot_network(relations, max_edges=2)
    graph = ax.kit_graph
    assert set(graph.edges) == {(MILLER, PUTIN), (PUTIN, KIM)}
    assert graph.graph["edges_left_out"] == 4
    assert "i 2 legami più forti su 6" in ax.get_title()
    assert len([p for p in ax.patches if isinstance(p, FancyArrowPatch)]) == 2


def test_network_shortens_long_names() -> None:
    long_name = "Ministero degli Affari Esteri della Federazione Russa"
    ax = plots.plot_network(relations_table([(PUTIN, long_name, 2)]))
    label = next(t for t in all_texts(ax) if t.startswith("Ministero"))
    assert label.endswith("…") and len(label) <= plots.LABEL_WIDTH
    assert long_name in ax.kit_graph  # the graph keeps the full name


def test_network_uses_given_axes_without_new_figure(relations: pd.DataFrame) -> None:
    fig, (left, right) = plt.subplots(1, 2)
    assert plots.plot_network(relations, ax=right) is right
    assert plt.get_fignums() == [fig.number]


def test_network_30_node_labels_do_not_overlap() -> None:
    ax = plots.plot_network(random_relations(30, 70))
    assert ax.kit_graph.number_of_nodes() == 30
    assert overlapping_label_pairs(ax) <= 2


def test_network_labels_are_placed_again_when_the_figure_is_resized() -> None:
    ax = plots.plot_network(random_relations(30, 70, seed=3))
    ax.figure.set_size_inches(7, 6)
    assert overlapping_label_pairs(ax) <= 2


def test_network_is_reproducible_with_seed(relations: pd.DataFrame) -> None:
    def label_positions(seed: int) -> list[tuple[float, float]]:
        ax = plots.plot_network(relations, layout_seed=seed)
        ax.figure.canvas.draw()
        return [t.get_position() for t in ax.texts]

    assert label_positions(1) == label_positions(1)


# --- label placement helpers --------------------------------------------------------------------
def test_repel_boxes_separates_boxes_at_the_same_spot() -> None:
    size = np.array([40.0, 10.0])
    centres = plots.repel_boxes(np.zeros((3, 2)), np.array([size] * 3), pad=2.0)
    for a, b in itertools.combinations(centres, 2):
        assert (np.abs(a - b) >= size - 1e-6).any()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 200), st.floats(0, 200), st.floats(5, 60), st.floats(5, 15)),
                min_size=2, max_size=8))
def test_repel_boxes_leaves_no_overlap(boxes: list[tuple[float, float, float, float]]) -> None:
    centres = np.array([b[:2] for b in boxes])
    sizes = np.array([b[2:] for b in boxes])
    moved = plots.repel_boxes(centres, sizes, pad=1.0, iterations=500)
    for i, j in itertools.combinations(range(len(boxes)), 2):
        gap = np.abs(moved[i] - moved[j]) - (sizes[i] + sizes[j]) / 2
        assert gap.max() > -0.5


def test_place_labels_prefers_the_spot_below_a_lonely_node() -> None:
    centres = plots.place_labels(np.array([[100.0, 100.0]]), np.array([10.0]), np.array([[40.0, 10.0]]), pad=2.0)
    assert centres[0][0] == pytest.approx(100.0)
    assert centres[0][1] < 100.0 - 10.0


# --- heatmap -----------------------------------------------------------------------------------
def test_heatmap_values_ticks_and_cell_texts(relations: pd.DataFrame) -> None:
    ax = plots.plot_heatmap(relations)
    matrix = ax.kit_matrix
    shown = np.asarray(ax.images[0].get_array())
    assert (shown == matrix.to_numpy()).all()
    assert [t.get_text() for t in ax.get_yticklabels()] == list(matrix.index)
    assert [t.get_text() for t in ax.get_xticklabels()] == list(matrix.columns)
    assert matrix.loc[MILLER, PUTIN] == 4 and matrix.loc[PUTIN, PUTIN] == 5
    assert sorted(all_texts(ax)) == sorted(str(v) for v in shown.ravel() if v)
    assert set(matrix.index) == {PUTIN, KIM, MILLER}
    assert int(shown.sum()) == int(relations["n_quotes"].sum())


def test_heatmap_groups_the_rest_as_altri() -> None:
    pairs = [(f"S{i}", f"T{j}", i + j + 1) for i in range(5) for j in range(4)]
    table = relations_table(pairs, {})
    ax = plots.plot_heatmap(table, top_n=3)
    matrix = ax.kit_matrix
    assert matrix.shape == (4, 4)
    assert matrix.index[-1] == "altri (2)" and matrix.columns[-1] == "altri (1)"
    assert set(matrix.index[:-1]) == {"S4", "S3", "S2"}  # the busiest speakers
    assert matrix.loc["altri (2)"].sum() == sum(n for s, _, n in pairs if s in ("S0", "S1"))
    assert matrix.to_numpy().sum() == sum(n for _, _, n in pairs)
    assert ax.get_yticklabels()[-1].get_text() == "altri (2)"


def test_heatmap_order_keeps_clusters_together() -> None:
    blocks = {"A": (["a1", "a2", "a3"], ["x1", "x2", "x3"]), "B": (["b1", "b2", "b3"], ["y1", "y2", "y3"])}
    pairs = [(s, t, 2 + (k == "A")) for k, (ss, ts) in blocks.items() for s in ss for t in ts]
    pairs += [("a1", "y1", 1)]  # a weak link between the two groups
    shuffled = relations_table(pairs, {}).sample(frac=1, random_state=4)
    matrix = plots.plot_heatmap(shuffled).kit_matrix
    row_groups = [name[0] for name in matrix.index]
    col_groups = [name[0] for name in matrix.columns]
    assert row_groups in (list("aaabbb"), list("bbbaaa"))
    assert col_groups in (list("xxxyyy"), list("yyyxxx"))


def test_seriate_falls_back_to_totals_for_tiny_matrices() -> None:
    rows, cols = plots.seriate(np.array([[1.0, 5.0], [7.0, 0.0]]))
    assert list(rows) == [1, 0] and list(cols) == [0, 1]


# --- bars --------------------------------------------------------------------------------------
def bar_widths(ax: Axes) -> list[float]:
    return [p.get_width() for p in ax.patches if isinstance(p, Rectangle)]


def test_top_speakers_bars_labels_and_order(quotes: pd.DataFrame) -> None:
    ax = plots.plot_top_speakers(quotes)
    assert bar_widths(ax) == [3, 2, 1]
    assert all_texts(ax) == ["3", "2", "1"]
    assert [t.get_text() for t in ax.get_yticklabels()] == [PUTIN, MILLER, KIM]
    assert ax.yaxis_inverted()  # largest at the top
    assert to_hex(ax.patches[0].get_facecolor()) == color_for("PER")
    assert list(ax.kit_counts.index) == [PUTIN, MILLER, KIM]


def test_top_speakers_unknown_only_when_asked(quotes: pd.DataFrame) -> None:
    assert plots.UNKNOWN not in plots.plot_top_speakers(quotes).kit_counts
    ax = plots.plot_top_speakers(quotes, include_unknown=True)
    assert ax.kit_counts[plots.UNKNOWN] == 2
    assert plots.UNKNOWN in [t.get_text() for t in ax.get_yticklabels()]


def test_top_speakers_top_n_says_how_many_left(quotes: pd.DataFrame) -> None:
    ax = plots.plot_top_speakers(quotes, top_n=2)
    assert bar_widths(ax) == [3, 2]
    assert "altri 1 non mostrati" in ax.get_title()


def test_top_targets_from_quotes_counts_each_quote_once(quotes: pd.DataFrame) -> None:
    ax = plots.plot_top_targets(quotes)
    assert ax.kit_counts.to_dict() == {PUTIN: 3, KIM: 3, BIDEN: 1}
    assert all_texts(ax) == ["3", "3", "1"]
    with_unknown = plots.plot_top_targets(quotes, include_unknown=True).kit_counts
    assert with_unknown[PUTIN] == 4 and with_unknown[NATO] == 1


def test_top_targets_from_relations_sums_counts(relations: pd.DataFrame) -> None:
    ax = plots.plot_top_targets(relations, top_n=2)
    assert ax.kit_counts.to_dict() == {PUTIN: 11, KIM: 4}
    assert to_hex(ax.patches[0].get_facecolor()) == color_for("PER")
    assert "altri 2 non mostrati" in ax.get_title()


# --- over time ---------------------------------------------------------------------------------
@pytest.fixture
def documents() -> pd.DataFrame:
    return documents_table({"d1": "2024-03-01", "d2": "2024-03-03", "d3": "2024-03-03"})


def test_over_time_daily_counts_and_lines(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    ax = plots.plot_quotes_over_time(quotes, documents, kind="line")
    table = ax.kit_table
    assert ax.kit_freq == "D"
    assert list(table.index) == list(pd.date_range("2024-03-01", "2024-03-03"))
    assert table.loc["2024-03-01", PUTIN] == 3 and table.loc["2024-03-02"].sum() == 0
    assert table.loc["2024-03-03", MILLER] == 2
    assert [line.get_label() for line in ax.get_lines()] == [PUTIN, MILLER, KIM]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [PUTIN, MILLER, KIM]


def test_over_time_groups_the_rest_as_altri(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    ax = plots.plot_quotes_over_time(quotes, documents, top_n=1, include_unknown=True, kind="line")
    table = ax.kit_table
    assert list(table.columns) == [PUTIN, plots.OTHER]
    assert table[plots.OTHER].sum() == 5  # Miller 2, Kim 1, unknown 2
    assert ax.get_lines()[-1].get_linestyle() == "--"


def test_over_time_stacked_areas_with_altri_on_top(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    ax = plots.plot_quotes_over_time(quotes, documents, top_n=2)
    assert len(ax.collections) == 3 and not ax.get_lines()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [plots.OTHER, MILLER, PUTIN]
    top = ax.collections[-1].get_paths()[0].vertices[:, 1].max()
    assert top == ax.kit_table.sum(axis=1).max() == 3


def test_over_time_single_period_falls_back_to_points(quotes: pd.DataFrame) -> None:
    ax = plots.plot_quotes_over_time(quotes, documents_table({"d1": "2024-03-01", "d2": "2024-03-01"}))
    assert len(ax.get_lines()) == 3 and all(line.get_marker() == "o" for line in ax.get_lines())


@pytest.mark.parametrize(("span_days", "freq"), [(10, "D"), (100, "W"), (800, "M")])
def test_over_time_picks_frequency_from_span(quotes: pd.DataFrame, span_days: int, freq: str) -> None:
    end = (pd.Timestamp("2023-01-02") + pd.Timedelta(days=span_days)).date().isoformat()
    documents = documents_table({"d1": "2023-01-02", "d2": end, "d3": end})
    ax = plots.plot_quotes_over_time(quotes, documents)
    assert ax.kit_freq == freq
    assert ax.kit_table.to_numpy().sum() == 6


def test_over_time_freq_argument_and_timezones(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    documents["date"] = documents["date"].dt.tz_localize("Europe/Rome")
    ax = plots.plot_quotes_over_time(quotes, documents, freq="month")
    assert ax.kit_freq == "M" and len(ax.kit_table) == 1
    with pytest.raises(ValueError, match="freq"):
        plots.plot_quotes_over_time(quotes, documents, freq="fortnight")
    with pytest.raises(ValueError, match="kind"):
        plots.plot_quotes_over_time(quotes, documents, kind="pie")


def test_over_time_without_dates_shows_message(quotes: pd.DataFrame) -> None:
    documents = documents_table({"d1": None, "d2": None})
    ax = plots.plot_quotes_over_time(quotes, documents)
    assert all_texts(ax) == [plots.MSG_NO_DATES]
    assert not ax.get_lines()


# --- empty input and errors --------------------------------------------------------------------
EMPTY_CASES: dict[str, Callable[[pd.DataFrame], Axes]] = {
    "network": plots.plot_network,
    "heatmap": plots.plot_heatmap,
    "speakers": plots.plot_top_speakers,
    "targets": plots.plot_top_targets,
    "over_time": lambda table: plots.plot_quotes_over_time(table, documents_table({"d1": "2024-01-01"})),
}


@pytest.mark.parametrize("plot", EMPTY_CASES.values(), ids=EMPTY_CASES.keys())
@pytest.mark.parametrize("table", [pd.DataFrame(), None], ids=["no-columns", "none"])
def test_empty_input_gives_a_message(plot: Callable[[pd.DataFrame | None], Axes], table: pd.DataFrame | None) -> None:
    ax = plot(table)
    assert isinstance(ax, Axes)
    (message,) = ax.texts
    assert message.get_text() in (plots.MSG_NO_QUOTES, plots.MSG_NO_RELATIONS)
    assert message.get_position() == (0.5, 0.5) and message.get_transform() == ax.transAxes


@pytest.mark.parametrize("plot", EMPTY_CASES.values(), ids=EMPTY_CASES.keys())
def test_empty_tables_with_columns_give_a_message(
    plot: Callable[[pd.DataFrame], Axes], quotes: pd.DataFrame, relations: pd.DataFrame
) -> None:
    table = relations if plot in (plots.plot_network, plots.plot_heatmap) else quotes
    assert len(plot(table.iloc[0:0]).texts) == 1


def test_quotes_without_speakers_give_a_message(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    nobody = quotes.assign(speaker=None, speaker_label=None)
    assert all_texts(plots.plot_top_speakers(nobody)) == [plots.MSG_NO_QUOTES]
    assert all_texts(plots.plot_top_targets(nobody)) == [plots.MSG_NO_QUOTES]
    assert all_texts(plots.plot_quotes_over_time(nobody, documents)) == [plots.MSG_NO_QUOTES]
    assert plots.plot_top_speakers(nobody, include_unknown=True).kit_counts.to_dict() == {plots.UNKNOWN: 8}


def test_relations_that_are_all_self_loops_give_a_message() -> None:
    ax = plots.plot_network(relations_table([(PUTIN, PUTIN, 3)]))
    assert all_texts(ax) == [plots.MSG_NO_RELATIONS]
    assert ax.kit_graph.number_of_nodes() == 0


@pytest.mark.parametrize(
    ("plot", "drop", "missing"),
    [
        (plots.plot_network, ["n_quotes"], "n_quotes"),
        (plots.plot_heatmap, ["speaker", "target"], "speaker, target"),
        (plots.plot_top_targets, ["target"], "target"),
    ],
)
def test_missing_relation_columns_raise(
    relations: pd.DataFrame, plot: Callable[[pd.DataFrame], Axes], drop: list[str], missing: str
) -> None:
    with pytest.raises(ValueError, match=missing):
        plot(relations.drop(columns=drop))


def test_missing_quote_and_document_columns_raise(quotes: pd.DataFrame, documents: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="speaker"):
        plots.plot_top_speakers(quotes.drop(columns=["speaker"]))
    with pytest.raises(ValueError, match="doc_id"):
        plots.plot_quotes_over_time(quotes.drop(columns=["doc_id"]), documents)
    with pytest.raises(ValueError, match="documents.*date"):
        plots.plot_quotes_over_time(quotes, documents.drop(columns=["date"]))
    assert plt.get_fignums() == []  # no half-made figure left behind


def test_top_n_must_be_positive(relations: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="top_n"):
        plots.plot_heatmap(relations, top_n=0)


# --- export ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["png", "svg"])
@pytest.mark.parametrize("name", ["network", "heatmap", "speakers", "targets", "over_time"])
def test_figures_export(
    name: str, fmt: str, relations: pd.DataFrame, quotes: pd.DataFrame, documents: pd.DataFrame
) -> None:
    draw = {
        "network": lambda: plots.plot_network(relations),
        "heatmap": lambda: plots.plot_heatmap(relations),
        "speakers": lambda: plots.plot_top_speakers(quotes),
        "targets": lambda: plots.plot_top_targets(quotes),
        "over_time": lambda: plots.plot_quotes_over_time(quotes, documents),
    }[name]
    buffer = BytesIO()
    draw().figure.savefig(buffer, format=fmt)
    data = buffer.getvalue()
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data and b"</svg>" in data


def test_plots_leave_rcparams_alone(relations: pd.DataFrame, quotes: pd.DataFrame) -> None:
    before = dict(matplotlib.rcParams)
    plots.plot_network(relations)
    plots.plot_top_speakers(quotes)
    assert dict(matplotlib.rcParams) == before


# --- a large corpus ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """5,000 articles, 50,000 quotes, 2,000 speakers with a long tail."""
    rng = np.random.default_rng(7)
    n_quotes, n_docs, n_names = 50_000, 5_000, 2_000
    weights = 1 / np.arange(1, n_names + 1)
    names = np.array([f"Persona {i}" for i in range(n_names)])
    speakers = names[rng.choice(n_names, n_quotes, p=weights / weights.sum())]
    targets = names[rng.choice(n_names, n_quotes, p=weights / weights.sum())]
    quotes = pd.DataFrame({
        "doc_id": [f"d{i}" for i in rng.integers(0, n_docs, n_quotes)],
        "speaker": speakers,
        "speaker_label": "PER",
        "about": [[t] for t in targets],
    })
    days = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 700, n_docs), unit="D")
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n_docs)], "date": days})
    relations = (pd.DataFrame({"speaker": speakers, "target": targets})
                 .value_counts().rename("n_quotes").reset_index()
                 .assign(speaker_label="PER", target_label="PER", doc_ids=None))
    return quotes, relations, documents


def test_large_corpus_gives_top_n_figures(corpus: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> None:
    quotes, relations, documents = corpus
    assert len(quotes) == 50_000
    network = plots.plot_network(relations)
    assert network.kit_graph.number_of_nodes() == 30 and network.kit_graph.graph["left_out"] > 1000
    assert network.kit_graph.number_of_edges() == 120  # 4 * top_n: readable, not a hairball
    heatmap = plots.plot_heatmap(relations)
    assert heatmap.kit_matrix.shape == (21, 21)
    assert heatmap.kit_matrix.to_numpy().sum() == 50_000
    assert len(plots.plot_top_speakers(quotes).patches) == 15
    assert plots.plot_top_targets(quotes).kit_counts.sum() <= 50_000
    over_time = plots.plot_quotes_over_time(quotes, documents)
    assert over_time.kit_freq == "M" and list(over_time.kit_table.columns)[-1] == plots.OTHER
    assert over_time.kit_table.to_numpy().sum() == 50_000


def test_shortened_labels_stay_distinct():
    from kit.view.plots.common import shorten_all

    names = ["Federazione italiana tennis e padel", "Federazione italiana giuoco calcio", "Mario Rossi",
             "Federazione italiana tennis e padel"]
    labels = shorten_all(names)
    assert labels == ["Federazione it…e padel", "Federazione ita…calcio", "Mario Rossi", "Federazione it…e padel"]
    assert all(len(label) <= 22 for label in labels)
    assert shorten_all(["A" * 30 + "b", "A" * 30 + "c"]) == ["A" * 11 + "…" + "A" * 9 + "b",
                                                          "A" * 11 + "…" + "A" * 9 + "c"]


NETWORK_SCRIPT = """
import matplotlib
matplotlib.use("Agg")
import pandas as pd
import kit
rows = [(s, t, n) for s, t, n in [("Mario Rossi", "Anna Bianchi", 3), ("Anna Bianchi", "Comune di Roma", 2),
        ("Luca Verdi", "Mario Rossi", 1), ("Giulia Neri", "Regione Lazio", 2), ("Carlo Blu", "Giulia Neri", 1)]]
table = pd.DataFrame([{"speaker": s, "speaker_label": "PER", "target": t, "target_label": "PER", "n_quotes": n,
                       "doc_ids": ["d"], "sources": []} for s, t, n in rows])
ax = kit.plot_network(table)
ax.figure.canvas.draw()
print(sorted((t.get_text(), round(t.get_position()[0], 6), round(t.get_position()[1], 6)) for t in ax.texts))
"""


def test_network_layout_is_the_same_in_every_process():
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", NETWORK_SCRIPT], env=env, capture_output=True, text=True,
                              timeout=300, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert "Mario Rossi" in outputs[0]
