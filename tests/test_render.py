"""Tests of kit.view (render, summary, show) on hand-built records: no model, no network."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import nbclient
import nbconvert
import nbformat
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nbconvert.preprocessors import sanitize

from kit.view import show as show_module
from kit.view import templates as T
from kit.view.palette import QUOTE_COLORS, color_for, speaker_color
from kit.view.render import render_html
from kit.view.summary import render_bundle, render_markdown, render_text
from kit.view.weave import segment

ROOT = Path(__file__).resolve().parents[1]
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}
#: every tag and attribute the renderer may emit
OUR_TAGS = {"div", "span", "mark", "sup", "strong", "b", "br"}
OUR_ATTRS = {"class", "style", "title", "dir"}


# --- helpers -----------------------------------------------------------------------------------


class Tree(HTMLParser):
    """Parse HTML, checking nesting; collect tags, marks, quotes and the article texts."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []  # (tag, class)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.texts: list[str] = []  # one per kit-text block, decorations left out
        self.visible: list[str] = []  # all text
        self.elements: list[dict] = []  # kit-* elements with their text and ancestors
        self._open: list[dict] = []
        self.feed(markup)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def classes(self) -> list[str]:
        """Classes of the open elements, outermost first."""
        return [cls for _, cls in self.stack]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attrs_d = dict(attrs)
        self.tags.append((tag, attrs_d))
        if tag == "br":
            self._data("\n")
            return
        if tag in VOID:
            return
        cls = attrs_d.get("class") or ""
        if "kit-text" in cls.split():
            self.texts.append("")
        if "kit-" in cls:
            element = {"tag": tag, "class": cls, "attrs": attrs_d, "text": "",
                       "ancestors": self.classes()}
            self.elements.append(element)
            self._open.append(element)
        self.stack.append((tag, cls))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        _, cls = self.stack.pop()
        if "kit-" in cls:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        self._data(data)

    def _data(self, data: str) -> None:
        self.visible.append(data)
        for element in self._open:
            element["text"] += data
        classes = " ".join(self.classes()).split()
        if "kit-text" in classes and "kit-deco" not in classes:
            self.texts[-1] += data

    def find(self, cls: str) -> list[dict]:
        """The kit elements having class ``cls``."""
        return [e for e in self.elements if cls in e["class"].split()]


def parse(markup: str) -> Tree:
    """Parse and assert the HTML is well nested."""
    tree = Tree(markup)
    assert not tree.errors, tree.errors[:5]
    return tree


def assert_safe(markup: str) -> Tree:
    """No markup but the renderer's own: known tags and attributes, no scripts or handlers."""
    lowered = markup.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<style" not in lowered
    tree = parse(markup)
    for tag, attrs in tree.tags:
        assert tag in OUR_TAGS, tag
        assert set(attrs) <= OUR_ATTRS, attrs
        assert not any(name.startswith("on") for name in attrs)
    opened = sum(1 for tag, _ in tree.tags if tag == "div")
    assert opened == markup.count("</div>")
    return tree


