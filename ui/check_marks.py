"""The client check's marks on the diagram: a ruled-out area is hatched with a no-entry mark, an area that
needs care gets a warm wash and a round "!" mark; never colour alone. Made on the first check, never for
the first frame (ui.diagram_view draws them through CheckMarks.paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

if TYPE_CHECKING:
    from ui.diagram_view import DiagramView
    from ui.theme import Colours

MARK_SIZE = 26.0
HATCH_STEP = 6.0
HATCH_WIDTH = 2.2
WASH_OPACITY = 0.55


def ruled_out_mark(colours: Colours) -> bytes:
    """A no-entry sign: a white disc ringed and struck through in the dark warning colour."""
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 26 26">
<circle cx="13" cy="13" r="11.2" fill="{colours.on_dark}" stroke="{colours.warning_text}" stroke-width="3"/>
<path d="M5.4 20.6 L20.6 5.4" stroke="{colours.warning_text}" stroke-width="3" stroke-linecap="round"/>
</svg>""".encode()


def care_mark(colours: Colours) -> bytes:
    """A round "!": a white disc ringed in the warning colour (the caution mark is a triangle)."""
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 26 26">
<circle cx="13" cy="13" r="11.2" fill="{colours.on_dark}" stroke="{colours.warning}" stroke-width="2.6"/>
<path d="M13 7 V14.6" stroke="{colours.warning}" stroke-width="3" stroke-linecap="round"/>
<circle cx="13" cy="18.8" r="1.7" fill="{colours.warning}"/>
</svg>""".encode()


class CheckMarks:
    """Which areas are ruled out or need care, and their drawings at the diagram's current size."""

    def __init__(self, colours: Colours) -> None:
        self._colours = colours
        self.ruled_out: frozenset[str] = frozenset()
        self.care: frozenset[str] = frozenset()
        self._marks = {
            "ruled out": QSvgRenderer(QByteArray(ruled_out_mark(colours))),
            "care": QSvgRenderer(QByteArray(care_mark(colours))),
        }
        self._images: dict[tuple[str, str], tuple[QRectF, float, QImage]] = {}

    def set(self, ruled_out: list[str], care: list[str]) -> frozenset[str]:
        """Mark these areas (a ruled-out area is never also marked care); returns the areas whose mark changed."""
        new_out = frozenset(ruled_out)
        new_care = frozenset(care) - new_out
        changed = (new_out ^ self.ruled_out) | (new_care ^ self.care)
        self.ruled_out, self.care = new_out, new_care
        return changed

    def verdict_of(self, area_id: str) -> str:
        return "ruled out" if area_id in self.ruled_out else "care" if area_id in self.care else ""

    def paint(self, painter: QPainter, view: DiagramView) -> None:
        shown = [a for a in view.region_ids() if a in self.ruled_out or a in self.care]
        for area_id in shown:
            verdict = self.verdict_of(area_id)
            rect = view.region_rect(area_id)
            painter.drawImage(rect.topLeft(), self._image(view, area_id, verdict, rect))
        for area_id in shown:  # marks above every fill, so a neighbour's hatching never covers one
            centre = view.anchor_of(area_id)
            size = MARK_SIZE
            box = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
            self._marks[self.verdict_of(area_id)].render(painter, box)

    def _image(self, view: DiagramView, area_id: str, verdict: str, rect: QRectF) -> QImage:
        """The area's shape washed in the pale warning colour, hatched when ruled out, at device resolution."""
        ratio = view.devicePixelRatioF()
        kept = self._images.get((area_id, verdict))
        if kept is not None and kept[0] == rect and kept[1] == ratio:
            return kept[2]
        image = view.region_mask(area_id).copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        wash = QColor(self._colours.warning_bg if verdict == "ruled out" else self._colours.warning)
        wash.setAlphaF(0.92 if verdict == "ruled out" else 0.28)
        painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), wash)
        if verdict == "ruled out":
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
            hatch = QPainterPath()
            offset = -rect.height()
            while offset < rect.width():
                hatch.moveTo(QPointF(offset, 0))
                hatch.lineTo(QPointF(offset + rect.height(), rect.height()))
                offset += HATCH_STEP
            pen = QPen(QColor(self._colours.warning_text))
            pen.setWidthF(HATCH_WIDTH)
            painter.strokePath(hatch, pen)
        painter.end()
        self._images[(area_id, verdict)] = (QRectF(rect), ratio, image)
        return image
