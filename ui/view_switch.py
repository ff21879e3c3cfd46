"""The face / body-front / body-back switch: a row of segmented buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


class ViewSwitch(QWidget):
    """Exactly one view is checked at a time.

    Signals:
        view_chosen(str): the user picked a view (not emitted by set_view).
    """

    view_chosen = Signal(str)

    def __init__(self, views: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        for index, (view, title) in enumerate(views.items()):
            button = QPushButton(self)  # not QPushButton(title, self): its overloads load QIcon's 151 theme names
            button.setText(title)
            button.setCheckable(True)
            button.setProperty("segment", True)
            position = "first" if index == 0 else "last" if index == len(views) - 1 else "middle"
            button.setProperty("position", position)
            button.setAccessibleName(f"{title} view")
            button.clicked.connect(lambda _checked=False, view=view: self.view_chosen.emit(view))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[view] = button

    def set_view(self, view: str) -> None:
        self._buttons[view].setChecked(True)

    def button(self, view: str) -> QPushButton:
        return self._buttons[view]
