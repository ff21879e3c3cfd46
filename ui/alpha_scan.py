"""A shape image's opacity read whole rows and columns at a time, from its bytes: QImage.pixelColor costs
microseconds a call from Python, and finding a shape's parts read tens of thousands of pixels on a click."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

_ALPHA = 3 if sys.byteorder == "little" else 0  # where a 32-bit ARGB pixel keeps its alpha byte


class AlphaGrid:
    """The alpha of every pixel of an ARGB32 image (premultiplied or not), one byte each, row after row."""

    def __init__(self, image: QImage) -> None:
        if image.format() not in (QImage.Format.Format_ARGB32_Premultiplied, QImage.Format.Format_ARGB32):
            image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        self.width, self.height = image.width(), image.height()
        stride = image.bytesPerLine()
        data = bytes(image.constBits())[: stride * self.height]
        if stride == 4 * self.width:
            self._alpha = data[_ALPHA::4]
        else:
            self._alpha = b"".join(
                data[y * stride + _ALPHA : y * stride + 4 * self.width : 4] for y in range(self.height)
            )

    def at(self, x: int, y: int) -> int:
        return self._alpha[y * self.width + x]

    def column(self, x: int) -> bytes:
        return self._alpha[x :: self.width]

    def row(self, y: int) -> bytes:
        return self._alpha[y * self.width : (y + 1) * self.width]

    def columns_reached(self, rows: range, threshold: int = 1) -> list[bool]:
        """For each column, whether any of `rows` has an alpha of at least `threshold` there."""
        table = bytes(int(value >= threshold) for value in range(256))
        reached = 0
        for y in rows:
            reached |= int.from_bytes(self._alpha[y * self.width : (y + 1) * self.width].translate(table), "big")
        return [bool(byte) for byte in reached.to_bytes(self.width, "big")]
