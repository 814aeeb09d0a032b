"""The rule tuner, driven as an analyst would: set ``.value``, click, read the HTML and tables.

Everything runs on the model-free pipeline (``kit.load(model="blank")``): entities come only from
the rules (patterns and place names), so each test controls exactly what is found.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import ipywidgets as widgets
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.corpus import incremental
from kit.corpus.incremental import CachedCorpus, DocIndex, may_affect, rule_delta
from kit.records.diff import diff_docs
from kit.pipeline import get_rules
from kit.rules import RuleError, load_rules
from kit.rules.edit import format_quote_marks, parse_names, parse_pattern, parse_quote_marks, with_alias, with_pattern
from kit.records.tables import entities_table, quotes_table, rule_relations_table
from kit.view.tuner import CHART_TAB, RuleTuner

ARTICLES = Path(__file__).resolve().parent.parent / "kit" / "lang" / "it" / "articles"

TEXTS = [
    "La Giunta regionale ha approvato ieri il bilancio.\n"
    "Mario Rossi ha dichiarato: «Il bilancio della Giunta regionale è in ordine». "
    "Più tardi Rossi ha elogiato la Giunta regionale per il lavoro svolto.",
    "Calcio, la serie A chiude la stagione\n"
    "«Il campionato è finito», ha sentenziato Mario Rossi dopo la partita di Roma.",
    "Il sindaco di Milano ha incontrato i commercianti in Francia.\n"
    "«Prezzi <b>alti</b> & $5 di aumento», ha detto Anna Bianchi.",
]


def _base_rules(nlp) -> kit.RuleSet:
    """The default rules, made predictable: two person patterns, no 'sentenziare', no relation rules."""
    rules = get_rules(nlp)
    return rules.replace(
        entity_patterns=[p for p in rules.entity_patterns if "giunta" not in json.dumps(p).lower()]
        + [{"label": "PER", "pattern": "Mario Rossi"}, {"label": "PER", "pattern": "Rossi"},
           {"label": "PER", "pattern": "Anna Bianchi"}, {"label": "PER", "pattern": "Luca Verdi"}],
        aliases={k: v for k, v in rules.aliases.items() if "Rossi" not in k},
        speech_verbs=[v for v in rules.speech_verbs if v != "sentenziare"],
        relation_rules=[],
    )


@pytest.fixture(scope="module")
def nlp():
    return kit.load(model="blank")


@pytest.fixture(scope="module")
def base_rules(nlp):
    return _base_rules(nlp)


@pytest.fixture(scope="module")
def analysed(nlp, base_rules):
    kit.pipeline.set_rules(nlp, base_rules)
    return kit.analyze([{"id": f"art-{i + 1}", "text": t} for i, t in enumerate(TEXTS)], nlp, progress=False)


@pytest.fixture()
def tuner(nlp, analysed, base_rules):
    return RuleTuner(analysed, nlp, rules=base_rules)


class _Marks(HTMLParser):
    """The entity highlights of rendered HTML: (text, label) of each ``kit-ent`` mark."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self._stack: list[str] = []
        self._text: list[str] | None = None
        self._label: list[str] = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        kind = "ent" if "kit-ent" in classes else "deco" if "kit-deco" in classes else ""
        if tag in ("br", "img", "input"):
            return
        self._stack.append(kind)
        if kind == "ent" and self._text is None:
            self._text, self._label = [], []

    def handle_endtag(self, tag):
        if tag in ("br", "img", "input") or not self._stack:
            return
        kind = self._stack.pop()
        if kind == "ent" and "ent" not in self._stack and self._text is not None:
            self.found.append(("".join(self._text).strip(), "".join(self._label).strip()))
            self._text = None

    def handle_data(self, data):
        if self._text is None:
            return
        (self._label if "deco" in self._stack else self._text).append(data)


def highlighted(html: str) -> list[tuple[str, str]]:
    parser = _Marks()
    parser.feed(html)
    return parser.found


def speakers(tuner: RuleTuner) -> list:
    return quotes_table(tuner.doc)["speaker"].tolist()


