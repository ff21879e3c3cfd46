"""The staff PIN prompt: a numeric keypad big enough for fingers, and a password field (ui.kiosk.pin_field)
that also takes typed digits and shows each as a dot."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from core.pin import PIN_DIGITS
from ui.access_factory import announce
from ui.kiosk.overlay import Overlay
from ui.kiosk.pin_field import PinField
from ui.theme import Theme


class PinPad(Overlay):
    """Collects digits and hands them over; it never judges a PIN itself.

    Signals:
        submitted(str): OK with the digits entered.
        cancelled(): Cancel or Escape.
    """

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, window: QWidget, theme: Theme) -> None:
        super().__init__(window, "pin-pad", theme)
        self._digits = ""
        self.label("Staff PIN", "kiosk-title")
        self.field = PinField(self.card)
        self.body.addWidget(self.field)
        self.message = self.label("", "kiosk-message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keypad = QWidget(self.card)
        grid = QGridLayout(self.keypad)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate("123456789C0<"):
            text = {"C": "Clear", "<": "⌫"}.get(key, key)
            button = QPushButton(text, self.keypad)
            button.setObjectName("pin-key")
            button.setProperty("word", key == "C")  # a word in the digits' size would fill its key edge to edge
            button.setAccessibleName({"C": "Clear", "<": "Delete last digit"}.get(key, key))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, key=key: self._press(key))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.cancel_button = self.button("Cancel", row, self.cancelled.emit, focusable=False)
        self.ok_button = self.button("OK", row, self._submit, primary=True, focusable=False)
        self.body.addLayout(row)
        self.card.setFixedWidth(620)

    def ask(self) -> None:
        """Open with an empty entry and the keypad."""
        self._open("Enter the staff PIN.", keypad=True)

    def explain(self, text: str) -> None:
        """Open without a keypad, to say why no PIN can be entered (none is set)."""
        self._open(text, keypad=False)

    def _open(self, text: str, *, keypad: bool) -> None:
        self._set_digits("")
        self.message.setText(text)
        self.keypad.setVisible(keypad)
        self.field.setVisible(keypad)
        self.ok_button.setVisible(keypad)
        self.cancel_button.setText("Cancel" if keypad else "Close")
        self.fit_height()  # the keypad's last row whole on a 1280x720 screen
        self.open()
        if keypad:
            self.field.setFocus()  # a screen reader hears the dialog, then "Staff PIN, password text"

    def refuse(self, text: str) -> None:
        """A PIN was not accepted: say why and start the entry over."""
        self._set_digits("")
        self.message.setText(text)
        announce(self, text, assertive=True)

    def entered(self) -> str:
        return self._digits

    def _set_digits(self, digits: str) -> None:
        self._digits = digits
        self.field.set_count(len(digits))

    def _press(self, key: str) -> None:
        digits = self.entered()
        if key == "C":
            self._set_digits("")
        elif key == "<":
            self._set_digits(digits[:-1])
        elif len(digits) < PIN_DIGITS[1]:
            self._set_digits(digits + key)

    def _submit(self) -> None:
        if self.keypad.isVisible() and self.entered():
            self.submitted.emit(self.entered())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self._press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._press("<")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self._paste()
        else:
            super().keyPressEvent(event)

    def _paste(self) -> None:
        """A PIN from the clipboard (a password manager's, WCAG 3.3.8): only a whole PIN of digits, nothing else."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text().strip() if clipboard is not None else ""
        if text.isascii() and text.isdigit() and len(text) <= PIN_DIGITS[1] and self.keypad.isVisible():
            self._set_digits(text)
