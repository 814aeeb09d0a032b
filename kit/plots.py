"""Charts of who speaks about whom, for one article or a whole corpus.

Every function takes the kit's tables (pandas DataFrames from ``kit.tables``) and an optional
matplotlib ``ax``, draws on it and returns it; a figure is created only when ``ax`` is None. Nothing
here calls ``plt.show()``, switches the backend or changes rcParams, so the figures render the same
inline in a notebook and when saved as PNG or SVG.

For large corpora the functions keep the ``top_n`` most active names and fold the rest into an
``"altri"`` (others) row, column or line, so a 5,000-article corpus still gives a readable figure.
Empty input gives an empty Axes with a centred message instead of an exception; a table that has
rows but lacks required columns raises ``ValueError`` naming them.

What each function drew is also stored on the returned Axes, for tests and for curious users:

* ``plot_network``: ``ax.kit_graph`` (``networkx.DiGraph``; node attributes ``label``, ``activity``,
  ``is_speaker``, ``size``; edge attributes ``weight`` = n_quotes and ``width`` in points;
  ``G.graph["left_out"]`` = nodes and ``G.graph["edges_left_out"]`` = edges not drawn);
* ``plot_heatmap``: ``ax.kit_matrix`` (DataFrame speaker x target, in drawing order);
* ``plot_top_speakers`` / ``plot_top_targets``: ``ax.kit_counts`` (Series, largest first);
* ``plot_quotes_over_time``: ``ax.kit_table`` (DataFrame period x speaker) and ``ax.kit_freq``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from kit.palette import LABEL_COLORS, color_for, speaker_color, strong_color_for

# --- words shown on the figures, in one place --------------------------------------------------
OTHER = "altri"
UNKNOWN = "(sconosciuto)"
MSG_NO_QUOTES = "Nessuna citazione / no quotes"
MSG_NO_RELATIONS = "Nessuna relazione chi parla di chi / no speaker-target pairs"
MSG_NO_DATES = "Nessuna data nei documenti / documents have no dates"
TITLE_NETWORK = "Chi parla di chi"
TITLE_HEATMAP = "Chi parla di chi (numero di citazioni)"
TITLE_SPEAKERS = "Chi parla di più"
TITLE_TARGETS = "Di chi si parla di più"
TITLE_OVER_TIME = "Citazioni nel tempo"
AXIS_QUOTES = "citazioni"
AXIS_SPEAKER = "chi parla"
AXIS_TARGET = "di chi parla"
LEGEND_SPEAKER = "parla (citato come fonte)"
LEGEND_TARGET = "solo menzionato"
FREQ_NAMES = {"D": "giorno", "W": "settimana", "M": "mese"}

# --- required columns per table -----------------------------------------------------------------
RELATION_COLUMNS = ("speaker", "target", "n_quotes")
QUOTE_SPEAKER_COLUMNS = ("speaker",)
RELATION_TARGET_COLUMNS = ("target", "n_quotes")  # or a quotes table with "about"
QUOTE_TIME_COLUMNS = ("doc_id", "speaker")
DOCUMENT_COLUMNS = ("doc_id", "date")

LABEL_WIDTH = 22  # characters kept of a long name before the ellipsis
GREY = "#888888"
LIGHT_GREY = "#cccccc"
TIME_KINDS = ("area", "line")
Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1 in display units


# --- shared helpers ------------------------------------------------------------------------------
def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """The caller's Axes, or a fresh one on a new figure."""
    if ax is not None:
        return ax
    _, new_ax = plt.subplots(figsize=figsize, layout="constrained")
    return new_ax


def _has_rows(table: pd.DataFrame | None, required: Sequence[str], name: str) -> bool:
    """False for missing or empty tables; ValueError if a table with rows lacks columns."""
    if table is None or len(table) == 0:
        return False
    missing = [column for column in required if column not in table.columns]
    if missing:
        raise ValueError(f"{name} table is missing column(s): {', '.join(missing)}")
    return True


def _show_message(ax: Axes, message: str, title: str) -> Axes:
    """Leave the Axes empty apart from a centred message (the 'nothing to draw' figure)."""
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=12, color=GREY)
    return ax


def _check_top_n(top_n: int) -> None:
    if top_n < 1:
        raise ValueError(f"top_n must be at least 1, got {top_n}")


def shorten(name: str, width: int = LABEL_WIDTH) -> str:
    """``name`` cut to ``width`` characters with an ellipsis, for axis and node labels."""
    name = str(name)
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _labels_by_name(pairs: Iterable[tuple[pd.Series, pd.Series]]) -> dict[str, str]:
    """The most frequent entity label of each name, from (names, labels) column pairs."""
    frames = [pd.DataFrame({"name": names.to_numpy(), "label": labels.to_numpy()})
              for names, labels in pairs]
    if not frames:
        return {}
    both = pd.concat(frames, ignore_index=True).dropna()
    if both.empty:
        return {}
    counts = both.value_counts(["name", "label"], sort=True)
    best = counts.reset_index().drop_duplicates("name")
    return dict(zip(best["name"], best["label"]))


