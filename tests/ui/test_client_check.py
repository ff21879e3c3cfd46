""" "Check a client" as the desk uses it: Ctrl+K or the toolbar button opens the panel beside the diagram,
ticking marks the diagram at once and lists why with the sources; Home, a kiosk reset and closing clear it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QPushButton

from tests.ui.conftest import click_area, open_window, press, show_view
from ui.main_window import MainWindow


def tick(qtbot, window: MainWindow, condition: str) -> None:
    """Click the condition's checkbox where a user would: on its box."""
    panel = window.client_check.panel
    assert panel is not None
    box = panel.boxes[condition]
    panel.conditions_scroll.ensureWidgetVisible(box)
    was = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(14, box.height() // 2))
    assert box.isChecked() != was


def open_check(qtbot, window: MainWindow) -> None:
    press(qtbot, window, window.toolbar.client_check_action)
    qtbot.waitUntil(lambda: window.client_check.is_open())


def marks(window: MainWindow) -> dict[str, str]:
    return {a: window.diagram.checked(a) for a in window.diagram.region_ids() if window.diagram.checked(a)}


def test_no_panel_exists_until_asked_for(qtbot) -> None:
    window = open_window(qtbot)
    assert window.client_check.panel is None
    assert window.toolbar.client_check_action.text() == "Check a client"
    assert window.toolbar.client_check_action.shortcut().toString() == "Ctrl+K"


def test_ticking_marks_the_diagram_at_once_and_says_why(qtbot) -> None:
    window = open_window(qtbot, size=(1366, 768))
    show_view(qtbot, window, "body-front")
    open_check(qtbot, window)
    panel = window.client_check.panel
    assert panel is not None and panel.isVisible() and not window.page.isVisible()
    assert panel.geometry().left() > window.diagram.geometry().right()  # beside the diagram
    assert "not a medical clearance" in panel.reminder.text() and "doctor" in panel.reminder.text()
    assert marks(window) == {}
    tick(qtbot, window, "blood-clots-veins")
    assert marks(window) == {"thighs": "ruled out", "knees-legs": "ruled out"}
    text = panel.results_html()
    assert "RULED OUT</b> · <b>Thighs, Knees and legs</b>" in text  # one line for the areas with one reason
    assert "keep away from that area" in text and "TENS and EMS manuals · label" in text
    tick(qtbot, window, "broken-skin")
    assert marks(window) == {
        "chest-shoulders": "care",
        "arms": "care",
        "belly": "care",
        "thighs": "ruled out",
        "knees-legs": "ruled out",
    }
    assert "every area" in panel.results_html() and "Only on clean, healthy, unbroken skin." in panel.results_html()


def test_pregnancy_is_one_line_at_the_top_not_one_per_area(qtbot) -> None:
    window = open_window(qtbot)
    open_check(qtbot, window)
    tick(qtbot, window, "pregnancy")
    panel = window.client_check.panel
    assert panel is not None
    text = panel.results_html()
    assert text.count("every area") == 1 and "Pregnancy: do not use." in text
    assert text.count("RULED OUT") == 2  # the rule of every area, and the belly's own rule
    assert set(marks(window).values()) == {"ruled out"} and len(marks(window)) == len(window.diagram.region_ids())


def test_ruled_out_is_hatched_with_a_mark_and_care_looks_different(qtbot) -> None:
    window = open_window(qtbot, size=(1366, 768))
    open_check(qtbot, window)
    tick(qtbot, window, "recent-injections")  # care on the face
    tick(qtbot, window, "cold-sore")  # the lips ruled out
    assert window.diagram.checked("lips-mouth") == "ruled out" and window.diagram.checked("cheeks") == "care"
    image = window.diagram.grab().toImage()
    ratio = image.devicePixelRatio()

    def colours_in(area: str) -> set[str]:
        rect = window.diagram.region_rect(area).adjusted(4, 4, -4, -4)
        found = set()
        for x in range(int(rect.left()), int(rect.right()), 2):
            for y in range(int(rect.top()), int(rect.bottom()), 2):
                found.add(QColor(image.pixel(int(x * ratio), int(y * ratio))).name())
        return found

    hatch = window.theme.colours.warning_text
    assert hatch in colours_in("lips-mouth")  # hatch lines and the no-entry mark
    assert hatch not in colours_in("cheeks")  # care: a wash and a round mark, no hatching
    assert window.theme.colours.warning in colours_in("cheeks")


def test_keyboard_only_ctrl_k_space_and_escape(qtbot) -> None:
    window = open_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.client_check.is_open())
    panel = window.client_check.panel
    assert panel is not None
    assert window.toolbar.client_check_action.isChecked()
    qtbot.waitUntil(lambda: panel.boxes["pregnancy"].hasFocus())
    qtbot.keyClick(panel.boxes["pregnancy"], Qt.Key.Key_Space)
    assert panel.ticked() == ["pregnancy"] and window.diagram.checked("forehead") == "ruled out"
    qtbot.keyClick(panel.boxes["pregnancy"], Qt.Key.Key_Tab)
    assert panel.boxes["implanted-device"].hasFocus()
    qtbot.keyClick(panel.boxes["implanted-device"], Qt.Key.Key_Escape)
    assert not window.client_check.is_open() and window.page.isVisible()
    assert not window.toolbar.client_check_action.isChecked()
    assert marks(window) == {}
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.client_check.is_open())
    assert panel.ticked() == []  # nothing kept from the last client


