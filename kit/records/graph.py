"""The who-speaks-about-whom graph (networkx), and its GEXF file for Gephi.

Nodes are names with ``label`` and entity ``type``; edges go speaker -> target with ``weight`` =
number of quotes. The file is written atomically (:mod:`kit.atomic`).
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pandas as pd

from ..atomic import replacing


def relations_graph(relations: pd.DataFrame) -> nx.DiGraph:
    """The who-speaks-about-whom graph of a ``kit.relations_table``.

    Nodes are canonical names with ``label`` (the name, as Gephi shows it), ``type`` (PER, ORG...)
    and ``role`` (``speaker`` when they speak at least once, else ``target``); an edge
    speaker -> target has ``weight`` (number of quotes) and ``doc_ids`` (comma-separated).
    """
    graph = nx.DiGraph()
    for row in relations.itertuples(index=False):
        for name, label, role in ((row.speaker, row.speaker_label, "speaker"),
                                  (row.target, row.target_label, "target")):
            if name not in graph:
                graph.add_node(name, label=str(name), type=str(label or ""), role=role)
            elif role == "speaker":
                graph.nodes[name]["role"] = "speaker"
        doc_ids = row.doc_ids if isinstance(row.doc_ids, (list, tuple)) else []
        graph.add_edge(row.speaker, row.target, weight=int(row.n_quotes),
                       doc_ids=",".join(map(str, doc_ids)))
    return graph


def to_gexf(relations: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write the who-speaks-about-whom graph (see :func:`relations_graph`) as GEXF for Gephi."""
    with replacing(path) as tmp:
        nx.write_gexf(relations_graph(relations), tmp)
    return Path(path)
