"""The staff panel, behind the PIN: reset now, exit kiosk, and the state of content and settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from ui.kiosk.overlay import Overlay
from ui.theme import Theme


class AdminPanel(Overlay):
    """Shows status rows given to it and offers the staff actions.

    Signals:
        reset_requested(): 'Reset now'.
        exit_requested(): 'Exit kiosk'.
        closed(): 'Back to the map'.
    """

    reset_requested = Signal()
    exit_requested = Signal()
    closed = Signal()

    def __init__(self, window: QWidget, theme: Theme) -> None:
        super().__init__(window, "admin-panel", theme)
        self.label("Staff panel", "kiosk-title")
        self.rows = QFormLayout()
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(10)
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(self.rows)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.back_button = self.button("Back to the map", buttons, self.closed.emit)
        self.reset_button = self.button("Reset now", buttons, self.reset_requested.emit)
        self.exit_button = self.button("Exit kiosk", buttons, self.exit_requested.emit, primary=True)
        self.body.addSpacing(8)
        self.body.addLayout(buttons)
        self.card.setMaximumWidth(1400)

    def show_status(self, rows: list[tuple[str, str]]) -> None:
        while self.rows.rowCount():
            self.rows.removeRow(0)
        for name, value in rows:
            key = QLabel(name, self.card)
            key.setObjectName("admin-key")
            text = QLabel(value, self.card)
            text.setObjectName("admin-value")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows.addRow(key, text)
        self.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def status_text(self) -> str:
        labels = self.card.findChildren(QLabel, "admin-value")
        return "\n".join(label.text() for label in labels)
