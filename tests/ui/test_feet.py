"""Feet are drawn as feet on both body views: along the bottom of each foot, as the figure is drawn, five toes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from core.content_loader import load_pack
from tests.conftest import DATA

SCALE = 4  # pixels per viewBox unit
FEET = {"left foot": (190.0, 275.0), "right foot": (325.0, 410.0)}  # x from and to, in viewBox units
TOP, BOTTOM = 1235.0, 1292.0


def bottom_edge(view: str, left: float, right: float) -> list[int]:
    """For each column across a foot, the lowest pixel drawn (the foot's outline seen from below)."""
    diagram = load_pack(DATA).diagrams[view]
    renderer = QSvgRenderer(QByteArray(diagram.svg))
    renderer.setViewBox(QRectF(left, TOP, right - left, BOTTOM - TOP))
    image = QImage(int((right - left) * SCALE), int((BOTTOM - TOP) * SCALE), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))  # the hidden layers draw nothing
    painter.end()
    edge = []
    for x in range(image.width()):
        drawn = [y for y in range(image.height()) if image.pixelColor(x, y).alpha() > 128]
        edge.append(max(drawn) if drawn else -1)
    return edge


def toes(edge: list[int]) -> int:
    """The rounded tips along the edge: lowest points that rise at least 1.5 units above the valleys beside them."""
    depth = 1.5 * SCALE
    tips, falling, extreme = 0, False, -1
    for y in (y for y in edge if y >= 0):
        if not falling:
            if y > extreme:
                extreme = y
            elif extreme - y >= depth:
                tips, falling, extreme = tips + 1, True, y
        elif y < extreme:
            extreme = y
        elif y - extreme >= depth:
            falling, extreme = False, y
    return tips


@pytest.mark.parametrize("view", ["body-front", "body-back"])
@pytest.mark.parametrize("foot", list(FEET))
def test_each_foot_has_five_toes(qapp, view: str, foot: str) -> None:
    left, right = FEET[foot]
    assert toes(bottom_edge(view, left, right)) == 5, (view, foot)
