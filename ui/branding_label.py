"""The clinic's name, phone and logo, small, at the right of the toolbar: the desk's own touch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from core.branding import Branding, Logo

LOGO_HEIGHT = 28  # pixels: small beside the toolbar's text


def logo_pixmap(logo: Logo, height: int, ratio: float = 1.0) -> QPixmap:
    """The logo at `height` pixels (times the screen's ratio), in proportion; a null pixmap if unreadable."""
    if logo.kind == "svg":
        renderer = QSvgRenderer(QByteArray(logo.data))
        size = renderer.defaultSize()
        if not renderer.isValid() or size.isEmpty():
            return QPixmap()
        width = max(1, round(size.width() * height / size.height()))
        image = QImage(QSize(round(width * ratio), round(height * ratio)), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
    else:
        image = QImage.fromData(logo.data)
        if image.isNull():
            return QPixmap()
        image = image.scaledToHeight(round(height * ratio), Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class BrandingLabel(QWidget):
    """The clinic's logo and "Name · phone"; shows nothing it was not given."""

    def __init__(self, branding: Branding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic-branding")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 12, 0)
        layout.setSpacing(8)
        self.logo = QLabel(self)
        self.text = QLabel(branding.toolbar_text(), self)
        self.text.setObjectName("clinic-name")
        if branding.logo is not None:
            pixmap = logo_pixmap(branding.logo, LOGO_HEIGHT, self.devicePixelRatioF())
            if not pixmap.isNull():
                self.logo.setPixmap(pixmap)
        self.logo.setVisible(self.logo.pixmap() is not None and not self.logo.pixmap().isNull())
        self.text.setVisible(bool(branding.toolbar_text()))
        layout.addWidget(self.logo)
        layout.addWidget(self.text)
        name = branding.name or "the clinic"
        self.setAccessibleName(f"{name}{', ' + branding.phone if branding.phone else ''}")
        self.logo.setAccessibleName(f"Logo of {name}")
        self.text.setAccessibleName(branding.toolbar_text() or name)
