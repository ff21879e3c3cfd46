"""The baseline: a bare PySide6 window showing one SVG, reporting its first painted frame."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    widget = QSvgWidget(str(Path(__file__).resolve().parent.parent / "data" / "face.svg"))
    widget.resize(1360, 860)
    widget.installEventFilter(_FirstPaint(app))
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
