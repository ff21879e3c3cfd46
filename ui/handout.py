"""A handout drawn on one page of paper: the clinic's header, the title, the diagram with the area
highlighted, the safety notes, the article's claims, the disclaimer and a QR code of the summary.

The same drawing goes to a PDF (QPdfWriter), a printer (ui/handout_actions.py) or an image (the gallery and the
tests). Text is set in QTextDocuments from escaped plain text, with no anchors, so the PDF has no links."""

from __future__ import annotations

import datetime
import functools
import html
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from core.region_documents import region_document, zone_document
from core.version import APP_NAME
from ui.theme import FONT_FAMILY, Colours

if TYPE_CHECKING:
    from core.branding import Logo
    from core.handout_text import Handout
    from core.records import Diagram

PDF_DPI = 600  # the PDF's coordinate grid: text and shapes are vectors whatever it is
# A length in a QTextDocument's CSS (its px, a list's indent) is scaled by its layout device's dpi over 96: a
# millimetre is this many of them, whatever that dpi (a device pixel written there would grow with it).
CSS_PX_PER_MM = 96 / 25.4
# Every page is laid out as for the PDF, whatever it is drawn on (a printer at 1200 dpi, an image at 110): Qt sizes
# a font in whole device pixels, so text laid out for another resolution is up to 1% wider or narrower and breaks
# its lines elsewhere, and a printed handout would not be the saved one.
LAYOUT_DPI = PDF_DPI
MARGIN_MM = 14.0
LEFT_COLUMN_MM = 60.0
GAP_MM = 6.0
OUTLINE_MM = 0.6  # the area's outline on the diagram, and its no-go zones' dashes: on paper, whatever the device
ZONE_OUTLINE_MM = 0.4
QR_MM = 48.0  # about 0.5 mm a module at the densest summary (core.handout_text.QR_LIMIT): an easy read
BODY_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # points, largest that fits
EVIDENCE_CHECK = "Evidence check"  # the lead the page writes in bold before a caveat (core.pages.with_caveats)
WHITE = "#ffffff"
BLACK = "#000000"


class Sheet(NamedTuple):
    """What one handout page shows: its text, the diagram of its area (None for a topic), the clinic's logo."""

    text: Handout
    diagram: Diagram | None = None
    zones: tuple[str, ...] = ()  # the no-go shapes of the area, hatched as on the map
    logo: Logo | None = None
    colours: Colours = Colours()
    printed: datetime.date | None = None


def page_size(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def page_layout(paper: str) -> QPageLayout:
    """The paper, portrait, with no margins of Qt's own: the drawing keeps its own."""
    return QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def pdf_bytes(sheet: Sheet, paper: str) -> bytes:
    """The handout as a one-page PDF, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(f"{sheet.text.title}: {APP_NAME} handout")
    writer.setCreator(APP_NAME)
    painter = QPainter(writer)
    try:
        paint_sheet(painter, QRectF(writer.pageLayout().fullRectPixels(PDF_DPI)), PDF_DPI, sheet)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def sheet_image(sheet: Sheet, paper: str, dpi: int = 150) -> QImage:
    """The handout drawn on a white image of the paper's size at `dpi` (the gallery, the QR's test)."""
    rect = page_layout(paper).fullRectPixels(dpi)
    image = QImage(rect.width(), rect.height(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(WHITE))
    painter = QPainter(image)
    try:
        paint_sheet(painter, QRectF(rect), dpi, sheet)
    finally:
        painter.end()
    return image


class _Page:
    """Millimetres to the device's pixels, and documents set for its resolution."""

    def __init__(self, painter: QPainter, dpi: float, colours: Colours) -> None:
        self.painter = painter
        self.scale = dpi / 25.4
        self.colours = colours

    def mm(self, value: float) -> float:
        return value * self.scale

    def document(self, body_html: str, width: float, size: float) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(_layout_device())
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        # Inter's contextual alternates (a raised "(" before a capital, a "-" between digits) have no text
        # in the PDF, so copying or searching it would find "?": the plain glyphs are drawn instead.
        font.setFeature(QFont.Tag("calt"), 0)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setIndentWidth(size * 0.45 * CSS_PX_PER_MM)
        document.setHtml(body_html)
        document.setTextWidth(width)
        return document

    def draw(self, document: QTextDocument, x: float, y: float) -> float:
        """Draw at (x, y); the y below it."""
        self.painter.save()
        self.painter.translate(x, y)
        document.drawContents(self.painter)
        self.painter.restore()
        return y + document.size().height()


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def paint_sheet(painter: QPainter, page_rect: QRectF, dpi: float, sheet: Sheet) -> None:
    """Draw the whole handout on the page `page_rect` (the paper, in the device's pixels at `dpi`), laid out at
    LAYOUT_DPI and scaled to the device."""
    scale = dpi / LAYOUT_DPI
    painter.save()
    try:
        painter.scale(scale, scale)
        _paint_page(painter, QRectF(page_rect.topLeft() / scale, page_rect.size() / scale), sheet)
    finally:
        painter.restore()