# --- the widget ------------------------------------------------------------------------------
def test_tuner_is_a_widget_showing_the_first_article(tuner):
    assert isinstance(tuner, widgets.VBox)
    assert tuner.doc_select.value == 0
    assert ("Mario Rossi", "PER") in highlighted(tuner.highlights.value)
    assert "Il bilancio della Giunta regionale è in ordine" in tuner.quotes_table.value
    assert tuner.last_error is None
    assert len(tuner.docs) == len(TEXTS)


def test_add_phrase_pattern_highlights_it(tuner, base_rules):
    assert ("Giunta regionale", "ORG") not in highlighted(tuner.highlights.value)
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert highlighted(tuner.highlights.value).count(("Giunta regionale", "ORG")) == 3
    ents = entities_table(tuner.docs)
    assert len(ents[(ents.text == "Giunta regionale") & (ents.label == "ORG")]) == 3
    assert tuner.rules.entity_patterns[-1] == {"label": "ORG", "pattern": "Giunta regionale"}
    assert tuner.rules.entity_patterns[:-1] == base_rules.entity_patterns
    assert tuner.pattern_text.value == ""  # ready for the next one
    assert "kit-tuner-ok" in tuner.status.value


def test_add_token_pattern(tuner):
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = '[{"LOWER": "giunta"}, {"LOWER": "regionale"}]'
    tuner.add_pattern_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert ("Giunta regionale", "ORG") in highlighted(tuner.highlights.value)
    assert tuner.rules.entity_patterns[-1]["pattern"] == [{"LOWER": "giunta"}, {"LOWER": "regionale"}]


@pytest.mark.parametrize(("typed", "message"), [
    ('[{"LOWER": "giunta"', "invalid JSON at line 1"),
    ('{"LOWER": }', "invalid JSON"),
    ('[{"lower": "giunta"}]', "unknown token attribute 'lower'"),
    ('[{"LOWER": "giunta"}, {"COLOUR": "red"}]', "token 2: unknown token attribute 'COLOUR'"),
    ("[]", "non-empty list"),
    ('[{"OP": "+"}]', "would match every token"),
    ('["Giunta"]', "expected a dict per token"),
    ("", "empty phrase"),
    ("   \n ", "empty phrase"),
    ('[{"LENGTH": "lungo"}]', "spaCy rejects this token pattern"),
])
def test_invalid_pattern_shows_a_message_and_keeps_the_rules(tuner, typed, message):
    before, docs = tuner.rules, tuner.docs
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = typed
    tuner.add_pattern_button.click()
    assert "kit-tuner-error" in tuner.status.value
    assert message in tuner.last_error
    assert message.replace("'", "&#x27;") in tuner.status.value  # shown, escaped
    assert "Traceback" not in tuner.status.value
    assert tuner.rules is before and len(tuner.history) == 1
    assert all(a is b for a, b in zip(tuner.docs, docs))
    # the pipeline still has the old rules and the tuner keeps working
    assert get_rules(tuner.nlp) is before
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    assert tuner.last_error is None
    assert ("Giunta regionale", "ORG") in highlighted(tuner.highlights.value)


def test_unknown_label_is_refused(tuner):
    with pytest.raises(RuleError, match="unknown label 'PERSON'"):
        with_pattern(tuner.rules, "PERSON", "Giunta regionale")


def test_edit_and_delete_a_pattern(tuner):
    index = next(i for i, p in enumerate(tuner.rules.entity_patterns) if p["pattern"] == "Mario Rossi")
    tuner.pattern_list.value = index  # selecting fills the form
    assert (tuner.pattern_label.value, tuner.pattern_text.value) == ("PER", "Mario Rossi")
    tuner.pattern_label.value = "ORG"
    tuner.replace_pattern_button.click()
    assert tuner.rules.entity_patterns[index] == {"label": "ORG", "pattern": "Mario Rossi"}
    assert ("Mario Rossi", "ORG") in highlighted(tuner.highlights.value)
    tuner.pattern_list.value = index
    tuner.delete_pattern_button.click()
    assert all(p["pattern"] != "Mario Rossi" for p in tuner.rules.entity_patterns)
    assert ("Mario Rossi", "ORG") not in highlighted(tuner.highlights.value)


def test_delete_without_selection_says_so(tuner):
    tuner.delete_pattern_button.click()
    assert "select a pattern in the list first" in tuner.last_error


