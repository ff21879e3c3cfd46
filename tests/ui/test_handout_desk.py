"""At the desk: Ctrl+P on an area or topic page opens the print preview of its handout, "Save as PDF…" writes
one where the user says, on the paper the user picks; the clinic's name shows in the toolbar; a kiosk has none
of it."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from core.settings import DEFAULTS
from tests.conftest import DATA
from tests.ui.conftest import click_area, make_window, press, show_ready, toolbar_button
from ui.branding_label import BrandingLabel
from ui.handout_file import locale_paper
from ui.main_window import MainWindow

PNG_LOGO = (DATA / "icon.svg").read_bytes()  # an SVG logo is as good as any for the toolbar


def desk_window(qtbot, settings=DEFAULTS) -> MainWindow:
    window = make_window(qtbot, DATA)
    window.set_branding(settings)
    show_ready(qtbot, window)
    qtbot.waitUntil(window.has_desk_tools)
    return window


def test_print_or_save_is_offered_on_an_area_or_topic_page_and_not_on_the_start_page(qtbot) -> None:
    window = desk_window(qtbot)
    tools = window.handout
    assert tools is not None
    button = toolbar_button(tools.print_action)
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Print or save" and button.menu().actions() == [tools.print_action, tools.pdf_action]
    assert not tools.print_action.isEnabled() and not tools.pdf_action.isEnabled()
    click_area(qtbot, window, "neck")
    assert tools.print_action.isEnabled() and tools.pdf_action.isEnabled()
    press(qtbot, window, window.toolbar.home_action)
    assert not tools.print_action.isEnabled()


def test_ctrl_p_opens_the_print_preview_of_the_page_handout(qtbot) -> None:
    window = desk_window(qtbot)
    click_area(qtbot, window, "cheeks")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.handout.preview
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Print or save: Cheeks"
    assert dialog.accessibleName() == "Print preview of the handout for Cheeks"
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1)  # the handout was drawn for the printer: one page
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_save_as_pdf_writes_the_handout_on_the_paper_chosen(qtbot, tmp_path: Path) -> None:
    window = desk_window(qtbot)
    window.toolbar.topics_menu.actions()[-1].trigger()  # the last topic
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.handout.file_dialog
    qtbot.waitUntil(dialog.isVisible)
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    papers = [types.itemText(i) for i in range(types.count())]
    first = "PDF on US Letter paper (*.pdf)" if locale_paper() == "letter" else "PDF on A4 paper (*.pdf)"
    assert papers[0] == first  # the locale's paper first
    types.setCurrentIndex(papers.index("PDF on US Letter paper (*.pdf)"))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(tmp_path / "for the client"))
    qtbot.keyClick(name, Qt.Key.Key_Return)
    saved = tmp_path / "for the client.pdf"
    qtbot.waitUntil(saved.exists)
    reader = pypdf.PdfReader(io.BytesIO(saved.read_bytes()))
    assert len(reader.pages) == 1
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (612, 792)
    assert window.statusBar().currentMessage() == f"Saved the handout to {saved}"


def test_a_handout_that_cannot_be_saved_says_why(qtbot, tmp_path: Path) -> None:
    window = desk_window(qtbot)
    click_area(qtbot, window, "chin")
    (tmp_path / "notes.txt").write_text("a file where a folder should be")
    assert not window.handout.save_pdf("area:chin", tmp_path / "notes.txt" / "x.pdf", "a4")
    assert window.statusBar().currentMessage() == (
        f"Could not save the handout to {tmp_path / 'notes.txt' / 'x.pdf'}: a file stands where its folder should be"
    )


def test_the_clinic_logo_and_name_show_in_the_toolbar(qtbot, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_bytes(PNG_LOGO)
    window = desk_window(qtbot, DEFAULTS._replace(clinic_name="Glow Studio", clinic_phone="0123 456", clinic_logo=logo))
    label = window.toolbar.findChild(BrandingLabel)
    assert label is not None
    qtbot.waitUntil(label.isVisible)
    assert label.text.text() == "Glow Studio"
    assert label.toolTip() == "Glow Studio\n0123 456"
    assert label.logo.isVisible() and label.logo.pixmap().height() == 28
    assert label.app.text() == "Microcurrent Atlas" and label.app.isVisible()
    assert label.accessibleName() == "Glow Studio, 0123 456: Microcurrent Atlas"
    title = window.toolbar.findChild(QLabel, "app-title")
    assert not title.isVisible()  # the clinic's name stands in its place


def test_no_branding_no_label(qtbot) -> None:
    window = desk_window(qtbot)
    assert window.toolbar.findChild(BrandingLabel) is None
    assert window.toolbar.findChild(QLabel, "app-title").isVisible()
    assert all(label.text() != "" for label in window.toolbar.findChildren(QLabel))


def test_a_kiosk_offers_no_handout(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    qtbot.waitUntil(mode.window.has_desk_tools)
    assert mode.window.handout is None
    texts = [action.text() for action in mode.window.toolbar.actions()]
    assert "Print or save…" not in texts and "Save as PDF…" not in texts


def test_a_plain_window_start_takes_the_branding_from_the_settings(qtbot) -> None:
    from core import cli
    from core.content_loader import load_pack
    from ui.app import build_window

    settings = DEFAULTS._replace(clinic_name="Front Desk Spa")
    window = build_window(load_pack(DATA), "", cli.parse_args([]), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a narrower window cuts the name short: tests/ui/test_toolbar_fit.py
    show_ready(qtbot, window)
    qtbot.waitUntil(window.has_desk_tools)
    label = window.toolbar.findChild(BrandingLabel)
    assert label is not None and label.text.text() == "Front Desk Spa"
    assert window.handout is not None  # a desk prints
