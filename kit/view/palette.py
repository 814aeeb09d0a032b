"""One palette for the HTML highlights and the matplotlib figures.

Colours are chosen to stay readable with dark text on a light background and to be told apart by
people with the common forms of colour blindness (after Okabe & Ito, lightened for backgrounds).
"""

from __future__ import annotations

import colorsys
import hashlib

#: background colour per entity label (HTML) and node colour (figures)
LABEL_COLORS: dict[str, str] = {
    "PER": "#f4b183",  # orange
    "ORG": "#9dc3e6",  # sky blue
    "LOC": "#a9d18e",  # green
    "MISC": "#d5a6e6",  # purple
}
#: stronger variants for lines, arrows, text and bar edges
LABEL_STRONG: dict[str, str] = {
    "PER": "#d55e00",
    "ORG": "#0072b2",
    "LOC": "#009e73",
    "MISC": "#9b59b6",
}
FALLBACK = "#dddddd"
FALLBACK_STRONG = "#666666"
#: quote shading per quote kind
QUOTE_COLORS: dict[str, str] = {
    "direct": "#fff2b3",
    "mixed": "#fff2b3",
    "indirect": "#e8f1d4",
    "other": "#eeeeee",
}
#: a cycle for telling speakers apart (quote i and its speaker share one)
SPEAKER_CYCLE: tuple[str, ...] = (
    "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#0072b2", "#d55e00", "#999933", "#882255",
    "#44aa99", "#332288", "#aa4499", "#117733",
)


def _extra(label: str) -> str:
    """A stable pastel colour for labels the palette does not name (analyst's own labels)."""
    digest = hashlib.sha1(label.encode("utf-8", "surrogatepass")).digest()
    hue = digest[0] / 255
    r, g, b = colorsys.hls_to_rgb(hue, 0.82, 0.55)
    return "#{:02x}{:02x}{:02x}".format(int(r * 255), int(g * 255), int(b * 255))


def color_for(label: str | None) -> str:
    """Background colour for an entity label."""
    if not label:
        return FALLBACK
    return LABEL_COLORS.get(label) or _extra(label)


def strong_color_for(label: str | None) -> str:
    """Line/text colour for an entity label."""
    if not label:
        return FALLBACK_STRONG
    return LABEL_STRONG.get(label, FALLBACK_STRONG)


def speaker_color(index: int) -> str:
    """Colour shared by quote number ``index`` and its speaker."""
    return SPEAKER_CYCLE[index % len(SPEAKER_CYCLE)]
