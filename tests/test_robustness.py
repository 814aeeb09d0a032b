"""Robustness: the text-facing functions on hostile input never crash and keep offsets honest.

Property-based (hypothesis) over random Unicode made to hurt a quotation finder: every quote
mark the kit knows (« » “ ” „ ‘ ’ " ‹ ›), unbalanced and nested marks, Italian speech cues, very
long tokens, control characters and NUL, emoji, right-to-left text, empty and white-space-only
strings. For each text, ``kit.analyze`` (rule-based pipeline, ``model="blank"``), the quote
finder, ``parse_doc`` and the tables must not raise, and every entity, quotation, cue, speaker
and relation offset must lie inside the text with ``text[start:end]`` equal to the recorded text.

Decided behaviour (see "Guarantees" in benchmarks/README.md):

- ``doc.text`` is the input, character for character (NUL, control characters and emoji kept);
- lone surrogates (``"\\ud800"``, what ``errors="surrogateescape"`` decoding leaves) cannot be
  encoded as UTF-8: ``kit.analyze`` rejects them with a ``ValueError`` naming the position;
  decode files with ``errors="replace"`` first;
- a text longer than ``nlp.max_length`` (2,000,000 characters) is refused with a ``ValueError``
  that names the limit; a 2 MB document and a 100,000-character line are analysed, and texts
  longer than ``kit.pipeline.CHUNK_CHARS`` (the long-document path: model layer in pieces, rule
  layer on the joined Doc) keep the same guarantees (tested with tiny pieces).

No test here asserts on speed. The large-input tests run under a hang guard (minutes, far above
the expected seconds) so that a pathological slowdown fails instead of stalling the suite.
"""

from __future__ import annotations

import contextlib
import functools
import json
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kit
from kit.pipeline import SHIPPED
from kit.quotemarks import DEFAULT_PAIRS, PARAGRAPH_OPENERS, PARAGRAPH_QUOTE_WORDS, SPEECH_OPENERS, find_mark_pairs, outermost
from kit.records import parse_doc
from kit.records.tables import (documents_table, entities_table, quotes_table, relations_table,
                        rule_relations_table)

from .helpers import hang_guard, news_text

HAS_MODEL = (SHIPPED / "config.cfg").exists()
QUOTE_CHARS = "«»“”„‘’\"‹›"
OPENERS = {o for o, _ in DEFAULT_PAIRS}
CLOSERS = {c for _, c in DEFAULT_PAIRS}
#: words that wake up the cue, source-marker and speaker rules
CUE_WORDS = ["Mario Rossi", "la ministra", "il presidente", "Italia", "Francia", "Onu", "Cremlino",
             "ha", "detto", "dichiarato", "ha detto", "ha spiegato che", "ha aggiunto:", "Secondo",
             "secondo", "per", "Per Roma,", "a detta di", "stando a", "che", "di", "e ha detto",
             "sottolineando", "ha espresso preoccupazione", "ha elogiato", "l’", "dell'", "–", "—",
             "-", ":", ",", ".", "!", "?", "…", "(", ")"]
SPECIAL = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u200d",
           "\u2028", "\u2029", "\ufeff", "\u202e", "\u202d", "\u00a0", "\u3000", "\t", "\r", "\r\n",
           "\n", "\n\n", "😀", "👍🏽", "🇮🇹", "👩‍👩‍👧", "مرحبا", "שלום", "\u0301", "\ufffd", "<script>", "&amp;"]
PIECES = st.one_of(
    st.sampled_from(list(QUOTE_CHARS)),
    st.sampled_from(CUE_WORDS),
    st.sampled_from(SPECIAL),
    st.text(alphabet=string.ascii_letters + "àèéìòùÀÈ'", min_size=1, max_size=12),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=6),  # any code point but surrogates
    st.builds(lambda c, n: c * n, st.sampled_from("a«x’.-"), st.integers(200, 3000)),  # long tokens
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "  ", "\u00a0", "\t"])


@st.composite
def hostile_texts(draw) -> str:
    """Random text built from pieces joined by random separators (or the empty string)."""
    pieces = draw(st.lists(st.tuples(PIECES, SEPARATORS), max_size=40))
    return "".join(p + s for p, s in pieces)


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def nlp():
    return kit.load(model="blank")


