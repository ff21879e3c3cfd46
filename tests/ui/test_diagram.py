"""Clicking the real diagrams: every region opens its page with safety notes; gaps open nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage

from core.records import VIEWS
from tests.ui.conftest import click_area, press, show_view
from ui.main_window import MainWindow


def test_clicking_every_region_opens_its_page_safety_first(qtbot, window: MainWindow) -> None:
    pack = window.navigator.pack
    for view in VIEWS:
        show_view(qtbot, window, view)
        assert sorted(window.diagram.region_ids()) == sorted(a.id for a in pack.areas_in(view))
        for region in window.diagram.region_ids():
            qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(region).toPoint())
            assert window.page.current_ref() == f"area:{region}"
            assert window.diagram.selected() == region
            text = window.page.toPlainText()
            assert text.startswith(pack.areas[region].title)
            assert text.index("Safety notes") < text.index("Do not use if you:") < text.index("What it may do here")
            assert text.index("Every rule, and when to ask a doctor first") < text.index("What it may do here")


def test_clicks_between_regions_open_nothing(qtbot, window: MainWindow) -> None:
    """Inside a region's bounding box but outside every shape: proof the shapes are hit-tested."""
    for view in VIEWS:
        show_view(qtbot, window, view)
        diagram = window.diagram
        gaps: list[QPoint] = []
        for region in diagram.region_ids():
            rect = diagram.region_rect(region)
            y = rect.top() + 3
            while y < rect.bottom() and len(gaps) < 40:
                x = rect.left() + 3
                while x < rect.right():
                    point = QPoint(int(x), int(y))
                    if diagram.region_at(point) == "" and all(
                        diagram.region_at(point + d) == ""
                        for d in (QPoint(3, 0), QPoint(-3, 0), QPoint(0, 3), QPoint(0, -3))
                    ):
                        gaps.append(point)
                        break
                    x += 7
                y += 9
        assert gaps, f"no gap found inside any bounding box on the {view} view"
        before = window.page.current_ref()
        for point in gaps:
            qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=point)
            assert window.page.current_ref() == before
            assert diagram.selected() == ""


