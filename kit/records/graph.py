"""The who-speaks-about-whom graph (networkx), and its GEXF file for Gephi.

Nodes are names with ``label`` and entity ``type``; edges go speaker -> target with ``weight`` =
number of quotes. The file is written atomically (:mod:`kit.atomic`) and is always well-formed
XML: characters XML 1.0 forbids in names, labels and ids are written as U+FFFD
(:func:`kit.safety.xml_safe`), two names that differ only in those stay two nodes.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pandas as pd

from ..atomic import replacing
from ..safety import xml_safe


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
                graph.add_node(name, label=xml_safe(str(name)), type=xml_safe(str(label or "")), role=role)
            elif role == "speaker":
                graph.nodes[name]["role"] = "speaker"
        doc_ids = row.doc_ids if isinstance(row.doc_ids, (list, tuple)) else []
        graph.add_edge(row.speaker, row.target, weight=int(row.n_quotes),
                       doc_ids=xml_safe(",".join(map(str, doc_ids))))
    return graph


def _xml_safe_ids(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose node ids are XML-safe strings, kept distinct (``name #2`` when two names
    differ only in characters XML forbids)."""
    mapping: dict = {}
    taken: set[str] = set()
    for node in graph.nodes:
        safe = candidate = xml_safe(str(node))
        n = 1
        while candidate in taken:
            n += 1
            candidate = f"{safe} #{n}"
        taken.add(candidate)
        mapping[node] = candidate
    return nx.relabel_nodes(graph, mapping)


def to_gexf(relations: pd.DataFrame, path: str | os.PathLike, provenance: dict | None = None) -> Path:
    """Write the who-speaks-about-whom graph (see :func:`relations_graph`) as GEXF for Gephi;
    ``provenance`` (:func:`kit.provenance`) goes into the file's ``<meta><description>``."""
    from xml.sax.saxutils import escape

    from ..origin import provenance_line

    with replacing(path) as tmp:
        nx.write_gexf(_xml_safe_ids(relations_graph(relations)), tmp)
        if provenance:
            xml = tmp.read_text(encoding="utf-8")
            description = f"<description>{escape(xml_safe(provenance_line(provenance)))}</description>"
            tmp.write_text(xml.replace("</meta>", description + "</meta>", 1), encoding="utf-8")
    return Path(path)
