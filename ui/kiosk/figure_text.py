"""How a staff panel row shows: its text with each figure kept on the line of its word (core.kept_together), the
words it was given back (the panel's summary_text and status_text: what it says, not how it is wrapped), and its
heading level with its first line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.kept_together import kept_together

WORDS = "words"  # the label's property holding the text as given
KEY_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop  # a row's heading, level with its first line


def set_figure_text(label: QLabel, text: str) -> QLabel:
    label.setText(kept_together(text))
    label.setProperty(WORDS, text)
    return label


def words(label: QLabel) -> str:
    given = label.property(WORDS)
    return given if isinstance(given, str) else label.text()
