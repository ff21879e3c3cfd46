"""Every character the window's chrome shows is in the shipped font, so none draws as a box on a machine
with no other fonts (the one-file executable on a minimal system)."""

from __future__ import annotations

from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolBar

from core.paths import font_files
from ui.main_window import MainWindow


def missing_from_shipped_font(text: str) -> set[str]:
    """The characters of `text` that some face of the shipped font (regular, italic, semibold, bold) lacks."""
    faces = [QRawFont(path, 16) for path in font_files()]
    assert faces and all(face.isValid() for face in faces)
    return {c for c in text if not c.isspace() and not all(face.supportsCharacter(ord(c)) for face in faces)}


def chrome_texts(window: MainWindow) -> list[str]:
    """What the toolbar, its buttons and menu, the view switch and every label say."""
    texts = [action.text() for bar in window.findChildren(QToolBar) for action in bar.actions()]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [action.text() for action in window.toolbar.topics_menu.actions()]
    return [text for text in texts if text]


def test_the_toolbar_says_topics_with_a_glyph_the_font_has(shipped_window: MainWindow) -> None:
    assert shipped_window.toolbar.topics_button.text().startswith("Topics")
    assert missing_from_shipped_font(shipped_window.toolbar.topics_button.text()) == set()


def test_every_character_of_the_chrome_is_in_the_shipped_font(shipped_window: MainWindow) -> None:
    texts = chrome_texts(shipped_window)
    assert any("Back" in text for text in texts) and any("evidence notes" in text for text in texts)
    missing = {text: sorted(missing_from_shipped_font(text)) for text in texts}
    assert {text: chars for text, chars in missing.items() if chars} == {}


def test_the_check_would_see_a_missing_glyph() -> None:
    assert missing_from_shipped_font("Topics  \u25be") == {"\u25be"}
