"""The attract loop: every area of every view lights up in turn, named under the map ('Neck: touch to
explore') in a band no region reaches (ui.kiosk.attract_band); a touch goes to the map beneath, so the first touch
already opens the area touched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from core.attract_walk import Step, first_step
from ui.diagram_view import DiagramView
from ui.kiosk.attract_band import SIDE, keep_band, pill_height, place_pill, set_pill_text
from ui.kiosk.clock import KioskClock
from ui.kiosk.figure_caption import FigureCaption

HINT = "Touch an area to explore"


class AttractLoop(QObject):
    """Walks `steps` while nobody uses the kiosk: shows each step's view (through `show_view`) and lights its
    area; `shown_view()` says which view the map shows now. The band its pill stands in is kept on every view,
    running or not, so the figure never moves under a first touch; `refit()` is called when the band changes."""

    def __init__(
        self,
        diagram: DiagramView,
        steps: tuple[Step, ...],
        shown_view: Callable[[], str],
        show_view: Callable[[str], None],
        interval_s: float,
        clock: KioskClock,
        refit: Callable[[], None] = lambda: None,
        caption: FigureCaption | None = None,
    ) -> None:
        super().__init__(diagram)
        self._caption = caption  # what the band holds while the loop is stopped
        self._refit = refit
        self._fitting = False
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
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        diagram.installEventFilter(self)
        diagram.regions_changed.connect(self._keep_band)  # another view, or the same at another size

    def start(self) -> None:
        if self._timer.is_active():
            return
        self._index = first_step(self._steps, self._shown_view())
        self._light()
        self._timer.start(self._interval_s)
        self.hint.show()
        if self._caption is not None:
            self._caption.set_wanted(False)

    def stop(self) -> None:
        self._timer.stop()
        self._diagram.set_attract("")
        self.hint.hide()
        if self._caption is not None:
            self._caption.set_wanted(True)

    def _next(self) -> None:
        self._index += 1
        self._light()

    def _light(self) -> None:
        if not self._steps:
            self._diagram.set_attract("")
            self._show_hint(HINT)
            return
        step = self._steps[self._index % len(self._steps)]
        if step.view != self._shown_view():
            self._show_view(step.view)
        self._diagram.set_attract(step.area_id)
        self._show_hint(step.hint)

    def _show_hint(self, text: str) -> None:
        set_pill_text(self.hint, text, self._diagram.width() - SIDE)
        self.hint.setAccessibleName(text)
        place_pill(self.hint, self._diagram)

    def _keep_band(self) -> None:
        """The band under the figure for the tallest pill of the view shown, and the pill in it."""
        if self._fitting:
            return
        self._fitting = True
        try:
            view = self._shown_view()
            hints = [step.hint for step in self._steps if step.view == view] or [HINT]
            for _ in range(3):  # a new band narrows a body's panel, and a narrower pill may need two lines
                width = self._diagram.width()
                if not keep_band(self._diagram, pill_height(self.hint, hints, width - SIDE)):
                    break
                self._refit()
                if self._diagram.width() == width:
                    break
            place_pill(self.hint, self._diagram)
            if self._caption is not None:
                self._caption.place()
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._keep_band()
        return False
