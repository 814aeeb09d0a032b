"""``RuleTuner``: tune entity patterns, aliases, speech verbs, quote marks and relation rules live.

The widget only wires things. The work is done elsewhere: :mod:`kit.rules.edit` turns what the
analyst typed into a new validated RuleSet (or a :class:`~kit.rules.RuleError` with a message a
person can act on), :class:`kit.corpus.incremental.CachedCorpus` re-runs the rule layer (never the
tokenizer or the statistical model) on the documents a change can touch,
:func:`kit.records.diff.diff_docs` says what the change did, and :mod:`kit.view.panes` turns
records and diffs into HTML.

>>> tuner = kit.RuleTuner(docs, nlp)   # the last expression of a cell displays it
>>> tuner.pattern_text.value = "Giunta regionale"; tuner.add_pattern_button.click()
>>> tuner.rules, tuner.last_diff        # the current RuleSet, what the last change did

Every widget is a public attribute, so a test (or a notebook) can play the user: set ``.value``,
call ``button.click()``, read ``tuner.highlights.value``. The pipeline ``nlp`` follows the tuner:
after tuning, it analyses new texts with the tuned rules.
"""

from __future__ import annotations

import os
from typing import Any

import ipywidgets as widgets
from spacy.language import Language
from spacy.tokens import Doc

from ..corpus.incremental import CachedCorpus, CorpusUpdate
from ..pipeline import get_rules
from ..pipeline.analysis import analysed
from ..records import parse_doc
from ..records.diff import CorpusDiff
from ..records.outlets import record_date, record_outlet
from ..records.tables import relations_table
from ..rules import RuleError, RuleSet, coerce_rules, load_rules, save_rules
from ..rules.edit import (TOKEN_PATTERN_EXAMPLE, format_pattern, format_quote_marks, relation_rule,
                          unmatched_variants, with_alias, with_pattern, with_quote_marks,
                          with_relation_rule, with_speech_verbs, with_words, without_alias,
                          without_pattern, without_relation_rule)
from . import controls
from .explorer import FilterControls
from .panes import format_chart, format_diff, format_header, format_quotes, format_status
from .render import render_html

#: the position of the network chart among the output tabs
CHART_TAB = 2