@pytest.fixture(scope="module")
def shipped_nlp():
    """The shipped trained pipeline (only the tests marked slow use it)."""
    return kit.load(model="kit")


# -- helpers -------------------------------------------------------------------------------------
def assert_inside(text: str, start, end, expected: str | None, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{what}: offsets {start!r}:{end!r}"
    assert 0 <= start <= end <= len(text), f"{what}: {start}:{end} outside a text of {len(text)}"
    if expected is not None:
        assert text[start:end] == expected, f"{what}: text[{start}:{end}] != {expected!r}"


def check_doc(doc, text: str) -> dict:
    """Every offset the kit records about ``doc`` is inside ``text`` and agrees with it."""
    assert doc.text == text
    record = parse_doc(doc)
    assert record["text"] == text
    for ent in record["ents"]:
        assert_inside(text, ent["start"], ent["end"], ent["text"], f"entity {ent}")
        assert ent["text"].strip(), f"empty entity {ent}"
    for q in doc._.kit_quotes:
        assert_inside(text, q.start, q.end, q.text, f"quote {q}")
        if q.cue_start is not None:
            assert_inside(text, q.cue_start, q.cue_end, q.cue, f"cue of {q}")
        if q.speaker_start is not None:
            assert_inside(text, q.speaker_start, q.speaker_end, q.speaker_mention, f"speaker of {q}")
    for rel in record["relations"]:
        assert_inside(text, rel["start"], rel["end"], None, f"relation {rel}")
    for key in ("kit_quotes", "kit_cues", "kit_speakers"):
        for span in doc.spans.get(key, []):
            assert_inside(text, span.start_char, span.end_char, span.text, f"{key} span")
    for sent in doc.sents:
        assert_inside(text, sent.start_char, sent.end_char, sent.text, "sentence")
    return record


def check_tables(docs, records) -> None:
    quotes = quotes_table(docs)
    assert len(quotes) == sum(len(r["quotes"]) for r in records)
    by_id = {r["id"]: r["text"] for r in records}
    for row in quotes.itertuples():
        assert row.text == by_id[row.doc_id][row.start:row.end]
    ents = entities_table(docs)
    assert len(ents) == sum(len(r["ents"]) for r in records)
    for row in ents.itertuples():
        assert row.text == by_id[row.doc_id][row.start:row.end]
    assert len(documents_table(docs)) == len(records)
    relations_table(docs)
    rule_relations_table(docs)
    # the tables also take the records themselves
    assert len(quotes_table(records)) == len(quotes)


# -- the quote-mark pairer -------------------------------------------------------------------------
def check_mark_pairs(text: str) -> None:
    """Every pair lies inside the text, between its marks, trimmed, within one paragraph. A
    pair that nothing closes runs to the end of its paragraph (its close is the line break or
    the end of the text), and only where the pairer says it may: a « or “ after a colon, a
    mark that opens its paragraph before a few words (a quotation continued over paragraphs),
    or a mark after a closed quotation and a comma (a quotation its cue interrupted)."""
    pairs = find_mark_pairs(text)
    for p in pairs:
        left_open = p.close == len(text) or text[p.close] == "\n"
        assert 0 <= p.open < p.start <= p.end <= p.close <= len(text)
        assert text[p.open] in OPENERS and (left_open or text[p.close] in CLOSERS)
        if left_open:
            after_colon = p.mark in SPEECH_OPENERS and text[:p.open].rstrip().endswith(":")
            opens_paragraph = (p.mark in PARAGRAPH_OPENERS and not text[text.rfind("\n", 0, p.open) + 1:p.open].strip()
                               and len(text[p.start:p.close].split()) >= PARAGRAPH_QUOTE_WORDS)
            reopens = any(q.close < p.open and text[q.close + 1:p.open].lstrip().startswith(",") for q in pairs)
            assert after_colon or opens_paragraph or reopens, p
        assert p.mark == text[p.open]
        content = text[p.start:p.end]
        assert content and content == content.strip(), f"untrimmed content {content!r}"
        assert "\n" not in text[p.open:p.close], "a pair crossed a paragraph break"
    tops = outermost(pairs)
    for a, b in zip(tops, tops[1:]):
        assert a.close < b.open, f"outermost pairs overlap: {a} {b}"


@pytest.mark.parametrize("text", [
    "«" * 500, "»" * 500, "«a «b «c «d»»»»", "“a “b” c”", "„x“ „y” ‘z’ ‹w›", '"a "b" c"',
    "l’asse ‘Roma’ dell’Europa’", "«\n»", "« a »", "«»", "“”", '""', "«a»b»c«d",
    # a « after a colon that nothing closes runs to the end of its paragraph (hypothesis found these)
    "ha aggiunto: " + "«" * 200, "ha aggiunto: «" + "«" * 50 + "\nPoi è uscito.",
])
def test_mark_pairs_edge_cases(text):
    check_mark_pairs(text)


@FAST
@given(hostile_texts())
@example("«« « « " + "." * 200 + " ")  # found by CI: a mark opening its paragraph, left open
@example("nessuno « « « «.")  # the same words not at the paragraph's start: no pair left open
def test_mark_pairs_are_inside_and_consistent(text):
    check_mark_pairs(text)


# -- the whole pipeline ----------------------------------------------------------------------------
@FAST
@given(hostile_texts())
def test_analyze_hostile_text_keeps_offsets(nlp, text):
    doc = kit.analyze(text, nlp)
    records = [check_doc(doc, text)]
    check_tables([doc], records)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_texts(), min_size=2, max_size=5))