def test_alias_renames_the_speaker_in_the_quotes_table(tuner):
    assert "Mario Rossi" in speakers(tuner)
    tuner.alias_canonical.value = "Governatore Rossi"
    tuner.alias_variants.value = "Mario Rossi, Rossi"
    tuner.add_alias_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert tuner.rules.aliases["Governatore Rossi"] == ["Mario Rossi", "Rossi"]
    assert "Governatore Rossi" in speakers(tuner) and "Mario Rossi" not in speakers(tuner)
    assert "Governatore Rossi" in tuner.quotes_table.value
    renamed = tuner.last_diff.entities_renamed
    assert set(renamed.canonical_after) == {"Governatore Rossi"}
    assert not tuner.last_diff.speakers_changed.empty
    # selecting the entry fills the form; deleting it restores the names
    tuner.alias_list.value = "Governatore Rossi"
    assert tuner.alias_variants.value == "Mario Rossi\nRossi"
    tuner.delete_alias_button.click()
    assert "Mario Rossi" in speakers(tuner)


@pytest.mark.parametrize(("canonical", "variants", "message"), [
    ("", "Rossi", "empty canonical name"),
    ("Mario Rossi", " , \n", "no variants"),
    ("Mario Rossi", "Mario Rossi", "no variants"),
])
def test_bad_alias_shows_a_message(tuner, canonical, variants, message):
    before = tuner.rules
    tuner.alias_canonical.value = canonical
    tuner.alias_variants.value = variants
    tuner.add_alias_button.click()
    assert message in tuner.last_error
    assert tuner.rules is before


def test_new_speech_verb_finds_a_new_quote(tuner):
    tuner.doc_select.value = 1
    before = quotes_table(tuner.doc)
    assert not ((before.cue == "ha sentenziato") & (before.speaker == "Mario Rossi")).any()
    tuner.speech_verbs.value = tuner.speech_verbs.value + "\nsentenziare\n"
    tuner.apply_verbs_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert "sentenziare" in tuner.rules.speech_verbs
    after = quotes_table(tuner.doc)
    found = after[after.cue == "ha sentenziato"]
    assert found.speaker.tolist() == ["Mario Rossi"]
    assert found.text.tolist() == ["Il campionato è finito"]
    assert "ha sentenziato" in tuner.quotes_table.value
    assert tuner.last_diff.changed_docs == ("art-2",)  # only the article that has the verb
    assert tuner.last_update.changed == (1,)
    assert "+sentenziare" in tuner.status.value


def test_quote_marks_edit_and_bad_line(tuner):
    assert "Il bilancio della Giunta regionale è in ordine" in quotes_table(tuner.doc).text.tolist()
    tuner.quote_marks.value = "“ ”\n« » »"
    tuner.apply_marks_button.click()
    assert "line 2" in tuner.last_error and "two characters" in tuner.last_error
    tuner.quote_marks.value = "“ ”\n““\n“ ”"  # duplicates are dropped
    tuner.apply_marks_button.click()
    assert tuner.last_error is None
    assert tuner.rules.quote_marks == (("“", "”"), ("“", "“"))
    assert "Il bilancio della Giunta regionale è in ordine" not in quotes_table(tuner.doc).text.tolist()
    assert len(tuner.last_diff.quotes_removed) >= 1


def test_relation_rule_from_the_form(tuner):
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    assert rule_relations_table(tuner.doc).empty
    tuner.relation_verbs.value = "elogiare, lodare"
    tuner.relation_label.value = "loda"
    tuner.add_relation_button.click()
    assert "subject label" in tuner.last_error  # no labels chosen yet
    tuner.relation_subject.value = ("PER",)
    tuner.relation_object.value = ("ORG", "PER")
    tuner.add_relation_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert tuner.rules.relation_rules == ({"name": "loda", "subject": ["PER"], "verbs": ["elogiare", "lodare"],
                                           "object": ["ORG", "PER"], "label": "loda"},)
    table = rule_relations_table(tuner.doc)
    assert table[["subject", "relation", "object"]].values.tolist() == [["Mario Rossi", "loda", "Giunta regionale"]]
    assert tuner.last_diff.relations_added.relation.tolist() == ["loda"]
    tuner.relation_list.value = 0
    assert tuner.relation_verbs.value == "elogiare, lodare"
    tuner.delete_relation_button.click()
    assert tuner.rules.relation_rules == ()


