"""The desk's "Print or save…" (Ctrl+P: the print preview, then the system's print dialog) and "Save as
PDF…" (a file dialog: A4 or US Letter by its file type, the locale's first) for the area or topic shown.
Made after the first frame, and not at all in kiosk mode (a visitor has no printer)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageSize, QPainter

from core.atomic_write import write_atomically
from core.refs import names_page
from core.safe_files import shown_path
from ui.handout import page_size, paint_sheet, pdf_bytes
from ui.handout_file import locale_paper, sheet_for

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QFileDialog, QToolButton, QWidget

    from core.records import Pack
    from core.settings import Settings
    from ui.handout import Sheet

PAPER_FILTERS = {"a4": "PDF on A4 paper (*.pdf)", "letter": "PDF on US Letter paper (*.pdf)"}
MESSAGE_MS = 10_000


class HandoutActions(QObject):
    """The two actions, enabled on an area or topic page (set_page), and their dialogs.

    Signals:
        message(str, int): what happened (a file saved, or why not), for the status bar, and for how long.
    """

    message = Signal(str, int)

    def __init__(self, pack: Pack, settings: Settings | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._pack = pack
        self._settings = settings
        self._parent = parent
        self._ref = ""
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None  # the preview's, for as long as it may print
        self.file_dialog: QFileDialog | None = None
        self.print_action = self._action("Print or save…", "Print a one-page handout of this page", "Ctrl+P")
        self.print_action.triggered.connect(self.open_preview)
        self.pdf_action = self._action("Save as PDF…", "Save a one-page handout of this page as a PDF", "Ctrl+Shift+S")
        self.pdf_action.triggered.connect(self.ask_for_file)

    def _action(self, text: str, tip: str, keys: str) -> QAction:
        action = QAction(self._parent)
        action.setText(text)
        action.setToolTip(f"{tip} ({keys})")
        action.setShortcut(QKeySequence(keys))
        action.setEnabled(False)
        return action

    def actions(self) -> list[QAction]:
        return [self.print_action, self.pdf_action]

    def button(self, parent: QWidget) -> QToolButton:
        """One toolbar button: a click prints (the preview), its arrow offers "Save as PDF…" too. The window
        holds both actions, so their shortcuts work wherever the focus is."""
        from PySide6.QtWidgets import QMenu, QToolButton

        button = QToolButton(parent)
        button.setObjectName("print-or-save")
        button.setDefaultAction(self.print_action)
        menu = QMenu(button)
        menu.addActions(self.actions())
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setAccessibleName("Print or save a handout of this page")
        self._parent.addActions(self.actions())
        return button

    def set_page(self, ref: str) -> None:
        """The page shown: an area or topic can be printed, the start page cannot."""
        self._ref = ref if names_page(ref, self._pack.areas, self._pack.topics) else ""
        for action in self.actions():
            action.setEnabled(bool(self._ref))

    # -- printing -------------------------------------------------------------------------------

    def open_preview(self) -> None:
        """The print preview of this page's handout; its Print button opens the system's print dialog."""
        if not self._ref:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # The dialog does not own its printer: held only here, PySide would delete it when this returns, and the
        # print dialog that the preview's Print button opens would read freed memory (a crash, or worse).
        printer = self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the drawing keeps its own margins, from the paper's edge
        printer.setPageSize(_paper_to_preview(printer))
        sheet = sheet_for(self._pack, self._ref, self._settings)
        printer.setDocName(f"{sheet.text.title} handout")
        dialog = self.preview = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(f"Print or save: {sheet.text.title}")
        dialog.setAccessibleName(f"Print preview of the handout for {sheet.text.title}")
        dialog.paintRequested.connect(lambda device: _paint_printer(device, sheet))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- saving ---------------------------------------------------------------------------------

    def ask_for_file(self) -> None:
        """A file dialog for the PDF: the paper is chosen by its file type, the locale's paper first."""
        if not self._ref:
            return
        from PySide6.QtWidgets import QFileDialog

        title = sheet_for(self._pack, self._ref, self._settings).text.title
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paper = locale_paper()
        filters = [PAPER_FILTERS[paper], *(f for p, f in PAPER_FILTERS.items() if p != paper)]
        dialog = self.file_dialog = QFileDialog(self._parent, f"Save the handout for {title} as a PDF")
        dialog.setAccessibleName(f"Save the handout for {title} as a PDF")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(folder or str(Path.home()))
        dialog.selectFile(f"{title} handout.pdf")
        ref = self._ref
        dialog.fileSelected.connect(lambda name: self.save_pdf(ref, Path(name), _paper_of(dialog.selectedNameFilter())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_pdf(self, ref: str, path: Path, paper: str) -> bool:
        """Write the handout of `ref` to `path` (atomically) and say so, or say why not."""
        shown = shown_path(path)
        try:
            write_atomically(path, pdf_bytes(sheet_for(self._pack, ref, self._settings), paper))
        except OSError as error:
            in_the_way = isinstance(error, FileExistsError | NotADirectoryError)  # a file named like its folder
            why = "a file stands where its folder should be" if in_the_way else error.strerror or str(error)
            self.message.emit(f"Could not save the handout to {shown}: {why}", MESSAGE_MS)
            return False
        self.message.emit(f"Saved the handout to {shown}", MESSAGE_MS)
        return True


def _paper_of(name_filter: str) -> str:
    return next((paper for paper, text in PAPER_FILTERS.items() if text == name_filter), locale_paper())


def _paper_to_preview(printer: QPrinter) -> QPageSize:
    """A printer's own default paper, what its tray holds: its print dialog chooses that paper again whatever the
    preview showed (tests/test_print_queue.py), so the preview shows what will come out. With no printer, the
    locale's paper for a PDF."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        paper = QPrinterInfo(printer).defaultPageSize()
        if paper.isValid():
            return paper
    return page_size(locale_paper())


def _paint_printer(printer: QPrinter, sheet: Sheet) -> None:
    """Draw the handout on the printer's paper, whichever the dialog chose."""
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter(printer)
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        paint_sheet(painter, QRectF(0, 0, paper.width(), paper.height()), printer.resolution(), sheet)
    finally:
        painter.end()
