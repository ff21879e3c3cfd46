"""A kiosk has no empty status bar strip at the foot of its screen: the map and page reach the bottom, and what the
window would say there (an address it does not open) shows on a card over the page until it is gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QUrl

from tests.ui.conftest import open_window
from tests.ui.manual_clock import ManualClock
from tests.ui.test_kiosk import tap

SIZES = [(1280, 720), (1920, 1080), (1080, 1920)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_map_and_the_page_reach_the_bottom_of_the_kiosk_screen(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    window = mode.window
    assert not window.statusBar().isVisible()
    central = window.centralWidget()
    assert central.geometry().bottom() == window.height() - 1
    page = window.page
    assert page.mapTo(window, page.rect().bottomLeft()).y() >= window.height() - 8  # no band under the page


def test_an_address_the_kiosk_does_not_open_is_told_on_a_card_until_the_reset(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=(1280, 720), idle_timeout_s=30, warning_s=10)
    window = mode.window
    tap(qtbot, window.diagram, window.diagram.anchor_of("neck").toPoint())  # a visitor
    window.page.anchorClicked.emit(QUrl("https://example.com/study"))
    card = mode.status_toast.card
    assert card is not None and card.isVisible()
    assert card.text() == "This app works offline and does not open web addresses: https://example.com/study"
    assert QRect(0, 0, 1280, 720).contains(QRect(card.mapTo(window, card.rect().topLeft()), card.size()))
    assert card.height() >= card.heightForWidth(card.width())  # its whole text shows
    window.statusBar().clearMessage()  # the message's time is up
    assert not card.isVisible()
    window.page.anchorClicked.emit(QUrl("https://example.com/other"))
    assert card.isVisible()
    clock.advance(45)  # nobody there: the reset leaves nothing of this visitor's
    assert not card.isVisible()


def test_the_desk_window_keeps_its_status_bar(qtbot) -> None:
    window = open_window(qtbot)
    qtbot.waitUntil(window.has_desk_tools)  # the handout's messages go there
    bar = window.statusBar()
    qtbot.waitUntil(bar.isVisible)  # a status bar made after the window is shown shows on a later turn
    bar.showMessage("Saved")
    assert bar.currentMessage() == "Saved" and bar.mapTo(window, bar.rect().bottomLeft()).y() == window.height() - 1