def expected_text(text: str) -> str:
    """The text as the HTML carries it: NUL and lone surrogates replaced, CR/CRLF as one break."""
    text = re.sub("[\x00\ud800-\udfff]", "\ufffd", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def ent(start: int, end: int, label: str = "PER", canonical: str | None = None,
        source: str = "model") -> dict:
    return {"start": start, "end": end, "label": label, "canonical": canonical, "source": source}


def span_of(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def quote(text: str, content: str, index: int = 0, kind: str = "direct", cue: str | None = None,
          speaker: str | None = None, mention: str | None = None, mention_nth: int = 0,
          about: tuple[str, ...] = ()) -> dict:
    """A quote record with offsets found in ``text``."""
    start, end = span_of(text, content)
    record = {"index": index, "start": start, "end": end, "kind": kind, "cue": None,
              "speaker": speaker, "speaker_label": "PER" if speaker else None,
              "speaker_mention": None, "about": list(about)}
    if cue:
        cs, ce = span_of(text, cue)
        record["cue"] = {"start": cs, "end": ce, "text": cue}
    if mention:
        ms, me = span_of(text, mention, mention_nth)
        record["speaker_mention"] = {"start": ms, "end": me, "text": mention}
    return record


PUTIN_TEXT = (
    "Vladimir Putin ha dichiarato: «Non temiamo Kim Jong Un». "
    "Secondo Mario Draghi la crisi è finita.\nL'ONU tace."
)


def putin_record() -> dict:
    """An article with nested entities, a direct and an indirect quote."""
    text = PUTIN_TEXT
    return {
        "id": "doc-1",
        "title": "Vertice",
        "text": text,
        "ents": [
            ent(*span_of(text, "Kim Jong Un"), "PER", "Kim Jong Un", "rule:people"),
            ent(*span_of(text, "Vladimir Putin"), "PER", "Vladimir Putin"),
            ent(*span_of(text, "Mario Draghi"), "PER", "Mario Draghi"),
            ent(*span_of(text, "ONU"), "ORG", "Organizzazione delle Nazioni Unite", "rule:places"),
        ],
        "quotes": [
            {**quote(text, "Non temiamo Kim Jong Un", 0, "direct", "ha dichiarato",
                     "Vladimir Putin", "Putin", about=("Kim Jong Un",)), "rule": "colon-guillemets"},
            quote(text, "la crisi è finita", 1, "indirect", "Secondo", "Mario Draghi",
                  "Mario Draghi"),
        ],
    }


# --- spans: order and nesting ------------------------------------------------------------------


def test_entities_follow_text_order_whatever_the_record_order():
    tree = parse(render_html(putin_record()))
    canonical = [m["attrs"]["title"].split(" · ")[0] for m in tree.find("kit-ent")]
    assert canonical == ["Vladimir Putin", "Kim Jong Un", "Mario Draghi",
                         "Organizzazione delle Nazioni Unite"]
    assert tree.find("kit-ent")[3]["text"] == "ONU ORG"
    labels = [e["text"] for e in tree.find("kit-label")]
    assert labels == [" PER", " PER", " PER", " ORG"]


def test_text_is_preserved_with_line_breaks():
    markup = render_html(putin_record())
    tree = parse(markup)
    assert tree.texts == [PUTIN_TEXT]
    assert "<br>" in markup
    assert "white-space: pre-wrap" in markup


def test_entity_inside_quote_is_nested_in_the_quote():
    tree = parse(render_html(putin_record()))
    kim = next(m for m in tree.find("kit-ent") if "Kim Jong Un" in m["text"])
    assert "kit-quote" in " ".join(kim["ancestors"])


def test_speaker_mention_inside_entity_carries_the_quote_number():
    tree = parse(render_html(putin_record()))
    (putin_mention, draghi_mention) = tree.find("kit-speaker")
    assert putin_mention["text"].startswith("Putin")
    assert "kit-ent" in " ".join(putin_mention["ancestors"])  # inside "Vladimir Putin"
    assert "[1]" in putin_mention["text"]
    # a mention equal to an entity wraps it: underline and number cover the whole mark
    assert draghi_mention["text"].startswith("Mario Draghi PER")
    assert "[2]" in draghi_mention["text"]


def test_quote_number_and_speaker_share_colour():
    tree = parse(render_html(putin_record()))
    numbers = [n for n in tree.find("kit-num") if "kit-text" in " ".join(n["ancestors"])]
    by_number: dict[str, set[str]] = {}
    for badge in numbers:
        background = re.search(r"background: (#[0-9a-f]{6})", badge["attrs"]["style"]).group(1)
        by_number.setdefault(badge["text"], set()).add(background)
    assert by_number == {"[1]": {speaker_color(0)}, "[2]": {speaker_color(1)}}
    # each number once on the quote and once on the speaker mention
    assert sorted(b["text"] for b in numbers) == ["[1]", "[1]", "[2]", "[2]"]
    quotes = tree.find("kit-quote")
    assert speaker_color(0) in quotes[0]["attrs"]["style"]
    assert quotes[0]["attrs"]["title"] == (
        "[1] · direct quote · speaker: Vladimir Putin (PER) · cue: ha dichiarato"
        " · about: Kim Jong Un · rule: colon-guillemets")


def test_quote_tooltip_says_which_rule_chose_the_speaker():
    record = putin_record()
    record["quotes"][1]["speaker_rule"] = "source"
    record["quotes"][0]["speaker_rule"] = "<b>ranker</b>"
    tree = assert_safe(render_html(record))
    direct, indirect = tree.find("kit-quote")
    assert "speaker: Mario Draghi (PER) · speaker by: source ·" in indirect["attrs"]["title"]
    assert "speaker: Vladimir Putin (PER) · speaker by: <b>ranker</b> ·" in direct["attrs"]["title"]
    assert "<b>ranker</b>" not in render_html(record)  # escaped in the attribute


def test_quote_kinds_are_shaded_differently():
    tree = parse(render_html(putin_record()))
    direct, indirect = tree.find("kit-quote")
    assert "kit-quote-direct" in direct["class"] and "kit-quote-indirect" in indirect["class"]
    assert QUOTE_COLORS["direct"] in direct["attrs"]["style"]
    assert QUOTE_COLORS["indirect"] in indirect["attrs"]["style"]
    assert "dashed" in indirect["attrs"]["style"] and "solid" in direct["attrs"]["style"]


def test_cue_is_marked_and_may_sit_inside_a_quote():
    text = "Il ministro ha detto che, secondo Rossi, tutto va bene."
    record = {"text": text, "ents": [ent(*span_of(text, "Rossi"))],
              "quotes": [quote(text, "secondo Rossi, tutto va bene", 0, "indirect", "secondo",
                               "Rossi", "Rossi")]}
    tree = parse(render_html(record))
    (cue,) = tree.find("kit-cue")
    assert cue["tag"] == "strong" and cue["text"] == "secondo"
    assert "kit-quote" in " ".join(cue["ancestors"])
    assert "underline dotted" in cue["attrs"]["style"]
    assert tree.texts == [text]


def test_other_quotes_are_grey_without_number():
    text = "Il film «La grande bellezza» ha vinto."
    record = {"text": text, "quotes": [quote(text, "La grande bellezza", 0, "other")]}
    tree = parse(render_html(record))
    (other,) = tree.find("kit-quote")
    assert "kit-quote-other" in other["class"]
    assert QUOTE_COLORS["other"] in other["attrs"]["style"]
    assert other["text"] == "La grande bellezza"  # no [n]
    assert not tree.find("kit-num")


def test_unknown_quote_kind_is_drawn_as_other():
    text = "Detto «qualcosa»."
    record = {"text": text, "quotes": [quote(text, "qualcosa", 0, "weird")]}
    (shown,) = parse(render_html(record)).find("kit-quote")
    assert "kit-quote-other" in shown["class"] and "(weird)" in shown["attrs"]["title"]


def test_identical_spans_from_two_rules_are_both_shown():
    text = "A Milano piove."
    span = span_of(text, "Milano")
    record = {"text": text, "ents": [ent(*span, "LOC", "Milano", "rule:places"),
                                     ent(*span, "ORG", "Comune di Milano", "rule:my pattern")]}
    tree = parse(render_html(record))
    marks = tree.find("kit-ent")
    assert len(marks) == 2
    assert sorted(e["text"] for e in tree.find("kit-label")) == [" LOC", " ORG"]
    titles = " ".join(m["attrs"]["title"] for m in marks)
    assert "rule:places" in titles and "rule:my pattern" in titles and "Comune di Milano" in titles
    assert tree.texts == [text]


def test_crossing_spans_stay_well_nested():
    text = "Uno due tre quattro cinque sei."
    record = {"text": text,
              "ents": [ent(*span_of(text, "due tre quattro")), ent(*span_of(text, "quattro cinque"),
                                                                    "ORG")],
              "quotes": [quote(text, "tre quattro cinque sei", 0, "direct")]}
    tree = parse(render_html(record))
    assert tree.texts == [text]
    assert sorted(e["text"] for e in tree.find("kit-label")) == [" ORG", " PER"]  # once each


def test_one_mention_for_two_quotes_shows_both_numbers():
    text = "Draghi: «Primo». E poi: «Secondo»."
    record = {"text": text, "quotes": [
        quote(text, "Primo", 0, "direct", speaker="Mario Draghi", mention="Draghi"),
        quote(text, "Secondo", 1, "direct", speaker="Mario Draghi", mention="Draghi")]}
    tree = parse(render_html(record))
    (mention,) = tree.find("kit-speaker")
    assert mention["text"] == "Draghi[1][2]"


@pytest.mark.parametrize(
    "bad",
    [(5, 5), (6, 2), (-1, 3), (0, 10_000), (None, 3), ("0", "3"), (True, 3), (1.0, 3.0)],
)
def test_invalid_spans_are_ignored(bad):
    text = "Roma è bella."
    start, end = bad
    record = {"text": text, "ents": [{"start": start, "end": end, "label": "LOC"}, ent(0, 4, "LOC")],
              "quotes": [{"index": 0, "start": start, "end": end, "kind": "direct"},
                         {"index": 1, "start": 7, "end": 12, "kind": "direct",
                          "cue": {"start": start, "end": end, "text": "x"},
                          "speaker_mention": {"start": start, "end": end}}]}
    tree = assert_safe(render_html(record))
    assert len(tree.find("kit-ent")) == 1 and len(tree.find("kit-quote")) == 1
    assert not tree.find("kit-speaker") and not tree.find("kit-cue")
    assert tree.texts == [text]


def test_missing_fields_and_empty_text():
    tree = assert_safe(render_html([{"text": ""}, {"text": "x", "ents": None, "quotes": None}]))
    assert tree.texts == ["", "x"]


def test_segment_sweeps_boundaries():
    pieces = segment([(0, 5), (3, 8), (3, 8), (9, 9), (7, 20)], 10)
    assert pieces == [(0, 3, (0,)), (3, 5, (0, 1, 2)), (5, 8, (1, 2)), (8, 10, ())]


# --- legend, filter, header --------------------------------------------------------------------


def test_legend_lists_labels_present_in_palette_order():
    tree = parse(render_html(putin_record()))
    assert [e["text"] for e in tree.find("kit-legend-ent")] == ["PER", "ORG"]
    quotes = [e["text"] for e in tree.find("kit-legend-quote")]
    assert quotes == [T.QUOTE_KIND_NAMES["direct"], T.QUOTE_KIND_NAMES["indirect"]]
    assert tree.find("kit-legend-cue")
    assert not parse(render_html(putin_record(), show_legend=False)).find("kit-legend")


def test_legend_gives_unknown_labels_a_colour():
    text = "La Juve vince."
    tree = parse(render_html({"text": text, "ents": [ent(3, 7, "SQUADRA")]}))
    (item,) = tree.find("kit-legend-ent")
    assert item["text"] == "SQUADRA" and color_for("SQUADRA") in item["attrs"]["style"]


@pytest.mark.parametrize("labels", [["ORG"], ("ORG",), "ORG", {"ORG", "LOC"}])
def test_label_filter_keeps_only_those_labels(labels):
    tree = parse(render_html(putin_record(), labels=labels))
    assert [e["text"] for e in tree.find("kit-label")] == [" ORG"]
    assert [e["text"] for e in tree.find("kit-legend-ent")] == ["ORG"]
    assert tree.find("kit-header")[0]["text"].startswith("Vertice")
    assert "1 entities" in tree.find("kit-header")[0]["text"]
    assert tree.texts == [PUTIN_TEXT]
    assert len(tree.find("kit-quote")) == 2  # quotes are not filtered by entity label


def test_header_counts_entities_quotes_and_speakers():
    tree = parse(render_html(putin_record()))
    (header,) = tree.find("kit-header")
    counts = [e["text"] for e in tree.find("kit-count")]
    assert counts == ["PER 3", "ORG 1"]
    assert "4 entities" in header["text"] and "2 quotes" in header["text"]
    speakers = [e["text"] for e in tree.find("kit-speaker-item")]
    assert speakers == ["[1] Vladimir Putin", "[2] Mario Draghi"]
    assert "doc-1" in header["text"]
    assert not parse(render_html(putin_record(), show_header=False)).find("kit-header")


def test_header_counts_other_quotes_apart():
    text = "Disse «sì» al film «Roma»."
    record = {"text": text, "quotes": [quote(text, "sì", 0, "direct", speaker="Anna"),
                                       quote(text, "Roma", 1, "other")]}
    (header,) = parse(render_html(record)).find("kit-header")
    assert "1 quote" in header["text"] and "1 other quotation" in header["text"]


def test_show_quotes_false_hides_quotes_cues_and_speakers():
    tree = parse(render_html(putin_record(), show_quotes=False))
    for cls in ("kit-quote", "kit-cue", "kit-speaker", "kit-num", "kit-legend-quote"):
        assert not tree.find(cls), cls
    assert len(tree.find("kit-ent")) == 4 and tree.texts == [PUTIN_TEXT]


def test_several_articles_render_in_order_with_one_legend():
    other = {"id": "doc-2", "title": "Secondo", "text": "Parigi.", "ents": [ent(0, 6, "LOC")]}
    markup = render_html([putin_record(), other], title="Rassegna")
    tree = parse(markup)
    assert [e["text"] for e in tree.find("kit-doc-title")] == ["Verticedoc-1", "Secondodoc-2"]
    assert tree.texts == [PUTIN_TEXT, "Parigi."]
    assert len(tree.find("kit-legend")) == 1
    assert [e["text"] for e in tree.find("kit-legend-ent")] == ["PER", "ORG", "LOC"]
    assert tree.find("kit-title")[0]["text"] == "Rassegna"


def test_root_is_self_contained_and_ignored_by_mathjax():
    markup = render_html(putin_record())
    assert markup.startswith('<div class="kit-render tex2jax_ignore"')
    for forbidden in ("<style", "<script", "<link", "http://", "https://", "@import", "url("):
        assert forbidden not in markup


def test_docs_go_through_the_one_converter_and_generators_work():
    import spacy

    import kit.extensions  # noqa: F401  (registers doc._.kit_*)
    from kit.records.tables import quotes_table

    doc = spacy.blank("it")("Roma!")
    assert parse(render_html(doc)).texts == ["Roma!"]
    assert render_markdown([doc, doc]).count("### Article\n\n*0 entities · 0 quotes*") == 2
    # a generator is taken by every consumer alike (renderers, tables)
    assert render_html(d for d in [doc, putin_record()]) == render_html([doc, putin_record()])
    assert render_text(iter([putin_record()])) == render_text([putin_record()])
    assert len(quotes_table(r for r in [putin_record()])) == len(putin_record()["quotes"])
    with pytest.raises(TypeError, match="got int"):
        render_html([doc, 42])


def test_raw_string_is_refused():
    with pytest.raises(TypeError, match="raw string"):
        render_html("Roma")
    with pytest.raises(TypeError, match="text"):
        render_html({"text": 42})


# --- Markdown and text fallback ----------------------------------------------------------------


def test_markdown_lists_quotes_with_speakers_and_entities_by_label():
    md = render_markdown(putin_record())
    lines = md.splitlines()
    assert lines[0] == "### Vertice"
    assert "*4 entities (PER 3, ORG 1) · 2 quotes*" in lines
    assert r"- \[1\] **Vladimir Putin** (ha dichiarato): «Non temiamo Kim Jong Un»" in lines
    assert r"- \[2\] **Mario Draghi** (Secondo): «la crisi è finita»" in lines
    assert "- **PER** (3): Vladimir Putin, Kim Jong Un, Mario Draghi" in lines
    assert "- **ORG** (1): Organizzazione delle Nazioni Unite" in lines


def test_markdown_other_quotes_unknown_speakers_and_long_quotes():
    text = "Il film «Roma» e poi: «" + "parola " * 100 + "fine»."
    long_content = ("parola " * 100 + "fine")
    record = {"text": text, "quotes": [quote(text, "Roma", 0, "other"),
                                       quote(text, long_content, 1, "direct")]}
    md = render_markdown(record)
    assert r"- \[1\] **unknown speaker**: «parola" in md  # "other" quotes take no number
    assert "…»" in md and len(max(md.splitlines(), key=len)) < 400
    assert md.index("**unknown speaker**") < md.index("*(other)* «Roma»")


def test_markdown_and_text_escape_nothing_live():
    text = "<script>alert(1)</script> costa $ 40 e $x$ *forte* [link](http://x) # no"
    record = {"title": "<b>T</b>", "text": text, "ents": [ent(0, 8, "<i>L</i>", "<img src=x>")],
              "quotes": [quote(text, "costa $ 40 e $x$ *forte*", 0, "direct", speaker="<b>X</b>")]}
    md = render_markdown(record)
    assert "<" not in md and "&lt;script&gt;" not in md  # the entity name is the canonical one
    assert "&lt;img src=x&gt;" in md and r"\$ 40" in md and r"\*forte\*" in md
    assert r"&lt;b&gt;X&lt;/b&gt;" in md
    plain = render_text(record)
    assert "[1] <b>X</b>: «costa $ 40 e $x$ *forte*»" in plain


def test_bundle_has_html_markdown_and_text():
    bundle = render_bundle(putin_record(), labels=["PER"])
    assert set(bundle) == {"text/html", "text/markdown", "text/plain"}
    assert "ORG" not in bundle["text/markdown"] and "ORG" not in bundle["text/plain"]
    assert "Vladimir Putin (ha dichiarato): «Non temiamo Kim Jong Un»" in bundle["text/plain"]


# --- a long article ----------------------------------------------------------------------------


def test_long_document_renders():
    words = ["parola"] * 100_000
    text = " ".join(words)
    ents, quotes, offset = [], [], 0
    starts = [i * 7 for i in range(len(words))]  # "parola " is 7 characters
    for i in range(0, 100_000, 5):  # 20,000 entities
        ents.append(ent(starts[i], starts[i] + 6, ("PER", "ORG", "LOC", "MISC")[i % 4]))
    for n, i in enumerate(range(0, 100_000, 50)):  # 2,000 quotes
        quotes.append({"index": n, "start": starts[i + 1], "end": starts[i + 10] + 6,
                       "kind": "direct", "cue": None, "speaker": "X",
                       "speaker_mention": {"start": starts[i], "end": starts[i] + 6}})
    record = {"id": "long", "text": text, "ents": ents[::-1], "quotes": quotes}
    markup = render_html(record)
    assert markup.count('class="kit-ent"') == 20_000
    assert markup.count("kit-quote-direct") == 2_000
    assert "2000 quotes" in render_markdown(record)


# --- escaping ----------------------------------------------------------------------------------

NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "</div></div></mark>",
    "{{ x }} {x} {0}",
    "$x$ e $ 40",
    "مرحبا بالعالم שלום",
    "😀👍🏽 e\u0301 n\u0303",
    "&amp; &lt;b&gt; &#60;script",
    "<!-- c --> <![CDATA[x]]>",
]


def nasty_record(bad: str, where: str) -> dict:
    """A record with ``bad`` put in one place (text, label, canonical, source, title, ...)."""
    text = f"Prima {bad} dopo: «detto {bad}» ha detto Rossi."
    spot = span_of(text, bad)
    record = {
        "id": bad if where == "id" else "d",
        "title": bad if where == "title" else "t",
        "text": text,
        "ents": [
            {"start": spot[0], "end": spot[1], "label": bad if where == "label" else "MISC",
             "canonical": bad if where == "canonical" else None,
             "source": bad if where == "source" else "rule:x"},
            ent(*span_of(text, "Rossi"), "PER", bad if where == "canonical" else "Paolo Rossi"),
        ],
        "quotes": [quote(text, f"detto {bad}", 0, "direct", "ha detto",
                         bad if where == "speaker" else "Paolo Rossi", "Rossi",
                         about=(bad,) if where == "about" else ())],
    }
    if where == "cue":
        record["quotes"][0]["cue"]["text"] = bad
    if where == "speaker_label":
        record["quotes"][0]["speaker_label"] = bad
    if where == "rule":
        record["quotes"][0]["rule"] = bad
    return record


WHERE = ["text", "label", "canonical", "source", "title", "id", "speaker", "about", "cue",
         "speaker_label", "rule"]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("bad", NASTY)
def test_everything_is_escaped(bad, where):
    record = nasty_record(bad, where)
    tree = assert_safe(render_html(record, title=bad))
    assert tree.texts == [record["text"]]
    # the string survives as text, in content or in a tooltip, wherever it was put
    attributes = [value for _, attrs in tree.tags for value in attrs.values() if value]
    assert any(bad in value for value in ["".join(tree.visible), *attributes])
    md = render_markdown(record, title=bad)
    assert "<" not in md and "$x$" not in md
    one_line = " ".join(bad.split())
    assert one_line in render_text(record, title=bad)


def test_attribute_values_cannot_break_out():
    record = nasty_record('" onmouseover="alert(1)', "canonical")
    tree = assert_safe(render_html(record))
    titles = [e["attrs"]["title"] for e in tree.find("kit-ent")]
    assert any('" onmouseover="alert(1)' in t for t in titles)


CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85\u2028\u2029"
ALPHABET = st.sampled_from(
    list("ab çé «»“”\"'<>&/=;{}$#*_[]\\\n\r\t") + list(CONTROL) + ["😀", "ש", "ع", "\u0301", "\ud800"]
)


@st.composite
def random_record(draw):
    text = draw(st.text(ALPHABET, max_size=80))
    n = len(text)
    offsets = st.integers(min_value=-3, max_value=n + 3)
    names = st.text(ALPHABET, max_size=8)

    def maybe_span():
        return st.one_of(st.none(), st.fixed_dictionaries(
            {"start": offsets, "end": offsets, "text": names}))

    ents = draw(st.lists(st.fixed_dictionaries({
        "start": offsets, "end": offsets, "label": names, "canonical": st.one_of(st.none(), names),
        "source": names}), max_size=12))
    quotes = draw(st.lists(st.fixed_dictionaries({
        "index": st.integers(0, 20), "start": offsets, "end": offsets,
        "kind": st.sampled_from(["direct", "indirect", "mixed", "other", "<b>", ""]),
        "cue": maybe_span(), "speaker": st.one_of(st.none(), names),
        "speaker_label": st.one_of(st.none(), names), "speaker_mention": maybe_span(),
        "about": st.lists(names, max_size=2)}), max_size=6))
    return {"id": draw(names), "title": draw(st.one_of(st.none(), names)), "text": text,
            "ents": ents, "quotes": quotes}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=random_record(), labels=st.one_of(st.none(), st.lists(st.sampled_from(["a", "<"]))))
