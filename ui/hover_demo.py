"""The screenshot gallery's picture of an area's name on hover (`--hover-demo AREA`): the pointer resting on the
area, as a visitor's would, so the gallery shows where each name stands and what it covers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ui.lazy_qt import Qt
from ui.main_window import MainWindow


def show_hover_demo(window: MainWindow, area_id: str) -> None:
    diagram = window.diagram
    if area_id not in diagram.region_ids():
        return  # an area of another view: the gallery gives its view with --view
    point = diagram.anchor_of(area_id)
    for at in (QPointF(2, 2), point):  # onto the area from off the map, as a pointer comes
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            at,
            QPointF(diagram.mapToGlobal(at)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(diagram, move)