class RuleTuner(widgets.VBox):
    """Tweak the rules and see the effect at once on an article and across the corpus.

    ``docs``: analysed Docs (from ``nlp``) or texts (analysed once, here). ``rules``: a RuleSet,
    a rule file, a dict, or None for the rules ``nlp`` has. ``path``: where Save and Load go.
    """

    def __init__(self, docs: Any, nlp: Language | None = None,
                 rules: RuleSet | str | os.PathLike | dict | None = None,
                 path: str | os.PathLike = "rules.json") -> None:
        super().__init__()
        self.nlp, base = analysed(docs, nlp)
        ruleset = get_rules(self.nlp) if rules is None else coerce_rules(rules, self.nlp.lang)
        self.corpus = CachedCorpus(base, self.nlp, ruleset)
        self.history: list[RuleSet] = [ruleset]
        self.position = 0
        self.last_diff: CorpusDiff | None = None
        self.last_update: CorpusUpdate | None = None
        self.last_error: str | None = None
        self.last_warning: str | None = None  # e.g. an alias variant that matches nothing
        self.status_message = ""
        self._syncing = False
        self._chart_stale = True
        self._shown: Doc | None = None
        self._build(str(path))
        self._sync_editors()
        self._show_doc(self.doc_select.value, self.corpus.docs[self.doc_select.value])
        self._info(f"{len(self.corpus)} documents ready; change a rule to see its effect.")

    # -- state ----------------------------------------------------------------------------
    @property
    def rules(self) -> RuleSet:
        """The rules in use."""
        return self.history[self.position]

    @property
    def docs(self) -> list[Doc]:
        """The documents with the current rules applied."""
        return list(self.corpus.docs)

    @property
    def doc(self) -> Doc:
        """The selected document."""
        return self.corpus.docs[self.doc_select.value]

    def __repr__(self) -> str:
        return f"RuleTuner({len(self.corpus)} docs, {self.rules!r}, undo={self.position})"

    # -- layout: one method per part, each creates its widgets and wires them --------------
    def _build(self, path: str) -> None:
        self.header = widgets.HTML()
        self.status = widgets.HTML()
        toolbar = self._build_toolbar(path)
        tabs = {"Patterns": self._build_patterns(), "Aliases": self._build_aliases(),
                "Verbs": self._build_verbs(), "Sources": self._build_sources(), "Marks": self._build_marks(),
                "Relations": self._build_relations()}
        # responsive: side by side on wide screens, editors above the views under ~1,100 px
        # (the row wraps); the CSS keeps tab titles and buttons whole (controls.TUNER_CSS)
        self.editors = controls.tabs(tabs, widgets.Layout(flex="1 1 26em", min_width="20em", max_width="100%"))
        self.editors.add_class("kit-editors")
        right = widgets.VBox([self._build_filters(), self._build_doc_select(), self._build_views()],
                             layout=widgets.Layout(flex="2 1 34em", min_width="20em", max_width="100%"))
        right.add_class("kit-views")
        self._update_header()
        self.add_class("kit-tuner")
        self.children = [controls.css(), self.header, toolbar, self.status,
                         widgets.HBox([self.editors, right],
                                      layout=widgets.Layout(width="100%", flex_flow="row wrap"))]

    def _build_toolbar(self, path: str) -> widgets.HBox:
        self.undo_button = controls.button("Undo", "undo the last rule change", icon="undo")
        self.redo_button = controls.button("Redo", "redo the change undone last", icon="repeat")
        self.rules_path = controls.text("rules file, e.g. my-rules.json", value=path, width="22em")
        self.save_button = controls.button("Save", "save the rules to this file (atomic; keeps a .bak)", icon="save")
        self.load_button = controls.button("Load", "load rules from this file (undoable)", icon="folder-open")
        self.undo_button.on_click(self._on_undo)
        self.redo_button.on_click(self._on_redo)
        self.save_button.on_click(self._on_save)
        self.load_button.on_click(self._on_load)
        return widgets.HBox([self.undo_button, self.redo_button, self.rules_path, self.save_button,
                             self.load_button], layout=widgets.Layout(flex_flow="row wrap", width="100%"))

    def _build_patterns(self) -> widgets.VBox:
        self.pattern_label = widgets.Dropdown(options=list(self.rules.labels), description="label",
                                              layout=widgets.Layout(width="12em"))
        self.pattern_text = controls.text(f"phrase (Giunta regionale) or token pattern {TOKEN_PATTERN_EXAMPLE}")
        self.pattern_name = controls.text("name of the pattern group (optional)")
        self.add_pattern_button = controls.button("Add", "add this pattern", "primary", "plus")
        self.replace_pattern_button = controls.button("Replace", "replace the selected pattern with this one")
        self.delete_pattern_button = controls.button("Delete", "delete the selected pattern", "danger", "trash")
        self.pattern_list = widgets.Select(rows=10, layout=widgets.Layout(width="100%"))
        self.add_pattern_button.on_click(self._on_add_pattern)
        self.replace_pattern_button.on_click(self._on_replace_pattern)
        self.delete_pattern_button.on_click(self._on_delete_pattern)
        self.pattern_list.observe(self._on_pick_pattern, names="value")
        buttons = widgets.HBox([self.add_pattern_button, self.replace_pattern_button, self.delete_pattern_button])
        return widgets.VBox([controls.help_text("entity_patterns"), self.pattern_label, self.pattern_text,
                             self.pattern_name, buttons, self.pattern_list])

    def _build_aliases(self) -> widgets.VBox:
        self.alias_canonical = controls.text("canonical name, e.g. Vladimir Putin")
        self.alias_variants = controls.textarea("variants, one per line or separated by commas:\nPutin\n"
                                        "il presidente russo", rows=4)
        self.add_alias_button = controls.button("Add / update", "set the variants of this name", "primary", "plus")
        self.delete_alias_button = controls.button("Delete", "delete the selected alias entry", "danger", "trash")
        self.alias_list = widgets.Select(rows=8, layout=widgets.Layout(width="100%"))
        self.add_alias_button.on_click(self._on_add_alias)
        self.delete_alias_button.on_click(self._on_delete_alias)
        self.alias_list.observe(self._on_pick_alias, names="value")
        return widgets.VBox([controls.help_text("aliases"), self.alias_canonical, self.alias_variants,
                             widgets.HBox([self.add_alias_button, self.delete_alias_button]), self.alias_list])

    def _build_verbs(self) -> widgets.VBox:
        self.speech_verbs = controls.textarea("one verb lemma per line, e.g. sentenziare", rows=14)
        self.apply_verbs_button = controls.button("Apply", "use these speech verbs", "primary", "check")
        self.apply_verbs_button.on_click(self._on_apply_verbs)
        return widgets.VBox([controls.help_text("speech_verbs"), self.speech_verbs, self.apply_verbs_button])

    def _build_sources(self) -> widgets.VBox:
        self.source_markers = controls.textarea("one per line, e.g. secondo, a detta di, stando a", rows=6)
        self.apply_sources_button = controls.button("Apply", "use these source markers", "primary", "check")
        self.titles = controls.textarea("one per line, e.g. il portavoce, la premier, il ministro", rows=8)
        self.apply_titles_button = controls.button("Apply", "use these titles", "primary", "check")
        self.apply_sources_button.on_click(self._on_apply_sources)
        self.apply_titles_button.on_click(self._on_apply_titles)
        return widgets.VBox([controls.help_text("source_markers"), self.source_markers, self.apply_sources_button,
                             controls.help_text("titles"), self.titles, self.apply_titles_button])

    def _build_marks(self) -> widgets.VBox:
        self.quote_marks = controls.textarea("one pair per line: opening and closing mark, e.g. « »", rows=10)
        self.apply_marks_button = controls.button("Apply", "use these quote marks", "primary", "check")
        self.apply_marks_button.on_click(self._on_apply_marks)
        return widgets.VBox([controls.help_text("quote_marks"), self.quote_marks, self.apply_marks_button])

    def _build_relations(self) -> widgets.VBox:
        labels = list(self.rules.labels)
        self.relation_name = controls.text("rule name (optional)")
        self.relation_subject = widgets.SelectMultiple(options=labels, description="subject", rows=4)
        self.relation_verbs = controls.text("verb lemmas, e.g. elogiare, lodare, ringraziare")
        self.relation_object = widgets.SelectMultiple(options=labels, description="object", rows=4)
        self.relation_label = controls.text("relation label, e.g. elogia")
        self.add_relation_button = controls.button("Add", "add this relation rule", "primary", "plus")
        self.replace_relation_button = controls.button("Replace", "replace the selected relation rule")
        self.delete_relation_button = controls.button("Delete", "delete the selected relation rule", "danger", "trash")
        self.relation_list = widgets.Select(rows=6, layout=widgets.Layout(width="100%"))
        self.add_relation_button.on_click(self._on_add_relation)
        self.replace_relation_button.on_click(self._on_replace_relation)
        self.delete_relation_button.on_click(self._on_delete_relation)
        self.relation_list.observe(self._on_pick_relation, names="value")
        buttons = widgets.HBox([self.add_relation_button, self.replace_relation_button, self.delete_relation_button])
        return widgets.VBox([controls.help_text("relation_rules"), self.relation_name,
                             widgets.HBox([self.relation_subject, self.relation_object]),
                             self.relation_verbs, self.relation_label, buttons, self.relation_list])

    def _build_filters(self) -> widgets.Accordion:
        """The filters (dates, outlets): they narrow the article list and the corpus chart."""
        metas = [{"meta": doc._.kit_meta} for doc in self.corpus.docs]
        self.filters = FilterControls([record_date(m) for m in metas], [record_outlet(m) for m in metas])
        self.filters.on_change(self._on_filter)
        self.filter_box = widgets.Accordion(children=[self.filters], selected_index=None)
        self.filter_box.set_title(0, "Filter the articles: dates, outlets")
        return self.filter_box

    def _build_doc_select(self) -> widgets.Dropdown:
        self.doc_select = widgets.Dropdown(options=self._doc_options(), description="article",
                                           layout=widgets.Layout(width="100%"))
        self.doc_select.observe(self._on_select_doc, names="value")
        return self.doc_select

    def _build_views(self) -> widgets.Tab:
        view = widgets.Layout(max_height="60vh", overflow="auto", width="100%")  # the views scroll
        self.highlights = widgets.HTML(layout=view)
        self.quotes_table = widgets.HTML(layout=view)
        self.chart_scope = widgets.ToggleButtons(options=[("this article", "article"), ("whole corpus", "corpus")],
                                                 value="article")
        self.chart_scope.observe(self._on_chart_scope, names="value")
        self.chart = widgets.HTML()
        self.diff = widgets.HTML(format_diff(None))
        self.views = controls.tabs({"Highlights": self.highlights, "Quotes": self.quotes_table,
                            "Network": widgets.VBox([self.chart_scope, self.chart]), "Corpus diff": self.diff})
        self.views.observe(self._on_view_tab, names="selected_index")
        return self.views

    def _doc_options(self) -> list[tuple[str, int]]:
        options = []
        kept = set(self.filters.kept)
        for i, doc in enumerate(self.corpus.docs):
            if i not in kept:
                continue
            title = doc._.kit_title or doc.text[:60]
            label = f"{i + 1}. {doc._.kit_id or ''} · {' '.join(title.split())}"
            options.append((label if len(label) <= 100 else label[:99] + "…", i))
        return options

    def _update_header(self) -> None:
        n = len(self.corpus)
        base = self.nlp.meta.get("kit", {}).get("base", self.nlp.meta.get("name", "?"))
        self.header.value = format_header(n, base, self.rules.source)

    # -- messages -------------------------------------------------------------------------
    def _info(self, message: str) -> None:
        self.last_error = self.last_warning = None
        self.status_message = message
        self.status.value = format_status(message, "info")

    def _ok(self, message: str) -> None:
        self.last_error = self.last_warning = None
        self.status_message = message
        self.status.value = format_status(message, "ok")

    def _error(self, message: str, details: str | None = None) -> None:
        self.last_error = message
        self.status_message = message
        self.status.value = format_status(message, "error", details)

    # -- keeping the editors in step with the rules ---------------------------------------
    def _sync_editors(self) -> None:
        rules = self.rules
        self._syncing = True
        try:
            labels = list(rules.labels)
            if list(self.pattern_label.options) != labels:
                current = self.pattern_label.value
                self.pattern_label.options = labels
                self.pattern_label.value = current if current in labels else labels[0]
            for select in (self.relation_subject, self.relation_object):
                if list(select.options) != labels:
                    select.options = labels
            self.pattern_list.options = [
                (f"{i + 1}. {p['label']} · {format_pattern(p['pattern'])}", i)
                for i, p in enumerate(rules.entity_patterns)]
            self.pattern_list.value = None
            self.alias_list.options = [(f"{name} ← {', '.join(variants)}", name)
                                       for name, variants in rules.aliases.items()]
            self.alias_list.value = None
            self.speech_verbs.value = "\n".join(rules.speech_verbs)
            self.source_markers.value = "\n".join(rules.source_markers)
            self.titles.value = "\n".join(rules.titles)
            self.quote_marks.value = format_quote_marks(rules.quote_marks)
            self.relation_list.options = [
                (f"{i + 1}. {'/'.join(r['subject'])} -[{', '.join(r['verbs'])}]-> "
                 f"{'/'.join(r['object'])} = {r['label']}", i)
                for i, r in enumerate(rules.relation_rules)]
            self.relation_list.value = None
            self.undo_button.disabled = self.position == 0
            self.redo_button.disabled = self.position >= len(self.history) - 1
        finally:
            self._syncing = False
        self._update_header()

    # -- views ----------------------------------------------------------------------------
    def _show_doc(self, index: int, doc: Doc) -> None:
        """Highlights and quotes of the selected article (and its chart when it is on screen)."""
        if index != self.doc_select.value or self._shown is doc:
            return  # another article, or this one unchanged by the rule change
        self._shown = doc
        record = parse_doc(doc)
        self.highlights.value = render_html(record)
        self.quotes_table.value = format_quotes(record)
        self._chart_stale = True
        self._refresh_chart()

    def _refresh_chart(self) -> None:
        """Draw the network only when its tab is shown (drawing is the slow part of a view)."""
        if self.views.selected_index != CHART_TAB:
            return
        if self.chart_scope.value == "corpus":
            kept = self.filters.kept
            table = relations_table([self.corpus.docs[i] for i in kept])
            title = f"{len(kept)} documents" + ("" if len(kept) == len(self.corpus) else f" ({self.filters.value})")
        else:
            doc = self.doc
            table, title = relations_table(doc), doc._.kit_title or doc._.kit_id or ""
        self.chart.value = format_chart(table, " ".join(title.split())[:80])
        self._chart_stale = False

    @controls.guarded("select article")
    def _on_select_doc(self, change: dict) -> None:
        if change.get("new") is not None:
            self._show_doc(change["new"], self.corpus.docs[change["new"]])

    @controls.guarded("draw chart")
    def _on_view_tab(self, change: dict) -> None:
        if change.get("new") == CHART_TAB and self._chart_stale:
            self._refresh_chart()

    @controls.guarded("filter the articles")
    def _on_filter(self, _value: object) -> None:
        """Only the articles kept in the list and the corpus chart (the current one if it stays)."""
        options = self._doc_options()
        values = [value for _, value in options]
        if values:  # with no article kept, the list stays as it was (an article must be on screen)
            current = self.doc_select.value
            self.doc_select.options = options
            self.doc_select.value = current if current in values else values[0]
        if self.chart_scope.value == "corpus":
            self._chart_stale = True
            self._refresh_chart()
        note = "" if values else "; no article matches, so the article list is unchanged"
        self._info(f"{len(values)} of {len(self.corpus)} articles: {self.filters.value}{note}")

    @controls.guarded("draw chart")
    def _on_chart_scope(self, change: dict) -> None:
        self._chart_stale = True
        self._refresh_chart()

    # -- changing the rules ---------------------------------------------------------------
    def apply(self, rules: RuleSet, what: str = "change") -> bool:
        """Use ``rules`` (an undoable step); True if they differ from the current ones."""
        if rules == self.rules:
            self._info(f"{what}: the rules are unchanged")
            return False
        self._run(rules, what)
        self.history = self.history[: self.position + 1] + [rules]
        self.position += 1
        self._sync_editors()
        return True

    def _run(self, rules: RuleSet, what: str) -> None:
        """Re-run the rule layer where ``rules`` can change something; show the result."""
        try:
            update = self.corpus.update(
                rules, first=self.doc_select.value, on_first=self._show_doc,
                on_progress=lambda done, total: self._info(f"{what}: updating the corpus… {done}/{total}"))
        except Exception:
            self._show_doc(self.doc_select.value, self.doc)  # the view may show the rejected rules
            raise
        self.last_update = update
        self.last_diff = update.diff()
        self.diff.value = format_diff(self.last_diff, what)
        if self.chart_scope.value == "corpus":
            self._chart_stale = True
            self._refresh_chart()
        self._ok(f"{what} · {self.last_diff.summary()} · {update.seconds * 1000:.0f} ms")

    def _step(self, target: int, what: str) -> None:
        if not 0 <= target < len(self.history):
            self._info(f"nothing to {what}")
            return
        self._run(self.history[target], what)
        self.position = target
        self._sync_editors()

    @controls.guarded("undo")
    def _on_undo(self, _button: Any = None) -> None:
        self._step(self.position - 1, "undo")

    @controls.guarded("redo")
    def _on_redo(self, _button: Any = None) -> None:
        self._step(self.position + 1, "redo")

    # entity patterns
    def _selected(self, select: widgets.Select, what: str) -> Any:
        if select.value is None:
            raise RuleError(f"select a {what} in the list first", what)
        return select.value

    @controls.guarded("add pattern")
    def _on_add_pattern(self, _button: Any = None) -> None:
        new = with_pattern(self.rules, self.pattern_label.value, self.pattern_text.value, self.pattern_name.value)
        added = new.entity_patterns[-1]
        if self.apply(new, f"added {added['label']} pattern {format_pattern(added['pattern'])}"):
            self.pattern_text.value = ""

    @controls.guarded("replace pattern")
    def _on_replace_pattern(self, _button: Any = None) -> None:
        index = self._selected(self.pattern_list, "pattern")
        new = with_pattern(self.rules, self.pattern_label.value, self.pattern_text.value,
                           self.pattern_name.value, index=index)
        self.apply(new, f"replaced pattern {index + 1}")

    @controls.guarded("delete pattern")
    def _on_delete_pattern(self, _button: Any = None) -> None:
        index = self._selected(self.pattern_list, "pattern")
        gone = self.rules.entity_patterns[index]
        self.apply(without_pattern(self.rules, index),
                   f"deleted {gone['label']} pattern {format_pattern(gone['pattern'])}")

    @controls.guarded("select pattern")
    def _on_pick_pattern(self, change: dict) -> None:
        if self._syncing or change.get("new") is None:
            return
        pattern = self.rules.entity_patterns[change["new"]]
        self.pattern_label.value = pattern["label"]
        self.pattern_text.value = format_pattern(pattern["pattern"])
        self.pattern_name.value = pattern.get("name", "")

    # aliases
    @controls.guarded("add alias")
    def _on_add_alias(self, _button: Any = None) -> None:
        new = with_alias(self.rules, self.alias_canonical.value, self.alias_variants.value)
        canonical = " ".join(self.alias_canonical.value.split())
        self.apply(new, f"alias {canonical} ← {', '.join(new.aliases[canonical])}")
        self._warn_unmatched(f"alias {canonical}", new.aliases[canonical])

    def _warn_unmatched(self, what: str, variants: list[str]) -> None:
        """Say which variants occur nowhere in the corpus (they change nothing), with near-misses."""
        docs = self.corpus.docs
        names = {e.text for doc in docs for e in doc.ents}
        misses = unmatched_variants(variants, (doc.text for doc in docs), names)
        if misses:
            parts = [f"{v!r}" + (f" (closest: {', '.join(close)})" if close else "") for v, close in misses.items()]
            self.last_warning = f"{what}: no match in the corpus for {'; '.join(parts)}"
            self.status.value = format_status(self.last_warning + f" · {self.status_message}", "warn")

    @controls.guarded("delete alias")
    def _on_delete_alias(self, _button: Any = None) -> None:
        canonical = self._selected(self.alias_list, "alias")
        self.apply(without_alias(self.rules, canonical), f"deleted alias {canonical}")

    @controls.guarded("select alias")
    def _on_pick_alias(self, change: dict) -> None:
        if self._syncing or change.get("new") is None:
            return
        self.alias_canonical.value = change["new"]
        self.alias_variants.value = "\n".join(self.rules.aliases.get(change["new"], []))

    # speech verbs and quote marks
    @controls.guarded("speech verbs")
    def _on_apply_verbs(self, _button: Any = None) -> None:
        new = with_speech_verbs(self.rules, self.speech_verbs.value)
        added = [v for v in new.speech_verbs if v not in self.rules.speech_verbs]
        removed = [v for v in self.rules.speech_verbs if v not in new.speech_verbs]
        what = "speech verbs" + "".join(
            f" {sign}{', '.join(verbs)}" for sign, verbs in (("+", added), ("-", removed)) if verbs)
        self.apply(new, what)

    @controls.guarded("source markers")
    def _on_apply_sources(self, _button: Any = None) -> None:
        old = set(self.rules.source_markers)
        new = with_words(self.rules, "source_markers", self.source_markers.value)
        self.apply(new, "source markers")
        self._warn_unmatched("source markers", [m for m in new.source_markers if m not in old])

    @controls.guarded("titles")
    def _on_apply_titles(self, _button: Any = None) -> None:
        new = with_words(self.rules, "titles", self.titles.value)
        self.apply(new, "titles")

    @controls.guarded("quote marks")
    def _on_apply_marks(self, _button: Any = None) -> None:
        self.apply(with_quote_marks(self.rules, self.quote_marks.value), "quote marks")

    # relation rules
    def _relation_from_form(self) -> dict:
        return relation_rule(self.rules, self.relation_name.value, self.relation_subject.value,
                             self.relation_verbs.value, self.relation_object.value, self.relation_label.value)

    @controls.guarded("add relation rule")
    def _on_add_relation(self, _button: Any = None) -> None:
        rule = self._relation_from_form()
        self.apply(with_relation_rule(self.rules, rule), f"added relation rule {rule['name']}")

    @controls.guarded("replace relation rule")
    def _on_replace_relation(self, _button: Any = None) -> None:
        index = self._selected(self.relation_list, "relation rule")
        rule = self._relation_from_form()
        self.apply(with_relation_rule(self.rules, rule, index), f"replaced relation rule {index + 1}")

    @controls.guarded("delete relation rule")
    def _on_delete_relation(self, _button: Any = None) -> None:
        index = self._selected(self.relation_list, "relation rule")
        name = self.rules.relation_rules[index]["name"]
        self.apply(without_relation_rule(self.rules, index), f"deleted relation rule {name}")

    @controls.guarded("select relation rule")
    def _on_pick_relation(self, change: dict) -> None:
        if self._syncing or change.get("new") is None:
            return
        rule = self.rules.relation_rules[change["new"]]
        self.relation_name.value = rule["name"]
        self.relation_subject.value = tuple(rule["subject"])
        self.relation_verbs.value = ", ".join(rule["verbs"])
        self.relation_object.value = tuple(rule["object"])
        self.relation_label.value = rule["label"]

    # files
    def _path(self) -> str:
        path = self.rules_path.value.strip()
        if not path:
            raise RuleError("type the name of a rules file first", "file")
        return os.path.expanduser(path)

    @controls.guarded("save")
    def _on_save(self, _button: Any = None) -> None:
        path = self._path()
        existed = os.path.exists(path)
        try:
            written = save_rules(self.rules, path)
        except OSError as err:
            raise RuleError(f"cannot write the file: {err.strerror or err}", path) from err
        backup = f" (previous version kept as {written.name}.bak)" if existed else ""
        self._ok(f"saved the rules to {written}{backup}")

    @controls.guarded("load")
    def _on_load(self, _button: Any = None) -> None:
        path = self._path()
        loaded = load_rules(path)
        if not self.apply(loaded, f"loaded {path}"):
            self._info(f"loaded {path}: the same rules as now")
