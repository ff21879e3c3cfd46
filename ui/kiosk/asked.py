"""What a visitor asked the kiosk for, however they asked: a touch, a key, or an assistive technology's
action. Switch access and voice control press buttons through the accessibility bus, which sends no
input event for ui.kiosk.activity to see, so the idle timer also counts these requests."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton

from ui.kiosk.overlay import Overlay
from ui.main_window import MainWindow


def requests(window: MainWindow, *sheets: Overlay) -> list[SignalInstance]:
    """Each signal the window and the kiosk's sheets emit when someone asks for something (never when the
    app changes its own state, as a reset or the attract loop does)."""
    bar = window.toolbar
    asked = [
        window.diagram.area_activated,
        window.view_switch.view_chosen,
        bar.home_requested,
        bar.back_requested,
        bar.forward_requested,
        bar.topic_chosen,
        bar.show_evidence_changed,
    ]
    for sheet in sheets:
        asked += [button.clicked for button in sheet.card.findChildren(QPushButton)]
    return asked


def page_requests(window: MainWindow) -> list[SignalInstance]:
    """The page's own (its view is made after the first frame)."""
    return [window.page.link_activated, window.access.page_nav.asked, window.access.page_nav.headings.went]
