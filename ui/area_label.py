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

KEPT = 6  # diagrams (at a size) whose names' places are kept while another is shown
CELL = 4  # px a side of the squares the view is tested in for where a name's box may go
MARK_COST = 1e6  # a name on top of other areas hides no caution mark where another side would not
GAP = 5.0  # px between the area's edge and its name, where there is room
EDGE = 4.0  # px the name keeps from the view's edges
PAD_X, PAD_Y = 12.0, 6.0  # inside the name's box
RADIUS = 8.0
STEP = 4.0  # px between the columns (or rows) of an area's edge tried in turn
HIT_ALPHA = 128  # as the diagram hit-tests its shapes
OCCUPIED = 24  # an alpha this high on a mask is an area's (its antialiased rim too)
_MARKS = bytes(int(value >= OCCUPIED) for value in range(256))  # an alpha byte to 1 on an area, else 0
SHIFTS = (0.0, -0.25, 0.25, -0.4, 0.4)  # the box along the edge, in its own lengths: centred first
SIDE_COST = {"above": 0.0, "below": 6.0, "left": 12.0, "right": 12.0}


def _wrap() -> int:
    """Centred, broken into lines where too long (read when a name is first shown: see ui.lazy_qt)."""
    return int(Qt.AlignmentFlag.AlignCenter.value) | int(Qt.TextFlag.TextWordWrap.value)


class Placement(NamedTuple):
    """Where one area's name is drawn, and where the pointer keeps it shown."""

    box: QRectF  # the name's box
    reach: QRectF  # the area's rect, the box and the way between: off every area here, the name stays
    clear: bool  # whether box and way lie off every other area (else the name is drawn over them, on top)
    entry: QPointF  # the point of the area's edge the way starts from (just inside the area)


class _Edge(NamedTuple):
    """One point of an area's edge on one side, with the boxes that could stand there."""

    way: QRectF  # from the edge to the boxes' near side, across the gap
    boxes: tuple[tuple[QRectF, float], ...]  # each with what its shift along the edge adds to the cost
    cost: float  # the side's, and how far the point is from the part's middle
    entry: QPointF  # the point, just inside the area


