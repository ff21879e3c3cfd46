"""The kiosk's sheets (PIN pad, staff panel, "Still there?") as a screen reader meets them: each is a
modal dialog named by its title and described by what it says, so opening one (it takes the keyboard)
is heard as "Still there? dialog, Starting over in 20 s. Touch anywhere to keep reading."."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLabel

from ui.access_factory import register
from ui.kiosk.overlay import Overlay

SPOKEN_LABELS = ("kiosk-big", "kiosk-text", "kiosk-message")  # what a sheet says, besides its title


class _DialogInterface(QAccessibleWidget):
    def __init__(self, overlay: Overlay) -> None:
        super().__init__(overlay, QAccessible.Role.Dialog, "")
        self._overlay = overlay

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._overlay.title
        if kind == QAccessible.Text.Description:
            return description(self._overlay)
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.modal = True
        return state


def description(overlay: Overlay) -> str:
    """The sheet's own words below its title, as one sentence run."""
    labels = [label for label in overlay.card.findChildren(QLabel) if label.objectName() in SPOKEN_LABELS]
    return " ".join(label.text().strip() for label in labels if not label.isHidden() and label.text().strip())


def make_dialogs_accessible(*sheet_classes: type[Overlay]) -> None:
    for sheet in sheet_classes:
        register(sheet.__name__, lambda widget: _DialogInterface(widget))  # type: ignore[arg-type]
