"""Keeps the kiosk window open: close requests (window controls, Alt+F4, the window manager) are refused."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WindowLock(QObject):
    """Refuses every close of `window` until `release()` (staff chose 'Exit kiosk')."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.locked = True
        self.refused = 0
        window.installEventFilter(self)

    def release(self) -> None:
        self.locked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.locked:
            event.ignore()
            self.refused += 1
            return True
        return False
