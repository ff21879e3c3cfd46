"""Colours, type sizes and the shipped font: the app's visual language in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

FONT_FAMILY = "Inter"

# One accent for interaction, one warm colour reserved for safety notes, neutral greys for chrome.
ACCENT = "#1f6f8b"
ACCENT_DARK = "#164f63"
REGION_TINT = "#2b9cc4"  # a lighter accent: reads as a highlight on skin tones, not as a shadow
WARNING = "#b4570f"
WARNING_TEXT = "#7a3a07"
WARNING_BG = "#fdf3e7"
TEXT = "#1d2327"
MUTED = "#515b63"
CHROME = "#eef1f3"
CANVAS = "#f8f9fa"
PANEL = "#ffffff"
BORDER = "#c9d1d6"


@dataclass(frozen=True)
class TypeScale:
    """Three sizes, in pixels: title, heading, body."""

    title: int
    heading: int
    body: int
    small: int


WINDOW_TYPE = TypeScale(title=30, heading=21, body=17, small=14)


def load_fonts(font_files: list[str]) -> None:
    for path in font_files:
        QFontDatabase.addApplicationFont(path)


def app_icon(svg: Path) -> QIcon:
    """The app's icon, drawn from its SVG at the sizes window managers and task bars ask for.
    Imported here: it is set after the first frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def body_font(scale: TypeScale = WINDOW_TYPE) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(scale.body)
    return font


def apply(app: QApplication, scale: TypeScale = WINDOW_TYPE) -> None:
    """Give the whole application the shipped font, the palette and the chrome style."""
    app.setFont(body_font(scale))
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, CHROME), (QPalette.ColorRole.Base, PANEL),
        (QPalette.ColorRole.Text, TEXT), (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT), (QPalette.ColorRole.Link, ACCENT),
        (QPalette.ColorRole.Highlight, ACCENT), (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, MUTED), (QPalette.ColorRole.ToolTipBase, TEXT),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET.format(
        accent=ACCENT, accent_dark=ACCENT_DARK, text=TEXT, muted=MUTED, chrome=CHROME,
        panel=PANEL, border=BORDER, canvas=CANVAS, body=scale.body, small=scale.small,
    ))


STYLE_SHEET = """
QToolBar#navigation {{ background: {panel}; border: none; border-bottom: 1px solid {border};
    padding: 6px 10px; spacing: 6px; }}
QToolButton {{ color: {text}; background: transparent; border: 1px solid transparent;
    border-radius: 8px; padding: 6px 12px; min-height: 28px; font-size: {body}px; }}
QToolButton:hover {{ background: {chrome}; border-color: {border}; }}
QToolButton:focus {{ border: 2px solid {accent}; }}
QToolButton:checked {{ background: #dcebf0; border-color: {accent}; color: {accent_dark}; }}
QToolButton:disabled {{ color: #9aa3a9; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QLabel#app-title {{ color: {accent_dark}; font-weight: 600; padding: 0 12px 0 4px; }}
QWidget#map-panel {{ background: {canvas}; }}
QPushButton[segment="true"] {{ color: {text}; background: {panel}; border: 1px solid {border};
    padding: 8px 18px; min-height: 28px; font-size: {body}px; }}
QPushButton[segment="true"]:checked {{ color: #ffffff; background: {accent}; border-color: {accent};
    font-weight: 600; }}
QPushButton[segment="true"]:focus {{ border: 2px solid {accent_dark}; }}
QPushButton[position="first"] {{ border-top-left-radius: 10px; border-bottom-left-radius: 10px; }}
QPushButton[position="last"] {{ border-top-right-radius: 10px; border-bottom-right-radius: 10px; }}
QSplitter::handle {{ background: {border}; }}
QMenu {{ background: {panel}; border: 1px solid {border}; padding: 6px; }}
QMenu::item {{ padding: 8px 24px; border-radius: 6px; }}
QMenu::item:selected {{ background: {accent}; color: #ffffff; }}
QStatusBar {{ background: {panel}; color: {muted}; font-size: {small}px; }}
"""
