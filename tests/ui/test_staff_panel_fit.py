"""The staff panel after a busy show fits the screen it opens on, landscape and portrait, down to 1280x720: no
line of its text is cut off, and every part of it is on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.conftest import PIN
from tests.ui.test_kiosk import enter_pin, staff_keys

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]


def busy_show(mode) -> None:
    """A show's worth of counts: every area opened, sessions, attract loops and resets (as the gallery's)."""
    assert mode.usage is not None
    for index, area in enumerate(mode.window.navigator.pack.areas.values()):
        mode.usage.record("area", area.view, area.id, n=(index * 7) % 23 + 100)
    counts = {"session": 4100, "session_seconds": 4100 * 64, "attract_shown": 4700, "attract_touch": 4100}
    for kind, n in counts.items():
        mode.usage.record(kind, n=n)
    mode.usage.record("reset", "", "idle", n=4000)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_staff_panel_shows_every_line_of_its_text(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    busy_show(mode)
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    admin = mode.admin
    assert admin.isVisible() and "4100 visitor sessions" in admin.usage.summary_text()
    screen = QRect(0, 0, *size)
    labels = [label for label in admin.card.findChildren(QLabel) if label.isVisibleTo(admin) and label.text()]
    assert len(labels) > 15
    for label in labels:
        wanted = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= wanted, (label.text(), label.size(), wanted)  # no line cut off
        assert screen.contains(QRect(label.mapTo(mode.window, label.rect().topLeft()), label.size())), label.text()
    for button in admin.card.findChildren(QPushButton):
        if button.isVisibleTo(admin):
            assert screen.contains(QRect(button.mapTo(mode.window, button.rect().topLeft()), button.size()))
            assert button.height() >= 48, button.text()
