"""The who-speaks-about-whom network: speakers and targets as nodes, quotes as arrows."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ...safety import plain_label
from ..palette import LABEL_COLORS, color_for, strong_color_for
from .common import (
    GREY, LEGEND_SPEAKER, LEGEND_TARGET, MSG_NO_RELATIONS, RELATION_COLUMNS, TITLE_NETWORK,
    check_top_n, clean_relations, has_rows, new_axes, relation_labels, shorten, shorten_all, show_message,
)
from .labels import LabelRepeller


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
    check_top_n(top_n)
    drawable = has_rows(relations, RELATION_COLUMNS, "relations")
    ax = new_axes(ax, (10, 8))
    if not drawable:
        ax.kit_graph = nx.DiGraph(left_out=0, edges_left_out=0)
        return show_message(ax, MSG_NO_RELATIONS, TITLE_NETWORK)
    graph = _relation_graph(relations, top_n, min_quotes, 4 * top_n if max_edges is None else max_edges)
    ax.kit_graph = graph
    if graph.number_of_nodes() == 0:
        return show_message(ax, MSG_NO_RELATIONS, TITLE_NETWORK)
    positions = _layout(graph, layout_seed)
    _draw_graph(ax, graph, positions)
    _network_legend(ax, graph)
    ax.set_title(_network_title(graph, top_n))
    return ax


def _relation_graph(relations: pd.DataFrame, top_n: int, min_quotes: int, max_edges: int) -> nx.DiGraph:
    """The DiGraph of the ``top_n`` most active names and their heaviest edges, ready to draw."""
    pairs = clean_relations(relations)
    pairs = pairs[(pairs["speaker"] != pairs["target"]) & (pairs["n_quotes"] >= min_quotes)]
    given = pairs.groupby("speaker")["n_quotes"].sum()
    received = pairs.groupby("target")["n_quotes"].sum()
    activity = given.add(received, fill_value=0).astype("int64")
    ranked = sorted(activity.items(), key=lambda item: (-item[1], str(item[0])))
    kept = [name for name, _ in ranked[:top_n]]
    labels = relation_labels(relations)
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
    """Shortened name under each node; a LabelRepeller moves them apart at every draw."""
    texts, leaders = [], []
    short = dict(zip(graph.nodes, shorten_all(graph.nodes)))
    for name in graph.nodes:
        x, y = positions[name]
        texts.append(ax.text(
            x, y, short[name], ha="center", va="center", fontsize=8, zorder=4,
            color=strong_color_for(graph.nodes[name]["label"]),
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
        ))
        leaders.append(ax.add_line(Line2D([x, x], [y, y], color=GREY, lw=0.6, zorder=1.5)))
    anchors = np.array([positions[n] for n in graph.nodes], dtype=float)
    radii = np.sqrt([graph.nodes[n]["size"] for n in graph.nodes]) / 2.0
    ax.add_artist(LabelRepeller(texts, leaders, anchors, radii))


def _network_legend(ax: Axes, graph: nx.DiGraph) -> None:
    labels = sorted({graph.nodes[n]["label"] for n in graph.nodes} - {None},
                    key=lambda label: (label not in LABEL_COLORS, label))
    handles: list[Artist] = [Patch(facecolor=color_for(label), edgecolor=strong_color_for(label),
                                   label=plain_label(label)) for label in labels]
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
