"""A page's source lines never start a line with a citation's kind alone ('· label'): the kind stays with the last
word of its source's name, at any width the page panel takes, while the page's text still reads ' · '."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from core.content_loader import load_pack
from core.navigator import Navigator
from core.refs import area_ref, topic_ref
from tests.conftest import DATA
from tests.ui.conftest import open_window
from ui import theme
from ui.page_document import build_document

PACK = load_pack(DATA)
PAGES = [area_ref("neck"), area_ref("chin"), area_ref("lower-back"), topic_ref("safety")]


def lines(document: QTextDocument) -> list[str]:
    """Every line of the laid-out document, as its text."""
    found = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        text = block.text()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            found.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return found


@pytest.mark.parametrize("ref", PAGES)
def test_no_source_line_starts_with_the_kind_alone_at_any_width(qapp, ref) -> None:
    page = Navigator(PACK).open(ref).page
    for look in (theme.WINDOW_THEME, theme.KIOSK_THEME):
        document = QTextDocument()
        build_document(page, look, document)
        for width in range(360, 1300, 9):
            document.setTextWidth(width)
            document.documentLayout().documentSize()  # laid out at this width
            starts = [line for line in lines(document) if line.lstrip().startswith("·")]
            assert starts == [], (ref, width, starts)
        assert " · label" in document.toPlainText()  # what is read and copied keeps plain spaces


def test_the_neck_page_at_1366x768_has_no_lone_kind(qtbot) -> None:
    window = open_window(qtbot, size=(1366, 768))
    window.diagram.area_activated.emit("neck")
    qtbot.waitUntil(lambda: window.page.current_ref() == "area:neck")
    assert not [line for line in lines(window.page.document()) if line.lstrip().startswith("·")]
