"""One list of the "Headings and links" dialog: a row per heading or link of the page, walked with the arrow
keys, chosen with Enter, Space or a double-click (a tap, on a touch screen).

Each row is a small widget of its own, so assistive technology finds a "list" of "list item"s, each named by
its text, described by where it goes (a link) or its level (a heading), with a Press action that goes there
(ui.access_factory). Qt's own list view gives its items no action but "Toggle", which only selects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QVBoxLayout, QWidget

from ui.access_factory import register
from ui.lazy_qt import Qt
from ui.theme import Theme

INDENT = 18  # px per heading level below the first
PAD = (12, 7)  # inside a row: across, down
MOVES = {"Up": -1, "Down": 1}


class GuideRow(QWidget):
    """One heading or link: `text` as its name, `detail` (where a link goes, or a heading's level) under it."""

    def __init__(self, guide: GuideList, text: str, detail: str, level: int = 0) -> None:
        super().__init__(guide)
        self.guide = guide
        self.text = text
        self.detail = detail
        self.level = level  # a heading's level; 0 for a link
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab moves between the lists, the arrow keys in one
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height())
        self.setAccessibleName(text)
        self.setAccessibleDescription(detail)

    def _fonts(self) -> tuple[QFont, QFont]:
        scale = self.guide.theme.scale
        main, small = QFont(self.font()), QFont(self.font())
        main.setPixelSize(scale.body)
        main.setWeight(QFont.Weight.DemiBold if self.level == 1 else QFont.Weight.Normal)
        small.setPixelSize(scale.small)
        return main, small

    def _height(self) -> int:
        main, small = self._fonts()
        height = QFontMetrics(main).height() + 2 * PAD[1]
        if not self.level:
            height += QFontMetrics(small).height()
        return max(height, self.guide.theme.scale.touch)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self.guide.theme.colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(1, 1, -1, -1)
        if self.hasFocus():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.pressed))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor(colours.link))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0, 0, 0, 0), 6, 6)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5)
        elif self.underMouse():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.chrome))
            painter.drawRoundedRect(box, 6, 6)
        main, small = self._fonts()
        left = PAD[0] + INDENT * max(0, self.level - 1)
        width = self.width() - left - PAD[0]
        painter.setFont(main)
        painter.setPen(QColor(colours.accent_dark if self.level else colours.link))
        line = QFontMetrics(main).height()
        text = QFontMetrics(main).elidedText(self.text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, PAD[1], width, line), Qt.AlignmentFlag.AlignVCenter, text)
        if not self.level:
            painter.setFont(small)
            painter.setPen(QColor(colours.muted))
            detail = QFontMetrics(small).elidedText(self.detail, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, PAD[1] + line, width, QFontMetrics(small).height()), 0, detail)
        painter.end()

    def enterEvent(self, event: object) -> None:
        self.update()

    def leaveEvent(self, event: object) -> None:
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.guide.current = self.guide.rows.index(self)
        self.guide.row_focused.emit(self)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.guide.choose(self)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.guide.move_to(self.guide.current + (1 if key == Qt.Key.Key_Down else -1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.guide.move_to(0 if key == Qt.Key.Key_Home else len(self.guide.rows) - 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.guide.move_to(self.guide.current + (8 if key == Qt.Key.Key_PageDown else -8))
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.guide.theme.scale.touch and self.rect().contains(event.position().toPoint()):
            self.guide.choose(self)  # a tap goes there: a double tap is no way to ask a visitor

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.guide.choose(self)


class GuideList(QWidget):
    """A named list of rows; `choose(row)` tells the dialog which one was chosen.

    Signals:
        row_focused(QWidget): the keyboard is on this row (the dialog scrolls it into view).
    """

    row_focused = Signal(QWidget)

    def __init__(self, name: str, theme: Theme, chosen: Callable[[int], None], parent: QWidget) -> None:
        super().__init__(parent)
        install_factory()
        self.theme = theme
        self.rows: list[GuideRow] = []
        self.current = 0
        self._chosen = chosen
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)

    def add(self, text: str, detail: str, level: int = 0) -> GuideRow:
        row = GuideRow(self, text, detail, level)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def move_to(self, index: int) -> None:
        if self.rows:
            self.rows[max(0, min(index, len(self.rows) - 1))].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, row: GuideRow) -> None:
        self._chosen(self.rows.index(row))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab onto the list puts the keyboard on its row (the first, or the one it was on)."""
        self.move_to(self.current)


class _RowInterface(QAccessibleWidget):
    def __init__(self, row: GuideRow) -> None:
        super().__init__(row, QAccessible.Role.ListItem, "")
        self._row = row

    def state(self) -> QAccessible.State:
        state = super().state()
        state.selectable = True
        state.selected = self._row.guide.current == self._row.guide.rows.index(self._row)
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.pressAction()]

    def doAction(self, name: str) -> None:
        if name in self.actionNames():
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._row, lambda: self._row.guide.choose(self._row))

    def localizedActionDescription(self, name: str) -> str:
        return f"Go to {self._row.text}" if name in self.actionNames() else super().localizedActionDescription(name)


class _ListInterface(QAccessibleWidget):
    def __init__(self, guide: GuideList) -> None:
        super().__init__(guide, QAccessible.Role.List, "")


def install_factory() -> None:
    register("GuideRow", lambda widget: _RowInterface(widget))  # type: ignore[arg-type]
    register("GuideList", lambda widget: _ListInterface(widget))  # type: ignore[arg-type]
