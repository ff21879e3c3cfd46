"""Text size: Ctrl+plus (and Ctrl+=), Ctrl+minus and Ctrl+0 enlarge, shrink and reset the page's text and, through
the widgets that follow it (ui.window_zoom and the rest), everything else the window shows.

The steps are core.text_size's; this holds the size, its keys, and the page theme at that size. The
keys are made after the first frame (a QShortcut builds Qt's enums: see ui.lazy_qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from core import text_size
from core.key_help import LARGER_KEYS, NORMAL_KEYS, SMALLER_KEYS

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ui.theme import Theme


class TextZoom:
    """The text's size, in percent of the theme's; `changed()` is called when a key or set_percent changes it, and
    then each follower (`follow`) with the new percentage. A plain object, not a QObject with a signal: it is made
    before the first frame, and defining a QObject class with a signal costs a start about 0.2 ms."""

    def __init__(self, window: QWidget, changed: Callable[[], None]) -> None:
        self._window = window
        self._changed = changed
        self._followers: list[Callable[[int], None]] = []
        self.percent = text_size.NORMAL

    def enable_shortcuts(self) -> None:
        """The keys, anywhere in the window. After the first frame."""
        from PySide6.QtGui import QShortcut

        for keys, act in ((LARGER_KEYS, self.larger), (SMALLER_KEYS, self.smaller), (NORMAL_KEYS, self.reset)):
            for key in keys:
                QShortcut(QKeySequence(key), self._window, act)

    def follow(self, resize: Callable[[int], None]) -> None:
        """Call `resize(percent)` at each change from now on, and at once when the size is not the normal one (a
        widget made after the size was set starts at it)."""
        self._followers.append(resize)
        if self.percent != text_size.NORMAL:
            resize(self.percent)

    def step(self, notch: int) -> None:
        """One step larger (notch > 0) or smaller: Ctrl+wheel on the page."""
        if notch > 0:
            self.larger()
        else:
            self.smaller()

    def larger(self) -> None:
        self.set_percent(text_size.larger(self.percent))

    def smaller(self) -> None:
        self.set_percent(text_size.smaller(self.percent))

    def reset(self) -> None:
        self.set_percent(text_size.NORMAL)

    def set_percent(self, percent: int) -> None:
        if text_size.valid(percent) and percent != self.percent:
            self.percent = percent
            self._changed()
            for resize in self._followers:
                resize(percent)

    def theme(self, theme: Theme) -> Theme:
        """`theme` at this percentage (see zoomed)."""
        return zoomed(theme, self.percent)


def zoomed(theme: Theme, percent: int) -> Theme:
    """`theme` at `percent`, as a browser zooms: its type sizes (title, heading, body, small print, and the
    chrome's when it has its own), its controls' least height and their padding; its colours and the least size
    of what a finger taps (which only ever needs to be that large) as they are."""
    if percent == text_size.NORMAL:
        return theme
    scale = theme.scale
    sizes = {
        name: text_size.scaled(getattr(scale, name), percent)
        for name in ("title", "heading", "body", "small", "control", "pad")
    }
    if scale.chrome:
        sizes["chrome"] = text_size.scaled(scale.chrome, percent)
    return theme._replace(scale=scale._replace(**sizes))
