"""Page text size by the keys: Ctrl+plus (or Ctrl+=), Ctrl+minus, Ctrl+0; the page reflows at 200 % with no
line cut off and no sideways scrolling, on the smallest screens the app supports; a kiosk visitor's size is
theirs only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication

from core.navigator import Navigator
from core.refs import area_ref, topic_ref
from tests.conftest import DATA
from tests.ui.conftest import click_area, click_link, open_window
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def title_height(window: MainWindow) -> float:
    """How tall the page's first line (its title) is drawn."""
    return window.page.document().begin().layout().lineAt(0).height()


def body_pixels(window: MainWindow) -> int:
    return window.page.document().defaultFont().pixelSize()


def key(qtbot, window: MainWindow, which: Qt.Key, modifiers=CTRL) -> None:
    qtbot.keyClick(window.page, which, modifiers)


def test_the_keys_enlarge_shrink_and_reset_the_page_text(qtbot) -> None:
    window = open_window(qtbot, DATA, (1366, 768))
    click_area(qtbot, window, "neck")
    window.page.setFocus()
    normal = title_height(window)
    assert body_pixels(window) == 17
    key(qtbot, window, Qt.Key.Key_Plus)
    assert body_pixels(window) == 19 and title_height(window) > normal
    key(qtbot, window, Qt.Key.Key_Equal)
    assert body_pixels(window) == 21
    key(qtbot, window, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.KeypadModifier)  # the keypad's +
    assert body_pixels(window) == 26
    key(qtbot, window, Qt.Key.Key_Minus)
    assert body_pixels(window) == 21
    key(qtbot, window, Qt.Key.Key_0)
    assert body_pixels(window) == 17 and title_height(window) == normal
    key(qtbot, window, Qt.Key.Key_Minus)
    key(qtbot, window, Qt.Key.Key_Minus)
    key(qtbot, window, Qt.Key.Key_Minus)
    assert body_pixels(window) == 14  # 80 %, the smallest step
    assert window.page.current_ref() == "area:neck"  # the same page, just larger or smaller


def test_the_keys_work_wherever_the_focus_is(qtbot) -> None:
    window = open_window(qtbot, DATA, (1366, 768))
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key.Key_Plus, CTRL)
    assert window.text_zoom.percent == 110
    window.view_switch.button("face").setFocus()
    qtbot.keyClick(window.view_switch.button("face"), Qt.Key.Key_0, CTRL)
    assert window.text_zoom.percent == 100


def wheel(window: MainWindow, delta: int, modifiers=CTRL) -> None:
    """The wheel turned over the page, as Qt delivers it to the page's viewport."""
    viewport = window.page.viewport()
    where = QPointF(viewport.rect().center())
    event = QWheelEvent(
        where,
        QPointF(viewport.mapToGlobal(where.toPoint())),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_ctrl_and_the_wheel_size_the_text_a_notch_at_a_time(qtbot) -> None:
    window = open_window(qtbot, DATA, (1366, 768))
    click_area(qtbot, window, "neck")
    wheel(window, 120)
    assert window.text_zoom.percent == 110
    wheel(window, 60)  # half a notch, as a touchpad sends it: nothing yet
    assert window.text_zoom.percent == 110
    wheel(window, 60)
    assert window.text_zoom.percent == 125
    wheel(window, -240)
    assert window.text_zoom.percent == 100
    top = window.page.verticalScrollBar().value()
    wheel(window, -120, Qt.KeyboardModifier.NoModifier)  # the wheel alone scrolls, as ever
    assert window.text_zoom.percent == 100 and window.page.verticalScrollBar().value() > top


def test_a_larger_size_reaches_pages_opened_afterwards(qtbot) -> None:
    window = open_window(qtbot, DATA, (1366, 768))
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Plus)
    click_link(qtbot, window.page, "topic:safety")
    assert window.page.current_ref() == "topic:safety" and body_pixels(window) == 26


def lines_cut_off(window: MainWindow) -> list[str]:
    """Every drawn line that reaches past the page's visible width, as its text."""
    document: QTextDocument = window.page.document()
    layout = document.documentLayout()
    width = window.page.viewport().width()
    cut = []
    block = document.begin()
    while block.isValid():
        left = layout.blockBoundingRect(block).left()
        text_layout = block.layout()
        for n in range(text_layout.lineCount()):
            line = text_layout.lineAt(n)
            if left + line.x() + line.naturalTextWidth() > width + 0.5:
                start = line.textStart()
                cut.append(block.text()[start : start + line.textLength()])
        block = block.next()
    return cut


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_at_200_percent_every_page_reflows_with_nothing_cut_off(qtbot, size) -> None:
    window = open_window(qtbot, DATA, size)
    for _ in range(5):
        key(qtbot, window, Qt.Key.Key_Plus)
    assert window.text_zoom.percent == 200 and body_pixels(window) == 34
    pack = window.navigator.pack
    for ref in ["home", *(area_ref(a) for a in pack.areas), *(topic_ref(t) for t in pack.topics)]:
        window.page.show_page(Navigator(pack).open(ref).page)  # each page as the window shows it
        qtbot.wait(0)
        assert window.page.document().size().width() <= window.page.viewport().width() + 0.5, ref
        assert window.page.horizontalScrollBar().maximum() == 0, ref
        assert not window.page.horizontalScrollBar().isVisible(), ref
        assert lines_cut_off(window) == [], ref


def test_a_kiosk_visitor_can_enlarge_the_text_and_the_next_one_starts_normal(qtbot, make_kiosk) -> None:
    mode = make_kiosk()
    window = mode.window
    kiosk_body = body_pixels(window)
    qtbot.keyClick(window.page, Qt.Key.Key_Plus, CTRL)
    assert body_pixels(window) > kiosk_body
    mode.reset_now()
    assert window.text_zoom.percent == 100 and body_pixels(window) == kiosk_body
