"""Display rendered articles in Jupyter: the only module of the kit that imports IPython.

``show(docs)`` displays at once; ``display_object(docs)`` returns a :class:`Rendered` that displays
itself as a cell's last expression. Both carry a MIME bundle of HTML with a Markdown and a
plain-text fallback, so a viewer that drops the HTML still shows who said what. Outside IPython
(a script, a terminal), ``show`` prints the plain-text view, and IPython is never imported.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from inspect import signature
from typing import Any

from ..records import as_records
from .article import Record
from .summary import render_bundle


def show(docs: object, **kwargs: Any) -> None:
    """Display one record/Doc or a list of them; keywords as for :func:`kit.view.render.render_html`.

    In IPython (Jupyter, the IPython shell) the MIME bundle is displayed; elsewhere its plain-text
    view is printed.
    """
    bundle = render_bundle(docs, **kwargs)
    if in_ipython():
        from IPython.display import display  # only where IPython already runs

        display(bundle, raw=True)
    else:
        print(bundle["text/plain"])


def in_ipython() -> bool:
    """True when running under IPython (it is then imported already: this imports nothing)."""
    ipython = sys.modules.get("IPython")
    return ipython is not None and ipython.get_ipython() is not None


@dataclass(frozen=True)
class Rendered:
    """Records with rendering options; displays as HTML with Markdown and text fallbacks."""

    records: tuple[Record, ...]
    options: Mapping[str, Any] = field(default_factory=dict)

    def bundle(self) -> dict[str, str]:
        """The full MIME bundle."""
        return render_bundle(list(self.records), **self.options)

    def _repr_mimebundle_(
        self, include: Iterable[str] | None = None, exclude: Iterable[str] | None = None
    ) -> dict[str, str]:
        """The bundle, limited to ``include`` and without ``exclude`` (IPython's protocol)."""
        bundle = self.bundle()
        if include:
            bundle = {k: v for k, v in bundle.items() if k in set(include)}
        if exclude:
            bundle = {k: v for k, v in bundle.items() if k not in set(exclude)}
        return bundle

    def _repr_html_(self) -> str:
        """The HTML alone (for tools that ask only for it)."""
        return self.bundle()["text/html"]

    def __repr__(self) -> str:
        return f"Rendered({len(self.records)} article{'s' * (len(self.records) != 1)})"


def display_object(docs: object, **kwargs: Any) -> Rendered:
    """A :class:`Rendered` for one record/Doc or a list (Docs are parsed once, here).

    Unknown keywords raise ``TypeError`` here, not later when the notebook displays the object.
    """
    signature(render_bundle).bind(None, **kwargs)
    return Rendered(tuple(as_records(docs)), dict(kwargs))
