"""The page's text attributes as a screen reader reads them: Qt's own text interface for the page
(`QAccessibleTextWidget::attributes`, which PySide6 can neither call nor replace) reads them, on each request,
from the format of the characters asked about in the page's QTextDocument: family, size, weight ("bold" above
normal), style, underline, colour, alignment, over a run that ends where the format does. Qt's AT-SPI bridge
renames them (`weight:bold`, `style:italic`, `underline:single`, `fg-color:31,111,139`, `size:12`, ...).

Two of them the page's formats would give wrong, and `complete` puts right, once per document, only while
assistive technology is active: sizes, set in pixels, which Qt reports in points only (`size:-1`), become the
same size in points (drawn exactly as before: Qt turns points into pixels at the screen's dots per inch, which
is what they are computed from); and text whose colour is the page's own (Markdown's body text) gets that
colour written into its format, where Qt looks for it. Qt gives no text language: the page's language is
its object's (ui.window_access)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit

COMPLETE = "atlas_attributes_complete"  # a document's property, once its formats are completed


def complete(view: QTextEdit) -> None:
    """Give every character of the page shown a size in points and an explicit colour (see the module's note),
    changing nothing drawn. Once per document."""
    document = view.document()
    if document.property(COMPLETE):
        return
    document.setProperty(COMPLETE, True)
    dpi = _font_dpi()
    ink = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    changes: list[tuple[int, int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = QTextCharFormat(fragment.charFormat())
            pixels = fmt.font().pixelSize()
            changed = False
            if pixels > 0:
                fmt.clearProperty(QTextFormat.Property.FontPixelSize)
                fmt.setFontPointSize(pixels * 72 / dpi)
                changed = True
            if not fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                fmt.setForeground(ink)
                changed = True
            if changed:
                changes.append((fragment.position(), fragment.position() + fragment.length(), fmt))
            fragments += 1
        block = block.next()
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)  # a read-only page: nothing to take back
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # laid out again once, not once per change
    for start, end, fmt in changes:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.endEditBlock()
    document.setUndoRedoEnabled(undo)


def _font_dpi() -> float:
    """The dots per inch Qt lays a screen's text out at (`qt_defaultDpiY`: the primary screen's, rounded)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96
