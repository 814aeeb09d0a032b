"""Matplotlib figures as PNG images, for HTML that works offline (the report, the rule tuner).

Each image is drawn on a Figure of its own (never pyplot: no global state, no backend switch).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable

from matplotlib.axes import Axes
from matplotlib.figure import Figure


def figure_png(draw: Callable[[Axes], object], size: tuple[float, float], dpi: int = 100,
               title: str = "") -> bytes:
    """Call ``draw(ax)`` on a new figure of ``size`` inches and return it as PNG bytes."""
    figure = Figure(figsize=size, layout="constrained")
    draw(figure.add_subplot())
    if title:
        figure.suptitle(title, fontsize=10)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()


def figure_base64(draw: Callable[[Axes], object], size: tuple[float, float], dpi: int = 100,
                  title: str = "") -> str:
    """:func:`figure_png` as base64 text, for a ``data:image/png;base64,`` URL."""
    return base64.b64encode(figure_png(draw, size, dpi, title)).decode("ascii")
