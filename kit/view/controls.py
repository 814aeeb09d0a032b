"""Small ipywidgets factories with the kit's defaults (no update per keystroke, full width), and
the guard that shows a callback's error in the widget.

The rule tuner builds its editors from these, so every text box waits for Enter (or leaving the
box) before the rules are re-run, and every editor shows the schema's help for its rule key.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from ..rules import RuleError, field_info
from ..rules.edit import rule_message
from .panes import format_help

logger = logging.getLogger(__name__)


def css() -> widgets.HTML:
    """The widgets' own CSS (tab titles and buttons kept whole, rows that wrap), as a widget."""
    from .templates import TPL_WIDGET_CSS

    return widgets.HTML(TPL_WIDGET_CSS, layout=widgets.Layout(display="none"))


def help_text(key: str) -> widgets.HTML:
    """The schema's help text of a rule key, above its editor."""
    return widgets.HTML(format_help(field_info(key)["help"]))


def tabs(children: dict[str, widgets.Widget], layout: widgets.Layout | None = None) -> widgets.Tab:
    """A Tab with one titled tab per child, in order."""
    tab = widgets.Tab(children=list(children.values()), layout=layout or widgets.Layout())
    for i, title in enumerate(children):
        tab.set_title(i, title)
    return tab


def text(placeholder: str, description: str = "", width: str = "100%", **kwargs: Any) -> widgets.Text:
    return widgets.Text(placeholder=placeholder, description=description, continuous_update=False,
                        layout=widgets.Layout(width=width), **kwargs)


def textarea(placeholder: str, rows: int = 10, **kwargs: Any) -> widgets.Textarea:
    return widgets.Textarea(placeholder=placeholder, continuous_update=False, rows=rows,
                            layout=widgets.Layout(width="100%"), **kwargs)


def button(description: str, tooltip: str, style: str = "", icon: str = "") -> widgets.Button:
    return widgets.Button(description=description, tooltip=tooltip, button_style=style, icon=icon,
                          layout=widgets.Layout(width="auto"))


def guarded(action: str) -> Callable:
    """Run a widget callback; show any error in the widget's status line (its ``_error``), never a
    traceback lost in a log: a RuleError as a sentence, anything else with its traceback."""

    def decorate(method: Callable) -> Callable:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except RuleError as err:
                self._error(f"{action}: {rule_message(err)}")
            except Exception as err:  # noqa: BLE001 - shown to the analyst, with the traceback
                logger.exception("%s: %s failed", type(self).__name__, action)
                self._error(f"{action} failed: {type(err).__name__}: {err}", traceback.format_exc())
            return None

        return wrapper

    return decorate
