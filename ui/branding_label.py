"""The clinic's logo and name at the left of the toolbar, with the app's name small beneath."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from core.branding import Branding, Logo

LOGO_HEIGHT = 28  # pixels: small beside the toolbar's text
SMALL = 0.75  # of the toolbar's type: the app's name under the clinic's
NAME_WIDTH = 200  # pixels, at most: a long name is cut with "…" (the tooltip has it whole)
MIN_NAME_WIDTH = 80  # pixels: a name cut shorter says nothing


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
    """Where the toolbar's title was: the clinic's logo, its name, and the app's name small beneath (the phone
    and address in the tooltip); shows nothing it was not given."""

    def __init__(self, branding: Branding, app_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic-branding")
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 12, 0)
        layout.setSpacing(8)
        self.logo = QLabel(self)
        names = QVBoxLayout()
        names.setContentsMargins(0, 0, 0, 0)
        names.setSpacing(0)
        self.text = QLabel(self)
        self.text.setObjectName("clinic-name")
        shown = self._shown = branding.name or branding.phone
        self.text.setText(self.text.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, NAME_WIDTH))
        self.app = QLabel(app_title, self)
        self.app.setObjectName("clinic-app")
        _smaller(self.app, SMALL)
        self.setToolTip("\n".join(part for part in (branding.name, branding.phone, branding.address) if part))
        if branding.logo is not None:
            pixmap = logo_pixmap(branding.logo, LOGO_HEIGHT, self.devicePixelRatioF())
            if not pixmap.isNull():
                self.logo.setPixmap(pixmap)
        self.logo.setVisible(not self.logo.pixmap().isNull())
        self.text.setVisible(bool(shown))
        names.addWidget(self.text)
        names.addWidget(self.app)
        layout.addWidget(self.logo)
        layout.addLayout(names)
        name = branding.name or "the clinic"
        self.setAccessibleName(f"{name}{', ' + branding.phone if branding.phone else ''}: {app_title}")
        self.logo.setAccessibleName(f"Logo of {name}")
        self.text.setAccessibleName(shown or name)
        self.app.setAccessibleName(app_title)

    def fit_to(self, room: int) -> int:
        """Shows the name in at most `room` pixels beside the logo and at most NAME_WIDTH, cut with "…"; where
        not even MIN_NAME_WIDTH is left, the logo alone (the tooltip and accessible name keep the name). The
        app's name beneath shows only if whole. Gives the width it takes now."""
        margins = self._row.contentsMargins()
        has_logo = not self.logo.pixmap().isNull()
        around = margins.left() + margins.right()
        if has_logo:
            around += self.logo.sizeHint().width() + self._row.spacing()
        width = min(NAME_WIDTH, room - around)
        named = bool(self._shown) and (width >= MIN_NAME_WIDTH or not has_logo)
        width = max(width, MIN_NAME_WIDTH)
        self.text.setText(self.text.fontMetrics().elidedText(self._shown, Qt.TextElideMode.ElideRight, width))
        self.text.setVisible(named)
        app = self.app.fontMetrics().horizontalAdvance(self.app.text())
        self.app.setVisible(named and app <= width)  # whole, or not at all
        name = self.text.fontMetrics().horizontalAdvance(self.text.text()) if named else 0
        return around + max(name, app if self.app.isVisibleTo(self) else 0)


def _smaller(label: QLabel, factor: float) -> None:
    font = label.font()
    if font.pixelSize() > 0:  # the theme sets type in pixels
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
