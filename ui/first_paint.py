"""Reports start-up milestones on stdout: how bench/startup.py and bench/frozen.py time the app and
its baseline. 'first-paint' comes as soon as the first frame is on screen; the app then also reports
'page-shown' once the first page's text follows, a turn of the event loop later. Just before
'first-paint' comes 'qt-namespace: built' or 'qt-namespace: not built': whether PySide6 had to build
its `Qt` namespace of enums for that frame (see ui.lazy_qt; tests/ui/test_first_frame.py holds the app
to 'not built')."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget


def qt_namespace_built() -> bool:
    """Whether anything has touched PySide6's `Qt` namespace yet (PySide6 makes it on first use)."""
    return "Qt" in vars(sys.modules["PySide6.QtCore"])


class FirstPaintReporter(QObject):
    """Watches a top-level widget. Its paint event comes before its children's, so the report is
    queued ahead of any work the window itself queues when it paints: it prints right after the
    frame is flushed, not after that work."""

    def __init__(self, window: QWidget, then: SignalInstance | None = None) -> None:
        super().__init__(window)
        self._then = then
        if then is not None:
            then.connect(self._report_page)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report_frame)
        return False

    def _report_frame(self) -> None:
        print(f"qt-namespace: {'built' if qt_namespace_built() else 'not built'}", flush=True)
        print("first-paint", flush=True)
        if self._then is None:
            QApplication.quit()

    def _report_page(self) -> None:
        print("page-shown", flush=True)
        QApplication.quit()
