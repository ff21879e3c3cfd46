"""The first frame builds no `Qt` enum namespace: PySide6 turns its 93 enums into Python enums the first time
anything touches `Qt` (about 15 ms, a tenth of a bare window's start), so nothing on the first frame's path may
(docs/ARCHITECTURE.md, "The first frame"). The real app is started as a user starts it, offscreen, with the
probe bench/startup.py uses; the probe says, right after the first frame, whether the namespace was built."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.cli import FIRST_PAINT_PROBE
from tests.conftest import ROOT, run_app

STARTS = {
    "plain": [],
    "on-an-area-with-no-go-zones": ["--area", "neck"],
    "on-the-back-view": ["--view", "body-back", "--area", "lower-back"],
    "on-a-topic": ["--topic", "safety"],
}


@pytest.mark.parametrize("start", list(STARTS.values()), ids=list(STARTS))
def test_the_first_frame_builds_no_qt_enum_namespace(start: list[str]) -> None:
    result = run_app(*start, **{FIRST_PAINT_PROBE: "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["qt-namespace: not built", "first-paint", "page-shown"], (
        "something on the first frame's path touched Qt's enums (read Qt from ui.lazy_qt, and use its enums "
        "only after the first frame; docs/ARCHITECTURE.md)"
    )


# A window whose start touches one enum of Qt's namespace, with the same probe.
TOUCHED = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui.first_paint import FirstPaintReporter
app = QApplication([])
label = QLabel("first frame")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
FirstPaintReporter(label)
label.show()
sys.exit(app.exec())
"""


def test_the_probe_would_see_a_built_namespace() -> None:
    result = subprocess.run(
        [sys.executable, "-c", TOUCHED],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["qt-namespace: built", "first-paint"]
