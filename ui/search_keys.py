"""The keys that go to the search field: Ctrl+F always; `/` too, unless the site turns single-key shortcuts
off (`single_key_shortcuts: false`). In a text field `/` is a slash: Qt gives a field that takes typed text
its printable keys before any shortcut (ShortcutOverride), so `/` never leaves the search field, say.

WCAG 2.1.4 (character key shortcuts): a shortcut of one printable key can be turned off, or is active only
where it cannot be set off while typing."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from core.key_help import SEARCH_KEYS
from core.key_help import SEARCH_SINGLE_KEY as SINGLE_KEY


class SearchKeys:
    """The search shortcuts of one window; `single_key` says whether `/` is one of them."""

    def __init__(self, window: QWidget, field: QLineEdit, *, single_key: bool = True) -> None:
        self.ctrl_f = QShortcut(QKeySequence(SEARCH_KEYS), window, field.setFocus)
        self.slash = QShortcut(QKeySequence(SINGLE_KEY), window, field.setFocus) if single_key else None
