"""The staff panel's usage part: today's and the show's totals, the top areas, the heat map of the
three diagrams, and 'Export usage' and 'Clear counts' (which asks for the PIN again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class UsagePanel(QWidget):
    """Shows what it is given; staff's choices go out as signals.

    Signals:
        export_requested(): 'Export usage'.
        clear_requested(): 'Clear counts'.
    """

    export_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("usage-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = QLabel("Usage counts", self)
        heading.setObjectName("admin-key")
        layout.addWidget(heading)
        self.summary = QLabel("", self)
        self.summary.setObjectName("admin-value")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Usage counts")
        layout.addWidget(self.summary)
        self.heat_map = QLabel(self)
        self.heat_map.setAccessibleName("Heat map: how often each area was opened")
        self.heat_map.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heat_map)
        self.message = QLabel("", self)
        self.message.setObjectName("admin-value")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Export and clear: what happened")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.export_button = self._button("Export usage", buttons, self.export_requested.emit)
        self.clear_button = self._button("Clear counts", buttons, self.clear_requested.emit)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _button(self, text: str, row: QHBoxLayout, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("kiosk", True)
        button.setProperty("primary", False)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def show_usage(self, summary: str, heat_map: QImage | None, counting: bool) -> None:
        self.summary.setText(summary)
        self.heat_map.setVisible(heat_map is not None)
        if heat_map is not None:
            self.heat_map.setPixmap(QPixmap.fromImage(heat_map))
        self.export_button.setEnabled(counting)
        self.clear_button.setEnabled(counting)

    def tell(self, message: str) -> None:
        self.message.setText(message)
