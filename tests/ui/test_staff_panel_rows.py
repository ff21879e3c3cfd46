"""Each row of the staff panel reads as one line: its heading stands level with the first line of its text, however
many lines that text wraps to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFormLayout, QLabel

from tests.ui.conftest import PIN
from tests.ui.test_kiosk import enter_pin, staff_keys
from tests.ui.test_staff_panel_fit import busy_show

SIZES = [(1280, 720), (1920, 1080), (1080, 1920)]


def first_ink(image: QImage, rect: QRect) -> int:
    """The first pixel row of `rect` holding anything but the card's ground: where its text begins."""
    ground = image.pixel(rect.left(), rect.top())
    for y in range(rect.top(), rect.bottom() + 1):
        if any(image.pixel(x, y) != ground for x in range(rect.left(), rect.right() + 1)):
            return y
    raise AssertionError(f"nothing drawn in {rect}")


def rows(form: QFormLayout) -> list[tuple[QLabel, QLabel]]:
    pairs = []
    for row in range(form.rowCount()):
        key = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(key, QLabel) and isinstance(value, QLabel)
        pairs.append((key, value))
    return pairs


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_each_heading_is_level_with_the_first_line_of_its_text(qtbot, make_kiosk, size) -> None:
    mode = make_kiosk(size=size)
    busy_show(mode)
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    card = mode.admin.card
    image = card.grab().toImage()
    ratio = image.devicePixelRatio()
    pairs = rows(mode.admin.rows) + rows(mode.admin.usage.rows)
    assert any(value.height() > 1.5 * key.sizeHint().height() for key, value in pairs)  # some wrap
    for key, value in pairs:
        tops = []
        for label in (key, value):
            box = QRect(label.mapTo(card, label.rect().topLeft()), label.size())
            scaled = QRect(
                round(box.x() * ratio), round(box.y() * ratio), round(box.width() * ratio), round(box.height() * ratio)
            )
            tops.append(first_ink(image, scaled) / ratio)
        assert abs(tops[0] - tops[1]) <= 4, (key.text(), value.text(), tops)  # a bracket rises above a figure
