"""The 'Restarting…' cover the watchdog shows over the screen while the app starts again: a plain
full-screen window above every other, told 'show' and 'hide' one line at a time on standard input
(core.cover); it ends when that input closes."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ui.screen_hold import ScreenHold

TEXT = "Restarting…"


class CoverWindow(QWidget):
    """A calm full-screen page saying the kiosk is restarting; refuses to close while it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("restart-cover")
        self.setWindowTitle(TEXT)
        self.setAccessibleName(TEXT)
        self.setStyleSheet("#restart-cover { background: #f4f1ec; } QLabel { color: #3d464d; font-size: 40px; }")
        self.label = QLabel(TEXT, self)
        self.label.setAccessibleName(TEXT)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.hold = ScreenHold(self)

    def cover(self) -> None:
        self.hold.show()

    def uncover(self) -> None:
        self.hold.release()
        self.hide()

    def order(self, line: str) -> None:
        """What the watchdog says: 'show' covers the screen; anything else uncovers it."""
        if line == "show":
            self.cover()
        else:
            self.uncover()

    def end(self) -> None:
        """The watchdog is gone: end at once (exit, not quit, which would ask this window to close)."""
        self.hold.release()
        QApplication.exit(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hold.held:
            event.ignore()


class Orders(QObject):
    """Lines read from standard input in a thread of their own, handed to the window's thread."""

    line = Signal(str)
    ended = Signal()

    def read(self) -> None:
        for line in sys.stdin:
            self.line.emit(line.strip())
        self.ended.emit()


def run_cover() -> int:
    """`--restart-cover`: run the cover until the watchdog closes its input."""
    from core.paths import font_files
    from ui import theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName(TEXT)
    theme.load_fonts(font_files())
    window = CoverWindow()
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    orders = Orders()
    orders.line.connect(window.order)  # queued: the lines come from another thread
    orders.ended.connect(window.end)
    threading.Thread(target=orders.read, daemon=True).start()
    app.setQuitOnLastWindowClosed(False)
    return app.exec()
