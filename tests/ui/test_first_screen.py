"""The promise of every area page: who must not use it, and what about this area, on the first screen.

Each area is opened by a click, as a user does, and the laid-out page is measured: the title, the whole
"Do not use if you" block and the area's first caution (with its sources) end inside the viewport before
any scrolling, in the window on a 1366x768 screen and in kiosk mode at 1920x1080 and 1080x1920."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextBlock

from core.pages import area_page
from tests.ui.conftest import click_area, make_window, open_window
from ui.app import fit_to_screen, show_fitted
from ui.main_window import MainWindow


def _block_starting(window: MainWindow, text: str) -> QTextBlock:
    block = window.page.document().begin()
    while block.isValid():
        if block.text().startswith(text):
            return block
        block = block.next()
    raise AssertionError(f"no line starting {text!r} on {window.page.current_ref()}")


def _plain(markdown: str) -> str:
    return markdown.replace("**", "").replace("*", "")


def _bottom(window: MainWindow, block: QTextBlock) -> float:
    return window.page.document().documentLayout().blockBoundingRect(block).bottom()


def assert_first_screen_answers(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    viewport = window.page.viewport().height()
    for area_id in pack.areas:
        click_area(qtbot, window, area_id)
        page = area_page(pack, area_id)
        assert page.callout is not None and page.callout.rules and page.callout.notes
        assert window.page.verticalScrollBar().value() == 0
        title = _block_starting(window, page.title)
        last_rule = _block_starting(window, f"\u2022\u2002{page.callout.rules[-1][0]}")
        first_caution = _block_starting(window, _plain(page.callout.notes[0][0])[:40])
        its_sources = first_caution.next()
        assert its_sources.text().startswith("Source: ")
        assert title.blockNumber() < last_rule.blockNumber() < first_caution.blockNumber()
        bottom = _bottom(window, its_sources)
        assert bottom <= viewport, f"{area_id}: the first caution ends at {bottom:.0f} px, the view at {viewport} px"


@pytest.mark.parametrize(
    "size",
    [(1366, 768), (1366, 680), (1296, 680)],
    ids=["whole-screen", "under-a-taskbar-and-title-bar", "beside-a-dock"],
)
def test_in_the_window_on_a_1366x768_screen(qtbot, size) -> None:
    """The window fills a 1366x768 screen (fit_to_screen); a Windows taskbar and title bar take about 80 px,
    a GNOME dock about 70 px of its width."""
    window = open_window(qtbot, size=size)
    assert_first_screen_answers(qtbot, window)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_in_kiosk_mode(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    assert_first_screen_answers(qtbot, mode.window)


def test_the_window_opens_within_the_screen_never_larger(qtbot) -> None:
    small_screen = make_window(qtbot)
    available = small_screen.screen().availableGeometry()
    assert fit_to_screen(small_screen, preferred=(available.width() + 200, available.height() + 100))
    with qtbot.waitSignal(small_screen.ready):
        show_fitted(small_screen)
    assert available.contains(small_screen.frameGeometry())
    assert small_screen.isMaximized()
    roomy_screen = make_window(qtbot)
    assert not fit_to_screen(roomy_screen, preferred=(available.width() - 60, available.height() - 60))
    with qtbot.waitSignal(roomy_screen.ready):
        show_fitted(roomy_screen)
    assert (roomy_screen.width(), roomy_screen.height()) == (available.width() - 60, available.height() - 60)
    assert not roomy_screen.isMaximized()