# --- undo, redo, save, load -------------------------------------------------------------------
def test_undo_redo_restore_exact_rule_sets(tuner):
    r0, ents0 = tuner.rules, entities_table(tuner.docs)
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    r1, ents1 = tuner.rules, entities_table(tuner.docs)
    tuner.speech_verbs.value += "\nsentenziare"
    tuner.apply_verbs_button.click()
    r2 = tuner.rules
    assert len({id(r0), id(r1), id(r2)}) == 3 and tuner.redo_button.disabled
    tuner.undo_button.click()
    assert tuner.rules is r1 and "sentenziare" not in tuner.speech_verbs.value.split()
    tuner.undo_button.click()
    assert tuner.rules is r0 and tuner.rules.to_json() == r0.to_json()
    assert entities_table(tuner.docs).equals(ents0)
    assert get_rules(tuner.nlp) is r0
    assert tuner.undo_button.disabled
    tuner.undo_button.click()
    assert "nothing to undo" in tuner.status.value and tuner.rules is r0
    tuner.redo_button.click()
    assert tuner.rules is r1 and entities_table(tuner.docs).equals(ents1)
    tuner.redo_button.click()
    assert tuner.rules is r2 and "sentenziare" in tuner.speech_verbs.value.split()
    tuner.redo_button.click()
    assert "nothing to redo" in tuner.status.value
    # a new change after an undo drops the redo branch
    tuner.undo_button.click()
    tuner.pattern_text.value = "bilancio"
    tuner.add_pattern_button.click()
    assert tuner.redo_button.disabled and len(tuner.history) == 3


def test_save_writes_the_rules_atomically_with_a_backup(tuner, tmp_path):
    path = tmp_path / "mine" / "rules.json"
    tuner.rules_path.value = str(path)
    tuner.save_button.click()
    assert tuner.last_error is None, tuner.status.value
    first = tuner.rules.to_json()
    assert path.read_text(encoding="utf-8") == first
    assert load_rules(path) == tuner.rules
    assert not path.with_name("rules.json.bak").exists()
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    tuner.save_button.click()
    assert path.read_text(encoding="utf-8") == tuner.rules.to_json() != first
    assert path.with_name("rules.json.bak").read_text(encoding="utf-8") == first
    assert "rules.json.bak" in tuner.status.value
    assert sorted(p.name for p in path.parent.iterdir()) == ["rules.json", "rules.json.bak"]  # no temp file