def test_random_records_render_safely(record, labels):
    markup = render_html(record, labels=labels, title=record["title"])
    tree = assert_safe(markup)
    assert tree.texts == [expected_text(record["text"])]
    markup.encode("utf-8")  # no lone surrogate left
    md = render_markdown(record, labels=labels)
    md.encode("utf-8")
    assert "<" not in md
    render_text(record, labels=labels).encode("utf-8")


# --- sanitisers: what GitHub / nbviewer and nbconvert's SanitizeHTML leave ---------------------


#: what still reads in the article once styles are gone: labels, numbers, speakers
READABLE = ("Vladimir Putin[1] PER", "Kim Jong Un PER", "«[1]Non temiamo", "Mario Draghi PER[2]",
            "[2]la crisi", "[1] Vladimir Putin · [2] Mario Draghi", "PER ORG direct quote")


class StrictSanitiser(HTMLParser):
    """A GitHub-like allow-list: a few tags, ``title``/``dir`` only; scripts and styles dropped."""

    ALLOWED = {"div", "span", "mark", "sup", "strong", "b", "i", "em", "br", "p", "ul", "li"}
    DROP_CONTENT = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.DROP_CONTENT:
            self.dropping += 1
        elif tag in self.ALLOWED and not self.dropping:
            kept = "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs if k in {"title", "dir"})
            self.out.append(f"<{tag}{kept}>")

    def handle_endtag(self, tag):
        if tag in self.DROP_CONTENT:
            self.dropping -= 1
        elif tag in self.ALLOWED and not self.dropping and tag != "br":
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(html.escape(data))

    @classmethod
    def clean(cls, markup: str) -> str:
        sanitiser = cls()
        sanitiser.feed(markup)
        sanitiser.close()
        return "".join(sanitiser.out)


