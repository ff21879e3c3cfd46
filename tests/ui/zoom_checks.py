"""What a reader at a large text size would find cut off: a control or a line of text drawn smaller than its text
needs, or reaching past the widgets it sits in (the window's edge among them)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QWidget

from ui.main_window import MainWindow

SHOWN_WHOLE = (QLabel, QAbstractButton, QLineEdit)


def cut_off(top: QWidget, window: QWidget | None = None) -> list[str]:
    """Each text-showing widget inside `top` that is cut off, by its text and what is wrong. Inside a scroll area's
    view nothing is checked (scrolling shows it); the window (`top`'s own by default) is the outer edge."""
    outer = window or top.window()
    problems = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, SHOWN_WHOLE) or not widget.isVisible() or _scrolled(widget, outer):
            continue
        name = _name(widget)
        least = _least(widget)
        if widget.width() < least.width():
            problems.append(f"{name}: {widget.width()} px wide, needs {least.width()}")
        needed = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
        needed = needed if needed > 0 else least.height()
        if widget.height() < needed:
            problems.append(f"{name}: {widget.height()} px high, needs {needed}")
        edge = _outside(widget, outer) if widget is not outer else ""
        if edge:
            problems.append(f"{name}: reaches past {edge}")
    return problems


def _least(widget: QWidget) -> QSize:
    """The least size its text needs, as Qt's layouts take it: a minimum the style sheet sets (a field's
    min-height) wins over the one the widget works out."""
    hint, set_ = widget.minimumSizeHint(), widget.minimumSize()
    return QSize(set_.width() or hint.width(), set_.height() or hint.height())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {(text or widget.accessibleName() or widget.objectName())!r}"


def _scrolled(widget: QWidget, outer: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not outer:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget, outer: QWidget) -> str:
    """The first widget around `widget` (up to `outer`) whose edges it crosses, by name, or ''."""
    rect = QRect(widget.mapTo(outer, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        around = QRect(parent.mapTo(outer, QPoint(0, 0)), parent.size()) if parent is not outer else outer.rect()
        if not around.contains(rect):
            return _name(parent)
        if parent is outer:
            break
        parent = parent.parentWidget()
    return ""


def larger(qtbot, window: MainWindow, steps: int = 5) -> None:
    """Ctrl+plus pressed `steps` times (five: 100 % to 200 %), as a reader does."""
    from PySide6.QtCore import Qt

    for _ in range(steps):
        qtbot.keyClick(window.page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
