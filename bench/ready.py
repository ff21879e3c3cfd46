"""Waiting, in a bench that drives the real window, for what a real start does while the user looks."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def wait_until_prepared(app: QApplication, window: MainWindow) -> None:
    """Until the shown window has painted its first frame, shown its first page, and laid out every
    page likely to be opened next (which a real start does in idle time)."""
    while not window.has_page():
        app.processEvents()
    window.prepare_pages()  # now, not after the idle delay
    while window.page.preparing():
        app.processEvents()
