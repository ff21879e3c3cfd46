"""The baseline: a bare PySide6 window showing one SVG, reporting its first painted frame."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication

# From source: the checkout. Frozen by build.spec (-- --bare): the unpacked bundle.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(ROOT))
from ui.first_paint import FirstPaintReporter  # noqa: E402 - the same probe as the app's


def main() -> int:
    app = QApplication(sys.argv[:1])
    widget = QSvgWidget(str(ROOT / "data" / "face.svg"))
    widget.resize(1360, 860)
    FirstPaintReporter(widget)
    widget.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
