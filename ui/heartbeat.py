"""The app's side of the watchdog's heartbeat: a count written every second from the event loop, so
that an app whose event loop stops (stopped, deadlocked, stuck in a long call) stops beating."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from core.heartbeat import BEAT_EVERY_S, beat


class Heartbeat(QObject):
    """Beats into `path` now and every BEAT_EVERY_S seconds while the event loop runs."""

    def __init__(self, path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.path = path
        self.count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(int(BEAT_EVERY_S * 1000))
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.beat()
        self._timer.start()

    def beat(self) -> None:
        self.count += 1
        beat(self.path, self.count)
