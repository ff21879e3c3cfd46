"""A screenshot of the search results, the app run as a user runs it: the first result chosen (a bar at its edge
as well as its tint), the matched words underlined, and on a HiDPI screen the rows drawn at full resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect

from tests.pictures import Picture
from tests.test_screenshots import COLOURS, shot


def below_toolbar(picture: Picture) -> QRect:
    """The picture under the toolbar's bottom border: the first pixel row of its colour a third across or more
    (the results cover the rest of it)."""
    bottom = next(
        y
        for y in range(picture.height)
        if picture.count(COLOURS.border, QRect(0, y, picture.width, 1)) > 0.3 * picture.width
    )
    return QRect(0, bottom + 1, picture.width, picture.height - bottom - 1)


def chosen_row(picture: Picture) -> QRect:
    """The chosen result's row: the part tinted the pressed colour, below the toolbar."""
    row = picture.box(COLOURS.pressed, below_toolbar(picture))
    assert not row.isEmpty() and row.height() < 0.12 * picture.height, row
    return row


def longest_line(picture: Picture, colour: str, where: QRect) -> int:
    """The most pixels of `colour` on one pixel row of `where`: an underline, where glyphs give far fewer."""
    return max(
        picture.count(colour, QRect(where.left(), y, where.width(), 1)) for y in range(where.top(), where.bottom())
    )


def test_the_first_result_is_chosen_by_a_bar_and_its_matched_word_underlined(tmp_path: Path) -> None:
    picture = shot(tmp_path, "search", "--view", "body-front", "--search-demo", "cellulite", "--size", "1280x800")
    row = chosen_row(picture)
    bar = QRect(row.left() - 6, row.top(), 6, row.height())
    assert picture.count(COLOURS.link, bar) >= 3 * row.height()  # the chosen row says so by shape, not by tint alone
    assert longest_line(picture, COLOURS.accent_dark, row) >= 50  # "Cellulite", underlined


def test_on_a_hidpi_screen_the_results_are_drawn_at_full_resolution(tmp_path: Path) -> None:
    args = ("--view", "body-front", "--search-demo", "cellulite", "--size", "800x600")
    picture = shot(tmp_path, "search-hidpi", *args, QT_SCALE_FACTOR="2")
    assert (picture.width, picture.height) == (1600, 1200)
    row = chosen_row(picture)
    assert row.height() > 100  # the row's 60 px, doubled
    assert longest_line(picture, COLOURS.accent_dark, row) >= 100  # the underline doubled too
    assert picture.detail(row) > 0.05  # the text drawn at twice the size, not drawn small and doubled
