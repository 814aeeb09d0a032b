"""Outputs that are safe to open: nothing a corpus holds is run, injected or lost on the way out.

Hostile text goes into every export and is parsed back the way the consumer would read it: CSV
with the ``csv`` module (and ``kit.records.export.read_csv``), JSON Lines with ``json``, GEXF with
``nx.read_gexf`` (an XML parser), the shared notebook's widget state as the browser's HTML
tokenizer would cut it, chart labels as matplotlib draws them. Rule files: regexes that would
backtrack for minutes are refused, read-only files are refused, and backups are atomic.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import threading
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure
from matplotlib.text import Text

from kit.atomic import StagedFiles, write_atomic
from kit.records.export import read_csv, to_csv, to_jsonl
from kit.records.graph import relations_graph, to_gexf
from kit.rules import RuleError, load_rules, save_rules
from kit.safety import escape_formula, plain_label, script_safe_json, unescape_formula, xml_safe
from kit.view import plots
from kit.view.share import notebook_html

FORMULAS = ["=1+1", "+39 06 1234", "-5", "@SUM(A1:A9)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\",\"y\")",
            "'=già protetto", "''+due", "'testo", "normale", "", "a=b", " =spazio prima"]
#: text that hurts exports: formulas, markup, XML-forbidden code points, quotes, new lines
HOSTILE = st.one_of(
    st.sampled_from(FORMULAS + ["<!--<script>", "</script><b>x</b>", "&amp;", "\x00", "\x01\x1f", "\ufffe",
                                "\uffff", "\x0b\x0c", "a\r\nb", "\u2028", "\"'", "$x^2$", "$\\frac{a}{b}$",
                                "\ud7ff\ue000", "😀"]),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- CSV: the OWASP rule ------------------------------------------------------------------------
@pytest.mark.parametrize("value, written", [
    ("=1+1", "'=1+1"), ("+39 06 1234", "'+39 06 1234"), ("-5", "'-5"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\tTAB", "'\tTAB"), ("\rCR", "'\rCR"), ("'=già protetto", "''=già protetto"), ("''+due", "'''+due"),
    ("'testo", "'testo"), ("normale", "normale"), ("a=b", "a=b"), (" =spazio prima", " =spazio prima"),
])
def test_formula_cells_get_a_quote_and_come_back(value: str, written: str) -> None:
    assert escape_formula(value) == written
    assert unescape_formula(written) == value


def test_csv_export_neutralises_formulas_in_every_text_column(tmp_path: Path) -> None:
    table = pd.DataFrame({"doc_id": ["=cmd|' /C calc'!A0", "ok"], "title": ["@evil", "+1"],
                          "n_quotes": [-3, 4], "about": [["=x", "y"], []]})
    path = to_csv(table, tmp_path / "t.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows == [["doc_id", "title", "n_quotes", "about"],
                    ["'=cmd|' /C calc'!A0", "'@evil", "-3", '["=x", "y"]'],  # numbers stay numbers
                    ["ok", "'+1", "4", "[]"]]
    back = read_csv(path)
    assert back["doc_id"].tolist() == ["=cmd|' /C calc'!A0", "ok"]
    assert back["title"].tolist() == ["@evil", "+1"] and back["about"].tolist() == [["=x", "y"], []]
    assert back["n_quotes"].tolist() == [-3, 4]


def test_csv_escaping_can_be_turned_off(tmp_path: Path) -> None:
    table = pd.DataFrame({"title": ["=1+1", "@a"]})
    rows = list(csv.reader(io.StringIO(
        to_csv(table, tmp_path / "raw.csv", escape_formulas=False).read_text(encoding="utf-8-sig"))))
    assert rows == [["title"], ["=1+1"], ["@a"]]


@FAST
@given(st.lists(st.tuples(HOSTILE, HOSTILE), min_size=1, max_size=8))
def test_csv_cells_are_never_formulas_and_read_back_exactly(tmp_path: Path, cells) -> None:
    table = pd.DataFrame({"speaker": [a for a, _ in cells], "text": [b for _, b in cells]})
    path = to_csv(table, tmp_path / "h.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["speaker", "text"] and len(rows) == len(cells) + 1
    for row, (a, b) in zip(rows[1:], cells):
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row
        assert [unescape_formula(cell) for cell in row] == [a, b]


@FAST
@given(st.lists(HOSTILE, min_size=1, max_size=8))
def test_jsonl_rows_read_back_exactly(tmp_path: Path, values) -> None:
    table = pd.DataFrame({"text": values, "about": [[v] for v in values]})
    lines = to_jsonl(table, tmp_path / "h.jsonl").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == [{"text": v, "about": [v]} for v in values]


# --- GEXF: well-formed XML whatever the names -------------------------------------------------------
def _relations(pairs: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame({"speaker": [s for s, _ in pairs], "speaker_label": ["PER"] * len(pairs),
                         "target": [t for _, t in pairs], "target_label": ["ORG\x01"] * len(pairs),
                         "n_quotes": list(range(1, len(pairs) + 1)),
                         "doc_ids": [[f"d\x0b{i}", "<&>"] for i in range(len(pairs))]})


def test_gexf_with_forbidden_characters_is_valid_xml(tmp_path: Path) -> None:
    relations = _relations([("Rossi\x00", "Bianchi\uffff"), ("a\x01", "a\x02"), ("<b>&", "\ufffe")])
    back = nx.read_gexf(to_gexf(relations, tmp_path / "g.gexf"))
    assert sorted(back.nodes) == sorted(["Rossi\ufffd", "Bianchi\ufffd", "a\ufffd", "a\ufffd #2", "<b>&", "\ufffd"])
    assert back.edges["a\ufffd", "a\ufffd #2"]["weight"] == 2  # two names, two nodes: nothing merged
    assert back.edges["Rossi\ufffd", "Bianchi\ufffd"]["doc_ids"] == "d\ufffd0,<&>"
    assert back.nodes["<b>&"]["label"] == "<b>&" and back.nodes["\ufffd"]["type"] == "ORG\ufffd"


@FAST
@given(st.lists(st.tuples(HOSTILE, HOSTILE), min_size=1, max_size=6))
def test_gexf_parses_back_with_every_edge(tmp_path: Path, pairs) -> None:
    relations = _relations(pairs)
    graph = relations_graph(relations)
    path = to_gexf(relations, tmp_path / "h.gexf")
    assert not XML_FORBIDDEN.search(path.read_text(encoding="utf-8").split("?>", 1)[1])
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert sorted(w for _, _, w in back.edges(data="weight")) == sorted(w for _, _, w in graph.edges(data="weight"))
    labels = sorted(label for _, label in back.nodes(data="label"))
    assert labels == sorted(xml_safe(str(n)) for n in graph.nodes)


# --- the shared notebook's widget state ---------------------------------------------------------
def test_script_safe_json_is_the_same_json_without_markup() -> None:
    value = {"title": "<!--<script>", "html": "</script><b>&amp;</b>", "n": [1, "a>b"]}
    text = script_safe_json(json.dumps(value))
    assert not set("<>&") & set(text)
    assert json.loads(text) == value


def _widget_notebook(hostile: str):
    import nbformat

    model = {"model_name": "LabelModel", "model_module": "@jupyter-widgets/controls",
             "model_module_version": "2.0.0", "state": {"value": hostile, "description": hostile}}
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
        "display_data", data={"application/vnd.jupyter.widget-view+json": {
            "version_major": 2, "version_minor": 0, "model_id": "m1"}, "text/plain": hostile})])])
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {
        "version_major": 2, "version_minor": 0, "state": {"m1": model}}}
    nb.metadata["title"] = "prova"
    return nb


@pytest.mark.parametrize("hostile", ["<!--<script>", "</script><script>alert(1)</script>", "<!-- a -->", "&lt;&"])
def test_shared_widget_state_cannot_close_or_swallow_its_script(hostile: str) -> None:
    page = notebook_html(_widget_notebook(hostile))
    scripts = re.findall(r'<script type="(application/vnd\.jupyter\.widget-(?:state|view)\+json)">(.*?)</script>',
                         page, flags=re.S)
    assert sorted(kind for kind, _ in scripts) == ["application/vnd.jupyter.widget-state+json",
                                                   "application/vnd.jupyter.widget-view+json"]
    for kind, body in scripts:
        # no "<" at all: the HTML tokenizer cannot see "<!--", "<script" or "</script" in there
        assert "<" not in body and ">" not in body and "&" not in body
        data = json.loads(body)
        if kind.endswith("state+json"):
            assert data["state"]["m1"]["state"]["value"] == hostile
        else:
            assert data["model_id"] == "m1"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_shared_widget_state_keeps_any_text(hostile: str) -> None:
    page = notebook_html(_widget_notebook(hostile))
    body = re.search(r'<script type="application/vnd\.jupyter\.widget-state\+json">(.*?)</script>', page,
                     flags=re.S).group(1)
    assert not set("<>&") & set(body)
    assert json.loads(body)["state"]["m1"]["state"]["value"] == hostile


# --- charts: names are never mathtext -------------------------------------------------------------
NAMES = ["$x^2$ Rossi", "$\\frac{a}{b}$", "Costa $5", "$\\notacommand$ e $", "a\\$b"]


def _shown(text: Text) -> tuple[str, bool]:
    return text._preprocess_math(text.get_text())  # what matplotlib draws, and whether as math


def _relations_named(names: list[str]) -> pd.DataFrame:
    pairs = list(zip(names, names[1:] + names[:1])) + [(names[0], "Ente $")]
    return pd.DataFrame({"speaker": [a for a, _ in pairs], "speaker_label": ["PER"] * len(pairs),
                         "target": [b for _, b in pairs], "target_label": ["PER"] * len(names) + ["$ORG$"],
                         "n_quotes": [2] * len(pairs), "doc_ids": [["d"]] * len(pairs)})


@pytest.mark.parametrize("draw", ["network", "heatmap", "targets"])
def test_chart_labels_are_drawn_as_written(draw: str) -> None:
    relations = _relations_named(NAMES)
    figure = Figure(figsize=(8, 6))
    ax = figure.add_subplot()
    {"network": plots.plot_network, "heatmap": plots.plot_heatmap, "targets": plots.plot_top_targets}[draw](
        relations, ax=ax)
    figure.savefig(io.BytesIO(), format="png")  # a mathtext parse error would raise here
    shown = [_shown(t) for t in figure.findobj(Text) if t.get_text()]
    assert not [s for s, is_math in shown if is_math]
    drawn = {s for s, _ in shown}
    assert set(NAMES) <= drawn
    if draw == "network":
        assert "$ORG$" in drawn  # the legend's entity label


@pytest.mark.parametrize("draw", ["speakers_over_time", "outlets"])
def test_time_and_outlet_chart_labels_are_drawn_as_written(draw: str) -> None:
    from kit.view.plots import timecharts

    n = len(NAMES)
    quotes = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "speaker": NAMES, "speaker_label": ["PER"] * n,
                           "about": [[name] for name in NAMES[::-1]],
                           "date": pd.to_datetime([f"2024-03-{i + 1:02d}" for i in range(n)]),
                           "source": ["$La Testata$", "Il $ole", "$La Testata$", "Il $ole", "$x$"]})
    figure = Figure(figsize=(10, 6))
    ax = figure.add_subplot()
    if draw == "outlets":
        timecharts.plot_outlet_heatmap(quotes, ax=ax)
    else:
        timecharts.plot_speakers_over_time(quotes, ax=ax, freq="D")
    figure.savefig(io.BytesIO(), format="png")
    shown = [_shown(t) for t in figure.findobj(Text) if t.get_text()]
    assert not [s for s, is_math in shown if is_math]
    assert set(NAMES) <= {s for s, _ in shown}
    if draw == "outlets":
        assert {"$La Testata$", "Il $ole", "$x$"} <= {s for s, _ in shown}


def test_plain_label_round_trips_through_matplotlib() -> None:
    for name in NAMES + ["nessun dollaro", "\\$"]:
        assert Text(text=plain_label(name))._preprocess_math(plain_label(name)) == (name, False)


# --- atomic files -------------------------------------------------------------------------------
def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    path = write_atomic(tmp_path / "a.txt", "vecchio")
    path.chmod(0o640)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(path, "nuovo" * 1000)
    monkeypatch.undo()
    assert path.read_text() == "vecchio" and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    write_atomic(path, "nuovo")
    assert path.read_text() == "nuovo" and stat.S_IMODE(path.stat().st_mode) == 0o640


def test_staged_files_are_all_or_nothing(tmp_path: Path) -> None:
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text("old")
    with pytest.raises(RuntimeError):
        with StagedFiles() as staged:
            staged.path(tmp_path / "a.csv").write_text("new")
            staged.path(tmp_path / "b.csv").write_text("new")
            raise RuntimeError("the run failed after writing")
    assert [(tmp_path / n).read_text() for n in ("a.csv", "b.csv")] == ["old", "old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]
    with StagedFiles() as staged:
        staged.path(tmp_path / "a.csv").write_text("new")
        staged.path(tmp_path / "c.csv").write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv", "c.csv"]
    assert (tmp_path / "a.csv").read_text() == "new"


# --- rule files: catastrophic regexes, read-only files, atomic backups --------------------------
SLOW_REGEXES = [r"^(a+)+$", r"(a*)*b", r"^(\w+\s?)*$", r"(a|a)+$", r"(a|aa)+$", r"(x+x+)+y", r"(a|b|ab)+$",
                r"((ab)*)+c", r"(?:[a-z]+\d?)+$", r"(a+|b)+"]
FINE_REGEXES = [r"^[A-Z][a-z]+$", r"\d{1,3}(?:\.\d{3})*", r"(?:\d+,)*\d+", r"(a++)+$", r"(?>a+)+$",
                r"^(?:ab|cd)+$", r"(?:[A-Z]\.)+", r"^(?:Mc|Mac)?[A-Z][a-z]+$", r"(ab|a)+$", r"(\w|\d)+x"]


def _rules_with_regex(tmp_path: Path, regex: str) -> Path:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"labels": ["PER", "ORG", "LOC", "MISC"], "entity_patterns": [
        {"label": "ORG", "pattern": "Comune di Roma"},
        {"label": "PER", "pattern": [{"TEXT": {"REGEX": regex}}, {"IS_TITLE": True}], "name": "prova"}]}),
        encoding="utf-8")
    return path


@pytest.mark.parametrize("regex", SLOW_REGEXES)
def test_catastrophic_regex_is_refused_naming_the_entry(tmp_path: Path, regex: str) -> None:
    path = _rules_with_regex(tmp_path, regex)
    with pytest.raises(RuleError) as info:
        load_rules(path)
    assert info.value.source == str(path) and info.value.entry == "entity_patterns[1].pattern[0]"
    assert "exponential time" in info.value.reason and repr(regex) in info.value.reason


@pytest.mark.parametrize("regex", FINE_REGEXES)
def test_safe_regexes_are_accepted(tmp_path: Path, regex: str) -> None:
    rules = load_rules(_rules_with_regex(tmp_path, regex))
    assert rules.entity_patterns[1]["pattern"][0] == {"TEXT": {"REGEX": regex}}


def test_read_only_rule_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = save_rules(load_rules(), tmp_path / "it.json")
    save_rules(load_rules().replace(titles=["il portavoce"]), path)  # makes it.json.bak
    before, backup = path.read_bytes(), (tmp_path / "it.json.bak").read_bytes()
    path.chmod(0o444)
    with pytest.raises(RuleError, match=r"it\.json: the rule file is read-only"):
        save_rules(load_rules(), path)
    assert path.read_bytes() == before and (tmp_path / "it.json.bak").read_bytes() == backup
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["it.json", "it.json.bak"]


def test_backup_stays_writable_so_every_later_save_works(tmp_path: Path) -> None:
    path = save_rules(load_rules(), tmp_path / "it.json")
    (tmp_path / "it.json.bak").write_text("{}")
    (tmp_path / "it.json.bak").chmod(0o444)  # a backup left read-only (by an older kit, or a user)
    for titles in (["a"], ["b"], ["c"]):
        save_rules(load_rules().replace(titles=titles), path)
    assert load_rules(tmp_path / "it.json.bak").titles == ("b",)
    assert stat.S_IMODE((tmp_path / "it.json.bak").stat().st_mode) & 0o200


def test_backup_is_never_seen_half_written(tmp_path: Path) -> None:
    path = save_rules(load_rules(), tmp_path / "it.json")
    versions = [load_rules().replace(titles=[f"titolo {i}"] * (1 + i % 7)) for i in range(40)]
    save_rules(versions[0], path)
    bad: list[str] = []
    done = threading.Event()

    def read_backups() -> None:
        while not done.is_set():
            data = (tmp_path / "it.json.bak").read_bytes()
            try:
                json.loads(data)
            except ValueError:
                bad.append(data[:40].decode("utf-8", "replace"))

    reader = threading.Thread(target=read_backups)
    reader.start()
    try:
        for rules in versions:
            save_rules(rules, path)
    finally:
        done.set()
        reader.join()
    assert bad == []
    assert load_rules(path) == versions[-1] and load_rules(tmp_path / "it.json.bak") == versions[-2]
