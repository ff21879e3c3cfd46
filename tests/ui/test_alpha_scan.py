"""Reading a shape's opacity from its bytes gives what QImage.pixelColor gives, pixel for pixel: the caution
marks and the zones' marks, placed from it, sit where a pixel-by-pixel read put them."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from core.records import VIEWS
from tests.ui.conftest import make_window, show_ready, show_view
from ui.alpha_scan import AlphaGrid


def pixel_alphas(image: QImage) -> list[list[int]]:
    return [[image.pixelColor(x, y).alpha() for x in range(image.width())] for y in range(image.height())]


def test_every_region_mask_reads_as_pixel_colour_does(qtbot) -> None:
    window = make_window(qtbot)
    show_ready(qtbot, window)
    diagram = window.diagram
    for view in VIEWS:
        show_view(qtbot, window, view)
        for region in diagram.region_ids()[:3]:
            mask = diagram.region_mask(region)
            grid = AlphaGrid(mask)
            expected = pixel_alphas(mask)
            assert (grid.width, grid.height) == (mask.width(), mask.height())
            assert [[grid.at(x, y) for x in range(grid.width)] for y in range(grid.height)] == expected, region
            rows = range(0, grid.height, 5)
            for threshold in (1, 128):
                reached = [any(expected[y][x] >= threshold for y in rows) for x in range(grid.width)]
                assert grid.columns_reached(rows, threshold) == reached, (region, threshold)
            middle = grid.width // 2
            assert list(grid.column(middle)) == [row[middle] for row in expected], region


def test_an_image_in_another_format_or_padded_rows_reads_the_same(qtbot) -> None:
    for image_format in (QImage.Format.Format_ARGB32, QImage.Format.Format_RGBA8888, QImage.Format.Format_Indexed8):
        image = QImage(37, 23, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.eraseRect(QRectF(0, 0, 37, 23))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.fillRect(QRectF(5, 3, 20, 11), QColor(200, 30, 30, 180))
        painter.end()
        converted = image.convertToFormat(image_format)
        grid = AlphaGrid(converted)
        assert [[grid.at(x, y) for x in range(37)] for y in range(23)] == pixel_alphas(converted), image_format