def test_a_drag_does_not_select(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    region = diagram.region_ids()[0]
    start = diagram.anchor_of(region).toPoint()
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(diagram, start + QPoint(40, 0))
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    assert shipped_window.page.current_ref() == "home"


def test_hover_names_the_area_without_selecting_it(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    region = diagram.region_ids()[1]
    qtbot.mouseMove(diagram, diagram.anchor_of(region).toPoint())
    assert diagram.label_text() == shipped_window.navigator.pack.areas[region].title
    assert diagram.label_rect().intersected(diagram.region_rect(region)).isEmpty()
    assert diagram.selected() == ""
    qtbot.mouseMove(diagram, QPoint(2, 2))
    assert diagram.label_text() == ""


def test_keyboard_focus_names_and_opens_areas(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    order = diagram.region_ids()
    assert diagram.label_text() == shipped_window.navigator.pack.areas[order[0]].title
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert diagram.focused_region() == order[1]
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert shipped_window.page.current_ref() == f"area:{order[1]}"
    assert diagram.selected() == order[1]


def changed_box(before: QImage, after: QImage) -> QRect:
    """The smallest rectangle holding every pixel that differs between two images of one size (empty: none)."""
    a = before.convertToFormat(QImage.Format.Format_RGB32)
    b = after.convertToFormat(QImage.Format.Format_RGB32)
    box = QRect()
    for y in range(a.height()):
        row_a, row_b = bytes(a.constScanLine(y))[: a.width() * 4], bytes(b.constScanLine(y))[: b.width() * 4]
        if row_a != row_b:
            xs = [x for x in range(a.width()) if row_a[x * 4 : x * 4 + 4] != row_b[x * 4 : x * 4 + 4]]
            box = box.united(QRect(xs[0], y, xs[-1] - xs[0] + 1, 1))
    return box


def outline_pixels(image: QImage, rect: QRect, colour: str) -> int:
    """Pixels of `colour` (give or take antialiasing) in `rect` of `image`."""
    want = QColor(colour)
    return sum(
        max(abs(pixel.red() - want.red()), abs(pixel.green() - want.green()), abs(pixel.blue() - want.blue())) < 24
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        for pixel in (image.pixelColor(x, y),)
    )


def test_selection_is_drawn_by_outline_and_tint(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    region = diagram.region_ids()[0]
    before = diagram.grab().toImage()
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=diagram.anchor_of(region).toPoint())
    after = diagram.grab().toImage()
    assert before.devicePixelRatio() == 1  # offscreen: widget pixels are image pixels
    anchor = diagram.anchor_of(region).toPoint()
    assert before.pixelColor(anchor) != after.pixelColor(anchor)  # the tint
    rect = diagram.region_rect(region).toAlignedRect()
    outline = shipped_window.theme.colours.accent_dark
    assert outline_pixels(before, rect, outline) == 0 and outline_pixels(after, rect, outline) > 2 * rect.width()
    # Nothing changed but the region with its outline and caution mark, the parts its notes forbid (hatched),
    # and the area's name above it.
    assert diagram.label_text() == shipped_window.navigator.pack.areas[region].title
    repainted = rect.adjusted(-26, -26, 26, 26).united(diagram.label_rect().toAlignedRect().adjusted(-2, -2, 2, 2))
    for zone in diagram.zones_shown():
        repainted = repainted.united(diagram.zone_rect(zone).toAlignedRect().adjusted(-14, -14, 14, 14))
    changed = changed_box(before, after)
    assert not changed.isEmpty() and repainted.contains(changed), (changed, repainted)


def test_clicking_after_tabbing_leaves_no_stale_focus_ring(qtbot, shipped_window: MainWindow) -> None:
    diagram = shipped_window.diagram
    order = diagram.region_ids()
    first = diagram.anchor_of(order[0]).toPoint()
    plain = diagram.grab().toImage().pixelColor(first * diagram.devicePixelRatioF())
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)
    assert diagram.grab().toImage().pixelColor(first * diagram.devicePixelRatioF()) != plain
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=diagram.anchor_of(order[-1]).toPoint())
    assert diagram.focused_region() == order[-1]
    assert diagram.label_text() == shipped_window.navigator.pack.areas[order[-1]].title
    assert diagram.grab().toImage().pixelColor(first * diagram.devicePixelRatioF()) == plain


def test_back_to_another_view_keeps_keyboard_focus_on_the_selected_area(qtbot, shipped_window: MainWindow) -> None:
    window = shipped_window
    body = window.navigator.pack.areas_in("body-front")[2].id
    face = window.navigator.pack.areas_in("face")[0].id
    for view, area in (("body-front", body), ("face", face)):
        show_view(qtbot, window, view)
        qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(area).toPoint())
    window.diagram.setFocus()
    qtbot.waitUntil(window.diagram.hasFocus)
    qtbot.keyClick(window.diagram, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.page.current_ref() == f"area:{body}"
    assert window.diagram.focused_region() == body
    qtbot.keyClick(window.diagram, Qt.Key.Key_Return)
    assert window.page.current_ref() == f"area:{body}"


def test_switching_views_leaves_no_objects_behind(qtbot, shipped_window: MainWindow) -> None:
    from PySide6.QtCore import QObject

    for view in (*VIEWS, *VIEWS):
        show_view(qtbot, shipped_window, view)
    before = len(shipped_window.findChildren(QObject))
    for _ in range(3):
        for view in VIEWS:
            show_view(qtbot, shipped_window, view)
            shipped_window.diagram.set_selected(shipped_window.diagram.region_ids()[0])
            shipped_window.diagram.grab()  # paints: builds masks and the selection outline
    assert len(shipped_window.findChildren(QObject)) == before


def _warm_pixels(window: MainWindow, rect) -> int:
    """How many pixels in `rect` of the drawn diagram are the warning colour of a hatched no-go zone."""
    from PySide6.QtGui import QColor

    image = window.diagram.grab().toImage()
    warm = QColor(window.theme.colours.warning)
    count = 0
    for x in range(int(rect.left()) + 2, int(rect.right()) - 2, 2):
        for y in range(int(rect.top()) + 2, int(rect.bottom()) - 2, 2):
            pixel = image.pixelColor(x, y)
            count += (
                abs(pixel.red() - warm.red()) + abs(pixel.green() - warm.green()) + abs(pixel.blue() - warm.blue()) < 60
            )
    return count


def test_the_parts_an_area_s_notes_forbid_are_hatched_while_it_is_lit_and_only_then(qtbot, shipped_window) -> None:
    window = shipped_window
    click_area(qtbot, window, "neck")
    assert window.diagram.zones_shown() == ["throat-front", "carotid-pulse"]
    throat = window.diagram.zone_rect("throat-front")
    assert _warm_pixels(window, throat) > 20
    press(qtbot, window, window.toolbar.home_action)
    assert window.diagram.zones_shown() == []
    assert _warm_pixels(window, throat) == 0
    click_area(qtbot, window, "chest-shoulders")
    assert window.diagram.zones_shown() == ["front-of-chest"]
    assert _warm_pixels(window, window.diagram.zone_rect("front-of-chest")) > 20
