"""The screenshot gallery's pictures of moving by heading (`--page-nav-demo`): `heading`, the keyboard on the
page's third heading, as H twice leaves it, outlined; `last`, on its last heading, as Shift+H from the top goes
round to it, without the notice (on the start page, "Using a keyboard or screen reader"); `list`, the
"Headings and links" dialog open with the keyboard on its third heading."""

from __future__ import annotations

from ui.lazy_qt import Qt
from ui.main_window import MainWindow


def show_page_nav_demo(window: MainWindow, demo: str) -> None:
    window.activateWindow()  # the gallery's display has no window manager to give the window the keyboard
    window.page.setFocus(Qt.FocusReason.OtherFocusReason)
    nav = window.access.page_nav
    if demo == "heading":
        nav.headings.step(forward=True)
        nav.headings.step(forward=True)
    elif demo == "last":
        nav.headings.go_to(nav.headings.headings()[-1])
    elif demo == "list":
        nav.open_list()
        if nav.guide is not None:
            nav.guide.heading_list.move_to(2)
