"""The kiosk's error log: every entry is written whatever its text, and writing never raises."""

from __future__ import annotations

import datetime
from pathlib import Path

from core.crash_log import append_entry

WHEN = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC)


def test_an_entry_with_a_lone_surrogate_is_written_readably(tmp_path: Path) -> None:
    log = tmp_path / "kiosk.log"
    append_entry(log, "UnicodeEncodeError for /media/usb/caf\udce9/areas.yaml", WHEN)
    append_entry(log, "the next one", WHEN)
    assert log.read_text(encoding="utf-8") == (
        "--- 2026-12-01T09:30:00+00:00\nUnicodeEncodeError for /media/usb/caf\\udce9/areas.yaml\n"
        "--- 2026-12-01T09:30:00+00:00\nthe next one\n"
    )


def test_a_log_that_cannot_be_written_is_skipped_quietly(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the log's folder should be")
    append_entry(tmp_path / "state" / "kiosk.log", "lost, but no second error", WHEN)
    assert (tmp_path / "state").read_text() == "a file where the log's folder should be"
