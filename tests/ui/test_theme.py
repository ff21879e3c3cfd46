"""The theme is one object passed in: a window made with other colours draws those colours everywhere (a site's
accent, a high-contrast theme), and the default theme keeps the house colours."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from tests.ui.conftest import click_area, make_window, show_ready, show_view
from ui import theme
from ui.main_window import MainWindow
from ui.theme import Colours, Theme

# Every colour unlike the house colours, so a colour read from anywhere but the theme shows.
HIGH_CONTRAST = Theme(
    Colours(
        accent="#0000c8",
        accent_dark="#00005a",
        link="#00007a",
        region_tint="#0066ff",
        warning="#c8000a",
        warning_text="#6e0000",
        warning_bg="#fff0dc",
        text="#000000",
        muted="#1e1e1e",
        on_dark="#fffffe",
        chrome="#e6e6e6",
        canvas="#fafaf0",
        panel="#fffff5",
        border="#3c3c3c",
        pressed="#c8dcff",
        disabled="#5a5a5a",
        scrim="#a0000000",
    ),
    theme.WINDOW_TYPE,
)


@pytest.fixture
def high_contrast(qapp):
    theme.apply(qapp, HIGH_CONTRAST)
    yield HIGH_CONTRAST
    theme.apply(qapp, theme.WINDOW_THEME)


def colour_count(image: QImage, colour: str, tolerance: int = 0) -> int:
    """How many pixels of `image` are `colour` (within `tolerance` per channel)."""
    want = QColor(colour)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            count += (
                abs(pixel.red() - want.red()) <= tolerance
                and abs(pixel.green() - want.green()) <= tolerance
                and abs(pixel.blue() - want.blue()) <= tolerance
            )
    return count


def commonest(image: QImage) -> str:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = Counter(image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width()))
    return colours.most_common(1)[0][0]


def test_a_site_theme_colours_the_map_the_page_and_the_chrome(qtbot, high_contrast: Theme) -> None:
    window = make_window(qtbot, look=high_contrast)
    slot = window.splitter.widget(1)
    assert slot.palette().color(QPalette.ColorRole.Window).name() == high_contrast.colours.panel  # the first frame's
    show_ready(qtbot, window)
    click_area(qtbot, window, "neck")
    colours = high_contrast.colours
    diagram = window.diagram.grab().toImage()
    assert diagram.pixelColor(2, 2).name() == colours.canvas
    throat = window.diagram.zone_rect("throat-front").toAlignedRect()
    assert colour_count(diagram.copy(throat), colours.warning, tolerance=40) > 20  # the no-go hatching
    neck = window.diagram.region_rect("neck").toAlignedRect().adjusted(-4, -4, 4, 4)
    assert colour_count(diagram.copy(neck), colours.accent_dark, tolerance=12) > 20  # the selection outline
    page = window.page.viewport().grab().toImage()
    assert colour_count(page, colours.warning) > 50  # the safety callout's border and sign
    assert colour_count(page, colours.warning_bg) > 1000  # its background
    assert colour_count(page, theme.WINDOW_THEME.colours.warning, tolerance=8) == 0
    assert commonest(window.view_switch.button("face").grab().toImage()) == colours.link  # the chosen view


def test_the_default_theme_draws_the_house_colours(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    assert window.theme == theme.WINDOW_THEME and theme.WINDOW_THEME.colours == Colours()
    house = Colours()
    assert (house.accent, house.accent_dark, house.warning, house.warning_bg, house.canvas, house.panel) == (
        "#1f6f8b",
        "#164f63",
        "#b4570f",
        "#fdf3e7",
        "#f8f9fa",
        "#ffffff",
    )
    show_view(qtbot, window, "face")
    click_area(qtbot, window, "neck")
    assert window.diagram.grab().toImage().pixelColor(2, 2).name() == house.canvas
    assert colour_count(window.page.viewport().grab().toImage(), house.warning) > 50
    assert commonest(window.view_switch.button("face").grab().toImage()) == house.link


def test_the_kiosk_theme_differs_only_where_contrast_needs_it() -> None:
    window, kiosk = theme.WINDOW_THEME.colours, theme.KIOSK_THEME.colours
    changed = {name for name in Colours._fields if getattr(window, name) != getattr(kiosk, name)}
    assert changed == {"muted", "link"}
    assert kiosk.link == window.accent_dark
