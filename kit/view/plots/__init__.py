"""Charts of who speaks about whom, for one article or a whole corpus (one module per chart).

Every function takes the kit's tables (pandas DataFrames from ``kit.records.tables``) and an optional
matplotlib ``ax``, draws on it and returns it; a figure is created only when ``ax`` is None. Nothing
here calls ``plt.show()``, switches the backend or changes rcParams, so the figures render the same
inline in a notebook and when saved as PNG or SVG.

For large corpora the functions keep the ``top_n`` most active names and fold the rest into an
``"altri"`` (others) row, column or line, so a 5,000-article corpus still gives a readable figure.
Empty input gives an empty Axes with a centred message instead of an exception; a table that has
rows but lacks required columns raises ``ValueError`` naming them.

What each function drew is also stored on the returned Axes, for tests and for curious users:

* ``plot_network``: ``ax.kit_graph`` (``networkx.DiGraph``; node attributes ``label``, ``activity``,
  ``is_speaker``, ``size``; edge attributes ``weight`` = n_quotes and ``width`` in points;
  ``G.graph["left_out"]`` = nodes and ``G.graph["edges_left_out"]`` = edges not drawn);
* ``plot_heatmap``: ``ax.kit_matrix`` (DataFrame speaker x target, in drawing order);
* ``plot_top_speakers`` / ``plot_top_targets``: ``ax.kit_counts`` (Series, largest first);
* ``plot_quotes_over_time``: ``ax.kit_table`` (DataFrame period x speaker) and ``ax.kit_freq``.
"""

from .bars import plot_top_speakers, plot_top_targets
from .common import (
    AXIS_QUOTES, AXIS_SPEAKER, AXIS_TARGET, FREQ_NAMES, GREY, LABEL_WIDTH, LEGEND_SPEAKER,
    LEGEND_TARGET, LIGHT_GREY, MSG_NO_DATES, MSG_NO_QUOTES, MSG_NO_RELATIONS, OTHER, TIME_KINDS,
    TITLE_HEATMAP, TITLE_NETWORK, TITLE_OVER_TIME, TITLE_SPEAKERS, TITLE_TARGETS, UNKNOWN,
    shorten,
)
from .labels import place_labels, repel_boxes
from .matrix import plot_heatmap, relation_matrix, seriate
from .network import plot_network
from .timecharts import plot_outlet_heatmap, plot_pairs_over_time, plot_speakers_over_time
from .timeline import plot_quotes_over_time

__all__ = [
    "plot_outlet_heatmap", "plot_pairs_over_time", "plot_speakers_over_time",
    "AXIS_QUOTES", "AXIS_SPEAKER", "AXIS_TARGET", "FREQ_NAMES", "GREY", "LABEL_WIDTH",
    "LEGEND_SPEAKER", "LEGEND_TARGET", "LIGHT_GREY", "MSG_NO_DATES", "MSG_NO_QUOTES",
    "MSG_NO_RELATIONS", "OTHER", "TIME_KINDS", "TITLE_HEATMAP", "TITLE_NETWORK",
    "TITLE_OVER_TIME", "TITLE_SPEAKERS", "TITLE_TARGETS", "UNKNOWN", "place_labels",
    "plot_heatmap", "plot_network", "plot_quotes_over_time", "plot_top_speakers",
    "plot_top_targets", "relation_matrix", "repel_boxes", "seriate", "shorten",
]
