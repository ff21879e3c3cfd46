"""What "Print" puts on paper is the saved PDF's page: the preview's printer (1200 dpi) gets the same text, laid out
the same way, as "Save as PDF…" (600 dpi) and the gallery's image. tests/test_print_queue.py does the same through
a real print queue where CUPS can be had."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from core.content_loader import load_pack
from core.settings import DEFAULTS
from tests.conftest import DATA
from tests.ui.conftest import click_area, make_window, show_ready
from ui.handout_file import handout_image, handout_pdf

PACK = load_pack(DATA)


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return squashed(reader.pages[0].extract_text())


def test_print_from_the_preview_puts_the_saved_pdf_page_on_paper(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, PACK)
    window.set_branding(DEFAULTS)
    show_ready(qtbot, window)
    qtbot.waitUntil(window.has_desk_tools)
    click_area(qtbot, window, "neck")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.handout.preview
    qtbot.waitUntil(dialog.isVisible)
    printer = window.handout.printer
    assert printer is not None and printer.resolution() >= 1200  # HighResolution: not the PDF's 600 dpi
    # What the print dialog leaves behind when a file is chosen instead of a printer; then what the preview does
    # once the dialog is accepted: paint the handout on that printer.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.findChild(QPrintPreviewWidget).print()
    dialog.reject()
    printed = page_text((tmp_path / "printed.pdf").read_bytes())
    saved = page_text(handout_pdf(PACK, "area:neck", DEFAULTS, "a4"))
    assert printed == saved
    for note in ("Keep off the front of the throat.", "Stimulator labels forbid the front and sides of the neck"):
        assert squashed(note) in printed  # each caution in full, as the saved PDF has it


def test_the_page_is_laid_out_the_same_at_any_resolution(qtbot) -> None:
    small = handout_image(PACK, "neck", DEFAULTS, "a4", dpi=50).convertToFormat(QImage.Format.Format_Grayscale8)
    large = handout_image(PACK, "neck", DEFAULTS, "a4", dpi=150).convertToFormat(QImage.Format.Format_Grayscale8)
    smooth = Qt.TransformationMode.SmoothTransformation
    shrunk = large.scaled(small.size(), Qt.AspectRatioMode.IgnoreAspectRatio, smooth)
    differing = sum(
        abs(small.pixelColor(x, y).red() - shrunk.pixelColor(x, y).red()) > 96
        for y in range(0, small.height(), 2)
        for x in range(0, small.width(), 2)
    )
    assert differing < small.width() * small.height() / 4 * 0.01  # a paragraph moved would be far more
