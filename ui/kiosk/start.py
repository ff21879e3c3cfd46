"""Puts a built main window into kiosk mode with the site's settings: the one call ui/app.py makes."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.admin_status import status_rows
from core.crash_log import append_entry, log_file
from core.kiosk_search import OFF, KioskSearch
from core.paths import pin_backoff_file
from core.pin import PinGate
from core.records import Pack
from core.site_settings import SiteSettings
from core.staff_notices import staff_only_notices
from ui.kiosk.clock import KioskClock, QtClock
from ui.kiosk.kiosk_mode import KioskMode
from ui.main_window import MainWindow


def start_kiosk(
    window: MainWindow,
    pack: Pack,
    content_notice: str,
    site: SiteSettings,
    fullscreen: bool = True,
    log: Path | None = None,
    clock: KioskClock | None = None,
    search: KioskSearch | None = None,
    usage: Path | None = None,
    count_usage: bool = True,
) -> KioskMode:
    """Lock the window, start the attract loop, watch for visitors and errors; call before show(). `clock` runs
    the kiosk's timers and the PIN's back-off (the real clock by default; a test passes one it moves on);
    `search` is whether the toolbar offers search (core.kiosk_search, decided before the application);
    `usage` is the usage counts' database (the state folder's by default), unless the settings turn counting off
    (with `count_usage` False the staff panel shows them but nothing is counted: a screenshot is not a visit)."""
    log = log or log_file()
    clock = clock or QtClock()
    gate = PinGate(
        site.settings.admin_pin_hash,
        site.set_pin_command,
        clock.now,
        hash_lost=site.pin_unreadable(),
        backoff_file=pin_backoff_file(site.path),
    )
    search = search or KioskSearch(False, OFF)
    recorder = None
    if site.settings.usage_counts:
        try:
            from core.usage import UsageRecorder, usage_file
        except ImportError as error:  # a build without sqlite3: the kiosk runs, uncounted, and says why
            append_entry(log, f"Usage counts: not counting ({error})")
        else:
            recorder = UsageRecorder(usage or usage_file(), partial(append_entry, log))
    rows = partial(status_rows, pack, content_notice, site, log, search.status)
    mode = KioskMode(window, site.settings, gate, rows, log, clock, recorder, count_visits=count_usage)
    mode.prepare_window(fullscreen, searchable=search.on)
    # Settings and content problems name files: visitors never see them; the staff panel and the log do.
    window.statusBar().clearMessage()
    notices = staff_only_notices(content_notice, site)
    if notices:
        append_entry(log, notices)
    mode.start()
    return mode
