"""The staff panel, behind the PIN: reset now, exit kiosk, the state of content and settings, and the usage
counts (ui.kiosk.usage_panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QHBoxLayout, QLabel, QWidget

from ui.kiosk.figure_text import KEY_ALIGNMENT, set_figure_text, words
from ui.kiosk.overlay import Overlay
from ui.kiosk.usage_panel import UsagePanel
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
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(40)
        self.columns.addLayout(self.rows, 1)
        self.body.addLayout(self.columns)
        self.usage = UsagePanel(self.card)
        self.columns.addWidget(self.usage, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.back_button = self.button("Back to the map", buttons, self.closed.emit)
        self.reset_button = self.button("Reset now", buttons, self.reset_requested.emit)
        self.exit_button = self.button("Exit kiosk", buttons, self.exit_requested.emit, primary=True)
        self.body.addSpacing(8)
        self.body.addLayout(buttons)
        self.card.setMaximumWidth(1800)

    def show_status(self, rows: list[tuple[str, str]]) -> None:
        while self.rows.rowCount():
            self.rows.removeRow(0)
        for name, value in rows:
            key = QLabel(name, self.card)
            key.setObjectName("admin-key")
            key.setAlignment(KEY_ALIGNMENT)  # level with its value's first line, however many lines it has
            text = set_figure_text(QLabel(self.card), value)
            text.setObjectName("admin-value")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows.addRow(key, text)
        window = self.parentWidget()
        wide = window is None or window.width() > window.height()
        # Side by side on a landscape screen; the usage counts below the status on a portrait one.
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # A short screen (1366x768, 1280x720): every line of the counts must show.
        self.rows.setVerticalSpacing(6 if self.fit_height() else 10)
        self._line_up_headings(stacked=not wide)
        self.open()

    def _line_up_headings(self, stacked: bool) -> None:
        """Stacked, the status rows and the usage counts' rows are one table: one column of headings for both."""
        forms = [(form, _headings(form)) for form in (self.rows, self.usage.rows)]
        for _form, keys in forms:
            for key in keys:
                key.ensurePolished()  # in the print the card's size gives it
                key.setMinimumWidth(0)
        # Where the texts start: the widest heading and its form's gap (the two forms' gaps differ).
        widths = [key.sizeHint().width() + form.horizontalSpacing() for form, keys in forms for key in keys]
        start = max(widths, default=0)
        for form, keys in forms:
            for key in keys:
                key.setMinimumWidth(start - form.horizontalSpacing() if stacked else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def status_text(self) -> str:
        labels = self.card.findChildren(QLabel, "admin-value")
        return "\n".join(words(label) for label in labels)


def _headings(form: QFormLayout) -> list[QWidget]:
    items = (form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount()))
    return [widget for item in items if item is not None and (widget := item.widget()) is not None]
