"""Fixtures for widget tests: a real main window on a real content pack, and link clicking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from core.content_loader import load_pack
from core.navigator import Navigator
from tests.conftest import DATA, MINIMAL_PACK
from ui.main_window import MainWindow
from ui.page_view import PageView

PACKS = {"shipped": DATA, "minimal": MINIMAL_PACK}


def open_window(qtbot, folder=DATA, size=(1600, 900), notice: str = "") -> MainWindow:
    window = MainWindow(Navigator(load_pack(folder)), notice)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitSignal(window.ready):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(params=list(PACKS), ids=list(PACKS))
def window(request: pytest.FixtureRequest, qtbot) -> MainWindow:
    return open_window(qtbot, PACKS[request.param])


@pytest.fixture
def shipped_window(qtbot) -> MainWindow:
    return open_window(qtbot, DATA)


def link_position(page: PageView, href: str) -> QPoint:
    """Where a link is drawn in the page's viewport, scrolled into view."""
    block = page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(page.document())
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                page.setTextCursor(cursor)
                page.ensureCursorVisible()
                return page.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def click_link(qtbot, page: PageView, href: str) -> None:
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=link_position(page, href))
