"""The PIN's entry line: a password field, so the digits show as dots and assistive technology meets a
"password text" whose text and value never hold them (Qt's own password line: its accessible text is empty,
its value a star per digit), and digits only, up to the PIN's longest.

No input method: the on-screen keyboard of a kiosk with search would cover the pad's own keys."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from core.pin import PIN_DIGITS

NAME = "Staff PIN"
DOT = 0x25CF  # ●, as the style sheet's lineedit-password-character


def pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName("pin-field")
    field.setAccessibleName(NAME)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_DIGITS[1])
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_DIGITS[1]}}}"), field))
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    hints = Qt.InputMethodHint
    field.setInputMethodHints(
        hints.ImhDigitsOnly | hints.ImhHiddenText | hints.ImhSensitiveData | hints.ImhNoPredictiveText
    )
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # after setEchoMode, which sets it
    return field
