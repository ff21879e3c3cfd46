"""The staff panel's usage part: today's and the show's totals, the top areas, the heat map of the
three diagrams, and 'Export usage' and 'Clear counts' (which asks for the PIN again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.kiosk.figure_text import KEY_ALIGNMENT, set_figure_text, words


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
        self.rows = QFormLayout()
        self.rows.setHorizontalSpacing(16)
        self.rows.setVerticalSpacing(6)
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.rows)
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

    def show_usage(self, rows: list[tuple[str, str]], heat_map: QImage | None, counting: bool) -> None:
        while self.rows.rowCount():
            self.rows.removeRow(0)
        for name, value in rows:
            key = set_figure_text(QLabel(self), name)
            key.setObjectName("admin-key")
            key.setAlignment(KEY_ALIGNMENT)
            text = set_figure_text(QLabel(self), value)
            text.setObjectName("admin-value")
            text.setWordWrap(True)
            text.setAccessibleName(name)
            self.rows.addRow(key, text)
        self.heat_map.setVisible(heat_map is not None)
        if heat_map is not None:
            pixmap = QPixmap.fromImage(heat_map)
            self.heat_map.setPixmap(pixmap)
            self.heat_map.setMinimumSize(pixmap.size())
        self.export_button.setEnabled(counting)
        self.clear_button.setEnabled(counting)

    def summary_text(self) -> str:
        """What the rows say, one line each: 'heading: text'."""
        lines = []
        for row in range(self.rows.rowCount()):
            key_item = self.rows.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value_item = self.rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
            key = key_item.widget() if key_item is not None else None
            value = value_item.widget() if value_item is not None else None
            if isinstance(key, QLabel) and isinstance(value, QLabel):
                lines.append(f"{words(key)}: {words(value)}")
        return "\n".join(lines)

    def tell(self, message: str) -> None:
        self.message.setText(message)
