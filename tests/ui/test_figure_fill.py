"""The figures fill their panel as a reader sees it, in the window and the kiosk, landscape and portrait: a body's
tall figure gets a narrower map panel side by side (the page the rest) and a taller one stacked, the face keeps the
reader's split, and switching back puts that split back; the kiosk's locked divider and its first split hold on
every view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QWidget

from core.records import VIEWS
from tests.ui.conftest import make_window, show_ready, show_view
from tests.ui.manual_clock import ManualClock
from ui.main_window import MainWindow

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1080, 1920)]
IDS = ["1280x720", "1366x768", "1920x1080", "portrait"]


def drawn_box(window: MainWindow) -> QRect:
    """The box of everything the diagram draws that is not its plain ground: the figure as the reader sees it."""
    diagram = window.diagram
    ratio = diagram.devicePixelRatioF()
    image = QImage((diagram.size() * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    diagram.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)  # not the kiosk's pill
    ground = QColor(window.theme.colours.canvas).rgb()
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != ground:
                xs.append(x)
                ys.append(y)
    assert xs, "nothing drawn"
    return QRect(QPoint(int(min(xs) / ratio), int(min(ys) / ratio)), QPoint(int(max(xs) / ratio), int(max(ys) / ratio)))


def fill(window: MainWindow) -> tuple[float, float]:
    """How much of the map panel's width and of the diagram's height the figure takes."""
    box = drawn_box(window)
    panel = window.splitter.widget(0)
    assert panel is not None
    return box.width() / panel.width(), box.height() / window.diagram.height()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_each_figure_fills_its_panel_in_the_window(qtbot, size) -> None:
    window = show_ready(qtbot, make_window(qtbot, size=size))
    qtbot.waitUntil(window.has_desk_tools)  # the toolbar as it stays (its handout button comes a turn later)
    portrait = size[1] > size[0]
    fills = {}
    for view in VIEWS:
        show_view(qtbot, window, view)
        fills[view] = fill(window)
    for view, (wide, high) in fills.items():
        assert high >= 0.85, (view, fills)  # from head to feet, as the face fills it from crown to collarbones
        # Side by side no wide empty bands beside a body; stacked, a taller panel draws it larger in the screen's width.
        assert wide >= (0.3 if portrait else 0.6), (view, fills)
    assert fills["body-front"][0] >= 0.9 * fills["face"][0] or portrait, fills
    sizes = window.splitter.sizes()
    assert sizes[1] >= 0.4 * sum(sizes)  # the page keeps its room


def test_the_face_gets_the_reader_s_split_back_and_a_drag_on_it_is_kept(qtbot) -> None:
    window = show_ready(qtbot, make_window(qtbot, size=(1600, 900)))
    splitter = window.splitter
    face = splitter.sizes()
    show_view(qtbot, window, "body-front")
    body = splitter.sizes()
    assert body[0] < face[0] - 100 and sum(body) == sum(face)  # the page gets what the map gives up
    show_view(qtbot, window, "body-back")
    assert splitter.sizes() == body
    show_view(qtbot, window, "face")
    assert abs(splitter.sizes()[0] - face[0]) <= 2
    splitter.moveSplitter(500, 1)  # as a drag does
    dragged = splitter.sizes()
    show_view(qtbot, window, "body-front")
    show_view(qtbot, window, "face")
    assert abs(splitter.sizes()[0] - dragged[0]) <= 2
    # What the window remembers for the next start is the face's split, whichever view it quits on.
    show_view(qtbot, window, "body-back")
    assert abs(window.view_split.reader_sizes()[0] - dragged[0]) <= 2


def test_a_narrower_body_panel_still_has_every_view_button(qtbot) -> None:
    window = show_ready(qtbot, make_window(qtbot, size=(1280, 720)))
    show_view(qtbot, window, "body-back")
    panel = window.splitter.widget(0)
    for view in VIEWS:
        button = window.view_switch.button(view)
        corner = button.mapTo(panel, QPoint(button.width(), 0))
        assert button.isVisible() and corner.x() <= panel.width(), view


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_in_the_kiosk_each_figure_fills_its_panel_and_a_reset_restores_the_first_split(qtbot, make_kiosk, size):
    from tests.ui.test_kiosk import tap

    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=size, idle_timeout_s=30, warning_s=10)
    window = mode.window
    splitter = window.splitter
    first = splitter.sizes()
    portrait = size[1] > size[0]
    for view in VIEWS:
        show_view(qtbot, window, view)
        wide, high = fill(window)
        # Less of the height than in the window: under a body, the attract pill's band (ui.kiosk.attract_band).
        assert high >= 0.68 and wide >= (0.3 if portrait else 0.4), (view, wide, high)
    body = splitter.sizes()
    handle = splitter.handle(1)  # locked on a body view too
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
    qtbot.mouseMove(handle, handle.rect().center() + QPoint(300, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center() + QPoint(300, 0))
    assert splitter.sizes() == body
    diagram = window.diagram
    tap(qtbot, diagram, diagram.anchor_of(diagram.region_ids()[0]).toPoint())
    clock.advance(45)  # idle, 'still there?', then the reset: the first view and the first split
    assert window.page.current_ref() == "home"
    assert all(abs(a - b) <= 1 for a, b in zip(splitter.sizes(), first, strict=True))  # within the kiosk's pixel


def test_stacked_a_drag_on_a_body_view_is_kept_until_the_view_changes(qtbot) -> None:
    window = show_ready(qtbot, make_window(qtbot, size=(1080, 1920)))
    splitter = window.splitter
    face = splitter.sizes()
    show_view(qtbot, window, "body-front")
    assert splitter.sizes()[0] > face[0] + 100  # taller for the standing figure
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 11):
        qtbot.mouseMove(handle, middle - QPoint(0, step * 30))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(0, 300))
    dragged = splitter.sizes()[0]
    assert dragged < face[0] + 100  # moved up by the reader, and left there
    show_view(qtbot, window, "face")
    assert abs(splitter.sizes()[0] - face[0]) <= 2
