"""``Review``: a keyboard-driven queue to check the kit's attributions and keep the corrections.

The widget only wires things: :mod:`kit.records.review` orders the queue (most doubtful first),
makes the decisions and writes them as gold JSON Lines (the schema of ``shared/reference``), so
``python -m kit evaluate quotes review.jsonl`` scores the kit against the analyst's corrections.

>>> review = kit.Review(docs, nlp, path="review.jsonl")   # the last expression of a cell shows it
>>> review.key_box.value = "a"          # accept the quote shown (the key box takes one letter at a time)
>>> review.speaker.value = "Sergio Mattarella"   # Enter in the box: the speaker is corrected
>>> review.quotes_table()            # the quotes with the decisions applied and a ``review`` column

Keys (typed in the key box, which keeps the focus): ``a`` accept (next), ``x`` reject (next),
``1``–``9`` the speaker is entity n of the list, ``s`` type a speaker, ``d``/``i``/``m``/``o``
kind direct/indirect/mixed/other, ``f`` fix the span, ``u`` undo, ``n``/``p`` next/previous. Every
decision is saved at once (atomically) to ``path``; an existing file is read back on start.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
from spacy.language import Language
from spacy.tokens import Doc

from ..model import QUOTE_KINDS
from ..records import parse_doc
from ..records.diff import CorpusDiff
from ..records.review import (Decision, Key, QueueItem, decide, gold_articles, queue, read_decisions,
                              reviewed_records, save_gold)
from ..records.tables import quotes_table
from . import controls
from . import templates as T
from .panes import format_diff, format_status
from .render import render_html
from .templates import esc

#: characters of context shown on each side of the quote (cut at paragraph breaks)
CONTEXT_CHARS = 500
KIND_KEYS = {"d": "direct", "i": "indirect", "m": "mixed", "o": "other"}
KEY_HELP = ("a accept · x reject · 1–9 speaker = entity n · s type a speaker · d/i/m/o kind · "
            "f fix span · u undo · n/p next/previous")


def context_record(record: Mapping, quote: Mapping, width: int = CONTEXT_CHARS) -> dict:
    """The part of ``record`` around ``quote`` (its paragraph, the cue and the speaker's mention,
    up to ``width`` characters each side) as a record of its own, offsets shifted."""
    text = record["text"]
    spans = [(quote["start"], quote["end"])]
    for part in ("cue", "speaker_mention"):
        value = quote.get(part)
        if isinstance(value, Mapping) and isinstance(value.get("start"), int):
            spans.append((value["start"], value["end"]))
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    left = text.rfind("\n", max(0, lo - width), lo) + 1 or max(0, lo - width)
    right = text.find("\n", hi, min(len(text), hi + width))
    right = min(len(text), hi + width) if right == -1 else right
    if lo - left >= width:
        left = lo - width
    inside = lambda s: s["start"] >= left and s["end"] <= right  # noqa: E731

    def shift(span: Mapping | None) -> dict | None:
        if not isinstance(span, Mapping) or not isinstance(span.get("start"), int) or not inside(span):
            return None
        return {**span, "start": span["start"] - left, "end": span["end"] - left}

    quotes = []
    for q in record.get("quotes") or ():
        if inside(q):
            quotes.append({**q, "start": q["start"] - left, "end": q["end"] - left,
                           "cue": shift(q.get("cue")), "speaker_mention": shift(q.get("speaker_mention"))})
    ents = [{**e, "start": e["start"] - left, "end": e["end"] - left} for e in record.get("ents") or () if inside(e)]
    prefix = "…" if left > 0 else ""
    return {"id": record.get("id"), "title": record.get("title"), "text": text[left:right],
            "ents": ents, "quotes": quotes, "offset": left, "prefix": prefix}


class Review(widgets.VBox):
    """Check the kit's attributions, most doubtful first, and keep the corrections as gold data.

    ``docs``: analysed Docs (or their records); ``nlp``: the pipeline that made them, needed only
    to turn a correction into an alias or title rule; ``path``: the gold JSONL file (read back if
    it exists, written after every decision); ``changed``: a :class:`~kit.records.diff.CorpusDiff`
    (e.g. ``tuner.last_diff``) or keys ``(doc_id, start, end)`` of quotes a rule change altered.
    """

    def __init__(self, docs: Any, nlp: Language | None = None, path: str | os.PathLike = "review.jsonl",
                 changed: CorpusDiff | Iterable[Key] | None = None) -> None:
        super().__init__()
        items = [docs] if isinstance(docs, (Doc, Mapping)) else list(docs)
        if not items:
            raise ValueError("no documents to review: give analysed Docs (kit.analyze)")
        self.nlp = nlp
        self._docs = [d for d in items if isinstance(d, Doc)]
        self.base_records = [_indexed(parse_doc(d) if isinstance(d, Doc) else d) for d in items]
        self.path = Path(path)
        self.decisions: dict[Key, Decision] = {}
        self.history: list[tuple[Key, Decision | None]] = []
        self.corpus = None  # a CachedCorpus, made when a rule is first previewed
        self.pending_rule = None
        self.last_error: str | None = None
        self._syncing = False
        self._build()
        if self.path.exists():
            self.decisions = read_decisions(self.path, self.base_records)
        self.items: list[QueueItem] = queue(self.base_records, changed_keys(changed), self._pairs())
        self.position = 0
        self._show()
        self._info(f"{len(self.items)} quotes to review ({len(self.decisions)} already reviewed in "
                   f"{self.path}); most doubtful first.")

    # -- state ------------------------------------------------------------------------------
    @property
    def item(self) -> QueueItem | None:
        return self.items[self.position] if self.items else None

    @property
    def records(self) -> list[dict]:
        """The records with the decisions applied (rejected quotes out, ``review`` on each quote)."""
        return reviewed_records(self.base_records, self.decisions)

    def quotes_table(self):
        """:func:`kit.quotes_table` of the reviewed records (with a ``review`` column)."""
        return quotes_table(self.records)

    def render_html(self, **kwargs: Any) -> str:
        """:func:`kit.render_html` of the reviewed records: reviewed quotes carry a ✓."""
        return render_html(self.records, **kwargs)

    def provenance(self) -> dict:
        """:func:`kit.provenance` of the reviewed documents, with the review file."""
        from ..origin import provenance

        return provenance(self.records, self.nlp, review=self.path)

    def evaluate(self) -> dict:
        """The kit scored against the saved review (what ``python -m kit evaluate quotes PATH``
        prints), with the pipeline given to the queue; ``scores["text"]`` is the printed form."""
        from ..evaluate import evaluate_quotes, format_scores

        if self.nlp is None:
            raise ValueError("pass the pipeline (kit.Review(docs, nlp)) to evaluate against the review")
        if not self.decisions:
            raise ValueError("nothing reviewed yet: accept, correct or reject a few quotes first")
        scores = evaluate_quotes(self.nlp, self.path)
        scores["text"] = format_scores(scores)
        return scores

    def gold(self) -> list[dict]:
        """The reviewed articles in the gold schema (what the file holds)."""
        return gold_articles(self.base_records, self.decisions)

    def __repr__(self) -> str:
        return f"Review({len(self.items)} quotes, {len(self.decisions)} reviewed, path={str(self.path)!r})"

    def _record(self, item: QueueItem) -> dict:
        return self.base_records[item.doc_index]

    def _pairs(self) -> tuple:
        if self.nlp is not None and "kit_quotes" in self.nlp.pipe_names:
            from ..pipeline import get_rules

            marks = get_rules(self.nlp).quote_marks
            if marks:
                return tuple(tuple(p) for p in marks)
        from ..quotemarks import DEFAULT_PAIRS

        return DEFAULT_PAIRS

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = widgets.HTML()
        self.status = widgets.HTML()
        self.context = widgets.HTML(layout=widgets.Layout(max_height="45vh", overflow="auto"))
        self.key_box = widgets.Text(placeholder="keys: " + KEY_HELP, continuous_update=True,
                                 layout=widgets.Layout(width="auto"))
        self.key_box.observe(self._on_keys, names="value")
        self.entity_list = widgets.HTML()
        self.speaker = widgets.Combobox(placeholder="speaker: pick an entity or type a name, then Enter",
                                        ensure_option=False, continuous_update=False,
                                        layout=widgets.Layout(width="auto"))
        self.speaker.observe(self._on_speaker, names="value")
        self.kind = widgets.ToggleButtons(options=list(QUOTE_KINDS), tooltips=[
            "direct (d)", "indirect (i)", "mixed (m)", "other: not speech (o)"],
            style={"button_width": "auto"})
        self.kind.observe(self._on_kind, names="value")
        self.span_start = widgets.BoundedIntText(description="start", min=0, max=10**9,
                                                 layout=widgets.Layout(width="11em"))
        self.span_end = widgets.BoundedIntText(description="end", min=0, max=10**9,
                                               layout=widgets.Layout(width="11em"))
        self.span_button = controls.button("Fix span", "set the quote's content to these offsets (f)", icon="crop")
        self.span_button.on_click(self._on_span)
        self.accept_button = controls.button("Accept", "the attribution is right (a)", "success", "check")
        self.reject_button = controls.button("Reject", "not a quotation (x)", "danger", "times")
        self.undo_button = controls.button("Undo", "undo the last decision (u)", icon="undo")
        self.prev_button = controls.button("Previous", "previous quote (p)", icon="arrow-left")
        self.next_button = controls.button("Next", "next quote (n)", icon="arrow-right")
        for b, handler in ((self.accept_button, self.accept), (self.reject_button, self.reject),
                           (self.undo_button, self.undo), (self.prev_button, self.previous),
                           (self.next_button, self.next)):
            b.on_click(lambda _b, h=handler: h())
        self.alias_button = controls.button("Alias rule…", "make the kit's mention an alias of the corrected "
                                            "speaker; shows what it changes in the corpus first", icon="magic")
        self.title_button = controls.button("Title rule…", "add the kit's description (il portavoce) to the "
                                            "titles; shows what it changes first", icon="magic")
        self.apply_rule_button = controls.button("Apply rule", "apply the rule shown above", "warning", "check")
        self.cancel_rule_button = controls.button("Cancel", "forget the rule shown above", icon="times")
        self.alias_button.on_click(lambda _b: self.preview_rule("alias"))
        self.title_button.on_click(lambda _b: self.preview_rule("title"))
        self.apply_rule_button.on_click(lambda _b: self.apply_rule())
        self.cancel_rule_button.on_click(lambda _b: self.cancel_rule())
        self.rule_diff = widgets.HTML()
        wrap = widgets.Layout(flex_flow="row wrap")
        self.children = [
            self.header, self.status, self.context, self.key_box,
            widgets.HBox([self.accept_button, self.reject_button, self.undo_button, self.prev_button,
                          self.next_button], layout=wrap),
            self.entity_list, self.speaker, self.kind,
            widgets.HBox([self.span_start, self.span_end, self.span_button], layout=wrap),
            widgets.HBox([self.alias_button, self.title_button, self.apply_rule_button,
                          self.cancel_rule_button], layout=wrap),
            self.rule_diff,
        ]
        self.children = [controls.css(), *self.children]
        self.add_class("kit-review")
        self.layout = widgets.Layout(width="100%", max_width="70em")

    # -- showing ----------------------------------------------------------------------------
    def _entities(self, record: Mapping) -> list[str]:
        """The article's canonical names, most mentioned first."""
        counts: dict[str, int] = {}
        for e in record.get("ents") or ():
            if e.get("label") in ("PER", "ORG", "LOC"):
                name = e.get("canonical") or e.get("text")
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda n: (-counts[n], n))

    def _current(self) -> tuple[QueueItem, dict, Decision | None]:
        item = self.item
        return item, self._record(item), self.decisions.get(item.key)

    def _show(self) -> None:
        if not self.items:
            self.header.value = T.TPL_REVIEW_HEADER.format(progress="no quotes to review", reasons="")
            self.context.value = ""
            return
        item, record, decision = self._current()
        view = reviewed_records([record], {item.key: decision} if decision else {})[0]
        quote = next((q for q in view["quotes"] if q.get("index") == item.quote.get("index")), None)
        number = int(item.quote.get("index", 0)) + 1
        state = decision.status if decision else "not reviewed"
        reasons = ", ".join(item.reasons) or "no doubt found"
        self.header.value = T.TPL_REVIEW_HEADER.format(
            progress=esc(f"quote {self.position + 1} of {len(self.items)} · {len(self.decisions)} reviewed · "
                         f"[{number}] in {record.get('title') or record.get('id')} · {state}"),
            reasons=esc(f"why: {reasons}"))
        part = context_record(view, quote if quote is not None else item.quote)
        self.context.value = render_html(part, show_legend=False, show_header=False)
        names = self._entities(record)
        self.entity_list.value = T.TPL_REVIEW_ENTITIES.format(items="".join(
            T.TPL_REVIEW_ENTITY.format(n=i, name=esc(n)) for i, n in enumerate(names[:9], 1)))
        current = decision or decide(record, item.quote, "accepted")
        self._syncing = True
        try:
            self.speaker.options = tuple(names)
            self.speaker.value = current.speaker or ""
            self.kind.value = current.kind
            self.span_end.value = current.end
            self.span_start.value = current.start
        finally:
            self._syncing = False

    def _info(self, message: str) -> None:
        self.last_error = None
        self.status.value = format_status(message)

    def _error(self, message: str, details: str | None = None) -> None:
        self.last_error = message
        self.status.value = format_status(message, "error", details)

    # -- decisions --------------------------------------------------------------------------
    def _decide(self, status: str, advance: bool, **changes: object) -> Decision | None:
        if not self.items:
            return None
        item, record, previous = self._current()
        decision = decide(record, item.quote, status, previous, **changes)
        self.history.append((item.key, previous))
        self.decisions[item.key] = decision
        self._save()
        if advance:
            self._advance()
        self._show()
        return decision

    def _save(self) -> None:
        save_gold(self.path, self.gold())

    def _advance(self) -> None:
        """To the next quote not reviewed yet (or the next one when all are)."""
        n = len(self.items)
        for step in range(1, n + 1):
            candidate = (self.position + step) % n
            if self.items[candidate].key not in self.decisions:
                self.position = candidate
                return
        self.position = min(self.position + 1, n - 1)

    @controls.guarded("accept")
    def accept(self) -> None:
        """The attribution is right (a correction already made stays a correction); next."""
        previous = self.decisions.get(self.item.key) if self.items else None
        status = "corrected" if previous is not None and previous.status == "corrected" else "accepted"
        self._decide(status, True)
        self._info("accepted")

    @controls.guarded("reject")
    def reject(self) -> None:
        """Not a quotation (or not one at all): it leaves the gold data; next."""
        self._decide("rejected", True)
        self._info("rejected")

    @controls.guarded("speaker")
    def set_speaker(self, name: str | None) -> None:
        """The speaker is ``name`` (an entity of the list or any name; empty: no speaker)."""
        d = self._decide("corrected", False, speaker=name)
        if d is not None:
            self._info(f"speaker: {d.speaker or 'none'} — press a to confirm and go on, or make it a rule")

    @controls.guarded("kind")
    def set_kind(self, kind: str) -> None:
        d = self._decide("corrected", False, kind=kind)
        if d is not None:
            self._info(f"kind: {d.kind}")

    @controls.guarded("span")
    def set_span(self, start: int, end: int) -> None:
        """The content is ``text[start:end]`` (without the marks)."""
        d = self._decide("corrected", False, start=int(start), end=int(end))
        if d is not None:
            text = self._record(self.item)["text"][d.start:d.end]
            self._info(f"span {d.start}:{d.end}: {text[:80]}" + ("…" if len(text) > 80 else ""))

    @controls.guarded("undo")
    def undo(self) -> None:
        """Undo the last decision (back to the analyst's previous one, or to not reviewed)."""
        if not self.history:
            self._info("nothing to undo")
            return
        key, previous = self.history.pop()
        if previous is None:
            self.decisions.pop(key, None)
        else:
            self.decisions[key] = previous
        self._save()
        self.position = next(i for i, it in enumerate(self.items) if it.key == key)
        self._show()
        self._info("undone")

    def next(self) -> None:
        if self.items:
            self.position = (self.position + 1) % len(self.items)
            self._show()

    def previous(self) -> None:
        if self.items:
            self.position = (self.position - 1) % len(self.items)
            self._show()

    # -- keyboard and editors ---------------------------------------------------------------
    @controls.guarded("key")
    def press(self, key: str) -> None:
        """What one key does (see the module's docstring)."""
        if key == "a":
            self.accept()
        elif key == "x":
            self.reject()
        elif key == "u":
            self.undo()
        elif key == "n":
            self.next()
        elif key == "p":
            self.previous()
        elif key in KIND_KEYS:
            self.kind.value = KIND_KEYS[key]
        elif key.isdigit() and key != "0":
            names = self._entities(self._record(self.item)) if self.items else []
            if int(key) > len(names):
                self._error(f"no entity {key}: the article lists {len(names)}")
                return
            self.speaker.value = names[int(key) - 1]
        elif key == "s":
            self.speaker.focus()
        elif key == "f":
            self.span_start.focus()
        elif not key.isspace():
            self._error(f"no action for {key!r}; keys: {KEY_HELP}")

    def _on_keys(self, change: dict) -> None:
        typed = change["new"]
        if not typed:
            return
        self.key_box.value = ""
        for key in typed.lower():
            self.press(key)

    def _on_speaker(self, change: dict) -> None:
        if not self._syncing and self.items:
            self.set_speaker(change["new"])
            self.key_box.focus()

    def _on_kind(self, change: dict) -> None:
        if not self._syncing and self.items and change["new"]:
            self.set_kind(change["new"])

    def _on_span(self, _button: Any = None) -> None:
        self.set_span(self.span_start.value, self.span_end.value)
        self.key_box.focus()

    # -- rules from corrections ---------------------------------------------------------------
    def _cached(self):
        if self.corpus is None:
            if self.nlp is None or len(self._docs) != len(self.base_records):
                raise ValueError("pass the pipeline (kit.Review(docs, nlp)) and analysed Docs to turn a "
                                 "correction into a rule")
            from ..corpus.incremental import CachedCorpus
            from ..pipeline import get_rules

            self.corpus = CachedCorpus(self._docs, self.nlp, get_rules(self.nlp))
        return self.corpus

    @controls.guarded("rule")
    def preview_rule(self, kind: str) -> None:
        """Show what an alias (the kit's mention → the corrected speaker) or a title (the kit's
        description) would change across the corpus; :meth:`apply_rule` keeps it."""
        from ..records.diff import diff_docs
        from ..rules.edit import with_alias

        item, record, decision = self._current()
        if decision is None or not decision.speaker or decision.speaker == item.quote.get("speaker"):
            raise ValueError("correct the speaker first: the rule maps the kit's mention to your speaker")
        mention = (item.quote.get("speaker_mention") or {}).get("text") or item.quote.get("speaker")
        if not mention:
            raise ValueError("the kit gave no mention for this quote: nothing to make a rule of")
        corpus = self._cached()
        rules = corpus.rules
        if kind == "alias":
            variants = list(rules.aliases.get(decision.speaker, [])) + [mention]
            new = with_alias(rules, decision.speaker, variants)
            what = f"alias {decision.speaker} ← {mention}"
        elif kind == "title":
            title = " ".join(mention.lower().split())
            if title in rules.titles:
                raise ValueError(f"{title!r} is already a title")
            new = rules.replace(titles=[*rules.titles, title])
            what = f"title {title!r}"
        else:
            raise ValueError(f"unknown rule kind {kind!r}: alias or title")
        before = corpus.docs
        update = corpus.update(new)
        diff = diff_docs(before, update.after)
        corpus.update(rules)  # only a preview: the rules stay as they were until Apply
        self.pending_rule = (new, what, diff)
        self.rule_diff.value = format_diff(diff, what)
        self._info(f"preview of {what}: {diff.summary()}; Apply rule keeps it")

    @controls.guarded("apply rule")
    def apply_rule(self) -> None:
        """Apply the rule previewed: the pipeline and the documents follow it; quotes it changed
        come first in the queue; decisions already taken are kept."""
        if self.pending_rule is None:
            raise ValueError("no rule to apply: preview one first")
        new, what, _ = self.pending_rule
        corpus = self._cached()
        update = corpus.update(new)
        diff = update.diff()
        self.pending_rule = None
        self.rule_diff.value = ""
        self._docs = list(corpus.docs)
        self.base_records = [_indexed(parse_doc(d)) for d in self._docs]
        key = self.item.key
        self.items = queue(self.base_records, changed_keys(diff), self._pairs())
        self.position = next((i for i, it in enumerate(self.items) if it.key == key), 0)
        self._show()
        self._info(f"applied {what}: {diff.summary()}")

    def cancel_rule(self) -> None:
        self.pending_rule = None
        self.rule_diff.value = ""
        self._info("rule forgotten")


def _indexed(record: Mapping) -> dict:
    """A copy of ``record`` whose quotes all carry their ``index`` (their badge number - 1)."""
    quotes = [{**q, "index": q["index"] if isinstance(q.get("index"), int) else i}
              for i, q in enumerate(record.get("quotes") or ())]
    return {**record, "quotes": quotes}


def changed_keys(changed: CorpusDiff | Iterable[Key] | None) -> set[Key]:
    """Keys ``(doc_id, start, end)`` of the quotes a diff says changed (speaker, or new)."""
    if changed is None:
        return set()
    if isinstance(changed, CorpusDiff):
        keys = set()
        for table in (changed.speakers_changed, changed.quotes_added):
            for row in table.itertuples():
                keys.add((str(row.doc_id), int(row.start), int(row.end)))
        return keys
    return {(str(d), int(s), int(e)) for d, s, e in changed}
