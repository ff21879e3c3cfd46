"""The PIN's entry line: a password field, so the digits show as dots and assistive technology meets a
"password text" of the PIN's length, and never the digits.

The digits are never in the field at all: it holds a star per digit, and the PIN pad keeps the digits. Qt's
password line edit hides its text from the accessible Text interface, but its text-changed events carry what
was typed (a screen reader's bus hears "2", "5"...), so typing goes to the pad (every key is passed on to
it), which sets the stars; Ctrl+V is the pad's too (a whole PIN of digits from the clipboard). Nothing of
the field's own editing is left: no paste of the X selection (middle click), no drop, no context menu, no
input method (a kiosk's on-screen keyboard would cover the pad's own keys)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

NAME = "Staff PIN"
DOT_GAP = 14  # px between the dots, so a count can be read at a glance
STAR = "*"  # what stands in the field for each digit; drawn as the style's dot (lineedit-password-character)


class PinField(QLineEdit):
    """Shows `set_count(n)` dots; every key pressed on it is the PIN pad's (its parent's) to handle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("pin-field")
        self.setAccessibleName(NAME)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        hints = Qt.InputMethodHint
        self.setInputMethodHints(hints.ImhDigitsOnly | hints.ImhHiddenText | hints.ImhSensitiveData)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # after setEchoMode, which sets it
        font = self.font()
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, DOT_GAP)  # the style sheet sets only the size
        self.setFont(font)

    def set_count(self, digits: int) -> None:
        """Show `digits` dots. A digit more or less is one star typed or taken back, so a screen reader hears
        one character change ("star"), not the whole line again."""
        shown = len(self.text())
        self.end(False)
        if digits == shown + 1:
            self.insert(STAR)
        elif digits == shown - 1:
            self.backspace()
        elif digits != shown:
            self.setText(STAR * digits)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.deselect()  # Tab selects a line edit's text: nothing to select here (a screen reader said "selected")
        self.end(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # on to the pad: it keeps the digits and sets the stars

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()  # no paste of the X selection
            return
        super().mouseReleaseEvent(event)
