"""The attract loop: the map's areas light up one after another under a 'Touch an area' hint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from ui.diagram_view import DiagramView
from ui.kiosk.clock import KioskClock

HINT = "Touch an area to explore"


class AttractLoop(QObject):
    """Lights each region of the shown diagram in turn while nobody uses the kiosk."""

    def __init__(self, diagram: DiagramView, interval_s: float, clock: KioskClock) -> None:
        super().__init__(diagram)
        self._diagram = diagram
        self._index = 0
        self._interval_s = max(0.05, interval_s)
        self._timer = clock.timer(self, self._next, repeat=True)
        self.hint = QLabel(HINT, diagram)
        self.hint.setObjectName("attract-hint")
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a touch goes to the area
        self.hint.hide()
        diagram.installEventFilter(self)

    def start(self) -> None:
        if self._timer.is_active():
            return
        self._index = 0
        self._light()
        self._timer.start(self._interval_s)
        self._place_hint()
        self.hint.show()

    def stop(self) -> None:
        self._timer.stop()
        self._diagram.set_attract("")
        self.hint.hide()

    def _next(self) -> None:
        self._index += 1
        self._light()

    def _light(self) -> None:
        regions = self._diagram.region_ids()
        self._diagram.set_attract(regions[self._index % len(regions)] if regions else "")

    def _place_hint(self) -> None:
        self.hint.adjustSize()
        x = (self._diagram.width() - self.hint.width()) // 2
        self.hint.move(max(0, x), self._diagram.height() - self.hint.height() - 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_hint()
        return False
