"""Widgets that filter a corpus by date and outlet: ``FilterControls`` and ``CorpusExplorer``.

They only wire things: the documents are analysed once, before; a filter change re-derives the
tables (:mod:`kit.records.tables`, :mod:`kit.records.filters`) and redraws the charts
(:mod:`kit.view.plots`), never re-running the pipeline. The markup is in
:mod:`kit.view.templates` (``TPL_EXPLORER_*``).

>>> explorer = kit.CorpusExplorer(docs)          # the last expression of a cell displays it
>>> explorer.filters.outlets.value = ("Gazzetta Civica",)
>>> explorer.quotes                               # the quotes of the articles kept

Every widget is a public attribute, so a test or a notebook can play the user by setting
``.value``; the numbers drawn are on ``explorer.axes[name]`` (see :mod:`kit.view.plots.timecharts`).
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable, Sequence

import ipywidgets as widgets
import pandas as pd
from matplotlib.axes import Axes

from ..records import as_records
from ..records.filters import DocFilter, filter_records, filter_table
from ..records.tables import documents_table, quotes_table, relations_table
from . import plots
from . import templates as T
from .html_tables import table_html
from .plots import timecharts
from .png import figure_base64
from .templates import esc

#: how a missing outlet is listed in the outlet selector
NO_OUTLET = "(no outlet)"
#: rows shown per table (the whole tables are attributes of the explorer)
MAX_ROWS = 100
VIEW_TITLES = ("Over time", "By outlet", "Who speaks about whom", "Quotes", "Articles")
QUOTE_COLUMNS = ["date", "source", "doc_id", "speaker", "kind", "text", "about"]
RELATION_COLUMNS = ["speaker", "target", "n_quotes", "doc_ids"]

def format_table(table: pd.DataFrame, columns: Sequence[str], max_rows: int = MAX_ROWS) -> str:
    """Some columns of a table as escaped HTML (lists joined, dates as days), at most ``max_rows``."""
    if table.empty:
        return T.TPL_EXPLORER_NOTE.format(text=esc("Nothing here for the articles selected."))
    return table_html(table, [c for c in columns if c in table.columns], max_rows,
                      "The first {shown} of {total} rows.")


def chart_html(draw: Callable[[Axes], Axes], size: tuple[float, float], alt: str) -> tuple[str, Axes]:
    """Draw on a new figure (no pyplot) and return it as an inline ``<img>``, with the Axes."""
    drawn: list[Axes] = []
    data = figure_base64(lambda ax: drawn.append(draw(ax)), size)
    return T.TPL_EXPLORER_IMG.format(alt=esc(alt), data=data), drawn[0]


class FilterControls(widgets.VBox):
    """A date range, an outlet selector and a switch for undated articles, for one corpus.

    ``dates`` and ``sources``: one value per document (timestamps or NaT; outlet names or None).
    ``value`` is the :class:`~kit.records.filters.DocFilter` set; ``kept`` the positions of the documents
    it keeps; ``on_change(callback)`` calls ``callback(value)`` after every change.
    """

    def __init__(self, dates: Sequence, sources: Sequence) -> None:
        super().__init__()
        self._dates = pd.Series(pd.to_datetime(pd.Series(list(dates), dtype=object))).dt.normalize()
        self._sources = [None if pd.isna(s) else str(s) for s in sources]
        if len(self._dates) != len(self._sources):
            raise ValueError(f"{len(self._dates)} dates but {len(self._sources)} sources: one of each per document")
        self._callbacks: list[Callable[[DocFilter], None]] = []
        days = sorted(self._dates.dropna().unique())
        self.days = [pd.Timestamp(day) for day in days]
        self.date_range = widgets.SelectionRangeSlider(
            options=[(day.strftime("%Y-%m-%d"), day) for day in self.days] or [("no dates", None)],
            index=(0, max(len(self.days) - 1, 0)), description="dates", continuous_update=False,
            disabled=not self.days, layout=widgets.Layout(width="95%"))
        counts = Counter(self._sources)
        names = sorted((s for s in counts if s is not None), key=lambda s: (-counts[s], s))
        options = [(f"{name} ({counts[name]})", name) for name in names]
        if None in counts:
            options.append((f"{NO_OUTLET} ({counts[None]})", NO_OUTLET))
        self.outlets = widgets.SelectMultiple(options=options, value=[value for _, value in options],
                                              rows=min(max(len(options), 2), 6), description="outlets")
        n_undated = int(self._dates.isna().sum())
        self.undated = widgets.Checkbox(value=True, description=f"articles without a date ({n_undated})",
                                        disabled=n_undated == 0, indent=False)
        self.reset_button = widgets.Button(description="All articles", icon="undo",
                                           tooltip="select every date and outlet again")
        self.summary = widgets.HTML()
        for control in (self.date_range, self.outlets, self.undated):
            control.observe(self._changed, names="value")
        self.reset_button.on_click(self.reset)
        self.children = [self.date_range, widgets.HBox([self.outlets, widgets.VBox([self.undated,
                                                                                     self.reset_button])]),
                         self.summary]
        self._show_summary()

    @property
    def value(self) -> DocFilter:
        start = end = None
        if self.days:
            low, high = self.date_range.index
            if (low, high) != (0, len(self.days) - 1):
                start, end = self.days[low].date(), self.days[high].date()
        chosen = set(self.outlets.value)
        every = {value for _, value in self.outlets.options}
        sources = None if chosen == every else frozenset(None if v == NO_OUTLET else v for v in chosen)
        return DocFilter(start, end, sources, bool(self.undated.value))

    @property
    def kept(self) -> list[int]:
        mask = self.value.mask(self._dates, self._sources)
        return [i for i, keep in enumerate(mask) if keep]

    def on_change(self, callback: Callable[[DocFilter], None]) -> None:
        self._callbacks.append(callback)

    def reset(self, _button: object = None) -> None:
        """Every date, every outlet, undated articles included (one change notification)."""
        callbacks, self._callbacks = self._callbacks, []
        try:
            if self.days:
                self.date_range.index = (0, len(self.days) - 1)
            self.outlets.value = tuple(value for _, value in self.outlets.options)
            self.undated.value = True
        finally:
            self._callbacks = callbacks
        self._changed()

    def _show_summary(self) -> None:
        n, total = len(self.kept), len(self._sources)
        self.summary.value = T.TPL_EXPLORER_SUMMARY.format(text=esc(f"{n} of {total} articles · {self.value}"))

    def _changed(self, _change: object = None) -> None:
        self._show_summary()
        for callback in self._callbacks:
            callback(self.value)


class CorpusExplorer(widgets.VBox):
    """Tables and charts of analysed documents, by date and outlet, filtered live.

    ``docs``: analysed Docs or their records. The tabs show quotes per speaker over time, the
    busiest speaker -> target pairs over time, speakers' shares by outlet, the network, the
    quotes and the articles, for the articles the filters keep.
    """

    def __init__(self, docs: object, top_n: int = 8, max_rows: int = MAX_ROWS) -> None:
        super().__init__()
        self.records = as_records(docs)
        self.top_n, self.max_rows = top_n, max_rows
        self.all_documents = documents_table(self.records)
        self.all_quotes = quotes_table(self.records)
        self.filters = FilterControls(self.all_documents["date"], self.all_documents["source"])
        self.axes: dict[str, Axes] = {}
        self.last_error: str | None = None
        self.error = widgets.HTML()
        self.over_time, self.by_outlet, self.network = widgets.HTML(), widgets.HTML(), widgets.HTML()
        self.quotes_view, self.documents_view = widgets.HTML(), widgets.HTML()
        self.views = widgets.Tab(children=[self.over_time, self.by_outlet, self.network, self.quotes_view,
                                           self.documents_view])
        for i, title in enumerate(VIEW_TITLES):
            self.views.set_title(i, title)
        self._stale: set[int] = set()
        self.filters.on_change(self._on_filter)
        self.views.observe(self._on_view, names="selected_index")
        self.children = [self.filters, self.error, self.views]
        self.refresh()

    # -- the tables for the articles kept ------------------------------------------------------
    @property
    def filter(self) -> DocFilter:
        return self.filters.value

    @property
    def kept_records(self) -> list[dict]:
        return filter_records(self.records, self.filter)

    @property
    def documents(self) -> pd.DataFrame:
        return filter_table(self.all_documents, self.filter)

    @property
    def quotes(self) -> pd.DataFrame:
        return filter_table(self.all_quotes, self.filter)

    def relations(self, by: str | list[str] | None = None) -> pd.DataFrame:
        return relations_table(self.kept_records, by=by)

    # -- drawing -------------------------------------------------------------------------------
    def refresh(self, views: Sequence[int] | None = None) -> None:
        """Redraw ``views`` (tab positions; all by default) for the current filter. Errors are
        shown in the widget, and raised."""
        views = list(range(len(VIEW_TITLES)) if views is None else views)
        try:
            quotes = self.quotes
            for index in views:
                self._draw(index, quotes)
                self._stale.discard(index)
        except Exception as err:  # shown in the widget: a callback's error would otherwise vanish
            self.last_error = f"{type(err).__name__}: {err}"
            self.error.value = T.TPL_EXPLORER_ERROR.format(text=esc(self.last_error + "\n" + traceback.format_exc()))
            raise
        self.last_error = None
        self.error.value = ""

    def _draw(self, index: int, quotes: pd.DataFrame) -> None:
        top = self.top_n
        if index == 0:
            speakers, self.axes["over_time"] = chart_html(
                lambda ax: timecharts.plot_speakers_over_time(quotes, ax=ax, top_n=top), (10, 4.2),
                "quotes per speaker over time")
            pairs, self.axes["pairs"] = chart_html(
                lambda ax: timecharts.plot_pairs_over_time(quotes, ax=ax), (10, 3.6),
                "who speaks about whom over time")
            table = format_table(self.relations(by="month"), ["month", *RELATION_COLUMNS], self.max_rows)
            self.over_time.value = T.TPL_EXPLORER_BLOCK.format(cls="kit-explorer-time", content=speakers + pairs
                                                    + T.TPL_EXPLORER_HEADING.format(text="Who speaks about whom, by month")
                                                    + table)
        elif index == 1:
            heatmap, self.axes["by_outlet"] = chart_html(
                lambda ax: timecharts.plot_outlet_heatmap(quotes, ax=ax, top_n=top + 4), (9, 6),
                "speakers by outlet")
            table = format_table(self.relations(by="source"), ["source", *RELATION_COLUMNS], self.max_rows)
            self.by_outlet.value = T.TPL_EXPLORER_BLOCK.format(cls="kit-explorer-outlets", content=heatmap
                                                    + T.TPL_EXPLORER_HEADING.format(text="Who speaks about whom, by outlet")
                                                    + table)
        elif index == 2:
            relations = self.relations()
            network, self.axes["network"] = chart_html(
                lambda ax: plots.plot_network(relations, ax=ax), (9, 7), "who speaks about whom")
            self.network.value = T.TPL_EXPLORER_BLOCK.format(cls="kit-explorer-network", content=network + format_table(
                relations, RELATION_COLUMNS, self.max_rows))
        elif index == 3:
            self.quotes_view.value = T.TPL_EXPLORER_BLOCK.format(cls="kit-explorer-quotes", content=format_table(
                quotes, QUOTE_COLUMNS, self.max_rows))
        else:
            self.documents_view.value = T.TPL_EXPLORER_BLOCK.format(cls="kit-explorer-documents", content=format_table(
                self.documents, ["date", "source", "doc_id", "title", "n_quotes"], self.max_rows))

    def _on_filter(self, _value: DocFilter) -> None:
        """Redraw the view on screen now, the others when they are shown."""
        self._stale = set(range(len(VIEW_TITLES)))
        try:
            self.refresh([self.views.selected_index or 0])
        except Exception:  # already shown in self.error; a widget callback must not raise
            pass

    def _on_view(self, change: dict) -> None:
        index = change.get("new")
        if index in self._stale:
            try:
                self.refresh([index])
            except Exception:
                pass

    def __repr__(self) -> str:
        return f"CorpusExplorer({len(self.filters.kept)} of {len(self.records)} articles; {self.filter})"
