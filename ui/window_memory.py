"""A desk window's memory between runs (core.window_memory decides; this reads the window and applies it):
size and place, maximized or not, the split, the diagram view, the text size and the recent pages.

`restore` runs before the window is shown; `keep` writes it all when the app quits. A kiosk uses neither."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QGuiApplication

from core.window_memory import Rect, WindowMemory, fitting, share, write_memory
from ui.main_window import MainWindow


def _rect(rect: QRect) -> Rect:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def restore(window: MainWindow, memory: WindowMemory, *, geometry: bool = True) -> None:
    """Give a window that is not shown yet what it had last time, as far as it still fits: a place and size that
    no longer fit on any screen's free area are dropped (the window keeps the size it was fitted to)."""
    from ui.app import MAXIMIZE  # the property show_fitted reads

    if geometry:
        screens = [_rect(screen.availableGeometry()) for screen in QGuiApplication.screens()]
        place = fitting(memory.geometry, screens)
        if place is not None:
            window.setGeometry(*place)
            window.setProperty(MAXIMIZE, memory.maximized)
        elif memory.maximized:
            window.setProperty(MAXIMIZE, True)
    for portrait, stored in ((False, memory.split), (True, memory.split_stacked)):
        if stored:
            window.split_share[portrait] = stored
    window.text_zoom.set_percent(memory.text_percent)  # before the page view is made: the chrome at it, no rebuild


def remembered(window: MainWindow, before: WindowMemory) -> WindowMemory:
    """What the window shows now, to keep: `before`'s split for the orientation not on screen."""
    maximized = window.isMaximized() or window.isFullScreen()
    place = _rect(window.normalGeometry() if maximized else window.geometry())
    first, *rest = window.view_split.reader_sizes() or [0]  # on a body view, the split the reader left on the face
    stacked = window.height() > window.width()  # the window's own rule for stacking (no Qt enum: it quits fast)
    split = share(first, sum(rest))
    return before._replace(
        geometry=place if place[2] > 0 and place[3] > 0 else before.geometry,
        maximized=maximized,
        split=before.split if stacked or not split else split,
        split_stacked=split if stacked and split else before.split_stacked,
        view=window.navigator.view,
        text_percent=window.text_zoom.percent,
        recent=window.navigator.recent or (),
    )


class _Keeper(QObject):
    """Writes the memory at quit; a child of the window, so it goes (and is disconnected) with it."""

    def __init__(self, window: MainWindow, path: Path, before: WindowMemory) -> None:
        super().__init__(window)
        self._window, self._path, self._before = window, path, before

    def save(self) -> None:
        now = remembered(self._window, self._before)
        if now != self._before:  # nothing changed, nothing written (a write loads OpenSSL, through secrets)
            write_memory(self._path, now)


def keep(window: MainWindow, path: Path, before: WindowMemory) -> None:
    """Write the window's memory to `path` when the app quits, if it changed since `before` was read (a file that
    cannot be written is left alone)."""
    app = QGuiApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_Keeper(window, path, before).save)
