"""On a portrait screen the staff panel's status rows and its usage counts, stacked, read as one table: their
texts start at one line down the card; side by side each keeps its own."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from tests.ui.conftest import PIN
from tests.ui.test_kiosk import enter_pin, staff_keys


def text_lefts(card, form: QFormLayout) -> set[int]:
    lefts = set()
    for row in range(form.rowCount()):
        value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(value, QLabel)
        lefts.add(value.mapTo(card, value.rect().topLeft()).x())
    return lefts


def test_stacked_the_status_and_the_counts_share_one_column_of_headings(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1080, 1920))
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    card = mode.admin.card
    lefts = text_lefts(card, mode.admin.rows) | text_lefts(card, mode.admin.usage.rows)
    assert len(lefts) == 1, lefts


def test_side_by_side_each_column_keeps_its_own_headings(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1920, 1080))
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    card = mode.admin.card
    status, counts = text_lefts(card, mode.admin.rows), text_lefts(card, mode.admin.usage.rows)
    assert len(status) == 1 and len(counts) == 1 and status != counts
    counts_left = mode.admin.usage.mapTo(card, mode.admin.usage.rect().topLeft()).x()
    assert min(counts) - counts_left < 300  # no status heading's width pushed into the counts' column
