"""The theme (colours and type sizes: one object, passed to every widget that draws) and the shipped font.

No `from __future__ import annotations` here: typing.NamedTuple compiles every string annotation into a
ForwardRef, which would make this module's import, on every start, about 0.2 ms slower."""

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

FONT_FAMILY = "Inter"


class Colours(NamedTuple):
    """Every colour the app draws, as #RRGGBB (#AARRGGBB where it is translucent). One accent for
    interaction, one warm colour reserved for safety notes, neutral greys for chrome."""

    accent: str = "#1f6f8b"  # the selection highlight of text and lists
    accent_dark: str = "#164f63"  # title, headings, a selected region's outline, primary buttons
    link: str = "#1f6f8b"  # links, focus rings, the chosen view, the menu's selection (white text on it)
    region_tint: str = "#2b9cc4"  # a lighter accent: reads as a highlight on skin tones, not as a shadow
    warning: str = "#b4570f"  # the safety callout's border and sign, caution marks, no-go hatching
    warning_text: str = "#7a3a07"
    warning_bg: str = "#fdf3e7"
    text: str = "#1d2327"
    muted: str = "#515b63"
    on_dark: str = "#ffffff"  # text and strokes on the accent, the warning colour, tooltips and labels
    chrome: str = "#eef1f3"
    canvas: str = "#f8f9fa"  # behind the diagram
    panel: str = "#ffffff"  # toolbar, page, menus, cards
    border: str = "#c9d1d6"
    pressed: str = "#dcebf0"  # a checked tool button, a pressed kiosk key
    disabled: str = "#9aa3a9"
    scrim: str = "#961d2327"  # the text colour at 150/255: dims the window behind a kiosk sheet


class TypeScale(NamedTuple):
    """Three sizes, in pixels: title, heading, body (and small print); with the least control height
    (px inside padding) that the mode's touch needs."""

    title: int
    heading: int
    body: int
    small: int
    control: int = 28
    pad: int = 6
    chrome: int = 0  # toolbar and switch text, when smaller than body text (0: the same)
    touch: int = 0  # the least size of anything a finger taps, when touch is how it is used (0: a mouse)


class Theme(NamedTuple):
    """What the app looks like: its colours and its type scale. Passed to the window and everything it
    makes, so a site's accent colour or a high-contrast theme is one more Theme (`Colours()._replace(…)`)."""

    colours: Colours
    scale: TypeScale


WINDOW_TYPE = TypeScale(title=30, heading=21, body=17, small=14)
# Kiosk: read from a metre away (body 22 px or more), every control 48 px or taller.
KIOSK_TYPE = TypeScale(title=40, heading=30, body=24, small=20, control=32, pad=9, chrome=22, touch=48)

WINDOW_THEME = Theme(Colours(), WINDOW_TYPE)
# Kiosk: contrast 7:1, so muted text and links are darker.
KIOSK_THEME = Theme(Colours(muted="#3d464d", link=Colours().accent_dark), KIOSK_TYPE)


def load_fonts(font_files: list[str]) -> None:
    for path in font_files:
        QFontDatabase.addApplicationFont(path)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


SMALL_ICON_UP_TO = 32  # px: task-bar and title-bar sizes, drawn from the small variant


def app_icon(svg: Path, small: Path | None = None, sizes: tuple[int, ...] = ICON_SIZES) -> "QIcon":
    """The app's icon, drawn from its SVG at the sizes window managers, task bars and the Windows
    executable (tools/make_icon.py) ask for; up to SMALL_ICON_UP_TO px from `small`, a plainer drawing that
    stays clear at 16 px. Imported here: it is set after the first frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    small_renderer = QSvgRenderer(str(small)) if small is not None else renderer
    if not small_renderer.isValid():
        small_renderer = renderer
    icon = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        (small_renderer if size <= SMALL_ICON_UP_TO else renderer).render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def body_font(scale: TypeScale = WINDOW_TYPE) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(scale.body)
    return font


def apply(app: QApplication, theme: Theme = WINDOW_THEME) -> None:
    """Give the whole application the shipped font, the palette and the chrome style."""
    colours, scale = theme
    app.setFont(body_font(scale))
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, colours.chrome),
        (QPalette.ColorRole.Base, colours.panel),
        (QPalette.ColorRole.Text, colours.text),
        (QPalette.ColorRole.WindowText, colours.text),
        (QPalette.ColorRole.ButtonText, colours.text),
        (QPalette.ColorRole.Link, colours.link),
        (QPalette.ColorRole.Highlight, colours.accent),
        (QPalette.ColorRole.HighlightedText, colours.on_dark),
        (QPalette.ColorRole.PlaceholderText, colours.muted),
        (QPalette.ColorRole.ToolTipBase, colours.text),
        (QPalette.ColorRole.ToolTipText, colours.on_dark),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: Theme) -> str:
    """The chrome's style sheet at `theme`'s colours and sizes (the application's; a window's at a larger text
    size, ui.window_zoom)."""
    colours, scale = theme
    sheet = STYLE_SHEET + (TOUCH_SHEET if scale.touch else "")
    return sheet.format(
        **colours._asdict(),
        touch=scale.touch,
        bar=scale.touch - 8,
        body=scale.body,
        small=scale.small,
        short=round(scale.small * 0.85),  # the staff panel's lines on a short screen (ui.kiosk.admin_panel)
        control=scale.control,
        pad=scale.pad,
        pad2=scale.pad + 2,
        chrome_text=scale.chrome or scale.body,
        heading=scale.heading,
        title=scale.title,
    )


STYLE_SHEET = """
QToolBar#navigation {{ background: {panel}; border: none; border-bottom: 1px solid {border};
    padding: 4px; spacing: 1px; }}