def test_save_to_an_unwritable_place_shows_the_error(tuner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    tuner.rules_path.value = str(blocker / "rules.json")  # a "directory" that is a file
    tuner.save_button.click()
    assert tuner.last_error and tuner.last_error.startswith("save")
    tuner.rules_path.value = "  "
    tuner.save_button.click()
    assert "type the name of a rules file" in tuner.last_error


@pytest.mark.parametrize(("content", "message"), [
    ("{ not json", "invalid JSON at line 1"),
    ("", "the rule file is empty"),
    ('{"entity_patterns": [{"label": "PERSON", "pattern": "x"}]}', "entity_patterns[0]: unknown label 'PERSON'"),
    ('{"speech_verbs": "dire"}', "speech_verbs: expected list"),
])
def test_loading_a_broken_file_keeps_the_rules(tuner, tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    before = tuner.rules
    tuner.rules_path.value = str(path)
    tuner.load_button.click()
    assert message in tuner.last_error
    assert str(path) in tuner.last_error  # the message names the file
    assert "kit-tuner-error" in tuner.status.value
    assert tuner.rules is before and len(tuner.history) == 1


def test_load_a_good_file_is_undoable(tuner, tmp_path):
    before = tuner.rules
    path = tmp_path / "other.json"
    kit.save_rules(with_pattern(before, "ORG", "Giunta regionale"), path)
    tuner.rules_path.value = str(path)
    tuner.load_button.click()
    assert tuner.last_error is None, tuner.status.value
    assert tuner.rules == load_rules(path)
    assert ("Giunta regionale", "ORG") in highlighted(tuner.highlights.value)
    tuner.undo_button.click()
    assert tuner.rules is before
    tuner.rules_path.value = str(tmp_path / "missing.json")
    tuner.load_button.click()
    assert "cannot read the rule file" in tuner.last_error


# --- views ------------------------------------------------------------------------------------
def test_corpus_diff_lists_added_entities_with_examples(tuner):
    tuner.pattern_label.value = "ORG"
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    added = tuner.last_diff.entities_added
    assert added.text.tolist() == ["Giunta regionale"] * 3
    assert set(added.doc_id) == {"art-1"}
    assert all("[Giunta regionale]" in context for context in added.context)
    assert tuner.last_diff.entities_removed.empty
    assert tuner.last_diff.changed_docs == ("art-1",)
    assert "Entities added (3)" in tuner.diff.value and "[Giunta regionale]" in tuner.diff.value
    assert "1 of 3 documents changed" in tuner.diff.value


def test_document_selector_switches_the_article(tuner, analysed):
    assert "campionato" not in tuner.highlights.value
    tuner.doc_select.value = 1
    assert tuner.doc is tuner.docs[1]
    assert "campionato" in tuner.highlights.value and "bilancio" not in tuner.highlights.value
    assert "Il campionato è finito" in tuner.quotes_table.value
    assert [label for label, _ in tuner.doc_select.options][1].startswith("2. art-2 · Calcio")


def test_views_escape_the_text(tuner):
    tuner.doc_select.value = 2
    assert "<b>alti</b>" not in tuner.highlights.value
    assert "&lt;b&gt;alti&lt;/b&gt;" in tuner.quotes_table.value
    assert "tex2jax_ignore" in tuner.quotes_table.value  # $ is not maths


def test_chart_is_drawn_when_its_tab_is_shown(tuner):
    assert tuner.chart.value == ""  # not drawn while hidden: keeps rule changes fast
    tuner.views.selected_index = CHART_TAB
    assert tuner.chart.value.startswith("<img") and "data:image/png;base64," in tuner.chart.value
    article = tuner.chart.value
    tuner.chart_scope.value = "corpus"
    assert tuner.chart.value != article and "3 documents" in tuner.chart.value


def test_unexpected_errors_show_in_the_widget_with_the_traceback(tuner, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(tuner.corpus, "update", broken)
    tuner.pattern_text.value = "Giunta regionale"
    tuner.add_pattern_button.click()
    assert "RuntimeError: disk on fire" in tuner.last_error
    assert "<details" in tuner.status.value and "Traceback" in tuner.status.value
    assert len(tuner.history) == 1


def test_texts_are_analysed_once(nlp, base_rules):
    tuner = RuleTuner(TEXTS[:2], nlp, rules=base_rules)
    assert len(tuner.docs) == 2 and tuner.docs[0].text == TEXTS[0]
    assert "Mario Rossi" in speakers(tuner)


def test_docs_from_another_pipeline_are_refused(nlp):
    other = kit.load(model="blank")
    with pytest.raises(ValueError, match="another pipeline"):
        RuleTuner([other("Ciao.")], nlp)
    with pytest.raises(ValueError, match="at least one document"):
        RuleTuner([], nlp)


# --- pure helpers -----------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "expected"), [
    ("Giunta   regionale ", "Giunta regionale"),
    ('{"LOWER": "giunta"}', [{"LOWER": "giunta"}]),
    ('[{"LOWER": "giunta"}, {"IS_TITLE": true, "OP": "+"}]', [{"LOWER": "giunta"}, {"IS_TITLE": True, "OP": "+"}]),
])
def test_parse_pattern(typed, expected):
    assert parse_pattern(typed) == expected


def test_parse_names_and_marks():
    assert parse_names("Putin, Vladimir  Putin\nil presidente russo\n\nPutin") == [
        "Putin", "Vladimir Putin", "il presidente russo"]
    assert parse_quote_marks("« »\n\n“”\n") == [["«", "»"], ["“", "”"]]
    assert format_quote_marks([("«", "»")]) == "« »"
    with pytest.raises(RuleError, match="line 1"):
        parse_quote_marks("«")


# --- the incremental rule layer gives what a full re-run gives --------------------------------
DESCRIBED = ("Il portavoce del governo, Luca Verdi, ha parlato ieri a Roma. "
             "Il portavoce ha poi dichiarato che la crisi è finita e ha elogiato il sindaco.\n"
             "In serata Luca Verdi ha ringraziato Anna Bianchi per il lavoro svolto.")


def _corpus_items() -> list[dict]:
    files = sorted(ARTICLES.glob("*.txt"))[:6] if ARTICLES.is_dir() else []
    texts = TEXTS + [DESCRIBED] + [doc.text for doc in (kit.load_corpus(files) if files else [])]
    return [{"id": f"c-{i}", "text": text} for i, text in enumerate(texts)]


@pytest.fixture(scope="module")
def corpus_docs(nlp, base_rules):
    kit.pipeline.set_rules(nlp, base_rules)
    return kit.analyze(_corpus_items(), nlp, progress=False)


def _records(docs):
    return [kit.parse_doc(d) for d in docs]


def _fresh(nlp, rules):
    """The reference: every text analysed from scratch with ``rules``."""
    kit.pipeline.set_rules(nlp, rules)
    return _records(kit.analyze(_corpus_items(), nlp, progress=False))


CHANGES = {
    "phrase pattern": lambda r: with_pattern(r, "ORG", "Giunta regionale"),
    "token pattern": lambda r: with_pattern(r, "MISC", '[{"LOWER": "bilancio"}]'),
    "delete pattern": lambda r: r.replace(entity_patterns=[p for p in r.entity_patterns if p["pattern"] != "Rossi"]),
    "delete an early pattern": lambda r: r.replace(
        entity_patterns=[p for p in r.entity_patterns if p["pattern"] != "Mario Rossi"]),
    "rename a pattern": lambda r: r.replace(entity_patterns=[
        {**p, "name": "persone"} if p["pattern"] == "Anna Bianchi" else p for p in r.entity_patterns]),
    "place names off": lambda r: r.replace(places={"cldr": False, "extra": []}),
    "alias": lambda r: with_alias(r, "Governatore Rossi", "Mario Rossi, Rossi"),
    "alias of a description": lambda r: with_alias(r, "Il Sindaco", "il sindaco"),
    "alias of a described person": lambda r: with_alias(r, "Il Portavoce Verdi", "Luca Verdi"),
    "speech verb added": lambda r: r.replace(speech_verbs=list(r.speech_verbs) + ["sentenziare"]),
    "speech verb removed": lambda r: r.replace(speech_verbs=[v for v in r.speech_verbs if v != "dire"]),
    "title removed": lambda r: r.replace(titles=[t for t in r.titles if t != "sindaco"]),
    "marker removed": lambda r: r.replace(source_markers=[m for m in r.source_markers if m != "secondo"]),
    "quote marks": lambda r: r.replace(quote_marks=[["“", "”"]]),
    "relation rule": lambda r: with_pattern(r, "ORG", "Giunta regionale").replace(relation_rules=[
        {"name": "x", "subject": ["PER"], "verbs": ["elogiare"], "object": ["ORG", "PER", "LOC"], "label": "loda"}]),
    "relation rule only": lambda r: r.replace(relation_rules=[
        {"name": "y", "subject": ["PER"], "verbs": ["ringraziare"], "object": ["PER"], "label": "ringrazia"}]),
    "object speech verb removed": lambda r: r.replace(
        object_speech_verbs=[v for v in r.object_speech_verbs if v != "ringraziare"]),
    "lemma exception removed": lambda r: r.replace(
        lemma_exceptions={k: v for k, v in r.lemma_exceptions.items() if k not in ("aggiunto", "aggiunge")}),
    "needed object removed": lambda r: r.replace(speech_verbs_need_object={
        k: v for k, v in r.speech_verbs_need_object.items() if k != "parlare"}),
    "description only": lambda r: r.replace(description="changed"),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_incremental_update_equals_full_rerun(nlp, corpus_docs, base_rules, name):
    corpus = CachedCorpus(corpus_docs, nlp, base_rules)
    new_rules = CHANGES[name](base_rules)
    update = corpus.update(new_rules)
    assert _records(update.after) == _fresh(nlp, new_rules)
    if name == "description only":
        assert update.changed == ()
    else:  # the change does something, so the equality above means something
        assert _records(update.after) != _records(update.before)
    kit.pipeline.set_rules(nlp, new_rules)
    back = corpus.update(base_rules)
    assert _records(back.after) == _records(update.before)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(sorted(CHANGES)), min_size=1, max_size=3))
