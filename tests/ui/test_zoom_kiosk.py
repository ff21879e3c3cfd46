"""A kiosk visitor's larger text (Ctrl+plus) reaches the kiosk's sheets: "Still there?" at the visitor's size on
every screen, the PIN pad and the staff panel at it wherever they fit the screen whole, else at the largest size
that does (the staff panel at 200 % fits none of these screens). No sheet is cut off, at 200 % or at the normal
size (a 1280x720 PIN pad once lost its last row)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.zoom_checks import cut_off, larger

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]
IDS = [f"{w}x{h}" for w, h in SIZES]


def title_pixels(sheet) -> int:
    return sheet.card.findChild(QLabel, "kiosk-title").font().pixelSize()


def shown_whole(qtbot, mode, sheet) -> None:
    """The sheet opened as the gallery's demo opens it, and laid out as a visitor sees it: nothing cut off."""
    mode.show_demo({"staff": "admin"}.get(sheet, sheet))
    shown = {"pin": mode.pin_pad, "staff": mode.admin, "warning": mode.still_there}[sheet]
    assert shown.isVisible()
    qtbot.waitUntil(lambda: cut_off(shown.card, mode.window) == [])  # the demo's last words, a turn later
    assert mode.window.rect().contains(shown.card.geometry())
    return shown


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("sheet", ["pin", "staff", "warning"])
def test_each_kiosk_sheet_shows_whole_at_200_percent(qtbot, make_kiosk, size, sheet) -> None:
    mode = make_kiosk(size=size)
    normal = title_pixels(shown_whole(qtbot, mode, sheet))
    mode.still_there.hide(), mode.pin_pad.hide(), mode.admin.hide()
    larger(qtbot, mode.window)
    assert mode.window.text_zoom.percent == 200
    shown = shown_whole(qtbot, mode, sheet)
    if sheet == "warning" or (sheet == "pin" and size == (1920, 1080)):  # room enough at the visitor's size
        assert title_pixels(shown) == 2 * normal
    else:
        assert title_pixels(shown) >= normal


def test_a_sheet_open_when_the_size_changes_takes_the_new_size(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1920, 1080))
    shown = shown_whole(qtbot, mode, "warning")
    normal = title_pixels(shown)
    larger(qtbot, mode.window, 2)  # 125 %
    assert title_pixels(shown) == round(normal * 1.25)
    qtbot.waitUntil(lambda: cut_off(shown.card, mode.window) == [])
    mode.reset_now()  # the next visitor starts at the normal size
    assert mode.window.text_zoom.percent == 100
    shown = shown_whole(qtbot, mode, "warning")
    assert title_pixels(shown) == normal
