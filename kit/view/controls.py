"""Small ipywidgets factories with the kit's defaults: no update per keystroke, full width.

The rule tuner builds its editors from these, so every text box waits for Enter (or leaving the
box) before the rules are re-run, and every editor shows the schema's help for its rule key.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from ..rules import field_info
from .panes import format_help


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
