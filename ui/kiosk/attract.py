"""The attract loop: every area of every view lights up in turn, named under the map ('Neck: touch to
explore'); a touch goes to the map beneath, so the first touch already opens the area touched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from core.attract_walk import Step, first_step
from ui.diagram_view import DiagramView
from ui.kiosk.clock import KioskClock

HINT = "Touch an area to explore"


class AttractLoop(QObject):
    """Walks `steps` while nobody uses the kiosk: shows each step's view (through `show_view`) and lights its
    area; `shown_view()` says which view the map shows now."""

    def __init__(
        self,
        diagram: DiagramView,
        steps: tuple[Step, ...],
        shown_view: Callable[[], str],
        show_view: Callable[[str], None],
        interval_s: float,
        clock: KioskClock,
    ) -> None:
        super().__init__(diagram)
        self._diagram = diagram
        self._steps = steps
        self._shown_view = shown_view
        self._show_view = show_view
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
        self._index = first_step(self._steps, self._shown_view())
        self._light()
        self._timer.start(self._interval_s)
        self.hint.show()

    def stop(self) -> None:
        self._timer.stop()
        self._diagram.set_attract("")
        self.hint.hide()

    def _next(self) -> None:
        self._index += 1
        self._light()

    def _light(self) -> None:
        if not self._steps:
            self._diagram.set_attract("")
            self.hint.setText(HINT)
            self._place_hint()
            return
        step = self._steps[self._index % len(self._steps)]
        if step.view != self._shown_view():
            self._show_view(step.view)
        self._diagram.set_attract(step.area_id)
        self.hint.setText(step.hint)
        self.hint.setAccessibleName(step.hint)
        self._place_hint()

    def _place_hint(self) -> None:
        self.hint.adjustSize()
        x = (self._diagram.width() - self.hint.width()) // 2
        self.hint.move(max(0, x), self._diagram.height() - self.hint.height() - 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_hint()
        return False