def shown_text(markup: str) -> str:
    """What a reader sees without styles: tags dropped, entities decoded, white space collapsed."""
    blocks = re.sub(r"<(br|/?div)\b[^>]*>", " ", markup)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", blocks)).split())


def test_strict_sanitiser_keeps_highlights_numbers_and_speakers():
    clean = StrictSanitiser.clean(render_html(putin_record()))
    assert "style=" not in clean and "class=" not in clean
    seen = shown_text(clean)
    for piece in READABLE:
        assert piece in seen, piece
    assert "<mark" in clean and ">[1]</sup>" in clean and "<strong" in clean


def _notebook_with_outputs(bundle: dict[str, str]):
    """A notebook with one code cell whose output is ``bundle``."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("kit.show(doc)")
    cell.outputs = [nbformat.v4.new_output("display_data", data=bundle)]
    nb.cells.append(cell)
    return nb


def test_nbconvert_sanitiser_keeps_speakers_and_quotes():
    bundle = render_bundle(putin_record())
    nb, _ = sanitize.SanitizeHTML().preprocess(_notebook_with_outputs(bundle), {})
    data = nb.cells[0].outputs[0]["data"]
    assert "<div" not in data["text/html"]  # the sanitiser escapes what it does not allow
    md = data["text/markdown"]
    assert r"\[1\] **Vladimir Putin** (ha dichiarato): «Non temiamo Kim Jong Un»" in md
    assert r"\[2\] **Mario Draghi** (Secondo): «la crisi è finita»" in md
    assert data["text/plain"] == bundle["text/plain"]
    stripped = sanitize.SanitizeHTML(strip=True).sanitize_html_tags(bundle["text/html"])
    assert "style=" not in stripped
    seen = shown_text(stripped)
    for piece in READABLE:
        assert piece in seen, piece


# --- kit.show ----------------------------------------------------------------------------------


def test_show_displays_a_raw_bundle_and_returns_none(monkeypatch):
    import IPython.display

    calls = []
    monkeypatch.setattr(show_module, "in_ipython", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj, **kw: calls.append((obj, kw)))
    assert show_module.show(putin_record(), labels=["PER"]) is None
    ((bundle, kwargs),) = calls
    assert kwargs == {"raw": True}
    assert bundle == render_bundle(putin_record(), labels=["PER"])


def test_show_outside_ipython_prints_the_text_view(capsys):
    assert not show_module.in_ipython()  # pytest is not IPython
    assert show_module.show(putin_record()) is None
    assert capsys.readouterr().out == render_text(putin_record()) + "\n"


def test_rendered_object_reprs():
    records = [putin_record(), putin_record()]
    shown = show_module.display_object(records, show_legend=False)
    assert repr(shown) == "Rendered(2 articles)"
    assert shown._repr_html_() == render_html(records, show_legend=False)
    assert set(shown._repr_mimebundle_()) == {"text/html", "text/markdown", "text/plain"}
    assert set(shown._repr_mimebundle_(include={"text/markdown"})) == {"text/markdown"}
    assert set(shown._repr_mimebundle_(exclude=["text/html"])) == {"text/markdown", "text/plain"}
    assert shown.bundle()["text/plain"] == render_text(records)
    with pytest.raises(TypeError):
        show_module.display_object(records, colour="red")


# --- an executed notebook exported with nbconvert ----------------------------------------------


@pytest.mark.slow
def test_executed_notebook_exports_highlights(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                                  "from kit.view.show import show, display_object"),
        nbformat.v4.new_code_cell(f"record = {putin_record()!r}\nshow(record)"),
        nbformat.v4.new_code_cell("display_object(record, labels=['ORG'])"),
    ]
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [out for cell in nb.cells for out in cell.get("outputs", [])]
    assert [o["output_type"] for o in outputs] == ["display_data", "execute_result"]
    for out in outputs:
        assert set(out["data"]) >= {"text/html", "text/markdown", "text/plain"}
    body, _ = nbconvert.HTMLExporter().from_notebook_node(nb)
    assert body.count('class="kit-render tex2jax_ignore"') == 2
    assert body.count('class="kit-ent"') == 4 + 1
    tree = Tree(body[body.index('<div class="kit-render'):])  # our part, parsed as a reader sees it
    assert PUTIN_TEXT in tree.texts
    assert "Vladimir Putin[1] PER ha dichiarato: «[1]Non temiamo" in shown_text(body)
    (tmp_path / "export.html").write_text(body, encoding="utf-8")


def test_badges_count_speech_only_and_colour_by_speaker():
    text = "Il film «Roma» piace. A disse: «uno». B disse: «due». A disse: «tre»."
    quotes = [quote(text, "Roma", 0, "other"), quote(text, "uno", 1, "direct", speaker="A"),
              quote(text, "due", 2, "direct", speaker="B"), quote(text, "tre", 3, "direct", speaker="A")]
    html = render_html({"text": text, "quotes": quotes})
    numbers = re.findall(r'class="kit-deco kit-num" title="quote \[(\d)\] · speaker: (\w)" style="background: (#[0-9a-f]{6})', html)
    assert [n for n, _, _ in numbers] == ["1", "2", "3"]
    colours = {who: colour for _, who, colour in numbers}
    assert len(set(colours.values())) == 2  # one colour per speaker, A's quotes alike
    assert [c for _, who, c in numbers if who == "A"] == [colours["A"]] * 2
