"""Every control of the toolbar is on screen at every desk width from 1280 pixels up: a toolbar that has no
room hides its last controls (the evidence toggle went that way once "Print or save" and "Check a client"
came). The app's title gives way first, and a clinic's long name is cut short instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from core.settings import DEFAULTS, Settings
from tests.conftest import DATA
from tests.ui.conftest import make_window, show_ready
from ui.branding_label import BrandingLabel
from ui.main_window import MainWindow

WIDTHS = (1080, 1280, 1360, 1366, 1920)
LONG_NAME = "The Riverside Skin, Laser and Wellbeing Clinic of Upper Thornbury"


def desk_window(qtbot, width: int, settings: Settings = DEFAULTS) -> MainWindow:
    window = make_window(qtbot, DATA, size=(width, 720 if width > 1080 else 1900))
    window.set_branding(settings)
    show_ready(qtbot, window)
    qtbot.waitUntil(window.has_desk_tools)
    return window


def hidden_controls(window: MainWindow) -> list[str]:
    """What a user cannot see or press of the toolbar's controls (the title aside): each by its text."""
    bar = window.toolbar
    missing = []
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if widget is None or isinstance(widget, (QLabel, BrandingLabel)) or not action.isVisible():
            continue
        if type(widget) is QWidget:  # the spacer
            continue
        inside = bar.rect().contains(widget.geometry())
        if not (widget.isVisible() and inside):
            missing.append(action.text() or widget.accessibleName())
    return missing


@pytest.mark.parametrize("width", WIDTHS)
def test_every_toolbar_control_is_on_screen(qtbot, width: int) -> None:
    window = desk_window(qtbot, width)
    assert window.toolbar.evidence_button.isVisible()
    assert hidden_controls(window) == []
    title = window.toolbar.findChild(QLabel, "app-title")
    assert title.isVisible() == (width >= 1360)  # at 1280 the window's own title names the app
    assert window.windowTitle().startswith("Microcurrent Atlas")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_clinic_s_long_name_is_cut_to_fit_and_every_control_stays(qtbot, tmp_path: Path, width: int) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_bytes((DATA / "icon.svg").read_bytes())
    window = desk_window(qtbot, width, DEFAULTS._replace(clinic_name=LONG_NAME, clinic_logo=logo))
    assert hidden_controls(window) == []
    brand = window.toolbar.findChild(BrandingLabel)
    assert brand.isVisible() and brand.logo.isVisible()
    if width > 1080:
        assert brand.text.isVisible() and brand.text.text().endswith("…")
        assert LONG_NAME.startswith(brand.text.text()[:-1])
    else:  # no room for even a few letters of it beside the search field: the logo stands for the clinic
        assert not brand.text.isVisible()
    assert brand.toolTip().startswith(LONG_NAME) and brand.accessibleName().startswith(LONG_NAME)


def test_the_name_comes_back_whole_when_the_window_widens(qtbot) -> None:
    window = desk_window(qtbot, 1280, DEFAULTS._replace(clinic_name="Glow Studio"))
    brand = window.toolbar.findChild(BrandingLabel)
    assert brand.text.text() == "Glow Studio"
    window.resize(1920, 720)
    qtbot.waitUntil(lambda: window.toolbar.width() == 1920)
    assert brand.text.text() == "Glow Studio" and hidden_controls(window) == []


def test_a_narrow_window_gives_the_title_and_the_search_field_s_width_back_when_it_widens(qtbot) -> None:
    window = desk_window(qtbot, 1080)
    title = window.toolbar.findChild(QLabel, "app-title")
    field = window.search
    assert not title.isVisible() and field.width() < 230
    window.resize(1366, 720)
    qtbot.waitUntil(title.isVisible)
    assert field.width() == 230 and hidden_controls(window) == []


@pytest.mark.parametrize(("width", "placeholder"), [(1080, "Search…"), (1280, "Search: cellulite, jowls…")])
def test_the_search_field_s_placeholder_is_never_cut(qtbot, width: int, placeholder: str) -> None:
    field = desk_window(qtbot, width).search.field
    assert field.placeholderText() == placeholder
    assert field.fontMetrics().horizontalAdvance(placeholder) < field.width() - 24  # its padding and clear button


def test_the_portrait_kiosk_shows_every_control(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1080, 1920))
    assert hidden_controls(mode.window) == []
    assert mode.window.toolbar.evidence_button.isVisible()