def test_every_control_has_a_name(qtbot) -> None:
    window = open_window(qtbot)
    open_check(qtbot, window)
    panel = window.client_check.panel
    assert panel is not None
    controls = panel.findChildren(QCheckBox) + panel.findChildren(QPushButton)
    assert len(controls) == len(window.navigator.pack.conditions) + 2
    assert all(control.accessibleName() for control in controls)
    assert panel.boxes["implanted-device"].accessibleName() == "Pacemaker or other implanted electronic device"
    assert panel.results.accessibleName()


def test_closing_home_and_a_kiosk_reset_clear_it(qtbot) -> None:
    window = open_window(qtbot)
    open_check(qtbot, window)
    tick(qtbot, window, "pregnancy")
    panel = window.client_check.panel
    assert panel is not None
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and panel.ticked() == [] and marks(window) == {}
    open_check(qtbot, window)
    tick(qtbot, window, "epilepsy")
    press(qtbot, window, window.toolbar.home_action)
    assert not window.client_check.is_open() and panel.ticked() == [] and marks(window) == {}
    open_check(qtbot, window)
    tick(qtbot, window, "under-18")
    window.start_over()
    assert not window.client_check.is_open() and panel.ticked() == [] and marks(window) == {}
    assert not window.toolbar.client_check_action.isChecked()
    assert window.navigator.state().can_go_back is False  # no history entry was made


def test_untick_all_and_the_diagram_still_opens_areas(qtbot) -> None:
    window = open_window(qtbot)
    open_check(qtbot, window)
    tick(qtbot, window, "blood-clots-veins")
    click_area_while_checking = window.navigator.pack.areas["calves"].view
    show_view(qtbot, window, click_area_while_checking)
    assert window.diagram.checked("calves") == "ruled out"
    panel = window.client_check.panel
    assert panel is not None
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.ticked() == [] and marks(window) == {}
    assert "Tick what applies to the client" in panel.results_html()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    click_area(qtbot, window, "calves")


def test_it_fits_a_small_window(qtbot) -> None:
    for size in ((1280, 720), (1366, 768)):
        window = open_window(qtbot, size=size)
        open_check(qtbot, window)
        panel = window.client_check.panel
        assert panel is not None
        assert panel.geometry().right() <= window.width() and window.diagram.width() >= 300
        assert panel.close_button.isVisible() and panel.reminder.isVisible()
        assert panel.reminder.height() >= panel.reminder.heightForWidth(panel.reminder.width())  # not clipped


def test_an_area_clicked_while_checking_says_its_verdict_above_the_list(qtbot) -> None:
    window = open_window(qtbot, size=(1366, 768))
    open_check(qtbot, window)
    panel = window.client_check.panel
    assert panel is not None
    tick(qtbot, window, "blood-clots-veins")
    show_view(qtbot, window, "body-back")
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of("calves").toPoint())
    assert panel.isVisible() and panel.pointed.isVisible()  # the check stays open
    assert "RULED OUT</b> · <b>Calves</b>" in panel.pointed.text() and "blood clot" in panel.pointed.text()
    assert window.diagram.selected() == "calves" and window.diagram.checked("calves") == "ruled out"
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of("upper-back").toPoint())
    assert "NO RULE</b> · <b>Upper back" in panel.pointed.text()
    tick(qtbot, window, "blood-clots-veins")  # unticked: nothing to say
    assert not panel.pointed.isVisible()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert window.page.current_ref() == "area:upper-back"  # closing shows the page of the area chosen


def test_a_kiosk_does_not_offer_it(make_kiosk) -> None:
    window = make_kiosk(size=(1080, 1920)).window
    assert not window.toolbar.client_check_action.isVisible()
    assert window.client_check.panel is None
