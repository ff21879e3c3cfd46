"""The window's chrome at the reader's text size: toolbar, menus, view switch, status bar, kiosk sheets.

At the normal size the window has no font or style sheet of its own and shows the application's (ui.theme.apply),
so 100 % is exactly what it always was. At any other size it gets the same style sheet at the larger sizes
(ui.text_zoom.zoomed), which its children and its popups (the Topics menu) inherit."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QWidget

from core import text_size
from ui.text_zoom import zoomed
from ui.theme import Theme, style_sheet

# A style sheet decides a styled widget's font (a window's setFont would not reach them): every widget's body size
# first, so the sheet's own rules after it (toolbar buttons, kiosk titles) win; popups (the Topics menu) too.
BODY_SHEET = "QWidget {{ font-size: {body}px; }}\n"


class WindowZoom:
    """Sizes `window`'s chrome for a text size (`resize`, a ui.text_zoom follower)."""

    def __init__(self, window: QWidget, theme: Theme) -> None:
        self._window = window
        self._theme = theme

    def resize(self, percent: int) -> None:
        window = self._window
        if percent == text_size.NORMAL:
            window.setStyleSheet("")
        else:
            window.ensurePolished()  # before the first show too: a toolbar polished after the sheet lost its padding
            window.setStyleSheet(zoom_sheet(self._theme, percent))
        bar = window.findChild(QStatusBar)  # only if there is one (QMainWindow.statusBar() would make one)
        if bar is not None:  # it measures its line's height only when its parts change: the size grip is one
            grip = bar.isSizeGripEnabled()
            bar.setSizeGripEnabled(not grip)
            bar.setSizeGripEnabled(grip)


def zoom_sheet(theme: Theme, percent: int) -> str:
    """The style sheet that sizes a window, or a part of one, at `percent` of `theme` (at 100 % too: a part that
    stays smaller than a zoomed window overrides the window's sheet with this one)."""
    look = zoomed(theme, percent)
    return BODY_SHEET.format(body=look.scale.body) + style_sheet(look)
