"""The app's icon: at task-bar sizes (16 to 32 px) the plainer drawing, whose picked-out area is the forehead,
so nothing on the lower face reads as an open mouth; from 48 px the full drawing."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from core.paths import icon_file, small_icon_file
from ui import theme

BAND = QColor("#7fd3ef")  # the small drawing's picked-out forehead
FULL_MARK = QColor("#2b9cc4")  # the full drawing's picked-out cheek


def near(colour: QColor, target: QColor, tolerance: int = 40) -> bool:
    return colour.alpha() > 200 and all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()), (target.red(), target.green(), target.blue()), strict=True
        )
    )


def rows_with(image: QImage, target: QColor, tolerance: int = 40) -> list[int]:
    """The rows of the image holding a pixel of about that colour."""
    width = image.width()
    return [
        y for y in range(image.height()) if any(near(image.pixelColor(x, y), target, tolerance) for x in range(width))
    ]


def test_task_bar_sizes_use_the_small_drawing_with_the_mark_on_the_forehead(qapp) -> None:
    icon = theme.app_icon(icon_file(), small_icon_file())
    for size in (16, 24, 32):
        image = icon.pixmap(size, size).toImage()
        band = rows_with(image, BAND)
        assert band, size  # the picked-out area is there at every small size
        assert max(band) < 0.4 * size, (size, band)  # high on the head: never where a mouth would be
        assert rows_with(image, FULL_MARK, 12) == [], size  # not the full drawing's cheek
    large = icon.pixmap(128, 128).toImage()
    assert near(large.pixelColor(64, 36), QColor("#fdf6ef"), 12)  # the full drawing's plain forehead
    assert rows_with(large, BAND, 12) == []


def test_without_a_small_drawing_every_size_is_the_full_one(qapp) -> None:
    icon = theme.app_icon(icon_file())
    assert rows_with(icon.pixmap(32, 32).toImage(), BAND, 12) == []
