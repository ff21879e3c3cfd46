"""The search box as a reader uses it: type, see results at once, move with the arrows, open, clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.content_loader import load_pack
from core.search import build_index
from tests.conftest import DATA
from ui import theme
from ui.search_box import SearchBox

INDEX = build_index(load_pack(DATA))
_KEEP: list[QWidget] = []  # the windows the boxes live in, kept alive while a test runs


def make_box(qtbot) -> SearchBox:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    box = SearchBox(INDEX, theme.WINDOW_THEME, window)
    layout.addWidget(box)
    layout.addStretch(1)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    _KEEP[:] = [window]
    return box


def test_results_appear_as_you_type_with_a_typo_and_enter_opens_the_first(qtbot) -> None:
    box = make_box(qtbot)
    lit: list[list[str]] = []
    box.areas_found.connect(lit.append)
    qtbot.keyClicks(box.field, "celulite")
    assert len(lit) == len("celulite")  # results at every keystroke, no Enter needed
    assert "thighs" in lit[-1]
    assert box.results.isVisible() and box.results.count() == len(box.results_shown()) > 0
    first = box.results_shown()[0]
    assert first.kind == "Area" and "cellulite" in first.snippet.lower()
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen.args == [first.ref]
    assert box.field.text() == "" and not box.results.isVisible()


def test_arrow_keys_move_through_the_results_and_escape_clears(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "pregnant")
    results = box.results_shown()
    assert len(results) >= 2
    qtbot.keyClick(box.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen.args == [results[1].ref]
    qtbot.keyClicks(box.field, "jowls")
    with qtbot.waitSignal(box.closed):
        qtbot.keyClick(box.field, Qt.Key.Key_Escape)
    assert box.field.text() == "" and not box.results.isVisible()


def test_a_click_on_a_result_opens_it_and_no_match_shows_nothing(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "zzqqxx")
    assert not box.results.isVisible() and box.results_shown() == []
    box.field.clear()
    qtbot.keyClicks(box.field, "jowls")
    first = box.results.model().index(0, 0)
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton, pos=box.results.visualRect(first).center())
    assert chosen.args == ["area:jawline-jowls"]


def test_in_the_window_ctrl_f_searches_lights_the_areas_found_and_enter_opens_the_page(qtbot, shipped_window) -> None:
    window = shipped_window
    assert window.search is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "cellulite")
    assert window.navigator.view == "face" and window.diagram.found() == frozenset()  # not on the face view
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    area = window.navigator.state().selected
    assert window.page.current_ref() == f"area:{area}" and "ellulite" in window.page.toPlainText()
    assert window.page.hasFocus() and window.search.field.text() == ""
    qtbot.keyClicks(window.search.field, "thighs")
    assert "back-thighs" in window.diagram.found()  # lit on the view shown (the body back, after cellulite)
    window.start_over()
    assert window.search.field.text() == "" and window.diagram.found() == frozenset()


def test_fewer_results_show_fewer_rows_each_with_its_own_text(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "cellulite")
    many = len(box.results_shown())
    qtbot.keyClicks(box.field, " glutes")
    shown = box.results_shown()
    assert many > len(shown) >= 1
    rows = QAccessible.queryAccessibleInterface(box.results)  # what a screen reader finds in the list
    names = [rows.child(i).text(QAccessible.Text.Name) for i in range(rows.childCount())]
    assert names == [f"{r.kind}: {r.title} — {r.snippet}" for r in shown]
    row_height = box.results.visualRect(box.results.model().index(0, 0)).height()
    assert box.results.height() < 40 + len(shown) * row_height  # the list as tall as its rows, no taller