QToolButton {{ color: {text}; background: transparent; border: 1px solid transparent;
    border-radius: 8px; padding: {pad}px 10px; min-height: {control}px; font-size: {chrome_text}px; }}
QToolButton:hover {{ background: {chrome}; border-color: {border}; }}
QToolButton:focus {{ border: 2px solid {link}; }}
QToolButton:checked {{ background: {pressed}; border-color: {link}; color: {accent_dark}; }}
QToolButton:disabled {{ color: {disabled}; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QToolButton#evidence-toggle {{ background: {panel}; border: 1px solid {border}; color: {text}; }}
QToolButton#evidence-toggle:hover {{ background: {chrome}; }}
QToolButton#evidence-toggle:checked {{ background: {pressed}; border: 1px solid {link}; color: {accent_dark};
    font-weight: 600; }}
QToolButton#evidence-toggle:focus {{ border: 2px solid {link}; }}
QLabel#app-title {{ color: {accent_dark}; font-weight: 600; padding: 0 12px 0 4px; }}
QLabel#clinic-name {{ color: {accent_dark}; font-weight: 600; }}
QLabel#clinic-app {{ color: {muted}; }}
QWidget#map-panel {{ background: {canvas}; }}
QPushButton[segment="true"] {{ color: {text}; background: {panel}; border: 1px solid {border};
    padding: {pad2}px 18px; min-height: {control}px; font-size: {chrome_text}px; }}
QPushButton[segment="true"]:checked {{ color: {on_dark}; background: {link}; border-color: {link};
    font-weight: 600; }}
QPushButton[segment="true"]:focus {{ border: 2px solid {accent_dark}; }}
QPushButton[segment="true"]:checked:focus {{ background: {text}; border: 2px solid {on_dark}; }}
QPushButton[position="first"] {{ border-top-left-radius: 10px; border-bottom-left-radius: 10px; }}
QPushButton[position="last"] {{ border-top-right-radius: 10px; border-bottom-right-radius: 10px; }}
QSplitter::handle {{ background: {border}; }}
QMenu {{ background: {panel}; border: 1px solid {border}; padding: 6px; }}
QMenu::item {{ padding: {pad2}px 24px; border-radius: 6px; }}
QMenu::item:selected {{ background: {link}; color: {on_dark}; }}
QStatusBar {{ background: {panel}; color: {muted}; font-size: {small}px; }}
QFrame#kiosk-card {{ background: {panel}; border-radius: 24px; }}
QLabel#kiosk-toast {{ background: {text}; color: {on_dark}; font-size: {body}px; padding: 14px 28px;
    border-radius: 16px; }}
QLabel#kiosk-title {{ font-size: {title}px; font-weight: 700; color: {text}; }}
QLabel#kiosk-big {{ font-size: {heading}px; font-weight: 600; color: {accent_dark}; }}
QLabel#kiosk-text, QLabel#kiosk-message {{ font-size: {body}px; color: {text}; }}
QLineEdit#pin-field {{ font-size: {title}px; color: {text}; background: {panel}; min-height: 56px;
    border: 1px solid {border}; border-radius: 12px; lineedit-password-character: 9679; }}
QLineEdit#pin-field:focus {{ border: 2px solid {link}; }}
QPushButton#pin-key {{ font-size: {title}px; min-width: 120px; min-height: 84px; background: {chrome};
    border: 1px solid {border}; border-radius: 16px; color: {text}; }}
QPushButton#pin-key[word="true"] {{ font-size: {heading}px; }}
QPushButton#pin-key:pressed, QPushButton[kiosk="true"]:pressed {{ background: {pressed}; }}
QPushButton[kiosk="true"] {{ font-size: {body}px; font-weight: 600; min-height: 64px; padding: 0 36px;
    border-radius: 14px; background: {chrome}; border: 1px solid {border}; color: {text}; }}
QPushButton[primary="true"] {{ background: {accent_dark}; color: {on_dark}; border-color: {accent_dark}; }}
QLabel#admin-key {{ font-size: {small}px; color: {muted}; font-weight: 600; }}
QLabel#admin-value {{ font-size: {small}px; color: {text}; }}
QFrame#kiosk-card[short="true"] QLabel#admin-key, QFrame#kiosk-card[short="true"] QLabel#admin-value {{
    font-size: {short}px; }}
QLabel#attract-hint {{ background: {accent_dark}; color: {on_dark}; font-size: {heading}px; font-weight: 600;
    padding: 14px 34px; border-radius: 30px; }}
QLabel#attract-hint[compact="true"] {{ font-size: {body}px; padding: 8px 16px; border-radius: 22px; }}
"""
# Touch: a wide scroll bar in the accent colour shows there is more below, and a finger can drag it.
TOUCH_SHEET = """
QScrollBar:vertical {{ background: {chrome}; width: {bar}px; margin: 0; border-left: 1px solid {border}; }}
QScrollBar::handle:vertical {{ background: {link}; min-height: {touch}px; border-radius: {pad}px; margin: 5px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; background: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""