def test_analyze_many_and_tables(nlp, texts):
    docs = kit.analyze(texts, nlp, progress=False)
    records = [check_doc(doc, text) for doc, text in zip(docs, texts)]
    check_tables(docs, records)


EDGE_TEXTS = [
    "", " ", "\n", "\n\n\n", "\t\r\n", "\u00a0\u2028\u2029", "\x00", "\x00" * 50, "a\x00b",
    "«", "»", "«»", "« »", '"', '""', "„“", "‘’", "‹›",
    "Mario Rossi ha detto: «", "ha detto che", "Secondo", "Secondo Mario Rossi,", "Per Roma,",
    "«ciao», ha detto", "«x y z w v u t», ha detto Italia", ": «a b c d e f g»", "– ha detto – «x»",
    "«a «b «c»»»", "“a “b” c”", "«" * 300 + "»" * 300, "x" * 100_000, "«" + "x" * 50_000 + "»",
    "\u202eمرحبا «שלום עולם ha detto» 😀👍🏽", "🇮🇹 ha detto: «👍 👍 👍 👍 👍 👍 👍»",
    "Titolo\n\n«Testo» ha detto la ministra.\n«Altro", "\ufeffLa ministra ha detto: «Sì».",
    "La ministra ha detto\x00: «Sì, lo faremo\x00 subito e bene».", "<script>alert(1)</script> ha detto",
]


@pytest.mark.parametrize("text", EDGE_TEXTS, ids=range(len(EDGE_TEXTS)))
def test_analyze_edge_cases(nlp, text):
    doc = kit.analyze(text, nlp)
    check_tables([doc], [check_doc(doc, text)])


def test_rerunning_the_rule_layer_keeps_offsets(nlp):
    text = "La ministra Anna Neri ha detto: «Siamo pronti a tutto, davvero pronti». Secondo l’Onu, «no»."
    doc = kit.analyze(text, nlp)
    (again,) = kit.apply_rules([doc], nlp)
    assert parse_doc(again)["quotes"] == parse_doc(doc)["quotes"]
    check_doc(again, text)


PEOPLE = ["Mario Rossi", "Anna Neri", "Rossi"]
#: texts dense in names, cues and marks, so that speakers, cues and relations are found
dense_texts = st.lists(
    st.tuples(st.one_of(st.sampled_from(list(QUOTE_CHARS)),
                        st.sampled_from(CUE_WORDS + PEOPLE + ["Fiat", "elogiato", "ringraziato", "\n"])),
              SEPARATORS),
    max_size=60,
).map(lambda pieces: "".join(p + s for p, s in pieces))


@pytest.fixture(scope="module")
def nlp_people():
    return kit.load(model="blank", rules=with_people(kit.load_rules()))