def test_incremental_sequences_equal_full_rerun(nlp, corpus_docs, base_rules, steps):
    corpus = CachedCorpus(corpus_docs, nlp, base_rules)
    rules = base_rules
    for name in steps:
        try:
            rules = CHANGES[name](rules)
        except RuleError:  # e.g. the same pattern twice
            continue
        corpus.update(rules)
    assert _records(corpus.docs) == _fresh(nlp, rules)


def test_rule_delta_and_may_affect(nlp, base_rules):
    doc = nlp("«Il campionato è finito», ha sentenziato Mario Rossi.")
    index = DocIndex.of(doc)
    added = rule_delta(base_rules, base_rules.replace(speech_verbs=list(base_rules.speech_verbs) + ["sentenziare"]))
    assert added.lemmas == {"sentenziare"} and may_affect(added, index)
    other = rule_delta(base_rules, base_rules.replace(speech_verbs=list(base_rules.speech_verbs) + ["tuonare"]))
    assert not may_affect(other, index)
    assert rule_delta(base_rules, base_rules.replace(description="x")).empty
    assert rule_delta(base_rules, base_rules.replace(lang="en")).everything
    # every key has its own reach: no change falls back to re-running everything
    objects = rule_delta(base_rules, CHANGES["object speech verb removed"](base_rules))
    assert not objects.everything and objects.lemmas == {"ringraziare"}
    forms = rule_delta(base_rules, CHANGES["lemma exception removed"](base_rules))
    assert not forms.everything and forms.words == {"aggiunto", "aggiunge"}
    needed = rule_delta(base_rules, CHANGES["needed object removed"](base_rules))
    assert not needed.everything and needed.lemmas == {"parlare"}


