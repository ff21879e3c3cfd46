"""The page panel: renders a core Page into a QTextDocument, safety callout first."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from core.pages import Callout, Page
from ui import theme
from ui.lazy_qt import Qt

MEASURE_CHARS = 75  # longest comfortable line, in characters
APP_SCHEMES = ("area", "topic", "home")
CACHED_PAGES = 80  # every page of the built-in pack, twice over (evidence shown and hidden)


def _char_format(size: int, *, weight: QFont.Weight = QFont.Weight.Normal, colour: str = theme.TEXT,
                 italic: bool = False) -> QTextCharFormat:
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(size)
    font.setWeight(weight)
    font.setItalic(italic)
    fmt = QTextCharFormat()
    fmt.setFont(font)
    fmt.setForeground(QBrush(QColor(colour)))
    return fmt


def _block_format(top: float = 0, bottom: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def build_document(page: Page, scale: theme.TypeScale, document: QTextDocument) -> None:
    """Write `page` into `document`: title, summary, safety callout, sections, footnote."""
    document.clear()
    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(scale.body)
    document.setDefaultFont(font)
    document.setDocumentMargin(28)
    cursor = QTextCursor(document)
    cursor.setBlockFormat(_block_format(bottom=4))
    cursor.insertText(page.title, _char_format(scale.title, weight=QFont.Weight.Bold))
    cursor.insertBlock(_block_format(bottom=14), _char_format(scale.body, colour=scale.muted))
    cursor.insertText(page.summary)
    if page.callout is not None:
        _insert_callout(cursor, page.callout, scale)
    markdown = "\n\n".join(
        (f"## {section.heading}\n\n" if section.heading else "") + section.markdown for section in page.sections
    )
    if page.footnote:
        markdown += f"\n\n*Not medical advice. {page.footnote}*"
    cursor.insertBlock(_block_format(), _char_format(scale.body))
    body_start = cursor.block().blockNumber()
    cursor.insertMarkdown(markdown)
    # Markdown inserted into an existing block leaves that first block's heading level unset.
    first_is_heading = bool(page.sections and page.sections[0].heading)
    _style_body(document, body_start, scale, first_is_heading)


def _style_body(document: QTextDocument, first_block: int, scale: theme.TypeScale, first_is_heading: bool) -> None:
    """Give Markdown's blocks the house type scale and rhythm."""
    block = document.findBlockByNumber(first_block)
    last = document.lastBlock().blockNumber()
    while block.isValid():
        cursor = QTextCursor(block)
        level = block.blockFormat().headingLevel()
        if block.blockNumber() == first_block and first_is_heading:
            level = 2
        fmt = block.blockFormat()
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if level == 2:
            fmt.setTopMargin(20)
            fmt.setBottomMargin(6)
            char = _char_format(scale.heading, weight=QFont.Weight.DemiBold, colour=theme.ACCENT_DARK)
        elif level >= 3:
            fmt.setTopMargin(10)
            fmt.setBottomMargin(4)
            char = _char_format(scale.body + 1, weight=QFont.Weight.DemiBold)
        else:
            fmt.setTopMargin(0)
            fmt.setBottomMargin(4 if block.textList() else 10)
            char = None
        if block.blockNumber() == last and block.text().startswith("Not medical advice."):
            char = _char_format(scale.small, colour=scale.muted, italic=True)
            fmt.setTopMargin(14)
        cursor.setBlockFormat(fmt)
        if char is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            if level:
                cursor.setCharFormat(char)
            else:
                cursor.mergeCharFormat(char)
        block = block.next()


def _insert_callout(cursor: QTextCursor, callout: Callout, scale: theme.TypeScale) -> None:
    frame = QTextFrameFormat()
    frame.setBorder(2)
    frame.setBorderBrush(QBrush(QColor(theme.WARNING)))
    frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    frame.setBackground(QBrush(QColor(theme.WARNING_BG)))
    frame.setPadding(14)
    frame.setTopMargin(6)
    frame.setBottomMargin(10)
    frame.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    cursor.insertFrame(frame)
    cursor.setBlockFormat(_block_format(bottom=6))
    cursor.insertText("\u26a0  ", _char_format(scale.heading, weight=QFont.Weight.Bold, colour=theme.WARNING))
    cursor.insertText(callout.heading, _char_format(scale.heading, weight=QFont.Weight.Bold,
                                                    colour=theme.WARNING_TEXT))
    for text, sources in callout.notes:
        cursor.insertBlock(_block_format(top=4), _char_format(scale.body))
        cursor.insertMarkdown(text)
        cursor.insertBlock(_block_format(bottom=4), _char_format(scale.small, colour=scale.muted))
        cursor.insertText(f"Source: {sources}")
    cursor.insertBlock(_block_format(top=6), _char_format(scale.body))
    cursor.insertMarkdown(callout.link)
    cursor.movePosition(QTextCursor.MoveOperation.End)


class PageView(QTextBrowser):
    """Shows one page at a time; never follows a link itself.

    Signals:
        link_activated(str): an in-app link (area:ID, topic:ID, home) was clicked.
        external_link_refused(str): a web address was clicked; the app does not open it.
    """

    link_activated = Signal(str)
    external_link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None, scale: theme.TypeScale = theme.WINDOW_TYPE) -> None:
        super().__init__(parent)
        self._scale = scale
        self._ref = ""
        self._documents: dict[Page, QTextDocument] = {}
        self._pending: list[Page] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.anchorClicked.connect(self._follow)

    def after_first_frame(self) -> None:
        """What the first frame does not need (Qt's enums cost start-up time; see ui.lazy_qt)."""
        # It fills its whole rectangle, so the window behind it need not repaint.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_page(self, page: Page) -> None:
        """Show `page`, from a document prepared earlier when there is one."""
        self._ref = page.ref
        self.setDocument(self._document_for(page))  # the first, built-in document is deleted here
        self._fit_measure()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def prepare(self, pages: list[Page]) -> None:
        """Build and lay out these pages in idle moments, one per event-loop turn, so opening them later
        costs no more than a paint."""
        self._pending = [page for page in pages if page not in self._documents]
        self._prepare_next()

    def preparing(self) -> bool:
        return bool(self._pending)

    def _prepare_next(self) -> None:
        if self._pending:
            document = self._document_for(self._pending.pop(0))
            document.setTextWidth(self.lineWrapColumnOrWidth())
            document.documentLayout().documentSize()  # lays it out now, not on first show
            QTimer.singleShot(0, self, self._prepare_next)

    def _document_for(self, page: Page) -> QTextDocument:
        """Each page's document is built detached, so it is laid out once, not once per block."""
        document = self._documents.get(page)
        if document is None:
            if len(self._documents) >= CACHED_PAGES:
                for stale in [d for p, d in self._documents.items() if p.ref != self._ref]:
                    stale.deleteLater()
                self._documents = {p: d for p, d in self._documents.items() if p.ref == self._ref}
            document = QTextDocument(self)
            build_document(page, self._scale, document)
            self._documents[page] = document
        return document

    def current_ref(self) -> str:
        return self._ref

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in APP_SCHEMES:
            self.link_activated.emit(url.toString())
        else:
            self.external_link_refused.emit(url.toString())

    def _fit_measure(self) -> None:
        """Wrap at the panel's width, but never wider than a comfortable line."""
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS + 2 * self.document().documentMargin()
        width = int(max(200, min(self.viewport().width() - 2, measure)))
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_measure()