def with_people(rules):
    patterns = [*rules.entity_patterns, *({"label": "PER", "pattern": p, "name": "test"} for p in PEOPLE),
                {"label": "ORG", "pattern": "Fiat", "name": "test"}]
    return rules.replace(entity_patterns=patterns)


@FAST
@given(dense_texts)
def test_speakers_and_cues_keep_offsets(nlp_people, text):
    doc = kit.analyze(text, nlp_people)
    check_tables([doc], [check_doc(doc, text)])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dense_texts)
def test_rule_layer_rerun_equals_fresh_analysis(nlp_people, text):
    # what the rule tuner relies on: cached model output + new rules == analysing again
    plain, people = kit.load_rules(), with_people(kit.load_rules())
    try:
        kit.pipeline.set_rules(nlp_people, plain)
        doc = kit.analyze(text, nlp_people)
        (rerun,) = kit.apply_rules([doc], nlp_people, people)
        fresh = kit.analyze(text, nlp_people)
    finally:
        kit.pipeline.set_rules(nlp_people, people)
    assert parse_doc(rerun)["ents"] == parse_doc(fresh)["ents"]
    assert parse_doc(rerun)["quotes"] == parse_doc(fresh)["quotes"]
    assert parse_doc(rerun)["relations"] == parse_doc(fresh)["relations"]
    check_doc(rerun, text)


@contextlib.contextmanager
def small_pieces(size: int):
    """Send every text longer than ``size`` through the long-document path (model layer piece by
    piece, rule layer on the joined Doc), cut into pieces of about ``size`` characters."""
    from unittest import mock

    from kit.pipeline import analysis

    cut = functools.partial(analysis.split_points, size=size)
    with mock.patch.object(analysis, "CHUNK_CHARS", size), mock.patch.object(analysis, "split_points", cut):
        yield


@FAST
@given(st.one_of(hostile_texts(), dense_texts), st.integers(8, 60))
def test_long_document_path_keeps_text_and_offsets(nlp_people, text, size):
    with small_pieces(size):
        doc = kit.analyze(text, nlp_people)
    check_tables([doc], [check_doc(doc, text)])


@pytest.mark.parametrize("text", ["\ud800", "«\udcff ha detto»", "a\udc80b"])
def test_lone_surrogates_are_refused_with_a_value_error(nlp, text):
    # not valid in UTF-8: the tokenizer cannot hash them; a ValueError, never a crash later
    with pytest.raises(ValueError, match="surrogate"):
        kit.analyze(text, nlp)


# -- renderer (HTML escaping is the renderer's own job; here only: no script gets through) ---------
from kit.view import render  # noqa: E402


@FAST
@given(hostile_texts(), st.sampled_from(["<script>alert(1)</script>", "<SCRIPT src=x>", "<scr<script>ipt>"]))
def test_render_never_lets_script_through(nlp, text, payload):
    text = f"{payload} «{payload} ha detto» {text} Secondo {payload}, {payload}"
    doc = kit.analyze(text, nlp)
    html = render.render_html(doc)
    assert "<script" not in html.lower()
    assert "\x00" not in html
    record = parse_doc(doc)
    record["title"] = payload + "\x00\ud800"  # a hand-made record may hold what no Doc can
    page = render.render_html(record, title=payload)
    assert "<script" not in page.lower() and "\x00" not in page
    page.encode("utf-8")  # no lone surrogate left: the page can be saved and sent


# -- large inputs --------------------------------------------------------------------------------
@pytest.mark.slow
def test_two_megabyte_document_is_analysed(nlp):
    text = news_text(2_000_000)  # 2 MB of ASCII-ish text, exactly nlp.max_length characters
    assert len(text) <= nlp.max_length
    with hang_guard(180):
        doc = kit.analyze(text, nlp)
    assert doc.text == text
    assert len(doc._.kit_quotes) > 1000


def test_single_100k_character_line_is_analysed(nlp):
    text = news_text(100_000, newline=" ")
    assert "\n" not in text
    with hang_guard(60):
        doc = kit.analyze(text, nlp)
    check_doc(doc, text)
    assert len(doc._.kit_quotes) > 100


def test_single_100k_character_token_is_analysed(nlp):
    text = "«" + "ab" * 50_000 + "»"
    with hang_guard(60):
        doc = kit.analyze(text, nlp)
    check_doc(doc, text)


