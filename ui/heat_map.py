"""The heat map of usage counts: the three diagrams side by side, each region shaded by how often it was
opened (darker is more), with its count on it and a legend beneath; drawn into an image, for the staff
panel and for the PNG files Export writes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from core.records import VIEW_TITLES, VIEWS, Diagram, Pack
from core.region_documents import region_document
from ui.theme import Colours

LOW = QColor("#d6eef6")  # a region opened once
HIGH = QColor("#0b3a4a")  # the region opened most
PAPER = QColor("#ffffff")
TEXT = QColor(Colours().text)


def shade(count: int, most: int) -> QColor:
    """The colour of a region opened `count` times when the most-opened one was opened `most` times."""
    share = 0.0 if most <= 1 else (count - 1) / (most - 1)
    return QColor(
        round(LOW.red() + (HIGH.red() - LOW.red()) * share),
        round(LOW.green() + (HIGH.green() - LOW.green()) * share),
        round(LOW.blue() + (HIGH.blue() - LOW.blue()) * share),
    )


def heat_map(pack: Pack, counts: Mapping[str, int], views: tuple[str, ...] = VIEWS, height: int = 520) -> QImage:
    """The diagrams of `views` side by side, `height` pixels tall with their titles and the legend."""
    views = tuple(view for view in views if view in pack.diagrams)
    most = max((counts.get(area.id, 0) for area in pack.areas.values()), default=0)
    title_h, legend_h, gap = 44, 70, 24
    figure_h = height - title_h - legend_h
    widths = []
    for view in views:
        _x, _y, w, h = pack.diagrams[view].viewbox
        widths.append(max(1, round(figure_h * w / h)))
    width = max(360, sum(widths) + gap * (len(views) + 1))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(20)
    font.setWeight(QFont.Weight.DemiBold)
    x = gap
    for view, figure_w in zip(views, widths, strict=True):
        painter.setFont(font)
        painter.setPen(TEXT)
        painter.drawText(QRectF(x, 0, figure_w, title_h), Qt.AlignmentFlag.AlignCenter, VIEW_TITLES[view])
        _paint_view(painter, pack, view, counts, most, QRectF(x, title_h, figure_w, figure_h))
        x += figure_w + gap
    _paint_legend(painter, most, QRectF(gap, height - legend_h + 14, width - 2 * gap, legend_h - 20))
    painter.end()
    return image


def _paint_view(painter: QPainter, pack: Pack, view: str, counts: Mapping[str, int], most: int, target: QRectF) -> None:
    diagram = pack.diagrams[view]
    QSvgRenderer(QByteArray(diagram.svg)).render(painter, target)
    label = QFont(painter.font())
    label.setPixelSize(15)
    label.setWeight(QFont.Weight.Bold)
    counted = [(region, counts[region]) for region in diagram.regions if counts.get(region, 0)]
    for region, count in counted:
        renderer = QSvgRenderer(QByteArray(region_document(diagram, region, colour=shade(count, most).name())))
        painter.setOpacity(0.85)
        renderer.render(painter, target)
        painter.setOpacity(1.0)
    painter.setFont(label)
    for count, pill in count_pills(diagram, counted, target):
        _paint_count(painter, pill, count, shade(count, most))


def count_pills(diagram: Diagram, counted: list[tuple[str, int]], target: QRectF) -> list[tuple[int, QRectF]]:
    """Where each region's count is drawn, in `target`: on the region, as near its middle as the counts
    already placed leave room for, so no count covers another's."""
    placed: list[tuple[int, QRectF]] = []
    for region, count in counted:
        pills = [_pill(where, count) for where in _label_points(diagram, region, target)]
        free = next((pill for pill in pills if not any(pill.intersects(other) for _, other in placed)), None)
        if free or pills:
            placed.append((count, free or pills[0]))
    return placed


def _label_points(diagram: Diagram, region: str, target: QRectF) -> list[QPointF]:
    """Points inside the region, nearest the middle of its bounds first (a region in two parts, such as both
    arms, gets its count on one of them, not between them); empty if the region draws nothing."""
    step = 4
    renderer = QSvgRenderer(QByteArray(region_document(diagram, region)))
    size = (max(1, round(target.width() / step)), max(1, round(target.height() / step)))
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(0)
    small = QPainter(image)
    renderer.render(small, QRectF(0, 0, image.width(), image.height()))
    small.end()
    inside = [
        (x, y) for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 128
    ]
    if not inside:
        return []
    middle_x = (min(x for x, _ in inside) + max(x for x, _ in inside)) / 2
    middle_y = (min(y for _, y in inside) + max(y for _, y in inside)) / 2
    inside.sort(key=lambda point: (point[0] - middle_x) ** 2 + (point[1] - middle_y) ** 2)
    return [QPointF(target.x() + (x + 0.5) * step, target.y() + (y + 0.5) * step) for x, y in inside]


def _pill(where: QPointF, count: int) -> QRectF:
    """Where a count's pill is drawn, centred on `where`."""
    width = 14 + 10 * len(str(count))
    return QRectF(where.x() - width / 2, where.y() - 13, width, 26)


def _paint_count(painter: QPainter, pill: QRectF, count: int, colour: QColor) -> None:
    """The count in a small pill of the region's own shade, outlined, so it reads on skin and on shade."""
    text = str(count)
    painter.setPen(QPen(QColor("#ffffff"), 2))
    painter.setBrush(colour)
    painter.drawRoundedRect(pill, 13, 13)
    painter.setPen(QColor("#ffffff") if colour.lightness() < 140 else TEXT)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


def _paint_legend(painter: QPainter, most: int, rect: QRectF) -> None:
    font = QFont(painter.font())
    font.setPixelSize(16)
    font.setWeight(QFont.Weight.Normal)
    painter.setFont(font)
    painter.setPen(TEXT)
    if most == 0:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "No area opened yet")
        return
    bar = QRectF(rect.x() + 150, rect.y(), rect.width() - 300, 18)
    gradient = QLinearGradient(QPointF(bar.left(), 0), QPointF(bar.right(), 0))
    gradient.setColorAt(0, LOW)
    gradient.setColorAt(1, HIGH)
    painter.fillRect(bar, gradient)
    below = QRectF(rect.x(), bar.bottom() + 4, rect.width(), rect.height() - bar.height() - 4)
    painter.drawText(
        QRectF(rect.x(), bar.y() - 3, 140, 24), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "opened 1×"
    )
    painter.drawText(
        QRectF(bar.right() + 10, bar.y() - 3, 140, 24),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"{most}×",
    )
    painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "Unshaded: not opened")


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str here, whatever its stubs say
    buffer.close()
    return bytes(data.data())