def test_long_updates_report_progress_and_show_the_selected_article_first(nlp, corpus_docs, base_rules,
                                                                           monkeypatch):
    monkeypatch.setattr(incremental, "PROGRESS_SECONDS", 0.0)
    corpus = CachedCorpus(corpus_docs, nlp, base_rules)
    events = []
    corpus.update(CHANGES["speech verb removed"](base_rules), first=3,
                  on_first=lambda i, doc: events.append(("first", i)),
                  on_progress=lambda done, total: events.append(("progress", done, total)))
    assert events[0] == ("first", 3)
    assert events[1:] == [("progress", n, len(corpus_docs)) for n in range(1, len(corpus_docs) + 1)]


def test_diff_docs_checks_the_corpus(nlp):
    a, b = nlp("Uno."), nlp("Due.")
    with pytest.raises(ValueError, match="different text"):
        diff_docs([a], [b])
    with pytest.raises(ValueError, match="2 documents before, 1 after"):
        diff_docs([a, b], [a])
    assert diff_docs([a], [a]).empty


# -- source markers and titles, aliases that match nothing, the layout's CSS ----------------------
def test_sources_tab_edits_markers_and_titles(tuner):
    titles = list(tuner.editors.titles)
    assert titles == ["Patterns", "Aliases", "Verbs", "Sources", "Marks", "Relations"]
    tuner.source_markers.value = tuner.source_markers.value + "\nCome riferisce"
    tuner.apply_sources_button.click()
    assert "come riferisce" in tuner.rules.source_markers
    assert "no match in the corpus for 'come riferisce'" in tuner.last_warning
    assert "kit-tuner-warn" in tuner.status.value
    tuner.titles.value = "il portavoce\nla sindaca"
    tuner.apply_titles_button.click()
    assert tuner.rules.titles == ("il portavoce", "la sindaca")
    assert tuner.last_error is None


def test_alias_whose_variant_matches_nothing_says_so(tuner):
    tuner.alias_canonical.value = "Mario Rossi"
    tuner.alias_variants.value = "Mario Rosi\nRossi"
    tuner.add_alias_button.click()
    assert tuner.last_warning == ("alias Mario Rossi: no match in the corpus for 'Mario Rosi' "
                                  "(closest: Mario Rossi)")
    tuner.alias_variants.value = "Rossi"
    tuner.add_alias_button.click()
    assert tuner.last_warning is None


def test_tuner_css_keeps_tabs_and_buttons_whole(tuner):
    assert "kit-tuner" in tuner._dom_classes
    style = tuner.children[0].value
    assert "min-width: max-content" in style and ".kit-tuner .lm-TabBar-tab" in style
    assert tuner.highlights.layout.max_height == "60vh" and tuner.highlights.layout.overflow == "auto"
