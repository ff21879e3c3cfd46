"""The baseline: a bare PySide6 window showing one SVG, reporting its first painted frame."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ui.first_paint import FirstPaintReporter  # noqa: E402 - the same probe as the app's


def main() -> int:
    app = QApplication(sys.argv[:1])
    widget = QSvgWidget(str(Path(__file__).resolve().parent.parent / "data" / "face.svg"))
    widget.resize(1360, 860)
    widget.installEventFilter(FirstPaintReporter(app))
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
