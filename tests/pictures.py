"""Reading a screenshot the way a tester looks at one: which colours are drawn where.

Screenshot tests run the real app in a subprocess and get a PNG back; these helpers say how many pixels of a
colour lie in a part of it, and where they are, so a test can assert what a user would see (the callout's
warning border at the top of the page panel, an area's outline on the map, a dimmed window behind a card)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


class Picture:
    """A PNG's pixels as rows of 0xFFRRGGBB values."""

    def __init__(self, path: Path) -> None:
        image = QImage(str(path))
        assert not image.isNull(), f"{path} is not an image"
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        stride = image.bytesPerLine() // 4
        values = memoryview(image.constBits()).cast("I")
        self._rows = [values[y * stride : y * stride + self.width].tolist() for y in range(self.height)]

    def rect(self) -> QRect:
        return QRect(0, 0, self.width, self.height)

    def part(self, left: float, top: float, right: float, bottom: float) -> QRect:
        """A part given as fractions of the width and height (0, 0, 1, 1 is the whole picture)."""
        x0, y0 = round(left * self.width), round(top * self.height)
        return QRect(x0, y0, round(right * self.width) - x0, round(bottom * self.height) - y0)

    def colour_at(self, x: int, y: int) -> str:
        return QColor.fromRgb(self._rows[y][x]).name()

    def count(self, colour: str, where: QRect | None = None) -> int:
        """How many pixels in `where` (the whole picture by default) are exactly `colour`."""
        where = (where or self.rect()).intersected(self.rect())
        value = QColor(colour).rgb() | 0xFF000000
        return sum(
            row[where.left() : where.right() + 1].count(value) for row in self._rows[where.top() : where.bottom() + 1]
        )

    def box(self, colour: str, where: QRect | None = None) -> QRect:
        """The smallest rectangle holding every pixel of `colour` in `where` (empty when there is none)."""
        where = (where or self.rect()).intersected(self.rect())
        value = QColor(colour).rgb() | 0xFF000000
        box = QRect()
        for y in range(where.top(), where.bottom() + 1):
            row = self._rows[y][where.left() : where.right() + 1]
            if value in row:
                first = row.index(value)
                last = len(row) - 1 - row[::-1].index(value)
                box = box.united(QRect(where.left() + first, y, last - first + 1, 1))
        return box

    def detail(self, where: QRect | None = None) -> float:
        """The share of 2x2 pixel blocks in `where` that are not one colour: 0 for a picture that was drawn at
        half the size and doubled, well above 0 for one drawn at its full size."""
        where = (where or self.rect()).intersected(self.rect())
        blocks = mixed = 0
        for y in range(where.top() - where.top() % 2, where.bottom() - 1, 2):
            upper, lower = self._rows[y], self._rows[y + 1]
            for x in range(where.left() - where.left() % 2, where.right() - 1, 2):
                blocks += 1
                mixed += not (upper[x] == upper[x + 1] == lower[x] == lower[x + 1])
        return mixed / max(1, blocks)


def over(translucent: str, under: str) -> str:
    """The colour a translucent colour (#AARRGGBB) makes drawn over an opaque one, as Qt blends it."""
    top, bottom = QColor(translucent), QColor(under)
    alpha = top.alpha()

    def channel(a: int, b: int) -> int:
        return (a * alpha + b * (255 - alpha) + 127) // 255

    return QColor(
        channel(top.red(), bottom.red()), channel(top.green(), bottom.green()), channel(top.blue(), bottom.blue())
    ).name()
