"""Errors that come too fast to recover from: the fifth within ten seconds ends the kiosk with code 70, for
the watchdog to start it again, after logging every one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.kiosk.kiosk_mode import GIVE_UP_CODE


def test_five_errors_within_ten_seconds_end_the_app_with_code_70(qtbot, make_kiosk, monkeypatch) -> None:
    mode = make_kiosk()
    window = mode.window

    def broken(ref: str) -> None:
        raise RuntimeError(f"cannot open {ref}")

    monkeypatch.setattr(window.navigator, "open", broken)
    area = window.diagram.region_ids()[0]
    taps = []

    def tap() -> None:
        taps.append(area)
        qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(area).toPoint())
        if len(taps) < 5:
            QTimer.singleShot(0, tap)  # the next tap after the kiosk has recovered from this one

    QTimer.singleShot(0, tap)
    # A kiosk that never gives up fails the test. The guard is stopped once the loop ends: left pending, it
    # would end the event loop of whichever later test is waiting when it fires.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(1))
    guard.start(5000)
    try:
        code = QApplication.exec()
    finally:
        guard.stop()
    assert code == GIVE_UP_CODE == 70
    assert len(taps) == 5
    assert mode.errors.log.read_text().count(f"RuntimeError: cannot open area:{area}") == 5


def test_four_errors_are_recovered_from_and_the_kiosk_goes_on(qtbot, make_kiosk, monkeypatch) -> None:
    mode = make_kiosk()
    window = mode.window
    opened: list[str] = []
    real_open = window.navigator.open

    def sometimes_broken(ref: str):
        opened.append(ref)
        if len(opened) <= 4:
            raise RuntimeError(f"cannot open {ref}")
        return real_open(ref)

    monkeypatch.setattr(window.navigator, "open", sometimes_broken)
    area = window.diagram.region_ids()[0]
    for _ in range(5):
        qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(area).toPoint())
        qtbot.wait(0)
    qtbot.waitUntil(lambda: window.page.current_ref() == f"area:{area}")
    assert mode.errors.log.read_text().count(f"RuntimeError: cannot open area:{area}") == 4
