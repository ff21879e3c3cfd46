"""Finger-sized hit areas on a diagram: a region's shape grown outwards, and shapes that open another view.

A kiosk's visitors tap with a finger about 48 px across, so a thin region (an arm is 26 px wide at some
sizes) gets a hit area grown by a margin on every side. It is grown in two steps, half the margin then
all of it, and a tap is given to the first region it falls in at the smallest step: where two regions
are near, each keeps the side nearer to it, so a grown area never takes a tap from a neighbour's shape."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from core.records import VIEWS, Diagram
from core.region_documents import region_document

KIOSK_MARGIN = 16  # px added on each side: the arms' narrowest 26 px become more than 48
HIT_ALPHA = 128
VIEW_LINK_PREFIX = "view-"  # a shape with the id view-face (in a hidden layer) opens the face view


def blank_image(rect: QRectF, ratio: float) -> QImage:
    """A transparent image of `rect`'s size at device resolution. Cleared by painting, not by QImage.fill,
    whose overloads take Qt's enums (see ui.lazy_qt): masks are made for the first frame too."""
    image = QImage((rect.size() * ratio).toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.eraseRect(QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def alpha_at(image: QImage, rect: QRectF, point: QPointF) -> int:
    """The opacity of `image` (drawn at `rect`) under `point`; 0 outside it."""
    ratio = image.devicePixelRatio()
    px = int((point.x() - rect.left()) * ratio)
    py = int((point.y() - rect.top()) * ratio)
    if 0 <= px < image.width() and 0 <= py < image.height():
        return image.pixelColor(px, py).alpha()
    return 0


class GrownRegions:
    """The grown hit areas of one diagram at one size, made the first time a tap misses every shape."""

    def __init__(self, margin: float) -> None:
        self.margin = margin
        self._masks: dict[tuple[str, int], tuple[QImage, QRectF]] = {}

    def clear(self) -> None:
        self._masks.clear()

    def region_at(
        self, diagram: Diagram, target: QRectF, rects: dict[str, QRectF], ratio: float, point: QPointF
    ) -> str:
        """The region whose grown area covers `point`, nearest first; '' when none does."""
        if self.margin <= 0:
            return ""
        for step in (1, 2):
            grow = self.margin * step / 2
            for region_id, rect in rects.items():
                if not rect.adjusted(-grow, -grow, grow, grow).contains(point):
                    continue
                mask, where = self._mask(diagram, target, rect, ratio, region_id, step)
                if alpha_at(mask, where, point) >= HIT_ALPHA:
                    return region_id
        return ""

    def _mask(
        self, diagram: Diagram, target: QRectF, rect: QRectF, ratio: float, region_id: str, step: int
    ) -> tuple[QImage, QRectF]:
        key = (region_id, step)
        if key not in self._masks:
            grow = self.margin * step / 2
            where = rect.adjusted(-grow - 2, -grow - 2, grow + 2, grow + 2)
            image = blank_image(where, ratio)
            painter = QPainter(image)
            at = target.translated(-where.topLeft())
            for document in (
                region_document(diagram, region_id),
                region_document(diagram, region_id, outline=True, width=2 * grow),
            ):
                QSvgRenderer(QByteArray(document)).render(painter, at)
            painter.end()
            self._masks[key] = (image, where)
        return self._masks[key]


class ViewLinks:
    """Shapes of a diagram that open another view (the head on a body view opens the face), read by id
    from the diagram's own drawing; hit-tested by their drawn shape, like regions."""

    def __init__(self) -> None:
        self._links: dict[str, tuple[QImage, QRectF]] | None = None
        self._found: list[str] = []
        self._renderer: QSvgRenderer | None = None
        self._viewbox = (0.0, 0.0, 1.0, 1.0)
        self._target = QRectF()

    def reset(self, renderer: QSvgRenderer, viewbox: tuple[float, float, float, float]) -> None:
        """A new diagram: find its links (drawn the first time a point is tested)."""
        self._renderer, self._viewbox, self._links = renderer, viewbox, None
        self._found = [view for view in VIEWS if renderer.elementExists(VIEW_LINK_PREFIX + view)]

    def place(self, target: QRectF) -> None:
        """The diagram is drawn at `target` now."""
        self._target, self._links = QRectF(target), None

    def _build(self) -> dict[str, tuple[QImage, QRectF]]:
        """Draw each link's shape at the diagram's current place and size."""
        links: dict[str, tuple[QImage, QRectF]] = {}
        renderer, target = self._renderer, self._target
        if renderer is None or target.isEmpty():
            return links
        x, y, vw, vh = self._viewbox
        sx, sy = target.width() / vw, target.height() / vh
        ratio = 1.0
        for view in self._found:
            bounds = renderer.boundsOnElement(VIEW_LINK_PREFIX + view)
            rect = QRectF(
                target.left() + (bounds.left() - x) * sx,
                target.top() + (bounds.top() - y) * sy,
                bounds.width() * sx,
                bounds.height() * sy,
            )
            image = blank_image(rect, ratio)
            painter = QPainter(image)
            renderer.render(painter, VIEW_LINK_PREFIX + view, QRectF(QPointF(0, 0), rect.size()))
            painter.end()
            links[view] = (image, rect)
        return links

    def _drawn(self) -> dict[str, tuple[QImage, QRectF]]:
        if self._links is None:
            self._links = self._build()
        return self._links

    def view_at(self, point: QPointF) -> str:
        """The view the shape under `point` opens, or ''."""
        if not self._found:
            return ""
        for view, (image, rect) in self._drawn().items():
            if rect.contains(point) and alpha_at(image, rect, point) >= HIT_ALPHA:
                return view
        return ""

    def rect_of(self, view: str) -> QRectF:
        """Where the shape that opens `view` is drawn (empty when there is none)."""
        links = self._drawn() if self._found else {}
        return QRectF(links[view][1]) if view in links else QRectF()
