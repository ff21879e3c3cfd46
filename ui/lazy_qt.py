"""Qt's namespace of enums, built the first time one of them is read rather than on import.

PySide6 turns the whole `Qt` namespace (93 enums) into Python enums the first time anything touches
it: about 15 ms, a tenth of a bare window's start-up. The first frame needs none of them, so the
widgets on its path read `Qt` from here, and use its enums only after that frame. So do calls whose
overloads take one of them (QImage.fill, QPen(colour, width), QPainter.setPen, QBrush(colour)): PySide6
builds the namespace to tell the overloads apart. tests/ui/test_first_frame.py fails when the first
frame builds it; bench/startup_parts.py reports it too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _LazyQt:
        def __getattr__(self, name: str) -> Any:
            from PySide6.QtCore import Qt as namespace

            value = getattr(namespace, name)
            setattr(self, name, value)  # read from here once; later reads skip __getattr__
            return value

    Qt = _LazyQt()

__all__ = ["Qt"]