def _column_or_none(table: pd.DataFrame, column: str) -> pd.Series:
    """A column, or a column of None when the (optional) column is absent."""
    if column in table.columns:
        return table[column]
    return pd.Series([None] * len(table), index=table.index, dtype=object)


def _counts_as_int(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce").fillna(0).astype("int64")


def _clean_relations(relations: pd.DataFrame) -> pd.DataFrame:
    """Relations with names present, counts as ints, one row per (speaker, target) pair."""
    frame = pd.DataFrame({
        "speaker": relations["speaker"],
        "target": relations["target"],
        "n_quotes": _counts_as_int(relations["n_quotes"]),
    }).dropna(subset=["speaker", "target"])
    frame = frame[frame["n_quotes"] > 0]
    return frame.groupby(["speaker", "target"], as_index=False, sort=False)["n_quotes"].sum()


def _relation_labels(relations: pd.DataFrame) -> dict[str, str]:
    return _labels_by_name([
        (relations["speaker"], _column_or_none(relations, "speaker_label")),
        (relations["target"], _column_or_none(relations, "target_label")),
    ])


# --- network -------------------------------------------------------------------------------------
def plot_network(
    relations: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 30,
    min_quotes: int = 1,
    layout_seed: int = 0,
    max_edges: int | None = None,
) -> Axes:
    """Directed graph of who speaks about whom: arrows speaker -> target, width by n_quotes.

    Node colour is the entity label (same palette as the HTML highlights), node size the activity
    (quotes given + received); speakers have a solid dark ring, names only talked about a dashed
    grey one. Self-loops are dropped. With more than ``top_n`` nodes only the most active are
    drawn and the title says how many were left out; likewise only the ``max_edges`` heaviest
    arrows among them (default ``4 * top_n``), so a dense corpus doesn't become a hairball.
    Labels are shortened and pushed apart at draw time, so they stay readable when the figure is
    resized or saved. The drawn graph is stored as ``ax.kit_graph``.
    """
    _check_top_n(top_n)
    has_rows = _has_rows(relations, RELATION_COLUMNS, "relations")
    ax = _new_axes(ax, (10, 8))
    if not has_rows:
        ax.kit_graph = nx.DiGraph(left_out=0, edges_left_out=0)
        return _show_message(ax, MSG_NO_RELATIONS, TITLE_NETWORK)
    graph = _relation_graph(relations, top_n, min_quotes, 4 * top_n if max_edges is None else max_edges)
    ax.kit_graph = graph
    if graph.number_of_nodes() == 0:
        return _show_message(ax, MSG_NO_RELATIONS, TITLE_NETWORK)
    positions = _layout(graph, layout_seed)
    _draw_graph(ax, graph, positions)
    _network_legend(ax, graph)
    ax.set_title(_network_title(graph, top_n))
    return ax


def _relation_graph(relations: pd.DataFrame, top_n: int, min_quotes: int, max_edges: int) -> nx.DiGraph:
    """The DiGraph of the ``top_n`` most active names and their heaviest edges, ready to draw."""
    pairs = _clean_relations(relations)
    pairs = pairs[(pairs["speaker"] != pairs["target"]) & (pairs["n_quotes"] >= min_quotes)]
    given = pairs.groupby("speaker")["n_quotes"].sum()
    received = pairs.groupby("target")["n_quotes"].sum()
    activity = given.add(received, fill_value=0).astype("int64")
    ranked = sorted(activity.items(), key=lambda item: (-item[1], str(item[0])))
    kept = [name for name, _ in ranked[:top_n]]
    labels = _relation_labels(relations)
    graph = nx.DiGraph(left_out=len(ranked) - len(kept))
    most = max(activity.max(), 1) if len(activity) else 1
    for name in kept:
        graph.add_node(name, label=labels.get(name), activity=int(activity[name]),
                       is_speaker=name in given.index, size=200.0 + 1300.0 * activity[name] / most)
    among = pairs[pairs["speaker"].isin(kept) & pairs["target"].isin(kept)]
    shown = among.sort_values(["n_quotes", "speaker", "target"], ascending=[False, True, True]).iloc[:max_edges]
    graph.graph["edges_left_out"] = len(among) - len(shown)
    heaviest = max(int(shown["n_quotes"].max()), 1) if len(shown) else 1
    for speaker, target, count in shown.itertuples(index=False):
        graph.add_edge(speaker, target, weight=int(count), width=0.8 + 5.2 * count / heaviest)
    return graph


def _layout(graph: nx.DiGraph, seed: int) -> dict:
    """Node positions: each connected component laid out alone, then packed in rows.

    A single spring layout pushes separate components (common in one article: many pairs) to the
    edges and squeezes each into a clump; laying them out apart keeps the spacing even.
    """
    undirected = graph.to_undirected()
    parts = sorted(nx.connected_components(undirected), key=lambda part: (-len(part), sorted(map(str, part))))
    return _pack([_component_layout(undirected.subgraph(part), seed) for part in parts])


def _component_layout(component: nx.Graph, seed: int) -> dict:
    """Spring layout (weights ignored so heavy pairs don't clump), size ~ sqrt(nodes), wide side
    horizontal."""
    count = component.number_of_nodes()
    if count == 1:
        return {node: np.zeros(2) for node in component}
    positions = nx.spring_layout(component, k=2.2 / np.sqrt(count), seed=seed, weight=None,
                                 iterations=200, method="force")
    points = np.array(list(positions.values()))
    points -= points.mean(axis=0)
    _, _, axes = np.linalg.svd(points, full_matrices=False)
    points = points @ axes.T  # principal axis along x
    points *= np.sqrt(count) / max(np.abs(points).max(), 1e-9)
    return dict(zip(positions, points))


def _pack(layouts: list[dict], gap: float = 2.2) -> dict:
    """Place component layouts left to right in rows (largest first), about as wide as tall x 1.3."""
    boxes = [np.array(list(layout.values())) for layout in layouts]
    sizes = [np.maximum(box.max(axis=0) - box.min(axis=0), 1.0) for box in boxes]
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    row_width = max(np.sqrt(1.3 * area), max(w for w, _ in sizes))
    placed: dict = {}
    x = y = row_height = 0.0
    for layout, box, (width, height) in zip(layouts, boxes, sizes):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        low, high = box.min(axis=0), box.max(axis=0)
        centre = (low + high) / 2
        offset = np.array([x + width / 2, y - height / 2]) - centre
        placed.update({node: point + offset for node, point in zip(layout, box)})
        x, row_height = x + width + gap, max(row_height, height)
    return placed


def _draw_graph(ax: Axes, graph: nx.DiGraph, positions: dict) -> None:
    nodes = list(graph.nodes)
    sizes = [graph.nodes[n]["size"] for n in nodes]
    edges = list(graph.edges)
    nx.draw_networkx_edges(
        graph, positions, ax=ax, edgelist=edges, nodelist=nodes, node_size=sizes,
        width=[graph.edges[e]["width"] for e in edges],
        edge_color=[strong_color_for(graph.nodes[e[0]]["label"]) for e in edges],
        alpha=0.55, arrows=True, arrowstyle="-|>", arrowsize=14,
        connectionstyle="arc3,rad=0.12",
    )
    for is_speaker in (True, False):
        _draw_nodes(ax, graph, positions, [n for n in nodes if graph.nodes[n]["is_speaker"] is is_speaker])
    _draw_labels(ax, graph, positions)
    xs, ys = zip(*positions.values())
    pad_x = 0.12 * (max(xs) - min(xs) or 1.0)
    pad_y = 0.12 * (max(ys) - min(ys) or 1.0)
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
    ax.set_axis_off()


def _draw_nodes(ax: Axes, graph: nx.DiGraph, positions: dict, nodes: list) -> None:
    """One node group: speakers get a solid strong ring, mere targets a dashed grey one."""
    if not nodes:
        return
    speakers = graph.nodes[nodes[0]]["is_speaker"]
    collection = nx.draw_networkx_nodes(
        graph, positions, ax=ax, nodelist=nodes,
        node_size=[graph.nodes[n]["size"] for n in nodes],
        node_color=[color_for(graph.nodes[n]["label"]) for n in nodes],
        edgecolors=[strong_color_for(graph.nodes[n]["label"]) if speakers else GREY for n in nodes],
        linewidths=2.0 if speakers else 1.2,
    )
    collection.set_linestyle("solid" if speakers else (0, (3, 2)))
    collection.set_zorder(2)


def _draw_labels(ax: Axes, graph: nx.DiGraph, positions: dict) -> None:
    """Shortened name under each node; a _LabelRepeller moves them apart at every draw."""
    texts, leaders = [], []
    for name in graph.nodes:
        x, y = positions[name]
        texts.append(ax.text(
            x, y, shorten(name), ha="center", va="center", fontsize=8, zorder=4,
            color=strong_color_for(graph.nodes[name]["label"]),
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
        ))
        leaders.append(ax.add_line(Line2D([x, x], [y, y], color=GREY, lw=0.6, zorder=1.5)))
    anchors = np.array([positions[n] for n in graph.nodes], dtype=float)
    radii = np.sqrt([graph.nodes[n]["size"] for n in graph.nodes]) / 2.0
    ax.add_artist(_LabelRepeller(texts, leaders, anchors, radii))


class _LabelRepeller(Artist):
    """Invisible artist, drawn first, that places the node labels so they don't overlap.

    Placement happens in display space at every draw, because it depends on the figure size and
    dpi (text keeps its point size while the data scale changes).
    """

    def __init__(self, texts: list[Text], leaders: list[Line2D], anchors: np.ndarray,
                 radii_points: np.ndarray) -> None:
        super().__init__()
        self.texts, self.leaders = texts, leaders
        self.anchors, self.radii_points = anchors, radii_points
        self.set_zorder(-100)
        self.set_in_layout(False)

    def draw(self, renderer: RendererBase) -> None:
        ax = self.axes
        if ax is None or not self.texts:
            return
        anchors = ax.transData.transform(self.anchors)
        radii = self.radii_points * renderer.points_to_pixels(1.0)
        sizes = np.array([_text_size(text, renderer) for text in self.texts])
        pad = renderer.points_to_pixels(2.0)
        box = ax.bbox
        centres = place_labels(anchors, radii, sizes, pad, bounds=(box.x0, box.y0, box.x1, box.y1))
        data = ax.transData.inverted().transform(centres)
        far = np.hypot(*(centres - anchors).T) > radii + sizes.max(axis=1) / 2 + 3 * pad
        for text, leader, anchor, centre, is_far in zip(self.texts, self.leaders, self.anchors, data, far):
            text.set_position(tuple(centre))
            leader.set_data([anchor[0], centre[0]], [anchor[1], centre[1]])
            leader.set_visible(bool(is_far))  # a thin line back to the node only when far from it
        self.stale = False


def _text_size(text: Text, renderer: RendererBase) -> tuple[float, float]:
    extent = text.get_window_extent(renderer)
    return extent.width, extent.height


def place_labels(
    anchors: np.ndarray,
    radii: np.ndarray,
    sizes: np.ndarray,
    pad: float = 2.0,
    bounds: Bounds | None = None,
) -> np.ndarray:
    """Label centres next to their nodes (anchors, radii), avoiding labels, nodes and edges of view.

    Greedy first (each label, busiest node first, takes the free-est of 8 spots around its node),
    then a relaxation pushes apart whatever still overlaps. All values are in display units.
    """
    anchors, radii = np.asarray(anchors, dtype=float), np.asarray(radii, dtype=float)
    sizes = np.asarray(sizes, dtype=float)
    centres = np.empty_like(anchors)
    node_boxes = np.column_stack([anchors, 2 * radii, 2 * radii])
    for i in range(len(anchors)):
        options = _candidate_spots(anchors[i], radii[i], sizes[i], pad)
        placed = np.column_stack([centres[:i], sizes[:i] + pad])
        cost = (_overlap_area(options, sizes[i], placed)
                + 0.3 * _overlap_area(options, sizes[i], np.delete(node_boxes, i, axis=0))
                + 3.0 * _outside_area(options, sizes[i], bounds)
                + np.arange(len(options)) * 1e-3)  # ties: the earlier (nicer) spot wins
        centres[i] = options[int(np.argmin(cost))]
    return repel_boxes(centres, sizes, pad, bounds)


def _candidate_spots(anchor: np.ndarray, radius: float, size: np.ndarray, pad: float) -> np.ndarray:
    """Centres of a label of ``size`` below, above, right, left and diagonal to a node."""
    half_w, half_h = size / 2
    dx, dy = radius + half_w + pad, radius + half_h + pad
    diag_x, diag_y = 0.7 * radius + half_w, 0.7 * radius + half_h
    offsets = np.array([
        (0, -dy), (0, dy), (dx, 0), (-dx, 0),
        (diag_x, -diag_y), (-diag_x, -diag_y), (diag_x, diag_y), (-diag_x, diag_y),
        (0, -dy - 2 * half_h), (0, dy + 2 * half_h),
    ])
    return anchor + offsets


def _overlap_area(centres: np.ndarray, size: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Total overlap of a box of ``size`` at each of ``centres`` with ``boxes`` (cx, cy, w, h)."""
    if len(boxes) == 0:
        return np.zeros(len(centres))
    reach = (size[None, None, :] + boxes[None, :, 2:]) / 2
    overlap = np.clip(reach - np.abs(centres[:, None, :] - boxes[None, :, :2]), 0, None)
    return (overlap[..., 0] * overlap[..., 1]).sum(axis=1)


def _outside_area(centres: np.ndarray, size: np.ndarray, bounds: Bounds | None) -> np.ndarray:
    if bounds is None:
        return np.zeros(len(centres))
    x0, y0, x1, y1 = bounds
    low, high = centres - size / 2, centres + size / 2
    out_x = np.clip(x0 - low[:, 0], 0, None) + np.clip(high[:, 0] - x1, 0, None)
    out_y = np.clip(y0 - low[:, 1], 0, None) + np.clip(high[:, 1] - y1, 0, None)
    return out_x * size[1] + out_y * size[0]


def repel_boxes(
    centres: np.ndarray,
    sizes: np.ndarray,
    pad: float = 2.0,
    bounds: Bounds | None = None,
    iterations: int = 200,
) -> np.ndarray:
    """Move boxes (centres, width/height) apart until none overlap, staying inside ``bounds``.

    Each step pushes every overlapping pair apart, half each, along the axis where they overlap
    least (usually vertically, as labels are wide).
    """
    centres = np.array(centres, dtype=float)
    half = np.asarray(sizes, dtype=float) / 2 + pad / 2
    index = np.arange(len(centres))
    for _ in range(iterations):
        delta = centres[None, :, :] - centres[:, None, :]  # [i, j] = j - i
        overlap = half[None, :, :] + half[:, None, :] - np.abs(delta)
        hit = (overlap[..., 0] > 0) & (overlap[..., 1] > 0) & (index[:, None] != index[None, :])
        if not hit.any():
            break
        along_x = overlap[..., 0] < overlap[..., 1]
        # boxes at the same spot are told apart by index, so they move in opposite directions
        tie = np.where(index[:, None] < index[None, :], 1.0, -1.0)[..., None]
        sign = np.where(delta == 0, tie, np.sign(delta))
        shift = np.zeros_like(delta)
        shift[..., 0] = np.where(hit & along_x, overlap[..., 0] * sign[..., 0], 0)
        shift[..., 1] = np.where(hit & ~along_x, overlap[..., 1] * sign[..., 1], 0)
        centres -= 0.5 * shift.sum(axis=1)
        if bounds is not None:
            centres = _clamp(centres, half, bounds)
    return centres


def _clamp(centres: np.ndarray, half: np.ndarray, bounds: Bounds) -> np.ndarray:
    x0, y0, x1, y1 = bounds
    low = np.array([x0, y0]) + half
    high = np.maximum(np.array([x1, y1]) - half, low)
    return np.clip(centres, low, high)


def _network_legend(ax: Axes, graph: nx.DiGraph) -> None:
    labels = sorted({graph.nodes[n]["label"] for n in graph.nodes} - {None},
                    key=lambda label: (label not in LABEL_COLORS, label))
    handles: list[Artist] = [Patch(facecolor=color_for(label), edgecolor=strong_color_for(label), label=label)
                             for label in labels]
    handles += [
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="white",
               markeredgecolor="#333333", markeredgewidth=2.0, label=LEGEND_SPEAKER),
        Line2D([], [], marker="o", linestyle="none", markersize=9, markerfacecolor="white",
               markeredgecolor=GREY, markeredgewidth=1.0, label=LEGEND_TARGET),
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=len(handles),
              fontsize=8, frameon=False)


def _network_title(graph: nx.DiGraph, top_n: int) -> str:
    notes = []
    if graph.graph["left_out"]:
        notes.append(f"i {top_n} più attivi; altri {graph.graph['left_out']} non mostrati")
    if graph.graph["edges_left_out"]:
        drawn = graph.number_of_edges()
        notes.append(f"i {drawn} legami più forti su {drawn + graph.graph['edges_left_out']}")
    return TITLE_NETWORK + "".join(f"\n({note})" for note in notes)


# --- heatmap -------------------------------------------------------------------------------------
def plot_heatmap(relations: pd.DataFrame, ax: Axes | None = None, top_n: int = 20) -> Axes:
    """Speaker x target matrix of quote counts, numbers in the cells, clusters kept together.

    Rows and columns are ordered by spectral seriation (second singular vectors of the normalised
    matrix, as in correspondence analysis), falling back to totals. Speakers and targets beyond
    ``top_n`` are summed into an ``"altri (N)"`` row/column, drawn last. The matrix drawn is
    stored as ``ax.kit_matrix``.
    """
    _check_top_n(top_n)
    if not _has_rows(relations, RELATION_COLUMNS, "relations"):
        ax = _new_axes(ax, (6, 4))
        ax.kit_matrix = pd.DataFrame()
        return _show_message(ax, MSG_NO_RELATIONS, TITLE_HEATMAP)
    matrix = relation_matrix(relations, top_n)
    n_rows, n_cols = matrix.shape
    ax = _new_axes(ax, (max(6.0, 0.45 * n_cols + 3.5), max(4.0, 0.4 * n_rows + 2.5)))
    ax.kit_matrix = matrix
    if matrix.empty:
        return _show_message(ax, MSG_NO_RELATIONS, TITLE_HEATMAP)
    _draw_matrix(ax, matrix, _relation_labels(relations))
    return ax


def relation_matrix(relations: pd.DataFrame, top_n: int = 20) -> pd.DataFrame:
    """Speaker x target counts: top names seriated, the rest summed into a last 'altri' row/col."""
    pairs = _clean_relations(relations)
    if pairs.empty:
        return pd.DataFrame()
    speakers, other_speaker = _top_or_other(pairs, "speaker", top_n)
    targets, other_target = _top_or_other(pairs, "target", top_n)
    pairs = pairs.assign(
        speaker=pairs["speaker"].where(pairs["speaker"].isin(speakers), other_speaker),
        target=pairs["target"].where(pairs["target"].isin(targets), other_target),
    )
    counts = pairs.groupby(["speaker", "target"])["n_quotes"].sum()
    matrix = counts.unstack(fill_value=0).reindex(index=speakers, columns=targets, fill_value=0)
    rows, cols = seriate(matrix.to_numpy(dtype=float))
    row_order = [speakers[i] for i in rows] + ([other_speaker] if other_speaker else [])
    col_order = [targets[i] for i in cols] + ([other_target] if other_target else [])
    full = counts.unstack(fill_value=0).reindex(index=row_order, columns=col_order, fill_value=0)
    full = full.astype("int64")
    full.index.name, full.columns.name = "speaker", "target"
    full.attrs["named_shape"] = (len(speakers), len(targets))  # rows/cols before 'altri'
    return full


def _top_or_other(pairs: pd.DataFrame, column: str, top_n: int) -> tuple[list[str], str | None]:
    """The ``top_n`` names of ``column`` by total quotes, and the 'altri (N)' name if any left."""
    totals = pairs.groupby(column)["n_quotes"].sum()
    ranked = sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))
    top = [name for name, _ in ranked[:top_n]]
    rest = len(ranked) - len(top)
    return top, (f"{OTHER} ({rest})" if rest else None)


def seriate(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row and column orders that put similar rows/columns next to each other.

    Uses the second singular vectors of D_r^-1/2 A D_c^-1/2 (spectral co-clustering); when the
    matrix is too small or has no second dimension, orders by decreasing totals.
    """
    row_totals, col_totals = matrix.sum(axis=1), matrix.sum(axis=0)
    by_rows = np.lexsort((np.arange(len(row_totals)), -row_totals))
    by_cols = np.lexsort((np.arange(len(col_totals)), -col_totals))
    if min(matrix.shape) < 3:
        return by_rows, by_cols
    row_scale = np.sqrt(np.where(row_totals > 0, row_totals, 1.0))
    col_scale = np.sqrt(np.where(col_totals > 0, col_totals, 1.0))
    left, values, right = np.linalg.svd(matrix / row_scale[:, None] / col_scale[None, :])
    if len(values) < 2 or values[1] < 1e-9:
        return by_rows, by_cols
    row_key, col_key = left[:, 1] / row_scale, right[1] / col_scale
    if row_key[by_rows[0]] > 0:  # fix the sign: the busiest speaker's cluster goes on top
        row_key, col_key = -row_key, -col_key
    row_key, col_key = np.round(row_key, 9), np.round(col_key, 9)
    rows = np.lexsort((-row_totals, row_key, row_totals == 0))
    cols = np.lexsort((-col_totals, col_key, col_totals == 0))
    return rows, cols


def _draw_matrix(ax: Axes, matrix: pd.DataFrame, labels: dict[str, str]) -> None:
    values = matrix.to_numpy()
    # the colour scale follows the named cells; an 'altri' cell may be far larger and saturates
    n_rows, n_cols = matrix.attrs.get("named_shape", values.shape)
    named = values[:n_rows, :n_cols]
    top = max(int(named.max()) if named.size else 0, 1)
    ax.imshow(values, cmap="Blues", aspect="auto", interpolation="nearest", vmin=0, vmax=top)
    dark = 0.6 * top
    if n_rows < values.shape[0]:
        ax.axhline(n_rows - 0.5, color=GREY, linewidth=0.8)
    if n_cols < values.shape[1]:
        ax.axvline(n_cols - 0.5, color=GREY, linewidth=0.8)
    for (row, col), value in np.ndenumerate(values):
        if value:
            ax.text(col, row, str(value), ha="center", va="center", fontsize=8,
                    color="white" if value > dark else "#222222")
    ax.set_xticks(range(values.shape[1]), [shorten(n) for n in matrix.columns],
                  rotation=45, ha="right", rotation_mode="anchor", fontsize=8)
    ax.set_yticks(range(values.shape[0]), [shorten(n) for n in matrix.index], fontsize=8)
    for tick, name in zip(ax.get_xticklabels(), matrix.columns):
        tick.set_color(strong_color_for(labels.get(name)))
    for tick, name in zip(ax.get_yticklabels(), matrix.index):
        tick.set_color(strong_color_for(labels.get(name)))
    ax.set_xlabel(AXIS_TARGET)
    ax.set_ylabel(AXIS_SPEAKER)
    ax.set_title(TITLE_HEATMAP)
    ax.tick_params(length=0)


# --- bars ----------------------------------------------------------------------------------------
def plot_top_speakers(
    quotes: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 15,
    include_unknown: bool = False,
) -> Axes:
    """Horizontal bars of the speakers quoted most, largest at the top, coloured by label.

    Quotes without a speaker count as "(sconosciuto)" only with ``include_unknown=True``.
    The counts drawn are stored as ``ax.kit_counts``.
    """
    _check_top_n(top_n)
    if not _has_rows(quotes, QUOTE_SPEAKER_COLUMNS, "quotes"):
        return _empty_bars(ax, TITLE_SPEAKERS)
    speakers = quotes["speaker"]
    if include_unknown:
        speakers = speakers.astype(object).where(speakers.notna(), UNKNOWN)
    labels = _labels_by_name([(quotes["speaker"], _column_or_none(quotes, "speaker_label"))])
    return _draw_bars(ax, _ranked(speakers.dropna().value_counts()), labels, top_n, TITLE_SPEAKERS)


def plot_top_targets(
    quotes_or_relations: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 15,
    include_unknown: bool = False,
) -> Axes:
    """Horizontal bars of the names talked about most, largest at the top.

    Takes a quotes table (counts quotes whose ``about`` names the target, once per quote) or a
    relations table (sums ``n_quotes`` per target). With a quotes table, quotes without a speaker
    count only with ``include_unknown=True``, so both tables give the same numbers by default.
    The counts drawn are stored as ``ax.kit_counts``.
    """
    _check_top_n(top_n)
    table = quotes_or_relations
    is_quotes = table is not None and "about" in table.columns
    required, name = ((("about",), "quotes") if is_quotes
                      else (RELATION_TARGET_COLUMNS, "relations (or quotes with an 'about' column)"))
    if not _has_rows(table, required, name):
        return _empty_bars(ax, TITLE_TARGETS)
    if is_quotes:
        counts, labels = _targets_from_quotes(table, include_unknown)
    else:
        counts, labels = _targets_from_relations(table)
    return _draw_bars(ax, counts, labels, top_n, TITLE_TARGETS)


def _targets_from_relations(relations: pd.DataFrame) -> tuple[pd.Series, dict[str, str]]:
    frame = pd.DataFrame({"target": relations["target"], "n": _counts_as_int(relations["n_quotes"])})
    counts = frame.dropna(subset=["target"]).groupby("target")["n"].sum()
    labels = _labels_by_name([
        (relations["target"], _column_or_none(relations, "target_label")),
        (_column_or_none(relations, "speaker"), _column_or_none(relations, "speaker_label")),
    ])
    return _ranked(counts[counts > 0]), labels


def _targets_from_quotes(quotes: pd.DataFrame, include_unknown: bool) -> tuple[pd.Series, dict[str, str]]:
    speakers = _column_or_none(quotes, "speaker")
    kept = quotes if include_unknown else quotes[speakers.notna()]
    about = kept["about"].map(_as_names).explode().dropna()  # each name once per quote
    # names from the speaker column lend their label to the same name as a target
    labels = _labels_by_name([(speakers, _column_or_none(quotes, "speaker_label"))])
    return _ranked(about.value_counts()), labels


def _as_names(value: object) -> list[str]:
    """The names in one ``about`` cell (list, tuple, array, a single string or nothing)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        return [value]
    return list(dict.fromkeys(str(v) for v in value if v is not None))


def _ranked(counts: pd.Series) -> pd.Series:
    """Counts sorted largest first, ties by name, as ints."""
    frame = pd.DataFrame({"name": counts.index.astype(str), "n": counts.to_numpy()})
    frame = frame.sort_values(["n", "name"], ascending=[False, True], kind="stable")
    return pd.Series(frame["n"].to_numpy(dtype="int64"), index=pd.Index(frame["name"], name=None))


def _empty_bars(ax: Axes | None, title: str) -> Axes:
    ax = _new_axes(ax, (7, 3))
    ax.kit_counts = pd.Series(dtype="int64")
    return _show_message(ax, MSG_NO_QUOTES, title)


def _draw_bars(ax: Axes | None, counts: pd.Series, labels: dict[str, str], top_n: int, title: str) -> Axes:
    shown = counts.iloc[:top_n]
    ax = _new_axes(ax, (8, 0.35 * max(len(shown), 3) + 1.5))
    ax.kit_counts = shown
    if shown.empty:
        return _show_message(ax, MSG_NO_QUOTES, title)
    names = list(shown.index)
    bars = ax.barh(range(len(shown)), shown.to_numpy(),
                   color=[color_for(labels.get(n)) for n in names],
                   edgecolor=[strong_color_for(labels.get(n)) for n in names], linewidth=1.0)
    ax.bar_label(bars, labels=[str(v) for v in shown], padding=3, fontsize=8)
    ax.set_yticks(range(len(shown)), [shorten(n, 30) for n in names], fontsize=9)
    ax.invert_yaxis()  # largest at the top
    ax.set_xlim(0, shown.max() * 1.12 + 0.5)
    ax.set_xlabel(AXIS_QUOTES)
    ax.spines[["top", "right"]].set_visible(False)
    left_out = len(counts) - len(shown)
    ax.set_title(title if not left_out else f"{title} (primi {len(shown)}; altri {left_out} non mostrati)")
    return ax


# --- over time -----------------------------------------------------------------------------------
def plot_quotes_over_time(
    quotes: pd.DataFrame,
    documents: pd.DataFrame,
    ax: Axes | None = None,
    top_n: int = 6,
    freq: str | None = None,
    include_unknown: bool = False,
    kind: str = "area",
) -> Axes:
    """Quotes per speaker per day, week or month (from the documents' dates), others as 'altri'.

    ``freq`` is "D", "W" or "M" (or "day", "week", "month"); by default it follows the date span:
    days up to ~6 weeks, weeks up to a year, then months. ``kind="area"`` stacks the speakers with
    'altri' on top (the total stays visible even when the long tail is large); ``kind="line"``
    draws one line each, better to compare a few speakers (also used when there is one period).
    Without dates the Axes shows a message. The counts drawn are stored as ``ax.kit_table`` and
    the frequency as ``ax.kit_freq``.
    """
    _check_top_n(top_n)
    if kind not in TIME_KINDS:
        raise ValueError(f"kind must be one of {TIME_KINDS}, got {kind!r}")
    chosen = _normalise_freq(freq)
    has_quotes = _has_rows(quotes, QUOTE_TIME_COLUMNS, "quotes")
    has_documents = _has_rows(documents, DOCUMENT_COLUMNS, "documents")
    ax = _new_axes(ax, (10, 4.5))
    ax.kit_table, ax.kit_freq = pd.DataFrame(), chosen
    if not has_quotes:
        return _show_message(ax, MSG_NO_QUOTES, TITLE_OVER_TIME)
    if not has_documents:
        return _show_message(ax, MSG_NO_DATES, TITLE_OVER_TIME)
    dated = _dated_quotes(quotes, documents, include_unknown)
    if dated.empty:
        message = MSG_NO_QUOTES if _speakers_missing(quotes, include_unknown) else MSG_NO_DATES
        return _show_message(ax, message, TITLE_OVER_TIME)
    chosen = chosen or _auto_freq(dated["date"])
    table = _time_table(dated, chosen, top_n)
    ax.kit_table, ax.kit_freq = table, chosen
    stacked = kind == "area" and len(table) > 1
    if stacked:
        _draw_areas(ax, table)
    else:
        _draw_lines(ax, table)
    _finish_time_axes(ax, chosen, stacked)
    return ax


def _normalise_freq(freq: str | None) -> str | None:
    if freq is None:
        return None
    aliases = {"d": "D", "day": "D", "w": "W", "week": "W", "m": "M", "ms": "M", "me": "M", "month": "M"}
    key = str(freq).strip().lower()
    if key not in aliases:
        raise ValueError(f"freq must be one of 'D', 'W', 'M' (day, week, month), got {freq!r}")
    return aliases[key]


def _speakers_missing(quotes: pd.DataFrame, include_unknown: bool) -> bool:
    return not include_unknown and quotes["speaker"].isna().all()


def _dated_quotes(quotes: pd.DataFrame, documents: pd.DataFrame, include_unknown: bool) -> pd.DataFrame:
    """doc_id, speaker and a tz-naive date for every quote whose document has a date."""
    by_doc = pd.Series(_local_dates(documents["date"]).to_numpy(), index=documents["doc_id"].astype(str))
    by_doc = by_doc[~by_doc.index.duplicated()].dropna()
    if by_doc.empty:
        return pd.DataFrame(columns=["speaker", "date"])
    speakers = quotes["speaker"].astype(object)
    if include_unknown:
        speakers = speakers.where(speakers.notna(), UNKNOWN)
    frame = pd.DataFrame({"speaker": speakers, "date": quotes["doc_id"].astype(str).map(by_doc)})
    return frame.dropna()


def _local_dates(values: pd.Series) -> pd.Series:
    """Dates as tz-naive timestamps in each article's own local time (NaT when unreadable)."""
    try:
        dates = pd.to_datetime(values, errors="coerce")
    except ValueError:  # mixed UTC offsets: compare them in UTC
        return pd.to_datetime(values, errors="coerce", utc=True).dt.tz_localize(None)
    return dates.dt.tz_localize(None) if dates.dt.tz is not None else dates


def _auto_freq(dates: pd.Series) -> str:
    span = (dates.max() - dates.min()).days
    if span <= 45:
        return "D"
    return "W" if span <= 366 else "M"


def _time_table(dated: pd.DataFrame, freq: str, top_n: int) -> pd.DataFrame:
    """Period x speaker counts with the top speakers as columns and the rest as 'altri'."""
    totals = dated["speaker"].value_counts()
    ranked = sorted(totals.items(), key=lambda item: (-item[1], str(item[0])))
    top = [name for name, _ in ranked[:top_n]]
    speaker = dated["speaker"].where(dated["speaker"].isin(top), OTHER)
    period = dated["date"].dt.to_period(freq)
    counts = pd.crosstab(period, speaker)
    every = pd.period_range(period.min(), period.max(), freq=freq)
    columns = top + ([OTHER] if len(ranked) > len(top) else [])
    table = counts.reindex(index=every, columns=columns, fill_value=0).astype("int64")
    table.index = table.index.to_timestamp(how="start")
    table.index.name, table.columns.name = "period", "speaker"
    return table


def _series_colours(columns: pd.Index) -> list[str]:
    return [LIGHT_GREY if name == OTHER else speaker_color(i) for i, name in enumerate(columns)]


def _draw_lines(ax: Axes, table: pd.DataFrame) -> None:
    marker = "o" if len(table) <= 60 else None
    for name, colour in zip(table.columns, _series_colours(table.columns)):
        is_other = name == OTHER
        ax.plot(table.index, table[name].to_numpy(), label=shorten(name, 30), marker=marker, markersize=3,
                color=GREY if is_other else colour, linestyle="--" if is_other else "-",
                linewidth=1.2 if is_other else 1.8)


def _draw_areas(ax: Axes, table: pd.DataFrame) -> None:
    ax.stackplot(table.index, table.to_numpy().T, labels=[shorten(n, 30) for n in table.columns],
                 colors=_series_colours(table.columns), alpha=0.9, linewidth=0.3, edgecolor="white")


def _finish_time_axes(ax: Axes, freq: str, stacked: bool) -> None:
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    ax.set_ylabel(f"{AXIS_QUOTES} per {FREQ_NAMES[freq]}")
    ax.set_title(TITLE_OVER_TIME)
    handles, labels = ax.get_legend_handles_labels()
    if stacked:  # the legend reads top-down like the stack
        handles, labels = handles[::-1], labels[::-1]
    ax.legend(handles, labels, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
