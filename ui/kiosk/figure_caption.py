"""What stands in the band under the figure once the attract loop stops: a quiet line saying the map still answers a
touch, where the pill stood. The band stays (the figure never moves under a visitor's finger); the line only says
what the room is for, so it does not read as a gap left by mistake."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.diagram_view import DiagramView
from ui.kiosk.attract_band import GAP
from ui.lazy_qt import Qt
from ui.theme import Theme

AREA_OPEN = "Touch another area to read about it"
NO_AREA = "Touch an area to read about it"


class FigureCaption(QLabel):
    """One line of quiet text (two where the panel is narrow) under the figure; touches go through it to the map."""

    def __init__(self, diagram: DiagramView, theme: Theme) -> None:
        super().__init__(NO_AREA, diagram)
        self._diagram = diagram
        self._wanted = False
        colours, scale = theme
        self.setObjectName("figure-caption")
        self.setAccessibleName(NO_AREA)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a touch goes to the area beneath
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#figure-caption {{ background: transparent; color: {colours.muted}; font-size: {scale.body}px; }}"
        )
        self.hide()

    def page_shown(self, ref: str, _view: str = "") -> None:
        """Word it for the page beside the map: an area's, or another page."""
        text = AREA_OPEN if ref.startswith("area:") else NO_AREA
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
            self.place()

    def set_wanted(self, wanted: bool) -> None:
        """Shown while the attract loop is not running (its pill has the band then)."""
        self._wanted = wanted
        self.place()

    def place(self) -> None:
        """Centred in the room between the figure's bottom and the diagram's; hidden where that room cannot hold it
        with GAP px above and below."""
        diagram = self._diagram
        figure = diagram.figure_rect()
        room = diagram.height() - round(figure.bottom()) if not figure.isEmpty() else 0
        self.ensurePolished()  # its font is the style sheet's
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 8  # a word-wrapped label's hint is narrower
        width = min(one_line, diagram.width() - 2 * GAP)
        height = self.heightForWidth(width) if width > 0 else 0
        self.resize(max(width, 1), max(height, 1))
        self.move(max(0, (diagram.width() - width) // 2), diagram.height() - room + (room - height) // 2)
        self.setVisible(self._wanted and width > 0 and 0 < height <= room - 2 * GAP)
