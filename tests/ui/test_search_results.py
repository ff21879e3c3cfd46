"""The search results as a reader sees them: one line of snippet per result, cut with an ellipsis; the matched
words underlined as well as coloured; the chosen row marked by a bar; the same list kept from keystroke to
keystroke; a kiosk's rows big enough for a finger; and the list inside a small window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.kiosk_search import decide
from core.search import Result, search
from tests.pictures import Picture
from tests.ui.conftest import open_window
from tests.ui.test_search_box import _KEEP, INDEX, make_box
from ui import theme
from ui.search_box import SearchBox
from ui.search_row import KIND, RowLook

MARK = theme.WINDOW_THEME.colours.accent_dark
BAR = theme.WINDOW_THEME.colours.link


def grab(box: SearchBox, folder: Path) -> Picture:
    file = folder / "results.png"
    assert box.results.grab().save(str(file))
    return Picture(file)


def row_rect(box: SearchBox, row: int) -> QRect:
    """Row `row` of the list, in the list's own pixels (as its grab has them)."""
    return box.results.visualRect(box.results.model().index(row, 0)).translated(box.results.viewport().pos())


def longest_line(picture: Picture, colour: str, where: QRect) -> int:
    """The most pixels of `colour` on one pixel row of `where`: a drawn line, where glyphs give far fewer."""
    return max(
        picture.count(colour, QRect(where.left(), y, where.width(), 1)) for y in range(where.top(), where.bottom())
    )


def test_the_matched_words_are_underlined_as_well_as_coloured(qtbot, tmp_path) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "cellulite")
    picture = grab(box, tmp_path)
    first = row_rect(box, 0)
    word = QFontMetricsF(box.results.font()).horizontalAdvance("cellulite")
    snippet_line = QRect(first.left(), first.center().y(), first.width(), first.height() // 2)
    assert longest_line(picture, MARK, snippet_line) >= 0.9 * word  # the underline under "Cellulite"
    title_line = QRect(first.left(), first.top(), first.width(), first.height() // 2)
    assert longest_line(picture, MARK, title_line) < 0.5 * word  # the title is not marked


def test_the_chosen_row_has_a_bar_at_its_edge_that_the_arrow_keys_move(qtbot, tmp_path) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "pregnant")
    assert box.results.count() >= 2

    def bar(row: int) -> int:
        rect = row_rect(box, row)
        return grab(box, tmp_path).count(BAR, QRect(rect.left(), rect.top(), 4, rect.height()))

    assert bar(0) >= 3 * row_rect(box, 0).height() and bar(1) == 0
    qtbot.keyClick(box.field, Qt.Key.Key_Down)
    assert bar(0) == 0 and bar(1) >= 3 * row_rect(box, 1).height()


def test_every_row_is_one_line_of_snippet_tall_and_a_long_one_ends_in_an_ellipsis(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "cellulite")
    heights = {row_rect(box, row).height() for row in range(box.results.count())}
    assert len(heights) == 1
    font = QFont(box.results.font())
    look = RowLook(theme.WINDOW_THEME, font)
    assert heights == {look.height} and look.height < 3.2 * QFontMetricsF(font).height()  # two lines, not three
    title = "Pregnancy, pacemakers and other reasons never to use it " * 2
    long = Result("topic:safety", "Safety note", title, "a snippet with cellulite in it " * 6, ((14, 23),), 1.0)
    runs = look.runs(long, 500)
    lines = {run.y: "".join(r.text for r in runs if r.y == run.y and r.font != KIND) for run in runs}
    title_drawn, snippet_drawn = lines[look.first_baseline], lines[look.second_baseline]
    assert title_drawn.endswith("…") and title.startswith(title_drawn[:-1])
    assert snippet_drawn.endswith("…") and long.snippet.startswith(snippet_drawn[:-1].rstrip("…"))
    assert "cellulite" in snippet_drawn
    assert all(run.x + look.metrics[run.font].horizontalAdvance(run.text) <= 500 - look.pad_x + 0.5 for run in runs)
    assert long.kind in [run.text for run in runs]  # the kind stays whole


def test_a_keystroke_changes_the_rows_not_the_widgets(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "jowls")
    widgets = box.results.findChildren(QWidget)
    model = box.results.model()
    for query in ("cellulite", "pregnant", "pacemeker", "botox"):
        box.field.clear()
        qtbot.keyClicks(box.field, query)
        assert box.results.isVisible() and box.results.count() == len(box.results_shown()) > 0
    assert box.results.findChildren(QWidget) == widgets and box.results.model() is model


def test_a_kiosks_rows_are_big_enough_for_a_finger_and_its_list_wider_for_its_text(qtbot, kiosk_theme) -> None:
    desk = make_box(qtbot)
    qtbot.keyClicks(desk.field, "jowls")
    desk_width = desk.results.width()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    box = SearchBox(INDEX, theme.KIOSK_THEME, window)
    layout.addWidget(box)
    layout.addStretch(1)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    _KEEP.append(window)
    qtbot.keyClicks(box.field, "jowls")
    assert row_rect(box, 0).height() >= theme.KIOSK_THEME.scale.touch
    assert box.results.width() > desk_width
    assert window.rect().contains(box.results.geometry())


def test_in_a_1280x720_window_the_results_open_under_the_field_inside_the_window(qtbot) -> None:
    window = open_window(qtbot, size=(1280, 720))
    assert window.search is not None
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.field, "pregnant")
    results = window.search.results
    assert results.isVisible() and window.rect().contains(results.geometry())
    field_bottom = window.search.field.mapTo(window, window.search.field.rect().bottomLeft()).y()
    assert results.geometry().top() > field_bottom
    shown = results.visualRect(results.model().index(results.count() - 1, 0))
    assert shown.bottom() <= results.viewport().height()  # every row shown, none cut off


