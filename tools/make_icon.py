"""Renders data/icon.svg (up to 32 px, data/icon-small.svg) into the Windows icon the executable carries
(build/icon.ico).

Usage: .venv/bin/python tools/make_icon.py [OUT.ico]. An .ico file is a small directory of PNG
images; the app's own icon (ui/theme.app_icon) gives each size, this script only lays out the directory."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ui import theme  # noqa: E402 - the app's own icon drawing


def png_of(icon: QIcon, size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    icon.pixmap(size, size).toImage().save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icon.ico"
    _app = QGuiApplication(sys.argv[:1])
    svg = ROOT / "data" / "icon.svg"
    if not QSvgRenderer(str(svg)).isValid():
        print("data/icon.svg could not be read", file=sys.stderr)
        return 1
    icon = theme.app_icon(svg, small=ROOT / "data" / "icon-small.svg")  # 16 to 32 px: the plainer drawing
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ico({size: png_of(icon, size) for size in theme.ICON_SIZES}))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
