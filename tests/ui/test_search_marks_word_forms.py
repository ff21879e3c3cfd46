"""A result found by another form of the word typed ('toning', a typo like 'wrinkels', a plural or a singular)
shows that word in its snippet, bold, underlined and in the accent colour, as an exact match does: no result in
the list is left without its word marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from core.search import stem
from tests.pictures import Picture
from tests.ui.test_search_box import make_box
from tests.ui.test_search_results import MARK, longest_line, row_rect
from ui import theme
from ui.search_row import MARK as MARK_FONT
from ui.search_row import RowLook

# What is typed, and the stem every marked word must have.
QUERIES = [
    ("toning", "toning"),
    ("strengthening", "strengthen"),
    ("wrinkels", "wrinkl"),  # a typo
    ("wrinkle", "wrinkl"),
    ("wrinkles", "wrinkl"),
    ("pacemaker", "pacemaker"),
    ("pacemakers", "pacemaker"),
    ("pregnant", "pregn"),
    ("puffy", "puff"),
]


@pytest.mark.parametrize(("typed", "found"), QUERIES, ids=[typed for typed, _ in QUERIES])
def test_every_result_marks_the_word_that_found_it(qtbot, tmp_path, typed, found) -> None:
    box = make_box(qtbot)
    qtbot.keyClicks(box.field, typed + " ")  # a finished word: no other word it begins
    results = box.results_shown()
    assert results
    look = RowLook(theme.WINDOW_THEME, box.results.font())
    for row, result in enumerate(results):
        box.results.scrollTo(box.results.model().index(row, 0))
        rect = row_rect(box, row)
        marked = [run.text for run in look.runs(result, rect.width()) if run.font == MARK_FONT]
        assert marked, (typed, result.title, result.snippet)
        assert {stem(word.rstrip("…")) for word in marked} <= {found, stem(typed)}, (typed, result.title, marked)
        file = tmp_path / f"{row}.png"
        assert box.results.grab().save(str(file))
        snippet_line = QRect(rect.left(), rect.center().y(), rect.width(), rect.height() // 2)
        word = look.metrics[MARK_FONT].horizontalAdvance(marked[0])
        assert longest_line(Picture(file), MARK, snippet_line) >= 0.9 * word, (typed, result.title)