@functools.cache
def _layout_device() -> QImage:
    """What every handout's text is laid out for: a device of LAYOUT_DPI."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    return device


def _paint_page(painter: QPainter, page_rect: QRectF, sheet: Sheet) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    page = _Page(painter, LAYOUT_DPI, sheet.colours)
    area = page_rect.adjusted(page.mm(MARGIN_MM), page.mm(MARGIN_MM), -page.mm(MARGIN_MM), -page.mm(MARGIN_MM))
    y = _header(page, sheet, area)
    y = _title(page, sheet.text, area, y + page.mm(5))
    footer_top = _footer(page, sheet, area)
    bottom = footer_top - page.mm(5)
    left = QRectF(area.left(), y + page.mm(5), page.mm(LEFT_COLUMN_MM), bottom - y - page.mm(5))
    _left_column(page, sheet, left)
    right_x = left.right() + page.mm(GAP_MM)
    _right_column(page, sheet.text, QRectF(right_x, left.top(), area.right() - right_x, left.height()))


def _rule(page: _Page, x1: float, x2: float, y: float) -> None:
    page.painter.setPen(QPen(QColor(page.colours.border), page.mm(0.3)))
    page.painter.drawLine(QPointF(x1, y), QPointF(x2, y))


def _header(page: _Page, sheet: Sheet, area: QRectF) -> float:
    """The clinic's logo, name, phone and address, or the app's name when none is set; the y below its rule."""
    colours = page.colours
    height = page.mm(16)
    x = area.left()
    if sheet.logo is not None:
        drawn = _draw_logo(page.painter, sheet.logo, QRectF(x, area.top(), page.mm(42), height))
        if drawn.width():
            x = drawn.right() + page.mm(5)
    text = sheet.text
    name = text.clinic_name or ("" if sheet.logo is not None or text.clinic_details else APP_NAME)
    details = text.clinic_details
    parts = [f'<p style="font-size:15pt; font-weight:600; color:{colours.accent_dark}">{_e(name)}</p>'] if name else []
    if details:
        parts.append(f'<p style="color:{colours.muted}">{_e("  ·  ".join(details))}</p>')
    width = area.right() - x - page.mm(48)
    document = page.document("".join(parts), width, 9.5)
    page.draw(document, x, area.top() + max(0.0, (height - document.size().height()) / 2))
    note = page.document(
        f'<p align="right" style="color:{colours.muted}">{_e(APP_NAME)} handout<br>'
        f"{_e(sheet.text.version).replace(', ', '<br>')}</p>",
        page.mm(46),
        7.5,
    )
    page.draw(note, area.right() - page.mm(46), area.top() + (height - note.size().height()) / 2)
    _rule(page, area.left(), area.right(), area.top() + height + page.mm(2))
    return area.top() + height + page.mm(2)


def _draw_logo(painter: QPainter, logo: Logo, box: QRectF) -> QRectF:
    """The logo fitted into `box`, kept in proportion, at its left; the rectangle it took (empty if unreadable)."""
    if logo.kind == "svg":
        renderer = QSvgRenderer(QByteArray(logo.data))
        if not renderer.isValid():
            return QRectF()
        size = QSizeF(renderer.defaultSize())
        target = _fitted(size, box)
        renderer.render(painter, target)
        return target
    image = QImage.fromData(logo.data)
    if image.isNull():
        return QRectF()
    target = _fitted(QSizeF(image.size()), box)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    painter.drawImage(target, image)
    painter.restore()
    return target


def _fitted(size: QSizeF, box: QRectF, *, centred: bool = False) -> QRectF:
    if size.width() <= 0 or size.height() <= 0:
        return QRectF()
    scale = min(box.width() / size.width(), box.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    x = box.left() + (box.width() - width) / 2 if centred else box.left()
    return QRectF(x, box.top() + (box.height() - height) / 2, width, height)


def _title(page: _Page, text: Handout, area: QRectF, y: float) -> float:
    colours = page.colours
    parts = [f'<p style="font-size:22pt; font-weight:700; color:{colours.accent_dark}">{_e(text.title)}</p>']
    if text.summary:
        style = f"font-size:11pt; color:{colours.muted}; margin-top:{CSS_PX_PER_MM:.1f}px"
        parts.append(f'<p style="{style}">{_e(text.summary)}</p>')
    return page.draw(page.document("".join(parts), area.width(), 10), area.left(), y)


def _footer(page: _Page, sheet: Sheet, area: QRectF) -> float:
    """The disclaimer and where the text comes from, at the foot of the page; the y of its top rule."""
    colours = page.colours
    text = sheet.text
    printed = f" Printed {sheet.printed.isoformat()}." if sheet.printed else ""
    document = page.document(
        f"<p><b>Not medical advice.</b> {_e(text.disclaimer)}</p>"
        f'<p style="color:{colours.muted}; font-size:7pt; margin-top:{CSS_PX_PER_MM:.1f}px">'
        f"{_e(text.version)}. {_e(text.article)}{_e(printed)}</p>",
        area.width(),
        7.5,
    )
    top = area.bottom() - document.size().height()
    page.draw(document, area.left(), top)
    _rule(page, area.left(), area.right(), top - page.mm(2.5))
    return top - page.mm(2.5)


def _left_column(page: _Page, sheet: Sheet, column: QRectF) -> None:
    """The diagram with the area highlighted (an area's handout), then the QR code and what it holds."""
    colours = page.colours
    caption = page.document(
        f'<p style="color:{colours.muted}">Scan with a phone camera: the safety summary of this sheet, '
        "as plain text. No internet needed.</p>",
        column.width(),
        7.5,
    )
    qr_side = min(page.mm(QR_MM), column.width())
    qr_block = qr_side + page.mm(2) + caption.size().height()
    if sheet.diagram is not None:
        _x, _y, w, h = sheet.diagram.viewbox
        fits = (column.width() - page.mm(6)) * h / w + page.mm(6)
        box = QRectF(column.left(), column.top(), column.width(), min(fits, column.height() - qr_block - page.mm(6)))
        _diagram(page, sheet, box)
        qr_top = box.bottom() + page.mm(6)
    else:
        qr_top = column.top()
    qr_rect = QRectF(column.left() + (column.width() - qr_side) / 2, qr_top, qr_side, qr_side)
    draw_qr(page.painter, sheet.text.qr_text, qr_rect)
    page.draw(caption, column.left(), qr_rect.bottom() + page.mm(2))


def _diagram(page: _Page, sheet: Sheet, box: QRectF) -> None:
    diagram = sheet.diagram
    assert diagram is not None
    colours = page.colours
    painter = page.painter
    painter.save()
    painter.setPen(QPen(QColor(colours.border), page.mm(0.3)))
    painter.setBrush(QColor(colours.canvas))
    painter.drawRoundedRect(box, page.mm(2), page.mm(2))
    painter.restore()
    _x, _y, w, h = diagram.viewbox
    target = _fitted(QSizeF(w, h), box.adjusted(page.mm(3), page.mm(3), -page.mm(3), -page.mm(3)), centred=True)
    QSvgRenderer(QByteArray(diagram.svg)).render(painter, target)
    area_id = sheet.text.area
    device_mm = painter.device().logicalDpiX() / 25.4  # an outline's stroke does not scale: it is in device pixels
    outline, zone_outline = OUTLINE_MM * device_mm, ZONE_OUTLINE_MM * device_mm
    layers: list[tuple[bytes, float]] = []
    if area_id in diagram.regions:
        layers.append((region_document(diagram, area_id, colour=colours.region_tint), 0.45))
        layers.append((region_document(diagram, area_id, outline=True, colour=colours.accent_dark, width=outline), 1.0))
    for zone in sheet.zones:
        if zone in diagram.zones:
            layers.append((zone_document(diagram, zone, colour=colours.warning), 0.35))
            layers.append((zone_document(diagram, zone, outline=True, colour=colours.warning, width=zone_outline), 1.0))
    for document, opacity in layers:
        painter.save()
        painter.setOpacity(opacity)
        QSvgRenderer(QByteArray(document)).render(painter, target)
        painter.restore()


def qr_matrix(text: str) -> tuple[bytearray, ...]:
    """The QR code's modules, rows of 1 (dark) and 0, without the quiet zone."""
    import segno

    return tuple(segno.make(text, error="l", encoding="utf-8", micro=False).matrix)


QUIET_MODULES = 4  # the light border every QR reader needs


def draw_qr(painter: QPainter, text: str, rect: QRectF) -> None:
    """The QR code of `text` filling the square `rect`, quiet zone included: the dark runs of each row, one path."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_MODULES
    module = rect.width() / count
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # touching runs merge into one dark area, never cancel out
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                path.addRect(
                    QRectF(
                        rect.left() + (start + QUIET_MODULES) * module,
                        rect.top() + (row + QUIET_MODULES) * module,
                        (column - start) * module,
                        module,
                    )
                )
            else:
                column += 1
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, QColor(WHITE))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BLACK))
    painter.drawPath(path)  # one fill: runs that touch leave no seam (QPainterPath.simplified() breaks it)
    painter.restore()


def _safety_html(text: Handout, size: float, gap: float, colours: Colours, *, compact: bool) -> str:
    """The callout's text; `gap` is the space above a heading, in CSS pixels (CSS_PX_PER_MM)."""
    small = f"font-size:{size * 0.82:.1f}pt; color:{colours.muted}"
    heading = f"font-size:{size * 1.25:.1f}pt; font-weight:700; color:{colours.warning_text}"
    parts = [f'<p style="{heading}">Safety notes</p>']
    if text.rules:
        parts.append(f'<p style="margin-top:{gap * 0.5:.1f}px"><b>{_e(text.rules_heading)}</b></p><ul>')
        for rule, sources in text.rules:
            own = f' <span style="{small}">({_e(sources)})</span>' if sources else ""
            parts.append(f"<li>{_e(rule)}{own}</li>")
        parts.append("</ul>")
        if text.rules_sources:
            parts.append(f'<p style="{small}">{_e(text.rules_sources)}</p>')
    if text.notes:
        parts.append(f'<p style="margin-top:{gap:.1f}px"><b>{_e(text.notes_heading)}</b></p>')
        if compact:
            parts.append("<ul>")
            for note in text.notes:
                parts.append(f'<li><b>{_e(note.lead)}</b> <span style="{small}">({_e(note.sources)})</span></li>')
            parts.append("</ul>")
            where = f"the page “{_e(text.title)}” in {APP_NAME}"
            parts.append(f'<p style="{small}">Each in full, with all its sources: {where}.</p>')
        else:
            for note in text.notes:
                parts.append(
                    f'<p style="margin-top:{gap * 0.6:.1f}px"><b>{_e(note.lead)}</b> {_e(note.text)}<br>'
                    f'<span style="{small}">Source: {_e(note.sources)}</span></p>'
                )
    return "".join(parts)


def _article_html(text: Handout, paragraphs: int, size: float, gap: float, colours: Colours) -> str:
    parts = [
        f'<p style="font-size:{size * 1.15:.1f}pt; font-weight:700; color:{colours.accent_dark}">'
        "What the article says</p>"
    ]
    for paragraph in text.retelling[:paragraphs]:
        heading, newline, body = paragraph.rpartition("\n")
        lead, colon, rest = body.partition(": ")
        shown = f"<b>{_e(lead)}:</b> {_e(rest)}" if colon and lead == EVIDENCE_CHECK else _e(body)
        if newline:
            shown = f"<b>{_e(heading)}</b><br>{shown}"
        parts.append(f'<p style="margin-top:{gap * 0.6:.1f}px">{shown}</p>')
    return "".join(parts)


def _right_column(page: _Page, text: Handout, column: QRectF) -> None:
    """The safety notes in their callout, then the article's claims: the largest type that fits the column.
    Failing that, the cautions by their lead sentences (each in full is in the app), then fewer claims."""
    colours = page.colours
    pad = page.mm(3.5)
    gap = page.mm(5)
    least = min(1, len(text.retelling))  # the article's first claim stays while anything else can go
    choices = [
        (compact, paragraphs, size)
        for compact in (False, True)
        for paragraphs in range(len(text.retelling), least - 1, -1)
        for size in BODY_SIZES
    ]
    safeties: dict[tuple[bool, float], QTextDocument] = {}
    articles: dict[tuple[int, float], QTextDocument] = {}
    for compact, paragraphs, size in [*choices, (True, 0, BODY_SIZES[-1])]:
        space = size * 0.16 * CSS_PX_PER_MM
        if (compact, size) not in safeties:
            html_text = _safety_html(text, size, space, colours, compact=compact)
            safeties[compact, size] = page.document(html_text, column.width() - 2 * pad, size)
        if (paragraphs, size) not in articles:
            html_text = _article_html(text, paragraphs, size, space, colours)
            articles[paragraphs, size] = page.document(html_text, column.width(), size)
        safety, article = safeties[compact, size], articles[paragraphs, size]
        height = safety.size().height() + 2 * pad + (gap + article.size().height() if paragraphs else 0)
        if height <= column.height():
            break
    _callout(page, safety, column, pad)
    if paragraphs and height <= column.height():
        page.draw(article, column.left(), column.top() + safety.size().height() + 2 * pad + gap)


def _callout(page: _Page, safety: QTextDocument, column: QRectF, pad: float) -> None:
    colours = page.colours
    box = QRectF(column.left(), column.top(), column.width(), safety.size().height() + 2 * pad)
    painter = page.painter
    painter.save()
    painter.setPen(QPen(QColor(colours.warning), page.mm(0.45)))
    painter.setBrush(QColor(colours.warning_bg))
    painter.drawRoundedRect(box, page.mm(1.5), page.mm(1.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.warning))
    painter.drawRect(QRectF(box.left(), box.top() + page.mm(0.6), page.mm(1.2), box.height() - page.mm(1.2)))
    painter.restore()
    page.draw(safety, box.left() + pad, box.top() + pad)
