"""A kiosk has no status bar: on a full screen its strip is an empty white band under the map and the page. What the
window says there (an address it does not open) shows for its time on a card over the foot of the window instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

MARGIN = 24  # px between the card and the window's sides and bottom


class StatusToast(QObject):
    """Hides `window`'s status bar and shows each of its messages on a card, gone when the message is."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.card: QLabel | None = None  # made on the first message: none is shown on the first frame
        bar = window.statusBar()
        bar.hide()
        bar.messageChanged.connect(self._show)
        window.installEventFilter(self)

    def _show(self, text: str) -> None:
        if not text:
            if self.card is not None:
                self.card.hide()
            return
        card = self.card or self._make()
        card.setText(text)
        card.setAccessibleName(text)
        self._place()
        card.raise_()
        card.show()

    def _make(self) -> QLabel:
        from PySide6.QtCore import Qt

        card = self.card = QLabel(self._window)
        card.setObjectName("kiosk-toast")
        card.setWordWrap(True)
        card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a touch goes on to the page
        return card

    def _place(self) -> None:
        card, window = self.card, self._window
        if card is None:
            return
        most = max(1, window.width() - 2 * MARGIN)
        card.setFixedWidth(min(most, card.sizeHint().width()))
        card.setFixedHeight(card.heightForWidth(card.width()))
        card.move((window.width() - card.width()) // 2, window.height() - card.height() - MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.card is not None and self.card.isVisible():
            self._place()
        return False