def test_a_kiosk_with_search_on_shows_finger_sized_rows(qtbot, make_kiosk) -> None:
    mode = make_kiosk(kiosk_search=True, search=decide(True, ""), size=(1280, 720))
    window = mode.window
    assert window.search is not None
    qtbot.waitUntil(window.search.field.isVisible)
    qtbot.keyClicks(window.search.field, "pacemaker")
    results = window.search.results
    assert results.isVisible() and window.rect().contains(results.geometry())
    assert row_rect(window.search, 0).height() >= theme.KIOSK_THEME.scale.touch


def test_focus_readies_the_search_before_a_key_is_typed_and_it_finds_the_same(qtbot, shipped_window) -> None:
    box = shipped_window.search
    assert box is not None and not box.prepared()
    qtbot.keyClick(shipped_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.prepared)  # the index, the typo matcher and the rows' fonts: none left for a keystroke
    qtbot.keyClicks(box.field, "celulite")
    assert box.results_shown() == search(INDEX, "celulite", 8)


def test_the_list_is_as_tall_as_its_rows_from_the_first_keystroke_that_finds_any(qtbot) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "pre")  # the first three letters: the first results
    rows = box.results.count()
    assert rows > 0
    last = box.results.visualRect(box.results.model().index(rows - 1, 0))
    assert last.bottom() + 1 == box.results.viewport().height()  # every row whole, no empty band below them


def test_the_list_paints_all_of_itself_a_border_around_and_the_panel_inside(qtbot, tmp_path) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, "jowls")
    picture = grab(box, tmp_path)  # it is opaque: what it does not paint would be left black
    colours = theme.WINDOW_THEME.colours
    assert picture.count("#000000") == 0
    assert picture.colour_at(0, 0) == picture.colour_at(picture.width - 1, picture.height - 1) == colours.border
    below_rows = row_rect(box, box.results.count() - 1).bottom() + 2
    assert picture.colour_at(picture.width // 2, below_rows) == colours.panel
