"""The page's text formats as Qt's accessible text reads its attributes from them (tests/atspi/test_page_attributes.py
reads the attributes themselves, from outside: PySide6 does not offer them): while assistive technology is active
every character has a size in points, as Qt reports sizes, and a colour of its own, and the page is drawn exactly
as before; without it nothing changes."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QTextCursor, QTextDocument, QTextFormat

from tests.ui.conftest import click_area
from ui.main_window import MainWindow
from ui.page_attributes import COMPLETE


def formats_at(document: QTextDocument, *words: str) -> dict[str, tuple[float, int, str]]:
    """Each word's point size, pixel size and colour, as its first character's format holds them."""
    text = document.toRawText()
    out = {}
    for word in words:
        cursor = QTextCursor(document)
        cursor.setPosition(text.index(word) + 1)  # a cursor's format is the one of the character before it
        fmt = cursor.charFormat()
        colour = fmt.foreground().color().name() if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) else ""
        out[word] = (fmt.font().pointSizeF(), fmt.font().pixelSize(), colour)
    return out


def test_with_assistive_technology_sizes_are_in_points_and_colours_explicit_and_the_page_looks_the_same(
    qtbot, shipped_window: MainWindow
) -> None:
    window = shipped_window
    click_area(qtbot, window, "neck")
    page = window.page
    body = window.theme.scale.body
    written = formats_at(page.document(), "Neck", "Firmer, tighter")
    assert written["Neck"][:2] == (-1, window.theme.scale.title)  # in pixels
    assert written["Firmer, tighter"][2] == ""  # Markdown's body text: the page's own colour
    before = page.viewport().grab().toImage()
    QAccessible.setActive(True)
    try:
        qtbot.waitUntil(lambda: bool(window.access.page_parts.items()))
        assert page.document().property(COMPLETE)
        found = formats_at(page.document(), "Neck", "Firmer, tighter", "Chin")
        points = page.logicalDpiY()
        assert found["Neck"][:2] == (window.theme.scale.title * 72 / points, -1)
        assert found["Firmer, tighter"] == (body * 72 / points, -1, window.theme.colours.text)
        assert found["Chin"][2] == window.theme.colours.link  # a link keeps its own colour
        after = page.viewport().grab().toImage()
    finally:
        QAccessible.setActive(False)
    assert after == before  # drawn exactly as before, pixel for pixel


def test_without_assistive_technology_the_pages_formats_stay_as_written(qtbot, shipped_window: MainWindow) -> None:
    click_area(qtbot, shipped_window, "neck")
    assert shipped_window.access.page_parts.items() == []  # the page's parts, made only for assistive technology
    assert not shipped_window.page.document().property(COMPLETE)
    assert formats_at(shipped_window.page.document(), "Neck")["Neck"][0] == -1


def test_a_kiosk_page_is_drawn_the_same_once_its_formats_are_completed(qtbot, make_kiosk) -> None:
    window = make_kiosk().window
    click_area(qtbot, window, "neck")
    page = window.page
    before = page.viewport().grab().toImage()
    QAccessible.setActive(True)
    try:
        qtbot.waitUntil(lambda: bool(page.document().property(COMPLETE)) and bool(window.access.page_parts.items()))
        title = formats_at(page.document(), "Neck")["Neck"]
        after = page.viewport().grab().toImage()
    finally:
        QAccessible.setActive(False)
    assert title[:2] == (window.theme.scale.title * 72 / page.logicalDpiY(), -1)  # the kiosk's larger sizes too
    assert after == before
