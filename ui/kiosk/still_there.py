"""The 'Still there?' warning: a countdown before the kiosk starts over; any touch keeps the session."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.access_factory import announce
from ui.kiosk.overlay import Overlay
from ui.theme import Theme

SPOKEN_SECONDS = (15, 10, 5, 3)  # the countdown a screen reader hears, besides when the warning opens


class StillThere(Overlay):
    """Shows how many seconds are left; the kiosk controller hides it on any touch."""

    def __init__(self, window: QWidget, theme: Theme) -> None:
        super().__init__(window, "still-there", theme)
        self.label("Still there?", "kiosk-title")
        self.countdown = self.label("", "kiosk-big")
        self.label("Touch anywhere to keep reading.", "kiosk-text")
        self.card.setMinimumWidth(560)

    def set_seconds(self, seconds: int) -> None:
        self.countdown.setText(f"Starting over in {seconds} s")
        if self.isVisible() and seconds in SPOKEN_SECONDS:  # opening it is heard whole (ui.kiosk.dialog_access)
            announce(self, self.countdown.text())

    def text(self) -> str:
        return self.countdown.text()
