"""The staff PIN pad shows every key whole, with OK and Cancel under them, on every screen down to 1280x720, each
key at least the kiosk's 55 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from tests.ui.test_kiosk import staff_keys

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]


def on_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_key_of_the_pin_pad_is_whole_on_the_screen(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    staff_keys(mode)
    pad = mode.pin_pad
    assert pad.isVisible()
    window = mode.window
    card = on_window(pad.card, window)
    assert QRect(0, 0, *size).contains(card)
    assert pad.card.height() >= pad.card.minimumSizeHint().height()  # nothing in it squeezed below its size
    keys = [on_window(key, window) for key in pad.keys.values()]
    buttons = [on_window(button, window) for button in (pad.cancel_button, pad.ok_button)]
    for rect in [*keys, *buttons]:
        assert card.contains(rect), (rect, card)
        assert rect.height() >= 55 and rect.width() >= 55
    lowest_key = max(rect.bottom() for rect in keys)
    assert all(lowest_key < rect.top() for rect in buttons)  # the keypad's last row stands above OK and Cancel
    for key in pad.keys.values():
        assert isinstance(key, QPushButton) and key.height() >= key.sizeHint().height()


def test_the_clear_key_s_word_has_room_around_it(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1280, 720))
    staff_keys(mode)
    clear, digit = mode.pin_pad.keys["C"], mode.pin_pad.keys["1"]
    word = clear.fontMetrics().horizontalAdvance(clear.text())
    assert word <= clear.width() - 2 * 20, (word, clear.width())
    assert digit.font().pixelSize() > clear.font().pixelSize()  # the digits stay the big ones
