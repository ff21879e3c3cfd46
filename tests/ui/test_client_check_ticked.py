"""At 1280x720 the desk's client check shows what is ticked with its results: a line above them names every ticked
condition in the list's order, even when the boxes ticked are below the fold of the conditions list; keys tick as
clicks do, the line takes no place in the Tab order, and a screen reader gets it as the line's name and with the
results."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import open_window
from tests.ui.test_client_check import open_check, tick
from ui.client_check_panel import ClientCheckPanel
from ui.main_window import MainWindow

FAR_DOWN = ["pain-unknown-cause", "retinoids", "alcohol-drugs"]  # near the list's end, in its order


def panel_of(window: MainWindow) -> ClientCheckPanel:
    panel = window.client_check.panel
    assert panel is not None
    return panel


def in_sight(widget: QWidget) -> bool:
    """Whether all of the widget is on screen: shown, and not clipped by a scroll area or the window."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_what_is_ticked_below_the_fold_is_named_above_the_results(qtbot) -> None:
    window = open_window(qtbot, size=(1280, 720))
    open_check(qtbot, window)
    panel = panel_of(window)
    labels = [panel.boxes[c].accessibleName() for c in FAR_DOWN]
    for condition in reversed(FAR_DOWN):  # ticked out of order: the line keeps the list's
        tick(qtbot, window, condition)
    panel.conditions_scroll.verticalScrollBar().setValue(0)  # back at the top of the list, as it opens
    assert not any(in_sight(panel.boxes[c]) for c in FAR_DOWN)  # the boxes ticked are below the fold
    line = panel.ticked_summary
    assert in_sight(line) and in_sight(panel.results)
    assert rect_in(line, panel).bottom() < rect_in(panel.results, panel).top()  # above the results
    assert line.text() == line.accessibleName() == "For a client with: " + "; ".join(labels)
    assert panel.results.accessibleDescription().startswith(line.accessibleName())
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert line.accessibleName() == "For a client with: nothing ticked yet" and in_sight(line)


def test_with_many_ticked_the_line_keeps_to_three_lines_and_counts_the_rest(qtbot) -> None:
    window = open_window(qtbot, size=(1280, 720))
    open_check(qtbot, window)
    panel = panel_of(window)
    for condition in panel.boxes:
        tick(qtbot, window, condition)
    line = panel.ticked_summary
    labels = [box.accessibleName() for box in panel.boxes.values()]
    assert line.accessibleName() == "For a client with: " + "; ".join(labels)  # a screen reader hears them all
    named, more = line.text().removeprefix("For a client with: ").rsplit(" and ", 1)
    assert named.split("; ") == labels[: len(named.split("; "))]
    assert more == f"{len(labels) - len(named.split('; '))} more"
    assert line.height() <= 3 * line.fontMetrics().lineSpacing() + 20  # three lines and the padding
    assert in_sight(line) and panel.results.height() >= 300  # the results keep their room


def test_keys_tick_and_the_line_is_no_tab_stop(qtbot) -> None:
    window = open_window(qtbot, size=(1280, 720))
    open_check(qtbot, window)
    panel = panel_of(window)
    boxes = list(panel.boxes.values())
    assert QApplication.focusWidget() is boxes[0]
    seen = [boxes[0]]
    for _ in range(len(boxes)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[: len(boxes)] == boxes  # every box, in the list's order, as before
    assert panel.ticked_summary not in seen and panel.ticked_summary.focusPolicy() == Qt.FocusPolicy.NoFocus
    last = boxes[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Space)
    assert last.isChecked()
    assert panel.ticked_summary.accessibleName() == f"For a client with: {last.accessibleName()}"
    assert in_sight(panel.ticked_summary)