class AreaLabel:
    """One diagram's area names: their places at the current size, the pointer's rules, and the drawing."""

    def __init__(self, view: DiagramView) -> None:
        self._view = view
        self._key: tuple[object, ...] = ()
        self._held: object = None  # the diagram the places were found for (kept, so its id names no other)
        self._placed: dict[tuple[str, int], Placement] = {}
        self._parts: dict[str, list[tuple[int, int]]] = {}
        self._grids: dict[str, AlphaGrid] = {}
        self._rects: dict[str, QRectF] = {}
        self._links: list[QRectF] = []
        self._all: AlphaGrid | None = None  # every area in one image (see _occupied)
        # What was found for each diagram at this size, as the view keeps what it drew: a view switch finds again.
        self._kept: dict[tuple[object, ...], tuple[object, ...]] = {}

    # -- what is shown --------------------------------------------------------------------------

    def font(self) -> QFont:
        font = QFont(self._view.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def placement(self, region_id: str, text: str, near_x: float | None = None) -> Placement:
        """Where `region_id`'s name `text` goes at the view's current size (found once, then kept): beside the
        side-by-side part of the area (one eye, one arm) at `near_x`, or the one nearest its middle."""
        slot = self._slot(region_id, near_x)
        if slot not in self._placed:
            self._placed[slot] = self._place(region_id, self._parts_of(region_id)[slot[1]], self._size(text))
        return self._placed[slot]

    def known(self, region_id: str, near_x: float | None = None) -> Placement | None:
        """That place if it was found already (None: finding it takes a few milliseconds)."""
        return self._placed.get(self._slot(region_id, near_x))

    def _slot(self, region_id: str, near_x: float | None) -> tuple[str, int]:
        diagram, drawn = self._view.drawn_as()
        key = (*drawn, self.font().key())
        if key != self._key or self._held is not diagram:
            self._switch(key, diagram)
        parts = self._parts_of(region_id)
        rect = self._rects[region_id]
        at = ((rect.center().x() if near_x is None else near_x) - rect.left()) * self._view.devicePixelRatioF()
        return region_id, min(range(len(parts)), key=lambda i: _distance(at, parts[i]))

    def _switch(self, key: tuple[object, ...], diagram: object) -> None:
        """Another diagram or size: take back what was found for it (the shapes are the same), or start afresh."""
        if self._held is not None:
            self._kept[self._key] = (
                self._held,
                self._placed,
                self._parts,
                self._grids,
                self._rects,
                self._links,
                self._all,
            )
        kept = self._kept.pop(key, None)
        if kept is not None and kept[0] is diagram:
            self._held, self._placed, self._parts, self._grids, self._rects, self._links, self._all = kept  # type: ignore[assignment]
        else:
            self._held, self._placed, self._parts, self._grids, self._all = diagram, {}, {}, {}, None
            self._rects = {region_id: self._view.region_rect(region_id) for region_id in self._view.region_ids()}
            self._links = [rect for rect in map(self._view.view_link_rect, VIEWS) if not rect.isEmpty()]
        self._key = key
        while len(self._kept) > KEPT:
            self._kept.pop(next(iter(self._kept)))

    def _size(self, text: str) -> tuple[float, float]:
        """The name's box: one line, or as many as it takes to fit the view's width (large text, a narrow map)."""
        metrics = QFontMetricsF(self.font())
        widest = self._view.width() - 2 * EDGE - 2 * PAD_X
        if metrics.horizontalAdvance(text) <= widest:
            return metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y
        lines = metrics.boundingRect(QRectF(0, 0, widest, 10_000), _wrap(), text)
        return lines.width() + 2 * PAD_X, lines.height() + 2 * PAD_Y

    def _parts_of(self, region_id: str) -> list[tuple[int, int]]:
        """The area's side-by-side parts (both eyes, both arms) as runs of its mask's columns, device pixels."""
        if region_id not in self._parts:
            grid = self._grid(region_id)
            filled = grid.columns_reached(range(0, grid.height, 2), OCCUPIED)
            parts, start = [], None
            for x, full in enumerate([*filled, False]):
                if full and start is None:
                    start = x
                elif not full and start is not None:
                    if x - start >= 4:  # a stray speck of antialiasing is no part
                        parts.append((start, x))
                    start = None
            self._parts[region_id] = parts or [(0, grid.width)]
        return self._parts[region_id]

    def paint(self, painter: QPainter, box: QRectF, text: str, background: str, foreground: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setFont(self.font())
        painter.setPen(QColor(foreground))
        painter.drawText(box, _wrap(), text)

    def area_at(self, point: QPointF, shown: Placement, shown_id: str, *, pressed: bool) -> str:
        """The area under the pointer while the hovered area `shown_id`'s name is up: the name's own on it (drawn on
        top), else the shape's; off every shape, on the way to its name, still the hovered one (a press there opens
        nothing)."""
        if shown.box.contains(point):
            return shown_id
        region = self._view.region_at(point)
        return region or ("" if pressed or not shown.reach.contains(point) else shown_id)

    # -- finding a place ------------------------------------------------------------------------

    def _place(self, region_id: str, part: tuple[int, int], size: tuple[float, float]) -> Placement:
        room = QRectF(self._view.rect()).adjusted(EDGE, EDGE, -EDGE, -EDGE - self._view.bottom_reserve())
        best: _Edge | None = None
        found = QRectF()
        for side in SIDE_COST:
            for edge in self._edges(region_id, part, side, size, GAP, SHIFTS, room):
                if best is not None and edge.cost >= best.cost:
                    break  # a side's edges come nearest the area's middle first
                if not self._way_clear(edge.way, region_id):
                    continue
                box = next((b for b, cost in edge.boxes if room.contains(b) and self._box_clear(b)), None)
                if box is not None:
                    best, found = edge, box
                    break
        # Off every shape, between the area and its name (or around the area), the name stays: a pointer on its way
        # need not keep to the straight line. Other areas there take the pointer as ever.
        around = self._rects[region_id]
        if best is not None:
            return Placement(found, found.united(best.way).united(around), True, best.entry)
        box, entry = self._on_top(region_id, part, size, room)
        return Placement(box, box.united(around), False, entry)

    def _on_top(
        self, region_id: str, part: tuple[int, int], size: tuple[float, float], room: QRectF
    ) -> tuple[QRectF, QPointF]:
        """No clear place: the box overlapping the area's edge (no gap to cross), on the side where it covers least
        of the others (the area's middle nearest, as ever)."""
        best: tuple[float, QRectF, QPointF] | None = None
        for side in SIDE_COST:
            for edge in self._edges(region_id, part, side, size, -1.0, (0.0,), room):
                box = edge.boxes[0][0]
                if room.contains(box):
                    hidden = sum(MARK_COST for mark in self._view.caution_rects() if mark.intersects(box))
                    score = self._covered(box, region_id) + edge.cost + hidden
                    if best is None or score < best[0]:
                        best = (score, box, edge.entry)
                    break
        if best is not None:
            return best[1], best[2]
        box = QRectF(0, 0, *size)  # no room anywhere beside it: over the area itself, within the view
        anchor = self._view.anchor_of(region_id)
        box.moveCenter(anchor)
        box.moveLeft(max(room.left(), min(box.left(), room.right() - box.width())))
        box.moveTop(max(room.top(), min(box.top(), room.bottom() - box.height())))
        return box, anchor if box.contains(anchor) else self._inside(region_id, box) or anchor

    def _inside(self, region_id: str, box: QRectF) -> QPointF | None:
        """A point of the area under the box (the pointer there is on the name at once), or None."""
        view = self._view
        for y in range(round(box.top()) + 4, round(box.bottom()) - 3, 4):
            for x in range(round(box.left()) + 4, round(box.right()) - 3, 4):
                if view.region_at(QPointF(x, y)) == region_id:
                    return QPointF(x, y)
        return None

    def _edges(
        self,
        region_id: str,
        part: tuple[int, int],
        side: str,
        size: tuple[float, float],
        gap: float,
        shifts: tuple[float, ...],
        room: QRectF,
    ) -> Iterator[_Edge]:
        """The edge of one part of the area on one side, column by column (above, below) or row by row (left,
        right), those nearest the part's middle first; each with boxes joined to it there, `gap` px off."""
        rect = self._rects[region_id]
        grid = self._grid(region_id)
        ratio = self._view.devicePixelRatioF()
        width, height = size
        upright = side in ("above", "below")
        outwards = -1.0 if side in ("above", "left") else 1.0
        span, thick = (width, height) if upright else (height, width)
        lo, hi = part
        first, length = (lo / ratio, (hi - lo) / ratio) if upright else (0.0, rect.height())
        centre = QPointF(rect.left() + (lo + hi) / 2 / ratio, rect.center().y())
        for index in sorted(range(int(length / STEP) + 1), key=lambda i: abs(i * STEP - length / 2)):
            line = int((first + index * STEP) * ratio)
            edge = self._edge(grid, side, line, part)
            if edge is None:
                continue
            depth = round(edge - 3 * outwards * ratio)  # where the way starts: 3 px inside, where a click opens it
            if not 0 <= depth < (grid.height if upright else grid.width):
                continue
            if (grid.at(line, depth) if upright else grid.at(depth, line)) < HIT_ALPHA:
                continue  # the shape's thin rim at its side: the pointer would not be on it
            along = (rect.left() if upright else rect.top()) + first + index * STEP
            at = (rect.top() if upright else rect.left()) + edge / ratio  # where the shape ends, across the side
            point = QPointF(along, at) if upright else QPointF(at, along)
            near = at + outwards * gap  # the box's side that faces the area
            low, way_from, way_to = min(near, near + outwards * thick), min(at, near), max(at, near)
            boxes = []
            lowest, highest = (room.left(), room.right()) if upright else (room.top(), room.bottom())
            for shift in shifts:
                # Moved along the edge into the view when it would stick out, still over the point it is joined at.
                start = max(lowest, min(along - span / 2 + shift * span, highest - span))
                if not start + 4 <= along <= start + span - 4:
                    continue
                box = QRectF(start, low, width, height) if upright else QRectF(low, start, width, height)
                boxes.append((box, abs(start + span / 2 - along) / 4))
            if not boxes:
                continue
            if upright:
                way = QRectF(along - 2, way_from, 4, way_to - way_from)
            else:
                way = QRectF(way_from, along - 2, way_to - way_from, 4)
            inside = point - QPointF(0, 3 * outwards) if upright else point - QPointF(3 * outwards, 0)
            yield _Edge(way, tuple(boxes), SIDE_COST[side] + (point - centre).manhattanLength() / 2, inside)

    @staticmethod
    def _edge(grid: AlphaGrid, side: str, index: int, part: tuple[int, int]) -> int | None:
        """Where the shape ends on one side, in device pixels from its rect's top (above, below) or left (left,
        right), along its column or row `index` (a row within the part's columns); None where it misses it."""
        upright = side in ("above", "below")
        if not 0 <= index < (grid.width if upright else grid.height):
            return None
        start = 0 if upright else part[0]
        marked = (grid.column(index) if upright else grid.row(index)[part[0] : part[1]]).translate(_MARKS)
        if side in ("above", "left"):
            first = marked.find(1)
            return None if first < 0 else start + first
        last = marked.rfind(1)
        return None if last < 0 else start + last + 1

    def _box_clear(self, box: QRectF) -> bool:
        """Whether the box (and a little around it) lies off every area, its own too (a name hides nothing), and off
        the shapes that open another view."""
        box = box.adjusted(1, 1, -1, -1)  # the squares keep it off an area by up to CELL px already
        if any(link.intersects(box) for link in self._links):
            return False
        grid = self._occupied()
        left, right = max(0, int(box.left() // CELL)), min(grid.width, int(box.right() // CELL) + 1)
        top, bottom = max(0, int(box.top() // CELL)), min(grid.height, int(box.bottom() // CELL) + 1)
        return not any(grid.row(y)[left:right].count(0) < right - left for y in range(top, bottom))

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
        """Every area's shape in one image of the view, a pixel for each CELL by CELL square, not 0 where any
        area is (made once a size): a name's box is tested a few rows at a time."""
        if self._all is None:
            view = self._view
            ratio = view.devicePixelRatioF()
            width, height = -(-view.width() // CELL), -(-view.height() // CELL)
            image = blank_image(QRectF(0, 0, width * CELL, height * CELL), ratio)
            painter = QPainter(image)
            for region_id, rect in self._rects.items():
                painter.drawImage(rect.topLeft(), view.region_mask(region_id))
            painter.end()
            # An average over each square: any area's pixel there (of the alpha OCCUPIED counts) leaves it above 0.
            image = image.scaled(
                width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self._all = AlphaGrid(image)
        return self._all


def _distance(x: float, part: tuple[int, int]) -> float:
    return 0.0 if part[0] <= x < part[1] else min(abs(x - part[0]), abs(x - part[1]))


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
