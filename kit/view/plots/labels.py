"""Label placement for the network chart: labels pushed apart so they do not overlap.

Placement works in display space (points), at every draw, because it depends on the figure size
and dpi. :func:`place_labels` tries spots around each node and :func:`repel_boxes` pushes the
remaining overlaps apart; both are pure numpy functions, tested without a figure.
"""

from __future__ import annotations

import numpy as np
from matplotlib.artist import Artist
from matplotlib.backend_bases import RendererBase
from matplotlib.lines import Line2D
from matplotlib.text import Text


Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1 in display units


class LabelRepeller(Artist):
    """Invisible artist, drawn first, that places the node labels so they don't overlap.

    Placement happens in display space at every draw, because it depends on the figure size and
    dpi (text keeps its point size while the data scale changes).
    """

    def __init__(self, texts: list[Text], leaders: list[Line2D], anchors: np.ndarray,
                 radii_points: np.ndarray) -> None:
        super().__init__()
        self.texts, self.leaders = texts, leaders
        self.anchors, self.radii_points = anchors, radii_points
        self.set_zorder(-100)
        self.set_in_layout(False)

    def draw(self, renderer: RendererBase) -> None:
        ax = self.axes
        if ax is None or not self.texts:
            return
        anchors = ax.transData.transform(self.anchors)
        radii = self.radii_points * renderer.points_to_pixels(1.0)
        sizes = np.array([_text_size(text, renderer) for text in self.texts])
        pad = renderer.points_to_pixels(2.0)
        box = ax.bbox
        centres = place_labels(anchors, radii, sizes, pad, bounds=(box.x0, box.y0, box.x1, box.y1))
        data = ax.transData.inverted().transform(centres)
        far = np.hypot(*(centres - anchors).T) > radii + sizes.max(axis=1) / 2 + 3 * pad
        for text, leader, anchor, centre, is_far in zip(self.texts, self.leaders, self.anchors, data, far):
            text.set_position(tuple(centre))
            leader.set_data([anchor[0], centre[0]], [anchor[1], centre[1]])
            leader.set_visible(bool(is_far))  # a thin line back to the node only when far from it
        self.stale = False


def _text_size(text: Text, renderer: RendererBase) -> tuple[float, float]:
    extent = text.get_window_extent(renderer)
    return extent.width, extent.height


def place_labels(
    anchors: np.ndarray,
    radii: np.ndarray,
    sizes: np.ndarray,
    pad: float = 2.0,
    bounds: Bounds | None = None,
) -> np.ndarray:
    """Label centres next to their nodes (anchors, radii), avoiding labels, nodes and edges of view.

    Greedy first (each label, busiest node first, takes the free-est of 8 spots around its node),
    then a relaxation pushes apart whatever still overlaps. All values are in display units.
    """
    anchors, radii = np.asarray(anchors, dtype=float), np.asarray(radii, dtype=float)
    sizes = np.asarray(sizes, dtype=float)
    centres = np.empty_like(anchors)
    node_boxes = np.column_stack([anchors, 2 * radii, 2 * radii])
    for i in range(len(anchors)):
        options = _candidate_spots(anchors[i], radii[i], sizes[i], pad)
        placed = np.column_stack([centres[:i], sizes[:i] + pad])
        cost = (_overlap_area(options, sizes[i], placed)
                + 0.3 * _overlap_area(options, sizes[i], np.delete(node_boxes, i, axis=0))
                + 3.0 * _outside_area(options, sizes[i], bounds)
                + np.arange(len(options)) * 1e-3)  # ties: the earlier (nicer) spot wins
        centres[i] = options[int(np.argmin(cost))]
    return repel_boxes(centres, sizes, pad, bounds)


def _candidate_spots(anchor: np.ndarray, radius: float, size: np.ndarray, pad: float) -> np.ndarray:
    """Centres of a label of ``size`` below, above, right, left and diagonal to a node."""
    half_w, half_h = size / 2
    dx, dy = radius + half_w + pad, radius + half_h + pad
    diag_x, diag_y = 0.7 * radius + half_w, 0.7 * radius + half_h
    offsets = np.array([
        (0, -dy), (0, dy), (dx, 0), (-dx, 0),
        (diag_x, -diag_y), (-diag_x, -diag_y), (diag_x, diag_y), (-diag_x, diag_y),
        (0, -dy - 2 * half_h), (0, dy + 2 * half_h),
    ])
    return anchor + offsets


def _overlap_area(centres: np.ndarray, size: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Total overlap of a box of ``size`` at each of ``centres`` with ``boxes`` (cx, cy, w, h)."""
    if len(boxes) == 0:
        return np.zeros(len(centres))
    reach = (size[None, None, :] + boxes[None, :, 2:]) / 2
    overlap = np.clip(reach - np.abs(centres[:, None, :] - boxes[None, :, :2]), 0, None)
    return (overlap[..., 0] * overlap[..., 1]).sum(axis=1)


def _outside_area(centres: np.ndarray, size: np.ndarray, bounds: Bounds | None) -> np.ndarray:
    if bounds is None:
        return np.zeros(len(centres))
    x0, y0, x1, y1 = bounds
    low, high = centres - size / 2, centres + size / 2
    out_x = np.clip(x0 - low[:, 0], 0, None) + np.clip(high[:, 0] - x1, 0, None)
    out_y = np.clip(y0 - low[:, 1], 0, None) + np.clip(high[:, 1] - y1, 0, None)
    return out_x * size[1] + out_y * size[0]


def repel_boxes(
    centres: np.ndarray,
    sizes: np.ndarray,
    pad: float = 2.0,
    bounds: Bounds | None = None,
    iterations: int = 200,
) -> np.ndarray:
    """Move boxes (centres, width/height) apart until none overlap, staying inside ``bounds``.

    Each step pushes every overlapping pair apart, half each, along the axis where they overlap
    least (usually vertically, as labels are wide).
    """
    centres = np.array(centres, dtype=float)
    half = np.asarray(sizes, dtype=float) / 2 + pad / 2
    index = np.arange(len(centres))
    for _ in range(iterations):
        delta = centres[None, :, :] - centres[:, None, :]  # [i, j] = j - i
        overlap = half[None, :, :] + half[:, None, :] - np.abs(delta)
        hit = (overlap[..., 0] > 0) & (overlap[..., 1] > 0) & (index[:, None] != index[None, :])
        if not hit.any():
            break
        along_x = overlap[..., 0] < overlap[..., 1]
        # boxes at the same spot are told apart by index, so they move in opposite directions
        tie = np.where(index[:, None] < index[None, :], 1.0, -1.0)[..., None]
        sign = np.where(delta == 0, tie, np.sign(delta))
        shift = np.zeros_like(delta)
        shift[..., 0] = np.where(hit & along_x, overlap[..., 0] * sign[..., 0], 0)
        shift[..., 1] = np.where(hit & ~along_x, overlap[..., 1] * sign[..., 1], 0)
        centres -= 0.5 * shift.sum(axis=1)
        if bounds is not None:
            centres = _clamp(centres, half, bounds)
    return centres


def _clamp(centres: np.ndarray, half: np.ndarray, bounds: Bounds) -> np.ndarray:
    x0, y0, x1, y1 = bounds
    low = np.array([x0, y0]) + half
    high = np.maximum(np.array([x1, y1]) - half, low)
    return np.clip(centres, low, high)