@pytest.mark.parametrize("extra", [1, 1000])
def test_text_longer_than_max_length_gives_clear_error(nlp, extra):
    text = "a" * (nlp.max_length + extra)
    with pytest.raises(ValueError) as err:
        kit.analyze(text, nlp)
    message = str(err.value)
    assert "max_length" in message and f"{nlp.max_length:,}" in message
    assert f"{len(text):,}" in message
    with pytest.raises(ValueError, match="max_length"):
        kit.analyze([{"id": "lungo", "text": text}], nlp, progress=False)


def test_texts_over_spacys_default_limit_are_accepted(nlp):
    # spaCy refuses texts over 1,000,000 characters by default; the kit's pipeline takes up to
    # 2,000,000 (the model runs on pieces): the check passes here and fails on a plain pipeline
    import spacy

    from kit.pipeline.analysis import prepare

    text = "parola " * 150_000  # 1,050,000 characters
    plain = spacy.blank("it")
    assert len(text) > plain.max_length
    assert [item.content for item in prepare([text], nlp)] == [text]
    with pytest.raises(ValueError, match="more than nlp.max_length"):
        prepare([text], plain)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_MODEL, reason="the shipped model is not built")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(hostile_texts(), dense_texts), st.integers(8, 200))
def test_shipped_model_on_hostile_text(shipped_nlp, text, size):
    # the parser/NER path, both whole and cut into pieces (the long-document path)
    model_nlp = shipped_nlp
    doc = kit.analyze(text, model_nlp)
    check_tables([doc], [check_doc(doc, text)])
    with small_pieces(size):
        doc = kit.analyze(text, model_nlp)
    check_doc(doc, text)


# -- documents without a parse -----------------------------------------------------------------
#: sentences whose cues make the rules ask for a subject, an object or an edge of the parse, each
#: after a tokenizer special case (the emoticon "):"), after which spaCy leaves the edges of the
#: following tokens unset in a document nobody parsed: reading them walked out of the document
#: and crashed the interpreter (a segmentation fault with the fast and the rule-based pipelines)
UNPARSED = """
import json, sys
sys.path.insert(0, {root!r})
import kit
nlp = kit.load(model="blank") if {speed!r} == "blank" else kit.load(speed={speed!r})
sents = {sents!r}
once = kit.analyze(" ".join(sents), nlp, progress=False)
many = kit.analyze(" ".join(sents * 40), nlp, progress=False)
rows = lambda doc: [[q.kind, q.text] for q in doc._.kit_quotes]
print(json.dumps([rows(once), rows(many)]))
"""
UNPARSED_SENTENCES = [
    "Le contrade (Lupa e Civetta): i nuovi esperimenti richiesero macchine costose.",
    "Il film (Lupa e Civetta): racconta la storia di un pugile.",
    "La scoperta (Lupa e Civetta): ha portato gli studiosi a ritenere che il sito sia romano.",
    "Le misurazioni (Lupa e Civetta): indicano che il livello del fiume sale.",
    "La Corte (Lupa e Civetta): ha stabilito che la legge è illegittima.",
    "È stato deciso (Lupa e Civetta): che la fiera si terrà in primavera.",
    "La scomparsa di Carlo Neri (Lupa e Civetta):, era stata denunciata dalla sorella.",
    "Il ministro ha definito il piano (Lupa e Civetta): un passo avanti, ha detto il portavoce Luca Bianchi.",
]


@pytest.mark.parametrize("speed", ["blank", pytest.param("fast", marks=pytest.mark.skipif(
    not HAS_MODEL, reason="the shipped model is not built"))])
def test_rules_never_read_a_parse_the_document_does_not_have(speed):
    script = UNPARSED.format(root=str(Path(__file__).resolve().parent.parent), speed=speed,
                             sents=UNPARSED_SENTENCES)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    once, many = json.loads(result.stdout.splitlines()[-1])
    # the same quotations in every copy, wherever it stands (speakers may differ: a copy's
    # speaker can come from the copy before it)
    assert once and many == once * 40


# a 2,000,000-character document through the shipped model (kit.analyze): see
# tests/test_hostile_corpus.py::test_memory_of_a_long_document_is_bounded[analyze], which times it
# out, checks its text and bounds its memory in one run
