"""Run by tests/test_print_queue.py with CUPS_SERVER naming a private scheduler: the desk's window on the Neck page,
Ctrl+P, a click on the print preview's Print button, then in the system's print dialog the clinic's printer chosen
and a click on its Print button, as a receptionist does; then "Save as PDF…" of the same page on the paper printed.
Prints what it found as one JSON object. Usage: print_probe.py QUEUE SAVED.pdf

Not a test module: libcups reads CUPS_SERVER once, at its first call, and Qt's print plugin keeps what it found,
so the scheduler must be named before this process touches either."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QToolButton

from core import cli
from core.content_loader import load_pack
from tests.conftest import DATA
from ui import app as atlas

IGNORED = ("This plugin does not support propagateSizeHints",)  # as pyproject.toml's qt_log_ignore
found: dict[str, object] = {"warnings": [], "dialog": None, "printed_on": None}


def keep_warnings(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and not message.startswith(IGNORED):
        found["warnings"].append(message)  # type: ignore[union-attr]


def settle(until: Callable[[], bool], seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while not until():
        if time.monotonic() > end:
            return False
        QTest.qWait(10)
    return True


def click(widget: object) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))


def printer_state(printer: QPrinter) -> dict[str, object]:
    layout = printer.pageLayout()
    margins = layout.margins(layout.units())
    return {
        "name": printer.printerName(),
        "native": printer.outputFormat() == QPrinter.OutputFormat.NativeFormat,
        "paper": layout.pageSize().key(),
        "orientation": layout.orientation().name,
        "margins": [margins.left(), margins.top(), margins.right(), margins.bottom()],
        "full_page": printer.fullPage(),
        "colour": printer.colorMode().name,
        "resolution": printer.resolution(),
        "copies": printer.copyCount(),
        "duplex": printer.duplex().name,
        "doc_name": printer.docName(),
    }


def answer_print_dialog() -> None:
    """Inside the print dialog's own event loop: choose the clinic's printer, note what it showed, press Print."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QPrintDialog) or not dialog.isVisible():
        QTimer.singleShot(20, answer_print_dialog)
        return
    printers = dialog.findChild(QComboBox, "printers")
    listed = [printers.itemText(i) for i in range(printers.count())]
    offered = printers.currentText()
    printers.setCurrentIndex(listed.index(sys.argv[1]))
    found["dialog"] = {"title": dialog.windowTitle(), "printers": listed, "offered": offered}
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def main() -> int:
    qInstallMessageHandler(keep_warnings)
    application = atlas.create_application(sys.argv[:1])
    found["available"] = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    found["default"] = QPrinterInfo.defaultPrinterName()
    window = atlas.build_window(load_pack(DATA), "", cli.parse_args(["--area", "neck", "--size", "1366x768"]))
    window.show()
    settle(lambda: window.has_page() and window.has_desk_tools())
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.handout.preview if window.handout else None
    assert preview is not None, "Ctrl+P opened no print preview"
    pages = preview.findChild(QPrintPreviewWidget)
    settle(lambda: preview.isVisible() and pages.pageCount() == 1)
    found["preview_pages"] = pages.pageCount()
    found["preview_paper"] = preview.printer().pageLayout().pageSize().key()
    preview.paintRequested.connect(lambda printer: found.update(printed_on=printer_state(printer)))
    button = next(b for b in preview.findChildren(QToolButton) if b.defaultAction() and b.text() == "Print")
    QTimer.singleShot(0, answer_print_dialog)
    click(button)  # returns once the dialog is answered and the handout sent
    settle(lambda: not preview.isVisible())
    found["preview_closed"] = not preview.isVisible()
    # Then "Save as PDF…" on the same paper, past its file dialog, for the test to compare with what was printed.
    paper = str(found["printed_on"]["paper"]).lower()  # type: ignore[index]
    found["saved"] = window.handout.save_pdf("area:neck", Path(sys.argv[2]), paper)
    print(json.dumps(found))
    window.close()
    application.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
