"""On the staff panel a figure never ends a line apart from its word ('1' / 'reset'), at any width its lines
wrap at, while what the panel says (summary_text, status_text) keeps its plain spaces."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import PIN
from tests.ui.manual_clock import ManualClock
from tests.ui.test_kiosk import enter_pin, staff_keys
from tests.ui.test_usage_counts import visit

# A figure and its word, either way round ('1 reset', 'Calves 1,'), with whatever space the label shows.
PAIRS = re.compile(r"(?<![\w.,:])\d+(?:[.,:]\d+)*[ \u00a0][^\W\d]+|[^\W\d]+[ \u00a0]\d+(?=[,;)]|$)")


def wrapped(label: QLabel, width: int) -> list[tuple[int, int]]:
    """Where each line starts and ends when the label's text wraps at `width` px, as a word-wrapped label does."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    return lines


def line_of(lines: list[tuple[int, int]], index: int) -> int:
    return next(n for n, (start, end) in enumerate(lines) if start <= index < end)


def split_pairs(label: QLabel, width: int) -> list[str]:
    lines = wrapped(label, width)
    text = label.text()
    return [m.group() for m in PAIRS.finditer(text) if line_of(lines, m.start()) != line_of(lines, m.end() - 1)]


def test_no_figure_is_parted_from_its_word_at_any_width(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock, size=(1080, 1920))
    visit(qtbot, mode, clock)  # 1 visitor session, 1 topic, 1 of 2 times, 1 reset: figures of one
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    labels = [label for label in mode.admin.card.findChildren(QLabel) if label.isVisibleTo(mode.admin)]
    figures = [label for label in labels if re.search(r"\d", label.text())]
    assert any("1\u00a0reset" in label.text() for label in figures)
    for label in figures:
        for width in range(120, 720, 3):
            assert split_pairs(label, width) == [], (label.text(), width)
        assert split_pairs(label, label.contentsRect().width()) == []  # as it is shown now


def test_what_the_panel_says_keeps_plain_spaces(qtbot, make_kiosk) -> None:
    clock = ManualClock()
    mode = make_kiosk(clock=clock)
    visit(qtbot, mode, clock)
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    said = mode.admin.usage.summary_text()
    assert "; 1 reset" in said and "Top areas: Calves 1, Chin 1" in said and "\u00a0" not in said
    status = mode.admin.status_text()
    assert "areas and" in status and "\u00a0" not in status


def test_a_path_breaks_only_after_a_folder_s_slash(qtbot, make_kiosk) -> None:
    mode = make_kiosk(size=(1920, 1080))
    staff_keys(mode)
    enter_pin(qtbot, mode, PIN)
    paths = [label for label in mode.admin.card.findChildren(QLabel) if "/" in label.text()]
    assert any("from /" in label.text() for label in paths)  # 'Content check: OK: … from /…/data'
    for label in paths:
        text = label.text()
        for width in range(120, 720, 3):
            for start, end in wrapped(label, width)[:-1]:
                line = text[start:end].rstrip()
                assert not line.endswith((" /", "/\u2060")) and line != "/", (text, width, line)
                assert not line.endswith(("-", "-\u2060")), (text, width, line)  # not inside a name
    assert "/" in mode.admin.status_text() and "\u2060" not in mode.admin.status_text()
