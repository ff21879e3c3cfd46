"""The diagram's area name, shown on hover and focus, placed so it meets WCAG 1.4.13 (content on hover or focus).

Each area's name has one place at a given size, found the first time it is shown: beside the area (above,
below, left or right of it, the margin beside the figure included) where the name and the short way to it
from the area's edge cover no other area, nearest the area's middle. There the pointer moves from the area
onto the name over the map's background only, and the name stays. Where the map has no such place (the
chin, between lips and neck), the name touches its area, is drawn on top, and holds the pointer while it
is on it; a click on it opens its own area. Either way a name never moves while the pointer moves."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from core.records import VIEWS
from ui.alpha_scan import AlphaGrid
from ui.lazy_qt import Qt
from ui.touch_targets import blank_image

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ui.diagram_view import DiagramView

GAP = 5.0  # px between the area's edge and its name, where there is room
EDGE = 4.0  # px the name keeps from the view's edges
PAD_X, PAD_Y = 12.0, 6.0  # inside the name's box
RADIUS = 8.0
STEP = 3.0  # px between the columns (or rows) of an area's edge tried in turn
OCCUPIED = 24  # an alpha this high on a mask is an area's (its antialiased rim too)
_MARKS = bytes(int(value >= OCCUPIED) for value in range(256))  # an alpha byte to 1 on an area, else 0
SHIFTS = (0.0, -0.25, 0.25, -0.4, 0.4)  # the box along the edge, in its own lengths: centred first
SIDE_COST = {"above": 0.0, "below": 6.0, "left": 12.0, "right": 12.0}


class Placement(NamedTuple):
    """Where one area's name is drawn, and where the pointer keeps it shown."""

    box: QRectF  # the name's box
    reach: QRectF  # the box and the way to it from the area: off every area here, the name stays
    clear: bool  # whether box and way lie off every other area (else the name is drawn over them, on top)


class _Edge(NamedTuple):
    """One point of an area's edge on one side, with the boxes that could stand there."""

    way: QRectF  # from the edge to the boxes' near side, across the gap
    boxes: tuple[tuple[QRectF, float], ...]  # each with what its shift along the edge adds to the cost
    cost: float  # the side's, and how far the point is from the area's middle


