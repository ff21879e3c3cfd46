"""A desk window opens as it was left: place and size (while they fit the screen), split, diagram view, text
size and the pages opened last, one click away on the home page. A kiosk keeps none of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from core import cli
from core.content_loader import load_pack
from core.pages import RECENT_HEADING
from core.window_memory import Rect, WindowMemory, read_memory, write_memory
from tests.conftest import DATA
from tests.ui.conftest import click_area, click_link, show_ready, show_view
from ui import app
from ui.main_window import MainWindow
from ui.window_memory import keep, remembered


def start(qtbot, memory: WindowMemory | None, *argv: str) -> MainWindow:
    """The window as a start builds it from the command line and the memory, shown as a start shows it."""
    window = app.build_window(load_pack(DATA), "", cli.parse_args(list(argv)), memory=memory)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready):
        app.show_fitted(window)
    qtbot.waitExposed(window)
    return window


def screen_area() -> Rect:
    area = QGuiApplication.primaryScreen().availableGeometry()
    return (area.x(), area.y(), area.width(), area.height())


def test_a_window_opens_as_it_was_left(qtbot) -> None:
    # 125 %: the view switch grows with the text too, and at 150 % needs more than 0.6 of a window this narrow
    memory = WindowMemory((30, 40, 700, 600), False, 600, 0, "body-back", 125, ("area:neck", "topic:faq"))
    window = start(qtbot, memory)
    inside = window.geometry()  # without the window manager's frame, as it is stored
    assert (inside.x(), inside.y(), inside.width(), inside.height()) == (30, 40, 700, 600)
    assert not window.isMaximized()
    left, right = window.view_split.reader_sizes()  # the split as left; the body's tall figure narrows its panel
    assert abs(left / (left + right) - 0.6) < 0.02 and window.splitter.sizes()[0] <= left
    assert window.view_switch.button("body-back").isChecked()
    show_view(qtbot, window, "face")
    left, right = window.splitter.sizes()
    assert abs(left / (left + right) - 0.6) < 0.02
    assert window.page.document().defaultFont().pixelSize() == 21  # 125 % from the first page on
    text = window.page.toPlainText()
    assert text.index(RECENT_HEADING) < text.index("Topics")  # above everything else on the home page
    click_link(qtbot, window.page, "area:neck")  # one click away
    assert window.page.current_ref() == "area:neck"


def test_a_place_that_no_longer_fits_the_screen_is_dropped(qtbot) -> None:
    area = screen_area()
    left, _top, width, height = area
    too_big = (0, 0, width + 200, height)
    window = start(qtbot, WindowMemory(too_big, False, text_percent=125))
    assert window.width() <= width and window.height() <= height  # never larger than the screen
    assert window.page.document().defaultFont().pixelSize() == 21  # the rest is still kept
    moved_off = (left + width - 100, 0, 400, 300)
    window = start(qtbot, WindowMemory(moved_off))
    assert window.geometry().right() < left + width


def test_the_command_line_wins_over_the_memory(qtbot) -> None:
    window = start(qtbot, WindowMemory((30, 40, 700, 600), view="body-back"), "--size", "640x500", "--view", "face")
    assert (window.width(), window.height()) == (640, 500)
    assert window.view_switch.button("face").isChecked()


def test_what_a_reader_did_is_kept_for_the_next_run(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "state" / "window.txt"
    window = start(qtbot, WindowMemory((10, 10, 780, 700)))
    click_area(qtbot, window, "thighs")
    click_link(qtbot, window.page, "topic:safety")
    show_view(qtbot, window, "face")
    qtbot.keyClick(window.page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    handle = window.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(150, 0))
    left, right = window.splitter.sizes()
    assert write_memory(path, remembered(window, WindowMemory()))

    kept = read_memory(path)
    assert kept.geometry == (10, 10, 780, 700) and not kept.maximized
    assert kept.view == "face" and kept.text_percent == 110
    assert kept.recent == ("topic:safety", "area:thighs")
    assert abs(kept.split - left * 1000 / (left + right)) <= 1 and kept.split > 550
    again = start(qtbot, kept)
    assert again.geometry().topLeft() == window.geometry().topLeft()
    assert again.splitter.sizes()[0] > 0.55 * sum(again.splitter.sizes())
    recent = again.page.toPlainText().split(RECENT_HEADING)[1].split("Topics")[0]
    assert " ".join(recent.split()) == "Safety and contraindications Thighs"
    assert again.navigator.recent == ("topic:safety", "area:thighs")


def test_quitting_writes_the_memory(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "window.txt"
    window = start(qtbot, WindowMemory())
    click_area(qtbot, window, "neck")
    keep(window, path, WindowMemory())
    QGuiApplication.instance().aboutToQuit.emit()
    assert read_memory(path).recent == ("area:neck",)


def test_quitting_with_nothing_changed_writes_nothing(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "window.txt"
    window = start(qtbot, WindowMemory((10, 10, 700, 600)))
    click_area(qtbot, window, "neck")
    assert write_memory(path, remembered(window, WindowMemory()))
    path.write_text(path.read_text() + "# marked\n")  # marks this very file
    keep(window, path, read_memory(path))
    QGuiApplication.instance().aboutToQuit.emit()
    assert path.read_text().endswith("# marked\n")  # not rewritten
    window.navigator.open("topic:faq")
    QGuiApplication.instance().aboutToQuit.emit()
    assert not path.read_text().endswith("}\n ") and read_memory(path).recent[0] == "topic:faq"


def test_a_kiosk_keeps_nothing_and_a_screenshot_writes_nothing(qtbot) -> None:
    assert app._window_memory(kiosk=True, screenshot=False) == (None, None)
    assert app._window_memory(kiosk=False, screenshot=True)[0] is None
    window = show_ready(qtbot, app.build_window(load_pack(DATA), "", cli.parse_args([])))
    qtbot.addWidget(window)
    click_area(qtbot, window, "neck")
    window.navigator.home()
    assert window.navigator.recent is None
    assert RECENT_HEADING not in window.navigator.home().page.sections[0].heading


def test_text_size_on_the_command_line_sets_where_the_page_text_starts(qtbot) -> None:
    window = start(qtbot, WindowMemory(text_percent=125), "--text-size", "200")
    assert window.page.document().defaultFont().pixelSize() == 34
    window = start(qtbot, None, "--text-size", "80")
    assert window.page.document().defaultFont().pixelSize() == 14
