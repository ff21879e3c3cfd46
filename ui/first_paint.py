"""Reports a widget's first painted frame on stdout: how bench/startup.py times the app and its baseline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaintReporter(QObject):
    """Prints 'first-paint' once the watched widget has painted, then quits the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        QApplication.quit()