class AreaLabel:
    """One diagram's area names: their places at the current size, the pointer's rules, and the drawing."""

    def __init__(self, view: DiagramView) -> None:
        self._view = view
        self._key: tuple[object, ...] = ()
        self._held: object = None  # the region caches the places were found for (kept, so their id is no other's)
        self._placed: dict[str, Placement] = {}
        self._grids: dict[str, AlphaGrid] = {}
        self._rects: dict[str, QRectF] = {}
        self._links: list[QRectF] = []
        self._all: AlphaGrid | None = None  # every area in one image (see _occupied)

    # -- what is shown --------------------------------------------------------------------------

    def font(self) -> QFont:
        font = QFont(self._view.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def placement(self, region_id: str, text: str) -> Placement:
        """Where `region_id`'s name `text` goes at the view's current size (found once, then kept)."""
        caches = self._view.region_caches()
        font = self.font()
        key = (id(caches), font.key(), self._view.size().toTuple())
        if key != self._key or self._held is not caches:
            self._key, self._held = key, caches
            self._placed.clear()
            self._grids.clear()
            self._rects = {region_id: QRectF(cache.rect) for region_id, cache in caches.items()}
            self._links = [rect for rect in map(self._view.view_link_rect, VIEWS) if not rect.isEmpty()]
            self._all = None
        if region_id not in self._placed:
            metrics = QFontMetricsF(font)
            size = (metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)
            self._placed[region_id] = self._place(region_id, size)
        return self._placed[region_id]

    def paint(self, painter: QPainter, box: QRectF, text: str, background: str, foreground: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setFont(self.font())
        painter.setPen(QColor(foreground))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def area_at(self, point: QPointF, shown: str, text: str, hovered: str, *, pressed: bool) -> str:
        """The area under the pointer while `shown`'s name is up: the name's own on it (drawn on top), else the
        shape's; off every shape, on the way from the hovered area to its name (not for a press), still that."""
        placement = self.placement(shown, text)
        if placement.box.contains(point):
            return shown
        region = self._view.region_at(point)
        if region or pressed or shown != hovered:
            return region
        return shown if placement.reach.contains(point) else ""

    # -- finding a place ------------------------------------------------------------------------

    def _place(self, region_id: str, size: tuple[float, float]) -> Placement:
        room = QRectF(self._view.rect()).adjusted(EDGE, EDGE, -EDGE, -EDGE - self._view.bottom_reserve())
        best: tuple[float, QRectF, QRectF] | None = None  # cost, box, way
        for side in SIDE_COST:
            for edge in self._edges(region_id, side, size, GAP, SHIFTS):
                if best is not None and edge.cost >= best[0]:
                    break  # a side's edges come nearest the area's middle first
                if not self._way_clear(edge.way, region_id):
                    continue
                box = next((b for b, cost in edge.boxes if room.contains(b) and self._box_clear(b)), None)
                if box is not None:
                    best = (edge.cost, box, edge.way)
                    break
        if best is not None:
            _, box, way = best
            return Placement(box, box.united(way), True)
        return Placement(self._on_top(region_id, size, room), QRectF(), False)

    def _on_top(self, region_id: str, size: tuple[float, float], room: QRectF) -> QRectF:
        """No clear place: the box overlapping the area's edge (no gap to cross), on the side where it covers least
        of the others (the area's middle nearest, as ever)."""
        best: tuple[float, QRectF] | None = None
        for side in SIDE_COST:
            for edge in self._edges(region_id, side, size, -1.0, (0.0,)):
                box = edge.boxes[0][0]
                if room.contains(box):
                    score = self._covered(box, region_id) + edge.cost
                    if best is None or score < best[0]:
                        best = (score, box)
                    break
        if best is not None:
            return best[1]
        box = QRectF(0, 0, *size)
        box.moveCenter(self._rects[region_id].center())
        return box

    def _edges(
        self, region_id: str, side: str, size: tuple[float, float], gap: float, shifts: tuple[float, ...]
    ) -> Iterator[_Edge]:
        """The area's edge on one side, column by column (above, below) or row by row (left, right), those nearest
        the area's middle first; each with boxes joined to it there, `gap` px off."""
        rect = self._rects[region_id]
        grid = self._grid(region_id)
        ratio = self._view.devicePixelRatioF()
        width, height = size
        upright = side in ("above", "below")
        outwards = -1.0 if side in ("above", "left") else 1.0
        span, thick = (width, height) if upright else (height, width)
        length = rect.width() if upright else rect.height()
        centre = rect.center()
        for index in sorted(range(int(length / STEP) + 1), key=lambda i: abs(i * STEP - length / 2)):
            edge = self._edge(grid, side, int(index * STEP * ratio))
            if edge is None:
                continue
            along = (rect.left() if upright else rect.top()) + index * STEP
            at = (rect.top() if upright else rect.left()) + edge / ratio  # where the shape ends, across the side
            point = QPointF(along, at) if upright else QPointF(at, along)
            near = at + outwards * gap  # the box's side that faces the area
            low, way_from, way_to = min(near, near + outwards * thick), min(at, near), max(at, near)
            boxes = []
            for shift in shifts:
                start = along - span / 2 + shift * span
                box = QRectF(start, low, width, height) if upright else QRectF(low, start, width, height)
                boxes.append((box, abs(shift) * span / 4))
            if upright:
                way = QRectF(along - 2, way_from, 4, way_to - way_from)
            else:
                way = QRectF(way_from, along - 2, way_to - way_from, 4)
            yield _Edge(way, tuple(boxes), SIDE_COST[side] + (point - centre).manhattanLength() / 2)

    @staticmethod
    def _edge(grid: AlphaGrid, side: str, index: int) -> int | None:
        """Where the shape ends on one side, in device pixels from its rect's top (above, below) or left (left,
        right), along its column or row `index`; None where the shape misses that line."""
        upright = side in ("above", "below")
        if not 0 <= index < (grid.width if upright else grid.height):
            return None
        marked = (grid.column(index) if upright else grid.row(index)).translate(_MARKS)
        if side in ("above", "left"):
            first = marked.find(1)
            return None if first < 0 else first
        last = marked.rfind(1)
        return None if last < 0 else last + 1

    def _box_clear(self, box: QRectF) -> bool:
        """Whether the box (and a little around it) lies off every area, its own too (a name hides nothing), and off
        the shapes that open another view."""
        box = box.adjusted(-2, -2, 2, 2)
        if any(link.intersects(box) for link in self._links):
            return False
        return not _pixels(self._occupied(), QRectF(self._view.rect()), box, self._view.devicePixelRatioF(), True)

    def _way_clear(self, way: QRectF, region_id: str) -> bool:
        ratio = self._view.devicePixelRatioF()
        return not any(_pixels(self._grid(r), self._rects[r], way, ratio, True) for r in self._others(way, region_id))

    def _covered(self, box: QRectF, region_id: str) -> float:
        ratio = self._view.devicePixelRatioF()
        return sum(_pixels(self._grid(r), self._rects[r], box, ratio, False) for r in self._others(box, region_id))

    def _others(self, box: QRectF, skip: str) -> list[str]:
        return [r for r, rect in self._rects.items() if r != skip and rect.intersects(box)]

    def _grid(self, region_id: str) -> AlphaGrid:
        if region_id not in self._grids:
            self._grids[region_id] = AlphaGrid(self._view.region_mask(region_id))
        return self._grids[region_id]

    def _occupied(self) -> AlphaGrid:
        """Every area's shape in one image of the view (made once a size)."""
        if self._all is None:
            view = self._view
            image = blank_image(QRectF(view.rect()), view.devicePixelRatioF())
            painter = QPainter(image)
            for region_id, rect in self._rects.items():
                painter.drawImage(rect.topLeft(), view.region_mask(region_id))
            painter.end()
            self._all = AlphaGrid(image)
        return self._all


def _pixels(grid: AlphaGrid, at: QRectF, box: QRectF, ratio: float, first: bool) -> int:
    """How many of `grid`'s pixels (an image drawn at `at`) under `box` are an area's, in device pixels; with
    `first`, 1 as soon as one is found."""
    part = box.intersected(at).translated(-at.topLeft())
    if part.isEmpty():
        return 0
    left, right = max(0, int(part.left() * ratio)), min(grid.width, int(part.right() * ratio) + 1)
    count = 0
    for y in range(max(0, int(part.top() * ratio)), min(grid.height, int(part.bottom() * ratio) + 1)):
        found = grid.row(y)[left:right].translate(_MARKS).count(1)
        if found and first:
            return 1
        count += found
    return count
